	.macro m r
	mov %cr3, \r
	.endm
	m %rax
