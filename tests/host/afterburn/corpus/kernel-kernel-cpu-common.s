	.file	"common.c"
# GNU C11 (Debian 12.2.0-14+deb12u1) version 12.2.0 (x86_64-linux-gnu)
#	compiled by GNU C version 12.2.0, GMP version 6.2.1, MPFR version 4.2.0, MPC version 1.3.1, isl version isl-0.25-GMP

# GGC heuristics: --param ggc-min-expand=100 --param ggc-min-heapsize=131072
# options passed: -mno-sse -mno-mmx -mno-sse2 -mno-3dnow -mno-avx -m64 -mno-80387 -mno-fp-ret-in-387 -mpreferred-stack-boundary=3 -mskip-rax-setup -mtune=generic -mno-red-zone -mcmodel=kernel -march=x86-64 -Os -std=gnu11 -fno-strict-aliasing -fno-common -fshort-wchar -fno-PIE -fcf-protection=none -falign-jumps=1 -falign-loops=1 -fno-asynchronous-unwind-tables -fno-delete-null-pointer-checks -fno-allow-store-data-races -fomit-frame-pointer -ftrivial-auto-var-init=zero -fno-stack-clash-protection -fno-strict-overflow -fstack-check=no -fconserve-stack -fno-builtin-wcslen -fno-stack-protector
	.text
	.type	native_read_msr, @function
native_read_msr:
# /work/main/build/src/arch/x86/include/asm/msr.h:84: 	asm volatile("1: rdmsr\n"
	movl	%edi, %ecx	# tmp91, tmp91
#APP
# 84 "/work/main/build/src/arch/x86/include/asm/msr.h" 1
	1: rdmsr
2:
 .pushsection "__ex_table","a"
 .balign 4
 .long (1b) - .
 .long (2b) - .
 .long 9 
 .popsection

# 0 "" 2
# /work/main/build/src/arch/x86/include/asm/msr.h:89: 	return EAX_EDX_VAL(val, low, high);
#NO_APP
	salq	$32, %rdx	#, tmp90
	orq	%rdx, %rax	# tmp90, tmp89
# /work/main/build/src/arch/x86/include/asm/msr.h:124: }
	ret	
	.size	native_read_msr, .-native_read_msr
	.type	native_read_msr_safe, @function
native_read_msr_safe:
# /work/main/build/src/arch/x86/include/asm/msr.h:131: 	asm volatile("1: rdmsr ; xor %[err],%[err]\n"
	movl	%edi, %ecx	# tmp93, tmp93
#APP
# 131 "/work/main/build/src/arch/x86/include/asm/msr.h" 1
	1: rdmsr ; xor %edi,%edi	# tmp88
2:
	 .pushsection "__ex_table","a"
 .balign 4
 .long (1b) - .
 .long (2b) - .
.macro extable_type_reg type:req reg:req
.set .Lfound, 0
.set .Lregnr, 0
.irp rs,rax,rcx,rdx,rbx,rsp,rbp,rsi,rdi,r8,r9,r10,r11,r12,r13,r14,r15
.ifc \reg, %\rs
.set .Lfound, .Lfound+1
.long \type + (.Lregnr << 8)
.endif
.set .Lregnr, .Lregnr+1
.endr
.set .Lregnr, 0
.irp rs,eax,ecx,edx,ebx,esp,ebp,esi,edi,r8d,r9d,r10d,r11d,r12d,r13d,r14d,r15d
.ifc \reg, %\rs
.set .Lfound, .Lfound+1
.long \type + (.Lregnr << 8)
.endif
.set .Lregnr, .Lregnr+1
.endr
.if (.Lfound != 1)
.error "extable_type_reg: bad register argument"
.endif
.endm
extable_type_reg reg=%edi, type=11 	# tmp88
.purgem extable_type_reg
 .popsection

# 0 "" 2
# /work/main/build/src/arch/x86/include/asm/msr.h:138: 	return EAX_EDX_VAL(val, low, high);
#NO_APP
	salq	$32, %rdx	#, tmp92
# /work/main/build/src/arch/x86/include/asm/msr.h:131: 	asm volatile("1: rdmsr ; xor %[err],%[err]\n"
	movl	%edi, (%rsi)	# tmp88, *err_3(D)
# /work/main/build/src/arch/x86/include/asm/msr.h:138: 	return EAX_EDX_VAL(val, low, high);
	orq	%rdx, %rax	# tmp92, tmp91
# /work/main/build/src/arch/x86/include/asm/msr.h:139: }
	ret	
	.size	native_read_msr_safe, .-native_read_msr_safe
	.type	native_write_msr, @function
native_write_msr:
# /work/main/build/src/arch/x86/include/asm/msr.h:94: 	asm volatile("1: wrmsr\n"
	movl	%edi, %ecx	# tmp85, tmp85
	movl	%esi, %eax	# tmp86, tmp86
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
# /work/main/build/src/arch/x86/include/asm/msr.h:149: }
#NO_APP
	ret	
	.size	native_write_msr, .-native_write_msr
	.type	wrmsrl, @function
wrmsrl:
# /work/main/build/src/arch/x86/include/asm/msr.h:262: 	native_write_msr(msr, (u32)(val & 0xffffffffULL), (u32)(val >> 32));
	movq	%rsi, %rax	# val, tmp93
	shrq	$32, %rax	#, tmp93
	movq	%rax, %rdx	# tmp93, tmp88
	jmp	native_write_msr	#
	.size	wrmsrl, .-wrmsrl
	.type	apply_forced_caps, @function
apply_forced_caps:
# /work/main/build/src/arch/x86/kernel/cpu/common.c:961: {
	xorl	%eax, %eax	# ivtmp.304
.L6:
# /work/main/build/src/arch/x86/kernel/cpu/common.c:965: 		c->x86_capability[i] &= ~cpu_caps_cleared[i];
	movl	cpu_caps_cleared(%rax), %edx	# MEM[(unsigned int *)&cpu_caps_cleared + ivtmp.304_19 * 1], tmp91
	notl	%edx	# tmp91
# /work/main/build/src/arch/x86/kernel/cpu/common.c:965: 		c->x86_capability[i] &= ~cpu_caps_cleared[i];
	andl	40(%rdi,%rax), %edx	# MEM <__u32> [(union  *)c_10(D) + 40B + ivtmp.304_19 * 1], _4
	movl	%edx, 40(%rdi,%rax)	# _4, MEM <__u32> [(union  *)c_10(D) + 40B + ivtmp.304_19 * 1]
# /work/main/build/src/arch/x86/kernel/cpu/common.c:966: 		c->x86_capability[i] |= cpu_caps_set[i];
	orl	cpu_caps_set(%rax), %edx	# MEM[(unsigned int *)&cpu_caps_set + ivtmp.304_19 * 1], tmp95
	movl	%edx, 40(%rdi,%rax)	# tmp95, MEM <__u32> [(union  *)c_10(D) + 40B + ivtmp.304_19 * 1]
# /work/main/build/src/arch/x86/kernel/cpu/common.c:964: 	for (i = 0; i < NCAPINTS + NBUGINTS; i++) {
	addq	$4, %rax	#, ivtmp.304
	cmpq	$96, %rax	#, ivtmp.304
	jne	.L6	#,
# /work/main/build/src/arch/x86/kernel/cpu/common.c:968: }
	ret	
	.size	apply_forced_caps, .-apply_forced_caps
	.section	.init.text,"ax",@progbits
	.type	setup_clearcpuid, @function
setup_clearcpuid:
# /work/main/build/src/arch/x86/kernel/cpu/common.c:2153: }
	movl	$1, %eax	#,
	ret	
	.size	setup_clearcpuid, .-setup_clearcpuid
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC0:
	.string	"\0016nopcid: PCID feature disabled\n"
	.section	.init.text
	.type	x86_nopcid_setup, @function
x86_nopcid_setup:
# /work/main/build/src/arch/x86/kernel/cpu/common.c:266: 		return -EINVAL;
	movl	$-22, %eax	#, <retval>
# /work/main/build/src/arch/x86/kernel/cpu/common.c:265: 	if (s)
	testq	%rdi, %rdi	# tmp91
	jne	.L10	#,
# /work/main/build/src/arch/x86/include/asm/bitops.h:207: 		(addr[nr >> _BITOPS_LONG_SHIFT])) != 0;
	movq	boot_cpu_data+56(%rip), %rax	# MEM[(const volatile long unsigned int *)&boot_cpu_data + 56B], _8
# /work/main/build/src/arch/x86/kernel/cpu/common.c:269: 	if (!boot_cpu_has(X86_FEATURE_PCID))
	btl	$17, %eax	#, _8
	jnc	.L12	#,
# /work/main/build/src/arch/x86/kernel/cpu/common.c:272: 	setup_clear_cpu_cap(X86_FEATURE_PCID);
	movl	$145, %edi	#,
	call	setup_clear_cpu_cap	#
# /work/main/build/src/arch/x86/kernel/cpu/common.c:273: 	pr_info("nopcid: PCID feature disabled\n");
	movq	$.LC0, %rdi	#,
	call	_printk	#
.L12:
# /work/main/build/src/arch/x86/kernel/cpu/common.c:270: 		return 0;
	xorl	%eax, %eax	# <retval>
.L10:
# /work/main/build/src/arch/x86/kernel/cpu/common.c:275: }
	ret	
	.size	x86_nopcid_setup, .-x86_nopcid_setup
	.section	.rodata.str1.1
.LC1:
	.string	"\0016noinvpcid: INVPCID feature disabled\n"
	.section	.init.text
	.type	x86_noinvpcid_setup, @function
x86_noinvpcid_setup:
# /work/main/build/src/arch/x86/kernel/cpu/common.c:283: 		return -EINVAL;
	movl	$-22, %eax	#, <retval>
# /work/main/build/src/arch/x86/kernel/cpu/common.c:282: 	if (s)
	testq	%rdi, %rdi	# tmp91
	jne	.L17	#,
# /work/main/build/src/arch/x86/include/asm/bitops.h:207: 		(addr[nr >> _BITOPS_LONG_SHIFT])) != 0;
	movq	boot_cpu_data+72(%rip), %rax	# MEM[(const volatile long unsigned int *)&boot_cpu_data + 72B], _8
# /work/main/build/src/arch/x86/kernel/cpu/common.c:286: 	if (!boot_cpu_has(X86_FEATURE_INVPCID))
	btq	$42, %rax	#, _8
	jnc	.L19	#,
# /work/main/build/src/arch/x86/kernel/cpu/common.c:289: 	setup_clear_cpu_cap(X86_FEATURE_INVPCID);
	movl	$298, %edi	#,
	call	setup_clear_cpu_cap	#
# /work/main/build/src/arch/x86/kernel/cpu/common.c:290: 	pr_info("noinvpcid: INVPCID feature disabled\n");
	movq	$.LC1, %rdi	#,
	call	_printk	#
.L19:
# /work/main/build/src/arch/x86/kernel/cpu/common.c:287: 		return 0;
	xorl	%eax, %eax	# <retval>
.L17:
# /work/main/build/src/arch/x86/kernel/cpu/common.c:292: }
	ret	
	.size	x86_noinvpcid_setup, .-x86_noinvpcid_setup
	.section	.rodata.str1.1
.LC2:
	.string	"\0016FSGSBASE disabled via kernel command line\n"
	.section	.init.text
	.type	x86_nofsgsbase_setup, @function
x86_nofsgsbase_setup:
# /work/main/build/src/arch/x86/kernel/cpu/common.c:517: 		return 0;
	xorl	%eax, %eax	# <retval>
# /work/main/build/src/arch/x86/kernel/cpu/common.c:516: 	if (strlen(arg))
	cmpb	$0, (%rdi)	#, MEM[(const char *)arg_6(D)]
	jne	.L24	#,
# /work/main/build/src/arch/x86/include/asm/bitops.h:207: 		(addr[nr >> _BITOPS_LONG_SHIFT])) != 0;
	movq	boot_cpu_data+72(%rip), %rax	# MEM[(const volatile long unsigned int *)&boot_cpu_data + 72B], _9
# /work/main/build/src/arch/x86/kernel/cpu/common.c:520: 	if (!boot_cpu_has(X86_FEATURE_FSGSBASE))
	btq	$32, %rax	#, _9
	jnc	.L26	#,
# /work/main/build/src/arch/x86/kernel/cpu/common.c:523: 	setup_clear_cpu_cap(X86_FEATURE_FSGSBASE);
	movl	$288, %edi	#,
	call	setup_clear_cpu_cap	#
# /work/main/build/src/arch/x86/kernel/cpu/common.c:524: 	pr_info("FSGSBASE disabled via kernel command line\n");
	movq	$.LC2, %rdi	#,
	call	_printk	#
.L26:
# /work/main/build/src/arch/x86/kernel/cpu/common.c:521: 		return 1;
	movl	$1, %eax	#, <retval>
.L24:
# /work/main/build/src/arch/x86/kernel/cpu/common.c:526: }
	ret	
	.size	x86_nofsgsbase_setup, .-x86_nofsgsbase_setup
	.section	.rodata.str1.1
.LC3:
	.string	"\0016x86: 'nopku' specified, disabling Memory Protection Keys\n"
	.section	.init.text
	.type	setup_disable_pku, @function
setup_disable_pku:
# /work/main/build/src/arch/x86/kernel/cpu/common.c:568: 	pr_info("x86: 'nopku' specified, disabling Memory Protection Keys\n");
	movq	$.LC3, %rdi	#,
	call	_printk	#
# /work/main/build/src/arch/x86/kernel/cpu/common.c:569: 	pku_disabled = true;
	movb	$1, pku_disabled(%rip)	#, pku_disabled
# /work/main/build/src/arch/x86/kernel/cpu/common.c:571: }
	movl	$1, %eax	#,
	ret	
	.size	setup_disable_pku, .-setup_disable_pku
	.section	.rodata.str1.1
.LC4:
	.string	"\0014CPU: CPU feature %s disabled, no CPUID level 0x%x\n"
	.text
	.type	filter_cpuid_features, @function
filter_cpuid_features:
	pushq	%r12	#
	movl	%esi, %r12d	# tmp105, warn
	pushq	%rbp	#
	movq	%rdi, %rbp	# tmp104, c
	pushq	%rbx	#
# /work/main/build/src/arch/x86/kernel/cpu/common.c:649: 	for (df = cpuid_dependent_features; df->feature; df++) {
	movq	$cpuid_dependent_features, %rbx	#, df
.L33:
# /work/main/build/src/arch/x86/kernel/cpu/common.c:649: 	for (df = cpuid_dependent_features; df->feature; df++) {
	movl	(%rbx), %eax	# MEM[(unsigned int *)df_19],
# /work/main/build/src/arch/x86/kernel/cpu/common.c:649: 	for (df = cpuid_dependent_features; df->feature; df++) {
	testl	%eax, %eax	# _18
	je	.L44	#,
# /work/main/build/src/arch/x86/include/asm/bitops.h:228: 	asm volatile(__ASM_SIZE(bt) " %2,%1"
#APP
# 228 "/work/main/build/src/arch/x86/include/asm/bitops.h" 1
	 btq  %rax,40(%rbp)	# _18, MEM[(long unsigned int *)_8]
	/* output condition code c*/

# 0 "" 2
# /work/main/build/src/arch/x86/kernel/cpu/common.c:651: 		if (!cpu_has(c, df->feature))
#NO_APP
	jnc	.L35	#,
# /work/main/build/src/arch/x86/kernel/cpu/common.c:660: 		if (!((s32)df->level < 0 ?
	movl	4(%rbx), %eax	# MEM[(unsigned int *)df_19 + 4B], _10
# /work/main/build/src/arch/x86/kernel/cpu/common.c:660: 		if (!((s32)df->level < 0 ?
	testl	%eax, %eax	# _10
	jns	.L36	#,
# /work/main/build/src/arch/x86/kernel/cpu/common.c:660: 		if (!((s32)df->level < 0 ?
	cmpl	%eax, 32(%rbp)	# _10, c_25(D)->extended_cpuid_level
	jnb	.L35	#,
	jmp	.L38	#
.L36:
# /work/main/build/src/arch/x86/kernel/cpu/common.c:660: 		if (!((s32)df->level < 0 ?
	cmpl	36(%rbp), %eax	# c_25(D)->cpuid_level, _10
	jle	.L35	#,
.L38:
# /work/main/build/src/arch/x86/kernel/cpu/common.c:665: 		clear_cpu_cap(c, df->feature);
	movl	(%rbx), %esi	# MEM[(unsigned int *)df_19],
	movq	%rbp, %rdi	# c,
	call	clear_cpu_cap	#
# /work/main/build/src/arch/x86/kernel/cpu/common.c:666: 		if (!warn)
	testb	%r12b, %r12b	# warn
	je	.L35	#,
# /work/main/build/src/arch/x86/kernel/cpu/common.c:669: 		pr_warn("CPU: CPU feature " X86_CAP_FMT " disabled, no CPUID level 0x%x\n",
	movl	(%rbx), %eax	# MEM[(unsigned int *)df_19], MEM[(unsigned int *)df_19]
	movl	4(%rbx), %edx	# MEM[(unsigned int *)df_19 + 4B], MEM[(unsigned int *)df_19 + 4B]
	movq	$.LC4, %rdi	#,
	movq	x86_cap_flags(,%rax,8), %rsi	# x86_cap_flags[_16], x86_cap_flags[_16]
	call	_printk	#
.L35:
# /work/main/build/src/arch/x86/kernel/cpu/common.c:649: 	for (df = cpuid_dependent_features; df->feature; df++) {
	addq	$8, %rbx	#, df
	jmp	.L33	#
.L44:
# /work/main/build/src/arch/x86/kernel/cpu/common.c:672: }
	popq	%rbx	#
	popq	%rbp	#
	popq	%r12	#
	ret	
	.size	filter_cpuid_features, .-filter_cpuid_features
	.section	.rodata.str1.1
.LC5:
	.string	"noxsave"
.LC6:
	.string	"noxsaveopt"
.LC7:
	.string	"noxsaves"
.LC8:
	.string	"clearcpuid"
.LC9:
	.string	"\0016Clearing CPUID bits:"
.LC10:
	.string	","
.LC11:
	.string	"\001c %d:%d"
.LC12:
	.string	"\001c %s"
.LC13:
	.string	"\001c (unknown: %s)"
.LC14:
	.string	"\001c\n"
	.section	.init.text
	.type	cpu_parse_early_param, @function
cpu_parse_early_param:
	pushq	%r12	#
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1582: 	char arg[128];
	xorl	%eax, %eax	# tmp102
	movl	$32, %ecx	#, tmp103
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1598: 	if (cmdline_find_option_bool(boot_command_line, "noxsave"))
	movq	$.LC5, %rsi	#,
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1581: {
	pushq	%rbp	#
	pushq	%rbx	#
	subq	$144, %rsp	#,
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1582: 	char arg[128];
	leaq	16(%rsp), %rbx	#, tmp100
	movq	%rbx, %rdi	# tmp100, tmp101
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1583: 	char *argptr = arg, *opt;
	movq	%rbx, 8(%rsp)	# tmp100, argptr
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1582: 	char arg[128];
	rep stosl
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1598: 	if (cmdline_find_option_bool(boot_command_line, "noxsave"))
	movq	$boot_command_line, %rdi	#,
	call	cmdline_find_option_bool	#
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1598: 	if (cmdline_find_option_bool(boot_command_line, "noxsave"))
	testl	%eax, %eax	# tmp118
	je	.L46	#,
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1599: 		setup_clear_cpu_cap(X86_FEATURE_XSAVE);
	movl	$154, %edi	#,
	call	setup_clear_cpu_cap	#
.L46:
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1601: 	if (cmdline_find_option_bool(boot_command_line, "noxsaveopt"))
	movq	$.LC6, %rsi	#,
	movq	$boot_command_line, %rdi	#,
	call	cmdline_find_option_bool	#
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1601: 	if (cmdline_find_option_bool(boot_command_line, "noxsaveopt"))
	testl	%eax, %eax	# tmp119
	je	.L47	#,
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1602: 		setup_clear_cpu_cap(X86_FEATURE_XSAVEOPT);
	movl	$320, %edi	#,
	call	setup_clear_cpu_cap	#
.L47:
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1604: 	if (cmdline_find_option_bool(boot_command_line, "noxsaves"))
	movq	$.LC7, %rsi	#,
	movq	$boot_command_line, %rdi	#,
	call	cmdline_find_option_bool	#
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1604: 	if (cmdline_find_option_bool(boot_command_line, "noxsaves"))
	testl	%eax, %eax	# tmp120
	je	.L48	#,
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1605: 		setup_clear_cpu_cap(X86_FEATURE_XSAVES);
	movl	$323, %edi	#,
	call	setup_clear_cpu_cap	#
.L48:
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1607: 	arglen = cmdline_find_option(boot_command_line, "clearcpuid", arg, sizeof(arg));
	movl	$128, %ecx	#,
	movq	%rbx, %rdx	# tmp100,
	movq	$.LC8, %rsi	#,
	movq	$boot_command_line, %rdi	#,
	call	cmdline_find_option	#
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1608: 	if (arglen <= 0)
	testl	%eax, %eax	# tmp121
	jle	.L45	#,
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1611: 	pr_info("Clearing CPUID bits:");
	movq	$.LC9, %rdi	#,
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1584: 	int arglen, taint = 0;
	xorl	%ebp, %ebp	# taint
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1611: 	pr_info("Clearing CPUID bits:");
	call	_printk	#
.L50:
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1613: 	while (argptr) {
	cmpq	$0, 8(%rsp)	#, argptr
	je	.L79	#,
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1615: 		unsigned int bit;
	xorl	%eax, %eax	#
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1617: 		opt = strsep(&argptr, ",");
	movq	$.LC10, %rsi	#,
	leaq	8(%rsp), %rdi	#, tmp127
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1615: 		unsigned int bit;
	movl	%eax, 4(%rsp)	#, bit
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1617: 		opt = strsep(&argptr, ",");
	call	strsep	#
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1623: 		if (!kstrtouint(opt, 10, &bit)) {
	movl	$10, %esi	#,
	leaq	4(%rsp), %rdx	#, tmp128
	movq	%rax, %rdi	# opt,
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1617: 		opt = strsep(&argptr, ",");
	movq	%rax, %rbx	# tmp122, opt
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1623: 		if (!kstrtouint(opt, 10, &bit)) {
	call	kstrtouint	#
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1623: 		if (!kstrtouint(opt, 10, &bit)) {
	testl	%eax, %eax	# tmp123
	jne	.L61	#,
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1624: 			if (bit < NCAPINTS * 32) {
	movl	4(%rsp), %esi	# bit, bit.57_6
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1624: 			if (bit < NCAPINTS * 32) {
	cmpl	$703, %esi	#, bit.57_6
	ja	.L50	#,
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1628: 				if (!x86_cap_flags[bit])
	movl	%esi, %eax	# bit.57_6, bit.57_6
	movq	x86_cap_flags(,%rax,8), %rax	# x86_cap_flags[bit.57_6], _7
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1628: 				if (!x86_cap_flags[bit])
	testq	%rax, %rax	# _7
	jne	.L53	#,
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1629: 					pr_cont(" " X86_CAP_FMT_NUM, x86_cap_flag_num(bit));
	movl	%esi, %edx	# bit.57_6, tmp110
	movq	$.LC11, %rdi	#,
	shrl	$5, %esi	#, tmp111
	andl	$31, %edx	#, tmp110
	call	_printk	#
	jmp	.L54	#
.L53:
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1632: 					pr_cont(" " X86_CAP_FMT, x86_cap_flag(bit));
	movq	%rax, %rsi	# _7,
.L78:
	movq	$.LC12, %rdi	#,
	call	_printk	#
.L54:
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1634: 				setup_clear_cpu_cap(bit);
	movl	4(%rsp), %edi	# bit,
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1635: 				taint++;
	incl	%ebp	# taint
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1634: 				setup_clear_cpu_cap(bit);
	call	setup_clear_cpu_cap	#
	jmp	.L50	#
.L61:
	xorl	%r12d, %r12d	# _49
.L51:
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1645: 		for (bit = 0; bit < 32 * NCAPINTS; bit++) {
	movl	%r12d, 4(%rsp)	# _49, bit
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1645: 		for (bit = 0; bit < 32 * NCAPINTS; bit++) {
	cmpl	$704, %r12d	#, _49
	je	.L80	#,
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1646: 			if (!x86_cap_flag(bit))
	movl	%r12d, %eax	# _49, _49
	movq	x86_cap_flags(,%rax,8), %rdi	# x86_cap_flags[_49], _11
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1646: 			if (!x86_cap_flag(bit))
	testq	%rdi, %rdi	# _11
	je	.L56	#,
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1649: 			if (strcmp(x86_cap_flag(bit), opt))
	movq	%rbx, %rsi	# opt,
	call	strcmp	#
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1649: 			if (strcmp(x86_cap_flag(bit), opt))
	testl	%eax, %eax	# tmp124
	jne	.L56	#,
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1652: 			pr_cont(" %s", opt);
	movq	%rbx, %rsi	# opt,
	jmp	.L78	#
.L56:
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1645: 		for (bit = 0; bit < 32 * NCAPINTS; bit++) {
	incl	%r12d	# _49
	jmp	.L51	#
.L80:
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1660: 			pr_cont(" (unknown: %s)", opt);
	movq	%rbx, %rsi	# opt,
	movq	$.LC13, %rdi	#,
	call	_printk	#
	jmp	.L50	#
.L79:
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1663: 	pr_cont("\n");
	movq	$.LC14, %rdi	#,
	call	_printk	#
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1665: 	if (taint)
	testl	%ebp, %ebp	# taint
	je	.L45	#,
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1666: 		add_taint(TAINT_CPU_OUT_OF_SPEC, LOCKDEP_STILL_OK);
	xorl	%esi, %esi	#
	movl	$2, %edi	#,
	call	add_taint	#
.L45:
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1667: }
	addq	$144, %rsp	#,
	popq	%rbx	#
	popq	%rbp	#
	popq	%r12	#
	ret	
	.size	cpu_parse_early_param, .-cpu_parse_early_param
	.type	cpu_matches, @function
cpu_matches:
	pushq	%rbx	#
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1325: {
	movq	%rsi, %rbx	# tmp95, which
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1326: 	const struct x86_cpu_id *m = x86_match_cpu(table);
	call	x86_match_cpu	#
	movq	%rax, %rdx	# tmp96, m
	xorl	%eax, %eax	# iftmp.71_3
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1328: 	return m && !!(m->driver_data & which);
	testq	%rdx, %rdx	# m
	je	.L82	#,
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1328: 	return m && !!(m->driver_data & which);
	xorl	%eax, %eax	# iftmp.71_3
	andq	16(%rdx), %rbx	# m_7->driver_data, tmp90
	setne	%al	#, iftmp.71_3
.L82:
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1328: 	return m && !!(m->driver_data & which);
	andl	$1, %eax	#, iftmp.71_3
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1329: }
	popq	%rbx	#
	ret	
	.size	cpu_matches, .-cpu_matches
	.text
	.type	__loadsegment_fs.constprop.0, @function
__loadsegment_fs.constprop.0:
# /work/main/build/src/arch/x86/include/asm/segment.h:332: 	asm volatile("						\n"
	xorl	%eax, %eax	# tmp82
#APP
# 332 "/work/main/build/src/arch/x86/include/asm/segment.h" 1
							
1:	movw %ax, %fs				# tmp82
2:					
 .pushsection "__ex_table","a"
 .balign 4
 .long (1b) - .
 .long (2b) - .
 .long 5 
 .popsection

# 0 "" 2
# /work/main/build/src/arch/x86/include/asm/segment.h:339: }
#NO_APP
	ret	
	.size	__loadsegment_fs.constprop.0, .-__loadsegment_fs.constprop.0
	.type	wrmsrl_safe.isra.0, @function
wrmsrl_safe.isra.0:
# /work/main/build/src/arch/x86/include/asm/msr.h:305: 	return wrmsr_safe(msr, (u32)val,  (u32)(val >> 32));
	movq	%rsi, %rdx	# val, tmp89
# /work/main/build/src/arch/x86/include/asm/msr.h:303: static inline int wrmsrl_safe(u32 msr, u64 val)
	movq	%rsi, %rax	# tmp91, val
# /work/main/build/src/arch/x86/include/asm/msr.h:157: 	asm volatile("1: wrmsr ; xor %[err],%[err]\n"
	movl	%edi, %ecx	# tmp90, tmp90
# /work/main/build/src/arch/x86/include/asm/msr.h:305: 	return wrmsr_safe(msr, (u32)val,  (u32)(val >> 32));
	shrq	$32, %rdx	#, tmp89
# /work/main/build/src/arch/x86/include/asm/msr.h:157: 	asm volatile("1: wrmsr ; xor %[err],%[err]\n"
#APP
# 157 "/work/main/build/src/arch/x86/include/asm/msr.h" 1
	1: wrmsr ; xor %eax,%eax	# err
2:
	 .pushsection "__ex_table","a"
 .balign 4
 .long (1b) - .
 .long (2b) - .
.macro extable_type_reg type:req reg:req
.set .Lfound, 0
.set .Lregnr, 0
.irp rs,rax,rcx,rdx,rbx,rsp,rbp,rsi,rdi,r8,r9,r10,r11,r12,r13,r14,r15
.ifc \reg, %\rs
.set .Lfound, .Lfound+1
.long \type + (.Lregnr << 8)
.endif
.set .Lregnr, .Lregnr+1
.endr
.set .Lregnr, 0
.irp rs,eax,ecx,edx,ebx,esp,ebp,esi,edi,r8d,r9d,r10d,r11d,r12d,r13d,r14d,r15d
.ifc \reg, %\rs
.set .Lfound, .Lfound+1
.long \type + (.Lregnr << 8)
.endif
.set .Lregnr, .Lregnr+1
.endr
.if (.Lfound != 1)
.error "extable_type_reg: bad register argument"
.endif
.endm
extable_type_reg reg=%eax, type=10 	# err
.purgem extable_type_reg
 .popsection

# 0 "" 2
# /work/main/build/src/arch/x86/include/asm/msr.h:306: }
#NO_APP
	ret	
	.size	wrmsrl_safe.isra.0, .-wrmsrl_safe.isra.0
	.section	.exit.text,"ax",@progbits
	.type	exit_amd_microcode, @function
exit_amd_microcode:
# /work/main/build/src/arch/x86/include/asm/microcode.h:77: static inline void __exit exit_amd_microcode(void) {}
	ret	
	.size	exit_amd_microcode, .-exit_amd_microcode
	.text
	.globl	get_llc_id
	.type	get_llc_id, @function
get_llc_id:
# /work/main/build/src/arch/x86/kernel/cpu/common.c:90: 	return per_cpu(cpu_llc_id, cpu);
	movl	%edi, %edi	# tmp95, cpu
	movq	$cpu_llc_id, %rax	#, __ptr
	movq	__per_cpu_offset(,%rdi,8), %rdx	# __per_cpu_offset[cpu_5(D)], __per_cpu_offset[cpu_5(D)]
	movw	(%rdx,%rax), %ax	# *_6, *_6
# /work/main/build/src/arch/x86/kernel/cpu/common.c:91: }
	ret	
	.size	get_llc_id, .-get_llc_id
	.section	.init.text
	.globl	setup_cpu_local_masks
	.type	setup_cpu_local_masks, @function
setup_cpu_local_masks:
# /work/main/build/src/arch/x86/kernel/cpu/common.c:181: }
	ret	
	.size	setup_cpu_local_masks, .-setup_cpu_local_masks
	.section	.rodata.str1.1
.LC15:
	.string	"CR0 WP bit went missing!?\n"
.LC16:
	.string	"arch/x86/kernel/cpu/common.c"
	.text
	.globl	native_write_cr0
	.type	native_write_cr0, @function
native_write_cr0:
# /work/main/build/src/arch/x86/kernel/cpu/common.c:427: 	unsigned long bits_missing = 0;
	xorl	%eax, %eax	# bits_missing
.L92:
# /work/main/build/src/arch/x86/kernel/cpu/common.c:430: 	asm volatile("mov %0,%%cr0": "+r" (val) : : "memory");
#APP
# 430 "/work/main/build/src/arch/x86/kernel/cpu/common.c" 1
	mov %rdi,%cr0	# val
# 0 "" 2
# /work/main/build/src/arch/x86/include/asm/atomic.h:29: 	return __READ_ONCE((v)->counter);
#NO_APP
	movl	cr_pinning(%rip), %edx	# MEM[(const volatile int *)&cr_pinning], _31
# /work/main/build/src/arch/x86/kernel/cpu/common.c:432: 	if (static_branch_likely(&cr_pinning)) {
	testl	%edx, %edx	# _31
	jle	.L91	#,
# /work/main/build/src/arch/x86/kernel/cpu/common.c:433: 		if (unlikely((val & X86_CR0_WP) != X86_CR0_WP)) {
	btl	$16, %edi	#, val
	jc	.L94	#,
# /work/main/build/src/arch/x86/kernel/cpu/common.c:435: 			val |= bits_missing;
	orq	$65536, %rdi	#, val
# /work/main/build/src/arch/x86/kernel/cpu/common.c:434: 			bits_missing = X86_CR0_WP;
	movl	$65536, %eax	#, bits_missing
# /work/main/build/src/arch/x86/kernel/cpu/common.c:436: 			goto set_register;
	jmp	.L92	#
.L94:
# /work/main/build/src/arch/x86/kernel/cpu/common.c:439: 		WARN_ONCE(bits_missing, "CR0 WP bit went missing!?\n");
	testq	%rax, %rax	# bits_missing
	je	.L91	#,
# /work/main/build/src/arch/x86/kernel/cpu/common.c:439: 		WARN_ONCE(bits_missing, "CR0 WP bit went missing!?\n");
	cmpb	$0, __already_done.4(%rip)	#, __already_done
	jne	.L91	#,
# /work/main/build/src/arch/x86/kernel/cpu/common.c:439: 		WARN_ONCE(bits_missing, "CR0 WP bit went missing!?\n");
	movq	$.LC15, %rdi	#,
	movb	$1, __already_done.4(%rip)	#, __already_done
	call	__warn_printk	#
#APP
# 439 "/work/main/build/src/arch/x86/kernel/cpu/common.c" 1
	1:	.byte 0x0f, 0x0b
.pushsection __bug_table,"aw"
2:	.long 1b - .	# bug_entry::bug_addr
	.long .LC16 - .	# bug_entry::file	#
	.word 439	# bug_entry::line	#
	.word 2313	# bug_entry::flags	#
	.org 2b+12	#
.popsection
998:
	.pushsection .discard.reachable
	.long 998b - .
	.popsection
	
# 0 "" 2
#NO_APP
.L91:
# /work/main/build/src/arch/x86/kernel/cpu/common.c:441: }
	ret	
	.size	native_write_cr0, .-native_write_cr0
	.section	.rodata.str1.1
.LC17:
	.string	"pinned CR4 bits changed: 0x%lx!?\n"
	.text
	.globl	native_write_cr4
	.type	native_write_cr4, @function
native_write_cr4:
# /work/main/build/src/arch/x86/kernel/cpu/common.c:446: 	unsigned long bits_changed = 0;
	xorl	%esi, %esi	# bits_changed
.L99:
# /work/main/build/src/arch/x86/kernel/cpu/common.c:449: 	asm volatile("mov %0,%%cr4": "+r" (val) : : "memory");
	movq	%rdi, %rax	# val, val
#APP
# 449 "/work/main/build/src/arch/x86/kernel/cpu/common.c" 1
	mov %rax,%cr4	# val
# 0 "" 2
# /work/main/build/src/arch/x86/include/asm/atomic.h:29: 	return __READ_ONCE((v)->counter);
#NO_APP
	movl	cr_pinning(%rip), %edx	# MEM[(const volatile int *)&cr_pinning], _34
# /work/main/build/src/arch/x86/kernel/cpu/common.c:451: 	if (static_branch_likely(&cr_pinning)) {
	testl	%edx, %edx	# _34
	jle	.L98	#,
# /work/main/build/src/arch/x86/kernel/cpu/common.c:452: 		if (unlikely((val & cr4_pinned_mask) != cr4_pinned_bits)) {
	movq	%rax, %rdx	# val, _4
	movq	cr4_pinned_bits(%rip), %rdi	# cr4_pinned_bits, cr4_pinned_bits.4_5
	andl	$11601920, %edx	#, _4
# /work/main/build/src/arch/x86/kernel/cpu/common.c:452: 		if (unlikely((val & cr4_pinned_mask) != cr4_pinned_bits)) {
	cmpq	%rdi, %rdx	# cr4_pinned_bits.4_5, _4
	je	.L101	#,
# /work/main/build/src/arch/x86/kernel/cpu/common.c:453: 			bits_changed = (val & cr4_pinned_mask) ^ cr4_pinned_bits;
	movq	%rdx, %rsi	# _4, _4
# /work/main/build/src/arch/x86/kernel/cpu/common.c:454: 			val = (val & ~cr4_pinned_mask) | cr4_pinned_bits;
	andq	$-11601921, %rax	#, _9
# /work/main/build/src/arch/x86/kernel/cpu/common.c:453: 			bits_changed = (val & cr4_pinned_mask) ^ cr4_pinned_bits;
	xorq	%rdi, %rsi	# cr4_pinned_bits.4_5, _4
# /work/main/build/src/arch/x86/kernel/cpu/common.c:454: 			val = (val & ~cr4_pinned_mask) | cr4_pinned_bits;
	orq	%rax, %rdi	# _9, val
# /work/main/build/src/arch/x86/kernel/cpu/common.c:455: 			goto set_register;
	jmp	.L99	#
.L101:
# /work/main/build/src/arch/x86/kernel/cpu/common.c:458: 		WARN_ONCE(bits_changed, "pinned CR4 bits changed: 0x%lx!?\n",
	testq	%rsi, %rsi	# bits_changed
	je	.L98	#,
# /work/main/build/src/arch/x86/kernel/cpu/common.c:458: 		WARN_ONCE(bits_changed, "pinned CR4 bits changed: 0x%lx!?\n",
	cmpb	$0, __already_done.3(%rip)	#, __already_done
	jne	.L98	#,
# /work/main/build/src/arch/x86/kernel/cpu/common.c:458: 		WARN_ONCE(bits_changed, "pinned CR4 bits changed: 0x%lx!?\n",
	movq	$.LC17, %rdi	#,
	movb	$1, __already_done.3(%rip)	#, __already_done
	call	__warn_printk	#
#APP
# 458 "/work/main/build/src/arch/x86/kernel/cpu/common.c" 1
	1:	.byte 0x0f, 0x0b
.pushsection __bug_table,"aw"
2:	.long 1b - .	# bug_entry::bug_addr
	.long .LC16 - .	# bug_entry::file	#
	.word 458	# bug_entry::line	#
	.word 2313	# bug_entry::flags	#
	.org 2b+12	#
.popsection
998:
	.pushsection .discard.reachable
	.long 998b - .
	.popsection
	
# 0 "" 2
#NO_APP
.L98:
# /work/main/build/src/arch/x86/kernel/cpu/common.c:461: }
	ret	
	.size	native_write_cr4, .-native_write_cr4
	.globl	cr4_update_irqsoff
	.type	cr4_update_irqsoff, @function
cr4_update_irqsoff:
# /work/main/build/src/arch/x86/kernel/cpu/common.c:467: {
	movq	%rdi, %rax	# tmp94, set
	movq	%rsi, %rdi	# tmp95, clear
# /work/main/build/src/arch/x86/kernel/cpu/common.c:468: 	unsigned long newval, cr4 = this_cpu_read(cpu_tlbstate.cr4);
#APP
# 468 "/work/main/build/src/arch/x86/kernel/cpu/common.c" 1
	movq %gs:cpu_tlbstate+24(%rip), %rdx	# cpu_tlbstate.cr4, pfo_val__
# 0 "" 2
# /work/main/build/src/arch/x86/kernel/cpu/common.c:472: 	newval = (cr4 & ~clear) | set;
#NO_APP
	notq	%rdi	# tmp90
# /work/main/build/src/arch/x86/kernel/cpu/common.c:472: 	newval = (cr4 & ~clear) | set;
	andq	%rdx, %rdi	# pfo_val__, tmp91
# /work/main/build/src/arch/x86/kernel/cpu/common.c:472: 	newval = (cr4 & ~clear) | set;
	orq	%rax, %rdi	# set, newval
# /work/main/build/src/arch/x86/kernel/cpu/common.c:473: 	if (newval != cr4) {
	cmpq	%rdi, %rdx	# newval, pfo_val__
	je	.L105	#,
# /work/main/build/src/arch/x86/kernel/cpu/common.c:474: 		this_cpu_write(cpu_tlbstate.cr4, newval);
#APP
# 474 "/work/main/build/src/arch/x86/kernel/cpu/common.c" 1
	movq %rdi, %gs:cpu_tlbstate+24(%rip)	# newval, cpu_tlbstate.cr4
# 0 "" 2
# /work/main/build/src/arch/x86/include/asm/special_insns.h:179: 	native_write_cr4(x);
#NO_APP
	jmp	native_write_cr4	#
.L105:
# /work/main/build/src/arch/x86/kernel/cpu/common.c:477: }
	ret	
	.size	cr4_update_irqsoff, .-cr4_update_irqsoff
	.type	cr4_set_bits, @function
cr4_set_bits:
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
# /work/main/build/src/arch/x86/include/asm/tlbflush.h:27: 	cr4_update_irqsoff(mask, 0);
#NO_APP
	xorl	%esi, %esi	#
	call	cr4_update_irqsoff	#
# /work/main/build/src/arch/x86/include/asm/irqflags.h:137: 	if (!arch_irqs_disabled_flags(flags))
	btl	$9, %ebx	#, flags
	jnc	.L107	#,
# /work/main/build/src/arch/x86/include/asm/irqflags.h:45: 	asm volatile("sti": : :"memory");
#APP
# 45 "/work/main/build/src/arch/x86/include/asm/irqflags.h" 1
	sti	
# 0 "" 2
#NO_APP
.L107:
# /work/main/build/src/arch/x86/include/asm/tlbflush.h:44: }
	popq	%rbx	#
	ret	
	.size	cr4_set_bits, .-cr4_set_bits
	.type	cr4_clear_bits, @function
cr4_clear_bits:
	pushq	%rbx	#
# /work/main/build/src/arch/x86/include/asm/tlbflush.h:48: {
	movq	%rdi, %rsi	# tmp87, mask
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
# /work/main/build/src/arch/x86/include/asm/tlbflush.h:33: 	cr4_update_irqsoff(0, mask);
#NO_APP
	xorl	%edi, %edi	#
	call	cr4_update_irqsoff	#
# /work/main/build/src/arch/x86/include/asm/irqflags.h:137: 	if (!arch_irqs_disabled_flags(flags))
	btl	$9, %ebx	#, flags
	jnc	.L113	#,
# /work/main/build/src/arch/x86/include/asm/irqflags.h:45: 	asm volatile("sti": : :"memory");
#APP
# 45 "/work/main/build/src/arch/x86/include/asm/irqflags.h" 1
	sti	
# 0 "" 2
#NO_APP
.L113:
# /work/main/build/src/arch/x86/include/asm/tlbflush.h:54: }
	popq	%rbx	#
	ret	
	.size	cr4_clear_bits, .-cr4_clear_bits
	.globl	cr4_read_shadow
	.type	cr4_read_shadow, @function
cr4_read_shadow:
# /work/main/build/src/arch/x86/kernel/cpu/common.c:483: 	return this_cpu_read(cpu_tlbstate.cr4);
#APP
# 483 "/work/main/build/src/arch/x86/kernel/cpu/common.c" 1
	movq %gs:cpu_tlbstate+24(%rip), %rax	# cpu_tlbstate.cr4, pfo_val__
# 0 "" 2
# /work/main/build/src/arch/x86/kernel/cpu/common.c:484: }
#NO_APP
	ret	
	.size	cr4_read_shadow, .-cr4_read_shadow
	.globl	cr4_init
	.type	cr4_init, @function
cr4_init:
	pushq	%rbx	#
# /work/main/build/src/arch/x86/include/asm/special_insns.h:72: 	asm volatile("mov %%cr4,%0\n\t" : "=r" (val) : __FORCE_ORDER);
#APP
# 72 "/work/main/build/src/arch/x86/include/asm/special_insns.h" 1
	mov %cr4,%rbx	# val
	
# 0 "" 2
# /work/main/build/src/arch/x86/include/asm/bitops.h:207: 		(addr[nr >> _BITOPS_LONG_SHIFT])) != 0;
#NO_APP
	movq	boot_cpu_data+56(%rip), %rax	# MEM[(const volatile long unsigned int *)&boot_cpu_data + 56B], _12
# /work/main/build/src/arch/x86/kernel/cpu/common.c:491: 	if (boot_cpu_has(X86_FEATURE_PCID))
	btl	$17, %eax	#, _12
	jnc	.L121	#,
# /work/main/build/src/arch/x86/kernel/cpu/common.c:492: 		cr4 |= X86_CR4_PCIDE;
	orq	$131072, %rbx	#, val
.L121:
# /work/main/build/src/arch/x86/include/asm/atomic.h:29: 	return __READ_ONCE((v)->counter);
	movl	cr_pinning(%rip), %eax	# MEM[(const volatile int *)&cr_pinning], _15
# /work/main/build/src/arch/x86/kernel/cpu/common.c:493: 	if (static_branch_likely(&cr_pinning))
	testl	%eax, %eax	# _15
	jle	.L122	#,
# /work/main/build/src/arch/x86/kernel/cpu/common.c:494: 		cr4 = (cr4 & ~cr4_pinned_mask) | cr4_pinned_bits;
	andq	$-11601921, %rbx	#, _4
# /work/main/build/src/arch/x86/kernel/cpu/common.c:494: 		cr4 = (cr4 & ~cr4_pinned_mask) | cr4_pinned_bits;
	orq	cr4_pinned_bits(%rip), %rbx	# cr4_pinned_bits, val
.L122:
# /work/main/build/src/arch/x86/include/asm/special_insns.h:179: 	native_write_cr4(x);
	movq	%rbx, %rdi	# val,
	call	native_write_cr4	#
# /work/main/build/src/arch/x86/kernel/cpu/common.c:499: 	this_cpu_write(cpu_tlbstate.cr4, cr4);
#APP
# 499 "/work/main/build/src/arch/x86/kernel/cpu/common.c" 1
	movq %rbx, %gs:cpu_tlbstate+24(%rip)	# val, cpu_tlbstate.cr4
# 0 "" 2
# /work/main/build/src/arch/x86/kernel/cpu/common.c:500: }
#NO_APP
	popq	%rbx	#
	ret	
	.size	cr4_init, .-cr4_init
	.globl	cet_disable
	.type	cet_disable, @function
cet_disable:
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
 .word 596	#
 .byte 663b-661b
 .byte 6652f-6642f
.popsection
.pushsection .altinstr_replacement, "ax"
# ALT: replacement 1
6641:
	jmp .L127	#
6651:
# ALT: replacement 2
6642:
	
6652:
.popsection
.pushsection .altinstr_aux,"ax"
6:
 testb $16,boot_cpu_data+114 (% rip)	#,
 jnz .L128	#
 jmp .L127	#
.popsection

# 0 "" 2
#NO_APP
.L128:
# /work/main/build/src/arch/x86/kernel/cpu/common.c:624: 		wrmsrl(MSR_IA32_S_CET, 0);
	xorl	%esi, %esi	#
	movl	$1698, %edi	#,
	jmp	wrmsrl	#
.L129:
.L127:
# /work/main/build/src/arch/x86/kernel/cpu/common.c:625: }
	ret	
	.size	cet_disable, .-cet_disable
	.globl	load_percpu_segment
	.type	load_percpu_segment, @function
load_percpu_segment:
# /work/main/build/src/arch/x86/kernel/cpu/common.c:713: 	__loadsegment_simple(gs, 0);
	xorl	%eax, %eax	# __val
#APP
# 713 "/work/main/build/src/arch/x86/kernel/cpu/common.c" 1
							
1:	movl %eax,%gs			# __val
 .pushsection "__ex_table","a"
 .balign 4
 .long (1b) - .
 .long (1b) - .
.macro extable_type_reg type:req reg:req
.set .Lfound, 0
.set .Lregnr, 0
.irp rs,rax,rcx,rdx,rbx,rsp,rbp,rsi,rdi,r8,r9,r10,r11,r12,r13,r14,r15
.ifc \reg, %\rs
.set .Lfound, .Lfound+1
.long \type + (.Lregnr << 8)
.endif
.set .Lregnr, .Lregnr+1
.endr
.set .Lregnr, 0
.irp rs,eax,ecx,edx,ebx,esp,ebp,esi,edi,r8d,r9d,r10d,r11d,r12d,r13d,r14d,r15d
.ifc \reg, %\rs
.set .Lfound, .Lfound+1
.long \type + (.Lregnr << 8)
.endif
.set .Lregnr, .Lregnr+1
.endr
.if (.Lfound != 1)
.error "extable_type_reg: bad register argument"
.endif
.endm
extable_type_reg reg=%eax, type=(17 | ((0) << 16)) 	# __val
.purgem extable_type_reg
 .popsection

# 0 "" 2
# /work/main/build/src/arch/x86/include/asm/processor.h:452: 	return (unsigned long)per_cpu(fixed_percpu_data.gs_base, cpu);
#NO_APP
	movslq	%edi, %rdi	# cpu, cpu
	movq	$fixed_percpu_data, %rsi	#, __ptr
	addq	__per_cpu_offset(,%rdi,8), %rsi	# __per_cpu_offset[cpu_5(D)], tmp93
# /work/main/build/src/arch/x86/kernel/cpu/common.c:714: 	wrmsrl(MSR_GS_BASE, cpu_kernelmode_gs_base(cpu));
	movl	$-1073741567, %edi	#,
	jmp	wrmsrl	#
	.size	load_percpu_segment, .-load_percpu_segment
	.globl	load_direct_gdt
	.type	load_direct_gdt, @function
load_direct_gdt:
# /work/main/build/src/arch/x86/include/asm/desc.h:53: 	return per_cpu(gdt_page, cpu).gdt;
	movl	%edi, %edi	# tmp98, cpu
# /work/main/build/src/arch/x86/kernel/cpu/common.c:725: {
	subq	$16, %rsp	#,
# /work/main/build/src/arch/x86/include/asm/desc.h:53: 	return per_cpu(gdt_page, cpu).gdt;
	movq	$gdt_page, %rax	#, __ptr
	addq	__per_cpu_offset(,%rdi,8), %rax	# __per_cpu_offset[cpu.9_1], tmp96
# /work/main/build/src/arch/x86/kernel/cpu/common.c:729: 	gdt_descr.size = GDT_SIZE - 1;
	movw	$127, 6(%rsp)	#, gdt_descr.size
# /work/main/build/src/arch/x86/kernel/cpu/common.c:728: 	gdt_descr.address = (long)get_cpu_gdt_rw(cpu);
	movq	%rax, 8(%rsp)	# tmp96, gdt_descr.address
# /work/main/build/src/arch/x86/include/asm/desc.h:210: 	asm volatile("lgdt %0"::"m" (*dtr));
#APP
# 210 "/work/main/build/src/arch/x86/include/asm/desc.h" 1
	lgdt 6(%rsp)		# gdt_descr
# 0 "" 2
# /work/main/build/src/arch/x86/kernel/cpu/common.c:731: }
#NO_APP
	addq	$16, %rsp	#,
	ret	
	.size	load_direct_gdt, .-load_direct_gdt
	.globl	load_fixmap_gdt
	.type	load_fixmap_gdt, @function
load_fixmap_gdt:
	subq	$16, %rsp	#,
# /work/main/build/src/arch/x86/kernel/cpu/common.c:736: {
	movl	%edi, %edx	# tmp90, cpu
# /work/main/build/src/arch/x86/kernel/cpu/common.c:737: 	struct desc_ptr gdt_descr;
	xorl	%eax, %eax	# tmp89
	movl	$10, %ecx	#, tmp88
	leaq	6(%rsp), %rsi	#, tmp86
	movq	%rsi, %rdi	# tmp86, tmp86
	rep stosb
# /work/main/build/src/arch/x86/include/asm/desc.h:65: 	return (struct desc_struct *)&get_cpu_entry_area(cpu)->gdt;
	movl	%edx, %edi	# cpu,
	call	get_cpu_entry_area	#
# /work/main/build/src/arch/x86/kernel/cpu/common.c:739: 	gdt_descr.address = (long)get_cpu_gdt_ro(cpu);
	movq	%rax, 8(%rsp)	# tmp91, gdt_descr.address
# /work/main/build/src/arch/x86/kernel/cpu/common.c:740: 	gdt_descr.size = GDT_SIZE - 1;
	movw	$127, 6(%rsp)	#, gdt_descr.size
# /work/main/build/src/arch/x86/include/asm/desc.h:210: 	asm volatile("lgdt %0"::"m" (*dtr));
#APP
# 210 "/work/main/build/src/arch/x86/include/asm/desc.h" 1
	lgdt 6(%rsp)		# gdt_descr
# 0 "" 2
# /work/main/build/src/arch/x86/kernel/cpu/common.c:742: }
#NO_APP
	addq	$16, %rsp	#,
	ret	
	.size	load_fixmap_gdt, .-load_fixmap_gdt
	.globl	switch_to_new_gdt
	.type	switch_to_new_gdt, @function
switch_to_new_gdt:
	pushq	%rax	#
# /work/main/build/src/arch/x86/kernel/cpu/common.c:752: 	load_direct_gdt(cpu);
	movl	%edi, 4(%rsp)	# cpu, %sfp
	call	load_direct_gdt	#
# /work/main/build/src/arch/x86/kernel/cpu/common.c:754: 	load_percpu_segment(cpu);
	movl	4(%rsp), %edi	# %sfp, cpu
# /work/main/build/src/arch/x86/kernel/cpu/common.c:755: }
	popq	%rdx	#
# /work/main/build/src/arch/x86/kernel/cpu/common.c:754: 	load_percpu_segment(cpu);
	jmp	load_percpu_segment	#
	.size	switch_to_new_gdt, .-switch_to_new_gdt
	.globl	detect_num_cpu_cores
	.type	detect_num_cpu_cores, @function
detect_num_cpu_cores:
# /work/main/build/src/arch/x86/kernel/cpu/common.c:794: 	c->x86_max_cores = 1;
	movw	$1, 256(%rdi)	#, c_8(D)->x86_max_cores
# /work/main/build/src/arch/x86/kernel/cpu/common.c:795: 	if (!IS_ENABLED(CONFIG_SMP) || c->cpuid_level < 4)
	cmpl	$3, 36(%rdi)	#, c_8(D)->cpuid_level
	jle	.L146	#,
# /work/main/build/src/arch/x86/kernel/cpu/common.c:791: {
	pushq	%rbx	#
# /work/main/build/src/arch/x86/include/asm/processor.h:222: 	asm volatile("cpuid"
	movl	$4, %eax	#, eax
	xorl	%ecx, %ecx	# ecx
#APP
# 222 "/work/main/build/src/arch/x86/include/asm/processor.h" 1
	cpuid	
# 0 "" 2
# /work/main/build/src/arch/x86/kernel/cpu/common.c:799: 	if (eax & 0x1f)
#NO_APP
	testb	$31, %al	#, eax
	je	.L138	#,
# /work/main/build/src/arch/x86/kernel/cpu/common.c:800: 		c->x86_max_cores = (eax >> 26) + 1;
	shrl	$26, %eax	#, tmp99
# /work/main/build/src/arch/x86/kernel/cpu/common.c:800: 		c->x86_max_cores = (eax >> 26) + 1;
	incl	%eax	# tmp100
	movw	%ax, 256(%rdi)	# tmp100, c_8(D)->x86_max_cores
.L138:
# /work/main/build/src/arch/x86/kernel/cpu/common.c:801: }
	popq	%rbx	#
	ret	
.L146:
	ret	
	.size	detect_num_cpu_cores, .-detect_num_cpu_cores
	.globl	cpu_detect_cache_sizes
	.type	cpu_detect_cache_sizes, @function
cpu_detect_cache_sizes:
# /work/main/build/src/arch/x86/kernel/cpu/common.c:807: 	n = c->extended_cpuid_level;
	movl	32(%rdi), %r8d	# c_7(D)->extended_cpuid_level, n
# /work/main/build/src/arch/x86/kernel/cpu/common.c:809: 	if (n >= 0x80000005) {
	cmpl	$-2147483644, %r8d	#, n
	jbe	.L157	#,
# /work/main/build/src/arch/x86/include/asm/processor.h:222: 	asm volatile("cpuid"
	xorl	%esi, %esi	# tmp109
# /work/main/build/src/arch/x86/kernel/cpu/common.c:804: {
	pushq	%rbx	#
# /work/main/build/src/arch/x86/include/asm/processor.h:222: 	asm volatile("cpuid"
	movl	$-2147483643, %eax	#, dummy
	movl	%esi, %ecx	# tmp109, ecx
#APP
# 222 "/work/main/build/src/arch/x86/include/asm/processor.h" 1
	cpuid	
# 0 "" 2
# /work/main/build/src/arch/x86/kernel/cpu/common.c:811: 		c->x86_cache_size = (ecx>>24) + (edx>>24);
#NO_APP
	shrl	$24, %ecx	#, tmp110
# /work/main/build/src/arch/x86/kernel/cpu/common.c:811: 		c->x86_cache_size = (ecx>>24) + (edx>>24);
	shrl	$24, %edx	#, tmp111
# /work/main/build/src/arch/x86/kernel/cpu/common.c:814: 		c->x86_tlbsize = 0;
	xorl	%eax, %eax	#
# /work/main/build/src/arch/x86/kernel/cpu/common.c:811: 		c->x86_cache_size = (ecx>>24) + (edx>>24);
	addl	%edx, %ecx	# tmp111, tmp112
# /work/main/build/src/arch/x86/kernel/cpu/common.c:814: 		c->x86_tlbsize = 0;
	movl	%eax, 4(%rdi)	#, c_7(D)->x86_tlbsize
# /work/main/build/src/arch/x86/kernel/cpu/common.c:811: 		c->x86_cache_size = (ecx>>24) + (edx>>24);
	movl	%ecx, 216(%rdi)	# tmp112, c_7(D)->x86_cache_size
# /work/main/build/src/arch/x86/kernel/cpu/common.c:818: 	if (n < 0x80000006)	/* Some chips just has a large L1. */
	cmpl	$-2147483643, %r8d	#, n
	je	.L149	#,
# /work/main/build/src/arch/x86/include/asm/processor.h:222: 	asm volatile("cpuid"
	movl	$-2147483642, %eax	#, dummy
	movl	%esi, %ecx	# tmp109, ecx
#APP
# 222 "/work/main/build/src/arch/x86/include/asm/processor.h" 1
	cpuid	
# 0 "" 2
# /work/main/build/src/arch/x86/kernel/cpu/common.c:825: 	c->x86_tlbsize += ((ebx >> 16) & 0xfff) + (ebx & 0xfff);
#NO_APP
	movl	%ebx, %eax	# ebx, tmp119
# /work/main/build/src/arch/x86/kernel/cpu/common.c:825: 	c->x86_tlbsize += ((ebx >> 16) & 0xfff) + (ebx & 0xfff);
	shrl	$16, %ebx	#, tmp122
# /work/main/build/src/arch/x86/kernel/cpu/common.c:825: 	c->x86_tlbsize += ((ebx >> 16) & 0xfff) + (ebx & 0xfff);
	andl	$4095, %eax	#, tmp119
# /work/main/build/src/arch/x86/kernel/cpu/common.c:825: 	c->x86_tlbsize += ((ebx >> 16) & 0xfff) + (ebx & 0xfff);
	andl	$4095, %ebx	#, tmp123
# /work/main/build/src/arch/x86/kernel/cpu/common.c:822: 	l2size = ecx >> 16;
	shrl	$16, %ecx	#, tmp125
# /work/main/build/src/arch/x86/kernel/cpu/common.c:825: 	c->x86_tlbsize += ((ebx >> 16) & 0xfff) + (ebx & 0xfff);
	addl	%ebx, %eax	# tmp123, tmp124
	addl	%eax, 4(%rdi)	# tmp124, c_7(D)->x86_tlbsize
# /work/main/build/src/arch/x86/kernel/cpu/common.c:822: 	l2size = ecx >> 16;
	movl	%ecx, 216(%rdi)	# tmp125, c_7(D)->x86_cache_size
.L149:
# /work/main/build/src/arch/x86/kernel/cpu/common.c:840: }
	popq	%rbx	#
	ret	
.L157:
	ret	
	.size	cpu_detect_cache_sizes, .-cpu_detect_cache_sizes
	.type	default_init, @function
default_init:
# /work/main/build/src/arch/x86/kernel/cpu/common.c:186: 	cpu_detect_cache_sizes(c);
	jmp	cpu_detect_cache_sizes	#
	.size	default_init, .-default_init
	.section	.rodata.str1.1
.LC18:
	.string	"\0016CPU0: Hyper-Threading is disabled\n"
	.text
	.globl	detect_ht_early
	.type	detect_ht_early, @function
detect_ht_early:
# /work/main/build/src/arch/x86/include/asm/bitops.h:207: 		(addr[nr >> _BITOPS_LONG_SHIFT])) != 0;
	movq	40(%rdi), %rdx	# MEM[(const volatile long unsigned int *)c_14(D) + 40B], _19
# /work/main/build/src/arch/x86/kernel/cpu/common.c:870: 		return -1;
	orl	$-1, %eax	#, <retval>
# /work/main/build/src/arch/x86/kernel/cpu/common.c:869: 	if (!cpu_has(c, X86_FEATURE_HT))
	btl	$28, %edx	#, _19
	jnc	.L168	#,
# /work/main/build/src/arch/x86/include/asm/bitops.h:207: 		(addr[nr >> _BITOPS_LONG_SHIFT])) != 0;
	movq	64(%rdi), %rdx	# MEM[(const volatile long unsigned int *)c_14(D) + 64B], _22
# /work/main/build/src/arch/x86/kernel/cpu/common.c:872: 	if (cpu_has(c, X86_FEATURE_CMP_LEGACY))
	andb	$2, %dl	#, _22
	jne	.L168	#,
# /work/main/build/src/arch/x86/include/asm/bitops.h:207: 		(addr[nr >> _BITOPS_LONG_SHIFT])) != 0;
	movq	48(%rdi), %rdx	# MEM[(const volatile long unsigned int *)c_14(D) + 48B], _25
# /work/main/build/src/arch/x86/kernel/cpu/common.c:875: 	if (cpu_has(c, X86_FEATURE_XTOPOLOGY))
	btq	$54, %rdx	#, _25
	jc	.L168	#,
# /work/main/build/src/arch/x86/kernel/cpu/common.c:865: {
	pushq	%rbx	#
# /work/main/build/src/arch/x86/include/asm/processor.h:222: 	asm volatile("cpuid"
	movl	$1, %eax	#, eax
	xorl	%ecx, %ecx	# ecx
#APP
# 222 "/work/main/build/src/arch/x86/include/asm/processor.h" 1
	cpuid	
# 0 "" 2
# /work/main/build/src/arch/x86/kernel/cpu/common.c:880: 	smp_num_siblings = (ebx & 0xff0000) >> 16;
#NO_APP
	shrl	$16, %ebx	#, tmp113
	movzbl	%bl, %ebx	# tmp113, _28
# /work/main/build/src/arch/x86/kernel/cpu/common.c:880: 	smp_num_siblings = (ebx & 0xff0000) >> 16;
	movl	%ebx, smp_num_siblings(%rip)	# _28, smp_num_siblings
# /work/main/build/src/arch/x86/kernel/cpu/common.c:881: 	if (smp_num_siblings == 1)
	decl	%ebx	# _28
	jne	.L163	#,
# /work/main/build/src/arch/x86/kernel/cpu/common.c:882: 		pr_info_once("CPU0: Hyper-Threading is disabled\n");
	cmpb	$0, __already_done.2(%rip)	#, __already_done
	jne	.L163	#,
# /work/main/build/src/arch/x86/kernel/cpu/common.c:882: 		pr_info_once("CPU0: Hyper-Threading is disabled\n");
	movq	$.LC18, %rdi	#,
	movb	$1, __already_done.2(%rip)	#, __already_done
	call	_printk	#
.L163:
# /work/main/build/src/arch/x86/kernel/cpu/common.c:884: 	return 0;
	xorl	%eax, %eax	# <retval>
# /work/main/build/src/arch/x86/kernel/cpu/common.c:885: }
	popq	%rbx	#
	ret	
.L168:
	ret	
	.size	detect_ht_early, .-detect_ht_early
	.globl	detect_ht
	.type	detect_ht, @function
detect_ht:
	pushq	%rbp	#
	pushq	%rbx	#
# /work/main/build/src/arch/x86/kernel/cpu/common.c:888: {
	movq	%rdi, %rbx	# tmp148, c
# /work/main/build/src/arch/x86/kernel/cpu/common.c:892: 	if (detect_ht_early(c) < 0)
	call	detect_ht_early	#
# /work/main/build/src/arch/x86/kernel/cpu/common.c:892: 	if (detect_ht_early(c) < 0)
	testl	%eax, %eax	# tmp149
	js	.L171	#,
# /work/main/build/src/arch/x86/kernel/cpu/common.c:895: 	index_msb = get_count_order(smp_num_siblings);
	movl	smp_num_siblings(%rip), %eax	# smp_num_siblings, smp_num_siblings.22_3
# /work/main/build/src/include/linux/bitops.h:216: 		return -1;
	orl	$-1, %esi	#, _50
# /work/main/build/src/include/linux/bitops.h:215: 	if (count == 0)
	testl	%eax, %eax	# smp_num_siblings.22_3
	je	.L173	#,
# /work/main/build/src/include/linux/bitops.h:218: 	return fls(--count);
	decl	%eax	# count
# /work/main/build/src/arch/x86/include/asm/bitops.h:373: 	asm("bsrl %1,%0"
#APP
# 373 "/work/main/build/src/arch/x86/include/asm/bitops.h" 1
	bsrl %eax,%esi	# count, r
# 0 "" 2
# /work/main/build/src/arch/x86/include/asm/bitops.h:386: 	return r + 1;
#NO_APP
	incl	%esi	# _50
.L173:
# /work/main/build/src/arch/x86/kernel/cpu/common.c:896: 	c->phys_proc_id = apic->phys_pkg_id(c->initial_apicid, index_msb);
	movq	apic(%rip), %rax	# apic, apic
	movzwl	260(%rbx), %edi	# c_29(D)->initial_apicid, c_29(D)->initial_apicid
	call	*224(%rax)	# apic.23_4->phys_pkg_id
# /work/main/build/src/arch/x86/kernel/cpu/common.c:898: 	smp_num_siblings = smp_num_siblings / c->x86_max_cores;
	movzwl	256(%rbx), %edi	# c_29(D)->x86_max_cores, _11
# /work/main/build/src/include/linux/bitops.h:216: 		return -1;
	orl	$-1, %esi	#, _46
# /work/main/build/src/arch/x86/kernel/cpu/common.c:896: 	c->phys_proc_id = apic->phys_pkg_id(c->initial_apicid, index_msb);
	movw	%ax, 266(%rbx)	# tmp150, c_29(D)->phys_proc_id
# /work/main/build/src/arch/x86/kernel/cpu/common.c:898: 	smp_num_siblings = smp_num_siblings / c->x86_max_cores;
	movl	smp_num_siblings(%rip), %eax	# smp_num_siblings, smp_num_siblings
	cltd
	idivl	%edi	# _11
# /work/main/build/src/arch/x86/kernel/cpu/common.c:898: 	smp_num_siblings = smp_num_siblings / c->x86_max_cores;
	movl	%eax, smp_num_siblings(%rip)	# tmp125, smp_num_siblings
# /work/main/build/src/include/linux/bitops.h:215: 	if (count == 0)
	testl	%eax, %eax	# tmp125
	je	.L174	#,
# /work/main/build/src/include/linux/bitops.h:218: 	return fls(--count);
	decl	%eax	# count
# /work/main/build/src/arch/x86/include/asm/bitops.h:373: 	asm("bsrl %1,%0"
#APP
# 373 "/work/main/build/src/arch/x86/include/asm/bitops.h" 1
	bsrl %eax,%esi	# count, r
# 0 "" 2
# /work/main/build/src/arch/x86/include/asm/bitops.h:386: 	return r + 1;
#NO_APP
	incl	%esi	# _46
.L174:
# /work/main/build/src/include/linux/bitops.h:216: 		return -1;
	orl	$-1, %ebp	#, _42
# /work/main/build/src/include/linux/bitops.h:215: 	if (count == 0)
	testl	%edi, %edi	# _11
	je	.L175	#,
# /work/main/build/src/include/linux/bitops.h:218: 	return fls(--count);
	decl	%edi	# count
# /work/main/build/src/arch/x86/include/asm/bitops.h:373: 	asm("bsrl %1,%0"
	orl	$-1, %ecx	#, r
#APP
# 373 "/work/main/build/src/arch/x86/include/asm/bitops.h" 1
	bsrl %edi,%ecx	# count, r
# 0 "" 2
# /work/main/build/src/arch/x86/include/asm/bitops.h:386: 	return r + 1;
#NO_APP
	leal	1(%rcx), %ebp	#, _42
.L175:
# /work/main/build/src/arch/x86/kernel/cpu/common.c:904: 	c->cpu_core_id = apic->phys_pkg_id(c->initial_apicid, index_msb) &
	movq	apic(%rip), %rax	# apic, apic
	movzwl	260(%rbx), %edi	# c_29(D)->initial_apicid, c_29(D)->initial_apicid
	call	*224(%rax)	# apic.27_16->phys_pkg_id
# /work/main/build/src/arch/x86/kernel/cpu/common.c:905: 				       ((1 << core_bits) - 1);
	movl	%ebp, %ecx	# _42, tmp171
# /work/main/build/src/arch/x86/kernel/cpu/common.c:904: 	c->cpu_core_id = apic->phys_pkg_id(c->initial_apicid, index_msb) &
	movl	%eax, %edx	#, tmp151
# /work/main/build/src/arch/x86/kernel/cpu/common.c:905: 				       ((1 << core_bits) - 1);
	movl	$1, %eax	#, tmp138
	sall	%cl, %eax	# tmp171, tmp137
# /work/main/build/src/arch/x86/kernel/cpu/common.c:905: 				       ((1 << core_bits) - 1);
	decl	%eax	# tmp139
# /work/main/build/src/arch/x86/kernel/cpu/common.c:904: 	c->cpu_core_id = apic->phys_pkg_id(c->initial_apicid, index_msb) &
	andl	%edx, %eax	# tmp151, tmp140
	movw	%ax, 270(%rbx)	# tmp140, c_29(D)->cpu_core_id
.L171:
# /work/main/build/src/arch/x86/kernel/cpu/common.c:907: }
	popq	%rbx	#
	popq	%rbp	#
	ret	
	.size	detect_ht, .-detect_ht
	.section	.rodata.str1.1
.LC19:
	.string	"\0013CPU: vendor_id '%s' unknown, using generic init.\nCPU: Your system may be unstable.\n"
	.text
	.globl	get_cpu_vendor
	.type	get_cpu_vendor, @function
get_cpu_vendor:
	pushq	%r13	#
# /work/main/build/src/arch/x86/kernel/cpu/common.c:911: 	char *v = c->x86_vendor_id;
	leaq	136(%rdi), %r13	#, v
# /work/main/build/src/arch/x86/kernel/cpu/common.c:910: {
	pushq	%r12	#
# /work/main/build/src/arch/x86/kernel/cpu/common.c:911: 	char *v = c->x86_vendor_id;
	xorl	%r12d, %r12d	# ivtmp.408
# /work/main/build/src/arch/x86/kernel/cpu/common.c:910: {
	pushq	%rbp	#
	pushq	%rbx	#
# /work/main/build/src/arch/x86/kernel/cpu/common.c:910: {
	movq	%rdi, %rbx	# tmp98, c
.L186:
# /work/main/build/src/arch/x86/kernel/cpu/common.c:915: 		if (!cpu_devs[i])
	movq	cpu_devs(,%r12,8), %rbp	# MEM[(const struct cpu_dev * *)&cpu_devs + ivtmp.408_12 * 8], _1
# /work/main/build/src/arch/x86/kernel/cpu/common.c:915: 		if (!cpu_devs[i])
	testq	%rbp, %rbp	# _1
	je	.L181	#,
# /work/main/build/src/arch/x86/kernel/cpu/common.c:918: 		if (!strcmp(v, cpu_devs[i]->c_ident[0]) ||
	movq	8(%rbp), %rsi	# _1->c_ident[0], _1->c_ident[0]
	movq	%r13, %rdi	# v,
	call	strcmp	#
# /work/main/build/src/arch/x86/kernel/cpu/common.c:918: 		if (!strcmp(v, cpu_devs[i]->c_ident[0]) ||
	testl	%eax, %eax	# tmp99
	jne	.L182	#,
.L185:
# /work/main/build/src/arch/x86/kernel/cpu/common.c:923: 			c->x86_vendor = this_cpu->c_x86_vendor;
	movl	64(%rbp), %eax	# _1->c_x86_vendor, _1->c_x86_vendor
# /work/main/build/src/arch/x86/kernel/cpu/common.c:922: 			this_cpu = cpu_devs[i];
	movq	%rbp, this_cpu(%rip)	# _1, this_cpu
# /work/main/build/src/arch/x86/kernel/cpu/common.c:923: 			c->x86_vendor = this_cpu->c_x86_vendor;
	movb	%al, 1(%rbx)	# _1->c_x86_vendor, c_19(D)->x86_vendor
# /work/main/build/src/arch/x86/kernel/cpu/common.c:924: 			return;
	jmp	.L180	#
.L182:
# /work/main/build/src/arch/x86/kernel/cpu/common.c:919: 		    (cpu_devs[i]->c_ident[1] &&
	movq	16(%rbp), %rsi	# _1->c_ident[1], _5
# /work/main/build/src/arch/x86/kernel/cpu/common.c:918: 		if (!strcmp(v, cpu_devs[i]->c_ident[0]) ||
	testq	%rsi, %rsi	# _5
	je	.L184	#,
# /work/main/build/src/arch/x86/kernel/cpu/common.c:920: 		     !strcmp(v, cpu_devs[i]->c_ident[1]))) {
	movq	%r13, %rdi	# v,
	call	strcmp	#
# /work/main/build/src/arch/x86/kernel/cpu/common.c:919: 		    (cpu_devs[i]->c_ident[1] &&
	testl	%eax, %eax	# tmp100
	je	.L185	#,
.L184:
# /work/main/build/src/arch/x86/kernel/cpu/common.c:914: 	for (i = 0; i < X86_VENDOR_NUM; i++) {
	incq	%r12	# ivtmp.408
	cmpq	$12, %r12	#, ivtmp.408
	jne	.L186	#,
.L181:
# /work/main/build/src/arch/x86/kernel/cpu/common.c:928: 	pr_err_once("CPU: vendor_id '%s' unknown, using generic init.\n" \
	cmpb	$0, __already_done.1(%rip)	#, __already_done
	jne	.L187	#,
# /work/main/build/src/arch/x86/kernel/cpu/common.c:928: 	pr_err_once("CPU: vendor_id '%s' unknown, using generic init.\n" \
	movq	%r13, %rsi	# v,
	movq	$.LC19, %rdi	#,
	movb	$1, __already_done.1(%rip)	#, __already_done
	call	_printk	#
.L187:
# /work/main/build/src/arch/x86/kernel/cpu/common.c:931: 	c->x86_vendor = X86_VENDOR_UNKNOWN;
	movb	$-1, 1(%rbx)	#, c_19(D)->x86_vendor
# /work/main/build/src/arch/x86/kernel/cpu/common.c:932: 	this_cpu = &default_cpu;
	movq	$default_cpu, this_cpu(%rip)	#, this_cpu
.L180:
# /work/main/build/src/arch/x86/kernel/cpu/common.c:933: }
	popq	%rbx	#
	popq	%rbp	#
	popq	%r12	#
	popq	%r13	#
	ret	
	.size	get_cpu_vendor, .-get_cpu_vendor
	.globl	cpu_detect
	.type	cpu_detect, @function
cpu_detect:
# /work/main/build/src/arch/x86/include/asm/processor.h:603: 	*ecx = 0;
	xorl	%eax, %eax	#
# /work/main/build/src/arch/x86/include/asm/processor.h:222: 	asm volatile("cpuid"
	xorl	%esi, %esi	# tmp108
# /work/main/build/src/arch/x86/kernel/cpu/common.c:936: {
	pushq	%r13	#
# /work/main/build/src/arch/x86/include/asm/processor.h:222: 	asm volatile("cpuid"
	movl	%esi, %ecx	# tmp104, tmp106
# /work/main/build/src/arch/x86/kernel/cpu/common.c:936: {
	pushq	%r12	#
	pushq	%rbp	#
	pushq	%rbx	#
# /work/main/build/src/arch/x86/include/asm/processor.h:603: 	*ecx = 0;
	movl	%eax, 36(%rdi)	#, MEM[(unsigned int *)c_8(D) + 36B]
	movl	%eax, 144(%rdi)	#, MEM[(unsigned int *)c_8(D) + 144B]
# /work/main/build/src/arch/x86/include/asm/processor.h:222: 	asm volatile("cpuid"
	movl	%esi, %eax	# tmp108, tmp104
#APP
# 222 "/work/main/build/src/arch/x86/include/asm/processor.h" 1
	cpuid	
# 0 "" 2
#NO_APP
	movl	%eax, 36(%rdi)	# tmp104, MEM[(unsigned int *)_4]
	movl	%ebx, 136(%rdi)	# tmp105, MEM[(unsigned int *)_3]
	movl	%ecx, 144(%rdi)	# tmp106, MEM[(unsigned int *)_2]
	movl	%edx, 140(%rdi)	# tmp107, MEM[(unsigned int *)_1]
# /work/main/build/src/arch/x86/kernel/cpu/common.c:943: 	c->x86 = 4;
	movb	$4, (%rdi)	#, c_8(D)->x86
# /work/main/build/src/arch/x86/kernel/cpu/common.c:945: 	if (c->cpuid_level >= 0x00000001) {
	testl	%eax, %eax	# tmp104
	jle	.L199	#,
# /work/main/build/src/arch/x86/include/asm/processor.h:222: 	asm volatile("cpuid"
	movl	$1, %r12d	#, tfms
	movq	%rdi, %rbp	# tmp121, c
	movl	%esi, %ecx	# tmp108, junk
	movl	%r12d, %eax	# tfms, tfms
#APP
# 222 "/work/main/build/src/arch/x86/include/asm/processor.h" 1
	cpuid	
# 0 "" 2
# /work/main/build/src/arch/x86/kernel/cpu/common.c:949: 		c->x86		= x86_family(tfms);
#NO_APP
	movl	%eax, %edi	# tfms,
# /work/main/build/src/arch/x86/include/asm/processor.h:222: 	asm volatile("cpuid"
	movl	%edx, %r13d	# cap0, cap0
	movl	%eax, %r12d	# tfms, tfms
# /work/main/build/src/arch/x86/kernel/cpu/common.c:949: 		c->x86		= x86_family(tfms);
	call	x86_family	#
# /work/main/build/src/arch/x86/kernel/cpu/common.c:950: 		c->x86_model	= x86_model(tfms);
	movl	%r12d, %edi	# tfms,
# /work/main/build/src/arch/x86/kernel/cpu/common.c:949: 		c->x86		= x86_family(tfms);
	movb	%al, 0(%rbp)	# tmp122, c_8(D)->x86
# /work/main/build/src/arch/x86/kernel/cpu/common.c:950: 		c->x86_model	= x86_model(tfms);
	call	x86_model	#
# /work/main/build/src/arch/x86/kernel/cpu/common.c:951: 		c->x86_stepping	= x86_stepping(tfms);
	movl	%r12d, %edi	# tfms,
# /work/main/build/src/arch/x86/kernel/cpu/common.c:950: 		c->x86_model	= x86_model(tfms);
	movb	%al, 2(%rbp)	# tmp123, c_8(D)->x86_model
# /work/main/build/src/arch/x86/kernel/cpu/common.c:951: 		c->x86_stepping	= x86_stepping(tfms);
	call	x86_stepping	#
# /work/main/build/src/arch/x86/kernel/cpu/common.c:953: 		if (cap0 & (1<<19)) {
	btl	$19, %r13d	#, cap0
# /work/main/build/src/arch/x86/kernel/cpu/common.c:951: 		c->x86_stepping	= x86_stepping(tfms);
	movb	%al, 3(%rbp)	# tmp124, c_8(D)->x86_stepping
# /work/main/build/src/arch/x86/kernel/cpu/common.c:953: 		if (cap0 & (1<<19)) {
	jnc	.L199	#,
# /work/main/build/src/arch/x86/kernel/cpu/common.c:954: 			c->x86_clflush_size = ((misc >> 8) & 0xff) * 8;
	shrw	$8, %bx	#, tmp118
	sall	$3, %ebx	#, _28
	movw	%bx, 262(%rbp)	# _28, c_8(D)->x86_clflush_size
# /work/main/build/src/arch/x86/kernel/cpu/common.c:955: 			c->x86_cache_alignment = c->x86_clflush_size;
	movzwl	%bx, %ebx	# _28, _28
	movl	%ebx, 220(%rbp)	# _28, c_8(D)->x86_cache_alignment
.L199:
# /work/main/build/src/arch/x86/kernel/cpu/common.c:958: }
	popq	%rbx	#
	popq	%rbp	#
	popq	%r12	#
	popq	%r13	#
	ret	
	.size	cpu_detect, .-cpu_detect
	.globl	get_cpu_cap
	.type	get_cpu_cap, @function
get_cpu_cap:
	pushq	%rbp	#
	movq	%rdi, %rbp	# tmp265, c
	pushq	%rbx	#
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1016: 	if (c->cpuid_level >= 0x00000001) {
	cmpl	$0, 36(%rdi)	#, c_24(D)->cpuid_level
	jle	.L208	#,
# /work/main/build/src/arch/x86/include/asm/processor.h:222: 	asm volatile("cpuid"
	movl	$1, %eax	#, eax
	xorl	%ecx, %ecx	# ecx
#APP
# 222 "/work/main/build/src/arch/x86/include/asm/processor.h" 1
	cpuid	
# 0 "" 2
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1019: 		c->x86_capability[CPUID_1_ECX] = ecx;
#NO_APP
	movl	%ecx, 56(%rdi)	# ecx, c_24(D)->D.9083.x86_capability[4]
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1020: 		c->x86_capability[CPUID_1_EDX] = edx;
	movl	%edx, 40(%rdi)	# edx, c_24(D)->D.9083.x86_capability[0]
.L208:
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1024: 	if (c->cpuid_level >= 0x00000006)
	cmpl	$5, 36(%rbp)	#, c_24(D)->cpuid_level
	jle	.L209	#,
# /work/main/build/src/arch/x86/include/asm/processor.h:222: 	asm volatile("cpuid"
	movl	$6, %eax	#, eax
	xorl	%ecx, %ecx	# ecx
#APP
# 222 "/work/main/build/src/arch/x86/include/asm/processor.h" 1
	cpuid	
# 0 "" 2
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1025: 		c->x86_capability[CPUID_6_EAX] = cpuid_eax(0x00000006);
#NO_APP
	movl	%eax, 96(%rbp)	# eax, c_24(D)->D.9083.x86_capability[14]
.L209:
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1028: 	if (c->cpuid_level >= 0x00000007) {
	cmpl	$6, 36(%rbp)	#, c_24(D)->cpuid_level
	jle	.L211	#,
# /work/main/build/src/arch/x86/include/asm/processor.h:222: 	asm volatile("cpuid"
	movl	$7, %esi	#, tmp192
	xorl	%ecx, %ecx	# ecx
	movl	%esi, %eax	# tmp192, eax
#APP
# 222 "/work/main/build/src/arch/x86/include/asm/processor.h" 1
	cpuid	
# 0 "" 2
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1030: 		c->x86_capability[CPUID_7_0_EBX] = ebx;
#NO_APP
	movl	%ebx, 76(%rbp)	# ebx, c_24(D)->D.9083.x86_capability[9]
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1031: 		c->x86_capability[CPUID_7_ECX] = ecx;
	movl	%ecx, 104(%rbp)	# ecx, c_24(D)->D.9083.x86_capability[16]
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1032: 		c->x86_capability[CPUID_7_EDX] = edx;
	movl	%edx, 112(%rbp)	# edx, c_24(D)->D.9083.x86_capability[18]
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1035: 		if (eax >= 1) {
	testl	%eax, %eax	# eax
	je	.L211	#,
# /work/main/build/src/arch/x86/include/asm/processor.h:222: 	asm volatile("cpuid"
	movl	%esi, %eax	# tmp192, eax
	movl	$1, %ecx	#, ecx
#APP
# 222 "/work/main/build/src/arch/x86/include/asm/processor.h" 1
	cpuid	
# 0 "" 2
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1037: 			c->x86_capability[CPUID_7_1_EAX] = eax;
#NO_APP
	movl	%eax, 88(%rbp)	# eax, c_24(D)->D.9083.x86_capability[12]
.L211:
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1042: 	if (c->cpuid_level >= 0x0000000d) {
	cmpl	$12, 36(%rbp)	#, c_24(D)->cpuid_level
	jle	.L213	#,
# /work/main/build/src/arch/x86/include/asm/processor.h:222: 	asm volatile("cpuid"
	movl	$13, %eax	#, eax
	movl	$1, %ecx	#, ecx
#APP
# 222 "/work/main/build/src/arch/x86/include/asm/processor.h" 1
	cpuid	
# 0 "" 2
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1045: 		c->x86_capability[CPUID_D_1_EAX] = eax;
#NO_APP
	movl	%eax, 80(%rbp)	# eax, c_24(D)->D.9083.x86_capability[10]
.L213:
# /work/main/build/src/arch/x86/include/asm/processor.h:222: 	asm volatile("cpuid"
	xorl	%esi, %esi	# tmp211
	movl	$-2147483648, %eax	#, eax
	movl	%esi, %ecx	# tmp211, ecx
#APP
# 222 "/work/main/build/src/arch/x86/include/asm/processor.h" 1
	cpuid	
# 0 "" 2
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1053: 	c->extended_cpuid_level = ((eax & 0xffff0000) == 0x80000000) ? eax : 0;
#NO_APP
	movl	%eax, %edx	# eax, tmp212
	xorw	%dx, %dx	# tmp212
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1053: 	c->extended_cpuid_level = ((eax & 0xffff0000) == 0x80000000) ? eax : 0;
	cmpl	$-2147483648, %edx	#, tmp212
	je	.L214	#,
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1053: 	c->extended_cpuid_level = ((eax & 0xffff0000) == 0x80000000) ? eax : 0;
	xorl	%eax, %eax	#
	movl	%eax, 32(%rbp)	#, c_24(D)->extended_cpuid_level
	jmp	.L217	#
.L214:
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1053: 	c->extended_cpuid_level = ((eax & 0xffff0000) == 0x80000000) ? eax : 0;
	movl	%eax, 32(%rbp)	# eax, c_24(D)->extended_cpuid_level
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1055: 	if (c->extended_cpuid_level >= 0x80000001) {
	cmpl	$-2147483648, %eax	#, eax
	je	.L217	#,
# /work/main/build/src/arch/x86/include/asm/processor.h:222: 	asm volatile("cpuid"
	movl	$-2147483647, %eax	#, eax
	movl	%esi, %ecx	# tmp211, ecx
#APP
# 222 "/work/main/build/src/arch/x86/include/asm/processor.h" 1
	cpuid	
# 0 "" 2
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1062: 	if (c->extended_cpuid_level >= 0x80000007) {
#NO_APP
	cmpl	$-2147483642, 32(%rbp)	#, c_24(D)->extended_cpuid_level
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1058: 		c->x86_capability[CPUID_8000_0001_ECX] = ecx;
	movl	%ecx, 64(%rbp)	# ecx, c_24(D)->D.9083.x86_capability[6]
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1059: 		c->x86_capability[CPUID_8000_0001_EDX] = edx;
	movl	%edx, 44(%rbp)	# edx, c_24(D)->D.9083.x86_capability[1]
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1062: 	if (c->extended_cpuid_level >= 0x80000007) {
	jbe	.L216	#,
# /work/main/build/src/arch/x86/include/asm/processor.h:222: 	asm volatile("cpuid"
	movl	$-2147483641, %eax	#, eax
	movl	%esi, %ecx	# tmp211, ecx
#APP
# 222 "/work/main/build/src/arch/x86/include/asm/processor.h" 1
	cpuid	
# 0 "" 2
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1065: 		c->x86_capability[CPUID_8000_0007_EBX] = ebx;
#NO_APP
	movl	%ebx, 108(%rbp)	# ebx, c_24(D)->D.9083.x86_capability[17]
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1066: 		c->x86_power = edx;
	movl	%edx, 236(%rbp)	# edx, c_24(D)->x86_power
.L216:
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1069: 	if (c->extended_cpuid_level >= 0x80000008) {
	cmpl	$-2147483641, 32(%rbp)	#, c_24(D)->extended_cpuid_level
	jbe	.L217	#,
# /work/main/build/src/arch/x86/include/asm/processor.h:222: 	asm volatile("cpuid"
	movl	$-2147483640, %eax	#, eax
	xorl	%ecx, %ecx	# ecx
#APP
# 222 "/work/main/build/src/arch/x86/include/asm/processor.h" 1
	cpuid	
# 0 "" 2
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1071: 		c->x86_capability[CPUID_8000_0008_EBX] = ebx;
#NO_APP
	movl	%ebx, 92(%rbp)	# ebx, c_24(D)->D.9083.x86_capability[13]
.L217:
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1074: 	if (c->extended_cpuid_level >= 0x8000000a)
	cmpl	$-2147483639, 32(%rbp)	#, c_24(D)->extended_cpuid_level
	jbe	.L218	#,
# /work/main/build/src/arch/x86/include/asm/processor.h:222: 	asm volatile("cpuid"
	movl	$-2147483638, %eax	#, eax
	xorl	%ecx, %ecx	# ecx
#APP
# 222 "/work/main/build/src/arch/x86/include/asm/processor.h" 1
	cpuid	
# 0 "" 2
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1075: 		c->x86_capability[CPUID_8000_000A_EDX] = cpuid_edx(0x8000000a);
#NO_APP
	movl	%edx, 100(%rbp)	# edx, c_24(D)->D.9083.x86_capability[15]
.L218:
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1077: 	if (c->extended_cpuid_level >= 0x8000001f)
	cmpl	$-2147483618, 32(%rbp)	#, c_24(D)->extended_cpuid_level
	jbe	.L219	#,
# /work/main/build/src/arch/x86/include/asm/processor.h:222: 	asm volatile("cpuid"
	movl	$-2147483617, %eax	#, eax
	xorl	%ecx, %ecx	# ecx
#APP
# 222 "/work/main/build/src/arch/x86/include/asm/processor.h" 1
	cpuid	
# 0 "" 2
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1078: 		c->x86_capability[CPUID_8000_001F_EAX] = cpuid_eax(0x8000001f);
#NO_APP
	movl	%eax, 116(%rbp)	# eax, c_24(D)->D.9083.x86_capability[19]
.L219:
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1080: 	if (c->extended_cpuid_level >= 0x80000021)
	cmpl	$-2147483616, 32(%rbp)	#, c_24(D)->extended_cpuid_level
	jbe	.L220	#,
# /work/main/build/src/arch/x86/include/asm/processor.h:222: 	asm volatile("cpuid"
	movl	$-2147483615, %eax	#, eax
	xorl	%ecx, %ecx	# ecx
#APP
# 222 "/work/main/build/src/arch/x86/include/asm/processor.h" 1
	cpuid	
# 0 "" 2
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1081: 		c->x86_capability[CPUID_8000_0021_EAX] = cpuid_eax(0x80000021);
#NO_APP
	movl	%eax, 120(%rbp)	# eax, c_24(D)->D.9083.x86_capability[20]
.L220:
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1083: 	init_scattered_cpuid_features(c);
	movq	%rbp, %rdi	# c,
	call	init_scattered_cpuid_features	#
# /work/main/build/src/arch/x86/include/asm/bitops.h:207: 		(addr[nr >> _BITOPS_LONG_SHIFT])) != 0;
	movq	112(%rbp), %rax	# MEM[(const volatile long unsigned int *)c_24(D) + 112B], _109
# /work/main/build/src/arch/x86/kernel/cpu/common.c:978: 	if (cpu_has(c, X86_FEATURE_SPEC_CTRL)) {
	btl	$26, %eax	#, _109
	jnc	.L221	#,
# /work/main/build/src/arch/x86/include/asm/bitops.h:55: 		asm volatile(LOCK_PREFIX "orb %b1,%0"
#APP
# 55 "/work/main/build/src/arch/x86/include/asm/bitops.h" 1
	.pushsection .smp_locks,"a"
.balign 4
.long 671f - .
.popsection
671:
	lock; orb $2,71(%rbp)	#, *_112
# 0 "" 2
# 55 "/work/main/build/src/arch/x86/include/asm/bitops.h" 1
	.pushsection .smp_locks,"a"
.balign 4
.long 671f - .
.popsection
671:
	lock; orb $4,71(%rbp)	#, *_112
# 0 "" 2
# 55 "/work/main/build/src/arch/x86/include/asm/bitops.h" 1
	.pushsection .smp_locks,"a"
.balign 4
.long 671f - .
.popsection
671:
	lock; orb $1,70(%rbp)	#, *_113
# 0 "" 2
#NO_APP
.L221:
# /work/main/build/src/arch/x86/include/asm/bitops.h:207: 		(addr[nr >> _BITOPS_LONG_SHIFT])) != 0;
	movq	112(%rbp), %rax	# MEM[(const volatile long unsigned int *)c_24(D) + 112B], _114
# /work/main/build/src/arch/x86/kernel/cpu/common.c:984: 	if (cpu_has(c, X86_FEATURE_INTEL_STIBP))
	btl	$27, %eax	#, _114
	jnc	.L222	#,
# /work/main/build/src/arch/x86/include/asm/bitops.h:55: 		asm volatile(LOCK_PREFIX "orb %b1,%0"
#APP
# 55 "/work/main/build/src/arch/x86/include/asm/bitops.h" 1
	.pushsection .smp_locks,"a"
.balign 4
.long 671f - .
.popsection
671:
	lock; orb $8,71(%rbp)	#, *_117
# 0 "" 2
#NO_APP
.L222:
# /work/main/build/src/arch/x86/include/asm/bitops.h:207: 		(addr[nr >> _BITOPS_LONG_SHIFT])) != 0;
	movq	112(%rbp), %rax	# MEM[(const volatile long unsigned int *)c_24(D) + 112B], _118
# /work/main/build/src/arch/x86/kernel/cpu/common.c:987: 	if (cpu_has(c, X86_FEATURE_SPEC_CTRL_SSBD) ||
	btl	$31, %eax	#, _118
	jc	.L223	#,
# /work/main/build/src/arch/x86/include/asm/bitops.h:207: 		(addr[nr >> _BITOPS_LONG_SHIFT])) != 0;
	movq	88(%rbp), %rax	# MEM[(const volatile long unsigned int *)c_24(D) + 88B], _121
# /work/main/build/src/arch/x86/kernel/cpu/common.c:987: 	if (cpu_has(c, X86_FEATURE_SPEC_CTRL_SSBD) ||
	btq	$57, %rax	#, _121
	jnc	.L224	#,
.L223:
# /work/main/build/src/arch/x86/include/asm/bitops.h:55: 		asm volatile(LOCK_PREFIX "orb %b1,%0"
#APP
# 55 "/work/main/build/src/arch/x86/include/asm/bitops.h" 1
	.pushsection .smp_locks,"a"
.balign 4
.long 671f - .
.popsection
671:
	lock; orb $2,70(%rbp)	#, *_124
# 0 "" 2
#NO_APP
.L224:
# /work/main/build/src/arch/x86/include/asm/bitops.h:207: 		(addr[nr >> _BITOPS_LONG_SHIFT])) != 0;
	movq	88(%rbp), %rax	# MEM[(const volatile long unsigned int *)c_24(D) + 88B], _125
# /work/main/build/src/arch/x86/kernel/cpu/common.c:991: 	if (cpu_has(c, X86_FEATURE_AMD_IBRS)) {
	btq	$46, %rax	#, _125
	jnc	.L225	#,
# /work/main/build/src/arch/x86/include/asm/bitops.h:55: 		asm volatile(LOCK_PREFIX "orb %b1,%0"
#APP
# 55 "/work/main/build/src/arch/x86/include/asm/bitops.h" 1
	.pushsection .smp_locks,"a"
.balign 4
.long 671f - .
.popsection
671:
	lock; orb $2,71(%rbp)	#, *_128
# 0 "" 2
# 55 "/work/main/build/src/arch/x86/include/asm/bitops.h" 1
	.pushsection .smp_locks,"a"
.balign 4
.long 671f - .
.popsection
671:
	lock; orb $1,70(%rbp)	#, *_129
# 0 "" 2
#NO_APP
.L225:
# /work/main/build/src/arch/x86/include/asm/bitops.h:207: 		(addr[nr >> _BITOPS_LONG_SHIFT])) != 0;
	movq	88(%rbp), %rax	# MEM[(const volatile long unsigned int *)c_24(D) + 88B], _130
# /work/main/build/src/arch/x86/kernel/cpu/common.c:996: 	if (cpu_has(c, X86_FEATURE_AMD_IBPB))
	btq	$44, %rax	#, _130
	jnc	.L226	#,
# /work/main/build/src/arch/x86/include/asm/bitops.h:55: 		asm volatile(LOCK_PREFIX "orb %b1,%0"
#APP
# 55 "/work/main/build/src/arch/x86/include/asm/bitops.h" 1
	.pushsection .smp_locks,"a"
.balign 4
.long 671f - .
.popsection
671:
	lock; orb $4,71(%rbp)	#, *_133
# 0 "" 2
#NO_APP
.L226:
# /work/main/build/src/arch/x86/include/asm/bitops.h:207: 		(addr[nr >> _BITOPS_LONG_SHIFT])) != 0;
	movq	88(%rbp), %rax	# MEM[(const volatile long unsigned int *)c_24(D) + 88B], _134
# /work/main/build/src/arch/x86/kernel/cpu/common.c:999: 	if (cpu_has(c, X86_FEATURE_AMD_STIBP)) {
	btq	$47, %rax	#, _134
	jnc	.L227	#,
# /work/main/build/src/arch/x86/include/asm/bitops.h:55: 		asm volatile(LOCK_PREFIX "orb %b1,%0"
#APP
# 55 "/work/main/build/src/arch/x86/include/asm/bitops.h" 1
	.pushsection .smp_locks,"a"
.balign 4
.long 671f - .
.popsection
671:
	lock; orb $8,71(%rbp)	#, *_137
# 0 "" 2
# 55 "/work/main/build/src/arch/x86/include/asm/bitops.h" 1
	.pushsection .smp_locks,"a"
.balign 4
.long 671f - .
.popsection
671:
	lock; orb $1,70(%rbp)	#, *_138
# 0 "" 2
#NO_APP
.L227:
# /work/main/build/src/arch/x86/include/asm/bitops.h:207: 		(addr[nr >> _BITOPS_LONG_SHIFT])) != 0;
	movq	88(%rbp), %rax	# MEM[(const volatile long unsigned int *)c_24(D) + 88B], _139
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1004: 	if (cpu_has(c, X86_FEATURE_AMD_SSBD)) {
	btq	$56, %rax	#, _139
	jnc	.L228	#,
# /work/main/build/src/arch/x86/include/asm/bitops.h:55: 		asm volatile(LOCK_PREFIX "orb %b1,%0"
#APP
# 55 "/work/main/build/src/arch/x86/include/asm/bitops.h" 1
	.pushsection .smp_locks,"a"
.balign 4
.long 671f - .
.popsection
671:
	lock; orb $2,70(%rbp)	#, *_142
# 0 "" 2
# 55 "/work/main/build/src/arch/x86/include/asm/bitops.h" 1
	.pushsection .smp_locks,"a"
.balign 4
.long 671f - .
.popsection
671:
	lock; orb $1,70(%rbp)	#, *_142
# 0 "" 2
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1007: 		clear_cpu_cap(c, X86_FEATURE_VIRT_SSBD);
#NO_APP
	movl	$441, %esi	#,
	movq	%rbp, %rdi	# c,
	call	clear_cpu_cap	#
.L228:
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1091: 	apply_forced_caps(c);
	movq	%rbp, %rdi	# c,
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1092: }
	popq	%rbx	#
	popq	%rbp	#
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1091: 	apply_forced_caps(c);
	jmp	apply_forced_caps	#
	.size	get_cpu_cap, .-get_cpu_cap
	.globl	get_cpu_address_sizes
	.type	get_cpu_address_sizes, @function
get_cpu_address_sizes:
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1098: 	if (c->extended_cpuid_level >= 0x80000008) {
	cmpl	$-2147483641, 32(%rdi)	#, c_8(D)->extended_cpuid_level
	jbe	.L260	#,
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1095: {
	pushq	%rbx	#
# /work/main/build/src/arch/x86/include/asm/processor.h:222: 	asm volatile("cpuid"
	movl	$-2147483640, %eax	#, eax
	xorl	%ecx, %ecx	# ecx
#APP
# 222 "/work/main/build/src/arch/x86/include/asm/processor.h" 1
	cpuid	
# 0 "" 2
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1101: 		c->x86_virt_bits = (eax >> 8) & 0xff;
#NO_APP
	xchgb	%ah, %al	# tmp97
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1109: }
	popq	%rbx	#
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1101: 		c->x86_virt_bits = (eax >> 8) & 0xff;
	movw	%ax, 28(%rdi)	# tmp97, MEM <unsigned short> [(unsigned char *)c_8(D) + 28B]
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1108: 	c->x86_cache_bits = c->x86_phys_bits;
	movb	29(%rdi), %al	# c_8(D)->x86_phys_bits, c_8(D)->x86_phys_bits
	movb	%al, 284(%rdi)	# c_8(D)->x86_phys_bits, c_8(D)->x86_cache_bits
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1109: }
	ret	
.L260:
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1108: 	c->x86_cache_bits = c->x86_phys_bits;
	movb	29(%rdi), %al	# c_8(D)->x86_phys_bits, c_8(D)->x86_phys_bits
	movb	%al, 284(%rdi)	# c_8(D)->x86_phys_bits, c_8(D)->x86_cache_bits
	ret	
	.size	get_cpu_address_sizes, .-get_cpu_address_sizes
	.section	.rodata.str1.1
.LC20:
	.string	"%02x/%02x"
	.text
	.type	identify_cpu, @function
identify_cpu:
	pushq	%r12	#
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1950: 	memset(&c->x86_capability, 0, sizeof(c->x86_capability));
	leaq	40(%rdi), %r12	#, _2
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1950: 	memset(&c->x86_capability, 0, sizeof(c->x86_capability));
	movl	$24, %ecx	#, tmp181
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1927: {
	pushq	%rbp	#
	movq	%rdi, %rbp	# tmp263, c
	pushq	%rbx	#
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1950: 	memset(&c->x86_capability, 0, sizeof(c->x86_capability));
	xorl	%ebx, %ebx	# tmp180
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1952: 	memset(&c->vmx_capability, 0, sizeof(c->vmx_capability));
	leaq	8(%rbp), %rdx	#, tmp182
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1927: {
	pushq	%r9	#
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1930: 	c->loops_per_jiffy = loops_per_jiffy;
	movq	loops_per_jiffy(%rip), %rax	# loops_per_jiffy, loops_per_jiffy
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1934: 	c->x86_vendor_id[0] = '\0'; /* Unset */
	movb	$0, 136(%rdi)	#, c_35(D)->x86_vendor_id[0]
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1930: 	c->loops_per_jiffy = loops_per_jiffy;
	movq	%rax, 240(%rdi)	# loops_per_jiffy, c_35(D)->loops_per_jiffy
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1931: 	c->x86_cache_size = 0;
	movl	$1, %eax	#, tmp271
	salq	$38, %rax	#, tmp271
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1932: 	c->x86_vendor = X86_VENDOR_UNKNOWN;
	movb	$-1, 1(%rdi)	#, c_35(D)->x86_vendor
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1931: 	c->x86_cache_size = 0;
	movq	%rax, 216(%rdi)	# tmp271, MEM <unsigned long> [(void *)c_35(D) + 216B]
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1950: 	memset(&c->x86_capability, 0, sizeof(c->x86_capability));
	movl	%ebx, %eax	# tmp180, tmp180
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1933: 	c->x86_model = c->x86_stepping = 0;	/* So far unknown... */
	movw	$0, 2(%rdi)	#, MEM <unsigned short> [(unsigned char *)c_35(D) + 2B]
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1935: 	c->x86_model_id[0] = '\0';  /* Unset */
	movb	$0, 152(%rdi)	#, c_35(D)->x86_model_id[0]
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1936: 	c->x86_max_cores = 1;
	movw	$1, 256(%rdi)	#, c_35(D)->x86_max_cores
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1940: 	c->x86_clflush_size = 64;
	movw	$64, 262(%rdi)	#, c_35(D)->x86_clflush_size
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1950: 	memset(&c->x86_capability, 0, sizeof(c->x86_capability));
	movq	%r12, %rdi	# _2, _2
	rep stosl
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1952: 	memset(&c->vmx_capability, 0, sizeof(c->vmx_capability));
	movq	%rdx, %rdi	# tmp182, tmp182
	movl	$5, %ecx	#, tmp186
	rep stosl
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1942: 	c->x86_virt_bits = 48;
	movl	$4278199344, %eax	#, tmp276
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1861: 	cpu_detect(c);
	movq	%rbp, %rdi	# c,
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1942: 	c->x86_virt_bits = 48;
	movq	%rax, 28(%rbp)	# tmp276, MEM <unsigned long> [(void *)c_35(D) + 28B]
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1861: 	cpu_detect(c);
	call	cpu_detect	#
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1863: 	get_cpu_vendor(c);
	movq	%rbp, %rdi	# c,
	call	get_cpu_vendor	#
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1865: 	get_cpu_cap(c);
	movq	%rbp, %rdi	# c,
	call	get_cpu_cap	#
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1867: 	get_cpu_address_sizes(c);
	movq	%rbp, %rdi	# c,
	call	get_cpu_address_sizes	#
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1869: 	if (c->cpuid_level >= 0x00000001) {
	cmpl	$0, 36(%rbp)	#, c_35(D)->cpuid_level
	jle	.L264	#,
# /work/main/build/src/arch/x86/include/asm/processor.h:222: 	asm volatile("cpuid"
	movl	$1, %eax	#, eax
	movl	%ebx, %ecx	# tmp180, ecx
#APP
# 222 "/work/main/build/src/arch/x86/include/asm/processor.h" 1
	cpuid	
# 0 "" 2
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1870: 		c->initial_apicid = (cpuid_ebx(1) >> 24) & 0xFF;
#NO_APP
	shrl	$24, %ebx	#, tmp193
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1870: 		c->initial_apicid = (cpuid_ebx(1) >> 24) & 0xFF;
	movw	%bx, 260(%rbp)	# tmp193, c_35(D)->initial_apicid
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1878: 		c->phys_proc_id = c->initial_apicid;
	movw	%bx, 266(%rbp)	# tmp193, c_35(D)->phys_proc_id
.L264:
# /work/main/build/src/arch/x86/kernel/cpu/common.c:764: 	if (c->extended_cpuid_level < 0x80000004)
	cmpl	$-2147483645, 32(%rbp)	#, c_35(D)->extended_cpuid_level
	jbe	.L265	#,
# /work/main/build/src/arch/x86/include/asm/processor.h:603: 	*ecx = 0;
	xorl	%edx, %edx	#
# /work/main/build/src/arch/x86/include/asm/processor.h:222: 	asm volatile("cpuid"
	xorl	%esi, %esi	# tmp199
# /work/main/build/src/arch/x86/kernel/cpu/common.c:767: 	v = (unsigned int *)c->x86_model_id;
	leaq	152(%rbp), %rdi	#, q
# /work/main/build/src/arch/x86/include/asm/processor.h:222: 	asm volatile("cpuid"
	movl	$-2147483646, %eax	#, tmp194
# /work/main/build/src/arch/x86/include/asm/processor.h:602: 	*eax = op;
	movl	$-2147483646, 152(%rbp)	#, MEM[(unsigned int *)c_35(D) + 152B]
# /work/main/build/src/arch/x86/include/asm/processor.h:222: 	asm volatile("cpuid"
	movl	%esi, %ecx	# tmp199, tmp196
# /work/main/build/src/arch/x86/include/asm/processor.h:603: 	*ecx = 0;
	movl	%edx, 160(%rbp)	#, MEM[(unsigned int *)c_35(D) + 160B]
# /work/main/build/src/arch/x86/include/asm/processor.h:222: 	asm volatile("cpuid"
#APP
# 222 "/work/main/build/src/arch/x86/include/asm/processor.h" 1
	cpuid	
# 0 "" 2
#NO_APP
	movl	%ecx, 160(%rbp)	# tmp196, *_105
# /work/main/build/src/arch/x86/include/asm/processor.h:603: 	*ecx = 0;
	xorl	%ecx, %ecx	#
# /work/main/build/src/arch/x86/include/asm/processor.h:222: 	asm volatile("cpuid"
	movl	%eax, 152(%rbp)	# tmp194, *v_103
	movl	$-2147483645, %eax	#, tmp200
# /work/main/build/src/arch/x86/include/asm/processor.h:603: 	*ecx = 0;
	movl	%ecx, 176(%rbp)	#, MEM[(unsigned int *)c_35(D) + 176B]
# /work/main/build/src/arch/x86/include/asm/processor.h:222: 	asm volatile("cpuid"
	movl	%esi, %ecx	# tmp199, tmp202
	movl	%ebx, 156(%rbp)	# tmp195, *_106
	movl	%edx, 164(%rbp)	# tmp197, *_104
# /work/main/build/src/arch/x86/include/asm/processor.h:602: 	*eax = op;
	movl	$-2147483645, 168(%rbp)	#, MEM[(unsigned int *)c_35(D) + 168B]
# /work/main/build/src/arch/x86/include/asm/processor.h:222: 	asm volatile("cpuid"
#APP
# 222 "/work/main/build/src/arch/x86/include/asm/processor.h" 1
	cpuid	
# 0 "" 2
# /work/main/build/src/arch/x86/include/asm/processor.h:603: 	*ecx = 0;
#NO_APP
	xorl	%r8d, %r8d	#
# /work/main/build/src/arch/x86/include/asm/processor.h:222: 	asm volatile("cpuid"
	movl	%eax, 168(%rbp)	# tmp200, *_110
	movl	$-2147483644, %eax	#, tmp206
	movl	%ecx, 176(%rbp)	# tmp202, *_108
	movl	%esi, %ecx	# tmp199, tmp208
	movl	%ebx, 172(%rbp)	# tmp201, *_109
	movl	%edx, 180(%rbp)	# tmp203, *_107
# /work/main/build/src/arch/x86/include/asm/processor.h:602: 	*eax = op;
	movl	$-2147483644, 184(%rbp)	#, MEM[(unsigned int *)c_35(D) + 184B]
# /work/main/build/src/arch/x86/include/asm/processor.h:603: 	*ecx = 0;
	movl	%r8d, 192(%rbp)	#, MEM[(unsigned int *)c_35(D) + 192B]
# /work/main/build/src/arch/x86/include/asm/processor.h:222: 	asm volatile("cpuid"
#APP
# 222 "/work/main/build/src/arch/x86/include/asm/processor.h" 1
	cpuid	
# 0 "" 2
#NO_APP
	movl	%eax, 184(%rbp)	# tmp206, *_114
	movl	%ebx, 188(%rbp)	# tmp207, *_113
	movl	%ecx, 192(%rbp)	# tmp208, *_112
# /work/main/build/src/arch/x86/kernel/cpu/common.c:771: 	c->x86_model_id[48] = 0;
	movb	$0, 200(%rbp)	#, c_35(D)->x86_model_id[48]
# /work/main/build/src/arch/x86/include/asm/processor.h:222: 	asm volatile("cpuid"
	movl	%edx, 196(%rbp)	# tmp209, *_111
# /work/main/build/src/arch/x86/kernel/cpu/common.c:774: 	p = q = s = &c->x86_model_id[0];
	movq	%rdi, %rdx	# q, p
.L266:
# /work/main/build/src/arch/x86/kernel/cpu/common.c:776: 	while (*p == ' ')
	cmpb	$32, (%rdx)	#, MEM[(char *)p_115]
	jne	.L317	#,
# /work/main/build/src/arch/x86/kernel/cpu/common.c:777: 		p++;
	incq	%rdx	# p
	jmp	.L266	#
.L317:
	movl	$152, %eax	#, ivtmp.446
.L268:
# /work/main/build/src/arch/x86/kernel/cpu/common.c:779: 	while (*p) {
	movb	-152(%rdx,%rax), %cl	# MEM[(char *)p_115 + -152B + ivtmp.446_169 * 1], _118
	testb	%cl, %cl	# _118
	je	.L318	#,
# /work/main/build/src/arch/x86/kernel/cpu/common.c:781: 		if (!isspace(*p))
	movzbl	%cl, %esi	# _118, _118
# /work/main/build/src/arch/x86/kernel/cpu/common.c:781: 		if (!isspace(*p))
	testb	$32, _ctype(%rsi)	#, _ctype[_120]
	jne	.L269	#,
	leaq	0(%rbp,%rax), %rdi	#, q
.L269:
# /work/main/build/src/arch/x86/kernel/cpu/common.c:784: 		*q++ = *p++;
	movb	%cl, 0(%rbp,%rax)	# _118, MEM[(char *)c_35(D) + ivtmp.446_169 * 1]
	incq	%rax	# ivtmp.446
	jmp	.L268	#
.L318:
# /work/main/build/src/arch/x86/kernel/cpu/common.c:787: 	*(s + 1) = '\0';
	movb	$0, 1(%rdi)	#, MEM[(char *)s_129 + 1B]
.L265:
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1957: 	if (this_cpu->c_identify)
	movq	this_cpu(%rip), %rax	# this_cpu, this_cpu
	movq	48(%rax), %rax	# this_cpu.74_4->c_identify, _5
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1957: 	if (this_cpu->c_identify)
	testq	%rax, %rax	# _5
	je	.L271	#,
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1958: 		this_cpu->c_identify(c);
	movq	%rbp, %rdi	# c,
	call	*%rax	# _5
.L271:
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1961: 	apply_forced_caps(c);
	movq	%rbp, %rdi	# c,
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1964: 	c->apicid = apic->phys_pkg_id(c->initial_apicid, 0);
	xorl	%esi, %esi	#
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1961: 	apply_forced_caps(c);
	call	apply_forced_caps	#
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1964: 	c->apicid = apic->phys_pkg_id(c->initial_apicid, 0);
	movq	apic(%rip), %rax	# apic, apic
	movzwl	260(%rbp), %edi	# c_35(D)->initial_apicid, c_35(D)->initial_apicid
	call	*224(%rax)	# apic.76_6->phys_pkg_id
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1964: 	c->apicid = apic->phys_pkg_id(c->initial_apicid, 0);
	movw	%ax, 258(%rbp)	# tmp264, c_35(D)->apicid
# /work/main/build/src/arch/x86/include/asm/bitops.h:55: 		asm volatile(LOCK_PREFIX "orb %b1,%0"
#APP
# 55 "/work/main/build/src/arch/x86/include/asm/bitops.h" 1
	.pushsection .smp_locks,"a"
.balign 4
.long 671f - .
.popsection
671:
	lock; orb $8,87(%rbp)	#, *_58
# 0 "" 2
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1984: 	if (this_cpu->c_init)
#NO_APP
	movq	this_cpu(%rip), %rax	# this_cpu, this_cpu
	movq	40(%rax), %rax	# this_cpu.77_12->c_init, _13
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1984: 	if (this_cpu->c_init)
	testq	%rax, %rax	# _13
	je	.L272	#,
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1985: 		this_cpu->c_init(c);
	movq	%rbp, %rdi	# c,
	call	*%rax	# _13
.L272:
# /work/main/build/src/arch/x86/include/asm/bitops.h:207: 		(addr[nr >> _BITOPS_LONG_SHIFT])) != 0;
	movq	72(%rbp), %rax	# MEM[(const volatile long unsigned int *)c_35(D) + 72B], _78
# /work/main/build/src/arch/x86/kernel/cpu/common.c:379: 	if (cpu_has(c, X86_FEATURE_SMEP))
	btq	$39, %rax	#, _78
	jnc	.L273	#,
# /work/main/build/src/arch/x86/kernel/cpu/common.c:380: 		cr4_set_bits(X86_CR4_SMEP);
	movl	$1048576, %edi	#,
	call	cr4_set_bits	#
.L273:
# /work/main/build/src/arch/x86/include/asm/irqflags.h:29: 	asm volatile("# __raw_save_flags\n\t"
#APP
# 29 "/work/main/build/src/arch/x86/include/asm/irqflags.h" 1
	# __raw_save_flags
	pushf ; pop %rax	# flags
# 0 "" 2
# /work/main/build/src/arch/x86/kernel/cpu/common.c:388: 	BUG_ON(eflags & X86_EFLAGS_AC);
#NO_APP
	btl	$18, %eax	#, flags
	jnc	.L274	#,
#APP
# 388 "/work/main/build/src/arch/x86/kernel/cpu/common.c" 1
	1:	.byte 0x0f, 0x0b
.pushsection __bug_table,"aw"
2:	.long 1b - .	# bug_entry::bug_addr
	.long .LC16 - .	# bug_entry::file	#
	.word 388	# bug_entry::line	#
	.word 0	# bug_entry::flags	#
	.org 2b+12	#
.popsection

# 0 "" 2
#NO_APP
.L274:
# /work/main/build/src/arch/x86/include/asm/bitops.h:207: 		(addr[nr >> _BITOPS_LONG_SHIFT])) != 0;
	movq	72(%rbp), %rax	# MEM[(const volatile long unsigned int *)c_35(D) + 72B], _75
# /work/main/build/src/arch/x86/kernel/cpu/common.c:390: 	if (cpu_has(c, X86_FEATURE_SMAP))
	btq	$52, %rax	#, _75
	jnc	.L275	#,
# /work/main/build/src/arch/x86/kernel/cpu/common.c:391: 		cr4_set_bits(X86_CR4_SMAP);
	movl	$2097152, %edi	#,
	call	cr4_set_bits	#
.L275:
# /work/main/build/src/arch/x86/kernel/cpu/common.c:415: 	cr4_clear_bits(X86_CR4_UMIP);
	movl	$2048, %edi	#,
	call	cr4_clear_bits	#
# /work/main/build/src/arch/x86/kernel/cpu/common.c:2001: 	filter_cpuid_features(c, true);
	movl	$1, %esi	#,
	movq	%rbp, %rdi	# c,
	call	filter_cpuid_features	#
# /work/main/build/src/arch/x86/kernel/cpu/common.c:2004: 	if (!c->x86_model_id[0]) {
	cmpb	$0, 152(%rbp)	#, c_35(D)->x86_model_id[0]
	jne	.L276	#,
# /work/main/build/src/arch/x86/kernel/cpu/common.c:2011: 			sprintf(c->x86_model_id, "%02x/%02x",
	movzbl	2(%rbp), %ecx	# c_35(D)->x86_model, c_35(D)->x86_model
	movzbl	0(%rbp), %edx	# c_35(D)->x86, c_35(D)->x86
	leaq	152(%rbp), %rdi	#, tmp230
	movq	$.LC20, %rsi	#,
	call	sprintf	#
.L276:
# /work/main/build/src/arch/x86/kernel/cpu/common.c:2016: 	detect_ht(c);
	movq	%rbp, %rdi	# c,
	call	detect_ht	#
# /work/main/build/src/arch/x86/kernel/cpu/common.c:2019: 	x86_init_rdrand(c);
	movq	%rbp, %rdi	# c,
	call	x86_init_rdrand	#
# /work/main/build/src/arch/x86/kernel/cpu/common.c:536: 	if (c == &boot_cpu_data) {
	cmpq	$boot_cpu_data, %rbp	#, c
	jne	.L277	#,
# /work/main/build/src/arch/x86/kernel/cpu/common.c:537: 		if (pku_disabled || !cpu_feature_enabled(X86_FEATURE_PKU))
	cmpb	$0, pku_disabled(%rip)	#, pku_disabled
	jne	.L287	#,
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
 .word 515	#
 .byte 663b-661b
 .byte 6652f-6642f
.popsection
.pushsection .altinstr_replacement, "ax"
# ALT: replacement 1
6641:
	jmp .L287	#
6651:
# ALT: replacement 2
6642:
	
6652:
.popsection
.pushsection .altinstr_aux,"ax"
6:
 testb $8,boot_cpu_data+104 (% rip)	#,
 jnz .L279	#
 jmp .L287	#
.popsection

# 0 "" 2
#NO_APP
.L279:
# /work/main/build/src/arch/x86/include/asm/bitops.h:55: 		asm volatile(LOCK_PREFIX "orb %b1,%0"
#APP
# 55 "/work/main/build/src/arch/x86/include/asm/bitops.h" 1
	.pushsection .smp_locks,"a"
.balign 4
.long 671f - .
.popsection
671:
	lock; orb $16,boot_cpu_data+104(%rip)	#, MEM[(volatile char *)&boot_cpu_data + 104B]
# 0 "" 2
# 55 "/work/main/build/src/arch/x86/include/asm/bitops.h" 1
	.pushsection .smp_locks,"a"
.balign 4
.long 671f - .
.popsection
671:
	lock; orb $16,cpu_caps_set+64(%rip)	#, MEM[(volatile char *)&cpu_caps_set + 64B]
# 0 "" 2
# /work/main/build/src/include/asm-generic/bitops/instrumented-atomic.h:30: }
#NO_APP
	jmp	.L282	#
.L277:
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
 .word 516	#
 .byte 663b-661b
 .byte 6652f-6642f
.popsection
.pushsection .altinstr_replacement, "ax"
# ALT: replacement 1
6641:
	jmp .L287	#
6651:
# ALT: replacement 2
6642:
	
6652:
.popsection
.pushsection .altinstr_aux,"ax"
6:
 testb $16,boot_cpu_data+104 (% rip)	#,
 jnz .L282	#
 jmp .L287	#
.popsection

# 0 "" 2
#NO_APP
.L282:
# /work/main/build/src/arch/x86/kernel/cpu/common.c:549: 	cr4_set_bits(X86_CR4_PKE);
	movl	$4194304, %edi	#,
	call	cr4_set_bits	#
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
 .word 516	#
 .byte 663b-661b
 .byte 6652f-6642f
.popsection
.pushsection .altinstr_replacement, "ax"
# ALT: replacement 1
6641:
	jmp .L287	#
6651:
# ALT: replacement 2
6642:
	
6652:
.popsection
.pushsection .altinstr_aux,"ax"
6:
 testb $16,boot_cpu_data+104 (% rip)	#,
 jnz .L284	#
 jmp .L287	#
.popsection

# 0 "" 2
#NO_APP
.L284:
# /work/main/build/src/arch/x86/include/asm/special_insns.h:103: 	asm volatile(".byte 0x0f,0x01,0xef\n\t"
	xorl	%edx, %edx	# tmp236
# /work/main/build/src/arch/x86/include/asm/pkru.h:59: 	wrpkru(pkru_get_init_value());
	movl	init_pkru_value(%rip), %eax	# MEM[(const volatile unsigned int *)&init_pkru_value], _130
# /work/main/build/src/arch/x86/include/asm/special_insns.h:103: 	asm volatile(".byte 0x0f,0x01,0xef\n\t"
	movl	%edx, %ecx	# tmp236, tmp236
#APP
# 103 "/work/main/build/src/arch/x86/include/asm/special_insns.h" 1
	.byte 0x0f,0x01,0xef
	
# 0 "" 2
.L278:
.L286:
#NO_APP
.L287:
# /work/main/build/src/arch/x86/kernel/cpu/common.c:2027: 	apply_forced_caps(c);
	movq	%rbp, %rdi	# c,
	call	apply_forced_caps	#
# /work/main/build/src/arch/x86/kernel/cpu/common.c:2035: 	if (c != &boot_cpu_data) {
	cmpq	$boot_cpu_data, %rbp	#, c
	je	.L288	#,
	movl	$40, %eax	#, ivtmp.438
.L289:
# /work/main/build/src/arch/x86/kernel/cpu/common.c:2038: 			boot_cpu_data.x86_capability[i] &= c->x86_capability[i];
	movl	boot_cpu_data(%rax), %edx	# MEM <__u32> [(union  *)&boot_cpu_data + ivtmp.438_174 * 1], MEM <__u32> [(union  *)&boot_cpu_data + ivtmp.438_174 * 1]
	andl	0(%rbp,%rax), %edx	# MEM <__u32> [(union  *)c_35(D) + ivtmp.438_174 * 1], tmp242
	movl	%edx, boot_cpu_data(%rax)	# tmp242, MEM <__u32> [(union  *)&boot_cpu_data + ivtmp.438_174 * 1]
# /work/main/build/src/arch/x86/kernel/cpu/common.c:2037: 		for (i = 0; i < NCAPINTS; i++)
	addq	$4, %rax	#, ivtmp.438
	cmpq	$128, %rax	#, ivtmp.438
	jne	.L289	#,
# /work/main/build/src/arch/x86/kernel/cpu/common.c:2042: 			c->x86_capability[i] |= boot_cpu_data.x86_capability[i];
	movl	boot_cpu_data+128(%rip), %eax	# boot_cpu_data.D.9083.x86_capability[22], boot_cpu_data.D.9083.x86_capability[22]
	orl	%eax, 128(%rbp)	# boot_cpu_data.D.9083.x86_capability[22], c_35(D)->D.9083.x86_capability[22]
	movl	boot_cpu_data+132(%rip), %eax	# boot_cpu_data.D.9083.x86_capability[23], boot_cpu_data.D.9083.x86_capability[23]
	orl	%eax, 132(%rbp)	# boot_cpu_data.D.9083.x86_capability[23], c_35(D)->D.9083.x86_capability[23]
.L288:
# /work/main/build/src/arch/x86/kernel/cpu/common.c:139: 	id = x86_match_cpu(ppin_cpuids);
	movq	$ppin_cpuids, %rdi	#,
	call	x86_match_cpu	#
# /work/main/build/src/arch/x86/kernel/cpu/common.c:140: 	if (!id)
	testq	%rax, %rax	# id
	je	.L290	#,
# /work/main/build/src/arch/x86/kernel/cpu/common.c:147: 	info = (struct ppin_info *)id->driver_data;
	movq	16(%rax), %r8	# id_132->driver_data, info
# /work/main/build/src/arch/x86/include/asm/msr.h:285: 	*p = native_read_msr_safe(msr, &err);
	leaq	4(%rsp), %rsi	#, tmp278
# /work/main/build/src/arch/x86/kernel/cpu/common.c:149: 	if (rdmsrl_safe(info->msr_ppin_ctl, &val))
	movl	4(%r8), %r9d	# info_134->msr_ppin_ctl, _136
# /work/main/build/src/arch/x86/include/asm/msr.h:285: 	*p = native_read_msr_safe(msr, &err);
	movl	%r9d, %edi	# _136,
	call	native_read_msr_safe	#
# /work/main/build/src/arch/x86/kernel/cpu/common.c:149: 	if (rdmsrl_safe(info->msr_ppin_ctl, &val))
	cmpl	$0, 4(%rsp)	#, MEM[(int *)_218]
	jne	.L291	#,
# /work/main/build/src/arch/x86/kernel/cpu/common.c:152: 	if ((val & 3UL) == 1UL) {
	movq	%rax, %rdx	# _166, tmp249
	andl	$3, %edx	#, tmp249
# /work/main/build/src/arch/x86/kernel/cpu/common.c:152: 	if ((val & 3UL) == 1UL) {
	decq	%rdx	# tmp249
	je	.L291	#,
# /work/main/build/src/arch/x86/kernel/cpu/common.c:158: 	if (!(val & 2UL)) {
	testb	$2, %al	#, _166
	je	.L292	#,
.L293:
# /work/main/build/src/arch/x86/include/asm/msr.h:84: 	asm volatile("1: rdmsr\n"
	movl	8(%r8), %ecx	# info_134->msr_ppin, info_134->msr_ppin
#APP
# 84 "/work/main/build/src/arch/x86/include/asm/msr.h" 1
	1: rdmsr
2:
 .pushsection "__ex_table","a"
 .balign 4
 .long (1b) - .
 .long (2b) - .
 .long 9 
 .popsection

# 0 "" 2
# /work/main/build/src/arch/x86/include/asm/msr.h:89: 	return EAX_EDX_VAL(val, low, high);
#NO_APP
	salq	$32, %rdx	#, tmp254
	orq	%rax, %rdx	# low, tmp255
	movq	%rdx, 248(%rbp)	# tmp255, c_35(D)->ppin
# /work/main/build/src/arch/x86/kernel/cpu/common.c:166: 		set_cpu_cap(c, info->feature);
	movslq	(%r8), %rax	# info_134->feature, _156
# /work/main/build/src/arch/x86/include/asm/bitops.h:60: 		asm volatile(LOCK_PREFIX __ASM_SIZE(bts) " %1,%0"
#APP
# 60 "/work/main/build/src/arch/x86/include/asm/bitops.h" 1
	.pushsection .smp_locks,"a"
.balign 4
.long 671f - .
.popsection
671:
	lock;  btsq  %rax,(%r12)	# _156, MEM[(volatile long int *)_2]
# 0 "" 2
#NO_APP
	jmp	.L290	#
.L292:
# /work/main/build/src/arch/x86/kernel/cpu/common.c:159: 		wrmsrl_safe(info->msr_ppin_ctl,  val | 2UL);
	orq	$2, %rax	#, _166
	movl	%r9d, %edi	# _136,
	movq	%rax, %rsi	# _166, tmp257
	call	wrmsrl_safe.isra.0	#
# /work/main/build/src/arch/x86/include/asm/msr.h:285: 	*p = native_read_msr_safe(msr, &err);
	movl	4(%r8), %edi	# info_134->msr_ppin_ctl, info_134->msr_ppin_ctl
	leaq	4(%rsp), %rsi	#, tmp281
	call	native_read_msr_safe	#
# /work/main/build/src/arch/x86/kernel/cpu/common.c:164: 	if (val & 2UL) {
	testb	$2, %al	#, tmp267
	jne	.L293	#,
.L291:
# /work/main/build/src/arch/x86/kernel/cpu/common.c:171: 	clear_cpu_cap(c, info->feature);
	movl	(%r8), %esi	# info_134->feature,
	movq	%rbp, %rdi	# c,
	call	clear_cpu_cap	#
.L290:
# /work/main/build/src/arch/x86/kernel/cpu/common.c:2055: }
	popq	%rax	#
# /work/main/build/src/arch/x86/kernel/cpu/common.c:2050: 	select_idle_routine(c);
	movq	%rbp, %rdi	# c,
# /work/main/build/src/arch/x86/kernel/cpu/common.c:2055: }
	popq	%rbx	#
	popq	%rbp	#
	popq	%r12	#
# /work/main/build/src/arch/x86/kernel/cpu/common.c:2050: 	select_idle_routine(c);
	jmp	select_idle_routine	#
	.size	identify_cpu, .-identify_cpu
	.globl	x86_read_arch_cap_msr
	.type	x86_read_arch_cap_msr, @function
x86_read_arch_cap_msr:
# /work/main/build/src/arch/x86/include/asm/bitops.h:207: 		(addr[nr >> _BITOPS_LONG_SHIFT])) != 0;
	movq	boot_cpu_data+112(%rip), %rax	# MEM[(const volatile long unsigned int *)&boot_cpu_data + 112B], _3
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1335: 	if (boot_cpu_has(X86_FEATURE_ARCH_CAPABILITIES))
	btl	$29, %eax	#, _3
	jnc	.L320	#,
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1336: 		rdmsrl(MSR_IA32_ARCH_CAPABILITIES, x86_arch_cap_msr);
	movl	$266, %edi	#,
	jmp	native_read_msr	#
.L320:
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1339: }
	xorl	%eax, %eax	#
	ret	
	.size	x86_read_arch_cap_msr, .-x86_read_arch_cap_msr
	.section	.init.text
	.globl	init_cpu_devs
	.type	init_cpu_devs, @function
init_cpu_devs:
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1755: 	for (cdev = __x86_cpu_dev_start; cdev < __x86_cpu_dev_end; cdev++) {
	xorl	%eax, %eax	# ivtmp.472
.L322:
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1755: 	for (cdev = __x86_cpu_dev_start; cdev < __x86_cpu_dev_end; cdev++) {
	leaq	__x86_cpu_dev_start(%rax), %rdx	#, cdev
	cmpq	$__x86_cpu_dev_end, %rdx	#, cdev
	jnb	.L321	#,
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1756: 		const struct cpu_dev *cpudev = *cdev;
	movq	__x86_cpu_dev_start(%rax), %rdx	# MEM[(const struct cpu_dev * const *)&__x86_cpu_dev_start + ivtmp.472_11 * 1], cpudev
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1758: 		if (count >= X86_VENDOR_NUM)
	cmpq	$96, %rax	#, ivtmp.472
	je	.L321	#,
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1760: 		cpu_devs[count] = cpudev;
	movq	%rdx, cpu_devs(%rax)	# cpudev, MEM[(const struct cpu_dev * *)&cpu_devs + ivtmp.472_11 * 1]
	addq	$8, %rax	#, ivtmp.472
	jmp	.L322	#
.L321:
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1763: }
	ret	
	.size	init_cpu_devs, .-init_cpu_devs
	.globl	early_cpu_init
	.type	early_cpu_init, @function
early_cpu_init:
	pushq	%rbx	#
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1691: 	memset(&c->x86_capability, 0, sizeof(c->x86_capability));
	movl	$24, %ecx	#, tmp190
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1773: 	init_cpu_devs();
	call	init_cpu_devs	#
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1691: 	memset(&c->x86_capability, 0, sizeof(c->x86_capability));
	movq	$boot_cpu_data+40, %rdx	#, tmp187
	xorl	%eax, %eax	# tmp189
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1681: 	c->x86_clflush_size = 64;
	movw	$64, boot_cpu_data+262(%rip)	#, boot_cpu_data.x86_clflush_size
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1683: 	c->x86_virt_bits = 48;
	movw	$9264, boot_cpu_data+28(%rip)	#, MEM <unsigned short> [(unsigned char *)&boot_cpu_data + 28B]
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1691: 	memset(&c->x86_capability, 0, sizeof(c->x86_capability));
	movq	%rdx, %rdi	# tmp187, tmp187
	rep stosl
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1692: 	c->extended_cpuid_level = 0;
	xorl	%eax, %eax	#
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1699: 		cpu_detect(c);
	movq	$boot_cpu_data, %rdi	#,
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1689: 	c->x86_cache_alignment = c->x86_clflush_size;
	movl	$64, boot_cpu_data+220(%rip)	#, boot_cpu_data.x86_cache_alignment
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1692: 	c->extended_cpuid_level = 0;
	movl	%eax, boot_cpu_data+32(%rip)	#, boot_cpu_data.extended_cpuid_level
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1699: 		cpu_detect(c);
	call	cpu_detect	#
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1700: 		get_cpu_vendor(c);
	movq	$boot_cpu_data, %rdi	#,
	call	get_cpu_vendor	#
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1701: 		get_cpu_cap(c);
	movq	$boot_cpu_data, %rdi	#,
	call	get_cpu_cap	#
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1702: 		get_cpu_address_sizes(c);
	movq	$boot_cpu_data, %rdi	#,
	call	get_cpu_address_sizes	#
# /work/main/build/src/arch/x86/include/asm/bitops.h:55: 		asm volatile(LOCK_PREFIX "orb %b1,%0"
#APP
# 55 "/work/main/build/src/arch/x86/include/asm/bitops.h" 1
	.pushsection .smp_locks,"a"
.balign 4
.long 671f - .
.popsection
671:
	lock; orb $2,boot_cpu_data+55(%rip)	#, MEM[(volatile char *)&boot_cpu_data + 55B]
# 0 "" 2
# 55 "/work/main/build/src/arch/x86/include/asm/bitops.h" 1
	.pushsection .smp_locks,"a"
.balign 4
.long 671f - .
.popsection
671:
	lock; orb $2,cpu_caps_set+15(%rip)	#, MEM[(volatile char *)&cpu_caps_set + 15B]
# 0 "" 2
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1704: 		cpu_parse_early_param();
#NO_APP
	call	cpu_parse_early_param	#
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1706: 		if (this_cpu->c_early_init)
	movq	this_cpu(%rip), %rax	# this_cpu, this_cpu
	movq	24(%rax), %rax	# this_cpu.53_5->c_early_init, _6
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1706: 		if (this_cpu->c_early_init)
	testq	%rax, %rax	# _6
	je	.L329	#,
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1707: 			this_cpu->c_early_init(c);
	movq	$boot_cpu_data, %rdi	#,
	call	*%rax	# _6
.L329:
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1710: 		filter_cpuid_features(c, false);
	xorl	%esi, %esi	#
	movq	$boot_cpu_data, %rdi	#,
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1709: 		c->cpu_index = 0;
	movw	$0, boot_cpu_data+276(%rip)	#, boot_cpu_data.cpu_index
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1710: 		filter_cpuid_features(c, false);
	call	filter_cpuid_features	#
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1712: 		if (this_cpu->c_bsp_init)
	movq	this_cpu(%rip), %rax	# this_cpu, this_cpu
	movq	32(%rax), %rax	# this_cpu.55_7->c_bsp_init, _8
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1712: 		if (this_cpu->c_bsp_init)
	testq	%rax, %rax	# _8
	je	.L330	#,
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1713: 			this_cpu->c_bsp_init(c);
	movq	$boot_cpu_data, %rdi	#,
	call	*%rax	# _8
.L330:
# /work/main/build/src/arch/x86/include/asm/bitops.h:55: 		asm volatile(LOCK_PREFIX "orb %b1,%0"
#APP
# 55 "/work/main/build/src/arch/x86/include/asm/bitops.h" 1
	.pushsection .smp_locks,"a"
.balign 4
.long 671f - .
.popsection
671:
	lock; orb $32,boot_cpu_data+54(%rip)	#, MEM[(volatile char *)&boot_cpu_data + 54B]
# 0 "" 2
# 55 "/work/main/build/src/arch/x86/include/asm/bitops.h" 1
	.pushsection .smp_locks,"a"
.balign 4
.long 671f - .
.popsection
671:
	lock; orb $32,cpu_caps_set+14(%rip)	#, MEM[(volatile char *)&cpu_caps_set + 14B]
# 0 "" 2
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1394: 	u64 x86_arch_cap_msr = x86_read_arch_cap_msr();
#NO_APP
	call	x86_read_arch_cap_msr	#
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1397: 	if (!cpu_matches(cpu_vuln_whitelist, NO_ITLB_MULTIHIT) &&
	movl	$128, %esi	#,
	movq	$cpu_vuln_whitelist, %rdi	#,
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1394: 	u64 x86_arch_cap_msr = x86_read_arch_cap_msr();
	movq	%rax, %rbx	# tmp385, x86_arch_cap_msr
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1397: 	if (!cpu_matches(cpu_vuln_whitelist, NO_ITLB_MULTIHIT) &&
	call	cpu_matches	#
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1397: 	if (!cpu_matches(cpu_vuln_whitelist, NO_ITLB_MULTIHIT) &&
	testb	%al, %al	# tmp386
	jne	.L331	#,
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1397: 	if (!cpu_matches(cpu_vuln_whitelist, NO_ITLB_MULTIHIT) &&
	testb	$64, %bl	#, x86_arch_cap_msr
	jne	.L331	#,
# /work/main/build/src/arch/x86/include/asm/bitops.h:55: 		asm volatile(LOCK_PREFIX "orb %b1,%0"
#APP
# 55 "/work/main/build/src/arch/x86/include/asm/bitops.h" 1
	.pushsection .smp_locks,"a"
.balign 4
.long 671f - .
.popsection
671:
	lock; orb $128,boot_cpu_data+130(%rip)	#, MEM[(volatile char *)&boot_cpu_data + 130B]
# 0 "" 2
# 55 "/work/main/build/src/arch/x86/include/asm/bitops.h" 1
	.pushsection .smp_locks,"a"
.balign 4
.long 671f - .
.popsection
671:
	lock; orb $128,cpu_caps_set+90(%rip)	#, MEM[(volatile char *)&cpu_caps_set + 90B]
# 0 "" 2
#NO_APP
.L331:
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1401: 	if (cpu_matches(cpu_vuln_whitelist, NO_SPECULATION))
	movl	$1, %esi	#,
	movq	$cpu_vuln_whitelist, %rdi	#,
	call	cpu_matches	#
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1401: 	if (cpu_matches(cpu_vuln_whitelist, NO_SPECULATION))
	testb	%al, %al	# tmp387
	jne	.L333	#,
# /work/main/build/src/arch/x86/include/asm/bitops.h:55: 		asm volatile(LOCK_PREFIX "orb %b1,%0"
#APP
# 55 "/work/main/build/src/arch/x86/include/asm/bitops.h" 1
	.pushsection .smp_locks,"a"
.balign 4
.long 671f - .
.popsection
671:
	lock; orb $128,boot_cpu_data+129(%rip)	#, MEM[(volatile char *)&boot_cpu_data + 129B]
# 0 "" 2
# 55 "/work/main/build/src/arch/x86/include/asm/bitops.h" 1
	.pushsection .smp_locks,"a"
.balign 4
.long 671f - .
.popsection
671:
	lock; orb $128,cpu_caps_set+89(%rip)	#, MEM[(volatile char *)&cpu_caps_set + 89B]
# 0 "" 2
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1406: 	if (!cpu_matches(cpu_vuln_whitelist, NO_SPECTRE_V2))
#NO_APP
	movl	$256, %esi	#,
	movq	$cpu_vuln_whitelist, %rdi	#,
	call	cpu_matches	#
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1406: 	if (!cpu_matches(cpu_vuln_whitelist, NO_SPECTRE_V2))
	testb	%al, %al	# tmp388
	jne	.L334	#,
# /work/main/build/src/arch/x86/include/asm/bitops.h:55: 		asm volatile(LOCK_PREFIX "orb %b1,%0"
#APP
# 55 "/work/main/build/src/arch/x86/include/asm/bitops.h" 1
	.pushsection .smp_locks,"a"
.balign 4
.long 671f - .
.popsection
671:
	lock; orb $1,boot_cpu_data+130(%rip)	#, MEM[(volatile char *)&boot_cpu_data + 130B]
# 0 "" 2
# 55 "/work/main/build/src/arch/x86/include/asm/bitops.h" 1
	.pushsection .smp_locks,"a"
.balign 4
.long 671f - .
.popsection
671:
	lock; orb $1,cpu_caps_set+90(%rip)	#, MEM[(volatile char *)&cpu_caps_set + 90B]
# 0 "" 2
#NO_APP
.L334:
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1409: 	if (!cpu_matches(cpu_vuln_whitelist, NO_SSB) &&
	movl	$4, %esi	#,
	movq	$cpu_vuln_whitelist, %rdi	#,
	call	cpu_matches	#
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1409: 	if (!cpu_matches(cpu_vuln_whitelist, NO_SSB) &&
	testb	%al, %al	# tmp389
	jne	.L335	#,
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1409: 	if (!cpu_matches(cpu_vuln_whitelist, NO_SSB) &&
	testb	$16, %bl	#, x86_arch_cap_msr
	jne	.L335	#,
# /work/main/build/src/arch/x86/include/asm/bitops.h:207: 		(addr[nr >> _BITOPS_LONG_SHIFT])) != 0;
	movq	boot_cpu_data+88(%rip), %rax	# MEM[(const volatile long unsigned int *)&boot_cpu_data + 88B], _17
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1410: 	    !(x86_arch_cap_msr & ARCH_CAP_SSB_NO) &&
	btq	$58, %rax	#, _17
	jc	.L335	#,
# /work/main/build/src/arch/x86/include/asm/bitops.h:55: 		asm volatile(LOCK_PREFIX "orb %b1,%0"
#APP
# 55 "/work/main/build/src/arch/x86/include/asm/bitops.h" 1
	.pushsection .smp_locks,"a"
.balign 4
.long 671f - .
.popsection
671:
	lock; orb $2,boot_cpu_data+130(%rip)	#, MEM[(volatile char *)&boot_cpu_data + 130B]
# 0 "" 2
# 55 "/work/main/build/src/arch/x86/include/asm/bitops.h" 1
	.pushsection .smp_locks,"a"
.balign 4
.long 671f - .
.popsection
671:
	lock; orb $2,cpu_caps_set+90(%rip)	#, MEM[(volatile char *)&cpu_caps_set + 90B]
# 0 "" 2
#NO_APP
.L335:
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1418: 	if ((x86_arch_cap_msr & ARCH_CAP_IBRS_ALL) || cpu_has(c, X86_FEATURE_AUTOIBRS)) {
	testb	$2, %bl	#, x86_arch_cap_msr
	jne	.L336	#,
# /work/main/build/src/arch/x86/include/asm/bitops.h:207: 		(addr[nr >> _BITOPS_LONG_SHIFT])) != 0;
	movq	boot_cpu_data+120(%rip), %rax	# MEM[(const volatile long unsigned int *)&boot_cpu_data + 120B], _21
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1418: 	if ((x86_arch_cap_msr & ARCH_CAP_IBRS_ALL) || cpu_has(c, X86_FEATURE_AUTOIBRS)) {
	btl	$8, %eax	#, _21
	jnc	.L337	#,
.L336:
# /work/main/build/src/arch/x86/include/asm/bitops.h:55: 		asm volatile(LOCK_PREFIX "orb %b1,%0"
#APP
# 55 "/work/main/build/src/arch/x86/include/asm/bitops.h" 1
	.pushsection .smp_locks,"a"
.balign 4
.long 671f - .
.popsection
671:
	lock; orb $64,boot_cpu_data+71(%rip)	#, MEM[(volatile char *)&boot_cpu_data + 71B]
# 0 "" 2
# 55 "/work/main/build/src/arch/x86/include/asm/bitops.h" 1
	.pushsection .smp_locks,"a"
.balign 4
.long 671f - .
.popsection
671:
	lock; orb $64,cpu_caps_set+31(%rip)	#, MEM[(volatile char *)&cpu_caps_set + 31B]
# 0 "" 2
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1420: 		if (!cpu_matches(cpu_vuln_whitelist, NO_EIBRS_PBRSB) &&
#NO_APP
	movl	$1024, %esi	#,
	movq	$cpu_vuln_whitelist, %rdi	#,
	call	cpu_matches	#
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1420: 		if (!cpu_matches(cpu_vuln_whitelist, NO_EIBRS_PBRSB) &&
	testb	%al, %al	# tmp390
	jne	.L337	#,
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1420: 		if (!cpu_matches(cpu_vuln_whitelist, NO_EIBRS_PBRSB) &&
	btl	$24, %ebx	#, x86_arch_cap_msr
	jc	.L337	#,
# /work/main/build/src/arch/x86/include/asm/bitops.h:55: 		asm volatile(LOCK_PREFIX "orb %b1,%0"
#APP
# 55 "/work/main/build/src/arch/x86/include/asm/bitops.h" 1
	.pushsection .smp_locks,"a"
.balign 4
.long 671f - .
.popsection
671:
	lock; orb $16,boot_cpu_data+131(%rip)	#, MEM[(volatile char *)&boot_cpu_data + 131B]
# 0 "" 2
# 55 "/work/main/build/src/arch/x86/include/asm/bitops.h" 1
	.pushsection .smp_locks,"a"
.balign 4
.long 671f - .
.popsection
671:
	lock; orb $16,cpu_caps_set+91(%rip)	#, MEM[(volatile char *)&cpu_caps_set + 91B]
# 0 "" 2
#NO_APP
.L337:
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1425: 	if (!cpu_matches(cpu_vuln_whitelist, NO_MDS) &&
	movl	$16, %esi	#,
	movq	$cpu_vuln_whitelist, %rdi	#,
	call	cpu_matches	#
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1425: 	if (!cpu_matches(cpu_vuln_whitelist, NO_MDS) &&
	testb	%al, %al	# tmp391
	jne	.L340	#,
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1425: 	if (!cpu_matches(cpu_vuln_whitelist, NO_MDS) &&
	testb	$32, %bl	#, x86_arch_cap_msr
	jne	.L340	#,
# /work/main/build/src/arch/x86/include/asm/bitops.h:55: 		asm volatile(LOCK_PREFIX "orb %b1,%0"
#APP
# 55 "/work/main/build/src/arch/x86/include/asm/bitops.h" 1
	.pushsection .smp_locks,"a"
.balign 4
.long 671f - .
.popsection
671:
	lock; orb $8,boot_cpu_data+130(%rip)	#, MEM[(volatile char *)&boot_cpu_data + 130B]
# 0 "" 2
# 55 "/work/main/build/src/arch/x86/include/asm/bitops.h" 1
	.pushsection .smp_locks,"a"
.balign 4
.long 671f - .
.popsection
671:
	lock; orb $8,cpu_caps_set+90(%rip)	#, MEM[(volatile char *)&cpu_caps_set + 90B]
# 0 "" 2
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1428: 		if (cpu_matches(cpu_vuln_whitelist, MSBDS_ONLY))
#NO_APP
	movl	$32, %esi	#,
	movq	$cpu_vuln_whitelist, %rdi	#,
	call	cpu_matches	#
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1428: 		if (cpu_matches(cpu_vuln_whitelist, MSBDS_ONLY))
	testb	%al, %al	# tmp392
	je	.L340	#,
# /work/main/build/src/arch/x86/include/asm/bitops.h:55: 		asm volatile(LOCK_PREFIX "orb %b1,%0"
#APP
# 55 "/work/main/build/src/arch/x86/include/asm/bitops.h" 1
	.pushsection .smp_locks,"a"
.balign 4
.long 671f - .
.popsection
671:
	lock; orb $16,boot_cpu_data+130(%rip)	#, MEM[(volatile char *)&boot_cpu_data + 130B]
# 0 "" 2
# 55 "/work/main/build/src/arch/x86/include/asm/bitops.h" 1
	.pushsection .smp_locks,"a"
.balign 4
.long 671f - .
.popsection
671:
	lock; orb $16,cpu_caps_set+90(%rip)	#, MEM[(volatile char *)&cpu_caps_set + 90B]
# 0 "" 2
#NO_APP
.L340:
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1432: 	if (!cpu_matches(cpu_vuln_whitelist, NO_SWAPGS))
	movl	$64, %esi	#,
	movq	$cpu_vuln_whitelist, %rdi	#,
	call	cpu_matches	#
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1432: 	if (!cpu_matches(cpu_vuln_whitelist, NO_SWAPGS))
	testb	%al, %al	# tmp393
	jne	.L342	#,
# /work/main/build/src/arch/x86/include/asm/bitops.h:55: 		asm volatile(LOCK_PREFIX "orb %b1,%0"
#APP
# 55 "/work/main/build/src/arch/x86/include/asm/bitops.h" 1
	.pushsection .smp_locks,"a"
.balign 4
.long 671f - .
.popsection
671:
	lock; orb $32,boot_cpu_data+130(%rip)	#, MEM[(volatile char *)&boot_cpu_data + 130B]
# 0 "" 2
# 55 "/work/main/build/src/arch/x86/include/asm/bitops.h" 1
	.pushsection .smp_locks,"a"
.balign 4
.long 671f - .
.popsection
671:
	lock; orb $32,cpu_caps_set+90(%rip)	#, MEM[(volatile char *)&cpu_caps_set + 90B]
# 0 "" 2
#NO_APP
.L342:
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1445: 	if (!(x86_arch_cap_msr & ARCH_CAP_TAA_NO) &&
	btl	$8, %ebx	#, x86_arch_cap_msr
	jc	.L343	#,
# /work/main/build/src/arch/x86/include/asm/bitops.h:207: 		(addr[nr >> _BITOPS_LONG_SHIFT])) != 0;
	movq	boot_cpu_data+72(%rip), %rax	# MEM[(const volatile long unsigned int *)&boot_cpu_data + 72B], _31
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1445: 	if (!(x86_arch_cap_msr & ARCH_CAP_TAA_NO) &&
	btq	$43, %rax	#, _31
	jc	.L344	#,
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1446: 	    (cpu_has(c, X86_FEATURE_RTM) ||
	testb	$-128, %bl	#, x86_arch_cap_msr
	je	.L343	#,
.L344:
# /work/main/build/src/arch/x86/include/asm/bitops.h:55: 		asm volatile(LOCK_PREFIX "orb %b1,%0"
#APP
# 55 "/work/main/build/src/arch/x86/include/asm/bitops.h" 1
	.pushsection .smp_locks,"a"
.balign 4
.long 671f - .
.popsection
671:
	lock; orb $64,boot_cpu_data+130(%rip)	#, MEM[(volatile char *)&boot_cpu_data + 130B]
# 0 "" 2
# 55 "/work/main/build/src/arch/x86/include/asm/bitops.h" 1
	.pushsection .smp_locks,"a"
.balign 4
.long 671f - .
.popsection
671:
	lock; orb $64,cpu_caps_set+90(%rip)	#, MEM[(volatile char *)&cpu_caps_set + 90B]
# 0 "" 2
#NO_APP
.L343:
# /work/main/build/src/arch/x86/include/asm/bitops.h:207: 		(addr[nr >> _BITOPS_LONG_SHIFT])) != 0;
	movq	boot_cpu_data+56(%rip), %rax	# MEM[(const volatile long unsigned int *)&boot_cpu_data + 56B], _35
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1458: 	if ((cpu_has(c, X86_FEATURE_RDRAND) ||
	btl	$30, %eax	#, _35
	jc	.L345	#,
# /work/main/build/src/arch/x86/include/asm/bitops.h:207: 		(addr[nr >> _BITOPS_LONG_SHIFT])) != 0;
	movq	boot_cpu_data+72(%rip), %rax	# MEM[(const volatile long unsigned int *)&boot_cpu_data + 72B], _38
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1458: 	if ((cpu_has(c, X86_FEATURE_RDRAND) ||
	btq	$50, %rax	#, _38
	jnc	.L346	#,
.L345:
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1460: 	    cpu_matches(cpu_vuln_blacklist, SRBDS | MMIO_SBDS))
	movl	$5, %esi	#,
	movq	$cpu_vuln_blacklist, %rdi	#,
	call	cpu_matches	#
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1459: 	     cpu_has(c, X86_FEATURE_RDSEED)) &&
	testb	%al, %al	# tmp394
	je	.L346	#,
# /work/main/build/src/arch/x86/include/asm/bitops.h:55: 		asm volatile(LOCK_PREFIX "orb %b1,%0"
#APP
# 55 "/work/main/build/src/arch/x86/include/asm/bitops.h" 1
	.pushsection .smp_locks,"a"
.balign 4
.long 671f - .
.popsection
671:
	lock; orb $1,boot_cpu_data+131(%rip)	#, MEM[(volatile char *)&boot_cpu_data + 131B]
# 0 "" 2
# 55 "/work/main/build/src/arch/x86/include/asm/bitops.h" 1
	.pushsection .smp_locks,"a"
.balign 4
.long 671f - .
.popsection
671:
	lock; orb $1,cpu_caps_set+91(%rip)	#, MEM[(volatile char *)&cpu_caps_set + 91B]
# 0 "" 2
#NO_APP
.L346:
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1344: 		x86_arch_cap_msr & ARCH_CAP_PSDP_NO &&
	movq	%rbx, %rax	# x86_arch_cap_msr, tmp269
	andl	$57344, %eax	#, tmp269
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1473: 	if (!arch_cap_mmio_immune(x86_arch_cap_msr)) {
	cmpq	$57344, %rax	#, tmp269
	je	.L349	#,
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1474: 		if (cpu_matches(cpu_vuln_blacklist, MMIO))
	movl	$2, %esi	#,
	movq	$cpu_vuln_blacklist, %rdi	#,
	call	cpu_matches	#
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1474: 		if (cpu_matches(cpu_vuln_blacklist, MMIO))
	testb	%al, %al	# tmp395
	je	.L350	#,
# /work/main/build/src/arch/x86/include/asm/bitops.h:55: 		asm volatile(LOCK_PREFIX "orb %b1,%0"
#APP
# 55 "/work/main/build/src/arch/x86/include/asm/bitops.h" 1
	.pushsection .smp_locks,"a"
.balign 4
.long 671f - .
.popsection
671:
	lock; orb $2,boot_cpu_data+131(%rip)	#, MEM[(volatile char *)&boot_cpu_data + 131B]
# 0 "" 2
# 55 "/work/main/build/src/arch/x86/include/asm/bitops.h" 1
	.pushsection .smp_locks,"a"
.balign 4
.long 671f - .
.popsection
671:
	lock; orb $2,cpu_caps_set+91(%rip)	#, MEM[(volatile char *)&cpu_caps_set + 91B]
# 0 "" 2
# /work/main/build/src/include/asm-generic/bitops/instrumented-atomic.h:30: }
#NO_APP
	jmp	.L349	#
.L350:
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1476: 		else if (!cpu_matches(cpu_vuln_whitelist, NO_MMIO))
	movl	$512, %esi	#,
	movq	$cpu_vuln_whitelist, %rdi	#,
	call	cpu_matches	#
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1476: 		else if (!cpu_matches(cpu_vuln_whitelist, NO_MMIO))
	testb	%al, %al	# tmp396
	jne	.L349	#,
# /work/main/build/src/arch/x86/include/asm/bitops.h:55: 		asm volatile(LOCK_PREFIX "orb %b1,%0"
#APP
# 55 "/work/main/build/src/arch/x86/include/asm/bitops.h" 1
	.pushsection .smp_locks,"a"
.balign 4
.long 671f - .
.popsection
671:
	lock; orb $4,boot_cpu_data+131(%rip)	#, MEM[(volatile char *)&boot_cpu_data + 131B]
# 0 "" 2
# 55 "/work/main/build/src/arch/x86/include/asm/bitops.h" 1
	.pushsection .smp_locks,"a"
.balign 4
.long 671f - .
.popsection
671:
	lock; orb $4,cpu_caps_set+91(%rip)	#, MEM[(volatile char *)&cpu_caps_set + 91B]
# 0 "" 2
#NO_APP
.L349:
# /work/main/build/src/arch/x86/include/asm/bitops.h:207: 		(addr[nr >> _BITOPS_LONG_SHIFT])) != 0;
	movq	boot_cpu_data+88(%rip), %rax	# MEM[(const volatile long unsigned int *)&boot_cpu_data + 88B], _45
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1480: 	if (!cpu_has(c, X86_FEATURE_BTC_NO)) {
	btq	$61, %rax	#, _45
	jc	.L353	#,
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1481: 		if (cpu_matches(cpu_vuln_blacklist, RETBLEED) || (x86_arch_cap_msr & ARCH_CAP_RSBA))
	movl	$8, %esi	#,
	movq	$cpu_vuln_blacklist, %rdi	#,
	call	cpu_matches	#
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1481: 		if (cpu_matches(cpu_vuln_blacklist, RETBLEED) || (x86_arch_cap_msr & ARCH_CAP_RSBA))
	testb	%al, %al	# tmp397
	jne	.L354	#,
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1481: 		if (cpu_matches(cpu_vuln_blacklist, RETBLEED) || (x86_arch_cap_msr & ARCH_CAP_RSBA))
	testb	$4, %bl	#, x86_arch_cap_msr
	je	.L353	#,
.L354:
# /work/main/build/src/arch/x86/include/asm/bitops.h:55: 		asm volatile(LOCK_PREFIX "orb %b1,%0"
#APP
# 55 "/work/main/build/src/arch/x86/include/asm/bitops.h" 1
	.pushsection .smp_locks,"a"
.balign 4
.long 671f - .
.popsection
671:
	lock; orb $8,boot_cpu_data+131(%rip)	#, MEM[(volatile char *)&boot_cpu_data + 131B]
# 0 "" 2
# 55 "/work/main/build/src/arch/x86/include/asm/bitops.h" 1
	.pushsection .smp_locks,"a"
.balign 4
.long 671f - .
.popsection
671:
	lock; orb $8,cpu_caps_set+91(%rip)	#, MEM[(volatile char *)&cpu_caps_set + 91B]
# 0 "" 2
#NO_APP
.L353:
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1485: 	if (cpu_matches(cpu_vuln_blacklist, SMT_RSB))
	movl	$16, %esi	#,
	movq	$cpu_vuln_blacklist, %rdi	#,
	call	cpu_matches	#
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1485: 	if (cpu_matches(cpu_vuln_blacklist, SMT_RSB))
	testb	%al, %al	# tmp398
	je	.L356	#,
# /work/main/build/src/arch/x86/include/asm/bitops.h:55: 		asm volatile(LOCK_PREFIX "orb %b1,%0"
#APP
# 55 "/work/main/build/src/arch/x86/include/asm/bitops.h" 1
	.pushsection .smp_locks,"a"
.balign 4
.long 671f - .
.popsection
671:
	lock; orb $32,boot_cpu_data+131(%rip)	#, MEM[(volatile char *)&boot_cpu_data + 131B]
# 0 "" 2
# 55 "/work/main/build/src/arch/x86/include/asm/bitops.h" 1
	.pushsection .smp_locks,"a"
.balign 4
.long 671f - .
.popsection
671:
	lock; orb $32,cpu_caps_set+91(%rip)	#, MEM[(volatile char *)&cpu_caps_set + 91B]
# 0 "" 2
#NO_APP
.L356:
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1494: 	if (cpu_matches(cpu_vuln_blacklist, GDS) && !(x86_arch_cap_msr & ARCH_CAP_GDS_NO) &&
	movl	$64, %esi	#,
	movq	$cpu_vuln_blacklist, %rdi	#,
	call	cpu_matches	#
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1494: 	if (cpu_matches(cpu_vuln_blacklist, GDS) && !(x86_arch_cap_msr & ARCH_CAP_GDS_NO) &&
	testb	%al, %al	# tmp399
	je	.L357	#,
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1494: 	if (cpu_matches(cpu_vuln_blacklist, GDS) && !(x86_arch_cap_msr & ARCH_CAP_GDS_NO) &&
	btl	$26, %ebx	#, x86_arch_cap_msr
	jc	.L357	#,
# /work/main/build/src/arch/x86/include/asm/bitops.h:207: 		(addr[nr >> _BITOPS_LONG_SHIFT])) != 0;
	movq	boot_cpu_data+56(%rip), %rax	# MEM[(const volatile long unsigned int *)&boot_cpu_data + 56B], _53
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1494: 	if (cpu_matches(cpu_vuln_blacklist, GDS) && !(x86_arch_cap_msr & ARCH_CAP_GDS_NO) &&
	btl	$28, %eax	#, _53
	jnc	.L357	#,
# /work/main/build/src/arch/x86/include/asm/bitops.h:55: 		asm volatile(LOCK_PREFIX "orb %b1,%0"
#APP
# 55 "/work/main/build/src/arch/x86/include/asm/bitops.h" 1
	.pushsection .smp_locks,"a"
.balign 4
.long 671f - .
.popsection
671:
	lock; orb $64,boot_cpu_data+131(%rip)	#, MEM[(volatile char *)&boot_cpu_data + 131B]
# 0 "" 2
# 55 "/work/main/build/src/arch/x86/include/asm/bitops.h" 1
	.pushsection .smp_locks,"a"
.balign 4
.long 671f - .
.popsection
671:
	lock; orb $64,cpu_caps_set+91(%rip)	#, MEM[(volatile char *)&cpu_caps_set + 91B]
# 0 "" 2
#NO_APP
.L357:
# /work/main/build/src/arch/x86/include/asm/bitops.h:207: 		(addr[nr >> _BITOPS_LONG_SHIFT])) != 0;
	movq	boot_cpu_data+120(%rip), %rax	# MEM[(const volatile long unsigned int *)&boot_cpu_data + 120B], _56
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1498: 	if (!cpu_has(c, X86_FEATURE_SRSO_NO)) {
	btl	$29, %eax	#, _56
	jc	.L359	#,
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1499: 		if (cpu_matches(cpu_vuln_blacklist, SRSO))
	movl	$32, %esi	#,
	movq	$cpu_vuln_blacklist, %rdi	#,
	call	cpu_matches	#
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1499: 		if (cpu_matches(cpu_vuln_blacklist, SRSO))
	testb	%al, %al	# tmp400
	je	.L359	#,
# /work/main/build/src/arch/x86/include/asm/bitops.h:55: 		asm volatile(LOCK_PREFIX "orb %b1,%0"
#APP
# 55 "/work/main/build/src/arch/x86/include/asm/bitops.h" 1
	.pushsection .smp_locks,"a"
.balign 4
.long 671f - .
.popsection
671:
	lock; orb $1,boot_cpu_data+132(%rip)	#, MEM[(volatile char *)&boot_cpu_data + 132B]
# 0 "" 2
# 55 "/work/main/build/src/arch/x86/include/asm/bitops.h" 1
	.pushsection .smp_locks,"a"
.balign 4
.long 671f - .
.popsection
671:
	lock; orb $1,cpu_caps_set+92(%rip)	#, MEM[(volatile char *)&cpu_caps_set + 92B]
# 0 "" 2
#NO_APP
.L359:
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1351: 	if (x86_arch_cap_msr & ARCH_CAP_RFDS_NO)
	btl	$27, %ebx	#, x86_arch_cap_msr
	jc	.L362	#,
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1359: 	if (x86_arch_cap_msr & ARCH_CAP_RFDS_CLEAR)
	btl	$28, %ebx	#, x86_arch_cap_msr
	jnc	.L363	#,
.L364:
# /work/main/build/src/arch/x86/include/asm/bitops.h:55: 		asm volatile(LOCK_PREFIX "orb %b1,%0"
#APP
# 55 "/work/main/build/src/arch/x86/include/asm/bitops.h" 1
	.pushsection .smp_locks,"a"
.balign 4
.long 671f - .
.popsection
671:
	lock; orb $4,boot_cpu_data+132(%rip)	#, MEM[(volatile char *)&boot_cpu_data + 132B]
# 0 "" 2
# 55 "/work/main/build/src/arch/x86/include/asm/bitops.h" 1
	.pushsection .smp_locks,"a"
.balign 4
.long 671f - .
.popsection
671:
	lock; orb $4,cpu_caps_set+92(%rip)	#, MEM[(volatile char *)&cpu_caps_set + 92B]
# 0 "" 2
# /work/main/build/src/include/asm-generic/bitops/instrumented-atomic.h:30: }
#NO_APP
	jmp	.L362	#
.L363:
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1363: 	return cpu_matches(cpu_vuln_blacklist, RFDS);
	movl	$128, %esi	#,
	movq	$cpu_vuln_blacklist, %rdi	#,
	call	cpu_matches	#
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1503: 	if (vulnerable_to_rfds(x86_arch_cap_msr))
	testb	%al, %al	# tmp401
	jne	.L364	#,
.L362:
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1511: 	if (!cpu_matches(cpu_vuln_whitelist, NO_BHI) &&
	movl	$2048, %esi	#,
	movq	$cpu_vuln_whitelist, %rdi	#,
	call	cpu_matches	#
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1511: 	if (!cpu_matches(cpu_vuln_whitelist, NO_BHI) &&
	testb	%al, %al	# tmp402
	jne	.L366	#,
# /work/main/build/src/arch/x86/include/asm/bitops.h:207: 		(addr[nr >> _BITOPS_LONG_SHIFT])) != 0;
	movq	boot_cpu_data+64(%rip), %rax	# MEM[(const volatile long unsigned int *)&boot_cpu_data + 64B], _62
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1511: 	if (!cpu_matches(cpu_vuln_whitelist, NO_BHI) &&
	btq	$62, %rax	#, _62
	jc	.L367	#,
# /work/main/build/src/arch/x86/include/asm/bitops.h:207: 		(addr[nr >> _BITOPS_LONG_SHIFT])) != 0;
	movq	boot_cpu_data+56(%rip), %rax	# MEM[(const volatile long unsigned int *)&boot_cpu_data + 56B], _65
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1512: 	    (boot_cpu_has(X86_FEATURE_IBRS_ENHANCED) ||
	btl	$31, %eax	#, _65
	jnc	.L366	#,
.L367:
# /work/main/build/src/arch/x86/include/asm/bitops.h:55: 		asm volatile(LOCK_PREFIX "orb %b1,%0"
#APP
# 55 "/work/main/build/src/arch/x86/include/asm/bitops.h" 1
	.pushsection .smp_locks,"a"
.balign 4
.long 671f - .
.popsection
671:
	lock; orb $8,boot_cpu_data+132(%rip)	#, MEM[(volatile char *)&boot_cpu_data + 132B]
# 0 "" 2
# 55 "/work/main/build/src/arch/x86/include/asm/bitops.h" 1
	.pushsection .smp_locks,"a"
.balign 4
.long 671f - .
.popsection
671:
	lock; orb $8,cpu_caps_set+92(%rip)	#, MEM[(volatile char *)&cpu_caps_set + 92B]
# 0 "" 2
#NO_APP
.L366:
# /work/main/build/src/arch/x86/include/asm/bitops.h:207: 		(addr[nr >> _BITOPS_LONG_SHIFT])) != 0;
	movq	boot_cpu_data+88(%rip), %rax	# MEM[(const volatile long unsigned int *)&boot_cpu_data + 88B], _68
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1516: 	if (cpu_has(c, X86_FEATURE_AMD_IBPB) && !cpu_has(c, X86_FEATURE_AMD_IBPB_RET))
	btq	$44, %rax	#, _68
	jnc	.L368	#,
# /work/main/build/src/arch/x86/include/asm/bitops.h:207: 		(addr[nr >> _BITOPS_LONG_SHIFT])) != 0;
	movq	boot_cpu_data+88(%rip), %rax	# MEM[(const volatile long unsigned int *)&boot_cpu_data + 88B], _71
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1516: 	if (cpu_has(c, X86_FEATURE_AMD_IBPB) && !cpu_has(c, X86_FEATURE_AMD_IBPB_RET))
	btq	$62, %rax	#, _71
	jc	.L368	#,
# /work/main/build/src/arch/x86/include/asm/bitops.h:55: 		asm volatile(LOCK_PREFIX "orb %b1,%0"
#APP
# 55 "/work/main/build/src/arch/x86/include/asm/bitops.h" 1
	.pushsection .smp_locks,"a"
.balign 4
.long 671f - .
.popsection
671:
	lock; orb $16,boot_cpu_data+132(%rip)	#, MEM[(volatile char *)&boot_cpu_data + 132B]
# 0 "" 2
# 55 "/work/main/build/src/arch/x86/include/asm/bitops.h" 1
	.pushsection .smp_locks,"a"
.balign 4
.long 671f - .
.popsection
671:
	lock; orb $16,cpu_caps_set+92(%rip)	#, MEM[(volatile char *)&cpu_caps_set + 92B]
# 0 "" 2
#NO_APP
.L368:
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1369: 	if (x86_arch_cap_msr & ARCH_CAP_ITS_NO)
	btq	$62, %rbx	#, x86_arch_cap_msr
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1371: 	if (boot_cpu_data.x86_vendor != X86_VENDOR_INTEL)
	movb	boot_cpu_data+1(%rip), %al	# boot_cpu_data.x86_vendor, pretmp_136
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1369: 	if (x86_arch_cap_msr & ARCH_CAP_ITS_NO)
	jc	.L370	#,
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1371: 	if (boot_cpu_data.x86_vendor != X86_VENDOR_INTEL)
	testb	%al, %al	# pretmp_136
	jne	.L370	#,
# /work/main/build/src/arch/x86/include/asm/bitops.h:207: 		(addr[nr >> _BITOPS_LONG_SHIFT])) != 0;
	movq	boot_cpu_data+120(%rip), %rax	# MEM[(const volatile long unsigned int *)&boot_cpu_data + 120B], _103
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1375: 	if (boot_cpu_has(X86_FEATURE_BHI_CTRL))
	btq	$34, %rax	#, _103
	jc	.L373	#,
# /work/main/build/src/arch/x86/include/asm/bitops.h:207: 		(addr[nr >> _BITOPS_LONG_SHIFT])) != 0;
	movq	boot_cpu_data+56(%rip), %rax	# MEM[(const volatile long unsigned int *)&boot_cpu_data + 56B], _106
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1383: 	if (boot_cpu_has(X86_FEATURE_HYPERVISOR))
	btl	$31, %eax	#, _106
	jnc	.L374	#,
.L376:
# /work/main/build/src/arch/x86/include/asm/bitops.h:55: 		asm volatile(LOCK_PREFIX "orb %b1,%0"
#APP
# 55 "/work/main/build/src/arch/x86/include/asm/bitops.h" 1
	.pushsection .smp_locks,"a"
.balign 4
.long 671f - .
.popsection
671:
	lock; orb $32,boot_cpu_data+132(%rip)	#, MEM[(volatile char *)&boot_cpu_data + 132B]
# 0 "" 2
# 55 "/work/main/build/src/arch/x86/include/asm/bitops.h" 1
	.pushsection .smp_locks,"a"
.balign 4
.long 671f - .
.popsection
671:
	lock; orb $32,cpu_caps_set+92(%rip)	#, MEM[(volatile char *)&cpu_caps_set + 92B]
# 0 "" 2
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1521: 		if (cpu_matches(cpu_vuln_blacklist, ITS_NATIVE_ONLY))
#NO_APP
	movl	$512, %esi	#,
	movq	$cpu_vuln_blacklist, %rdi	#,
	call	cpu_matches	#
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1521: 		if (cpu_matches(cpu_vuln_blacklist, ITS_NATIVE_ONLY))
	testb	%al, %al	# tmp403
	je	.L370	#,
# /work/main/build/src/arch/x86/include/asm/bitops.h:55: 		asm volatile(LOCK_PREFIX "orb %b1,%0"
#APP
# 55 "/work/main/build/src/arch/x86/include/asm/bitops.h" 1
	.pushsection .smp_locks,"a"
.balign 4
.long 671f - .
.popsection
671:
	lock; orb $64,boot_cpu_data+132(%rip)	#, MEM[(volatile char *)&boot_cpu_data + 132B]
# 0 "" 2
# 55 "/work/main/build/src/arch/x86/include/asm/bitops.h" 1
	.pushsection .smp_locks,"a"
.balign 4
.long 671f - .
.popsection
671:
	lock; orb $64,cpu_caps_set+92(%rip)	#, MEM[(volatile char *)&cpu_caps_set + 92B]
# 0 "" 2
# /work/main/build/src/include/asm-generic/bitops/instrumented-atomic.h:30: }
#NO_APP
	jmp	.L370	#
.L374:
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1386: 	if (cpu_matches(cpu_vuln_blacklist, ITS))
	movl	$256, %esi	#,
	movq	$cpu_vuln_blacklist, %rdi	#,
	call	cpu_matches	#
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1386: 	if (cpu_matches(cpu_vuln_blacklist, ITS))
	testb	%al, %al	# tmp404
	jne	.L376	#,
.L370:
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1525: 	if (c->x86_vendor == X86_VENDOR_AMD) {
	cmpb	$2, boot_cpu_data+1(%rip)	#, boot_cpu_data.x86_vendor
	jne	.L373	#,
# /work/main/build/src/arch/x86/include/asm/bitops.h:207: 		(addr[nr >> _BITOPS_LONG_SHIFT])) != 0;
	movq	boot_cpu_data+120(%rip), %rax	# MEM[(const volatile long unsigned int *)&boot_cpu_data + 120B], _77
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1526: 		if (!cpu_has(c, X86_FEATURE_TSA_SQ_NO) ||
	btq	$43, %rax	#, _77
	jnc	.L378	#,
# /work/main/build/src/arch/x86/include/asm/bitops.h:207: 		(addr[nr >> _BITOPS_LONG_SHIFT])) != 0;
	movq	boot_cpu_data+120(%rip), %rax	# MEM[(const volatile long unsigned int *)&boot_cpu_data + 120B], _80
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1526: 		if (!cpu_has(c, X86_FEATURE_TSA_SQ_NO) ||
	btq	$44, %rax	#, _80
	jc	.L373	#,
.L378:
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1528: 			if (cpu_matches(cpu_vuln_blacklist, TSA) ||
	movl	$1024, %esi	#,
	movq	$cpu_vuln_blacklist, %rdi	#,
	call	cpu_matches	#
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1528: 			if (cpu_matches(cpu_vuln_blacklist, TSA) ||
	testb	%al, %al	# tmp405
	jne	.L379	#,
# /work/main/build/src/arch/x86/include/asm/bitops.h:207: 		(addr[nr >> _BITOPS_LONG_SHIFT])) != 0;
	movq	boot_cpu_data+56(%rip), %rax	# MEM[(const volatile long unsigned int *)&boot_cpu_data + 56B], _84
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1528: 			if (cpu_matches(cpu_vuln_blacklist, TSA) ||
	btl	$31, %eax	#, _84
	jnc	.L373	#,
# /work/main/build/src/arch/x86/include/asm/bitops.h:207: 		(addr[nr >> _BITOPS_LONG_SHIFT])) != 0;
	movq	boot_cpu_data+64(%rip), %rax	# MEM[(const volatile long unsigned int *)&boot_cpu_data + 64B], _87
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1530: 			    (cpu_has(c, X86_FEATURE_HYPERVISOR) && cpu_has(c, X86_FEATURE_ZEN)))
	btq	$60, %rax	#, _87
	jnc	.L373	#,
.L379:
# /work/main/build/src/arch/x86/include/asm/bitops.h:55: 		asm volatile(LOCK_PREFIX "orb %b1,%0"
#APP
# 55 "/work/main/build/src/arch/x86/include/asm/bitops.h" 1
	.pushsection .smp_locks,"a"
.balign 4
.long 671f - .
.popsection
671:
	lock; orb $2,boot_cpu_data+133(%rip)	#, MEM[(volatile char *)&boot_cpu_data + 133B]
# 0 "" 2
# 55 "/work/main/build/src/arch/x86/include/asm/bitops.h" 1
	.pushsection .smp_locks,"a"
.balign 4
.long 671f - .
.popsection
671:
	lock; orb $2,cpu_caps_set+93(%rip)	#, MEM[(volatile char *)&cpu_caps_set + 93B]
# 0 "" 2
#NO_APP
.L373:
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1539: 	if (cpu_matches(cpu_vuln_blacklist, VMSCAPE) &&
	movl	$2048, %esi	#,
	movq	$cpu_vuln_blacklist, %rdi	#,
	call	cpu_matches	#
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1539: 	if (cpu_matches(cpu_vuln_blacklist, VMSCAPE) &&
	testb	%al, %al	# tmp406
	je	.L380	#,
# /work/main/build/src/arch/x86/include/asm/bitops.h:207: 		(addr[nr >> _BITOPS_LONG_SHIFT])) != 0;
	movq	boot_cpu_data+56(%rip), %rax	# MEM[(const volatile long unsigned int *)&boot_cpu_data + 56B], _91
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1539: 	if (cpu_matches(cpu_vuln_blacklist, VMSCAPE) &&
	btl	$31, %eax	#, _91
	jc	.L380	#,
# /work/main/build/src/arch/x86/include/asm/bitops.h:55: 		asm volatile(LOCK_PREFIX "orb %b1,%0"
#APP
# 55 "/work/main/build/src/arch/x86/include/asm/bitops.h" 1
	.pushsection .smp_locks,"a"
.balign 4
.long 671f - .
.popsection
671:
	lock; orb $4,boot_cpu_data+133(%rip)	#, MEM[(volatile char *)&boot_cpu_data + 133B]
# 0 "" 2
# 55 "/work/main/build/src/arch/x86/include/asm/bitops.h" 1
	.pushsection .smp_locks,"a"
.balign 4
.long 671f - .
.popsection
671:
	lock; orb $4,cpu_caps_set+93(%rip)	#, MEM[(volatile char *)&cpu_caps_set + 93B]
# 0 "" 2
#NO_APP
.L380:
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1543: 	if (cpu_matches(cpu_vuln_whitelist, NO_MELTDOWN))
	movl	$2, %esi	#,
	movq	$cpu_vuln_whitelist, %rdi	#,
	call	cpu_matches	#
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1543: 	if (cpu_matches(cpu_vuln_whitelist, NO_MELTDOWN))
	testb	%al, %al	# tmp407
	jne	.L333	#,
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1547: 	if (x86_arch_cap_msr & ARCH_CAP_RDCL_NO)
	andb	$1, %bl	#, x86_arch_cap_msr
	jne	.L333	#,
# /work/main/build/src/arch/x86/include/asm/bitops.h:55: 		asm volatile(LOCK_PREFIX "orb %b1,%0"
#APP
# 55 "/work/main/build/src/arch/x86/include/asm/bitops.h" 1
	.pushsection .smp_locks,"a"
.balign 4
.long 671f - .
.popsection
671:
	lock; orb $64,boot_cpu_data+129(%rip)	#, MEM[(volatile char *)&boot_cpu_data + 129B]
# 0 "" 2
# 55 "/work/main/build/src/arch/x86/include/asm/bitops.h" 1
	.pushsection .smp_locks,"a"
.balign 4
.long 671f - .
.popsection
671:
	lock; orb $64,cpu_caps_set+89(%rip)	#, MEM[(volatile char *)&cpu_caps_set + 89B]
# 0 "" 2
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1552: 	if (cpu_matches(cpu_vuln_whitelist, NO_L1TF))
#NO_APP
	movl	$8, %esi	#,
	movq	$cpu_vuln_whitelist, %rdi	#,
	call	cpu_matches	#
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1552: 	if (cpu_matches(cpu_vuln_whitelist, NO_L1TF))
	testb	%al, %al	# tmp408
	jne	.L333	#,
# /work/main/build/src/arch/x86/include/asm/bitops.h:55: 		asm volatile(LOCK_PREFIX "orb %b1,%0"
#APP
# 55 "/work/main/build/src/arch/x86/include/asm/bitops.h" 1
	.pushsection .smp_locks,"a"
.balign 4
.long 671f - .
.popsection
671:
	lock; orb $4,boot_cpu_data+130(%rip)	#, MEM[(volatile char *)&boot_cpu_data + 130B]
# 0 "" 2
# 55 "/work/main/build/src/arch/x86/include/asm/bitops.h" 1
	.pushsection .smp_locks,"a"
.balign 4
.long 671f - .
.popsection
671:
	lock; orb $4,cpu_caps_set+90(%rip)	#, MEM[(volatile char *)&cpu_caps_set + 90B]
# 0 "" 2
#NO_APP
.L333:
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1722: 	sld_setup(c);
	movq	$boot_cpu_data, %rdi	#,
	call	sld_setup	#
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1744: 	if (!pgtable_l5_enabled())
	cmpl	$0, __pgtable_l5_enabled(%rip)	#, __pgtable_l5_enabled
	jne	.L382	#,
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1745: 		setup_clear_cpu_cap(X86_FEATURE_LA57);
	movl	$528, %edi	#,
	call	setup_clear_cpu_cap	#
.L382:
# /work/main/build/src/arch/x86/include/asm/bitops.h:55: 		asm volatile(LOCK_PREFIX "orb %b1,%0"
#APP
# 55 "/work/main/build/src/arch/x86/include/asm/bitops.h" 1
	.pushsection .smp_locks,"a"
.balign 4
.long 671f - .
.popsection
671:
	lock; orb $16,boot_cpu_data+54(%rip)	#, MEM[(volatile char *)&boot_cpu_data + 54B]
# 0 "" 2
# 55 "/work/main/build/src/arch/x86/include/asm/bitops.h" 1
	.pushsection .smp_locks,"a"
.balign 4
.long 671f - .
.popsection
671:
	lock; orb $16,cpu_caps_set+14(%rip)	#, MEM[(volatile char *)&cpu_caps_set + 14B]
# 0 "" 2
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1787: }
#NO_APP
	popq	%rbx	#
	ret	
	.size	early_cpu_init, .-early_cpu_init
	.text
	.globl	check_null_seg_clears_base
	.type	check_null_seg_clears_base, @function
check_null_seg_clears_base:
	pushq	%rbx	#
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1822: 	if (c->extended_cpuid_level >= 0x80000021 &&
	cmpl	$-2147483616, 32(%rdi)	#, c_9(D)->extended_cpuid_level
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1816: {
	movq	%rdi, %r8	# tmp109, c
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1822: 	if (c->extended_cpuid_level >= 0x80000021 &&
	ja	.L433	#,
.L436:
# /work/main/build/src/arch/x86/include/asm/bitops.h:207: 		(addr[nr >> _BITOPS_LONG_SHIFT])) != 0;
	movq	56(%r8), %rax	# MEM[(const volatile long unsigned int *)c_9(D) + 56B], _11
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1833: 	if (cpu_has(c, X86_FEATURE_HYPERVISOR)) {
	btl	$31, %eax	#, _11
	jnc	.L447	#,
	jmp	.L440	#
.L433:
# /work/main/build/src/arch/x86/include/asm/processor.h:222: 	asm volatile("cpuid"
	movl	$-2147483615, %eax	#, eax
	xorl	%ecx, %ecx	# ecx
#APP
# 222 "/work/main/build/src/arch/x86/include/asm/processor.h" 1
	cpuid	
# 0 "" 2
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1822: 	if (c->extended_cpuid_level >= 0x80000021 &&
#NO_APP
	testb	$64, %al	#, eax
	je	.L436	#,
	jmp	.L432	#
.L447:
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1842: 	if ((c->x86 == 0x17 || c->x86 == 0x18) &&
	movb	(%r8), %al	# c_9(D)->x86, tmp113
	subl	$23, %eax	#, tmp107
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1842: 	if ((c->x86 == 0x17 || c->x86 == 0x18) &&
	cmpb	$1, %al	#, tmp107
	jbe	.L438	#,
.L440:
# /work/main/build/src/arch/x86/include/asm/bitops.h:55: 		asm volatile(LOCK_PREFIX "orb %b1,%0"
#APP
# 55 "/work/main/build/src/arch/x86/include/asm/bitops.h" 1
	.pushsection .smp_locks,"a"
.balign 4
.long 671f - .
.popsection
671:
	lock; orb $4,129(%r8)	#,
# 0 "" 2
# /work/main/build/src/include/asm-generic/bitops/instrumented-atomic.h:30: }
#NO_APP
	jmp	.L432	#
.L438:
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1807: 	rdmsrl(MSR_FS_BASE, old_base);
	movl	$-1073741568, %edi	#,
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1808: 	wrmsrl(MSR_FS_BASE, 1);
	movl	$1, %esi	#,
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1807: 	rdmsrl(MSR_FS_BASE, old_base);
	call	native_read_msr	#
	movq	%rax, %r10	# tmp110, old_base
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1808: 	wrmsrl(MSR_FS_BASE, 1);
	call	wrmsrl	#
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1811: 	wrmsrl(MSR_FS_BASE, old_base);
	movq	%r10, %rsi	# old_base,
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1809: 	loadsegment(fs, 0);
	call	__loadsegment_fs.constprop.0	#
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1810: 	rdmsrl(MSR_FS_BASE, tmp);
	call	native_read_msr	#
	movq	%rax, %r9	# tmp111, tmp
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1811: 	wrmsrl(MSR_FS_BASE, old_base);
	call	wrmsrl	#
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1842: 	if ((c->x86 == 0x17 || c->x86 == 0x18) &&
	testq	%r9, %r9	# tmp
	jne	.L440	#,
.L432:
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1848: }
	popq	%rbx	#
	ret	
	.size	check_null_seg_clears_base, .-check_null_seg_clears_base
	.section	.rodata.str1.1
.LC21:
	.string	"\0016Last level iTLB entries: 4KB %d, 2MB %d, 4MB %d\n"
.LC22:
	.string	"\0016Last level dTLB entries: 4KB %d, 2MB %d, 4MB %d, 1GB %d\n"
.LC23:
	.string	"%s(): static key '%pS' used before call to jump_label_init()"
.LC24:
	.string	"include/linux/jump_label.h"
	.section	.init.text
	.globl	identify_boot_cpu
	.type	identify_boot_cpu, @function
identify_boot_cpu:
# /work/main/build/src/arch/x86/kernel/cpu/common.c:2089: 	identify_cpu(&boot_cpu_data);
	movq	$boot_cpu_data, %rdi	#,
	call	identify_cpu	#
# /work/main/build/src/arch/x86/kernel/cpu/common.c:852: 	if (this_cpu->c_detect_tlb)
	movq	this_cpu(%rip), %rax	# this_cpu, this_cpu
	movq	56(%rax), %rax	# this_cpu.88_8->c_detect_tlb, _9
# /work/main/build/src/arch/x86/kernel/cpu/common.c:852: 	if (this_cpu->c_detect_tlb)
	testq	%rax, %rax	# _9
	je	.L450	#,
# /work/main/build/src/arch/x86/kernel/cpu/common.c:853: 		this_cpu->c_detect_tlb(c);
	movq	$boot_cpu_data, %rdi	#,
	call	*%rax	# _9
.L450:
# /work/main/build/src/arch/x86/kernel/cpu/common.c:855: 	pr_info("Last level iTLB entries: 4KB %d, 2MB %d, 4MB %d\n",
	movzwl	tlb_lli_4m(%rip), %ecx	# tlb_lli_4m[0], tlb_lli_4m[0]
	movzwl	tlb_lli_2m(%rip), %edx	# tlb_lli_2m[0], tlb_lli_2m[0]
	movq	$.LC21, %rdi	#,
	movzwl	tlb_lli_4k(%rip), %esi	# tlb_lli_4k[0], tlb_lli_4k[0]
	call	_printk	#
# /work/main/build/src/arch/x86/kernel/cpu/common.c:859: 	pr_info("Last level dTLB entries: 4KB %d, 2MB %d, 4MB %d, 1GB %d\n",
	movzwl	tlb_lld_4m(%rip), %ecx	# tlb_lld_4m[0], tlb_lld_4m[0]
	movzwl	tlb_lld_2m(%rip), %edx	# tlb_lld_2m[0], tlb_lld_2m[0]
	movq	$.LC22, %rdi	#,
	movzwl	tlb_lld_4k(%rip), %esi	# tlb_lld_4k[0], tlb_lld_4k[0]
	movzwl	tlb_lld_1g(%rip), %r8d	# tlb_lld_1g[0],
	call	_printk	#
# /work/main/build/src/arch/x86/kernel/cpu/common.c:509: 	cr4_pinned_bits = this_cpu_read(cpu_tlbstate.cr4) & cr4_pinned_mask;
#APP
# 509 "/work/main/build/src/arch/x86/kernel/cpu/common.c" 1
	movq %gs:cpu_tlbstate+24(%rip), %rax	# cpu_tlbstate.cr4, pfo_val__
# 0 "" 2
# /work/main/build/src/arch/x86/kernel/cpu/common.c:509: 	cr4_pinned_bits = this_cpu_read(cpu_tlbstate.cr4) & cr4_pinned_mask;
#NO_APP
	andl	$11601920, %eax	#, tmp113
# /work/main/build/src/include/linux/jump_label.h:319: 	STATIC_KEY_CHECK_USE(key);
	cmpb	$0, static_key_initialized(%rip)	#, static_key_initialized
# /work/main/build/src/arch/x86/kernel/cpu/common.c:509: 	cr4_pinned_bits = this_cpu_read(cpu_tlbstate.cr4) & cr4_pinned_mask;
	movq	%rax, cr4_pinned_bits(%rip)	# tmp113, cr4_pinned_bits
# /work/main/build/src/include/linux/jump_label.h:319: 	STATIC_KEY_CHECK_USE(key);
	jne	.L451	#,
	movq	$cr_pinning, %rdx	#,
	movq	$__func__.0, %rsi	#,
	movq	$.LC23, %rdi	#,
	call	__warn_printk	#
#APP
# 319 "/work/main/build/src/include/linux/jump_label.h" 1
	1:	.byte 0x0f, 0x0b
.pushsection __bug_table,"aw"
2:	.long 1b - .	# bug_entry::bug_addr
	.long .LC24 - .	# bug_entry::file	#
	.word 319	# bug_entry::line	#
	.word 2313	# bug_entry::flags	#
	.org 2b+12	#
.popsection
998:
	.pushsection .discard.reachable
	.long 998b - .
	.popsection
	
# 0 "" 2
#NO_APP
.L451:
# /work/main/build/src/arch/x86/include/asm/atomic.h:29: 	return __READ_ONCE((v)->counter);
	movl	cr_pinning(%rip), %eax	# MEM[(const volatile int *)&cr_pinning], _28
# /work/main/build/src/include/linux/jump_label.h:321: 	if (atomic_read(&key->enabled) != 0) {
	testl	%eax, %eax	# _28
	je	.L452	#,
# /work/main/build/src/arch/x86/include/asm/atomic.h:29: 	return __READ_ONCE((v)->counter);
	movl	cr_pinning(%rip), %eax	# MEM[(const volatile int *)&cr_pinning], _29
# /work/main/build/src/include/linux/jump_label.h:322: 		WARN_ON_ONCE(atomic_read(&key->enabled) != 1);
	decl	%eax	# _29
	je	.L453	#,
#APP
# 322 "/work/main/build/src/include/linux/jump_label.h" 1
	1:	.byte 0x0f, 0x0b
.pushsection __bug_table,"aw"
2:	.long 1b - .	# bug_entry::bug_addr
	.long .LC24 - .	# bug_entry::file	#
	.word 322	# bug_entry::line	#
	.word 2307	# bug_entry::flags	#
	.org 2b+12	#
.popsection
998:
	.pushsection .discard.reachable
	.long 998b - .
	.popsection
	
# 0 "" 2
#NO_APP
	jmp	.L453	#
.L452:
# /work/main/build/src/arch/x86/include/asm/atomic.h:41: 	__WRITE_ONCE(v->counter, i);
	movl	$1, cr_pinning(%rip)	#, MEM[(volatile int *)&cr_pinning]
.L453:
# /work/main/build/src/arch/x86/kernel/cpu/common.c:2099: 	tsx_init();
	jmp	tsx_init	#
	.size	identify_boot_cpu, .-identify_boot_cpu
	.section	.rodata.str1.1
.LC25:
	.string	"\0013[Firmware Bug]: CPU%u: APIC id mismatch. Firmware: %x APIC: %x\n"
	.text
	.globl	identify_secondary_cpu
	.type	identify_secondary_cpu, @function
identify_secondary_cpu:
# /work/main/build/src/arch/x86/kernel/cpu/common.c:2104: 	BUG_ON(c == &boot_cpu_data);
	cmpq	$boot_cpu_data, %rdi	#, c
	jne	.L461	#,
# /work/main/build/src/arch/x86/kernel/cpu/common.c:2104: 	BUG_ON(c == &boot_cpu_data);
#APP
# 2104 "/work/main/build/src/arch/x86/kernel/cpu/common.c" 1
	1:	.byte 0x0f, 0x0b
.pushsection __bug_table,"aw"
2:	.long 1b - .	# bug_entry::bug_addr
	.long .LC16 - .	# bug_entry::file	#
	.word 2104	# bug_entry::line	#
	.word 0	# bug_entry::flags	#
	.org 2b+12	#
.popsection

# 0 "" 2
#NO_APP
.L461:
# /work/main/build/src/arch/x86/kernel/cpu/common.c:2103: {
	pushq	%rbp	#
	pushq	%rbx	#
	movq	%rdi, %rbx	# tmp112, c
# /work/main/build/src/arch/x86/kernel/cpu/common.c:2105: 	identify_cpu(c);
	call	identify_cpu	#
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1910: 	apicid = apic->cpu_present_to_apicid(cpu);
	movq	apic(%rip), %rax	# apic, apic
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1908: 	unsigned int apicid, cpu = smp_processor_id();
#APP
# 1908 "/work/main/build/src/arch/x86/kernel/cpu/common.c" 1
	movl %gs:cpu_number(%rip), %ebp	# cpu_number, pfo_val__
# 0 "" 2
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1910: 	apicid = apic->cpu_present_to_apicid(cpu);
#NO_APP
	movl	%ebp, %edi	# pfo_val__,
	call	*200(%rax)	# apic.91_18->cpu_present_to_apicid
	movl	%eax, %edx	# tmp113, _20
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1912: 	if (apicid != c->apicid) {
	movzwl	258(%rbx), %eax	# c_5(D)->apicid, c_5(D)->apicid
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1912: 	if (apicid != c->apicid) {
	cmpl	%eax, %edx	# c_5(D)->apicid, _20
	je	.L462	#,
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1913: 		pr_err(FW_BUG "CPU%u: APIC id mismatch. Firmware: %x APIC: %x\n",
	movzwl	260(%rbx), %ecx	# c_5(D)->initial_apicid, c_5(D)->initial_apicid
	movl	%ebp, %esi	# pfo_val__,
	movq	$.LC25, %rdi	#,
	call	_printk	#
.L462:
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1916: 	BUG_ON(topology_update_package_map(c->phys_proc_id, cpu));
	movzwl	266(%rbx), %edi	# c_5(D)->phys_proc_id, c_5(D)->phys_proc_id
	movl	%ebp, %esi	# pfo_val__,
	call	topology_update_package_map	#
	testl	%eax, %eax	# tmp114
	je	.L463	#,
#APP
# 1916 "/work/main/build/src/arch/x86/kernel/cpu/common.c" 1
	1:	.byte 0x0f, 0x0b
.pushsection __bug_table,"aw"
2:	.long 1b - .	# bug_entry::bug_addr
	.long .LC16 - .	# bug_entry::file	#
	.word 1916	# bug_entry::line	#
	.word 0	# bug_entry::flags	#
	.org 2b+12	#
.popsection

# 0 "" 2
#NO_APP
.L463:
# /work/main/build/src/arch/x86/kernel/cpu/common.c:1917: 	BUG_ON(topology_update_die_map(c->cpu_die_id, cpu));
	movzwl	272(%rbx), %edi	# c_5(D)->cpu_die_id, c_5(D)->cpu_die_id
	movl	%ebp, %esi	# pfo_val__,
	call	topology_update_die_map	#
	testl	%eax, %eax	# tmp115
	je	.L464	#,
#APP
# 1917 "/work/main/build/src/arch/x86/kernel/cpu/common.c" 1
	1:	.byte 0x0f, 0x0b
.pushsection __bug_table,"aw"
2:	.long 1b - .	# bug_entry::bug_addr
	.long .LC16 - .	# bug_entry::file	#
	.word 1917	# bug_entry::line	#
	.word 0	# bug_entry::flags	#
	.org 2b+12	#
.popsection

# 0 "" 2
#NO_APP
.L464:
# /work/main/build/src/arch/x86/kernel/cpu/common.c:2111: 	x86_spec_ctrl_setup_ap();
	call	x86_spec_ctrl_setup_ap	#
# /work/main/build/src/arch/x86/kernel/cpu/common.c:2112: 	update_srbds_msr();
	call	update_srbds_msr	#
# /work/main/build/src/arch/x86/include/asm/bitops.h:207: 		(addr[nr >> _BITOPS_LONG_SHIFT])) != 0;
	movq	boot_cpu_data+128(%rip), %rax	# MEM[(const volatile long unsigned int *)&boot_cpu_data + 128B], _13
# /work/main/build/src/arch/x86/kernel/cpu/common.c:2113: 	if (boot_cpu_has_bug(X86_BUG_GDS))
	btl	$30, %eax	#, _13
	jnc	.L465	#,
# /work/main/build/src/arch/x86/kernel/cpu/common.c:2114: 		update_gds_msr();
	call	update_gds_msr	#
.L465:
# /work/main/build/src/arch/x86/kernel/cpu/common.c:2117: }
	popq	%rbx	#
	popq	%rbp	#
# /work/main/build/src/arch/x86/kernel/cpu/common.c:2116: 	tsx_ap_init();
	jmp	tsx_ap_init	#
	.size	identify_secondary_cpu, .-identify_secondary_cpu
	.section	.rodata.str1.1
.LC26:
	.string	"\001c%s "
.LC27:
	.string	"\001c%s"
.LC28:
	.string	"\001c%d86"
.LC29:
	.string	"\001c (family: 0x%x, model: 0x%x"
.LC30:
	.string	"\001c, stepping: 0x%x)\n"
.LC31:
	.string	"\001c)\n"
	.section	.text.unlikely,"ax",@progbits
	.globl	print_cpu_info
	.type	print_cpu_info, @function
print_cpu_info:
	pushq	%rbp	#
	pushq	%rbx	#
# /work/main/build/src/arch/x86/kernel/cpu/common.c:2123: 	if (c->x86_vendor < X86_VENDOR_NUM) {
	cmpb	$11, 1(%rdi)	#, c_22(D)->x86_vendor
# /work/main/build/src/arch/x86/kernel/cpu/common.c:2120: {
	movq	%rdi, %rbx	# tmp107, c
# /work/main/build/src/arch/x86/kernel/cpu/common.c:2123: 	if (c->x86_vendor < X86_VENDOR_NUM) {
	ja	.L472	#,
# /work/main/build/src/arch/x86/kernel/cpu/common.c:2124: 		vendor = this_cpu->c_vendor;
	movq	this_cpu(%rip), %rax	# this_cpu, this_cpu
	movq	(%rax), %rbp	# this_cpu.93_2->c_vendor, vendor
	jmp	.L473	#
.L472:
# /work/main/build/src/arch/x86/kernel/cpu/common.c:2126: 		if (c->cpuid_level >= 0)
	cmpl	$0, 36(%rdi)	#, c_22(D)->cpuid_level
	js	.L474	#,
# /work/main/build/src/arch/x86/kernel/cpu/common.c:2127: 			vendor = c->x86_vendor_id;
	leaq	136(%rdi), %rbp	#, vendor
.L473:
# /work/main/build/src/arch/x86/kernel/cpu/common.c:2130: 	if (vendor && !strstr(c->x86_model_id, vendor))
	testq	%rbp, %rbp	# vendor
	je	.L474	#,
# /work/main/build/src/arch/x86/kernel/cpu/common.c:2130: 	if (vendor && !strstr(c->x86_model_id, vendor))
	leaq	152(%rbx), %rdi	#, tmp101
	movq	%rbp, %rsi	# vendor,
	call	strstr	#
# /work/main/build/src/arch/x86/kernel/cpu/common.c:2130: 	if (vendor && !strstr(c->x86_model_id, vendor))
	testq	%rax, %rax	# tmp108
	jne	.L474	#,
# /work/main/build/src/arch/x86/kernel/cpu/common.c:2131: 		pr_cont("%s ", vendor);
	movq	%rbp, %rsi	# vendor,
	movq	$.LC26, %rdi	#,
	call	_printk	#
.L474:
# /work/main/build/src/arch/x86/kernel/cpu/common.c:2133: 	if (c->x86_model_id[0])
	cmpb	$0, 152(%rbx)	#, c_22(D)->x86_model_id[0]
	je	.L475	#,
# /work/main/build/src/arch/x86/kernel/cpu/common.c:2134: 		pr_cont("%s", c->x86_model_id);
	leaq	152(%rbx), %rsi	#, tmp102
	movq	$.LC27, %rdi	#,
	call	_printk	#
	jmp	.L476	#
.L475:
# /work/main/build/src/arch/x86/kernel/cpu/common.c:2136: 		pr_cont("%d86", c->x86);
	movzbl	(%rbx), %esi	# c_22(D)->x86, c_22(D)->x86
	movq	$.LC28, %rdi	#,
	call	_printk	#
.L476:
# /work/main/build/src/arch/x86/kernel/cpu/common.c:2138: 	pr_cont(" (family: 0x%x, model: 0x%x", c->x86, c->x86_model);
	movzbl	(%rbx), %esi	# c_22(D)->x86, c_22(D)->x86
	movzbl	2(%rbx), %edx	# c_22(D)->x86_model, c_22(D)->x86_model
	movq	$.LC29, %rdi	#,
	call	_printk	#
# /work/main/build/src/arch/x86/kernel/cpu/common.c:2140: 	if (c->x86_stepping || c->cpuid_level >= 0)
	movzbl	3(%rbx), %esi	# c_22(D)->x86_stepping,
# /work/main/build/src/arch/x86/kernel/cpu/common.c:2140: 	if (c->x86_stepping || c->cpuid_level >= 0)
	testb	%sil, %sil	# _14
	jne	.L477	#,
# /work/main/build/src/arch/x86/kernel/cpu/common.c:2140: 	if (c->x86_stepping || c->cpuid_level >= 0)
	cmpl	$0, 36(%rbx)	#, c_22(D)->cpuid_level
	js	.L478	#,
.L477:
# /work/main/build/src/arch/x86/kernel/cpu/common.c:2144: }
	popq	%rbx	#
# /work/main/build/src/arch/x86/kernel/cpu/common.c:2141: 		pr_cont(", stepping: 0x%x)\n", c->x86_stepping);
	movq	$.LC30, %rdi	#,
# /work/main/build/src/arch/x86/kernel/cpu/common.c:2144: }
	popq	%rbp	#
# /work/main/build/src/arch/x86/kernel/cpu/common.c:2141: 		pr_cont(", stepping: 0x%x)\n", c->x86_stepping);
	jmp	_printk	#
.L478:
# /work/main/build/src/arch/x86/kernel/cpu/common.c:2144: }
	popq	%rbx	#
# /work/main/build/src/arch/x86/kernel/cpu/common.c:2143: 		pr_cont(")\n");
	movq	$.LC31, %rdi	#,
# /work/main/build/src/arch/x86/kernel/cpu/common.c:2144: }
	popq	%rbp	#
# /work/main/build/src/arch/x86/kernel/cpu/common.c:2143: 		pr_cont(")\n");
	jmp	_printk	#
	.size	print_cpu_info, .-print_cpu_info
	.text
	.globl	syscall_init
	.type	syscall_init, @function
syscall_init:
# /work/main/build/src/arch/x86/include/asm/msr.h:254: 	native_write_msr(msr, low, high);
	xorl	%esi, %esi	#
	movl	$2293776, %edx	#,
	movl	$-1073741695, %edi	#,
	call	native_write_msr	#
# /work/main/build/src/arch/x86/kernel/cpu/common.c:2192: 	wrmsrl(MSR_LSTAR, (unsigned long)entry_SYSCALL_64);
	movq	$entry_SYSCALL_64, %rsi	#,
	movl	$-1073741694, %edi	#,
	call	wrmsrl	#
# /work/main/build/src/arch/x86/kernel/cpu/common.c:2184: 	if (boot_cpu_data.x86_vendor != X86_VENDOR_INTEL)
	cmpb	$0, boot_cpu_data+1(%rip)	#, boot_cpu_data.x86_vendor
	je	.L484	#,
# /work/main/build/src/arch/x86/kernel/cpu/common.c:2185: 		wrmsrl(MSR_CSTAR, val);
	movq	$entry_SYSCALL_compat, %rsi	#,
	movl	$-1073741693, %edi	#,
	call	wrmsrl	#
.L484:
# /work/main/build/src/arch/x86/kernel/cpu/common.c:2202: 	wrmsrl_safe(MSR_IA32_SYSENTER_CS, (u64)__KERNEL_CS);
	movl	$16, %esi	#,
	movl	$372, %edi	#,
	call	wrmsrl_safe.isra.0	#
# /work/main/build/src/arch/x86/kernel/cpu/common.c:2204: 		    (unsigned long)(cpu_entry_stack(smp_processor_id()) + 1));
#APP
# 2204 "/work/main/build/src/arch/x86/kernel/cpu/common.c" 1
	movl %gs:cpu_number(%rip), %edi	# cpu_number, pfo_val__
# 0 "" 2
# /work/main/build/src/arch/x86/include/asm/cpu_entry_area.h:148: 	return &get_cpu_entry_area(cpu)->entry_stack_page.stack;
#NO_APP
	call	get_cpu_entry_area	#
# /work/main/build/src/arch/x86/kernel/cpu/common.c:2203: 	wrmsrl_safe(MSR_IA32_SYSENTER_ESP,
	movl	$373, %edi	#,
# /work/main/build/src/arch/x86/kernel/cpu/common.c:2204: 		    (unsigned long)(cpu_entry_stack(smp_processor_id()) + 1));
	leaq	8192(%rax), %rsi	#, tmp93
# /work/main/build/src/arch/x86/kernel/cpu/common.c:2203: 	wrmsrl_safe(MSR_IA32_SYSENTER_ESP,
	call	wrmsrl_safe.isra.0	#
# /work/main/build/src/arch/x86/kernel/cpu/common.c:2205: 	wrmsrl_safe(MSR_IA32_SYSENTER_EIP, (u64)entry_SYSENTER_compat);
	movq	$entry_SYSENTER_compat, %rsi	#,
	movl	$374, %edi	#,
	call	wrmsrl_safe.isra.0	#
# /work/main/build/src/arch/x86/kernel/cpu/common.c:2217: 	wrmsrl(MSR_SYSCALL_MASK,
	movl	$2457557, %esi	#,
	movl	$-1073741692, %edi	#,
	jmp	wrmsrl	#
	.size	syscall_init, .-syscall_init
	.globl	cpu_init_exception_handling
	.type	cpu_init_exception_handling, @function
cpu_init_exception_handling:
	pushq	%rbp	#
# /work/main/build/src/arch/x86/kernel/cpu/common.c:2365: 	struct tss_struct *tss = this_cpu_ptr(&cpu_tss_rw);
	movq	$cpu_tss_rw, %r9	#, tcp_ptr__
# /work/main/build/src/arch/x86/kernel/cpu/common.c:2364: {
	movq	%rsp, %rbp	#,
	pushq	%r12	#
	pushq	%rbx	#
	andq	$-16, %rsp	#,
	subq	$32, %rsp	#,
# /work/main/build/src/arch/x86/kernel/cpu/common.c:2365: 	struct tss_struct *tss = this_cpu_ptr(&cpu_tss_rw);
#APP
# 2365 "/work/main/build/src/arch/x86/kernel/cpu/common.c" 1
	add %gs:this_cpu_off(%rip), %r9	# this_cpu_off, tcp_ptr__
# 0 "" 2
# /work/main/build/src/arch/x86/kernel/cpu/common.c:2366: 	int cpu = raw_smp_processor_id();
# 2366 "/work/main/build/src/arch/x86/kernel/cpu/common.c" 1
	movl %gs:cpu_number(%rip), %esi	# cpu_number, pfo_val__
# 0 "" 2
# /work/main/build/src/arch/x86/kernel/cpu/common.c:2295: 	struct desc_struct d = { };
#NO_APP
	xorl	%ecx, %ecx	#
	movw	$0, 4(%rsp)	#,
# /work/main/build/src/arch/x86/include/asm/segment.h:241: 	return (node << VDSO_CPUNODE_BITS) | cpu;
	movslq	%esi, %r8	# pfo_val__, _55
# /work/main/build/src/arch/x86/kernel/cpu/common.c:2295: 	struct desc_struct d = { };
	movabsq	$281474976710655, %r10	#, tmp167
	movl	%ecx, (%rsp)	#,
# /work/main/build/src/arch/x86/include/asm/bitops.h:207: 		(addr[nr >> _BITOPS_LONG_SHIFT])) != 0;
	movq	boot_cpu_data+40(%rip), %rax	# MEM[(const volatile long unsigned int *)&boot_cpu_data + 40B], _56
# /work/main/build/src/arch/x86/kernel/cpu/common.c:2295: 	struct desc_struct d = { };
	andq	(%rsp), %r10	#, tmp166
	salq	$16, %r10	#, d
# /work/main/build/src/arch/x86/kernel/cpu/common.c:2297: 	if (boot_cpu_has(X86_FEATURE_RDTSCP) || boot_cpu_has(X86_FEATURE_RDPID))
	btq	$59, %rax	#, _56
	jc	.L486	#,
# /work/main/build/src/arch/x86/include/asm/bitops.h:207: 		(addr[nr >> _BITOPS_LONG_SHIFT])) != 0;
	movq	boot_cpu_data+104(%rip), %rax	# MEM[(const volatile long unsigned int *)&boot_cpu_data + 104B], _59
# /work/main/build/src/arch/x86/kernel/cpu/common.c:2297: 	if (boot_cpu_has(X86_FEATURE_RDTSCP) || boot_cpu_has(X86_FEATURE_RDPID))
	btl	$22, %eax	#, _59
	jnc	.L487	#,
.L486:
# /work/main/build/src/arch/x86/include/asm/msr.h:254: 	native_write_msr(msr, low, high);
	xorl	%edx, %edx	#
	movl	$-1073741565, %edi	#,
	call	native_write_msr	#
.L487:
# /work/main/build/src/arch/x86/kernel/cpu/common.c:2302: 	d.limit1 = cpudata >> 16;
	movq	%r8, %rax	# _55, _55
# /work/main/build/src/arch/x86/kernel/cpu/common.c:2301: 	d.limit0 = cpudata;
	movw	%r8w, %r10w	# _55, d
# /work/main/build/src/arch/x86/include/asm/desc.h:53: 	return per_cpu(gdt_page, cpu).gdt;
	movl	%esi, %r12d	# pfo_val__, pfo_val__
# /work/main/build/src/arch/x86/kernel/cpu/common.c:2350: 	memset(tss->io_bitmap.bitmap, 0xff, sizeof(tss->io_bitmap.bitmap));
	movl	$8200, %ecx	#, tmp216
# /work/main/build/src/arch/x86/kernel/cpu/common.c:2302: 	d.limit1 = cpudata >> 16;
	shrq	$16, %rax	#, _55
# /work/main/build/src/arch/x86/kernel/cpu/common.c:2304: 	d.type = 5;		/* RO data, expand down, accessed */
	movq	%r10, %rdx	# d, tmp184
# /work/main/build/src/arch/x86/include/asm/desc.h:53: 	return per_cpu(gdt_page, cpu).gdt;
	movq	$gdt_page, %rbx	#, __ptr
# /work/main/build/src/arch/x86/kernel/cpu/common.c:2304: 	d.type = 5;		/* RO data, expand down, accessed */
	andl	$15, %eax	#, tmp179
	shrq	$40, %rdx	#, tmp184
	sall	$8, %eax	#, tmp180
	andw	$-20480, %dx	#, tmp186
	orw	$16629, %ax	#, tmp182
	orl	%edx, %eax	# tmp186, tmp187
	movabsq	$-72056494526300161, %rdx	#, tmp191
	movzwl	%ax, %eax	# tmp187, tmp188
	andq	%rdx, %r10	# tmp191, tmp190
	salq	$40, %rax	#, tmp189
	orq	%rax, %r10	# tmp189, tmp192
# /work/main/build/src/arch/x86/include/asm/desc.h:158: 	memcpy(&gdt[entry], desc, size);
	movq	__per_cpu_offset(,%r12,8), %rax	# __per_cpu_offset[pfo_val___9], __per_cpu_offset[pfo_val___9]
# /work/main/build/src/arch/x86/include/asm/desc.h:53: 	return per_cpu(gdt_page, cpu).gdt;
# /work/main/build/src/arch/x86/include/asm/desc.h:158: 	memcpy(&gdt[entry], desc, size);
	movq	%r10, 120(%rbx,%rax)	# tmp192, MEM <unsigned long> [(char * {ref-all})_72 + 120B]
# /work/main/build/src/arch/x86/kernel/cpu/common.c:2322: 	tss->x86_tss.ist[IST_INDEX_DF] = __this_cpu_ist_top_va(DF);
#APP
# 2322 "/work/main/build/src/arch/x86/kernel/cpu/common.c" 1
	movq %gs:cea_exception_stacks(%rip), %rax	# cea_exception_stacks, pfo_val__
# 0 "" 2
#NO_APP
	leaq	12288(%rax), %rdx	#, tmp200
# /work/main/build/src/arch/x86/kernel/cpu/common.c:2345: 	tss->x86_tss.io_bitmap_base = IO_BITMAP_OFFSET_INVALID;
	movw	$16520, 102(%r9)	#, _8->x86_tss.io_bitmap_base
# /work/main/build/src/arch/x86/kernel/cpu/common.c:2322: 	tss->x86_tss.ist[IST_INDEX_DF] = __this_cpu_ist_top_va(DF);
	movq	%rdx, 36(%r9)	# tmp200, _8->x86_tss.ist[0]
# /work/main/build/src/arch/x86/kernel/cpu/common.c:2323: 	tss->x86_tss.ist[IST_INDEX_NMI] = __this_cpu_ist_top_va(NMI);
	leaq	24576(%rax), %rdx	#, tmp203
	movq	%rdx, 44(%r9)	# tmp203, _8->x86_tss.ist[1]
# /work/main/build/src/arch/x86/kernel/cpu/common.c:2324: 	tss->x86_tss.ist[IST_INDEX_DB] = __this_cpu_ist_top_va(DB);
	leaq	36864(%rax), %rdx	#, tmp206
	movq	%rdx, 52(%r9)	# tmp206, _8->x86_tss.ist[2]
# /work/main/build/src/arch/x86/kernel/cpu/common.c:2325: 	tss->x86_tss.ist[IST_INDEX_MCE] = __this_cpu_ist_top_va(MCE);
	leaq	49152(%rax), %rdx	#, tmp209
# /work/main/build/src/arch/x86/kernel/cpu/common.c:2327: 	tss->x86_tss.ist[IST_INDEX_VC] = __this_cpu_ist_top_va(VC);
	addq	$61440, %rax	#, tmp212
# /work/main/build/src/arch/x86/kernel/cpu/common.c:2325: 	tss->x86_tss.ist[IST_INDEX_MCE] = __this_cpu_ist_top_va(MCE);
	movq	%rdx, 60(%r9)	# tmp209, _8->x86_tss.ist[3]
# /work/main/build/src/arch/x86/kernel/cpu/common.c:2349: 	tss->io_bitmap.prev_sequence = 0;
	xorl	%edx, %edx	#
# /work/main/build/src/arch/x86/kernel/cpu/common.c:2327: 	tss->x86_tss.ist[IST_INDEX_VC] = __this_cpu_ist_top_va(VC);
	movq	%rax, 68(%r9)	# tmp212, _8->x86_tss.ist[4]
# /work/main/build/src/arch/x86/kernel/cpu/common.c:2348: 	tss->io_bitmap.prev_max = 0;
	xorl	%eax, %eax	#
# /work/main/build/src/arch/x86/kernel/cpu/common.c:2349: 	tss->io_bitmap.prev_sequence = 0;
	movq	%rdx, 104(%r9)	#, _8->io_bitmap.prev_sequence
# /work/main/build/src/arch/x86/kernel/cpu/common.c:2350: 	memset(tss->io_bitmap.bitmap, 0xff, sizeof(tss->io_bitmap.bitmap));
	leaq	120(%r9), %rdx	#, tmp213
# /work/main/build/src/arch/x86/kernel/cpu/common.c:2348: 	tss->io_bitmap.prev_max = 0;
	movl	%eax, 112(%r9)	#, _8->io_bitmap.prev_max
# /work/main/build/src/arch/x86/kernel/cpu/common.c:2350: 	memset(tss->io_bitmap.bitmap, 0xff, sizeof(tss->io_bitmap.bitmap));
	movq	%rdx, %rdi	# tmp213, tmp213
	movb	$-1, %al	#, tmp217
	rep stosb
# /work/main/build/src/arch/x86/kernel/cpu/common.c:2374: 	set_tss_desc(cpu, &get_cpu_entry_area(cpu)->tss.x86_tss);
	movl	%esi, %edi	# pfo_val__,
# /work/main/build/src/arch/x86/kernel/cpu/common.c:2355: 	tss->io_bitmap.mapall[IO_BITMAP_LONGS] = ~0UL;
	movq	$-1, 16512(%r9)	#, _8->io_bitmap.mapall[1024]
# /work/main/build/src/arch/x86/kernel/cpu/common.c:2374: 	set_tss_desc(cpu, &get_cpu_entry_area(cpu)->tss.x86_tss);
	call	get_cpu_entry_area	#
# /work/main/build/src/arch/x86/include/asm/desc.h:166: 	memset(desc, 0, sizeof(*desc));
	movl	$11, %ecx	#, tmp228
# /work/main/build/src/arch/x86/include/asm/desc.h:53: 	return per_cpu(gdt_page, cpu).gdt;
	addq	__per_cpu_offset(,%r12,8), %rbx	# __per_cpu_offset[pfo_val___9], _94
# /work/main/build/src/arch/x86/include/asm/desc.h:166: 	memset(desc, 0, sizeof(*desc));
	leaq	21(%rsp), %r8	#, tmp225
# /work/main/build/src/arch/x86/kernel/cpu/common.c:2374: 	set_tss_desc(cpu, &get_cpu_entry_area(cpu)->tss.x86_tss);
	leaq	8192(%rax), %rdx	#, addr.100_27
# /work/main/build/src/arch/x86/include/asm/desc.h:166: 	memset(desc, 0, sizeof(*desc));
	xorl	%eax, %eax	# tmp229
	movq	%r8, %rdi	# tmp225, tmp225
	leaq	16(%rsp), %rsi	#, tmp224
	rep stosb
# /work/main/build/src/arch/x86/include/asm/desc.h:170: 	desc->base1		= (addr >> 16) & 0xFF;
	movq	%rdx, %rcx	# addr.100_27, tmp230
# /work/main/build/src/arch/x86/include/asm/desc.h:169: 	desc->base0		= (u16) addr;
	movw	%dx, 18(%rsp)	# addr.100_27, MEM[(struct ldttss_desc *)_65].base0
# /work/main/build/src/arch/x86/include/asm/desc.h:256: 	struct desc_ptr gdt;
	movq	%rsi, %rdi	# tmp224, tmp224
# /work/main/build/src/arch/x86/include/asm/desc.h:170: 	desc->base1		= (addr >> 16) & 0xFF;
	shrq	$16, %rcx	#, tmp230
# /work/main/build/src/arch/x86/include/asm/desc.h:168: 	desc->limit0		= (u16) size;
	movw	$16519, 16(%rsp)	#, MEM[(struct ldttss_desc *)_65].limit0
# /work/main/build/src/arch/x86/include/asm/desc.h:170: 	desc->base1		= (addr >> 16) & 0xFF;
	movb	%cl, 20(%rsp)	# tmp230, MEM[(struct ldttss_desc *)_65].base1
# /work/main/build/src/arch/x86/include/asm/desc.h:174: 	desc->base2		= (addr >> 24) & 0xFF;
	movq	%rdx, %rcx	# addr.100_27, tmp234
# /work/main/build/src/arch/x86/include/asm/desc.h:176: 	desc->base3		= (u32) (addr >> 32);
	shrq	$32, %rdx	#, tmp235
# /work/main/build/src/arch/x86/include/asm/desc.h:174: 	desc->base2		= (addr >> 24) & 0xFF;
	shrq	$24, %rcx	#, tmp234
# /work/main/build/src/arch/x86/include/asm/desc.h:171: 	desc->type		= type;
	movb	$-119, 21(%rsp)	#, MEM <unsigned char> [(struct ldttss_desc *)_65]
# /work/main/build/src/arch/x86/include/asm/desc.h:174: 	desc->base2		= (addr >> 24) & 0xFF;
	movb	%cl, 23(%rsp)	# tmp234, MEM[(struct ldttss_desc *)_65].base2
# /work/main/build/src/arch/x86/include/asm/desc.h:158: 	memcpy(&gdt[entry], desc, size);
	movq	16(%rsp), %r8	# MEM <unsigned char[16]> [(char * {ref-all})_65], MEM <unsigned char[16]> [(char * {ref-all})_65]
# /work/main/build/src/arch/x86/include/asm/desc.h:256: 	struct desc_ptr gdt;
	movl	$10, %ecx	#, tmp239
# /work/main/build/src/arch/x86/include/asm/desc.h:176: 	desc->base3		= (u32) (addr >> 32);
	movl	%edx, 24(%rsp)	# tmp235, MEM[(struct ldttss_desc *)_65].base3
# /work/main/build/src/arch/x86/include/asm/desc.h:158: 	memcpy(&gdt[entry], desc, size);
	movq	24(%rsp), %r9	# MEM <unsigned char[16]> [(char * {ref-all})_65], MEM <unsigned char[16]> [(char * {ref-all})_65]
	movq	%r8, 64(%rbx)	# MEM <unsigned char[16]> [(char * {ref-all})_65], MEM <unsigned char[16]> [(char * {ref-all})_94 + 64B]
	movq	%r9, 72(%rbx)	# MEM <unsigned char[16]> [(char * {ref-all})_65], MEM <unsigned char[16]> [(char * {ref-all})_94 + 64B]
# /work/main/build/src/arch/x86/include/asm/desc.h:256: 	struct desc_ptr gdt;
	rep stosb
# /work/main/build/src/arch/x86/include/asm/desc.h:257: 	int cpu = raw_smp_processor_id();
#APP
# 257 "/work/main/build/src/arch/x86/include/asm/desc.h" 1
	movl %gs:cpu_number(%rip), %ebx	# cpu_number, pfo_val__
# 0 "" 2
# /work/main/build/src/arch/x86/include/asm/desc.h:220: 	asm volatile("sgdt %0":"=m" (*dtr));
# 220 "/work/main/build/src/arch/x86/include/asm/desc.h" 1
	sgdt 16(%rsp)		# MEM[(struct desc_ptr *)_65]
# 0 "" 2
# /work/main/build/src/arch/x86/include/asm/desc.h:65: 	return (struct desc_struct *)&get_cpu_entry_area(cpu)->gdt;
#NO_APP
	movl	%ebx, %edi	# pfo_val__,
	call	get_cpu_entry_area	#
# /work/main/build/src/arch/x86/include/asm/desc.h:268: 	if (gdt.address == (unsigned long)fixmap_gdt) {
	cmpq	18(%rsp), %rax	# MEM[(struct desc_ptr *)_65].address, tmp246
	je	.L488	#,
# /work/main/build/src/arch/x86/include/asm/desc.h:272: 	asm volatile("ltr %w0"::"q" (GDT_ENTRY_TSS*8));
	movl	$64, %eax	#, tmp242
#APP
# 272 "/work/main/build/src/arch/x86/include/asm/desc.h" 1
	ltr %ax		# tmp242
# 0 "" 2
#NO_APP
	jmp	.L489	#
.L488:
# /work/main/build/src/arch/x86/include/asm/desc.h:269: 		load_direct_gdt(cpu);
	movl	%ebx, %edi	# pfo_val__,
	call	load_direct_gdt	#
# /work/main/build/src/arch/x86/include/asm/desc.h:272: 	asm volatile("ltr %w0"::"q" (GDT_ENTRY_TSS*8));
	movl	$64, %eax	#, tmp243
#APP
# 272 "/work/main/build/src/arch/x86/include/asm/desc.h" 1
	ltr %ax		# tmp243
# 0 "" 2
# /work/main/build/src/arch/x86/include/asm/desc.h:274: 		load_fixmap_gdt(cpu);
#NO_APP
	movl	%ebx, %edi	# pfo_val__,
	call	load_fixmap_gdt	#
.L489:
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
 .word 288	#
 .byte 663b-661b
 .byte 6652f-6642f
.popsection
.pushsection .altinstr_replacement, "ax"
# ALT: replacement 1
6641:
	jmp .L491	#
6651:
# ALT: replacement 2
6642:
	
6652:
.popsection
.pushsection .altinstr_aux,"ax"
6:
 testb $1,boot_cpu_data+76 (% rip)	#,
 jnz .L490	#
 jmp .L491	#
.popsection

# 0 "" 2
#NO_APP
.L490:
# /work/main/build/src/arch/x86/kernel/cpu/common.c:2389: 		cr4_set_bits(X86_CR4_FSGSBASE);
	movl	$65536, %edi	#,
	call	cr4_set_bits	#
# /work/main/build/src/arch/x86/kernel/cpu/common.c:2390: 		elf_hwcap2 |= HWCAP2_FSGSBASE;
	orl	$2, elf_hwcap2(%rip)	#, elf_hwcap2
.L491:
# /work/main/build/src/arch/x86/kernel/cpu/common.c:2395: }
	leaq	-16(%rbp), %rsp	#,
	popq	%rbx	#
	popq	%r12	#
	popq	%rbp	#
# /work/main/build/src/arch/x86/kernel/cpu/common.c:2394: 	load_current_idt();
	jmp	load_current_idt	#
	.size	cpu_init_exception_handling, .-cpu_init_exception_handling
	.globl	cpu_init
	.type	cpu_init, @function
cpu_init:
	pushq	%r12	#
# /work/main/build/src/arch/x86/include/asm/current.h:15: 	return this_cpu_read_stable(current_task);
#APP
# 15 "/work/main/build/src/arch/x86/include/asm/current.h" 1
	movq %gs:current_task, %r12	#, pfo_val__
# 0 "" 2
# /work/main/build/src/arch/x86/kernel/cpu/common.c:2404: {
#NO_APP
	pushq	%rbp	#
	pushq	%rbx	#
# /work/main/build/src/arch/x86/kernel/cpu/common.c:2406: 	int cpu = raw_smp_processor_id();
#APP
# 2406 "/work/main/build/src/arch/x86/kernel/cpu/common.c" 1
	movl %gs:cpu_number(%rip), %ebp	# cpu_number, pfo_val__
# 0 "" 2
# /work/main/build/src/include/linux/cpumask.h:458: 	return test_and_set_bit(cpumask_check(cpu), cpumask_bits(cpumask));
#NO_APP
	movl	%ebp, %eax	# pfo_val__, _34
# /work/main/build/src/arch/x86/include/asm/bitops.h:138: 	return GEN_BINARY_RMWcc(LOCK_PREFIX __ASM_SIZE(bts), *addr, c, "Ir", nr);
#APP
# 138 "/work/main/build/src/arch/x86/include/asm/bitops.h" 1
	.pushsection .smp_locks,"a"
.balign 4
.long 671f - .
.popsection
671:
	lock;  btsq  %rax, cpu_initialized_mask(%rip)	# _34, MEM[(volatile long unsigned int *)&cpu_initialized_mask]
	/* output condition code c*/

# 0 "" 2
# /work/main/build/src/arch/x86/kernel/cpu/common.c:2285: 	WARN_ON(cpumask_test_and_set_cpu(cpu, cpu_initialized_mask));
#NO_APP
	jnc	.L499	#,
#APP
# 2285 "/work/main/build/src/arch/x86/kernel/cpu/common.c" 1
	1:	.byte 0x0f, 0x0b
.pushsection __bug_table,"aw"
2:	.long 1b - .	# bug_entry::bug_addr
	.long .LC16 - .	# bug_entry::file	#
	.word 2285	# bug_entry::line	#
	.word 2305	# bug_entry::flags	#
	.org 2b+12	#
.popsection
998:
	.pushsection .discard.reachable
	.long 998b - .
	.popsection
	
# 0 "" 2
#NO_APP
.L499:
# /work/main/build/src/arch/x86/include/asm/bitops.h:228: 	asm volatile(__ASM_SIZE(bt) " %2,%1"
#APP
# 228 "/work/main/build/src/arch/x86/include/asm/bitops.h" 1
	 btq  %rax,cpu_callout_mask(%rip)	# _34, MEM[(long unsigned int *)&cpu_callout_mask]
	/* output condition code c*/

# 0 "" 2
# /work/main/build/src/arch/x86/kernel/cpu/common.c:2286: 	while (!cpumask_test_cpu(cpu, cpu_callout_mask))
#NO_APP
	jc	.L506	#,
# /work/main/build/src/arch/x86/include/asm/vdso/processor.h:13: 	asm volatile("rep; nop" ::: "memory");
#APP
# 13 "/work/main/build/src/arch/x86/include/asm/vdso/processor.h" 1
	rep; nop	
# 0 "" 2
# /work/main/build/src/arch/x86/include/asm/vdso/processor.h:19: }
#NO_APP
	jmp	.L499	#
.L506:
# /work/main/build/src/arch/x86/kernel/cpu/common.c:2421: 		cr4_clear_bits(X86_CR4_VME|X86_CR4_PVI|X86_CR4_TSD|X86_CR4_DE);
	movl	$15, %edi	#,
# /work/main/build/src/arch/x86/kernel/cpu/common.c:2431: 		memset(cur->thread.tls_array, 0, GDT_ENTRY_TLS_ENTRIES * 8);
	movl	$6, %ebx	#, tmp105
# /work/main/build/src/arch/x86/kernel/cpu/common.c:2421: 		cr4_clear_bits(X86_CR4_VME|X86_CR4_PVI|X86_CR4_TSD|X86_CR4_DE);
	call	cr4_clear_bits	#
# /work/main/build/src/arch/x86/kernel/cpu/common.c:2427: 	switch_to_new_gdt(cpu);
	movl	%ebp, %edi	# pfo_val__,
	call	switch_to_new_gdt	#
# /work/main/build/src/arch/x86/kernel/cpu/common.c:2431: 		memset(cur->thread.tls_array, 0, GDT_ENTRY_TLS_ENTRIES * 8);
	leaq	2048(%r12), %rdx	#, tmp101
	movq	%rbx, %rcx	# tmp105, tmp105
# /work/main/build/src/arch/x86/kernel/cpu/common.c:2430: 		loadsegment(fs, 0);
	call	__loadsegment_fs.constprop.0	#
# /work/main/build/src/arch/x86/kernel/cpu/common.c:2431: 		memset(cur->thread.tls_array, 0, GDT_ENTRY_TLS_ENTRIES * 8);
	movq	%rdx, %rdi	# tmp101, tmp101
	xorl	%eax, %eax	# tmp104
	rep stosl
	movq	%rcx, %rbx	# tmp105, tmp105
# /work/main/build/src/arch/x86/kernel/cpu/common.c:2432: 		syscall_init();
	call	syscall_init	#
# /work/main/build/src/arch/x86/kernel/cpu/common.c:2434: 		wrmsrl(MSR_FS_BASE, 0);
	xorl	%esi, %esi	#
	movl	$-1073741568, %edi	#,
	call	wrmsrl	#
# /work/main/build/src/arch/x86/kernel/cpu/common.c:2435: 		wrmsrl(MSR_KERNEL_GS_BASE, 0);
	movl	$-1073741566, %edi	#,
	call	wrmsrl	#
# /work/main/build/src/arch/x86/kernel/cpu/common.c:2436: 		barrier();
# /work/main/build/src/arch/x86/include/asm/atomic.h:95: 	asm volatile(LOCK_PREFIX "incl %0"
#APP
# 95 "/work/main/build/src/arch/x86/include/asm/atomic.h" 1
	.pushsection .smp_locks,"a"
.balign 4
.long 671f - .
.popsection
671:
	lock; incl init_mm+84(%rip)	# MEM[(struct atomic_t *)&init_mm + 84B].counter
# 0 "" 2
# /work/main/build/src/arch/x86/kernel/cpu/common.c:2443: 	BUG_ON(cur->mm);
#NO_APP
	cmpq	$0, 768(%r12)	#, _28->mm
# /work/main/build/src/arch/x86/kernel/cpu/common.c:2442: 	cur->active_mm = &init_mm;
	movq	$init_mm, 776(%r12)	#, _28->active_mm
# /work/main/build/src/arch/x86/kernel/cpu/common.c:2443: 	BUG_ON(cur->mm);
	je	.L501	#,
# /work/main/build/src/arch/x86/kernel/cpu/common.c:2443: 	BUG_ON(cur->mm);
#APP
# 2443 "/work/main/build/src/arch/x86/kernel/cpu/common.c" 1
	1:	.byte 0x0f, 0x0b
.pushsection __bug_table,"aw"
2:	.long 1b - .	# bug_entry::bug_addr
	.long .LC16 - .	# bug_entry::file	#
	.word 2443	# bug_entry::line	#
	.word 0	# bug_entry::flags	#
	.org 2b+12	#
.popsection

# 0 "" 2
#NO_APP
.L501:
# /work/main/build/src/arch/x86/kernel/cpu/common.c:2444: 	initialize_tlbstate_and_flush();
	call	initialize_tlbstate_and_flush	#
# /work/main/build/src/arch/x86/kernel/cpu/common.c:2445: 	enter_lazy_tlb(&init_mm, cur);
	movq	%r12, %rsi	# pfo_val__,
	movq	$init_mm, %rdi	#,
	call	enter_lazy_tlb	#
# /work/main/build/src/arch/x86/include/asm/cpu_entry_area.h:148: 	return &get_cpu_entry_area(cpu)->entry_stack_page.stack;
	movl	%ebp, %edi	# pfo_val__,
	call	get_cpu_entry_area	#
# /work/main/build/src/arch/x86/kernel/cpu/common.c:2451: 	load_sp0((unsigned long)(cpu_entry_stack(cpu) + 1));
	addq	$8192, %rax	#, tmp110
# /work/main/build/src/arch/x86/include/asm/processor.h:553: 	this_cpu_write(cpu_tss_rw.x86_tss.sp0, sp0);
#APP
# 553 "/work/main/build/src/arch/x86/include/asm/processor.h" 1
	movq %rax, %gs:cpu_tss_rw+4(%rip)	# tmp110, cpu_tss_rw.x86_tss.sp0
# 0 "" 2
# /work/main/build/src/arch/x86/kernel/cpu/common.c:2453: 	load_mm_ldt(&init_mm);
#NO_APP
	movq	$init_mm, %rdi	#,
	call	load_mm_ldt	#
# /work/main/build/src/arch/x86/include/asm/debugreg.h:67: 		asm("mov %0, %%db0"	::"r" (value));
#APP
# 67 "/work/main/build/src/arch/x86/include/asm/debugreg.h" 1
	mov %rbx, %db0	# tmp105
# 0 "" 2
# /work/main/build/src/arch/x86/include/asm/debugreg.h:70: 		asm("mov %0, %%db1"	::"r" (value));
# 70 "/work/main/build/src/arch/x86/include/asm/debugreg.h" 1
	mov %rbx, %db1	# tmp105
# 0 "" 2
# /work/main/build/src/arch/x86/include/asm/debugreg.h:73: 		asm("mov %0, %%db2"	::"r" (value));
# 73 "/work/main/build/src/arch/x86/include/asm/debugreg.h" 1
	mov %rbx, %db2	# tmp105
# 0 "" 2
# /work/main/build/src/arch/x86/include/asm/debugreg.h:76: 		asm("mov %0, %%db3"	::"r" (value));
# 76 "/work/main/build/src/arch/x86/include/asm/debugreg.h" 1
	mov %rbx, %db3	# tmp105
# 0 "" 2
# /work/main/build/src/arch/x86/include/asm/debugreg.h:79: 		asm("mov %0, %%db6"	::"r" (value));
# 79 "/work/main/build/src/arch/x86/include/asm/debugreg.h" 1
	mov %rbx, %db6	# tmp105
# 0 "" 2
# /work/main/build/src/arch/x86/include/asm/debugreg.h:91: 		asm volatile("mov %0, %%db7"	::"r" (value), __FORCE_ORDER);
# 91 "/work/main/build/src/arch/x86/include/asm/debugreg.h" 1
	mov %rbx, %db7	# tmp105
# 0 "" 2
# /work/main/build/src/arch/x86/kernel/cpu/common.c:2464: }
#NO_APP
	popq	%rbx	#
# /work/main/build/src/arch/x86/kernel/cpu/common.c:2463: 	load_fixmap_gdt(cpu);
	movl	%ebp, %edi	# pfo_val__,
# /work/main/build/src/arch/x86/kernel/cpu/common.c:2464: }
	popq	%rbp	#
	popq	%r12	#
# /work/main/build/src/arch/x86/kernel/cpu/common.c:2463: 	load_fixmap_gdt(cpu);
	jmp	load_fixmap_gdt	#
	.size	cpu_init, .-cpu_init
	.globl	cpu_init_secondary
	.type	cpu_init_secondary, @function
cpu_init_secondary:
# /work/main/build/src/arch/x86/kernel/cpu/common.c:2473: 	cpu_init_exception_handling();
	call	cpu_init_exception_handling	#
# /work/main/build/src/arch/x86/kernel/cpu/common.c:2474: 	cpu_init();
	call	cpu_init	#
# /work/main/build/src/arch/x86/kernel/cpu/common.c:2475: 	fpu__init_cpu();
	jmp	fpu__init_cpu	#
	.size	cpu_init_secondary, .-cpu_init_secondary
	.globl	arch_smt_update
	.type	arch_smt_update, @function
arch_smt_update:
# /work/main/build/src/arch/x86/kernel/cpu/common.c:2534: 	cpu_bugs_smt_update();
	call	cpu_bugs_smt_update	#
# /work/main/build/src/arch/x86/kernel/cpu/common.c:2536: 	apic_smt_update();
	jmp	apic_smt_update	#
	.size	arch_smt_update, .-arch_smt_update
	.section	.init.text
	.globl	arch_cpu_finalize_init
	.type	arch_cpu_finalize_init, @function
arch_cpu_finalize_init:
# /work/main/build/src/arch/x86/kernel/cpu/common.c:2541: 	identify_boot_cpu();
	call	identify_boot_cpu	#
# /work/main/build/src/arch/x86/kernel/cpu/common.c:2547: 	cpu_smt_check_topology();
	call	cpu_smt_check_topology	#
# /work/main/build/src/arch/x86/kernel/cpu/common.c:2554: 	cpu_select_mitigations();
	call	cpu_select_mitigations	#
# /work/main/build/src/arch/x86/kernel/cpu/common.c:2556: 	arch_smt_update();
	call	arch_smt_update	#
# /work/main/build/src/arch/x86/kernel/cpu/common.c:2574: 	fpu__init_system();
	call	fpu__init_system	#
# /work/main/build/src/arch/x86/kernel/cpu/common.c:2575: 	fpu__init_cpu();
	call	fpu__init_cpu	#
# /work/main/build/src/arch/x86/kernel/cpu/common.c:2577: 	alternative_instructions();
	call	alternative_instructions	#
# /work/main/build/src/arch/x86/kernel/cpu/common.c:2588: 		if (!direct_gbpages)
	cmpl	$0, direct_gbpages(%rip)	#, direct_gbpages
	jne	.L509	#,
# /work/main/build/src/arch/x86/kernel/cpu/common.c:2589: 			set_memory_4k((unsigned long)__va(0), 1);
	movq	page_offset_base(%rip), %rdi	# page_offset_base,
	movl	$1, %esi	#,
	jmp	set_memory_4k	#
.L509:
# /work/main/build/src/arch/x86/kernel/cpu/common.c:2603: }
	ret	
	.size	arch_cpu_finalize_init, .-arch_cpu_finalize_init
	.section	.rodata
	.align 16
	.type	__func__.0, @object
	.size	__func__.0, 18
__func__.0:
	.string	"static_key_enable"
	.section	.init.setup,"aw"
	.align 8
	.type	__setup_setup_clearcpuid, @object
	.size	__setup_setup_clearcpuid, 24
__setup_setup_clearcpuid:
# str:
	.quad	__setup_str_setup_clearcpuid
# setup_func:
	.quad	setup_clearcpuid
# early:
	.long	0
	.zero	4
	.section	.init.rodata,"a"
	.type	__setup_str_setup_clearcpuid, @object
	.size	__setup_str_setup_clearcpuid, 12
__setup_str_setup_clearcpuid:
	.string	"clearcpuid="
	.align 32
	.type	cpu_vuln_blacklist, @object
	.size	cpu_vuln_blacklist, 1344
cpu_vuln_blacklist:
# vendor:
	.value	0
# family:
	.value	6
# model:
	.value	45
# steppings:
	.value	0
# feature:
	.value	0
# flags:
	.value	1
# driver_data:
	.zero	4
	.quad	2048
# vendor:
	.value	0
# family:
	.value	6
# model:
	.value	42
# steppings:
	.value	0
# feature:
	.value	0
# flags:
	.value	1
# driver_data:
	.zero	4
	.quad	2048
# vendor:
	.value	0
# family:
	.value	6
# model:
	.value	62
# steppings:
	.value	0
# feature:
	.value	0
# flags:
	.value	1
# driver_data:
	.zero	4
	.quad	2048
# vendor:
	.value	0
# family:
	.value	6
# model:
	.value	58
# steppings:
	.value	0
# feature:
	.value	0
# flags:
	.value	1
# driver_data:
	.zero	4
	.quad	2049
# vendor:
	.value	0
# family:
	.value	6
# model:
	.value	60
# steppings:
	.value	0
# feature:
	.value	0
# flags:
	.value	1
# driver_data:
	.zero	4
	.quad	2049
# vendor:
	.value	0
# family:
	.value	6
# model:
	.value	69
# steppings:
	.value	0
# feature:
	.value	0
# flags:
	.value	1
# driver_data:
	.zero	4
	.quad	2049
# vendor:
	.value	0
# family:
	.value	6
# model:
	.value	70
# steppings:
	.value	0
# feature:
	.value	0
# flags:
	.value	1
# driver_data:
	.zero	4
	.quad	2049
# vendor:
	.value	0
# family:
	.value	6
# model:
	.value	63
# steppings:
	.value	0
# feature:
	.value	0
# flags:
	.value	1
# driver_data:
	.zero	4
	.quad	2050
# vendor:
	.value	0
# family:
	.value	6
# model:
	.value	86
# steppings:
	.value	0
# feature:
	.value	0
# flags:
	.value	1
# driver_data:
	.zero	4
	.quad	2050
# vendor:
	.value	0
# family:
	.value	6
# model:
	.value	79
# steppings:
	.value	0
# feature:
	.value	0
# flags:
	.value	1
# driver_data:
	.zero	4
	.quad	2050
# vendor:
	.value	0
# family:
	.value	6
# model:
	.value	71
# steppings:
	.value	0
# feature:
	.value	0
# flags:
	.value	1
# driver_data:
	.zero	4
	.quad	2049
# vendor:
	.value	0
# family:
	.value	6
# model:
	.value	61
# steppings:
	.value	0
# feature:
	.value	0
# flags:
	.value	1
# driver_data:
	.zero	4
	.quad	2049
# vendor:
	.value	0
# family:
	.value	6
# model:
	.value	85
# steppings:
	.value	63
# feature:
	.value	0
# flags:
	.value	1
# driver_data:
	.zero	4
	.quad	2122
# vendor:
	.value	0
# family:
	.value	6
# model:
	.value	85
# steppings:
	.value	0
# feature:
	.value	0
# flags:
	.value	1
# driver_data:
	.zero	4
	.quad	2378
# vendor:
	.value	0
# family:
	.value	6
# model:
	.value	78
# steppings:
	.value	0
# feature:
	.value	0
# flags:
	.value	1
# driver_data:
	.zero	4
	.quad	2123
# vendor:
	.value	0
# family:
	.value	6
# model:
	.value	94
# steppings:
	.value	0
# feature:
	.value	0
# flags:
	.value	1
# driver_data:
	.zero	4
	.quad	2123
# vendor:
	.value	0
# family:
	.value	6
# model:
	.value	142
# steppings:
	.value	4095
# feature:
	.value	0
# flags:
	.value	1
# driver_data:
	.zero	4
	.quad	2123
# vendor:
	.value	0
# family:
	.value	6
# model:
	.value	142
# steppings:
	.value	0
# feature:
	.value	0
# flags:
	.value	1
# driver_data:
	.zero	4
	.quad	2379
# vendor:
	.value	0
# family:
	.value	6
# model:
	.value	158
# steppings:
	.value	8191
# feature:
	.value	0
# flags:
	.value	1
# driver_data:
	.zero	4
	.quad	2123
# vendor:
	.value	0
# family:
	.value	6
# model:
	.value	158
# steppings:
	.value	0
# feature:
	.value	0
# flags:
	.value	1
# driver_data:
	.zero	4
	.quad	2379
# vendor:
	.value	0
# family:
	.value	6
# model:
	.value	102
# steppings:
	.value	0
# feature:
	.value	0
# flags:
	.value	1
# driver_data:
	.zero	4
	.quad	2056
# vendor:
	.value	0
# family:
	.value	6
# model:
	.value	126
# steppings:
	.value	0
# feature:
	.value	0
# flags:
	.value	1
# driver_data:
	.zero	4
	.quad	846
# vendor:
	.value	0
# family:
	.value	6
# model:
	.value	108
# steppings:
	.value	0
# feature:
	.value	0
# flags:
	.value	1
# driver_data:
	.zero	4
	.quad	834
# vendor:
	.value	0
# family:
	.value	6
# model:
	.value	106
# steppings:
	.value	0
# feature:
	.value	0
# flags:
	.value	1
# driver_data:
	.zero	4
	.quad	834
# vendor:
	.value	0
# family:
	.value	6
# model:
	.value	165
# steppings:
	.value	0
# feature:
	.value	0
# flags:
	.value	1
# driver_data:
	.zero	4
	.quad	2382
# vendor:
	.value	0
# family:
	.value	6
# model:
	.value	166
# steppings:
	.value	1
# feature:
	.value	0
# flags:
	.value	1
# driver_data:
	.zero	4
	.quad	2314
# vendor:
	.value	0
# family:
	.value	6
# model:
	.value	166
# steppings:
	.value	0
# feature:
	.value	0
# flags:
	.value	1
# driver_data:
	.zero	4
	.quad	2382
# vendor:
	.value	0
# family:
	.value	6
# model:
	.value	140
# steppings:
	.value	0
# feature:
	.value	0
# flags:
	.value	1
# driver_data:
	.zero	4
	.quad	832
# vendor:
	.value	0
# family:
	.value	6
# model:
	.value	141
# steppings:
	.value	0
# feature:
	.value	0
# flags:
	.value	1
# driver_data:
	.zero	4
	.quad	832
# vendor:
	.value	0
# family:
	.value	6
# model:
	.value	138
# steppings:
	.value	0
# feature:
	.value	0
# flags:
	.value	1
# driver_data:
	.zero	4
	.quad	14
# vendor:
	.value	0
# family:
	.value	6
# model:
	.value	167
# steppings:
	.value	0
# feature:
	.value	0
# flags:
	.value	1
# driver_data:
	.zero	4
	.quad	842
# vendor:
	.value	0
# family:
	.value	6
# model:
	.value	151
# steppings:
	.value	0
# feature:
	.value	0
# flags:
	.value	1
# driver_data:
	.zero	4
	.quad	2176
# vendor:
	.value	0
# family:
	.value	6
# model:
	.value	154
# steppings:
	.value	0
# feature:
	.value	0
# flags:
	.value	1
# driver_data:
	.zero	4
	.quad	2176
# vendor:
	.value	0
# family:
	.value	6
# model:
	.value	183
# steppings:
	.value	0
# feature:
	.value	0
# flags:
	.value	1
# driver_data:
	.zero	4
	.quad	2176
# vendor:
	.value	0
# family:
	.value	6
# model:
	.value	186
# steppings:
	.value	0
# feature:
	.value	0
# flags:
	.value	1
# driver_data:
	.zero	4
	.quad	2176
# vendor:
	.value	0
# family:
	.value	6
# model:
	.value	191
# steppings:
	.value	0
# feature:
	.value	0
# flags:
	.value	1
# driver_data:
	.zero	4
	.quad	2176
# vendor:
	.value	0
# family:
	.value	6
# model:
	.value	170
# steppings:
	.value	0
# feature:
	.value	0
# flags:
	.value	1
# driver_data:
	.zero	4
	.quad	2048
# vendor:
	.value	0
# family:
	.value	6
# model:
	.value	197
# steppings:
	.value	0
# feature:
	.value	0
# flags:
	.value	1
# driver_data:
	.zero	4
	.quad	2048
# vendor:
	.value	0
# family:
	.value	6
# model:
	.value	198
# steppings:
	.value	0
# feature:
	.value	0
# flags:
	.value	1
# driver_data:
	.zero	4
	.quad	2048
# vendor:
	.value	0
# family:
	.value	6
# model:
	.value	189
# steppings:
	.value	0
# feature:
	.value	0
# flags:
	.value	1
# driver_data:
	.zero	4
	.quad	2048
# vendor:
	.value	0
# family:
	.value	6
# model:
	.value	143
# steppings:
	.value	0
# feature:
	.value	0
# flags:
	.value	1
# driver_data:
	.zero	4
	.quad	2048
# vendor:
	.value	0
# family:
	.value	6
# model:
	.value	173
# steppings:
	.value	0
# feature:
	.value	0
# flags:
	.value	1
# driver_data:
	.zero	4
	.quad	2048
# vendor:
	.value	0
# family:
	.value	6
# model:
	.value	207
# steppings:
	.value	0
# feature:
	.value	0
# flags:
	.value	1
# driver_data:
	.zero	4
	.quad	2048
# vendor:
	.value	0
# family:
	.value	6
# model:
	.value	190
# steppings:
	.value	0
# feature:
	.value	0
# flags:
	.value	1
# driver_data:
	.zero	4
	.quad	2176
# vendor:
	.value	0
# family:
	.value	6
# model:
	.value	150
# steppings:
	.value	0
# feature:
	.value	0
# flags:
	.value	1
# driver_data:
	.zero	4
	.quad	134
# vendor:
	.value	0
# family:
	.value	6
# model:
	.value	134
# steppings:
	.value	0
# feature:
	.value	0
# flags:
	.value	1
# driver_data:
	.zero	4
	.quad	130
# vendor:
	.value	0
# family:
	.value	6
# model:
	.value	156
# steppings:
	.value	0
# feature:
	.value	0
# flags:
	.value	1
# driver_data:
	.zero	4
	.quad	134
# vendor:
	.value	0
# family:
	.value	6
# model:
	.value	92
# steppings:
	.value	0
# feature:
	.value	0
# flags:
	.value	1
# driver_data:
	.zero	4
	.quad	128
# vendor:
	.value	0
# family:
	.value	6
# model:
	.value	95
# steppings:
	.value	0
# feature:
	.value	0
# flags:
	.value	1
# driver_data:
	.zero	4
	.quad	128
# vendor:
	.value	0
# family:
	.value	6
# model:
	.value	122
# steppings:
	.value	0
# feature:
	.value	0
# flags:
	.value	1
# driver_data:
	.zero	4
	.quad	128
# vendor:
	.value	2
# family:
	.value	21
# model:
	.value	0
# steppings:
	.value	0
# feature:
	.value	0
# flags:
	.value	1
# driver_data:
	.zero	4
	.quad	8
# vendor:
	.value	2
# family:
	.value	22
# model:
	.value	0
# steppings:
	.value	0
# feature:
	.value	0
# flags:
	.value	1
# driver_data:
	.zero	4
	.quad	8
# vendor:
	.value	2
# family:
	.value	23
# model:
	.value	0
# steppings:
	.value	0
# feature:
	.value	0
# flags:
	.value	1
# driver_data:
	.zero	4
	.quad	2104
# vendor:
	.value	9
# family:
	.value	24
# model:
	.value	0
# steppings:
	.value	0
# feature:
	.value	0
# flags:
	.value	1
# driver_data:
	.zero	4
	.quad	2104
# vendor:
	.value	2
# family:
	.value	25
# model:
	.value	0
# steppings:
	.value	0
# feature:
	.value	0
# flags:
	.value	1
# driver_data:
	.zero	4
	.quad	3104
	.zero	24
	.align 32
	.type	cpu_vuln_whitelist, @object
	.size	cpu_vuln_whitelist, 936
cpu_vuln_whitelist:
# vendor:
	.value	-1
# family:
	.value	4
# model:
	.value	0
# steppings:
	.value	0
# feature:
	.value	0
# flags:
	.value	1
# driver_data:
	.zero	4
	.quad	1
# vendor:
	.value	5
# family:
	.value	5
# model:
	.value	0
# steppings:
	.value	0
# feature:
	.value	0
# flags:
	.value	1
# driver_data:
	.zero	4
	.quad	1
# vendor:
	.value	0
# family:
	.value	5
# model:
	.value	0
# steppings:
	.value	0
# feature:
	.value	0
# flags:
	.value	1
# driver_data:
	.zero	4
	.quad	1
# vendor:
	.value	8
# family:
	.value	5
# model:
	.value	0
# steppings:
	.value	0
# feature:
	.value	0
# flags:
	.value	1
# driver_data:
	.zero	4
	.quad	1
# vendor:
	.value	11
# family:
	.value	5
# model:
	.value	0
# steppings:
	.value	0
# feature:
	.value	0
# flags:
	.value	1
# driver_data:
	.zero	4
	.quad	1
# vendor:
	.value	11
# family:
	.value	6
# model:
	.value	0
# steppings:
	.value	0
# feature:
	.value	0
# flags:
	.value	1
# driver_data:
	.zero	4
	.quad	1
# vendor:
	.value	0
# family:
	.value	6
# model:
	.value	141
# steppings:
	.value	0
# feature:
	.value	0
# flags:
	.value	1
# driver_data:
	.zero	4
	.quad	512
# vendor:
	.value	0
# family:
	.value	6
# model:
	.value	140
# steppings:
	.value	0
# feature:
	.value	0
# flags:
	.value	1
# driver_data:
	.zero	4
	.quad	512
# vendor:
	.value	0
# family:
	.value	6
# model:
	.value	151
# steppings:
	.value	0
# feature:
	.value	0
# flags:
	.value	1
# driver_data:
	.zero	4
	.quad	512
# vendor:
	.value	0
# family:
	.value	6
# model:
	.value	154
# steppings:
	.value	0
# feature:
	.value	0
# flags:
	.value	1
# driver_data:
	.zero	4
	.quad	512
# vendor:
	.value	0
# family:
	.value	6
# model:
	.value	54
# steppings:
	.value	0
# feature:
	.value	0
# flags:
	.value	1
# driver_data:
	.zero	4
	.quad	129
# vendor:
	.value	0
# family:
	.value	6
# model:
	.value	53
# steppings:
	.value	0
# feature:
	.value	0
# flags:
	.value	1
# driver_data:
	.zero	4
	.quad	129
# vendor:
	.value	0
# family:
	.value	6
# model:
	.value	39
# steppings:
	.value	0
# feature:
	.value	0
# flags:
	.value	1
# driver_data:
	.zero	4
	.quad	129
# vendor:
	.value	0
# family:
	.value	6
# model:
	.value	28
# steppings:
	.value	0
# feature:
	.value	0
# flags:
	.value	1
# driver_data:
	.zero	4
	.quad	129
# vendor:
	.value	0
# family:
	.value	6
# model:
	.value	38
# steppings:
	.value	0
# feature:
	.value	0
# flags:
	.value	1
# driver_data:
	.zero	4
	.quad	129
# vendor:
	.value	0
# family:
	.value	6
# model:
	.value	55
# steppings:
	.value	0
# feature:
	.value	0
# flags:
	.value	1
# driver_data:
	.zero	4
	.quad	236
# vendor:
	.value	0
# family:
	.value	6
# model:
	.value	77
# steppings:
	.value	0
# feature:
	.value	0
# flags:
	.value	1
# driver_data:
	.zero	4
	.quad	236
# vendor:
	.value	0
# family:
	.value	6
# model:
	.value	74
# steppings:
	.value	0
# feature:
	.value	0
# flags:
	.value	1
# driver_data:
	.zero	4
	.quad	236
# vendor:
	.value	0
# family:
	.value	6
# model:
	.value	76
# steppings:
	.value	0
# feature:
	.value	0
# flags:
	.value	1
# driver_data:
	.zero	4
	.quad	236
# vendor:
	.value	0
# family:
	.value	6
# model:
	.value	87
# steppings:
	.value	0
# feature:
	.value	0
# flags:
	.value	1
# driver_data:
	.zero	4
	.quad	236
# vendor:
	.value	0
# family:
	.value	6
# model:
	.value	133
# steppings:
	.value	0
# feature:
	.value	0
# flags:
	.value	1
# driver_data:
	.zero	4
	.quad	236
# vendor:
	.value	0
# family:
	.value	6
# model:
	.value	14
# steppings:
	.value	0
# feature:
	.value	0
# flags:
	.value	1
# driver_data:
	.zero	4
	.quad	4
# vendor:
	.value	0
# family:
	.value	6
# model:
	.value	90
# steppings:
	.value	0
# feature:
	.value	0
# flags:
	.value	1
# driver_data:
	.zero	4
	.quad	232
# vendor:
	.value	0
# family:
	.value	6
# model:
	.value	117
# steppings:
	.value	0
# feature:
	.value	0
# flags:
	.value	1
# driver_data:
	.zero	4
	.quad	200
# vendor:
	.value	0
# family:
	.value	6
# model:
	.value	92
# steppings:
	.value	0
# feature:
	.value	0
# flags:
	.value	1
# driver_data:
	.zero	4
	.quad	728
# vendor:
	.value	0
# family:
	.value	6
# model:
	.value	95
# steppings:
	.value	0
# feature:
	.value	0
# flags:
	.value	1
# driver_data:
	.zero	4
	.quad	728
# vendor:
	.value	0
# family:
	.value	6
# model:
	.value	122
# steppings:
	.value	0
# feature:
	.value	0
# flags:
	.value	1
# driver_data:
	.zero	4
	.quad	1752
# vendor:
	.value	0
# family:
	.value	6
# model:
	.value	150
# steppings:
	.value	0
# feature:
	.value	0
# flags:
	.value	1
# driver_data:
	.zero	4
	.quad	1024
# vendor:
	.value	0
# family:
	.value	6
# model:
	.value	156
# steppings:
	.value	0
# feature:
	.value	0
# flags:
	.value	1
# driver_data:
	.zero	4
	.quad	1024
# vendor:
	.value	0
# family:
	.value	6
# model:
	.value	134
# steppings:
	.value	0
# feature:
	.value	0
# flags:
	.value	1
# driver_data:
	.zero	4
	.quad	1152
# vendor:
	.value	2
# family:
	.value	15
# model:
	.value	0
# steppings:
	.value	0
# feature:
	.value	0
# flags:
	.value	1
# driver_data:
	.zero	4
	.quad	2782
# vendor:
	.value	2
# family:
	.value	16
# model:
	.value	0
# steppings:
	.value	0
# feature:
	.value	0
# flags:
	.value	1
# driver_data:
	.zero	4
	.quad	2782
# vendor:
	.value	2
# family:
	.value	17
# model:
	.value	0
# steppings:
	.value	0
# feature:
	.value	0
# flags:
	.value	1
# driver_data:
	.zero	4
	.quad	2782
# vendor:
	.value	2
# family:
	.value	18
# model:
	.value	0
# steppings:
	.value	0
# feature:
	.value	0
# flags:
	.value	1
# driver_data:
	.zero	4
	.quad	2782
# vendor:
	.value	2
# family:
	.value	0
# model:
	.value	0
# steppings:
	.value	0
# feature:
	.value	0
# flags:
	.value	1
# driver_data:
	.zero	4
	.quad	3802
# vendor:
	.value	9
# family:
	.value	0
# model:
	.value	0
# steppings:
	.value	0
# feature:
	.value	0
# flags:
	.value	1
# driver_data:
	.zero	4
	.quad	3802
# vendor:
	.value	5
# family:
	.value	7
# model:
	.value	0
# steppings:
	.value	0
# feature:
	.value	0
# flags:
	.value	1
# driver_data:
	.zero	4
	.quad	2880
# vendor:
	.value	10
# family:
	.value	7
# model:
	.value	0
# steppings:
	.value	0
# feature:
	.value	0
# flags:
	.value	1
# driver_data:
	.zero	4
	.quad	2880
	.zero	24
	.section	.data.once,"aw"
	.type	__already_done.1, @object
	.size	__already_done.1, 1
__already_done.1:
	.zero	1
	.type	__already_done.2, @object
	.size	__already_done.2, 1
__already_done.2:
	.zero	1
	.local	cpu_devs
	.comm	cpu_devs,96,32
	.globl	cpu_caps_set
	.bss
	.align 8
	.type	cpu_caps_set, @object
	.size	cpu_caps_set, 96
cpu_caps_set:
	.zero	96
	.globl	cpu_caps_cleared
	.align 8
	.type	cpu_caps_cleared, @object
	.size	cpu_caps_cleared, 96
cpu_caps_cleared:
	.zero	96
	.section	.rodata
	.align 32
	.type	cpuid_dependent_features, @object
	.size	cpuid_dependent_features, 32
cpuid_dependent_features:
# feature:
	.long	131
# level:
	.long	5
# feature:
	.long	146
# level:
	.long	9
# feature:
	.long	154
# level:
	.long	13
# feature:
	.long	0
# level:
	.long	0
	.section	.init.setup
	.align 8
	.type	__setup_setup_disable_pku, @object
	.size	__setup_setup_disable_pku, 24
__setup_setup_disable_pku:
# str:
	.quad	__setup_str_setup_disable_pku
# setup_func:
	.quad	setup_disable_pku
# early:
	.long	0
	.zero	4
	.section	.init.rodata
	.type	__setup_str_setup_disable_pku, @object
	.size	__setup_str_setup_disable_pku, 6
__setup_str_setup_disable_pku:
	.string	"nopku"
	.local	pku_disabled
	.comm	pku_disabled,1,1
	.section	.init.setup
	.align 8
	.type	__setup_x86_nofsgsbase_setup, @object
	.size	__setup_x86_nofsgsbase_setup, 24
__setup_x86_nofsgsbase_setup:
# str:
	.quad	__setup_str_x86_nofsgsbase_setup
# setup_func:
	.quad	x86_nofsgsbase_setup
# early:
	.long	0
	.zero	4
	.section	.init.rodata
	.type	__setup_str_x86_nofsgsbase_setup, @object
	.size	__setup_str_x86_nofsgsbase_setup, 11
__setup_str_x86_nofsgsbase_setup:
	.string	"nofsgsbase"
	.section	.data.once
	.type	__already_done.3, @object
	.size	__already_done.3, 1
__already_done.3:
	.zero	1
	.type	__already_done.4, @object
	.size	__already_done.4, 1
__already_done.4:
	.zero	1
	.section	.data..ro_after_init,"aw"
	.align 8
	.type	cr4_pinned_bits, @object
	.size	cr4_pinned_bits, 8
cr4_pinned_bits:
	.zero	8
	.align 4
	.type	cr_pinning, @object
	.size	cr_pinning, 4
cr_pinning:
	.zero	4
	.section	.init.setup
	.align 8
	.type	__setup_x86_noinvpcid_setup, @object
	.size	__setup_x86_noinvpcid_setup, 24
__setup_x86_noinvpcid_setup:
# str:
	.quad	__setup_str_x86_noinvpcid_setup
# setup_func:
	.quad	x86_noinvpcid_setup
# early:
	.long	1
	.zero	4
	.section	.init.rodata
	.type	__setup_str_x86_noinvpcid_setup, @object
	.size	__setup_str_x86_noinvpcid_setup, 10
__setup_str_x86_noinvpcid_setup:
	.string	"noinvpcid"
	.section	.init.setup
	.align 8
	.type	__setup_x86_nopcid_setup, @object
	.size	__setup_x86_nopcid_setup, 24
__setup_x86_nopcid_setup:
# str:
	.quad	__setup_str_x86_nopcid_setup
# setup_func:
	.quad	x86_nopcid_setup
# early:
	.long	1
	.zero	4
	.section	.init.rodata
	.type	__setup_str_x86_nopcid_setup, @object
	.size	__setup_str_x86_nopcid_setup, 7
__setup_str_x86_nopcid_setup:
	.string	"nopcid"
	.data
	.align 8
	.type	this_cpu, @object
	.size	this_cpu, 8
this_cpu:
	.quad	default_cpu
	.section	.rodata.str1.1
.LC32:
	.string	"Unknown"
	.section	.rodata
	.align 32
	.type	default_cpu, @object
	.size	default_cpu, 72
default_cpu:
# c_vendor:
	.quad	.LC32
# c_init:
	.zero	32
	.quad	default_init
# c_x86_vendor:
	.zero	16
	.long	255
	.zero	4
	.align 32
	.type	ppin_cpuids, @object
	.size	ppin_cpuids, 312
ppin_cpuids:
# vendor:
	.value	-1
# family:
	.value	0
# model:
	.value	0
# steppings:
	.value	0
# feature:
	.value	439
# flags:
	.value	1
# driver_data:
	.zero	4
	.quad	ppin_info+24
# vendor:
	.value	-1
# family:
	.value	0
# model:
	.value	0
# steppings:
	.value	0
# feature:
	.value	238
# flags:
	.value	1
# driver_data:
	.zero	4
	.quad	ppin_info
# vendor:
	.value	0
# family:
	.value	6
# model:
	.value	62
# steppings:
	.value	0
# feature:
	.value	0
# flags:
	.value	1
# driver_data:
	.zero	4
	.quad	ppin_info
# vendor:
	.value	0
# family:
	.value	6
# model:
	.value	63
# steppings:
	.value	0
# feature:
	.value	0
# flags:
	.value	1
# driver_data:
	.zero	4
	.quad	ppin_info
# vendor:
	.value	0
# family:
	.value	6
# model:
	.value	86
# steppings:
	.value	0
# feature:
	.value	0
# flags:
	.value	1
# driver_data:
	.zero	4
	.quad	ppin_info
# vendor:
	.value	0
# family:
	.value	6
# model:
	.value	79
# steppings:
	.value	0
# feature:
	.value	0
# flags:
	.value	1
# driver_data:
	.zero	4
	.quad	ppin_info
# vendor:
	.value	0
# family:
	.value	6
# model:
	.value	85
# steppings:
	.value	0
# feature:
	.value	0
# flags:
	.value	1
# driver_data:
	.zero	4
	.quad	ppin_info
# vendor:
	.value	0
# family:
	.value	6
# model:
	.value	106
# steppings:
	.value	0
# feature:
	.value	0
# flags:
	.value	1
# driver_data:
	.zero	4
	.quad	ppin_info
# vendor:
	.value	0
# family:
	.value	6
# model:
	.value	108
# steppings:
	.value	0
# feature:
	.value	0
# flags:
	.value	1
# driver_data:
	.zero	4
	.quad	ppin_info
# vendor:
	.value	0
# family:
	.value	6
# model:
	.value	143
# steppings:
	.value	0
# feature:
	.value	0
# flags:
	.value	1
# driver_data:
	.zero	4
	.quad	ppin_info
# vendor:
	.value	0
# family:
	.value	6
# model:
	.value	87
# steppings:
	.value	0
# feature:
	.value	0
# flags:
	.value	1
# driver_data:
	.zero	4
	.quad	ppin_info
# vendor:
	.value	0
# family:
	.value	6
# model:
	.value	133
# steppings:
	.value	0
# feature:
	.value	0
# flags:
	.value	1
# driver_data:
	.zero	4
	.quad	ppin_info
	.zero	24
	.data
	.align 32
	.type	ppin_info, @object
	.size	ppin_info, 36
ppin_info:
# feature:
	.long	238
# msr_ppin_ctl:
	.long	78
# msr_ppin:
	.long	79
	.zero	12
# feature:
	.long	439
# msr_ppin_ctl:
	.long	-1073675536
# msr_ppin:
	.long	-1073675535
	.globl	smp_num_siblings
	.align 4
	.type	smp_num_siblings, @object
	.size	smp_num_siblings, 4
smp_num_siblings:
	.long	1
	.globl	cpu_sibling_setup_mask
	.bss
	.align 8
	.type	cpu_sibling_setup_mask, @object
	.size	cpu_sibling_setup_mask, 8
cpu_sibling_setup_mask:
	.zero	8
	.globl	cpu_callin_mask
	.align 8
	.type	cpu_callin_mask, @object
	.size	cpu_callin_mask, 8
cpu_callin_mask:
	.zero	8
	.globl	cpu_callout_mask
	.align 8
	.type	cpu_callout_mask, @object
	.size	cpu_callout_mask, 8
cpu_callout_mask:
	.zero	8
	.globl	cpu_initialized_mask
	.align 8
	.type	cpu_initialized_mask, @object
	.size	cpu_initialized_mask, 8
cpu_initialized_mask:
	.zero	8
	.globl	elf_hwcap2
	.section	.data..read_mostly,"aw"
	.align 4
	.type	elf_hwcap2, @object
	.size	elf_hwcap2, 4
elf_hwcap2:
	.zero	4
	.globl	gdt_page
	.section	.data..percpu..page_aligned,"aw"
	.align 4096
	.type	gdt_page, @object
	.size	gdt_page, 4096
gdt_page:
# gdt:
	.zero	8
# limit0:
	.value	-1
# base0:
	.value	0
# base1:
	.byte	0
# type:
# s:
# dpl:
# p:
# limit1:
	.byte	155
# avl:
# l:
# d:
# g:
# base2:
	.byte	207
	.byte	0
# limit0:
	.value	-1
# base0:
	.value	0
# base1:
	.byte	0
# type:
# s:
# dpl:
# p:
# limit1:
	.byte	155
# avl:
# l:
# d:
# g:
# base2:
	.byte	175
	.byte	0
# limit0:
	.value	-1
# base0:
	.value	0
# base1:
	.byte	0
# type:
# s:
# dpl:
# p:
# limit1:
	.byte	147
# avl:
# l:
# d:
# g:
# base2:
	.byte	207
	.byte	0
# limit0:
	.value	-1
# base0:
	.value	0
# base1:
	.byte	0
# type:
# s:
# dpl:
# p:
# limit1:
	.byte	251
# avl:
# l:
# d:
# g:
# base2:
	.byte	207
	.byte	0
# limit0:
	.value	-1
# base0:
	.value	0
# base1:
	.byte	0
# type:
# s:
# dpl:
# p:
# limit1:
	.byte	243
# avl:
# l:
# d:
# g:
# base2:
	.byte	207
	.byte	0
# limit0:
	.value	-1
# base0:
	.value	0
# base1:
	.byte	0
# type:
# s:
# dpl:
# p:
# limit1:
	.byte	251
# avl:
# l:
# d:
# g:
# base2:
	.byte	175
	.byte	0
	.zero	72
	.zero	3968
	.globl	cpu_l2c_id
	.section	.data..percpu..read_mostly,"aw"
	.align 2
	.type	cpu_l2c_id, @object
	.size	cpu_l2c_id, 2
cpu_l2c_id:
	.value	-1
	.globl	cpu_llc_id
	.align 2
	.type	cpu_llc_id, @object
	.size	cpu_llc_id, 2
cpu_llc_id:
	.value	-1
	.globl	__preempt_count
	.section	.data..percpu,"aw"
	.align 4
	.type	__preempt_count, @object
	.size	__preempt_count, 4
__preempt_count:
	.long	1
	.globl	hardirq_stack_inuse
	.type	hardirq_stack_inuse, @object
	.size	hardirq_stack_inuse, 1
hardirq_stack_inuse:
	.zero	1
	.globl	hardirq_stack_ptr
	.align 8
	.type	hardirq_stack_ptr, @object
	.size	hardirq_stack_ptr, 8
hardirq_stack_ptr:
	.zero	8
	.globl	fixed_percpu_data
	.section	.data..percpu..first,"aw"
	.align 4096
	.type	fixed_percpu_data, @object
	.size	fixed_percpu_data, 48
fixed_percpu_data:
	.zero	48
	.globl	cpu_current_top_of_stack
	.section	.data..percpu
	.align 8
	.type	cpu_current_top_of_stack, @object
	.size	cpu_current_top_of_stack, 8
cpu_current_top_of_stack:
	.quad	init_stack+16384
	.globl	tlb_lld_1g
	.section	.data..read_mostly
	.align 2
	.type	tlb_lld_1g, @object
	.size	tlb_lld_1g, 2
tlb_lld_1g:
	.zero	2
	.globl	tlb_lld_4m
	.align 2
	.type	tlb_lld_4m, @object
	.size	tlb_lld_4m, 2
tlb_lld_4m:
	.zero	2
	.globl	tlb_lld_2m
	.align 2
	.type	tlb_lld_2m, @object
	.size	tlb_lld_2m, 2
tlb_lld_2m:
	.zero	2
	.globl	tlb_lld_4k
	.align 2
	.type	tlb_lld_4k, @object
	.size	tlb_lld_4k, 2
tlb_lld_4k:
	.zero	2
	.globl	tlb_lli_4m
	.align 2
	.type	tlb_lli_4m, @object
	.size	tlb_lli_4m, 2
tlb_lli_4m:
	.zero	2
	.globl	tlb_lli_2m
	.align 2
	.type	tlb_lli_2m, @object
	.size	tlb_lli_2m, 2
tlb_lli_2m:
	.zero	2
	.globl	tlb_lli_4k
	.align 2
	.type	tlb_lli_4k, @object
	.size	tlb_lli_4k, 2
tlb_lli_4k:
	.zero	2
	.globl	current_task
	.section	.data..percpu
	.align 64
	.type	current_task, @object
	.size	current_task, 8
current_task:
	.quad	init_task
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
