	.file	"tlb.c"
# GNU C11 (Debian 12.2.0-14+deb12u1) version 12.2.0 (x86_64-linux-gnu)
#	compiled by GNU C version 12.2.0, GMP version 6.2.1, MPFR version 4.2.0, MPC version 1.3.1, isl version isl-0.25-GMP

# GGC heuristics: --param ggc-min-expand=100 --param ggc-min-heapsize=131072
# options passed: -mno-sse -mno-mmx -mno-sse2 -mno-3dnow -mno-avx -m64 -mno-80387 -mno-fp-ret-in-387 -mpreferred-stack-boundary=3 -mskip-rax-setup -mtune=generic -mno-red-zone -mcmodel=kernel -march=x86-64 -Os -std=gnu11 -fno-strict-aliasing -fno-common -fshort-wchar -fno-PIE -fcf-protection=none -falign-jumps=1 -falign-loops=1 -fno-asynchronous-unwind-tables -fno-delete-null-pointer-checks -fno-allow-store-data-races -fno-stack-protector -fomit-frame-pointer -ftrivial-auto-var-init=zero -fno-stack-clash-protection -fno-strict-overflow -fstack-check=no -fconserve-stack -fno-builtin-wcslen
	.text
#APP
	.section	".initcall7.init", "a"		
__initcall__kmod_tlb__255_1371_create_tlb_single_page_flush_ceiling7:			
.long	create_tlb_single_page_flush_ceiling - .	
.previous					

#NO_APP
	.type	indirect_branch_prediction_barrier, @function
indirect_branch_prediction_barrier:
# /work/main/build/src/arch/x86/include/asm/nospec-branch.h:418: 	alternative_msr_write(MSR_IA32_PRED_CMD, x86_pred_cmd, X86_FEATURE_USE_IBPB);
	movq	x86_pred_cmd(%rip), %rax	# x86_pred_cmd, x86_pred_cmd.25_1
# /work/main/build/src/arch/x86/include/asm/nospec-branch.h:404: 	asm volatile(ALTERNATIVE("", "wrmsr", %c[feature])
	movl	$73, %ecx	#, tmp86
# /work/main/build/src/arch/x86/include/asm/nospec-branch.h:407: 		    "d" ((u32)(val >> 32)),
	movq	%rax, %rdx	# x86_pred_cmd.25_1, tmp87
	shrq	$32, %rdx	#, tmp87
# /work/main/build/src/arch/x86/include/asm/nospec-branch.h:404: 	asm volatile(ALTERNATIVE("", "wrmsr", %c[feature])
#APP
# 404 "/work/main/build/src/arch/x86/include/asm/nospec-branch.h" 1
	# ALT: oldnstr
661:
	
662:
# ALT: padding
.skip -(((6651f-6641f)-(662b-661b)) > 0) * ((6651f-6641f)-(662b-661b)),0x90
663:
.pushsection .altinstructions,"a"
 .long 661b - .
 .long 6641f - .
 .word 245	#
 .byte 663b-661b
 .byte 6651f-6641f
.popsection
.pushsection .altinstr_replacement, "ax"
# ALT: replacement 1
6641:
	wrmsr
6651:
.popsection

# 0 "" 2
# /work/main/build/src/arch/x86/include/asm/nospec-branch.h:419: }
#NO_APP
	ret	
	.size	indirect_branch_prediction_barrier, .-indirect_branch_prediction_barrier
	.type	should_flush_tlb, @function
should_flush_tlb:
# /work/main/build/src/arch/x86/mm/tlb.c:887: 	struct mm_struct *loaded_mm = per_cpu(cpu_tlbstate.loaded_mm, cpu);
	movslq	%edi, %rdi	# tmp120, cpu
	movq	$cpu_tlbstate, %rax	#, __ptr
# /work/main/build/src/arch/x86/mm/tlb.c:887: 	struct mm_struct *loaded_mm = per_cpu(cpu_tlbstate.loaded_mm, cpu);
	movq	__per_cpu_offset(,%rdi,8), %rdx	# __per_cpu_offset[cpu_11(D)], __per_cpu_offset[cpu_11(D)]
# /work/main/build/src/arch/x86/mm/tlb.c:887: 	struct mm_struct *loaded_mm = per_cpu(cpu_tlbstate.loaded_mm, cpu);
# /work/main/build/src/arch/x86/mm/tlb.c:887: 	struct mm_struct *loaded_mm = per_cpu(cpu_tlbstate.loaded_mm, cpu);
	movq	(%rdx,%rax), %rcx	# *_12, loaded_mm
# /work/main/build/src/arch/x86/mm/tlb.c:895: 	smp_rmb();
# /work/main/build/src/arch/x86/mm/tlb.c:898: 	if (per_cpu(cpu_tlbstate_shared.is_lazy, cpu))
	movq	__per_cpu_offset(,%rdi,8), %rdi	# __per_cpu_offset[cpu_11(D)], __per_cpu_offset[cpu_11(D)]
	movq	$cpu_tlbstate_shared, %rdx	#, __ptr
# /work/main/build/src/arch/x86/mm/tlb.c:899: 		return false;
	xorl	%eax, %eax	# <retval>
# /work/main/build/src/arch/x86/mm/tlb.c:898: 	if (per_cpu(cpu_tlbstate_shared.is_lazy, cpu))
# /work/main/build/src/arch/x86/mm/tlb.c:898: 	if (per_cpu(cpu_tlbstate_shared.is_lazy, cpu))
	cmpb	$0, (%rdi,%rdx)	#, *_17
	jne	.L2	#,
# /work/main/build/src/arch/x86/mm/tlb.c:902: 	if (!info->mm)
	movq	(%rsi), %rdx	# MEM[(struct flush_tlb_info *)data_14(D)].mm, _6
# /work/main/build/src/arch/x86/mm/tlb.c:909: 	if (loaded_mm == LOADED_MM_SWITCHING)
	cmpq	$1, %rcx	#, loaded_mm
	sete	%al	#, tmp112
# /work/main/build/src/arch/x86/mm/tlb.c:913: 	if (loaded_mm == info->mm)
	cmpq	%rcx, %rdx	# loaded_mm, _6
	sete	%cl	#, tmp114
	orl	%ecx, %eax	# tmp114, tmp115
# /work/main/build/src/arch/x86/mm/tlb.c:902: 	if (!info->mm)
	testq	%rdx, %rdx	# _6
	sete	%dl	#, tmp117
# /work/main/build/src/arch/x86/mm/tlb.c:913: 	if (loaded_mm == info->mm)
	orb	%dl, %al	# tmp117, <retval>
	jne	.L2	#,
# /work/main/build/src/arch/x86/mm/tlb.c:917: 	if (info->trim_cpumask)
	cmpb	$0, 38(%rsi)	#, MEM[(struct flush_tlb_info *)data_14(D)].trim_cpumask
	setne	%al	#, <retval>
.L2:
# /work/main/build/src/arch/x86/mm/tlb.c:921: }
	ret	
	.size	should_flush_tlb, .-should_flush_tlb
	.type	native_flush_tlb_one_user, @function
native_flush_tlb_one_user:
# /work/main/build/src/arch/x86/mm/tlb.c:1170: 	u32 loaded_mm_asid = this_cpu_read(cpu_tlbstate.loaded_mm_asid);
#APP
# 1170 "/work/main/build/src/arch/x86/mm/tlb.c" 1
	movw %gs:cpu_tlbstate+16(%rip), %ax	# cpu_tlbstate.loaded_mm_asid, pfo_val__
# 0 "" 2
# /work/main/build/src/arch/x86/mm/tlb.c:1172: 	asm volatile("invlpg (%0)" ::"r" (addr) : "memory");
# 1172 "/work/main/build/src/arch/x86/mm/tlb.c" 1
	invlpg (%rdi)	# addr
# 0 "" 2
# /work/main/build/src/arch/x86/include/asm/cpufeature.h:180: 	asm goto(
# 180 "/work/main/build/src/arch/x86/include/asm/cpufeature.h" 1
	# ALT: oldinstr2
661:
	jmp 6f
662:
# ALT: padding2
.skip -((((6651f-6641f) ^ (((6651f-6641f) ^ (6652f-6642f)) & -(-((6651f-6641f) < (6652f-6642f))))) - (662b-661b)) > 0) * (((6651f-6641f) ^ (((6651f-6641f) ^ (6652f-6642f)) & -(-((6651f-6641f) < (6652f-6642f))))) - (662b-661b)), 0x90
663:
.pushsection .altinstructions,"a"
 .long 661b - .
 .long 6641f - .
 .word ( 3*32+21)
 .byte 663b-661b
 .byte 6651f-6641f
 .long 661b - .
 .long 6642f - .
 .word 235	#
 .byte 663b-661b
 .byte 6652f-6642f
.popsection
.pushsection .altinstr_replacement, "ax"
# ALT: replacement 1
6641:
	jmp .L14	#
6651:
# ALT: replacement 2
6642:
	
6652:
.popsection
.pushsection .altinstr_aux,"ax"
6:
 testb $8,boot_cpu_data+69 (% rip)	#,
 jnz .L7	#
 jmp .L14	#
.popsection

# 0 "" 2
#NO_APP
.L7:
# /work/main/build/src/arch/x86/include/asm/percpu.h:365: 	return ((1UL << (nr % BITS_PER_LONG)) & raw_cpu_read_8(*a)) != 0;
#APP
# 365 "/work/main/build/src/arch/x86/include/asm/percpu.h" 1
	movq %gs:cpu_info+64(%rip), %rdx	# MEM[(long unsigned int *)&cpu_info + 64B], pfo_val__
# 0 "" 2
# /work/main/build/src/arch/x86/mm/tlb.c:1181: 	if (!this_cpu_has(X86_FEATURE_INVPCID_SINGLE))
#NO_APP
	btq	$39, %rdx	#, pfo_val__
	jnc	.L14	#,
.L8:
# /work/main/build/src/arch/x86/mm/tlb.c:1169: {
	pushq	%rbp	#
# /work/main/build/src/arch/x86/mm/tlb.c:142: 	return asid + 1;
	incl	%eax	# tmp97
# /work/main/build/src/arch/x86/mm/tlb.c:1184: 		invpcid_flush_one(user_pcid(loaded_mm_asid), addr);
	movzwl	%ax, %eax	# tmp97, tmp98
# /work/main/build/src/arch/x86/mm/tlb.c:1169: {
	movq	%rsp, %rbp	#,
	andq	$-16, %rsp	#,
	subq	$16, %rsp	#,
# /work/main/build/src/arch/x86/mm/tlb.c:1184: 		invpcid_flush_one(user_pcid(loaded_mm_asid), addr);
	movq	%rax, (%rsp)	# tmp98, desc.d[0]
# /work/main/build/src/arch/x86/include/asm/invpcid.h:16: 	asm volatile("invpcid %[desc], %[type]"
	xorl	%eax, %eax	# tmp99
# /work/main/build/src/arch/x86/include/asm/invpcid.h:8: 	struct { u64 d[2]; } desc = { { pcid, addr } };
	movq	%rdi, 8(%rsp)	# addr, desc.d[1]
# /work/main/build/src/arch/x86/include/asm/invpcid.h:16: 	asm volatile("invpcid %[desc], %[type]"
#APP
# 16 "/work/main/build/src/arch/x86/include/asm/invpcid.h" 1
	invpcid (%rsp), %rax	# desc, tmp99
# 0 "" 2
# /work/main/build/src/arch/x86/mm/tlb.c:1185: }
#NO_APP
	leave	
	ret	
.L14:
	ret	
	.size	native_flush_tlb_one_user, .-native_flush_tlb_one_user
	.type	native_flush_tlb_local, @function
native_flush_tlb_local:
# /work/main/build/src/arch/x86/mm/tlb.c:1234: 	invalidate_user_asid(this_cpu_read(cpu_tlbstate.loaded_mm_asid));
#APP
# 1234 "/work/main/build/src/arch/x86/mm/tlb.c" 1
	movw %gs:cpu_tlbstate+16(%rip), %ax	# cpu_tlbstate.loaded_mm_asid, pfo_val__
# 0 "" 2
# /work/main/build/src/arch/x86/include/asm/special_insns.h:48: 	asm volatile("mov %%cr3,%0\n\t" : "=r" (val) : __FORCE_ORDER);
# 48 "/work/main/build/src/arch/x86/include/asm/special_insns.h" 1
	mov %cr3,%rax	# val
	
# 0 "" 2
# /work/main/build/src/arch/x86/include/asm/special_insns.h:54: 	asm volatile("mov %0,%%cr3": : "r" (val) : "memory");
# 54 "/work/main/build/src/arch/x86/include/asm/special_insns.h" 1
	mov %rax,%cr3	# val
# 0 "" 2
# /work/main/build/src/arch/x86/mm/tlb.c:1238: }
#NO_APP
	ret	
	.size	native_flush_tlb_local, .-native_flush_tlb_local
	.type	l1d_flush_force_sigbus, @function
l1d_flush_force_sigbus:
# /work/main/build/src/arch/x86/mm/tlb.c:336: 	force_sig(SIGBUS);
	movl	$7, %edi	#,
	jmp	force_sig	#
	.size	l1d_flush_force_sigbus, .-l1d_flush_force_sigbus
	.type	cpumask_any_but, @function
cpumask_any_but:
	pushq	%rbp	#
# /work/main/build/src/include/linux/cpumask.h:344: 	for_each_cpu(i, mask)
	xorl	%eax, %eax	# i
# /work/main/build/src/include/linux/cpumask.h:340: {
	movq	%rdi, %rbp	# tmp102, mask
	pushq	%rbx	#
# /work/main/build/src/include/linux/cpumask.h:340: {
	movl	%esi, %ebx	# tmp103, cpu
.L20:
# /work/main/build/src/include/linux/cpumask.h:344: 	for_each_cpu(i, mask)
	movl	nr_cpu_ids(%rip), %esi	# nr_cpu_ids, nr_cpu_ids
	movl	%eax, %edx	# i, i
# /work/main/build/src/include/linux/find.h:62: 	return _find_next_bit(addr, size, offset);
	movq	%rbp, %rdi	# mask,
	call	_find_next_bit	#
# /work/main/build/src/include/linux/cpumask.h:345: 		if (i != cpu)
	cmpl	%eax, nr_cpu_ids(%rip)	# _34, nr_cpu_ids
# /work/main/build/src/include/linux/cpumask.h:344: 	for_each_cpu(i, mask)
	movl	%eax, %edx	# _34, <retval>
# /work/main/build/src/include/linux/cpumask.h:345: 		if (i != cpu)
	jbe	.L19	#,
	cmpl	%eax, %ebx	# _34, cpu
	jne	.L19	#,
# /work/main/build/src/include/linux/cpumask.h:344: 	for_each_cpu(i, mask)
	incl	%eax	# i
	jmp	.L20	#
.L19:
# /work/main/build/src/include/linux/cpumask.h:348: }
	movl	%edx, %eax	# <retval>,
	popq	%rbx	#
	popq	%rbp	#
	ret	
	.size	cpumask_any_but, .-cpumask_any_but
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC0:
	.string	"tlb_single_page_flush_ceiling"
	.section	.init.text,"ax",@progbits
	.type	create_tlb_single_page_flush_ceiling, @function
create_tlb_single_page_flush_ceiling:
# /work/main/build/src/arch/x86/mm/tlb.c:1367: 	debugfs_create_file("tlb_single_page_flush_ceiling", S_IRUSR | S_IWUSR,
	movq	arch_debugfs_dir(%rip), %rdx	# arch_debugfs_dir,
	movq	$fops_tlbflush, %r8	#,
	xorl	%ecx, %ecx	#
	movl	$384, %esi	#,
	movq	$.LC0, %rdi	#,
	call	debugfs_create_file	#
# /work/main/build/src/arch/x86/mm/tlb.c:1370: }
	xorl	%eax, %eax	#
	ret	
	.size	create_tlb_single_page_flush_ceiling, .-create_tlb_single_page_flush_ceiling
	.text
	.type	tlbflush_write_file, @function
tlbflush_write_file:
	pushq	%r12	#
# /work/main/build/src/arch/x86/mm/tlb.c:1340: 	char buf[32];
	xorl	%eax, %eax	# tmp96
	movl	$8, %ecx	#, tmp97
# /work/main/build/src/arch/x86/mm/tlb.c:1339: {
	pushq	%rbp	#
# /work/main/build/src/arch/x86/mm/tlb.c:1344: 	len = min(count, sizeof(buf) - 1);
	movl	$31, %ebp	#, tmp107
# /work/main/build/src/arch/x86/mm/tlb.c:1339: {
	pushq	%rbx	#
	movq	%rdx, %rbx	# tmp104, count
	subq	$40, %rsp	#,
# /work/main/build/src/arch/x86/mm/tlb.c:1340: 	char buf[32];
	leaq	8(%rsp), %r12	#, tmp94
	movq	%r12, %rdi	# tmp94, tmp95
	rep stosl
# /work/main/build/src/arch/x86/mm/tlb.c:1342: 	int ceiling;
	xorl	%eax, %eax	#
# /work/main/build/src/arch/x86/mm/tlb.c:1344: 	len = min(count, sizeof(buf) - 1);
	cmpq	%rbp, %rdx	# tmp107, count
# /work/main/build/src/include/linux/uaccess.h:161: 		n = _copy_from_user(to, from, n);
	movq	%r12, %rdi	# tmp94,
# /work/main/build/src/arch/x86/mm/tlb.c:1344: 	len = min(count, sizeof(buf) - 1);
	cmovbe	%rdx, %rbp	# count,, _11
# /work/main/build/src/arch/x86/mm/tlb.c:1342: 	int ceiling;
	movl	%eax, 4(%rsp)	#, ceiling
# /work/main/build/src/include/linux/uaccess.h:161: 		n = _copy_from_user(to, from, n);
	movq	%rbp, %rdx	# _11,
	call	_copy_from_user	#
	movq	%rax, %rdx	#, tmp105
# /work/main/build/src/arch/x86/mm/tlb.c:1346: 		return -EFAULT;
	movq	$-14, %rax	#, <retval>
# /work/main/build/src/arch/x86/mm/tlb.c:1345: 	if (copy_from_user(buf, user_buf, len))
	testq	%rdx, %rdx	# tmp105
	jne	.L25	#,
# /work/main/build/src/arch/x86/mm/tlb.c:1349: 	if (kstrtoint(buf, 0, &ceiling))
	leaq	4(%rsp), %rdx	#, tmp110
	xorl	%esi, %esi	#
	movq	%r12, %rdi	# tmp94,
# /work/main/build/src/arch/x86/mm/tlb.c:1348: 	buf[len] = '\0';
	movb	$0, 8(%rsp,%rbp)	#, buf[len_12]
# /work/main/build/src/arch/x86/mm/tlb.c:1349: 	if (kstrtoint(buf, 0, &ceiling))
	call	kstrtoint	#
	movl	%eax, %edx	#, tmp106
# /work/main/build/src/arch/x86/mm/tlb.c:1350: 		return -EINVAL;
	movq	$-22, %rax	#, <retval>
# /work/main/build/src/arch/x86/mm/tlb.c:1349: 	if (kstrtoint(buf, 0, &ceiling))
	testl	%edx, %edx	# tmp106
	jne	.L25	#,
# /work/main/build/src/arch/x86/mm/tlb.c:1352: 	if (ceiling < 0)
	movslq	4(%rsp), %rdx	# ceiling,
# /work/main/build/src/arch/x86/mm/tlb.c:1352: 	if (ceiling < 0)
	testl	%edx, %edx	# ceiling.54_3
	js	.L25	#,
# /work/main/build/src/arch/x86/mm/tlb.c:1355: 	tlb_single_page_flush_ceiling = ceiling;
	movq	%rdx, tlb_single_page_flush_ceiling(%rip)	# ceiling.54_3, tlb_single_page_flush_ceiling
# /work/main/build/src/arch/x86/mm/tlb.c:1356: 	return count;
	movq	%rbx, %rax	# count, <retval>
.L25:
# /work/main/build/src/arch/x86/mm/tlb.c:1357: }
	addq	$40, %rsp	#,
	popq	%rbx	#
	popq	%rbp	#
	popq	%r12	#
	ret	
	.size	tlbflush_write_file, .-tlbflush_write_file
	.section	.rodata.str1.1
.LC1:
	.string	"%ld\n"
	.text
	.type	tlbflush_read_file, @function
tlbflush_read_file:
	pushq	%r13	#
# /work/main/build/src/arch/x86/mm/tlb.c:1330: 	char buf[32];
	xorl	%eax, %eax	# tmp92
# /work/main/build/src/arch/x86/mm/tlb.c:1329: {
	movq	%rcx, %r13	# tmp100, ppos
# /work/main/build/src/arch/x86/mm/tlb.c:1330: 	char buf[32];
	movl	$8, %ecx	#, tmp93
# /work/main/build/src/arch/x86/mm/tlb.c:1329: {
	pushq	%r12	#
	movq	%rdx, %r12	# tmp99, count
	pushq	%rbp	#
	movq	%rsi, %rbp	# tmp98, user_buf
# /work/main/build/src/arch/x86/mm/tlb.c:1333: 	len = sprintf(buf, "%ld\n", tlb_single_page_flush_ceiling);
	movq	$.LC1, %rsi	#,
# /work/main/build/src/arch/x86/mm/tlb.c:1329: {
	pushq	%rbx	#
	subq	$32, %rsp	#,
# /work/main/build/src/arch/x86/mm/tlb.c:1333: 	len = sprintf(buf, "%ld\n", tlb_single_page_flush_ceiling);
	movq	tlb_single_page_flush_ceiling(%rip), %rdx	# tlb_single_page_flush_ceiling,
# /work/main/build/src/arch/x86/mm/tlb.c:1330: 	char buf[32];
	movq	%rsp, %rbx	#, tmp90
	movq	%rbx, %rdi	# tmp90, tmp91
	rep stosl
# /work/main/build/src/arch/x86/mm/tlb.c:1333: 	len = sprintf(buf, "%ld\n", tlb_single_page_flush_ceiling);
	movq	%rbx, %rdi	# tmp90,
	call	sprintf	#
# /work/main/build/src/arch/x86/mm/tlb.c:1334: 	return simple_read_from_buffer(user_buf, count, ppos, buf, len);
	movq	%rbx, %rcx	# tmp90,
	movq	%r13, %rdx	# ppos,
	movq	%r12, %rsi	# count,
	movq	%rbp, %rdi	# user_buf,
	movslq	%eax, %r8	# tmp101,
	call	simple_read_from_buffer	#
# /work/main/build/src/arch/x86/mm/tlb.c:1335: }
	addq	$32, %rsp	#,
	popq	%rbx	#
	popq	%rbp	#
	popq	%r12	#
	popq	%r13	#
	ret	
	.size	tlbflush_read_file, .-tlbflush_read_file
	.type	build_cr3, @function
build_cr3:
# /work/main/build/src/arch/x86/include/asm/cpufeature.h:180: 	asm goto(
#APP
# 180 "/work/main/build/src/arch/x86/include/asm/cpufeature.h" 1
	# ALT: oldinstr2
661:
	jmp 6f
662:
# ALT: padding2
.skip -((((6651f-6641f) ^ (((6651f-6641f) ^ (6652f-6642f)) & -(-((6651f-6641f) < (6652f-6642f))))) - (662b-661b)) > 0) * (((6651f-6641f) ^ (((6651f-6641f) ^ (6652f-6642f)) & -(-((6651f-6641f) < (6652f-6642f))))) - (662b-661b)), 0x90
663:
.pushsection .altinstructions,"a"
 .long 661b - .
 .long 6641f - .
 .word ( 3*32+21)
 .byte 663b-661b
 .byte 6651f-6641f
 .long 661b - .
 .long 6642f - .
 .word 145	#
 .byte 663b-661b
 .byte 6652f-6642f
.popsection
.pushsection .altinstr_replacement, "ax"
# ALT: replacement 1
6641:
	jmp .L35	#
6651:
# ALT: replacement 2
6642:
	
6652:
.popsection
.pushsection .altinstr_aux,"ax"
6:
 testb $2,boot_cpu_data+58 (% rip)	#,
 jnz .L34	#
 jmp .L35	#
.popsection

# 0 "" 2
#NO_APP
.L34:
	movl	$2147483648, %edx	#, tmp106
# /work/main/build/src/arch/x86/include/asm/page_64.h:27: 	x = y + ((x > y) ? phys_base : (__START_KERNEL_map - PAGE_OFFSET));
	movq	phys_base(%rip), %rax	# phys_base, iftmp.33_22
	addq	%rdx, %rdi	# tmp106, tmp105
	jc	.L40	#,
	movq	$-2147483648, %rax	#, tmp107
	subq	page_offset_base(%rip), %rax	# page_offset_base, iftmp.33_22
.L40:
# /work/main/build/src/arch/x86/mm/tlb.c:142: 	return asid + 1;
	incl	%esi	# tmp109
# /work/main/build/src/arch/x86/include/asm/page_64.h:27: 	x = y + ((x > y) ? phys_base : (__START_KERNEL_map - PAGE_OFFSET));
	addq	%rdi, %rax	# tmp105, x
# /work/main/build/src/arch/x86/mm/tlb.c:160: 		return __sme_pa(pgd) | kern_pcid(asid);
	movzwl	%si, %esi	# tmp109, tmp110
# /work/main/build/src/arch/x86/mm/tlb.c:160: 		return __sme_pa(pgd) | kern_pcid(asid);
	orq	%rsi, %rax	# tmp110, <retval>
	ret	
.L35:
	movl	$2147483648, %edx	#, tmp112
# /work/main/build/src/arch/x86/include/asm/page_64.h:27: 	x = y + ((x > y) ? phys_base : (__START_KERNEL_map - PAGE_OFFSET));
	movq	phys_base(%rip), %rax	# phys_base, iftmp.33_14
	addq	%rdx, %rdi	# tmp112, tmp111
	jc	.L45	#,
	movq	$-2147483648, %rax	#, tmp113
	subq	page_offset_base(%rip), %rax	# page_offset_base, iftmp.33_14
.L45:
# /work/main/build/src/arch/x86/include/asm/page_64.h:27: 	x = y + ((x > y) ? phys_base : (__START_KERNEL_map - PAGE_OFFSET));
	addq	%rdi, %rax	# tmp111, <retval>
# /work/main/build/src/arch/x86/mm/tlb.c:165: }
	ret	
	.size	build_cr3, .-build_cr3
	.type	load_new_mm_cr3, @function
load_new_mm_cr3:
# /work/main/build/src/arch/x86/mm/tlb.c:281: 	if (need_flush) {
	testb	%dl, %dl	# tmp113
	je	.L47	#,
# /work/main/build/src/arch/x86/mm/tlb.c:282: 		invalidate_user_asid(new_asid);
	movzwl	%si, %esi	# new_asid, new_asid
# /work/main/build/src/arch/x86/mm/tlb.c:283: 		new_mm_cr3 = build_cr3(pgdir, new_asid);
	call	build_cr3	#
	jmp	.L48	#
.L47:
	movl	$2147483648, %edx	#, tmp104
# /work/main/build/src/arch/x86/include/asm/page_64.h:27: 	x = y + ((x > y) ? phys_base : (__START_KERNEL_map - PAGE_OFFSET));
	movq	phys_base(%rip), %rax	# phys_base, iftmp.33_19
	addq	%rdx, %rdi	# tmp104, tmp103
	jc	.L52	#,
	movq	$-2147483648, %rax	#, tmp105
	subq	page_offset_base(%rip), %rax	# page_offset_base, iftmp.33_19
.L52:
# /work/main/build/src/arch/x86/mm/tlb.c:142: 	return asid + 1;
	incl	%esi	# tmp107
# /work/main/build/src/arch/x86/include/asm/page_64.h:27: 	x = y + ((x > y) ? phys_base : (__START_KERNEL_map - PAGE_OFFSET));
	addq	%rdi, %rax	# tmp103, x
# /work/main/build/src/arch/x86/mm/tlb.c:176: 	return __sme_pa(pgd) | kern_pcid(asid) | CR3_NOFLUSH;
	movzwl	%si, %esi	# tmp107, tmp108
# /work/main/build/src/arch/x86/mm/tlb.c:176: 	return __sme_pa(pgd) | kern_pcid(asid) | CR3_NOFLUSH;
	orq	%rsi, %rax	# tmp108, tmp109
# /work/main/build/src/arch/x86/mm/tlb.c:176: 	return __sme_pa(pgd) | kern_pcid(asid) | CR3_NOFLUSH;
	btsq	$63, %rax	#, new_mm_cr3
.L48:
# /work/main/build/src/arch/x86/include/asm/special_insns.h:54: 	asm volatile("mov %0,%%cr3": : "r" (val) : "memory");
#APP
# 54 "/work/main/build/src/arch/x86/include/asm/special_insns.h" 1
	mov %rax,%cr3	# new_mm_cr3
# 0 "" 2
# /work/main/build/src/arch/x86/mm/tlb.c:294: }
#NO_APP
	ret	
	.size	load_new_mm_cr3, .-load_new_mm_cr3
	.type	cr4_update_pce_mm, @function
cr4_update_pce_mm:
# /work/main/build/src/arch/x86/include/asm/atomic.h:29: 	return __READ_ONCE((v)->counter);
	movl	rdpmc_always_available_key(%rip), %eax	# MEM[(const volatile int *)&rdpmc_always_available_key], _13
# /work/main/build/src/arch/x86/mm/tlb.c:467: 	if (static_branch_unlikely(&rdpmc_always_available_key) ||
	testl	%eax, %eax	# _13
	jg	.L54	#,
# /work/main/build/src/arch/x86/include/asm/atomic.h:29: 	return __READ_ONCE((v)->counter);
	movl	rdpmc_never_available_key(%rip), %eax	# MEM[(const volatile int *)&rdpmc_never_available_key], _14
# /work/main/build/src/arch/x86/mm/tlb.c:467: 	if (static_branch_unlikely(&rdpmc_always_available_key) ||
	testl	%eax, %eax	# _14
	jg	.L55	#,
# /work/main/build/src/arch/x86/include/asm/atomic.h:29: 	return __READ_ONCE((v)->counter);
	movl	888(%rdi), %eax	# MEM[(const volatile int *)mm_10(D) + 888B], _15
# /work/main/build/src/arch/x86/mm/tlb.c:468: 	    (!static_branch_unlikely(&rdpmc_never_available_key) &&
	testl	%eax, %eax	# _15
	je	.L55	#,
.L54:
# /work/main/build/src/arch/x86/mm/tlb.c:474: 		perf_clear_dirty_counters();
	call	perf_clear_dirty_counters	#
# /work/main/build/src/arch/x86/include/asm/tlbflush.h:27: 	cr4_update_irqsoff(mask, 0);
	xorl	%esi, %esi	#
	movl	$256, %edi	#,
	jmp	.L59	#
.L55:
# /work/main/build/src/arch/x86/include/asm/tlbflush.h:33: 	cr4_update_irqsoff(0, mask);
	movl	$256, %esi	#,
	xorl	%edi, %edi	#
.L59:
	jmp	cr4_update_irqsoff	#
	.size	cr4_update_pce_mm, .-cr4_update_pce_mm
	.type	native_flush_tlb_multi, @function
native_flush_tlb_multi:
# /work/main/build/src/arch/x86/mm/tlb.c:937: {
	movq	%rsi, %rdx	# tmp86, info
	movq	%rdi, %r8	# tmp85, cpumask
# /work/main/build/src/include/linux/smp.h:93: 	on_each_cpu_cond_mask(NULL, func, info, wait, mask);
	xorl	%edi, %edi	#
	movl	$1, %ecx	#,
# /work/main/build/src/arch/x86/mm/tlb.c:960: 	if (info->freed_tables)
	cmpb	$0, 37(%rdx)	#, info_4(D)->freed_tables
# /work/main/build/src/include/linux/smp.h:93: 	on_each_cpu_cond_mask(NULL, func, info, wait, mask);
	movq	$flush_tlb_func, %rsi	#,
# /work/main/build/src/arch/x86/mm/tlb.c:960: 	if (info->freed_tables)
	jne	.L62	#,
# /work/main/build/src/arch/x86/mm/tlb.c:963: 		on_each_cpu_cond_mask(should_flush_tlb, flush_tlb_func,
	movq	$should_flush_tlb, %rdi	#,
.L62:
	jmp	on_each_cpu_cond_mask	#
	.size	native_flush_tlb_multi, .-native_flush_tlb_multi
	.globl	cr4_update_pce
	.type	cr4_update_pce, @function
cr4_update_pce:
# /work/main/build/src/arch/x86/mm/tlb.c:482: 	cr4_update_pce_mm(this_cpu_read(cpu_tlbstate.loaded_mm));
#APP
# 482 "/work/main/build/src/arch/x86/mm/tlb.c" 1
	movq %gs:cpu_tlbstate(%rip), %rdi	# cpu_tlbstate.loaded_mm, pfo_val__
# 0 "" 2
# /work/main/build/src/arch/x86/mm/tlb.c:482: 	cr4_update_pce_mm(this_cpu_read(cpu_tlbstate.loaded_mm));
#NO_APP
	jmp	cr4_update_pce_mm	#
	.size	cr4_update_pce, .-cr4_update_pce
	.section	.rodata.str1.1
.LC2:
	.string	"arch/x86/mm/tlb.c"
	.text
	.globl	switch_mm_irqs_off
	.type	switch_mm_irqs_off, @function
switch_mm_irqs_off:
	pushq	%r13	#
	movq	%rdx, %rdi	# tmp230, tsk
	pushq	%r12	#
	pushq	%rbp	#
	pushq	%rbx	#
# /work/main/build/src/arch/x86/mm/tlb.c:491: {
	movq	%rsi, %rbx	# tmp229, next
# /work/main/build/src/arch/x86/mm/tlb.c:492: 	struct mm_struct *real_prev = this_cpu_read(cpu_tlbstate.loaded_mm);
#APP
# 492 "/work/main/build/src/arch/x86/mm/tlb.c" 1
	movq %gs:cpu_tlbstate(%rip), %rbp	# cpu_tlbstate.loaded_mm, pfo_val__
# 0 "" 2
# /work/main/build/src/arch/x86/mm/tlb.c:493: 	u16 prev_asid = this_cpu_read(cpu_tlbstate.loaded_mm_asid);
# 493 "/work/main/build/src/arch/x86/mm/tlb.c" 1
	movw %gs:cpu_tlbstate+16(%rip), %ax	# cpu_tlbstate.loaded_mm_asid, pfo_val__
# 0 "" 2
#NO_APP
	movl	%eax, %ecx	# pfo_val__, paro_tmp__
# /work/main/build/src/arch/x86/mm/tlb.c:494: 	bool was_lazy = this_cpu_read(cpu_tlbstate_shared.is_lazy);
#APP
# 494 "/work/main/build/src/arch/x86/mm/tlb.c" 1
	movb %gs:cpu_tlbstate_shared(%rip), %dl	# cpu_tlbstate_shared.is_lazy, pfo_val__
# 0 "" 2
# /work/main/build/src/arch/x86/mm/tlb.c:495: 	unsigned cpu = smp_processor_id();
# 495 "/work/main/build/src/arch/x86/mm/tlb.c" 1
	movl %gs:cpu_number(%rip), %r12d	# cpu_number, pfo_val__
# 0 "" 2
# /work/main/build/src/arch/x86/mm/tlb.c:539: 	if (was_lazy)
#NO_APP
	testb	%dl, %dl	# pfo_val__
	jne	.L65	#,
# /work/main/build/src/arch/x86/mm/tlb.c:554: 	if (real_prev == next) {
	cmpq	%rsi, %rbp	# next, pfo_val__
	jne	.L66	#,
# /work/main/build/src/arch/x86/mm/tlb.c:563: 		if (WARN_ON_ONCE(real_prev != &init_mm &&
	cmpq	$init_mm, %rbp	#, pfo_val__
	je	.L64	#,
# /work/main/build/src/include/linux/cpumask.h:444: 	return test_bit(cpumask_check(cpu), cpumask_bits((cpumask)));
	leaq	960(%rbp), %rsi	#, _176
# /work/main/build/src/arch/x86/include/asm/bitops.h:240: 					  variable_test_bit(nr, addr);
	movl	%r12d, %r12d	# pfo_val__, nr.24_3
# /work/main/build/src/arch/x86/include/asm/bitops.h:228: 	asm volatile(__ASM_SIZE(bt) " %2,%1"
#APP
# 228 "/work/main/build/src/arch/x86/include/asm/bitops.h" 1
	 btq  %r12,960(%rbp)	# nr.24_3, MEM[(long unsigned int *)_138]
	/* output condition code c*/

# 0 "" 2
# /work/main/build/src/arch/x86/mm/tlb.c:563: 		if (WARN_ON_ONCE(real_prev != &init_mm &&
#NO_APP
	jc	.L64	#,
	jmp	.L70	#
.L65:
# /work/main/build/src/arch/x86/mm/tlb.c:540: 		this_cpu_write(cpu_tlbstate_shared.is_lazy, false);
#APP
# 540 "/work/main/build/src/arch/x86/mm/tlb.c" 1
	movb $0, %gs:cpu_tlbstate_shared(%rip)	#, cpu_tlbstate_shared.is_lazy
# 0 "" 2
# /work/main/build/src/arch/x86/mm/tlb.c:554: 	if (real_prev == next) {
#NO_APP
	cmpq	%rsi, %rbp	# next, pfo_val__
	jne	.L66	#,
# /work/main/build/src/arch/x86/mm/tlb.c:563: 		if (WARN_ON_ONCE(real_prev != &init_mm &&
	cmpq	$init_mm, %rbp	#, pfo_val__
	je	.L71	#,
# /work/main/build/src/include/linux/cpumask.h:444: 	return test_bit(cpumask_check(cpu), cpumask_bits((cpumask)));
	leaq	960(%rbp), %rsi	#, _176
# /work/main/build/src/arch/x86/include/asm/bitops.h:240: 					  variable_test_bit(nr, addr);
	movl	%r12d, %r12d	# pfo_val__, nr.24_3
# /work/main/build/src/arch/x86/include/asm/bitops.h:228: 	asm volatile(__ASM_SIZE(bt) " %2,%1"
#APP
# 228 "/work/main/build/src/arch/x86/include/asm/bitops.h" 1
	 btq  %r12,960(%rbp)	# nr.24_3, MEM[(long unsigned int *)_195]
	/* output condition code c*/

# 0 "" 2
# /work/main/build/src/arch/x86/mm/tlb.c:563: 		if (WARN_ON_ONCE(real_prev != &init_mm &&
#NO_APP
	jc	.L71	#,
.L70:
#APP
# 563 "/work/main/build/src/arch/x86/mm/tlb.c" 1
	1:	.byte 0x0f, 0x0b
.pushsection __bug_table,"aw"
2:	.long 1b - .	# bug_entry::bug_addr
	.long .LC2 - .	# bug_entry::file	#
	.word 563	# bug_entry::line	#
	.word 2307	# bug_entry::flags	#
	.org 2b+12	#
.popsection
998:
	.pushsection .discard.reachable
	.long 998b - .
	.popsection
	
# 0 "" 2
# /work/main/build/src/arch/x86/include/asm/bitops.h:60: 		asm volatile(LOCK_PREFIX __ASM_SIZE(bts) " %1,%0"
# 60 "/work/main/build/src/arch/x86/include/asm/bitops.h" 1
	.pushsection .smp_locks,"a"
.balign 4
.long 671f - .
.popsection
671:
	lock;  btsq  %r12,(%rsi)	# nr.24_3, MEM[(volatile long int *)_176]
# 0 "" 2
# /work/main/build/src/arch/x86/mm/tlb.c:572: 		if (!was_lazy)
#NO_APP
	testb	%dl, %dl	# pfo_val__
	je	.L64	#,
.L71:
# /work/main/build/src/arch/x86/mm/tlb.c:581: 		smp_mb();
#APP
# 581 "/work/main/build/src/arch/x86/mm/tlb.c" 1
	lock; addl $0,-4(%rsp)
# 0 "" 2
# /work/main/build/src/arch/x86/mm/tlb.c:583: 		if (this_cpu_read(cpu_tlbstate.ctxs[prev_asid].tlb_gen) ==
#NO_APP
	movzwl	%ax, %eax	# pfo_val__, paro_tmp__
# /work/main/build/src/arch/x86/include/asm/atomic64_64.h:22: 	return __READ_ONCE((v)->counter);
	movq	768(%rbx), %rdx	# MEM[(const volatile long long int *)next_44(D) + 768B], next_tlb_gen
# /work/main/build/src/arch/x86/mm/tlb.c:583: 		if (this_cpu_read(cpu_tlbstate.ctxs[prev_asid].tlb_gen) ==
	salq	$4, %rax	#, tmp162
#APP
# 583 "/work/main/build/src/arch/x86/mm/tlb.c" 1
	movq %gs:cpu_tlbstate+40(%rax), %rax	# cpu_tlbstate.ctxs[_8].tlb_gen, pfo_val__
# 0 "" 2
# /work/main/build/src/arch/x86/mm/tlb.c:583: 		if (this_cpu_read(cpu_tlbstate.ctxs[prev_asid].tlb_gen) ==
#NO_APP
	cmpq	%rax, %rdx	# pfo_val__, next_tlb_gen
	jne	.L73	#,
	jmp	.L64	#
.L66:
# /work/main/build/src/arch/x86/mm/tlb.c:381: 	if (!next || !next->mm)
	testq	%rdi, %rdi	# tsk
	je	.L74	#,
# /work/main/build/src/arch/x86/mm/tlb.c:381: 	if (!next || !next->mm)
	movq	768(%rdi), %r13	# tsk_45(D)->mm, _119
# /work/main/build/src/arch/x86/mm/tlb.c:381: 	if (!next || !next->mm)
	testq	%r13, %r13	# _119
	je	.L74	#,
# /work/main/build/src/include/linux/thread_info.h:127: 	return READ_ONCE(ti->flags);
	movq	(%rdi), %rax	# MEM[(const volatile long unsigned int *)tsk_45(D)], _144
# /work/main/build/src/arch/x86/mm/tlb.c:366: 	unsigned long spec_bits = (next_tif >> TIF_SPEC_IB) & LAST_USER_MM_SPEC_MASK;
	shrq	$9, %rax	#, tmp165
# /work/main/build/src/arch/x86/mm/tlb.c:366: 	unsigned long spec_bits = (next_tif >> TIF_SPEC_IB) & LAST_USER_MM_SPEC_MASK;
	andl	$3, %eax	#, spec_bits
# /work/main/build/src/arch/x86/mm/tlb.c:374: 	return (unsigned long)next->mm | spec_bits;
	orq	%rax, %r13	# spec_bits, _149
# /work/main/build/src/arch/x86/mm/tlb.c:385: 	prev_mm = this_cpu_read(cpu_tlbstate.last_user_mm_spec);
#APP
# 385 "/work/main/build/src/arch/x86/mm/tlb.c" 1
	movq %gs:cpu_tlbstate+8(%rip), %rsi	# cpu_tlbstate.D.40237.last_user_mm_spec, pfo_val__
# 0 "" 2
# /work/main/build/src/arch/x86/include/asm/atomic.h:29: 	return __READ_ONCE((v)->counter);
#NO_APP
	movl	switch_mm_cond_ibpb(%rip), %eax	# MEM[(const volatile int *)&switch_mm_cond_ibpb], _122
# /work/main/build/src/arch/x86/mm/tlb.c:435: 		if (next_mm != prev_mm &&
	cmpq	%r13, %rsi	# _149, pfo_val__
	je	.L75	#,
	testl	%eax, %eax	# _122
	jle	.L75	#,
# /work/main/build/src/arch/x86/mm/tlb.c:436: 		    (next_mm | prev_mm) & LAST_USER_MM_IBPB)
	movq	%rsi, %rax	# pfo_val__, tmp174
	orq	%r13, %rax	# _149, tmp174
# /work/main/build/src/arch/x86/mm/tlb.c:435: 		if (next_mm != prev_mm &&
	testb	$1, %al	#, tmp174
	je	.L75	#,
# /work/main/build/src/arch/x86/mm/tlb.c:437: 			indirect_branch_prediction_barrier();
	call	indirect_branch_prediction_barrier	#
.L75:
# /work/main/build/src/arch/x86/include/asm/atomic.h:29: 	return __READ_ONCE((v)->counter);
	movl	switch_mm_always_ibpb(%rip), %eax	# MEM[(const volatile int *)&switch_mm_always_ibpb], _128
# /work/main/build/src/arch/x86/mm/tlb.c:440: 	if (static_branch_unlikely(&switch_mm_always_ibpb)) {
	testl	%eax, %eax	# _128
	jle	.L76	#,
# /work/main/build/src/arch/x86/mm/tlb.c:446: 		if ((prev_mm & ~LAST_USER_MM_SPEC_MASK) !=
	movq	%rsi, %rax	# pfo_val__, tmp177
	andq	$-4, %rax	#, tmp177
# /work/main/build/src/arch/x86/mm/tlb.c:446: 		if ((prev_mm & ~LAST_USER_MM_SPEC_MASK) !=
	cmpq	%rax, 768(%rdi)	# tmp177, tsk_45(D)->mm
	je	.L76	#,
# /work/main/build/src/arch/x86/mm/tlb.c:448: 			indirect_branch_prediction_barrier();
	call	indirect_branch_prediction_barrier	#
.L76:
# /work/main/build/src/arch/x86/include/asm/atomic.h:29: 	return __READ_ONCE((v)->counter);
	movl	switch_mm_cond_l1d_flush(%rip), %eax	# MEM[(const volatile int *)&switch_mm_cond_l1d_flush], _135
# /work/main/build/src/arch/x86/mm/tlb.c:451: 	if (static_branch_unlikely(&switch_mm_cond_l1d_flush)) {
	testl	%eax, %eax	# _135
	jle	.L78	#,
# /work/main/build/src/arch/x86/mm/tlb.c:457: 		if (unlikely((prev_mm | next_mm) & LAST_USER_MM_L1D_FLUSH))
	movq	%rsi, %rax	# pfo_val__, tmp179
	orq	%r13, %rax	# _149, tmp179
# /work/main/build/src/arch/x86/mm/tlb.c:457: 		if (unlikely((prev_mm | next_mm) & LAST_USER_MM_L1D_FLUSH))
	testb	$2, %al	#, tmp179
	je	.L78	#,
# /work/main/build/src/arch/x86/mm/tlb.c:343: 	if (prev_mm & LAST_USER_MM_L1D_FLUSH)
	andb	$2, %sil	#, pfo_val__
	je	.L80	#,
# /work/main/build/src/arch/x86/include/asm/msr.h:94: 	asm volatile("1: wrmsr\n"
	movl	$267, %ecx	#, tmp182
	movl	$1, %eax	#, tmp183
	xorl	%edx, %edx	# tmp184
#APP
# 94 "/work/main/build/src/arch/x86/include/asm/msr.h" 1
	1: wrmsr
2:
 .pushsection "__ex_table","a"
 .balign 4
 .long (1b) - .
 .long (2b) - .
 .long 8 
 .popsection

# 0 "" 2
#NO_APP
.L80:
# /work/main/build/src/arch/x86/mm/tlb.c:347: 	if (likely(!(next_mm & LAST_USER_MM_L1D_FLUSH)))
	testb	$2, %r13b	#, _149
	je	.L78	#,
# /work/main/build/src/arch/x86/mm/tlb.c:356: 	if (this_cpu_read(cpu_info.smt_active)) {
#APP
# 356 "/work/main/build/src/arch/x86/mm/tlb.c" 1
	movb %gs:cpu_info+278(%rip), %al	# cpu_info.smt_active, pfo_val__
# 0 "" 2
# /work/main/build/src/arch/x86/mm/tlb.c:356: 	if (this_cpu_read(cpu_info.smt_active)) {
#NO_APP
	testb	%al, %al	# pfo_val__
	je	.L78	#,
# /work/main/build/src/arch/x86/include/asm/bitops.h:75: 		asm volatile(LOCK_PREFIX "andb %b1,%0"
#APP
# 75 "/work/main/build/src/arch/x86/include/asm/bitops.h" 1
	.pushsection .smp_locks,"a"
.balign 4
.long 671f - .
.popsection
671:
	lock; andb $-5,1(%rdi)	#, *_166
# 0 "" 2
# /work/main/build/src/arch/x86/mm/tlb.c:358: 		next->l1d_flush_kill.func = l1d_flush_force_sigbus;
#NO_APP
	movq	$l1d_flush_force_sigbus, 2040(%rdi)	#, tsk_45(D)->l1d_flush_kill.func
# /work/main/build/src/arch/x86/mm/tlb.c:359: 		task_work_add(next, &next->l1d_flush_kill, TWA_RESUME);
	leaq	2032(%rdi), %rsi	#, tmp189
	movl	$1, %edx	#,
	call	task_work_add	#
.L78:
# /work/main/build/src/arch/x86/mm/tlb.c:461: 	this_cpu_write(cpu_tlbstate.last_user_mm_spec, next_mm);
#APP
# 461 "/work/main/build/src/arch/x86/mm/tlb.c" 1
	movq %r13, %gs:cpu_tlbstate+8(%rip)	# _149, cpu_tlbstate.D.40237.last_user_mm_spec
# 0 "" 2
#NO_APP
.L74:
# /work/main/build/src/arch/x86/mm/tlb.c:605: 		this_cpu_write(cpu_tlbstate.loaded_mm, LOADED_MM_SWITCHING);
#APP
# 605 "/work/main/build/src/arch/x86/mm/tlb.c" 1
	movq $1, %gs:cpu_tlbstate(%rip)	#, cpu_tlbstate.loaded_mm
# 0 "" 2
# /work/main/build/src/arch/x86/mm/tlb.c:606: 		barrier();
# /work/main/build/src/arch/x86/mm/tlb.c:613: 		if (real_prev != &init_mm) {
#NO_APP
	cmpq	$init_mm, %rbp	#, pfo_val__
	je	.L81	#,
# /work/main/build/src/include/linux/cpumask.h:427: 	clear_bit(cpumask_check(cpu), cpumask_bits(dstp));
	movl	%r12d, %edx	# pfo_val__, _94
# /work/main/build/src/arch/x86/include/asm/bitops.h:79: 		asm volatile(LOCK_PREFIX __ASM_SIZE(btr) " %1,%0"
#APP
# 79 "/work/main/build/src/arch/x86/include/asm/bitops.h" 1
	.pushsection .smp_locks,"a"
.balign 4
.long 671f - .
.popsection
671:
	lock;  btrq  %rdx,960(%rbp)	# _94, MEM[(volatile long int *)_93]
# 0 "" 2
#NO_APP
.L81:
# /work/main/build/src/arch/x86/mm/tlb.c:622: 		if (next != &init_mm)
	cmpq	$init_mm, %rbx	#, next
	je	.L82	#,
# /work/main/build/src/include/linux/cpumask.h:411: 	set_bit(cpumask_check(cpu), cpumask_bits(dstp));
	leaq	960(%rbx), %rax	#, _101
# /work/main/build/src/include/linux/cpumask.h:411: 	set_bit(cpumask_check(cpu), cpumask_bits(dstp));
	movl	%r12d, %r12d	# pfo_val__, _102
# /work/main/build/src/arch/x86/include/asm/bitops.h:60: 		asm volatile(LOCK_PREFIX __ASM_SIZE(bts) " %1,%0"
#APP
# 60 "/work/main/build/src/arch/x86/include/asm/bitops.h" 1
	.pushsection .smp_locks,"a"
.balign 4
.long 671f - .
.popsection
671:
	lock;  btsq  %r12,(%rax)	# _102, MEM[(volatile long int *)_101]
# 0 "" 2
#NO_APP
.L82:
# /work/main/build/src/arch/x86/include/asm/atomic64_64.h:22: 	return __READ_ONCE((v)->counter);
	movq	768(%rbx), %rdx	# MEM[(const volatile long long int *)next_44(D) + 768B], next_tlb_gen
# /work/main/build/src/arch/x86/include/asm/cpufeature.h:180: 	asm goto(
#APP
# 180 "/work/main/build/src/arch/x86/include/asm/cpufeature.h" 1
	# ALT: oldinstr2
661:
	jmp 6f
662:
# ALT: padding2
.skip -((((6651f-6641f) ^ (((6651f-6641f) ^ (6652f-6642f)) & -(-((6651f-6641f) < (6652f-6642f))))) - (662b-661b)) > 0) * (((6651f-6641f) ^ (((6651f-6641f) ^ (6652f-6642f)) & -(-((6651f-6641f) < (6652f-6642f))))) - (662b-661b)), 0x90
663:
.pushsection .altinstructions,"a"
 .long 661b - .
 .long 6641f - .
 .word ( 3*32+21)
 .byte 663b-661b
 .byte 6651f-6641f
 .long 661b - .
 .long 6642f - .
 .word 145	#
 .byte 663b-661b
 .byte 6652f-6642f
.popsection
.pushsection .altinstr_replacement, "ax"
# ALT: replacement 1
6641:
	jmp .L84	#
6651:
# ALT: replacement 2
6642:
	
6652:
.popsection
.pushsection .altinstr_aux,"ax"
6:
 testb $2,boot_cpu_data+58 (% rip)	#,
 jnz .L83	#
 jmp .L84	#
.popsection

# 0 "" 2
#NO_APP
.L83:
# /work/main/build/src/arch/x86/mm/tlb.c:225: 	if (this_cpu_read(cpu_tlbstate.invalidate_other))
#APP
# 225 "/work/main/build/src/arch/x86/mm/tlb.c" 1
	movb %gs:cpu_tlbstate+20(%rip), %al	# cpu_tlbstate.invalidate_other, pfo_val__
# 0 "" 2
# /work/main/build/src/arch/x86/mm/tlb.c:225: 	if (this_cpu_read(cpu_tlbstate.invalidate_other))
#NO_APP
	testb	%al, %al	# pfo_val__
	je	.L86	#,
# /work/main/build/src/arch/x86/include/asm/cpufeature.h:180: 	asm goto(
#APP
# 180 "/work/main/build/src/arch/x86/include/asm/cpufeature.h" 1
	# ALT: oldinstr2
661:
	jmp 6f
662:
# ALT: padding2
.skip -((((6651f-6641f) ^ (((6651f-6641f) ^ (6652f-6642f)) & -(-((6651f-6641f) < (6652f-6642f))))) - (662b-661b)) > 0) * (((6651f-6641f) ^ (((6651f-6641f) ^ (6652f-6642f)) & -(-((6651f-6641f) < (6652f-6642f))))) - (662b-661b)), 0x90
663:
.pushsection .altinstructions,"a"
 .long 661b - .
 .long 6641f - .
 .word ( 3*32+21)
 .byte 663b-661b
 .byte 6651f-6641f
 .long 661b - .
 .long 6642f - .
 .word 235	#
 .byte 663b-661b
 .byte 6652f-6642f
.popsection
.pushsection .altinstr_replacement, "ax"
# ALT: replacement 1
6641:
	jmp .L88	#
6651:
# ALT: replacement 2
6642:
	
6652:
.popsection
.pushsection .altinstr_aux,"ax"
6:
 testb $8,boot_cpu_data+69 (% rip)	#,
 jnz .L89	#
 jmp .L88	#
.popsection

# 0 "" 2
#NO_APP
.L89:
	movq	$cpu_tlbstate+32, %rcx	#, ivtmp.234
# /work/main/build/src/arch/x86/mm/tlb.c:198: 	for (asid = 0; asid < TLB_NR_DYN_ASIDS; asid++) {
	xorl	%eax, %eax	# asid
	jmp	.L91	#
.L88:
# /work/main/build/src/arch/x86/mm/tlb.c:194: 		WARN_ON_ONCE(1);
#APP
# 194 "/work/main/build/src/arch/x86/mm/tlb.c" 1
	1:	.byte 0x0f, 0x0b
.pushsection __bug_table,"aw"
2:	.long 1b - .	# bug_entry::bug_addr
	.long .LC2 - .	# bug_entry::file	#
	.word 194	# bug_entry::line	#
	.word 2307	# bug_entry::flags	#
	.org 2b+12	#
.popsection
998:
	.pushsection .discard.reachable
	.long 998b - .
	.popsection
	
# 0 "" 2
# /work/main/build/src/arch/x86/mm/tlb.c:195: 		return;
#NO_APP
	jmp	.L86	#
.L91:
# /work/main/build/src/arch/x86/mm/tlb.c:200: 		if (asid == this_cpu_read(cpu_tlbstate.loaded_mm_asid))
#APP
# 200 "/work/main/build/src/arch/x86/mm/tlb.c" 1
	movw %gs:cpu_tlbstate+16(%rip), %si	# cpu_tlbstate.loaded_mm_asid, pfo_val__
# 0 "" 2
# /work/main/build/src/arch/x86/mm/tlb.c:200: 		if (asid == this_cpu_read(cpu_tlbstate.loaded_mm_asid))
#NO_APP
	cmpw	%si, %ax	# pfo_val__, asid
	je	.L90	#,
# /work/main/build/src/arch/x86/mm/tlb.c:206: 		this_cpu_write(cpu_tlbstate.ctxs[asid].ctx_id, 0);
#APP
# 206 "/work/main/build/src/arch/x86/mm/tlb.c" 1
	movq $0, %gs:(%rcx)	#, MEM[(long long unsigned int *)_185]
# 0 "" 2
#NO_APP
.L90:
# /work/main/build/src/arch/x86/mm/tlb.c:198: 	for (asid = 0; asid < TLB_NR_DYN_ASIDS; asid++) {
	incl	%eax	# asid
# /work/main/build/src/arch/x86/mm/tlb.c:198: 	for (asid = 0; asid < TLB_NR_DYN_ASIDS; asid++) {
	addq	$16, %rcx	#, ivtmp.234
	cmpw	$6, %ax	#, asid
	jne	.L91	#,
# /work/main/build/src/arch/x86/mm/tlb.c:208: 	this_cpu_write(cpu_tlbstate.invalidate_other, false);
#APP
# 208 "/work/main/build/src/arch/x86/mm/tlb.c" 1
	movb $0, %gs:cpu_tlbstate+20(%rip)	#, cpu_tlbstate.invalidate_other
# 0 "" 2
#NO_APP
.L86:
# /work/main/build/src/arch/x86/mm/tlb.c:230: 		    next->context.ctx_id)
	movq	760(%rbx), %rcx	# next_44(D)->D.14378.context.ctx_id, _175
	xorl	%esi, %esi	# ivtmp.219
.L93:
# /work/main/build/src/arch/x86/mm/tlb.c:229: 		if (this_cpu_read(cpu_tlbstate.ctxs[asid].ctx_id) !=
	movslq	%esi, %rax	# ivtmp.219, _173
	addq	$2, %rax	#, tmp203
	salq	$4, %rax	#, tmp204
	leaq	cpu_tlbstate(%rax), %rdi	#, tmp205
#APP
# 229 "/work/main/build/src/arch/x86/mm/tlb.c" 1
	movq %gs:cpu_tlbstate(%rax), %rax	# cpu_tlbstate.ctxs[_173].ctx_id, pfo_val__
# 0 "" 2
# /work/main/build/src/arch/x86/mm/tlb.c:229: 		if (this_cpu_read(cpu_tlbstate.ctxs[asid].ctx_id) !=
#NO_APP
	cmpq	%rcx, %rax	# _175, pfo_val__
	je	.L92	#,
# /work/main/build/src/arch/x86/mm/tlb.c:228: 	for (asid = 0; asid < TLB_NR_DYN_ASIDS; asid++) {
	incl	%esi	# ivtmp.219
	cmpl	$6, %esi	#, ivtmp.219
	jne	.L93	#,
	jmp	.L142	#
.L92:
	movl	%esi, %ecx	# ivtmp.219, paro_tmp__
# /work/main/build/src/arch/x86/mm/tlb.c:234: 		*need_flush = (this_cpu_read(cpu_tlbstate.ctxs[asid].tlb_gen) <
#APP
# 234 "/work/main/build/src/arch/x86/mm/tlb.c" 1
	movq %gs:8(%rdi), %rax	# cpu_tlbstate.ctxs[_173].tlb_gen, pfo_val__
# 0 "" 2
# /work/main/build/src/arch/x86/mm/tlb.c:629: 	if (need_flush) {
#NO_APP
	cmpq	%rdx, %rax	# next_tlb_gen, pfo_val__
	jnb	.L139	#,
	jmp	.L73	#
.L142:
# /work/main/build/src/arch/x86/mm/tlb.c:243: 	*new_asid = this_cpu_add_return(cpu_tlbstate.next_asid, 1) - 1;
	movl	$1, %ecx	#, paro_tmp__
#APP
# 243 "/work/main/build/src/arch/x86/mm/tlb.c" 1
	xaddw %cx, %gs:cpu_tlbstate+18(%rip)	# paro_tmp__, cpu_tlbstate.next_asid
# 0 "" 2
# /work/main/build/src/arch/x86/mm/tlb.c:244: 	if (*new_asid >= TLB_NR_DYN_ASIDS) {
#NO_APP
	cmpw	$5, %cx	#, paro_tmp__
	jbe	.L73	#,
# /work/main/build/src/arch/x86/mm/tlb.c:246: 		this_cpu_write(cpu_tlbstate.next_asid, 1);
#APP
# 246 "/work/main/build/src/arch/x86/mm/tlb.c" 1
	movw $1, %gs:cpu_tlbstate+18(%rip)	#, cpu_tlbstate.next_asid
# 0 "" 2
#NO_APP
.L84:
# /work/main/build/src/arch/x86/mm/tlb.c:245: 		*new_asid = 0;
	xorl	%ecx, %ecx	# paro_tmp__
.L73:
# /work/main/build/src/arch/x86/mm/tlb.c:630: 		this_cpu_write(cpu_tlbstate.ctxs[new_asid].ctx_id, next->context.ctx_id);
	movzwl	%cx, %esi	# paro_tmp__, _16
	movq	760(%rbx), %rdi	# next_44(D)->D.14378.context.ctx_id, next_44(D)->D.14378.context.ctx_id
	leal	2(%rsi), %eax	#, tmp219
	cltq
	salq	$4, %rax	#, _23
#APP
# 630 "/work/main/build/src/arch/x86/mm/tlb.c" 1
	movq %rdi, %gs:cpu_tlbstate(%rax)	# next_44(D)->D.14378.context.ctx_id, MEM[(long long unsigned int *)_17]
# 0 "" 2
# /work/main/build/src/arch/x86/mm/tlb.c:631: 		this_cpu_write(cpu_tlbstate.ctxs[new_asid].tlb_gen, next_tlb_gen);
# 631 "/work/main/build/src/arch/x86/mm/tlb.c" 1
	movq %rdx, %gs:cpu_tlbstate+8(%rax)	# next_tlb_gen, MEM[(long long unsigned int *)_29]
# 0 "" 2
# /work/main/build/src/arch/x86/mm/tlb.c:632: 		load_new_mm_cr3(next->pgd, new_asid, true);
#NO_APP
	movl	$1, %edx	#,
	movq	72(%rbx), %rdi	# next_44(D)->D.14378.pgd, next_44(D)->D.14378.pgd
	jmp	.L141	#
.L139:
# /work/main/build/src/arch/x86/mm/tlb.c:637: 		load_new_mm_cr3(next->pgd, new_asid, false);
	movq	72(%rbx), %rdi	# next_44(D)->D.14378.pgd, next_44(D)->D.14378.pgd
	xorl	%edx, %edx	#
.L141:
	call	load_new_mm_cr3	#
# /work/main/build/src/arch/x86/mm/tlb.c:643: 	barrier();
# /work/main/build/src/arch/x86/mm/tlb.c:645: 	this_cpu_write(cpu_tlbstate.loaded_mm, next);
#APP
# 645 "/work/main/build/src/arch/x86/mm/tlb.c" 1
	movq %rbx, %gs:cpu_tlbstate(%rip)	# next, cpu_tlbstate.loaded_mm
# 0 "" 2
# /work/main/build/src/arch/x86/mm/tlb.c:646: 	this_cpu_write(cpu_tlbstate.loaded_mm_asid, new_asid);
# 646 "/work/main/build/src/arch/x86/mm/tlb.c" 1
	movw %cx, %gs:cpu_tlbstate+16(%rip)	# paro_tmp__, cpu_tlbstate.loaded_mm_asid
# 0 "" 2
# /work/main/build/src/arch/x86/mm/tlb.c:648: 	if (next != real_prev) {
#NO_APP
	cmpq	%rbx, %rbp	# next, pfo_val__
	je	.L64	#,
# /work/main/build/src/arch/x86/mm/tlb.c:649: 		cr4_update_pce_mm(next);
	movq	%rbx, %rdi	# next,
	call	cr4_update_pce_mm	#
# /work/main/build/src/arch/x86/mm/tlb.c:650: 		switch_ldt(real_prev, next);
	movq	%rbx, %rsi	# next,
	movq	%rbp, %rdi	# pfo_val__,
# /work/main/build/src/arch/x86/mm/tlb.c:652: }
	popq	%rbx	#
	popq	%rbp	#
	popq	%r12	#
	popq	%r13	#
# /work/main/build/src/arch/x86/mm/tlb.c:650: 		switch_ldt(real_prev, next);
	jmp	switch_ldt	#
.L64:
# /work/main/build/src/arch/x86/mm/tlb.c:652: }
	popq	%rbx	#
	popq	%rbp	#
	popq	%r12	#
	popq	%r13	#
	ret	
	.size	switch_mm_irqs_off, .-switch_mm_irqs_off
	.globl	switch_mm
	.type	switch_mm, @function
switch_mm:
	pushq	%rbx	#
# /work/main/build/src/arch/x86/include/asm/irqflags.h:29: 	asm volatile("# __raw_save_flags\n\t"
#APP
# 29 "/work/main/build/src/arch/x86/include/asm/irqflags.h" 1
	# __raw_save_flags
	pushf ; pop %rbx	# flags
# 0 "" 2
# /work/main/build/src/arch/x86/include/asm/irqflags.h:40: 	asm volatile("cli": : :"memory");
# 40 "/work/main/build/src/arch/x86/include/asm/irqflags.h" 1
	cli	
# 0 "" 2
# /work/main/build/src/arch/x86/mm/tlb.c:324: 	switch_mm_irqs_off(prev, next, tsk);
#NO_APP
	call	switch_mm_irqs_off	#
# /work/main/build/src/arch/x86/include/asm/irqflags.h:137: 	if (!arch_irqs_disabled_flags(flags))
	btl	$9, %ebx	#, flags
	jnc	.L143	#,
# /work/main/build/src/arch/x86/include/asm/irqflags.h:45: 	asm volatile("sti": : :"memory");
#APP
# 45 "/work/main/build/src/arch/x86/include/asm/irqflags.h" 1
	sti	
# 0 "" 2
#NO_APP
.L143:
# /work/main/build/src/arch/x86/mm/tlb.c:326: }
	popq	%rbx	#
	ret	
	.size	switch_mm, .-switch_mm
	.globl	leave_mm
	.type	leave_mm, @function
leave_mm:
# /work/main/build/src/arch/x86/mm/tlb.c:298: 	struct mm_struct *loaded_mm = this_cpu_read(cpu_tlbstate.loaded_mm);
#APP
# 298 "/work/main/build/src/arch/x86/mm/tlb.c" 1
	movq %gs:cpu_tlbstate(%rip), %rax	# cpu_tlbstate.loaded_mm, pfo_val__
# 0 "" 2
# /work/main/build/src/arch/x86/mm/tlb.c:308: 	if (loaded_mm == &init_mm)
#NO_APP
	cmpq	$init_mm, %rax	#, pfo_val__
	je	.L149	#,
# /work/main/build/src/arch/x86/mm/tlb.c:312: 	WARN_ON(!this_cpu_read(cpu_tlbstate_shared.is_lazy));
#APP
# 312 "/work/main/build/src/arch/x86/mm/tlb.c" 1
	movb %gs:cpu_tlbstate_shared(%rip), %al	# cpu_tlbstate_shared.is_lazy, pfo_val__
# 0 "" 2
#NO_APP
	testb	%al, %al	# pfo_val__
	jne	.L151	#,
# /work/main/build/src/arch/x86/mm/tlb.c:312: 	WARN_ON(!this_cpu_read(cpu_tlbstate_shared.is_lazy));
#APP
# 312 "/work/main/build/src/arch/x86/mm/tlb.c" 1
	1:	.byte 0x0f, 0x0b
.pushsection __bug_table,"aw"
2:	.long 1b - .	# bug_entry::bug_addr
	.long .LC2 - .	# bug_entry::file	#
	.word 312	# bug_entry::line	#
	.word 2305	# bug_entry::flags	#
	.org 2b+12	#
.popsection
998:
	.pushsection .discard.reachable
	.long 998b - .
	.popsection
	
# 0 "" 2
#NO_APP
.L151:
# /work/main/build/src/arch/x86/mm/tlb.c:314: 	switch_mm(NULL, &init_mm, NULL);
	xorl	%edx, %edx	#
	movq	$init_mm, %rsi	#,
	xorl	%edi, %edi	#
	jmp	switch_mm	#
.L149:
# /work/main/build/src/arch/x86/mm/tlb.c:315: }
	ret	
	.size	leave_mm, .-leave_mm
	.type	flush_tlb_func, @function
flush_tlb_func:
# /work/main/build/src/arch/x86/mm/tlb.c:728: {
	movq	%rdi, %r8	# tmp152, info
# /work/main/build/src/arch/x86/mm/tlb.c:739: 	struct mm_struct *loaded_mm = this_cpu_read(cpu_tlbstate.loaded_mm);
#APP
# 739 "/work/main/build/src/arch/x86/mm/tlb.c" 1
	movq %gs:cpu_tlbstate(%rip), %rcx	# cpu_tlbstate.loaded_mm, pfo_val__
# 0 "" 2
# /work/main/build/src/arch/x86/mm/tlb.c:740: 	u32 loaded_mm_asid = this_cpu_read(cpu_tlbstate.loaded_mm_asid);
# 740 "/work/main/build/src/arch/x86/mm/tlb.c" 1
	movw %gs:cpu_tlbstate+16(%rip), %si	# cpu_tlbstate.loaded_mm_asid, pfo_val__
# 0 "" 2
# /work/main/build/src/arch/x86/mm/tlb.c:740: 	u32 loaded_mm_asid = this_cpu_read(cpu_tlbstate.loaded_mm_asid);
#NO_APP
	movzwl	%si, %eax	# pfo_val__,
	movq	%rax, %rsi	#,
# /work/main/build/src/arch/x86/mm/tlb.c:741: 	u64 local_tlb_gen = this_cpu_read(cpu_tlbstate.ctxs[loaded_mm_asid].tlb_gen);
	salq	$4, %rax	#, tmp124
#APP
# 741 "/work/main/build/src/arch/x86/mm/tlb.c" 1
	movq %gs:cpu_tlbstate+40(%rax), %rax	# cpu_tlbstate.ctxs[loaded_mm_asid_40].tlb_gen, pfo_val__
# 0 "" 2
# /work/main/build/src/arch/x86/mm/tlb.c:742: 	bool local = smp_processor_id() == f->initiating_cpu;
# 742 "/work/main/build/src/arch/x86/mm/tlb.c" 1
	movl %gs:cpu_number(%rip), %edx	# cpu_number, pfo_val__
# 0 "" 2
# /work/main/build/src/arch/x86/mm/tlb.c:749: 	if (!local) {
#NO_APP
	cmpl	%edx, 32(%rdi)	# pfo_val__, MEM[(const struct flush_tlb_info *)info_35(D)].initiating_cpu
	jne	.L153	#,
.L156:
# /work/main/build/src/arch/x86/mm/tlb.c:758: 	if (unlikely(loaded_mm == &init_mm))
	cmpq	$init_mm, %rcx	#, pfo_val__
	jne	.L185	#,
	ret	
.L153:
# /work/main/build/src/arch/x86/mm/tlb.c:750: 		inc_irq_stat(irq_tlb_count);
#APP
# 750 "/work/main/build/src/arch/x86/mm/tlb.c" 1
	incl %gs:irq_stat+52(%rip)	# irq_stat.irq_tlb_count
# 0 "" 2
# /work/main/build/src/arch/x86/mm/tlb.c:754: 		if (f->mm && f->mm != loaded_mm)
#NO_APP
	movq	(%rdi), %rdx	# MEM[(const struct flush_tlb_info *)info_35(D)].mm, _3
# /work/main/build/src/arch/x86/mm/tlb.c:754: 		if (f->mm && f->mm != loaded_mm)
	cmpq	%rcx, %rdx	# pfo_val__, _3
	je	.L156	#,
	testq	%rdx, %rdx	# _3
	jne	.L152	#,
	jmp	.L156	#
.L185:
# /work/main/build/src/arch/x86/mm/tlb.c:764: 	if (this_cpu_read(cpu_tlbstate_shared.is_lazy)) {
#APP
# 764 "/work/main/build/src/arch/x86/mm/tlb.c" 1
	movb %gs:cpu_tlbstate_shared(%rip), %dl	# cpu_tlbstate_shared.is_lazy, pfo_val__
# 0 "" 2
# /work/main/build/src/arch/x86/mm/tlb.c:764: 	if (this_cpu_read(cpu_tlbstate_shared.is_lazy)) {
#NO_APP
	testb	%dl, %dl	# pfo_val__
	je	.L158	#,
# /work/main/build/src/arch/x86/mm/tlb.c:774: 		switch_mm_irqs_off(NULL, &init_mm, NULL);
	xorl	%edx, %edx	#
	movq	$init_mm, %rsi	#,
	xorl	%edi, %edi	#
	jmp	switch_mm_irqs_off	#
.L158:
# /work/main/build/src/arch/x86/mm/tlb.c:778: 	if (unlikely(f->new_tlb_gen != TLB_GENERATION_INVALID &&
	movq	24(%r8), %rdx	# MEM[(const struct flush_tlb_info *)info_35(D)].new_tlb_gen, _7
# /work/main/build/src/arch/x86/mm/tlb.c:778: 	if (unlikely(f->new_tlb_gen != TLB_GENERATION_INVALID &&
	cmpq	%rdx, %rax	# _7, pfo_val__
	jb	.L166	#,
	testq	%rdx, %rdx	# _7
	jne	.L152	#,
.L166:
# /work/main/build/src/arch/x86/include/asm/atomic64_64.h:22: 	return __READ_ONCE((v)->counter);
	movq	768(%rcx), %r9	# MEM[(const volatile long long int *)_38 + 768B], mm_tlb_gen
# /work/main/build/src/arch/x86/mm/tlb.c:795: 	if (unlikely(local_tlb_gen == mm_tlb_gen)) {
	cmpq	%r9, %rax	# mm_tlb_gen, pfo_val__
	je	.L152	#,
# /work/main/build/src/arch/x86/mm/tlb.c:805: 	WARN_ON_ONCE(local_tlb_gen > mm_tlb_gen);
	cmpq	%rax, %r9	# pfo_val__, mm_tlb_gen
	jnb	.L160	#,
# /work/main/build/src/arch/x86/mm/tlb.c:805: 	WARN_ON_ONCE(local_tlb_gen > mm_tlb_gen);
#APP
# 805 "/work/main/build/src/arch/x86/mm/tlb.c" 1
	1:	.byte 0x0f, 0x0b
.pushsection __bug_table,"aw"
2:	.long 1b - .	# bug_entry::bug_addr
	.long .LC2 - .	# bug_entry::file	#
	.word 805	# bug_entry::line	#
	.word 2307	# bug_entry::flags	#
	.org 2b+12	#
.popsection
998:
	.pushsection .discard.reachable
	.long 998b - .
	.popsection
	
# 0 "" 2
#NO_APP
.L160:
# /work/main/build/src/arch/x86/mm/tlb.c:806: 	WARN_ON_ONCE(f->new_tlb_gen > mm_tlb_gen);
	cmpq	%rdx, %r9	# _7, mm_tlb_gen
	jnb	.L161	#,
# /work/main/build/src/arch/x86/mm/tlb.c:806: 	WARN_ON_ONCE(f->new_tlb_gen > mm_tlb_gen);
#APP
# 806 "/work/main/build/src/arch/x86/mm/tlb.c" 1
	1:	.byte 0x0f, 0x0b
.pushsection __bug_table,"aw"
2:	.long 1b - .	# bug_entry::bug_addr
	.long .LC2 - .	# bug_entry::file	#
	.word 806	# bug_entry::line	#
	.word 2307	# bug_entry::flags	#
	.org 2b+12	#
.popsection
998:
	.pushsection .discard.reachable
	.long 998b - .
	.popsection
	
# 0 "" 2
#NO_APP
	jmp	.L162	#
.L161:
# /work/main/build/src/arch/x86/mm/tlb.c:845: 	if (f->end != TLB_FLUSH_ALL &&
	cmpq	$-1, 16(%r8)	#, MEM[(const struct flush_tlb_info *)info_35(D)].end
	je	.L162	#,
# /work/main/build/src/arch/x86/mm/tlb.c:846: 	    f->new_tlb_gen == local_tlb_gen + 1 &&
	incq	%rax	# tmp139
# /work/main/build/src/arch/x86/mm/tlb.c:846: 	    f->new_tlb_gen == local_tlb_gen + 1 &&
	cmpq	%rdx, %rax	# _7, tmp139
	jne	.L162	#,
	cmpq	%r9, %rdx	# mm_tlb_gen, _7
	jne	.L162	#,
# /work/main/build/src/arch/x86/mm/tlb.c:849: 		unsigned long addr = f->start;
	movq	8(%r8), %rdi	# MEM[(const struct flush_tlb_info *)info_35(D)].start, addr
# /work/main/build/src/arch/x86/mm/tlb.c:861: 			addr += 1UL << f->stride_shift;
	movl	$1, %r10d	#, tmp151
.L163:
# /work/main/build/src/arch/x86/mm/tlb.c:859: 		while (addr < f->end) {
	cmpq	16(%r8), %rdi	# MEM[(const struct flush_tlb_info *)info_35(D)].end, addr
	jnb	.L165	#,
# /work/main/build/src/arch/x86/mm/tlb.c:1189: 	__flush_tlb_one_user(addr);
	call	native_flush_tlb_one_user	#
# /work/main/build/src/arch/x86/mm/tlb.c:861: 			addr += 1UL << f->stride_shift;
	movzbl	36(%r8), %ecx	# MEM[(const struct flush_tlb_info *)info_35(D)].stride_shift, MEM[(const struct flush_tlb_info *)info_35(D)].stride_shift
# /work/main/build/src/arch/x86/mm/tlb.c:861: 			addr += 1UL << f->stride_shift;
	movq	%r10, %rax	# tmp151, tmp145
	salq	%cl, %rax	# MEM[(const struct flush_tlb_info *)info_35(D)].stride_shift, tmp145
# /work/main/build/src/arch/x86/mm/tlb.c:861: 			addr += 1UL << f->stride_shift;
	addq	%rax, %rdi	# tmp145, addr
	jmp	.L163	#
.L162:
# /work/main/build/src/arch/x86/mm/tlb.c:1242: 	__flush_tlb_local();
	call	native_flush_tlb_local	#
.L165:
# /work/main/build/src/arch/x86/mm/tlb.c:875: 	this_cpu_write(cpu_tlbstate.ctxs[loaded_mm_asid].tlb_gen, mm_tlb_gen);
	addl	$2, %esi	#,
	salq	$4, %rsi	#, tmp149
#APP
# 875 "/work/main/build/src/arch/x86/mm/tlb.c" 1
	movq %r9, %gs:cpu_tlbstate+8(%rsi)	# mm_tlb_gen, MEM[(long long unsigned int *)_30]
# 0 "" 2
#NO_APP
.L152:
# /work/main/build/src/arch/x86/mm/tlb.c:883: }
	ret	
	.size	flush_tlb_func, .-flush_tlb_func
	.globl	enter_lazy_tlb
	.type	enter_lazy_tlb, @function
enter_lazy_tlb:
# /work/main/build/src/arch/x86/mm/tlb.c:669: 	if (this_cpu_read(cpu_tlbstate.loaded_mm) == &init_mm)
#APP
# 669 "/work/main/build/src/arch/x86/mm/tlb.c" 1
	movq %gs:cpu_tlbstate(%rip), %rax	# cpu_tlbstate.loaded_mm, pfo_val__
# 0 "" 2
# /work/main/build/src/arch/x86/mm/tlb.c:669: 	if (this_cpu_read(cpu_tlbstate.loaded_mm) == &init_mm)
#NO_APP
	cmpq	$init_mm, %rax	#, pfo_val__
	je	.L186	#,
# /work/main/build/src/arch/x86/mm/tlb.c:672: 	this_cpu_write(cpu_tlbstate_shared.is_lazy, true);
#APP
# 672 "/work/main/build/src/arch/x86/mm/tlb.c" 1
	movb $1, %gs:cpu_tlbstate_shared(%rip)	#, cpu_tlbstate_shared.is_lazy
# 0 "" 2
#NO_APP
.L186:
# /work/main/build/src/arch/x86/mm/tlb.c:673: }
	ret	
	.size	enter_lazy_tlb, .-enter_lazy_tlb
	.globl	initialize_tlbstate_and_flush
	.type	initialize_tlbstate_and_flush, @function
initialize_tlbstate_and_flush:
	pushq	%rbp	#
	pushq	%rbx	#
# /work/main/build/src/arch/x86/mm/tlb.c:691: 	struct mm_struct *mm = this_cpu_read(cpu_tlbstate.loaded_mm);
#APP
# 691 "/work/main/build/src/arch/x86/mm/tlb.c" 1
	movq %gs:cpu_tlbstate(%rip), %rbx	# cpu_tlbstate.loaded_mm, pfo_val__
# 0 "" 2
# /work/main/build/src/arch/x86/include/asm/atomic64_64.h:22: 	return __READ_ONCE((v)->counter);
#NO_APP
	movq	init_mm+768(%rip), %rbp	# MEM[(const volatile long long int *)&init_mm + 768B], tlb_gen
# /work/main/build/src/arch/x86/include/asm/special_insns.h:48: 	asm volatile("mov %%cr3,%0\n\t" : "=r" (val) : __FORCE_ORDER);
#APP
# 48 "/work/main/build/src/arch/x86/include/asm/special_insns.h" 1
	mov %cr3,%rcx	# val
	
# 0 "" 2
# /work/main/build/src/arch/x86/mm/tlb.c:696: 	WARN_ON((cr3 & CR3_ADDR_MASK) != __pa(mm->pgd));
#NO_APP
	movabsq	$9223372036854771712, %rax	#, tmp110
# /work/main/build/src/arch/x86/include/asm/page_64.h:27: 	x = y + ((x > y) ? phys_base : (__START_KERNEL_map - PAGE_OFFSET));
	movq	phys_base(%rip), %rdx	# phys_base, iftmp.33_37
# /work/main/build/src/arch/x86/mm/tlb.c:696: 	WARN_ON((cr3 & CR3_ADDR_MASK) != __pa(mm->pgd));
	andq	%rax, %rcx	# tmp110, _1
	movl	$2147483648, %eax	#, tmp112
	addq	72(%rbx), %rax	# _21->D.14378.pgd, tmp111
	jc	.L195	#,
# /work/main/build/src/arch/x86/include/asm/page_64.h:27: 	x = y + ((x > y) ? phys_base : (__START_KERNEL_map - PAGE_OFFSET));
	movq	$-2147483648, %rdx	#, tmp114
	subq	page_offset_base(%rip), %rdx	# page_offset_base, iftmp.33_37
.L195:
# /work/main/build/src/arch/x86/include/asm/page_64.h:27: 	x = y + ((x > y) ? phys_base : (__START_KERNEL_map - PAGE_OFFSET));
	addq	%rdx, %rax	# iftmp.33_37, x
# /work/main/build/src/arch/x86/mm/tlb.c:696: 	WARN_ON((cr3 & CR3_ADDR_MASK) != __pa(mm->pgd));
	cmpq	%rax, %rcx	# x, _1
	je	.L196	#,
# /work/main/build/src/arch/x86/mm/tlb.c:696: 	WARN_ON((cr3 & CR3_ADDR_MASK) != __pa(mm->pgd));
#APP
# 696 "/work/main/build/src/arch/x86/mm/tlb.c" 1
	1:	.byte 0x0f, 0x0b
.pushsection __bug_table,"aw"
2:	.long 1b - .	# bug_entry::bug_addr
	.long .LC2 - .	# bug_entry::file	#
	.word 696	# bug_entry::line	#
	.word 2305	# bug_entry::flags	#
	.org 2b+12	#
.popsection
998:
	.pushsection .discard.reachable
	.long 998b - .
	.popsection
	
# 0 "" 2
#NO_APP
.L196:
# /work/main/build/src/arch/x86/include/asm/bitops.h:207: 		(addr[nr >> _BITOPS_LONG_SHIFT])) != 0;
	movq	boot_cpu_data+56(%rip), %rax	# MEM[(const volatile long unsigned int *)&boot_cpu_data + 56B], _39
# /work/main/build/src/arch/x86/mm/tlb.c:703: 	WARN_ON(boot_cpu_has(X86_FEATURE_PCID) &&
	btl	$17, %eax	#, _39
	jnc	.L198	#,
# /work/main/build/src/arch/x86/mm/tlb.c:703: 	WARN_ON(boot_cpu_has(X86_FEATURE_PCID) &&
	call	cr4_read_shadow	#
	btl	$17, %eax	#, tmp144
	jc	.L198	#,
# /work/main/build/src/arch/x86/mm/tlb.c:703: 	WARN_ON(boot_cpu_has(X86_FEATURE_PCID) &&
#APP
# 703 "/work/main/build/src/arch/x86/mm/tlb.c" 1
	1:	.byte 0x0f, 0x0b
.pushsection __bug_table,"aw"
2:	.long 1b - .	# bug_entry::bug_addr
	.long .LC2 - .	# bug_entry::file	#
	.word 703	# bug_entry::line	#
	.word 2305	# bug_entry::flags	#
	.org 2b+12	#
.popsection
998:
	.pushsection .discard.reachable
	.long 998b - .
	.popsection
	
# 0 "" 2
#NO_APP
.L198:
# /work/main/build/src/arch/x86/mm/tlb.c:707: 	write_cr3(build_cr3(mm->pgd, 0));
	movq	72(%rbx), %rdi	# _21->D.14378.pgd, _21->D.14378.pgd
	xorl	%esi, %esi	#
	call	build_cr3	#
# /work/main/build/src/arch/x86/include/asm/special_insns.h:54: 	asm volatile("mov %0,%%cr3": : "r" (val) : "memory");
#APP
# 54 "/work/main/build/src/arch/x86/include/asm/special_insns.h" 1
	mov %rax,%cr3	# tmp145
# 0 "" 2
# /work/main/build/src/arch/x86/mm/tlb.c:710: 	this_cpu_write(cpu_tlbstate.last_user_mm_spec, LAST_USER_MM_INIT);
# 710 "/work/main/build/src/arch/x86/mm/tlb.c" 1
	movq $1, %gs:cpu_tlbstate+8(%rip)	#, cpu_tlbstate.D.40237.last_user_mm_spec
# 0 "" 2
# /work/main/build/src/arch/x86/mm/tlb.c:711: 	this_cpu_write(cpu_tlbstate.loaded_mm_asid, 0);
# 711 "/work/main/build/src/arch/x86/mm/tlb.c" 1
	movw $0, %gs:cpu_tlbstate+16(%rip)	#, cpu_tlbstate.loaded_mm_asid
# 0 "" 2
# /work/main/build/src/arch/x86/mm/tlb.c:712: 	this_cpu_write(cpu_tlbstate.next_asid, 1);
# 712 "/work/main/build/src/arch/x86/mm/tlb.c" 1
	movw $1, %gs:cpu_tlbstate+18(%rip)	#, cpu_tlbstate.next_asid
# 0 "" 2
# /work/main/build/src/arch/x86/mm/tlb.c:713: 	this_cpu_write(cpu_tlbstate.ctxs[0].ctx_id, mm->context.ctx_id);
#NO_APP
	movq	760(%rbx), %rax	# _21->D.14378.context.ctx_id, _21->D.14378.context.ctx_id
#APP
# 713 "/work/main/build/src/arch/x86/mm/tlb.c" 1
	movq %rax, %gs:cpu_tlbstate+32(%rip)	# _21->D.14378.context.ctx_id, cpu_tlbstate.ctxs[0].ctx_id
# 0 "" 2
# /work/main/build/src/arch/x86/mm/tlb.c:714: 	this_cpu_write(cpu_tlbstate.ctxs[0].tlb_gen, tlb_gen);
# 714 "/work/main/build/src/arch/x86/mm/tlb.c" 1
	movq %rbp, %gs:cpu_tlbstate+40(%rip)	# tlb_gen, cpu_tlbstate.ctxs[0].tlb_gen
# 0 "" 2
# /work/main/build/src/arch/x86/mm/tlb.c:717: 		this_cpu_write(cpu_tlbstate.ctxs[i].ctx_id, 0);
# 717 "/work/main/build/src/arch/x86/mm/tlb.c" 1
	movq $0, %gs:cpu_tlbstate+48(%rip)	#, MEM[(long long unsigned int *)&cpu_tlbstate + 48B]
# 0 "" 2
# 717 "/work/main/build/src/arch/x86/mm/tlb.c" 1
	movq $0, %gs:cpu_tlbstate+64(%rip)	#, MEM[(long long unsigned int *)&cpu_tlbstate + 64B]
# 0 "" 2
# 717 "/work/main/build/src/arch/x86/mm/tlb.c" 1
	movq $0, %gs:cpu_tlbstate+80(%rip)	#, MEM[(long long unsigned int *)&cpu_tlbstate + 80B]
# 0 "" 2
# 717 "/work/main/build/src/arch/x86/mm/tlb.c" 1
	movq $0, %gs:cpu_tlbstate+96(%rip)	#, MEM[(long long unsigned int *)&cpu_tlbstate + 96B]
# 0 "" 2
# 717 "/work/main/build/src/arch/x86/mm/tlb.c" 1
	movq $0, %gs:cpu_tlbstate+112(%rip)	#, MEM[(long long unsigned int *)&cpu_tlbstate + 112B]
# 0 "" 2
# /work/main/build/src/arch/x86/mm/tlb.c:718: }
#NO_APP
	popq	%rbx	#
	popq	%rbp	#
	ret	
	.size	initialize_tlbstate_and_flush, .-initialize_tlbstate_and_flush
	.globl	flush_tlb_multi
	.type	flush_tlb_multi, @function
flush_tlb_multi:
# /work/main/build/src/arch/x86/mm/tlb.c:970: 	__flush_tlb_multi(cpumask, info);
	jmp	native_flush_tlb_multi	#
	.size	flush_tlb_multi, .-flush_tlb_multi
	.globl	flush_tlb_mm_range
	.type	flush_tlb_mm_range, @function
flush_tlb_mm_range:
	pushq	%r12	#
	movq	%rdx, %rax	# tmp139, end
	pushq	%rbp	#
	movq	%rdi, %rbp	# tmp137, mm
	pushq	%rbx	#
	pushq	%r9	#
# /work/main/build/src/arch/x86/mm/tlb.c:1036: 	cpu = get_cpu();
#APP
# 1036 "/work/main/build/src/arch/x86/mm/tlb.c" 1
	movl %gs:cpu_number(%rip), %edi	# cpu_number, pfo_val__
# 0 "" 2
# /work/main/build/src/arch/x86/mm/tlb.c:1039: 	if ((end == TLB_FLUSH_ALL) ||
#NO_APP
	incq	%rdx	# end
	je	.L207	#,
# /work/main/build/src/arch/x86/mm/tlb.c:1040: 	    ((end - start) >> stride_shift) > tlb_single_page_flush_ceiling) {
	movq	%rax, %rdx	# end, tmp116
	subq	%rsi, %rdx	# start, tmp116
# /work/main/build/src/arch/x86/mm/tlb.c:1040: 	    ((end - start) >> stride_shift) > tlb_single_page_flush_ceiling) {
	shrq	%cl, %rdx	# stride_shift, tmp117
# /work/main/build/src/arch/x86/mm/tlb.c:1042: 		end = TLB_FLUSH_ALL;
	cmpq	%rdx, tlb_single_page_flush_ceiling(%rip)	# tmp117, tlb_single_page_flush_ceiling
	movq	$-1, %rdx	#, tmp135
	cmovb	%rdx, %rax	# end,, tmp135, end
	movl	$0, %edx	#, tmp136
	cmovb	%rdx, %rsi	# start,, tmp136, start
	jmp	.L203	#
.L207:
# /work/main/build/src/arch/x86/mm/tlb.c:1041: 		start = 0;
	xorl	%esi, %esi	# start
.L203:
# /work/main/build/src/arch/x86/include/asm/atomic64_64.h:160: 	return i + xadd(&v->counter, i);
	movl	$1, %edx	#, __ret
#APP
# 160 "/work/main/build/src/arch/x86/include/asm/atomic64_64.h" 1
	.pushsection .smp_locks,"a"
.balign 4
.long 671f - .
.popsection
671:
	lock; xaddq %rdx, 768(%rbp)	# __ret, _41->counter

# 0 "" 2
# /work/main/build/src/arch/x86/include/asm/atomic64_64.h:160: 	return i + xadd(&v->counter, i);
#NO_APP
	incq	%rdx	# tmp122
# /work/main/build/src/arch/x86/mm/tlb.c:996: 	struct flush_tlb_info *info = this_cpu_ptr(&flush_tlb_info);
	movq	$flush_tlb_info, %rbx	#, tcp_ptr__
# /work/main/build/src/include/linux/mm_types.h:764: 	return (struct cpumask *)&mm->cpu_bitmap;
	leaq	960(%rbp), %r12	#, _31
# /work/main/build/src/arch/x86/mm/tlb.c:996: 	struct flush_tlb_info *info = this_cpu_ptr(&flush_tlb_info);
#APP
# 996 "/work/main/build/src/arch/x86/mm/tlb.c" 1
	add %gs:this_cpu_off(%rip), %rbx	# this_cpu_off, tcp_ptr__
# 0 "" 2
# /work/main/build/src/arch/x86/mm/tlb.c:1007: 	info->start		= start;
#NO_APP
	movq	%rsi, 8(%rbx)	# start, _37->start
# /work/main/build/src/arch/x86/mm/tlb.c:1056: 	if (cpumask_any_but(mm_cpumask(mm), cpu) < nr_cpu_ids) {
	movl	%edi, %esi	# pfo_val__,
	movq	%r12, %rdi	# _31,
# /work/main/build/src/arch/x86/mm/tlb.c:1008: 	info->end		= end;
	movq	%rax, 16(%rbx)	# end, _37->end
# /work/main/build/src/arch/x86/mm/tlb.c:1009: 	info->mm		= mm;
	movq	%rbp, (%rbx)	# mm, _37->mm
# /work/main/build/src/arch/x86/mm/tlb.c:1013: 	info->initiating_cpu	= smp_processor_id();
#APP
# 1013 "/work/main/build/src/arch/x86/mm/tlb.c" 1
	movl %gs:cpu_number(%rip), %eax	# cpu_number, pfo_val__
# 0 "" 2
# /work/main/build/src/arch/x86/mm/tlb.c:1010: 	info->stride_shift	= stride_shift;
#NO_APP
	movb	%cl, 36(%rbx)	# stride_shift, _37->stride_shift
# /work/main/build/src/arch/x86/mm/tlb.c:1011: 	info->freed_tables	= freed_tables;
	movb	%r8b, 37(%rbx)	# freed_tables, _37->freed_tables
# /work/main/build/src/arch/x86/include/asm/atomic64_64.h:160: 	return i + xadd(&v->counter, i);
	movq	%rdx, 24(%rbx)	# tmp122, _37->new_tlb_gen
# /work/main/build/src/arch/x86/mm/tlb.c:1013: 	info->initiating_cpu	= smp_processor_id();
	movl	%eax, 32(%rbx)	# pfo_val__, _37->initiating_cpu
# /work/main/build/src/arch/x86/mm/tlb.c:1014: 	info->trim_cpumask	= 0;
	movb	$0, 38(%rbx)	#, _37->trim_cpumask
# /work/main/build/src/arch/x86/mm/tlb.c:1056: 	if (cpumask_any_but(mm_cpumask(mm), cpu) < nr_cpu_ids) {
	call	cpumask_any_but	#
# /work/main/build/src/arch/x86/mm/tlb.c:1056: 	if (cpumask_any_but(mm_cpumask(mm), cpu) < nr_cpu_ids) {
	cmpl	nr_cpu_ids(%rip), %eax	# nr_cpu_ids, tmp142
	jnb	.L204	#,
# /work/main/build/src/arch/x86/mm/tlb.c:925: 	if (time_after(jiffies, READ_ONCE(mm->context.next_trim_cpumask))) {
	xorl	%edx, %edx	#
# /work/main/build/src/arch/x86/mm/tlb.c:929: 	return false;
	xorl	%eax, %eax	# _52
# /work/main/build/src/arch/x86/mm/tlb.c:925: 	if (time_after(jiffies, READ_ONCE(mm->context.next_trim_cpumask))) {
	movq	%rdx, (%rsp)	#, __dummy2
	movq	776(%rbp), %rcx	# MEM[(const volatile long unsigned int *)mm_19(D) + 776B], _46
	movq	jiffies(%rip), %rdx	# jiffies, jiffies.46_47
	cmpq	%rdx, %rcx	# jiffies.46_47, _46
	jns	.L205	#,
# /work/main/build/src/arch/x86/mm/tlb.c:926: 		WRITE_ONCE(mm->context.next_trim_cpumask, jiffies + HZ);
	movq	jiffies(%rip), %rax	# jiffies, jiffies.47_50
	addq	$250, %rax	#, _51
	movq	%rax, 776(%rbp)	# _51, MEM[(volatile long unsigned int *)mm_19(D) + 776B]
# /work/main/build/src/arch/x86/mm/tlb.c:927: 		return true;
	movb	$1, %al	#, _52
.L205:
# /work/main/build/src/arch/x86/mm/tlb.c:1057: 		info->trim_cpumask = should_trim_cpumask(mm);
	movb	%al, 38(%rbx)	# _52, _37->trim_cpumask
# /work/main/build/src/arch/x86/mm/tlb.c:970: 	__flush_tlb_multi(cpumask, info);
	movq	%rbx, %rsi	# tcp_ptr__,
	movq	%r12, %rdi	# _31,
	call	native_flush_tlb_multi	#
# /work/main/build/src/arch/x86/mm/tlb.c:971: }
	jmp	.L206	#
.L204:
# /work/main/build/src/arch/x86/mm/tlb.c:1059: 	} else if (mm == this_cpu_read(cpu_tlbstate.loaded_mm)) {
#APP
# 1059 "/work/main/build/src/arch/x86/mm/tlb.c" 1
	movq %gs:cpu_tlbstate(%rip), %rax	# cpu_tlbstate.loaded_mm, pfo_val__
# 0 "" 2
# /work/main/build/src/arch/x86/mm/tlb.c:1059: 	} else if (mm == this_cpu_read(cpu_tlbstate.loaded_mm)) {
#NO_APP
	cmpq	%rax, %rbp	# pfo_val__, mm
	jne	.L206	#,
# /work/main/build/src/arch/x86/include/asm/irqflags.h:40: 	asm volatile("cli": : :"memory");
#APP
# 40 "/work/main/build/src/arch/x86/include/asm/irqflags.h" 1
	cli	
# 0 "" 2
# /work/main/build/src/arch/x86/mm/tlb.c:1062: 		flush_tlb_func(info);
#NO_APP
	movq	%rbx, %rdi	# tcp_ptr__,
	call	flush_tlb_func	#
# /work/main/build/src/arch/x86/include/asm/irqflags.h:45: 	asm volatile("sti": : :"memory");
#APP
# 45 "/work/main/build/src/arch/x86/include/asm/irqflags.h" 1
	sti	
# 0 "" 2
#NO_APP
.L206:
# /work/main/build/src/arch/x86/mm/tlb.c:1067: 	put_cpu();
# /work/main/build/src/arch/x86/mm/tlb.c:1068: }
	popq	%rax	#
	popq	%rbx	#
	popq	%rbp	#
	popq	%r12	#
	ret	
	.size	flush_tlb_mm_range, .-flush_tlb_mm_range
	.globl	flush_tlb_all
	.type	flush_tlb_all, @function
flush_tlb_all:
# /work/main/build/src/include/linux/smp.h:71: 	on_each_cpu_cond_mask(NULL, func, info, wait, cpu_online_mask);
	movq	$__cpu_online_mask, %r8	#,
	movl	$1, %ecx	#,
	xorl	%edx, %edx	#
	xorl	%edi, %edi	#
	movq	$do_flush_tlb_all, %rsi	#,
	jmp	on_each_cpu_cond_mask	#
	.size	flush_tlb_all, .-flush_tlb_all
	.globl	flush_tlb_kernel_range
	.type	flush_tlb_kernel_range, @function
flush_tlb_kernel_range:
# /work/main/build/src/arch/x86/mm/tlb.c:1096: 	if (end == TLB_FLUSH_ALL ||
	cmpq	$-1, %rsi	#, end
	je	.L212	#,
# /work/main/build/src/arch/x86/mm/tlb.c:1097: 	    (end - start) > tlb_single_page_flush_ceiling << PAGE_SHIFT) {
	movq	tlb_single_page_flush_ceiling(%rip), %rax	# tlb_single_page_flush_ceiling, tmp91
# /work/main/build/src/arch/x86/mm/tlb.c:1097: 	    (end - start) > tlb_single_page_flush_ceiling << PAGE_SHIFT) {
	movq	%rsi, %rdx	# end, tmp90
	subq	%rdi, %rdx	# start, tmp90
# /work/main/build/src/arch/x86/mm/tlb.c:1097: 	    (end - start) > tlb_single_page_flush_ceiling << PAGE_SHIFT) {
	salq	$12, %rax	#, tmp91
# /work/main/build/src/arch/x86/mm/tlb.c:1096: 	if (end == TLB_FLUSH_ALL ||
	cmpq	%rdx, %rax	# tmp90, tmp91
	jnb	.L213	#,
.L212:
# /work/main/build/src/include/linux/smp.h:71: 	on_each_cpu_cond_mask(NULL, func, info, wait, cpu_online_mask);
	movq	$__cpu_online_mask, %r8	#,
	movl	$1, %ecx	#,
	xorl	%edx, %edx	#
	xorl	%edi, %edi	#
	movq	$do_flush_tlb_all, %rsi	#,
	jmp	on_each_cpu_cond_mask	#
.L213:
# /work/main/build/src/arch/x86/mm/tlb.c:1102: 		preempt_disable();
# /work/main/build/src/arch/x86/mm/tlb.c:1009: 	info->mm		= mm;
	xorl	%eax, %eax	#
# /work/main/build/src/arch/x86/mm/tlb.c:1012: 	info->new_tlb_gen	= new_tlb_gen;
	xorl	%ecx, %ecx	#
# /work/main/build/src/arch/x86/mm/tlb.c:996: 	struct flush_tlb_info *info = this_cpu_ptr(&flush_tlb_info);
	movq	$flush_tlb_info, %rdx	#, tcp_ptr__
# /work/main/build/src/include/linux/smp.h:71: 	on_each_cpu_cond_mask(NULL, func, info, wait, cpu_online_mask);
	movq	$__cpu_online_mask, %r8	#,
# /work/main/build/src/arch/x86/mm/tlb.c:996: 	struct flush_tlb_info *info = this_cpu_ptr(&flush_tlb_info);
#APP
# 996 "/work/main/build/src/arch/x86/mm/tlb.c" 1
	add %gs:this_cpu_off(%rip), %rdx	# this_cpu_off, tcp_ptr__
# 0 "" 2
# /work/main/build/src/arch/x86/mm/tlb.c:1007: 	info->start		= start;
#NO_APP
	movq	%rdi, 8(%rdx)	# start, _19->start
# /work/main/build/src/include/linux/smp.h:71: 	on_each_cpu_cond_mask(NULL, func, info, wait, cpu_online_mask);
	xorl	%edi, %edi	#
# /work/main/build/src/arch/x86/mm/tlb.c:1008: 	info->end		= end;
	movq	%rsi, 16(%rdx)	# end, _19->end
# /work/main/build/src/include/linux/smp.h:71: 	on_each_cpu_cond_mask(NULL, func, info, wait, cpu_online_mask);
	movq	$do_kernel_range_flush, %rsi	#,
# /work/main/build/src/arch/x86/mm/tlb.c:1009: 	info->mm		= mm;
	movq	%rax, (%rdx)	#, _19->mm
# /work/main/build/src/arch/x86/mm/tlb.c:1012: 	info->new_tlb_gen	= new_tlb_gen;
	movq	%rcx, 24(%rdx)	#, _19->new_tlb_gen
# /work/main/build/src/include/linux/smp.h:71: 	on_each_cpu_cond_mask(NULL, func, info, wait, cpu_online_mask);
	movl	$1, %ecx	#,
# /work/main/build/src/arch/x86/mm/tlb.c:1013: 	info->initiating_cpu	= smp_processor_id();
#APP
# 1013 "/work/main/build/src/arch/x86/mm/tlb.c" 1
	movl %gs:cpu_number(%rip), %eax	# cpu_number, pfo_val__
# 0 "" 2
# /work/main/build/src/arch/x86/mm/tlb.c:1010: 	info->stride_shift	= stride_shift;
#NO_APP
	movw	$0, 36(%rdx)	#, MEM <unsigned short> [(unsigned char *)_19 + 36B]
# /work/main/build/src/arch/x86/mm/tlb.c:1013: 	info->initiating_cpu	= smp_processor_id();
	movl	%eax, 32(%rdx)	# pfo_val__, _19->initiating_cpu
# /work/main/build/src/arch/x86/mm/tlb.c:1014: 	info->trim_cpumask	= 0;
	movb	$0, 38(%rdx)	#, _19->trim_cpumask
# /work/main/build/src/include/linux/smp.h:71: 	on_each_cpu_cond_mask(NULL, func, info, wait, cpu_online_mask);
	call	on_each_cpu_cond_mask	#
# /work/main/build/src/arch/x86/mm/tlb.c:1109: 		preempt_enable();
# /work/main/build/src/arch/x86/mm/tlb.c:1111: }
	ret	
	.size	flush_tlb_kernel_range, .-flush_tlb_kernel_range
	.globl	__get_current_cr3_fast
	.type	__get_current_cr3_fast, @function
__get_current_cr3_fast:
# /work/main/build/src/arch/x86/mm/tlb.c:1123: 		this_cpu_read(cpu_tlbstate.loaded_mm_asid));
#APP
# 1123 "/work/main/build/src/arch/x86/mm/tlb.c" 1
	movw %gs:cpu_tlbstate+16(%rip), %si	# cpu_tlbstate.loaded_mm_asid, pfo_val__
# 0 "" 2
# /work/main/build/src/arch/x86/mm/tlb.c:1122: 	unsigned long cr3 = build_cr3(this_cpu_read(cpu_tlbstate.loaded_mm)->pgd,
# 1122 "/work/main/build/src/arch/x86/mm/tlb.c" 1
	movq %gs:cpu_tlbstate(%rip), %rax	# cpu_tlbstate.loaded_mm, pfo_val__
# 0 "" 2
# /work/main/build/src/arch/x86/mm/tlb.c:1122: 	unsigned long cr3 = build_cr3(this_cpu_read(cpu_tlbstate.loaded_mm)->pgd,
#NO_APP
	movq	72(%rax), %rdi	# _6->D.14378.pgd, _6->D.14378.pgd
	movzwl	%si, %esi	# pfo_val__, pfo_val__
	jmp	build_cr3	#
	.size	__get_current_cr3_fast, .-__get_current_cr3_fast
	.globl	flush_tlb_one_kernel
	.type	flush_tlb_one_kernel, @function
flush_tlb_one_kernel:
# /work/main/build/src/arch/x86/mm/tlb.c:1189: 	__flush_tlb_one_user(addr);
	call	native_flush_tlb_one_user	#
# /work/main/build/src/arch/x86/include/asm/cpufeature.h:180: 	asm goto(
#APP
# 180 "/work/main/build/src/arch/x86/include/asm/cpufeature.h" 1
	# ALT: oldinstr2
661:
	jmp 6f
662:
# ALT: padding2
.skip -((((6651f-6641f) ^ (((6651f-6641f) ^ (6652f-6642f)) & -(-((6651f-6641f) < (6652f-6642f))))) - (662b-661b)) > 0) * (((6651f-6641f) ^ (((6651f-6641f) ^ (6652f-6642f)) & -(-((6651f-6641f) < (6652f-6642f))))) - (662b-661b)), 0x90
663:
.pushsection .altinstructions,"a"
 .long 661b - .
 .long 6641f - .
 .word ( 3*32+21)
 .byte 663b-661b
 .byte 6651f-6641f
 .long 661b - .
 .long 6642f - .
 .word 235	#
 .byte 663b-661b
 .byte 6652f-6642f
.popsection
.pushsection .altinstr_replacement, "ax"
# ALT: replacement 1
6641:
	jmp .L218	#
6651:
# ALT: replacement 2
6642:
	
6652:
.popsection
.pushsection .altinstr_aux,"ax"
6:
 testb $8,boot_cpu_data+69 (% rip)	#,
 jnz .L219	#
 jmp .L218	#
.popsection

# 0 "" 2
#NO_APP
.L219:
# /work/main/build/src/arch/x86/mm/tlb.c:1162: 	this_cpu_write(cpu_tlbstate.invalidate_other, true);
#APP
# 1162 "/work/main/build/src/arch/x86/mm/tlb.c" 1
	movb $1, %gs:cpu_tlbstate+20(%rip)	#, cpu_tlbstate.invalidate_other
# 0 "" 2
.L220:
#NO_APP
.L218:
# /work/main/build/src/arch/x86/mm/tlb.c:1163: }
	ret	
	.size	flush_tlb_one_kernel, .-flush_tlb_one_kernel
	.type	do_kernel_range_flush, @function
do_kernel_range_flush:
# /work/main/build/src/arch/x86/mm/tlb.c:1089: 	for (addr = f->start; addr < f->end; addr += PAGE_SIZE)
	movq	8(%rdi), %rsi	# MEM[(struct flush_tlb_info *)info_4(D)].start, addr
# /work/main/build/src/arch/x86/mm/tlb.c:1084: {
	movq	%rdi, %rcx	# tmp85, info
.L223:
# /work/main/build/src/arch/x86/mm/tlb.c:1089: 	for (addr = f->start; addr < f->end; addr += PAGE_SIZE)
	cmpq	16(%rcx), %rsi	# MEM[(struct flush_tlb_info *)info_4(D)].end, addr
	jnb	.L225	#,
# /work/main/build/src/arch/x86/mm/tlb.c:1090: 		flush_tlb_one_kernel(addr);
	movq	%rsi, %rdi	# addr,
# /work/main/build/src/arch/x86/mm/tlb.c:1089: 	for (addr = f->start; addr < f->end; addr += PAGE_SIZE)
	addq	$4096, %rsi	#, addr
# /work/main/build/src/arch/x86/mm/tlb.c:1090: 		flush_tlb_one_kernel(addr);
	call	flush_tlb_one_kernel	#
	jmp	.L223	#
.L225:
# /work/main/build/src/arch/x86/mm/tlb.c:1091: }
	ret	
	.size	do_kernel_range_flush, .-do_kernel_range_flush
	.globl	flush_tlb_one_user
	.type	flush_tlb_one_user, @function
flush_tlb_one_user:
# /work/main/build/src/arch/x86/mm/tlb.c:1189: 	__flush_tlb_one_user(addr);
	jmp	native_flush_tlb_one_user	#
	.size	flush_tlb_one_user, .-flush_tlb_one_user
	.globl	flush_tlb_local
	.type	flush_tlb_local, @function
flush_tlb_local:
# /work/main/build/src/arch/x86/mm/tlb.c:1242: 	__flush_tlb_local();
	jmp	native_flush_tlb_local	#
	.size	flush_tlb_local, .-flush_tlb_local
	.globl	__flush_tlb_all
	.type	__flush_tlb_all, @function
__flush_tlb_all:
# /work/main/build/src/arch/x86/include/asm/bitops.h:207: 		(addr[nr >> _BITOPS_LONG_SHIFT])) != 0;
	movq	boot_cpu_data+40(%rip), %rax	# MEM[(const volatile long unsigned int *)&boot_cpu_data + 40B], _4
# /work/main/build/src/arch/x86/mm/tlb.c:1256: 	if (boot_cpu_has(X86_FEATURE_PGE)) {
	btl	$13, %eax	#, _4
	jnc	.L229	#,
# /work/main/build/src/arch/x86/mm/tlb.c:1249: {
	pushq	%rbp	#
	movq	%rsp, %rbp	#,
	pushq	%r12	#
	pushq	%rbx	#
	andq	$-16, %rsp	#,
	subq	$16, %rsp	#,
# /work/main/build/src/arch/x86/include/asm/cpufeature.h:180: 	asm goto(
#APP
# 180 "/work/main/build/src/arch/x86/include/asm/cpufeature.h" 1
	# ALT: oldinstr2
661:
	jmp 6f
662:
# ALT: padding2
.skip -((((6651f-6641f) ^ (((6651f-6641f) ^ (6652f-6642f)) & -(-((6651f-6641f) < (6652f-6642f))))) - (662b-661b)) > 0) * (((6651f-6641f) ^ (((6651f-6641f) ^ (6652f-6642f)) & -(-((6651f-6641f) < (6652f-6642f))))) - (662b-661b)), 0x90
663:
.pushsection .altinstructions,"a"
 .long 661b - .
 .long 6641f - .
 .word ( 3*32+21)
 .byte 663b-661b
 .byte 6651f-6641f
 .long 661b - .
 .long 6642f - .
 .word 298	#
 .byte 663b-661b
 .byte 6652f-6642f
.popsection
.pushsection .altinstr_replacement, "ax"
# ALT: replacement 1
6641:
	jmp .L231	#
6651:
# ALT: replacement 2
6642:
	
6652:
.popsection
.pushsection .altinstr_aux,"ax"
6:
 testb $4,boot_cpu_data+77 (% rip)	#,
 jnz .L230	#
 jmp .L231	#
.popsection

# 0 "" 2
#NO_APP
.L230:
# /work/main/build/src/arch/x86/include/asm/invpcid.h:8: 	struct { u64 d[2]; } desc = { { pcid, addr } };
	xorl	%eax, %eax	#
	movq	%rax, (%rsp)	#, desc.d[0]
	movq	%rax, 8(%rsp)	#, desc.d[1]
# /work/main/build/src/arch/x86/include/asm/invpcid.h:16: 	asm volatile("invpcid %[desc], %[type]"
	movl	$2, %eax	#, tmp92
#APP
# 16 "/work/main/build/src/arch/x86/include/asm/invpcid.h" 1
	invpcid (%rsp), %rax	# desc, tmp92
# 0 "" 2
# /work/main/build/src/arch/x86/include/asm/invpcid.h:42: }
#NO_APP
	jmp	.L228	#
.L231:
# /work/main/build/src/arch/x86/include/asm/irqflags.h:29: 	asm volatile("# __raw_save_flags\n\t"
#APP
# 29 "/work/main/build/src/arch/x86/include/asm/irqflags.h" 1
	# __raw_save_flags
	pushf ; pop %r12	# flags
# 0 "" 2
# /work/main/build/src/arch/x86/include/asm/irqflags.h:40: 	asm volatile("cli": : :"memory");
# 40 "/work/main/build/src/arch/x86/include/asm/irqflags.h" 1
	cli	
# 0 "" 2
# /work/main/build/src/arch/x86/mm/tlb.c:1217: 	__native_tlb_flush_global(this_cpu_read(cpu_tlbstate.cr4));
# 1217 "/work/main/build/src/arch/x86/mm/tlb.c" 1
	movq %gs:cpu_tlbstate+24(%rip), %rbx	# cpu_tlbstate.cr4, pfo_val__
# 0 "" 2
# /work/main/build/src/arch/x86/include/asm/tlbflush.h:365: 	native_write_cr4(cr4 ^ X86_CR4_PGE);
#NO_APP
	movq	%rbx, %rdi	# pfo_val__, tmp96
	xorb	$-128, %dil	#, tmp96
	call	native_write_cr4	#
# /work/main/build/src/arch/x86/include/asm/tlbflush.h:366: 	native_write_cr4(cr4);
	movq	%rbx, %rdi	# pfo_val__,
	call	native_write_cr4	#
# /work/main/build/src/arch/x86/include/asm/irqflags.h:137: 	if (!arch_irqs_disabled_flags(flags))
	btl	$9, %r12d	#, flags
	jnc	.L228	#,
# /work/main/build/src/arch/x86/include/asm/irqflags.h:45: 	asm volatile("sti": : :"memory");
#APP
# 45 "/work/main/build/src/arch/x86/include/asm/irqflags.h" 1
	sti	
# 0 "" 2
# /work/main/build/src/arch/x86/include/asm/irqflags.h:81: }
#NO_APP
	jmp	.L228	#
.L229:
# /work/main/build/src/arch/x86/mm/tlb.c:1242: 	__flush_tlb_local();
	jmp	native_flush_tlb_local	#
.L228:
# /work/main/build/src/arch/x86/mm/tlb.c:1264: }
	leaq	-16(%rbp), %rsp	#,
	popq	%rbx	#
	popq	%r12	#
	popq	%rbp	#
	ret	
	.size	__flush_tlb_all, .-__flush_tlb_all
	.type	do_flush_tlb_all, @function
do_flush_tlb_all:
# /work/main/build/src/arch/x86/mm/tlb.c:1074: 	__flush_tlb_all();
	jmp	__flush_tlb_all	#
	.size	do_flush_tlb_all, .-do_flush_tlb_all
	.globl	arch_tlbbatch_flush
	.type	arch_tlbbatch_flush, @function
arch_tlbbatch_flush:
	pushq	%r12	#
	pushq	%rbp	#
	movq	%rdi, %rbp	# tmp113, batch
	pushq	%rbx	#
# /work/main/build/src/arch/x86/mm/tlb.c:1271: 	int cpu = get_cpu();
# /work/main/build/src/arch/x86/mm/tlb.c:1007: 	info->start		= start;
	xorl	%eax, %eax	#
# /work/main/build/src/arch/x86/mm/tlb.c:1009: 	info->mm		= mm;
	xorl	%edx, %edx	#
# /work/main/build/src/arch/x86/mm/tlb.c:1012: 	info->new_tlb_gen	= new_tlb_gen;
	xorl	%ecx, %ecx	#
# /work/main/build/src/arch/x86/mm/tlb.c:996: 	struct flush_tlb_info *info = this_cpu_ptr(&flush_tlb_info);
	movq	$flush_tlb_info, %rbx	#, tcp_ptr__
# /work/main/build/src/arch/x86/mm/tlb.c:1271: 	int cpu = get_cpu();
#APP
# 1271 "/work/main/build/src/arch/x86/mm/tlb.c" 1
	movl %gs:cpu_number(%rip), %r12d	# cpu_number, pfo_val__
# 0 "" 2
# /work/main/build/src/arch/x86/mm/tlb.c:996: 	struct flush_tlb_info *info = this_cpu_ptr(&flush_tlb_info);
# 996 "/work/main/build/src/arch/x86/mm/tlb.c" 1
	add %gs:this_cpu_off(%rip), %rbx	# this_cpu_off, tcp_ptr__
# 0 "" 2
# /work/main/build/src/arch/x86/mm/tlb.c:1007: 	info->start		= start;
#NO_APP
	movq	%rax, 8(%rbx)	#, _36->start
# /work/main/build/src/arch/x86/mm/tlb.c:1280: 	if (cpumask_any_but(&batch->cpumask, cpu) < nr_cpu_ids) {
	movl	%r12d, %esi	# pfo_val__,
# /work/main/build/src/arch/x86/mm/tlb.c:1008: 	info->end		= end;
	movq	$-1, 16(%rbx)	#, _36->end
# /work/main/build/src/arch/x86/mm/tlb.c:1009: 	info->mm		= mm;
	movq	%rdx, (%rbx)	#, _36->mm
# /work/main/build/src/arch/x86/mm/tlb.c:1010: 	info->stride_shift	= stride_shift;
	movw	$0, 36(%rbx)	#, MEM <unsigned short> [(unsigned char *)_36 + 36B]
# /work/main/build/src/arch/x86/mm/tlb.c:1012: 	info->new_tlb_gen	= new_tlb_gen;
	movq	%rcx, 24(%rbx)	#, _36->new_tlb_gen
# /work/main/build/src/arch/x86/mm/tlb.c:1013: 	info->initiating_cpu	= smp_processor_id();
	movl	%r12d, 32(%rbx)	# pfo_val__, _36->initiating_cpu
# /work/main/build/src/arch/x86/mm/tlb.c:1014: 	info->trim_cpumask	= 0;
	movb	$0, 38(%rbx)	#, _36->trim_cpumask
# /work/main/build/src/arch/x86/mm/tlb.c:1280: 	if (cpumask_any_but(&batch->cpumask, cpu) < nr_cpu_ids) {
	call	cpumask_any_but	#
# /work/main/build/src/arch/x86/mm/tlb.c:1280: 	if (cpumask_any_but(&batch->cpumask, cpu) < nr_cpu_ids) {
	cmpl	nr_cpu_ids(%rip), %eax	# nr_cpu_ids, tmp114
	jnb	.L242	#,
# /work/main/build/src/arch/x86/mm/tlb.c:970: 	__flush_tlb_multi(cpumask, info);
	movq	%rbx, %rsi	# tcp_ptr__,
	movq	%rbp, %rdi	# batch,
	call	native_flush_tlb_multi	#
# /work/main/build/src/arch/x86/mm/tlb.c:971: }
	jmp	.L243	#
.L242:
# /work/main/build/src/arch/x86/include/asm/bitops.h:240: 					  variable_test_bit(nr, addr);
	movl	%r12d, %r12d	# pfo_val__, pfo_val__
# /work/main/build/src/arch/x86/include/asm/bitops.h:228: 	asm volatile(__ASM_SIZE(bt) " %2,%1"
#APP
# 228 "/work/main/build/src/arch/x86/include/asm/bitops.h" 1
	 btq  %r12,0(%rbp)	# pfo_val__, MEM[(long unsigned int *)_1]
	/* output condition code c*/

# 0 "" 2
# /work/main/build/src/arch/x86/mm/tlb.c:1282: 	} else if (cpumask_test_cpu(cpu, &batch->cpumask)) {
#NO_APP
	jnc	.L243	#,
# /work/main/build/src/arch/x86/include/asm/irqflags.h:40: 	asm volatile("cli": : :"memory");
#APP
# 40 "/work/main/build/src/arch/x86/include/asm/irqflags.h" 1
	cli	
# 0 "" 2
# /work/main/build/src/arch/x86/mm/tlb.c:1285: 		flush_tlb_func(info);
#NO_APP
	movq	%rbx, %rdi	# tcp_ptr__,
	call	flush_tlb_func	#
# /work/main/build/src/arch/x86/include/asm/irqflags.h:45: 	asm volatile("sti": : :"memory");
#APP
# 45 "/work/main/build/src/arch/x86/include/asm/irqflags.h" 1
	sti	
# 0 "" 2
#NO_APP
.L243:
# /work/main/build/src/include/linux/bitmap.h:244: 	unsigned int len = bitmap_size(nbits);
	movl	nr_cpu_ids(%rip), %eax	# nr_cpu_ids, tmp116
# /work/main/build/src/include/linux/bitmap.h:249: 		memset(dst, 0, len);
	movq	%rbp, %rdi	# batch, batch
# /work/main/build/src/include/linux/bitmap.h:244: 	unsigned int len = bitmap_size(nbits);
	leal	63(%rax), %ecx	#, tmp104
# /work/main/build/src/include/linux/bitmap.h:249: 		memset(dst, 0, len);
	xorl	%eax, %eax	# tmp112
# /work/main/build/src/include/linux/bitmap.h:244: 	unsigned int len = bitmap_size(nbits);
	shrl	$3, %ecx	#, tmp106
# /work/main/build/src/include/linux/bitmap.h:249: 		memset(dst, 0, len);
	andl	$536870904, %ecx	#, len
	rep stosb
# /work/main/build/src/arch/x86/mm/tlb.c:1292: 	put_cpu();
# /work/main/build/src/arch/x86/mm/tlb.c:1293: }
	popq	%rbx	#
	popq	%rbp	#
	popq	%r12	#
	ret	
	.size	arch_tlbbatch_flush, .-arch_tlbbatch_flush
	.globl	nmi_uaccess_okay
	.type	nmi_uaccess_okay, @function
nmi_uaccess_okay:
# /work/main/build/src/arch/x86/mm/tlb.c:1304: 	struct mm_struct *loaded_mm = this_cpu_read(cpu_tlbstate.loaded_mm);
#APP
# 1304 "/work/main/build/src/arch/x86/mm/tlb.c" 1
	movq %gs:cpu_tlbstate(%rip), %rax	# cpu_tlbstate.loaded_mm, pfo_val__
# 0 "" 2
# /work/main/build/src/arch/x86/include/asm/current.h:15: 	return this_cpu_read_stable(current_task);
# 15 "/work/main/build/src/arch/x86/include/asm/current.h" 1
	movq %gs:current_task, %rdx	#, pfo_val__
# 0 "" 2
# /work/main/build/src/arch/x86/mm/tlb.c:1319: 	if (loaded_mm != current_mm)
#NO_APP
	cmpq	%rax, 768(%rdx)	# pfo_val__, _7->mm
	sete	%al	#, tmp92
# /work/main/build/src/arch/x86/mm/tlb.c:1325: }
	ret	
	.size	nmi_uaccess_okay, .-nmi_uaccess_okay
	.section	.discard.addressable,"aw"
	.align 8
	.type	__UNIQUE_ID___addressable_create_tlb_single_page_flush_ceiling256, @object
	.size	__UNIQUE_ID___addressable_create_tlb_single_page_flush_ceiling256, 8
__UNIQUE_ID___addressable_create_tlb_single_page_flush_ceiling256:
	.quad	create_tlb_single_page_flush_ceiling
	.section	.rodata
	.align 32
	.type	fops_tlbflush, @object
	.size	fops_tlbflush, 280
fops_tlbflush:
# llseek:
	.zero	8
	.quad	default_llseek
# read:
	.quad	tlbflush_read_file
# write:
	.quad	tlbflush_write_file
	.zero	248
	.section	.data..percpu..shared_aligned,"aw"
	.align 64
	.type	flush_tlb_info, @object
	.size	flush_tlb_info, 40
flush_tlb_info:
	.zero	40
	.globl	tlb_single_page_flush_ceiling
	.section	.data..read_mostly,"aw"
	.align 8
	.type	tlb_single_page_flush_ceiling, @object
	.size	tlb_single_page_flush_ceiling, 8
tlb_single_page_flush_ceiling:
	.quad	33
	.globl	last_mm_ctx_id
	.data
	.align 8
	.type	last_mm_ctx_id, @object
	.size	last_mm_ctx_id, 8
last_mm_ctx_id:
# counter:
	.quad	1
	.globl	cpu_tlbstate_shared
	.section	.data..percpu..shared_aligned
	.align 64
	.type	cpu_tlbstate_shared, @object
	.size	cpu_tlbstate_shared, 1
cpu_tlbstate_shared:
	.zero	1
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
