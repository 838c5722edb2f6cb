	.rept 2
	cli
	.endr
