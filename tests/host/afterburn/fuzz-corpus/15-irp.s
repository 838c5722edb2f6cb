	.irp r, %rax, %rbx
	mov %cr0, \r
	.endr
