# .macro, .rept, .irp and .irpc bodies.
	.macro SAVE_CR reg
	movq %cr3, \reg
	.endm
	.macro RESTORE_CR reg:req
	movq \reg, %cr3
	.endm
	.macro PORT_OUT port, val
	movb $\val, %al
	outb %al, $\port
	.endm
	.macro LBL
.Lx_\@:	cli
	sti
	jmp .Lx_\@
	.endm
	.macro TRAP vec
	int $\vec
	.endm
	.macro INNER
	.macro NESTED
	hlt
	.endm
	.endm
	.macro XT
	.pushsection .data
	cli
	.popsection
	.pushsection .altinstr_replacement, "ax"
	sti
	.popsection
	rdmsr
	.endm
	.macro cont a
	pushf
	.endm
	.text
mfn:	SAVE_CR %rax
	RESTORE_CR %rbx
	PORT_OUT 0x80, 1
	LBL
	LBL
	TRAP 0x81
	INNER
	NESTED
	XT
	cont 1
	.macro cli
	nop
	.endm
	cli			# a macro now, not an instruction
	.purgem cli
	cli			# an instruction again
	.rept 3
	cli
	sti; rdtsc
	.endr
	.rept 0
	hlt
	.endr
	.irp reg, %rax, %rcx, %rdx
	mov %cr3, \reg
	push %fs
	.endr
	.irpc c, 012
	mov %db\c, %rax
	.endr
	.rept 2; cpuid; .endr
	.rept 2
	.rept 2
	rdpmc
	.endr
	.endr
	ret
