# GCC-style output with #APP/#NO_APP and cpp linemarkers.
	.file	"irq.c"
	.text
	.p2align 4
	.globl	arch_local_irq_save
	.type	arch_local_irq_save, @function
arch_local_irq_save:
.LFB0:
	.cfi_startproc
#APP
# 20 "./arch/x86/include/asm/irqflags.h" 1
	# __raw_save_flags
 pushf ; pop %rax
# 0 "" 2
# 45 "./arch/x86/include/asm/irqflags.h" 1
	cli
# 0 "" 2
#NO_APP
	ret
	.cfi_endproc
.LFE0:
	.size	arch_local_irq_save, .-arch_local_irq_save
	.section	.text.unlikely,"ax",@progbits
.LCOLDB1:
	.text
.LHOTB1:
	.p2align 4
	.type	rd, @function
rd:
#APP
# 110 "./arch/x86/include/asm/msr.h" 1
	1: rdmsr
2:
 .pushsection "__ex_table","a"
 .balign 4
 .long 1b - .
 .long 2b - .
 .long 16
 .popsection

# 0 "" 2
#NO_APP
	salq	$32, %rdx
	orq	%rdx, %rax
	ret
	.size	rd, .-rd
	.ident	"GCC: (Debian 12.2.0-14) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
