# .code32/.code16 regions are exempt in normal mode.
	.text
	cli
	.code32
	cli
	mov %cr0, %eax
	.code16
	sti
	.code64
	sti
	.code16gcc
	hlt
	.section .data
	.long 1
	.text
	hlt
	.code64
	hlt
	.section .text.x, "ax"
	.code32
	.section .rodata
	.byte 1
	.code64
	ret
	.code32
	.rept 2
	nop
	.endr
	.rept 2
	.pushsection .data
	.long 2
	.popsection
	nop
	.endr
	.pushsection .rodata
	.byte 2
	.popsection
	.code64
	.code32
	cli
