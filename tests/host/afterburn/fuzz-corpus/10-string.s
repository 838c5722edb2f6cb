	.ascii "cli; sti # x"
	movb $'#, %al; cli
