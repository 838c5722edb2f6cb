# args: --exempt
# --exempt: no sites, exempt records cover the executable sections.
	.text
e:	cli
	sti
	.section .data
	cli
	.previous
	pushf
	.pushsection .init.text, "ax"
	swapgs
	.pushsection .altinstr_replacement, "ax"
	cli
	.popsection
	rdmsr
	.popsection
	.macro X
	cli
	.endm
	X
	.rept 2
	hlt
	.endr
	.rept 2
	.pushsection .data
	.long 1
	.popsection
	.endr
	.rept 2
	.section .text.a, "ax"
	hlt
	.text
	.endr
	.section .bss
	.section .text.b, "ax"
	ret
