	.file	"irqflags-msr.c"
	.text
	.p2align 4
	.globl	arch_local_irq_save
	.type	arch_local_irq_save, @function
arch_local_irq_save:
#APP
# 9 "irqflags-msr.c" 1
	# __raw_save_flags
	pushf ; pop %rax
# 0 "" 2
# 17 "irqflags-msr.c" 1
	cli
# 0 "" 2
#NO_APP
	ret
	.size	arch_local_irq_save, .-arch_local_irq_save
	.p2align 4
	.globl	arch_local_irq_restore
	.type	arch_local_irq_restore, @function
arch_local_irq_restore:
	testl	$512, %edi
	je	.L3
#APP
# 22 "irqflags-msr.c" 1
	sti
# 0 "" 2
#NO_APP
.L3:
	ret
	.size	arch_local_irq_restore, .-arch_local_irq_restore
	.section	.noinstr.text,"ax",@progbits
	.p2align 4
	.globl	default_idle
	.type	default_idle, @function
default_idle:
#APP
# 27 "irqflags-msr.c" 1
	sti; hlt
# 0 "" 2
#NO_APP
	ret
	.size	default_idle, .-default_idle
	.p2align 4
	.globl	play_dead
	.type	play_dead, @function
play_dead:
	.p2align 4,,10
	.p2align 3
.L10:
#APP
# 32 "irqflags-msr.c" 1
	hlt
# 0 "" 2
#NO_APP
	jmp	.L10
	.size	play_dead, .-play_dead
	.text
	.p2align 4
	.globl	native_read_msr
	.type	native_read_msr, @function
native_read_msr:
	movl	%edi, %ecx
#APP
# 68 "irqflags-msr.c" 1
	1: rdmsr
2:
 .pushsection "__ex_table","a"
 .balign 4
 .long (1b) - .
 .long (2b) - .
 .long 10 
 .popsection

# 0 "" 2
#NO_APP
	salq	$32, %rdx
	orq	%rdx, %rax
	ret
	.size	native_read_msr, .-native_read_msr
	.p2align 4
	.globl	native_read_msr_safe
	.type	native_read_msr_safe, @function
native_read_msr_safe:
	movl	%edi, %ecx
#APP
# 80 "irqflags-msr.c" 1
	1: rdmsr ; xor %edi,%edi
2:
	 .pushsection "__ex_table","a"
 .balign 4
 .long (1b) - .
 .long (2b) - .
 .long 11 
 .popsection

# 0 "" 2
#NO_APP
	salq	$32, %rdx
	orq	%rax, %rdx
	movl	%edi, %eax
	movq	%rdx, (%rsi)
	ret
	.size	native_read_msr_safe, .-native_read_msr_safe
	.p2align 4
	.globl	native_write_msr
	.type	native_write_msr, @function
native_write_msr:
	movl	%edi, %ecx
	movl	%esi, %eax
#APP
# 91 "irqflags-msr.c" 1
	1: wrmsr
2:
 .pushsection "__ex_table","a"
 .balign 4
 .long (1b) - .
 .long (2b) - .
 .long 12 
 .popsection

# 0 "" 2
#NO_APP
	ret
	.size	native_write_msr, .-native_write_msr
	.p2align 4
	.globl	rdtsc
	.type	rdtsc, @function
rdtsc:
#APP
# 101 "irqflags-msr.c" 1
	rdtsc
# 0 "" 2
#NO_APP
	salq	$32, %rdx
	orq	%rdx, %rax
	ret
	.size	rdtsc, .-rdtsc
	.p2align 4
	.globl	rdtsc_ordered
	.type	rdtsc_ordered, @function
rdtsc_ordered:
#APP
# 109 "irqflags-msr.c" 1
	# ALT: oldnstr
661:
	rdtsc
662:
# ALT: padding
.skip -(((6651f-6641f)-(662b-661b)) > 0) * ((6651f-6641f)-(662b-661b)),0x90
663:
.pushsection .altinstructions,"a"
 .long 661b - .
 .long 6641f - .
 .word 3 * 32 + 27
 .byte 663b-661b
 .byte 6651f-6641f
.popsection
.pushsection .altinstr_replacement, "ax"
# ALT: replacement 1
6641:
	rdtscp
6651:
.popsection

# 0 "" 2
#NO_APP
	salq	$32, %rdx
	orq	%rdx, %rax
	ret
	.size	rdtsc_ordered, .-rdtsc_ordered
	.p2align 4
	.globl	rdtscp
	.type	rdtscp, @function
rdtscp:
#APP
# 118 "irqflags-msr.c" 1
	rdtscp
# 0 "" 2
#NO_APP
	salq	$32, %rdx
	movl	%ecx, (%rdi)
	orq	%rdx, %rax
	ret
	.size	rdtscp, .-rdtscp
	.p2align 4
	.globl	native_read_pmc
	.type	native_read_pmc, @function
native_read_pmc:
	movl	%edi, %ecx
#APP
# 126 "irqflags-msr.c" 1
	rdpmc
# 0 "" 2
#NO_APP
	salq	$32, %rdx
	orq	%rdx, %rax
	ret
	.size	native_read_pmc, .-native_read_pmc
	.p2align 4
	.globl	native_cpuid
	.type	native_cpuid, @function
native_cpuid:
	movq	%rdi, %r8
	pushq	%rbx
	movq	%rcx, %r9
	movq	%rdx, %rdi
	movl	(%r8), %eax
	movl	(%rdx), %ecx
#APP
# 133 "irqflags-msr.c" 1
	cpuid
# 0 "" 2
#NO_APP
	movl	%eax, (%r8)
	movl	%ebx, (%rsi)
	popq	%rbx
	movl	%ecx, (%rdi)
	movl	%edx, (%r9)
	ret
	.size	native_cpuid, .-native_cpuid
	.p2align 4
	.globl	mwait_idle_with_hints
	.type	mwait_idle_with_hints, @function
mwait_idle_with_hints:
	movq	%rdx, %rax
	xorl	%edx, %edx
	movq	%rdx, %rcx
#APP
# 142 "irqflags-msr.c" 1
	.byte 0x0f, 0x01, 0xc8;
# 0 "" 2
#NO_APP
	movl	(%rax), %eax
	testl	%eax, %eax
	jne	.L20
	movq	%rdi, %rax
	movq	%rsi, %rcx
#APP
# 148 "irqflags-msr.c" 1
	.byte 0x0f, 0x01, 0xc9;
# 0 "" 2
#NO_APP
.L20:
	ret
	.size	mwait_idle_with_hints, .-mwait_idle_with_hints
	.p2align 4
	.globl	sync_core
	.type	sync_core, @function
sync_core:
	pushq	%rbp
	movq	%rsp, %rbp
	movq	0(%rbp), %rax
#APP
# 162 "irqflags-msr.c" 1
	mov %ss, %edx
	pushq %rdx
	pushq %rsp
	addq $8, (%rsp)
	pushfq
	mov %cs, %edx
	pushq %rdx
	pushq $1f
	iretq
	1:
# 0 "" 2
#NO_APP
	popq	%rbp
	ret
	.size	sync_core, .-sync_core
	.p2align 4
	.globl	check_bug
	.type	check_bug, @function
check_bug:
	cmpl	$3, %edi
	jg	.L26
	ret
.L26:
#APP
# 180 "irqflags-msr.c" 1
	1:	.byte 0x0f, 0x0b
.pushsection __bug_table,"aw"
2:	.long 1b - .	# bug_entry::bug_addr
	.word 0	# bug_entry::flags
	.org 2b+6
.popsection
# 0 "" 2
#NO_APP
	.size	check_bug, .-check_bug
	.p2align 4
	.globl	do_int3
	.type	do_int3, @function
do_int3:
#APP
# 185 "irqflags-msr.c" 1
	int3
# 0 "" 2
# 186 "irqflags-msr.c" 1
	int $0x80
# 0 "" 2
#NO_APP
	ret
	.size	do_int3, .-do_int3
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
