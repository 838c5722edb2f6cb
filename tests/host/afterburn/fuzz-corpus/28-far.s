	.macro A o, n
	\o
	.pushsection .altinstr_replacement,"ax"
	\n
	.popsection
	.endm
	A "lretq", ".byte 0x0f,0x01,0xca"
	ljmp *(%rax)
	lss (%rax), %esp
	xsaves64 (%rdi)
	rdpid %rax
