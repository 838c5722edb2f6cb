	.file	"process_64.c"
# GNU C11 (Debian 12.2.0-14+deb12u1) version 12.2.0 (x86_64-linux-gnu)
#	compiled by GNU C version 12.2.0, GMP version 6.2.1, MPFR version 4.2.0, MPC version 1.3.1, isl version isl-0.25-GMP

# GGC heuristics: --param ggc-min-expand=100 --param ggc-min-heapsize=131072
# options passed: -mno-sse -mno-mmx -mno-sse2 -mno-3dnow -mno-avx -m64 -mno-80387 -mno-fp-ret-in-387 -mpreferred-stack-boundary=3 -mskip-rax-setup -mtune=generic -mno-red-zone -mcmodel=kernel -march=x86-64 -Os -std=gnu11 -fno-strict-aliasing -fno-common -fshort-wchar -fno-PIE -fcf-protection=none -falign-jumps=1 -falign-loops=1 -fno-asynchronous-unwind-tables -fno-delete-null-pointer-checks -fno-allow-store-data-races -fno-stack-protector -fomit-frame-pointer -ftrivial-auto-var-init=zero -fno-stack-clash-protection -fno-strict-overflow -fstack-check=no -fconserve-stack -fno-builtin-wcslen
	.text
	.type	__loadsegment_fs, @function
__loadsegment_fs:
# /work/main/build/src/arch/x86/include/asm/segment.h:332: 	asm volatile("						\n"
#APP
# 332 "/work/main/build/src/arch/x86/include/asm/segment.h" 1
							
1:	movw %di, %fs				# tmp84
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
	.size	__loadsegment_fs, .-__loadsegment_fs
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
	.type	wrmsrl, @function
wrmsrl:
# /work/main/build/src/arch/x86/include/asm/msr.h:262: 	native_write_msr(msr, (u32)(val & 0xffffffffULL), (u32)(val >> 32));
	movq	%rsi, %rdx	# val, tmp87
# /work/main/build/src/arch/x86/include/asm/msr.h:261: {
	movq	%rsi, %rax	# tmp89, val
# /work/main/build/src/arch/x86/include/asm/msr.h:94: 	asm volatile("1: wrmsr\n"
	movl	%edi, %ecx	# tmp88, tmp88
# /work/main/build/src/arch/x86/include/asm/msr.h:262: 	native_write_msr(msr, (u32)(val & 0xffffffffULL), (u32)(val >> 32));
	shrq	$32, %rdx	#, tmp87
# /work/main/build/src/arch/x86/include/asm/msr.h:94: 	asm volatile("1: wrmsr\n"
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
# /work/main/build/src/arch/x86/include/asm/msr.h:263: }
#NO_APP
	ret	
	.size	wrmsrl, .-wrmsrl
	.section	.noinstr.text,"ax",@progbits
	.type	__rdgsbase_inactive, @function
__rdgsbase_inactive:
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
 .word 272	#
 .byte 663b-661b
 .byte 6652f-6642f
.popsection
.pushsection .altinstr_replacement, "ax"
# ALT: replacement 1
6641:
	jmp .L6	#
6651:
# ALT: replacement 2
6642:
	
6652:
.popsection
.pushsection .altinstr_aux,"ax"
6:
 testb $1,boot_cpu_data+74 (% rip)	#,
 jnz .L5	#
 jmp .L6	#
.popsection

# 0 "" 2
#NO_APP
.L5:
# /work/main/build/src/arch/x86/kernel/process_64.c:174: 		rdmsrl(MSR_KERNEL_GS_BASE, gsbase);
	movl	$-1073741566, %edi	#,
	jmp	native_read_msr	#
.L6:
# /work/main/build/src/arch/x86/include/asm/processor.h:559: 	asm volatile("swapgs" ::: "memory");
#APP
# 559 "/work/main/build/src/arch/x86/include/asm/processor.h" 1
	swapgs	
# 0 "" 2
# /work/main/build/src/arch/x86/include/asm/fsgsbase.h:37: 	asm volatile("rdgsbase %0" : "=r" (gsbase) :: "memory");
# 37 "/work/main/build/src/arch/x86/include/asm/fsgsbase.h" 1
	rdgsbase %rax	# gsbase
# 0 "" 2
# /work/main/build/src/arch/x86/include/asm/processor.h:559: 	asm volatile("swapgs" ::: "memory");
# 559 "/work/main/build/src/arch/x86/include/asm/processor.h" 1
	swapgs	
# 0 "" 2
# /work/main/build/src/arch/x86/kernel/process_64.c:179: }
#NO_APP
	ret	
	.size	__rdgsbase_inactive, .-__rdgsbase_inactive
	.type	__wrgsbase_inactive, @function
__wrgsbase_inactive:
# /work/main/build/src/arch/x86/kernel/process_64.c:190: {
	movq	%rdi, %rsi	# tmp83, gsbase
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
 .word 272	#
 .byte 663b-661b
 .byte 6652f-6642f
.popsection
.pushsection .altinstr_replacement, "ax"
# ALT: replacement 1
6641:
	jmp .L11	#
6651:
# ALT: replacement 2
6642:
	
6652:
.popsection
.pushsection .altinstr_aux,"ax"
6:
 testb $1,boot_cpu_data+74 (% rip)	#,
 jnz .L10	#
 jmp .L11	#
.popsection

# 0 "" 2
#NO_APP
.L10:
# /work/main/build/src/arch/x86/kernel/process_64.c:199: 		wrmsrl(MSR_KERNEL_GS_BASE, gsbase);
	movl	$-1073741566, %edi	#,
	jmp	wrmsrl	#
.L11:
# /work/main/build/src/arch/x86/include/asm/processor.h:559: 	asm volatile("swapgs" ::: "memory");
#APP
# 559 "/work/main/build/src/arch/x86/include/asm/processor.h" 1
	swapgs	
# 0 "" 2
# /work/main/build/src/arch/x86/include/asm/fsgsbase.h:49: 	asm volatile("wrgsbase %0" :: "r" (gsbase) : "memory");
# 49 "/work/main/build/src/arch/x86/include/asm/fsgsbase.h" 1
	wrgsbase %rdi	# gsbase
# 0 "" 2
# /work/main/build/src/arch/x86/include/asm/processor.h:559: 	asm volatile("swapgs" ::: "memory");
# 559 "/work/main/build/src/arch/x86/include/asm/processor.h" 1
	swapgs	
# 0 "" 2
# /work/main/build/src/arch/x86/kernel/process_64.c:202: }
#NO_APP
	ret	
	.size	__wrgsbase_inactive, .-__wrgsbase_inactive
	.text
	.type	native_load_gs_index, @function
native_load_gs_index:
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
# /work/main/build/src/arch/x86/include/asm/special_insns.h:130: 	asm_load_gs_index(selector);
#NO_APP
	call	asm_load_gs_index	#
# /work/main/build/src/arch/x86/include/asm/irqflags.h:137: 	if (!arch_irqs_disabled_flags(flags))
	btl	$9, %ebx	#, flags
	jnc	.L13	#,
# /work/main/build/src/arch/x86/include/asm/irqflags.h:45: 	asm volatile("sti": : :"memory");
#APP
# 45 "/work/main/build/src/arch/x86/include/asm/irqflags.h" 1
	sti	
# 0 "" 2
#NO_APP
.L13:
# /work/main/build/src/arch/x86/include/asm/special_insns.h:132: }
	popq	%rbx	#
	ret	
	.size	native_load_gs_index, .-native_load_gs_index
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC0:
	.string	"arch/x86/kernel/process_64.c"
	.text
	.type	start_thread_common.constprop.0, @function
start_thread_common.constprop.0:
	pushq	%r14	#
	movq	%rsi, %r14	# tmp102, new_ip
	pushq	%r13	#
	movq	%rdx, %r13	# tmp103, new_sp
	pushq	%r12	#
	movl	%ecx, %r12d	# tmp104, _cs
	pushq	%rbp	#
	movl	%r8d, %ebp	# tmp105, _ds
	pushq	%rbx	#
# /work/main/build/src/arch/x86/kernel/process_64.c:505: start_thread_common(struct pt_regs *regs, unsigned long new_ip,
	movq	%rdi, %rbx	# tmp101, regs
# /work/main/build/src/arch/x86/include/asm/current.h:15: 	return this_cpu_read_stable(current_task);
#APP
# 15 "/work/main/build/src/arch/x86/include/asm/current.h" 1
	movq %gs:current_task, %rax	#, pfo_val__
# 0 "" 2
# /work/main/build/src/arch/x86/kernel/process_64.c:509: 	WARN_ON_ONCE(regs != current_pt_regs());
#NO_APP
	movq	32(%rax), %rax	# MEM[(const struct task_struct *)_2].stack, MEM[(const struct task_struct *)_2].stack
	addq	$16216, %rax	#, tmp97
	cmpq	%rax, %rdi	# tmp97, regs
	je	.L20	#,
#APP
# 509 "/work/main/build/src/arch/x86/kernel/process_64.c" 1
	1:	.byte 0x0f, 0x0b
.pushsection __bug_table,"aw"
2:	.long 1b - .	# bug_entry::bug_addr
	.long .LC0 - .	# bug_entry::file	#
	.word 509	# bug_entry::line	#
	.word 2307	# bug_entry::flags	#
	.org 2b+12	#
.popsection
998:
	.pushsection .discard.reachable
	.long 998b - .
	.popsection
	
# 0 "" 2
#NO_APP
.L20:
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
 .word 714	#
 .byte 663b-661b
 .byte 6652f-6642f
.popsection
.pushsection .altinstr_replacement, "ax"
# ALT: replacement 1
6641:
	jmp .L22	#
6651:
# ALT: replacement 2
6642:
	
6652:
.popsection
.pushsection .altinstr_aux,"ax"
6:
 testb $4,boot_cpu_data+129 (% rip)	#,
 jnz .L21	#
 jmp .L22	#
.popsection

# 0 "" 2
#NO_APP
.L21:
# /work/main/build/src/arch/x86/kernel/process_64.c:513: 		loadsegment(fs, __USER_DS);
	movl	$43, %edi	#,
	call	__loadsegment_fs	#
# /work/main/build/src/arch/x86/include/asm/special_insns.h:191: 	native_load_gs_index(selector);
	call	native_load_gs_index	#
.L22:
# /work/main/build/src/arch/x86/kernel/process_64.c:517: 	loadsegment(fs, 0);
	xorl	%edi, %edi	#
# /work/main/build/src/arch/x86/kernel/process_64.c:518: 	loadsegment(es, _ds);
	movl	%ebp, %eax	# _ds, __val
# /work/main/build/src/arch/x86/kernel/process_64.c:517: 	loadsegment(fs, 0);
	call	__loadsegment_fs	#
# /work/main/build/src/arch/x86/kernel/process_64.c:518: 	loadsegment(es, _ds);
#APP
# 518 "/work/main/build/src/arch/x86/kernel/process_64.c" 1
							
1:	movl %eax,%es			# __val
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
# /work/main/build/src/arch/x86/kernel/process_64.c:519: 	loadsegment(ds, _ds);
# 519 "/work/main/build/src/arch/x86/kernel/process_64.c" 1
							
1:	movl %ebp,%ds			# __val
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
extable_type_reg reg=%ebp, type=(17 | ((0) << 16)) 	# __val
.purgem extable_type_reg
 .popsection

# 0 "" 2
# /work/main/build/src/arch/x86/include/asm/special_insns.h:191: 	native_load_gs_index(selector);
#NO_APP
	call	native_load_gs_index	#
# /work/main/build/src/arch/x86/kernel/process_64.c:524: 	regs->cs		= _cs;
	movl	%r12d, %eax	# _cs, tmp107
# /work/main/build/src/arch/x86/kernel/process_64.c:522: 	regs->ip		= new_ip;
	movq	%r14, 128(%rbx)	# new_ip, regs_7(D)->ip
# /work/main/build/src/arch/x86/kernel/process_64.c:523: 	regs->sp		= new_sp;
	movq	%r13, 152(%rbx)	# new_sp, regs_7(D)->sp
# /work/main/build/src/arch/x86/kernel/process_64.c:524: 	regs->cs		= _cs;
	movq	%rax, 136(%rbx)	# tmp107, regs_7(D)->cs
# /work/main/build/src/arch/x86/kernel/process_64.c:525: 	regs->ss		= _ss;
	movq	$43, 160(%rbx)	#, regs_7(D)->ss
# /work/main/build/src/arch/x86/kernel/process_64.c:526: 	regs->flags		= X86_EFLAGS_IF;
	movq	$512, 144(%rbx)	#, regs_7(D)->flags
# /work/main/build/src/arch/x86/kernel/process_64.c:527: }
	popq	%rbx	#
	popq	%rbp	#
	popq	%r12	#
	popq	%r13	#
	popq	%r14	#
	ret	
	.size	start_thread_common.constprop.0, .-start_thread_common.constprop.0
	.section	.rodata.str1.1
.LC1:
	.string	"\001c ORIG_RAX: %016lx\n"
.LC2:
	.string	"\001c\n"
.LC3:
	.string	"%sRAX: %016lx RBX: %016lx RCX: %016lx\n"
.LC4:
	.string	"%sRDX: %016lx RSI: %016lx RDI: %016lx\n"
.LC5:
	.string	"%sRBP: %016lx R08: %016lx R09: %016lx\n"
.LC6:
	.string	"%sR10: %016lx R11: %016lx R12: %016lx\n"
.LC7:
	.string	"%sR13: %016lx R14: %016lx R15: %016lx\n"
.LC8:
	.string	"%sFS:  %016lx GS:  %016lx\n"
.LC9:
	.string	"%sFS:  %016lx(%04x) GS:%016lx(%04x) knlGS:%016lx\n"
.LC10:
	.string	"%sCS:  %04lx DS: %04x ES: %04x CR0: %016lx\n"
.LC11:
	.string	"%sCR2: %016lx CR3: %016lx CR4: %016lx\n"
.LC12:
	.string	"%sDR0: %016lx DR1: %016lx DR2: %016lx\n"
.LC13:
	.string	"%sDR3: %016lx DR6: %016lx DR7: %016lx\n"
.LC14:
	.string	"%sPKRU: %08x\n"
	.text
	.globl	__show_regs
	.type	__show_regs, @function
__show_regs:
	pushq	%r15	#
	pushq	%r14	#
	pushq	%r13	#
	pushq	%r12	#
	pushq	%rbp	#
	movq	%rdi, %rbp	# tmp176, regs
	pushq	%rbx	#
	movl	%esi, %ebx	# tmp177, mode
# /work/main/build/src/arch/x86/kernel/process_64.c:74: 	show_iret_regs(regs, log_lvl);
	movq	%rdx, %rsi	# tmp178,
# /work/main/build/src/arch/x86/kernel/process_64.c:68: {
	subq	$16, %rsp	#,
# /work/main/build/src/arch/x86/kernel/process_64.c:68: {
	movq	%rdx, (%rsp)	# tmp178, %sfp
# /work/main/build/src/arch/x86/kernel/process_64.c:74: 	show_iret_regs(regs, log_lvl);
	call	show_iret_regs	#
# /work/main/build/src/arch/x86/kernel/process_64.c:76: 	if (regs->orig_ax != -1)
	movq	120(%rbp), %rsi	# regs_30(D)->orig_ax, _1
# /work/main/build/src/arch/x86/kernel/process_64.c:76: 	if (regs->orig_ax != -1)
	cmpq	$-1, %rsi	#, _1
	je	.L26	#,
# /work/main/build/src/arch/x86/kernel/process_64.c:77: 		pr_cont(" ORIG_RAX: %016lx\n", regs->orig_ax);
	movq	$.LC1, %rdi	#,
	call	_printk	#
	jmp	.L27	#
.L26:
# /work/main/build/src/arch/x86/kernel/process_64.c:79: 		pr_cont("\n");
	movq	$.LC2, %rdi	#,
	call	_printk	#
.L27:
# /work/main/build/src/arch/x86/kernel/process_64.c:81: 	printk("%sRAX: %016lx RBX: %016lx RCX: %016lx\n",
	movq	40(%rbp), %rcx	# regs_30(D)->bx, regs_30(D)->bx
	movq	80(%rbp), %rdx	# regs_30(D)->ax, regs_30(D)->ax
	movq	$.LC3, %rdi	#,
	movq	88(%rbp), %r8	# regs_30(D)->cx,
	movq	(%rsp), %rsi	# %sfp,
	call	_printk	#
# /work/main/build/src/arch/x86/kernel/process_64.c:83: 	printk("%sRDX: %016lx RSI: %016lx RDI: %016lx\n",
	movq	104(%rbp), %rcx	# regs_30(D)->si, regs_30(D)->si
	movq	96(%rbp), %rdx	# regs_30(D)->dx, regs_30(D)->dx
	movq	$.LC4, %rdi	#,
	movq	112(%rbp), %r8	# regs_30(D)->di,
	movq	(%rsp), %rsi	# %sfp,
	call	_printk	#
# /work/main/build/src/arch/x86/kernel/process_64.c:85: 	printk("%sRBP: %016lx R08: %016lx R09: %016lx\n",
	movq	72(%rbp), %rcx	# regs_30(D)->r8, regs_30(D)->r8
	movq	32(%rbp), %rdx	# regs_30(D)->bp, regs_30(D)->bp
	movq	$.LC5, %rdi	#,
	movq	64(%rbp), %r8	# regs_30(D)->r9,
	movq	(%rsp), %rsi	# %sfp,
	call	_printk	#
# /work/main/build/src/arch/x86/kernel/process_64.c:87: 	printk("%sR10: %016lx R11: %016lx R12: %016lx\n",
	movq	48(%rbp), %rcx	# regs_30(D)->r11, regs_30(D)->r11
	movq	56(%rbp), %rdx	# regs_30(D)->r10, regs_30(D)->r10
	movq	$.LC6, %rdi	#,
	movq	24(%rbp), %r8	# regs_30(D)->r12,
	movq	(%rsp), %rsi	# %sfp,
	call	_printk	#
# /work/main/build/src/arch/x86/kernel/process_64.c:89: 	printk("%sR13: %016lx R14: %016lx R15: %016lx\n",
	movq	8(%rbp), %rcx	# regs_30(D)->r14, regs_30(D)->r14
	movq	16(%rbp), %rdx	# regs_30(D)->r13, regs_30(D)->r13
	movq	$.LC7, %rdi	#,
	movq	0(%rbp), %r8	# regs_30(D)->r15,
	movq	(%rsp), %rsi	# %sfp,
	call	_printk	#
# /work/main/build/src/arch/x86/kernel/process_64.c:92: 	if (mode == SHOW_REGS_SHORT)
	testl	%ebx, %ebx	# mode
	je	.L25	#,
# /work/main/build/src/arch/x86/kernel/process_64.c:95: 	if (mode == SHOW_REGS_USER) {
	decl	%ebx	# mode
	jne	.L30	#,
# /work/main/build/src/arch/x86/kernel/process_64.c:96: 		rdmsrl(MSR_FS_BASE, fs);
	movl	$-1073741568, %edi	#,
	call	native_read_msr	#
# /work/main/build/src/arch/x86/kernel/process_64.c:97: 		rdmsrl(MSR_KERNEL_GS_BASE, shadowgs);
	movl	$-1073741566, %edi	#,
# /work/main/build/src/arch/x86/kernel/process_64.c:96: 		rdmsrl(MSR_FS_BASE, fs);
	movq	%rax, %rsi	# tmp179, fs
# /work/main/build/src/arch/x86/kernel/process_64.c:97: 		rdmsrl(MSR_KERNEL_GS_BASE, shadowgs);
	call	native_read_msr	#
# /work/main/build/src/arch/x86/kernel/process_64.c:98: 		printk("%sFS:  %016lx GS:  %016lx\n",
	movq	%rsi, %rdx	# fs,
	movq	(%rsp), %rsi	# %sfp,
	movq	$.LC8, %rdi	#,
# /work/main/build/src/arch/x86/kernel/process_64.c:142: }
	addq	$16, %rsp	#,
# /work/main/build/src/arch/x86/kernel/process_64.c:97: 		rdmsrl(MSR_KERNEL_GS_BASE, shadowgs);
	movq	%rax, %rcx	# tmp180, shadowgs
# /work/main/build/src/arch/x86/kernel/process_64.c:142: }
	popq	%rbx	#
	popq	%rbp	#
	popq	%r12	#
	popq	%r13	#
	popq	%r14	#
	popq	%r15	#
# /work/main/build/src/arch/x86/kernel/process_64.c:98: 		printk("%sFS:  %016lx GS:  %016lx\n",
	jmp	_printk	#
.L30:
# /work/main/build/src/arch/x86/kernel/process_64.c:108: 	rdmsrl(MSR_FS_BASE, fs);
	movl	$-1073741568, %edi	#,
	call	native_read_msr	#
# /work/main/build/src/arch/x86/kernel/process_64.c:109: 	rdmsrl(MSR_GS_BASE, gs);
	movl	$-1073741567, %edi	#,
# /work/main/build/src/arch/x86/kernel/process_64.c:108: 	rdmsrl(MSR_FS_BASE, fs);
	movq	%rax, %rsi	# tmp181, fs
# /work/main/build/src/arch/x86/kernel/process_64.c:109: 	rdmsrl(MSR_GS_BASE, gs);
	call	native_read_msr	#
# /work/main/build/src/arch/x86/kernel/process_64.c:110: 	rdmsrl(MSR_KERNEL_GS_BASE, shadowgs);
	movl	$-1073741566, %edi	#,
# /work/main/build/src/arch/x86/kernel/process_64.c:109: 	rdmsrl(MSR_GS_BASE, gs);
	movq	%rax, %r8	# tmp182, gs
# /work/main/build/src/arch/x86/kernel/process_64.c:103: 	asm("movl %%ds,%0" : "=r" (ds));
#APP
# 103 "/work/main/build/src/arch/x86/kernel/process_64.c" 1
	movl %ds,%r13d	# ds
# 0 "" 2
# /work/main/build/src/arch/x86/kernel/process_64.c:110: 	rdmsrl(MSR_KERNEL_GS_BASE, shadowgs);
#NO_APP
	call	native_read_msr	#
# /work/main/build/src/arch/x86/kernel/process_64.c:104: 	asm("movl %%es,%0" : "=r" (es));
#APP
# 104 "/work/main/build/src/arch/x86/kernel/process_64.c" 1
	movl %es,%r14d	# es
# 0 "" 2
# /work/main/build/src/arch/x86/kernel/process_64.c:105: 	asm("movl %%fs,%0" : "=r" (fsindex));
# 105 "/work/main/build/src/arch/x86/kernel/process_64.c" 1
	movl %fs,%r11d	# fsindex
# 0 "" 2
# /work/main/build/src/arch/x86/kernel/process_64.c:106: 	asm("movl %%gs,%0" : "=r" (gsindex));
# 106 "/work/main/build/src/arch/x86/kernel/process_64.c" 1
	movl %gs,%r9d	# gsindex
# 0 "" 2
# /work/main/build/src/arch/x86/include/asm/special_insns.h:29: 	asm volatile("mov %%cr0,%0\n\t" : "=r" (val) : __FORCE_ORDER);
# 29 "/work/main/build/src/arch/x86/include/asm/special_insns.h" 1
	mov %cr0,%r15	# val
	
# 0 "" 2
# /work/main/build/src/arch/x86/include/asm/special_insns.h:36: 	asm volatile("mov %%cr2,%0\n\t" : "=r" (val) : __FORCE_ORDER);
# 36 "/work/main/build/src/arch/x86/include/asm/special_insns.h" 1
	mov %cr2,%rbx	# val
	
# 0 "" 2
#NO_APP
	movq	%rbx, 8(%rsp)	# val, %sfp
# /work/main/build/src/arch/x86/include/asm/special_insns.h:48: 	asm volatile("mov %%cr3,%0\n\t" : "=r" (val) : __FORCE_ORDER);
#APP
# 48 "/work/main/build/src/arch/x86/include/asm/special_insns.h" 1
	mov %cr3,%r12	# val
	
# 0 "" 2
# /work/main/build/src/arch/x86/include/asm/special_insns.h:72: 	asm volatile("mov %%cr4,%0\n\t" : "=r" (val) : __FORCE_ORDER);
# 72 "/work/main/build/src/arch/x86/include/asm/special_insns.h" 1
	mov %cr4,%rbx	# val
	
# 0 "" 2
# /work/main/build/src/arch/x86/kernel/process_64.c:117: 	printk("%sFS:  %016lx(%04x) GS:%016lx(%04x) knlGS:%016lx\n",
#NO_APP
	pushq	%rax	# shadowgs
	movq	%rsi, %rdx	# fs,
	movq	8(%rsp), %rsi	# %sfp,
	movl	%r11d, %ecx	# fsindex,
	movq	$.LC9, %rdi	#,
	call	_printk	#
# /work/main/build/src/arch/x86/kernel/process_64.c:119: 	printk("%sCS:  %04lx DS: %04x ES: %04x CR0: %016lx\n",
	movq	8(%rsp), %rsi	# %sfp,
	movq	%r15, %r9	# val,
	movl	%r14d, %r8d	# es,
	movq	136(%rbp), %rdx	# regs_30(D)->cs, regs_30(D)->cs
	movl	%r13d, %ecx	# ds,
	movq	$.LC10, %rdi	#,
# /work/main/build/src/arch/x86/include/asm/debugreg.h:36: 		asm("mov %%db3, %0" :"=r" (val));
#APP
# 36 "/work/main/build/src/arch/x86/include/asm/debugreg.h" 1
	mov %db3, %rbp	# val
# 0 "" 2
# /work/main/build/src/arch/x86/kernel/process_64.c:119: 	printk("%sCS:  %04lx DS: %04x ES: %04x CR0: %016lx\n",
#NO_APP
	call	_printk	#
# /work/main/build/src/arch/x86/kernel/process_64.c:121: 	printk("%sCR2: %016lx CR3: %016lx CR4: %016lx\n",
	movq	16(%rsp), %rdx	# %sfp,
	movq	%rbx, %r8	# val,
	movq	%r12, %rcx	# val,
	movq	8(%rsp), %rsi	# %sfp,
	movq	$.LC11, %rdi	#,
# /work/main/build/src/arch/x86/include/asm/debugreg.h:39: 		asm("mov %%db6, %0" :"=r" (val));
#APP
# 39 "/work/main/build/src/arch/x86/include/asm/debugreg.h" 1
	mov %db6, %r12	# val
# 0 "" 2
# /work/main/build/src/arch/x86/kernel/process_64.c:121: 	printk("%sCR2: %016lx CR3: %016lx CR4: %016lx\n",
#NO_APP
	call	_printk	#
# /work/main/build/src/arch/x86/include/asm/debugreg.h:27: 		asm("mov %%db0, %0" :"=r" (val));
#APP
# 27 "/work/main/build/src/arch/x86/include/asm/debugreg.h" 1
	mov %db0, %rdx	# val
# 0 "" 2
# /work/main/build/src/arch/x86/include/asm/debugreg.h:30: 		asm("mov %%db1, %0" :"=r" (val));
# 30 "/work/main/build/src/arch/x86/include/asm/debugreg.h" 1
	mov %db1, %rcx	# val
# 0 "" 2
# /work/main/build/src/arch/x86/include/asm/debugreg.h:33: 		asm("mov %%db2, %0" :"=r" (val));
# 33 "/work/main/build/src/arch/x86/include/asm/debugreg.h" 1
	mov %db2, %r8	# val
# 0 "" 2
# /work/main/build/src/arch/x86/include/asm/debugreg.h:55: 		asm volatile("mov %%db7, %0" : "=r" (val) : __FORCE_ORDER);
# 55 "/work/main/build/src/arch/x86/include/asm/debugreg.h" 1
	mov %db7, %r13	# val
# 0 "" 2
# /work/main/build/src/arch/x86/kernel/process_64.c:132: 	if (!((d0 == 0) && (d1 == 0) && (d2 == 0) && (d3 == 0) &&
#NO_APP
	movq	%rcx, %rax	# val, tmp164
# /work/main/build/src/arch/x86/kernel/process_64.c:132: 	if (!((d0 == 0) && (d1 == 0) && (d2 == 0) && (d3 == 0) &&
	popq	%r9	#
# /work/main/build/src/arch/x86/kernel/process_64.c:132: 	if (!((d0 == 0) && (d1 == 0) && (d2 == 0) && (d3 == 0) &&
	orq	%rdx, %rax	# val, tmp164
	orq	%r8, %rax	# val, tmp165
# /work/main/build/src/arch/x86/kernel/process_64.c:132: 	if (!((d0 == 0) && (d1 == 0) && (d2 == 0) && (d3 == 0) &&
	orq	%rbp, %rax	# val, tmp184
	jne	.L31	#,
# /work/main/build/src/arch/x86/kernel/process_64.c:132: 	if (!((d0 == 0) && (d1 == 0) && (d2 == 0) && (d3 == 0) &&
	movl	$4294905840, %eax	#, tmp168
	cmpq	%rax, %r12	# tmp168, val
	jne	.L31	#,
	cmpq	$1024, %r13	#, val
	je	.L32	#,
.L31:
# /work/main/build/src/arch/x86/kernel/process_64.c:134: 		printk("%sDR0: %016lx DR1: %016lx DR2: %016lx\n",
	movq	(%rsp), %rsi	# %sfp,
	movq	$.LC12, %rdi	#,
	call	_printk	#
# /work/main/build/src/arch/x86/kernel/process_64.c:136: 		printk("%sDR3: %016lx DR6: %016lx DR7: %016lx\n",
	movq	(%rsp), %rsi	# %sfp,
	movq	%r13, %r8	# val,
	movq	%r12, %rcx	# val,
	movq	%rbp, %rdx	# val,
	movq	$.LC13, %rdi	#,
	call	_printk	#
.L32:
# /work/main/build/src/arch/x86/kernel/process_64.c:140: 	if (cr4 & X86_CR4_PKE)
	btl	$22, %ebx	#, val
	jnc	.L25	#,
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
	jmp .L38	#
6651:
# ALT: replacement 2
6642:
	
6652:
.popsection
.pushsection .altinstr_aux,"ax"
6:
 testb $16,boot_cpu_data+104 (% rip)	#,
 jnz .L35	#
 jmp .L38	#
.popsection

# 0 "" 2
#NO_APP
.L35:
# /work/main/build/src/arch/x86/include/asm/special_insns.h:89: 	asm volatile(".byte 0x0f,0x01,0xee\n\t"
	xorl	%ecx, %ecx	# tmp175
#APP
# 89 "/work/main/build/src/arch/x86/include/asm/special_insns.h" 1
	.byte 0x0f,0x01,0xee
	
# 0 "" 2
#NO_APP
	movl	%eax, %edx	# pkru, pkru
# /work/main/build/src/arch/x86/include/asm/pkru.h:38: 		return rdpkru();
	jmp	.L36	#
.L38:
# /work/main/build/src/arch/x86/include/asm/pkru.h:39: 	return 0;
	xorl	%edx, %edx	# pkru
.L36:
# /work/main/build/src/arch/x86/kernel/process_64.c:141: 		printk("%sPKRU: %08x\n", log_lvl, read_pkru());
	movq	(%rsp), %rsi	# %sfp,
# /work/main/build/src/arch/x86/kernel/process_64.c:142: }
	addq	$16, %rsp	#,
# /work/main/build/src/arch/x86/kernel/process_64.c:141: 		printk("%sPKRU: %08x\n", log_lvl, read_pkru());
	movq	$.LC14, %rdi	#,
# /work/main/build/src/arch/x86/kernel/process_64.c:142: }
	popq	%rbx	#
	popq	%rbp	#
	popq	%r12	#
	popq	%r13	#
	popq	%r14	#
	popq	%r15	#
# /work/main/build/src/arch/x86/kernel/process_64.c:141: 		printk("%sPKRU: %08x\n", log_lvl, read_pkru());
	jmp	_printk	#
.L25:
# /work/main/build/src/arch/x86/kernel/process_64.c:142: }
	addq	$16, %rsp	#,
	popq	%rbx	#
	popq	%rbp	#
	popq	%r12	#
	popq	%r13	#
	popq	%r14	#
	popq	%r15	#
	ret	
	.size	__show_regs, .-__show_regs
	.globl	release_thread
	.type	release_thread, @function
release_thread:
# /work/main/build/src/arch/x86/kernel/process_64.c:146: 	WARN_ON(dead_task->mm);
	cmpq	$0, 768(%rdi)	#, dead_task_6(D)->mm
	je	.L46	#,
# /work/main/build/src/arch/x86/kernel/process_64.c:146: 	WARN_ON(dead_task->mm);
#APP
# 146 "/work/main/build/src/arch/x86/kernel/process_64.c" 1
	1:	.byte 0x0f, 0x0b
.pushsection __bug_table,"aw"
2:	.long 1b - .	# bug_entry::bug_addr
	.long .LC0 - .	# bug_entry::file	#
	.word 146	# bug_entry::line	#
	.word 2305	# bug_entry::flags	#
	.org 2b+12	#
.popsection
998:
	.pushsection .discard.reachable
	.long 998b - .
	.popsection
	
# 0 "" 2
#NO_APP
.L46:
# /work/main/build/src/arch/x86/kernel/process_64.c:147: }
	ret	
	.size	release_thread, .-release_thread
	.globl	current_save_fsgs
	.type	current_save_fsgs, @function
current_save_fsgs:
# /work/main/build/src/arch/x86/include/asm/irqflags.h:29: 	asm volatile("# __raw_save_flags\n\t"
#APP
# 29 "/work/main/build/src/arch/x86/include/asm/irqflags.h" 1
	# __raw_save_flags
	pushf ; pop %r8	# flags
# 0 "" 2
# /work/main/build/src/arch/x86/include/asm/irqflags.h:40: 	asm volatile("cli": : :"memory");
# 40 "/work/main/build/src/arch/x86/include/asm/irqflags.h" 1
	cli	
# 0 "" 2
# /work/main/build/src/arch/x86/kernel/process_64.c:251: 	savesegment(fs, task->thread.fsindex);
# 251 "/work/main/build/src/arch/x86/kernel/process_64.c" 1
	mov %fs,%ax	# tmp92
# 0 "" 2
# /work/main/build/src/arch/x86/include/asm/current.h:15: 	return this_cpu_read_stable(current_task);
# 15 "/work/main/build/src/arch/x86/include/asm/current.h" 1
	movq %gs:current_task, %rsi	#, pfo_val__
# 0 "" 2
# /work/main/build/src/arch/x86/kernel/process_64.c:251: 	savesegment(fs, task->thread.fsindex);
#NO_APP
	movw	%ax, 2084(%rsi)	# tmp92, _14->thread.fsindex
# /work/main/build/src/arch/x86/kernel/process_64.c:252: 	savesegment(gs, task->thread.gsindex);
#APP
# 252 "/work/main/build/src/arch/x86/kernel/process_64.c" 1
	mov %gs,%ax	# tmp93
# 0 "" 2
#NO_APP
	movw	%ax, 2086(%rsi)	# tmp93, _14->thread.gsindex
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
	jmp .L50	#
6651:
# ALT: replacement 2
6642:
	
6652:
.popsection
.pushsection .altinstr_aux,"ax"
6:
 testb $1,boot_cpu_data+76 (% rip)	#,
 jnz .L49	#
 jmp .L50	#
.popsection

# 0 "" 2
#NO_APP
.L49:
# /work/main/build/src/arch/x86/include/asm/fsgsbase.h:28: 	asm volatile("rdfsbase %0" : "=r" (fsbase) :: "memory");
#APP
# 28 "/work/main/build/src/arch/x86/include/asm/fsgsbase.h" 1
	rdfsbase %rax	# fsbase
# 0 "" 2
# /work/main/build/src/arch/x86/kernel/process_64.c:259: 		task->thread.fsbase = rdfsbase();
#NO_APP
	movq	%rax, 2088(%rsi)	# fsbase, _14->thread.fsbase
# /work/main/build/src/arch/x86/kernel/process_64.c:260: 		task->thread.gsbase = __rdgsbase_inactive();
	call	__rdgsbase_inactive	#
# /work/main/build/src/arch/x86/kernel/process_64.c:260: 		task->thread.gsbase = __rdgsbase_inactive();
	movq	%rax, 2096(%rsi)	# tmp98, _14->thread.gsbase
	jmp	.L52	#
.L50:
# /work/main/build/src/arch/x86/kernel/process_64.c:214: 	if (likely(selector == 0)) {
	cmpw	$0, 2084(%rsi)	#, _14->thread.fsindex
	je	.L53	#,
# /work/main/build/src/arch/x86/kernel/process_64.c:243: 			prev_p->thread.fsbase = 0;
	xorl	%edx, %edx	#
	movq	%rdx, 2088(%rsi)	#, _14->thread.fsbase
.L53:
# /work/main/build/src/arch/x86/kernel/process_64.c:214: 	if (likely(selector == 0)) {
	cmpw	$0, 2086(%rsi)	#, _14->thread.gsindex
	je	.L52	#,
# /work/main/build/src/arch/x86/kernel/process_64.c:245: 			prev_p->thread.gsbase = 0;
	xorl	%eax, %eax	#
	movq	%rax, 2096(%rsi)	#, _14->thread.gsbase
.L52:
# /work/main/build/src/arch/x86/include/asm/irqflags.h:137: 	if (!arch_irqs_disabled_flags(flags))
	btl	$9, %r8d	#, flags
	jnc	.L48	#,
# /work/main/build/src/arch/x86/include/asm/irqflags.h:45: 	asm volatile("sti": : :"memory");
#APP
# 45 "/work/main/build/src/arch/x86/include/asm/irqflags.h" 1
	sti	
# 0 "" 2
#NO_APP
.L48:
# /work/main/build/src/arch/x86/kernel/process_64.c:279: }
	ret	
	.size	current_save_fsgs, .-current_save_fsgs
	.globl	x86_fsgsbase_read_task
	.type	x86_fsgsbase_read_task, @function
x86_fsgsbase_read_task:
	pushq	%r12	#
	movq	%rdi, %r12	# tmp154, task
	pushq	%rbp	#
# /work/main/build/src/arch/x86/kernel/process_64.c:390: 	unsigned short idx = selector >> 3;
	movl	%esi, %ebp	# selector, idx
	shrw	$3, %bp	#, idx
# /work/main/build/src/arch/x86/kernel/process_64.c:393: 	if (likely((selector & SEGMENT_TI_MASK) == 0)) {
	andb	$4, %sil	#, selector
# /work/main/build/src/arch/x86/kernel/process_64.c:389: {
	pushq	%rbx	#
# /work/main/build/src/arch/x86/kernel/process_64.c:393: 	if (likely((selector & SEGMENT_TI_MASK) == 0)) {
	jne	.L59	#,
# /work/main/build/src/arch/x86/kernel/process_64.c:394: 		if (unlikely(idx >= GDT_ENTRIES))
	subl	$12, %ebp	#, tmp128
# /work/main/build/src/arch/x86/kernel/process_64.c:395: 			return 0;
	xorl	%ebx, %ebx	# <retval>
# /work/main/build/src/arch/x86/kernel/process_64.c:394: 		if (unlikely(idx >= GDT_ENTRIES))
	cmpw	$2, %bp	#, tmp128
	ja	.L58	#,
	movswq	%bp, %rbp	# tmp128, tmp130
	leaq	(%rdi,%rbp,8), %rax	#, _46
# /work/main/build/src/arch/x86/include/asm/desc.h:384: 	return (unsigned)(desc->base0 | ((desc->base1) << 16) | ((desc->base2) << 24));
	movzbl	2052(%rax), %ebx	# MEM <const unsigned char> [(const struct desc_struct *)_46 + 2052B], MEM <const unsigned char> [(const struct desc_struct *)_46 + 2052B]
# /work/main/build/src/arch/x86/include/asm/desc.h:384: 	return (unsigned)(desc->base0 | ((desc->base1) << 16) | ((desc->base2) << 24));
	movzbl	2055(%rax), %edx	# MEM <const unsigned char> [(const struct desc_struct *)_46 + 2055B], MEM <const unsigned char> [(const struct desc_struct *)_46 + 2055B]
# /work/main/build/src/arch/x86/include/asm/desc.h:384: 	return (unsigned)(desc->base0 | ((desc->base1) << 16) | ((desc->base2) << 24));
	movzwl	2050(%rax), %eax	# MEM <const u16> [(const struct desc_struct *)_46 + 2050B], MEM <const u16> [(const struct desc_struct *)_46 + 2050B]
# /work/main/build/src/arch/x86/include/asm/desc.h:384: 	return (unsigned)(desc->base0 | ((desc->base1) << 16) | ((desc->base2) << 24));
	sall	$16, %ebx	#, tmp133
# /work/main/build/src/arch/x86/include/asm/desc.h:384: 	return (unsigned)(desc->base0 | ((desc->base1) << 16) | ((desc->base2) << 24));
	sall	$24, %edx	#, tmp135
# /work/main/build/src/arch/x86/include/asm/desc.h:384: 	return (unsigned)(desc->base0 | ((desc->base1) << 16) | ((desc->base2) << 24));
	orl	%edx, %ebx	# tmp135, tmp136
# /work/main/build/src/arch/x86/include/asm/desc.h:384: 	return (unsigned)(desc->base0 | ((desc->base1) << 16) | ((desc->base2) << 24));
	orl	%eax, %ebx	# MEM <const u16> [(const struct desc_struct *)_46 + 2050B], <retval>
	jmp	.L58	#
.L59:
# /work/main/build/src/arch/x86/kernel/process_64.c:415: 		mutex_lock(&task->mm->context.lock);
	movq	768(%rdi), %rax	# task_34(D)->mm, tmp159
# /work/main/build/src/arch/x86/kernel/process_64.c:418: 			base = 0;
	xorl	%ebx, %ebx	# <retval>
# /work/main/build/src/arch/x86/kernel/process_64.c:415: 		mutex_lock(&task->mm->context.lock);
	leaq	840(%rax), %rdi	#, tmp139
	call	mutex_lock	#
# /work/main/build/src/arch/x86/kernel/process_64.c:416: 		ldt = task->mm->context.ldt;
	movq	768(%r12), %rdi	# task_34(D)->mm, _14
# /work/main/build/src/arch/x86/kernel/process_64.c:416: 		ldt = task->mm->context.ldt;
	movq	824(%rdi), %rax	# _14->D.16982.context.ldt, ldt
# /work/main/build/src/arch/x86/kernel/process_64.c:417: 		if (unlikely(!ldt || idx >= ldt->nr_entries))
	testq	%rax, %rax	# ldt
	je	.L61	#,
# /work/main/build/src/arch/x86/kernel/process_64.c:417: 		if (unlikely(!ldt || idx >= ldt->nr_entries))
	movzwl	%bp, %edx	# idx, idx
# /work/main/build/src/arch/x86/kernel/process_64.c:417: 		if (unlikely(!ldt || idx >= ldt->nr_entries))
	cmpl	8(%rax), %edx	# ldt_36->nr_entries, idx
	jnb	.L61	#,
# /work/main/build/src/arch/x86/kernel/process_64.c:420: 			base = get_desc_base(ldt->entries + idx);
	movq	(%rax), %rax	# ldt_36->entries, ldt_36->entries
	movzwl	%bp, %ebp	# idx, idx
	leaq	(%rax,%rbp,8), %rax	#, _26
# /work/main/build/src/arch/x86/include/asm/desc.h:384: 	return (unsigned)(desc->base0 | ((desc->base1) << 16) | ((desc->base2) << 24));
	movzbl	4(%rax), %ebx	# MEM[(const struct desc_struct *)_26].base1, MEM[(const struct desc_struct *)_26].base1
# /work/main/build/src/arch/x86/include/asm/desc.h:384: 	return (unsigned)(desc->base0 | ((desc->base1) << 16) | ((desc->base2) << 24));
	movzbl	7(%rax), %edx	# MEM[(const struct desc_struct *)_26].base2, MEM[(const struct desc_struct *)_26].base2
# /work/main/build/src/arch/x86/include/asm/desc.h:384: 	return (unsigned)(desc->base0 | ((desc->base1) << 16) | ((desc->base2) << 24));
	movzwl	2(%rax), %eax	# MEM[(const struct desc_struct *)_26].base0, MEM[(const struct desc_struct *)_26].base0
# /work/main/build/src/arch/x86/include/asm/desc.h:384: 	return (unsigned)(desc->base0 | ((desc->base1) << 16) | ((desc->base2) << 24));
	sall	$16, %ebx	#, tmp146
# /work/main/build/src/arch/x86/include/asm/desc.h:384: 	return (unsigned)(desc->base0 | ((desc->base1) << 16) | ((desc->base2) << 24));
	sall	$24, %edx	#, tmp148
# /work/main/build/src/arch/x86/include/asm/desc.h:384: 	return (unsigned)(desc->base0 | ((desc->base1) << 16) | ((desc->base2) << 24));
	orl	%edx, %ebx	# tmp148, tmp149
# /work/main/build/src/arch/x86/include/asm/desc.h:384: 	return (unsigned)(desc->base0 | ((desc->base1) << 16) | ((desc->base2) << 24));
	orl	%eax, %ebx	# MEM[(const struct desc_struct *)_26].base0, <retval>
.L61:
# /work/main/build/src/arch/x86/kernel/process_64.c:421: 		mutex_unlock(&task->mm->context.lock);
	addq	$840, %rdi	#, tmp152
	call	mutex_unlock	#
.L58:
# /work/main/build/src/arch/x86/kernel/process_64.c:428: }
	movq	%rbx, %rax	# <retval>,
	popq	%rbx	#
	popq	%rbp	#
	popq	%r12	#
	ret	
	.size	x86_fsgsbase_read_task, .-x86_fsgsbase_read_task
	.globl	x86_gsbase_read_cpu_inactive
	.type	x86_gsbase_read_cpu_inactive, @function
x86_gsbase_read_cpu_inactive:
# /work/main/build/src/arch/x86/include/asm/bitops.h:207: 		(addr[nr >> _BITOPS_LONG_SHIFT])) != 0;
	movq	boot_cpu_data+72(%rip), %rax	# MEM[(const volatile long unsigned int *)&boot_cpu_data + 72B], _8
# /work/main/build/src/arch/x86/kernel/process_64.c:434: 	if (boot_cpu_has(X86_FEATURE_FSGSBASE)) {
	btq	$32, %rax	#, _8
	jnc	.L67	#,
# /work/main/build/src/arch/x86/include/asm/irqflags.h:29: 	asm volatile("# __raw_save_flags\n\t"
#APP
# 29 "/work/main/build/src/arch/x86/include/asm/irqflags.h" 1
	# __raw_save_flags
	pushf ; pop %rsi	# flags
# 0 "" 2
# /work/main/build/src/arch/x86/include/asm/irqflags.h:40: 	asm volatile("cli": : :"memory");
# 40 "/work/main/build/src/arch/x86/include/asm/irqflags.h" 1
	cli	
# 0 "" 2
# /work/main/build/src/arch/x86/kernel/process_64.c:438: 		gsbase = __rdgsbase_inactive();
#NO_APP
	call	__rdgsbase_inactive	#
# /work/main/build/src/arch/x86/include/asm/irqflags.h:137: 	if (!arch_irqs_disabled_flags(flags))
	btl	$9, %esi	#, flags
	jnc	.L66	#,
# /work/main/build/src/arch/x86/include/asm/irqflags.h:45: 	asm volatile("sti": : :"memory");
#APP
# 45 "/work/main/build/src/arch/x86/include/asm/irqflags.h" 1
	sti	
# 0 "" 2
# /work/main/build/src/arch/x86/include/asm/irqflags.h:81: }
#NO_APP
	ret	
.L67:
# /work/main/build/src/arch/x86/kernel/process_64.c:441: 		rdmsrl(MSR_KERNEL_GS_BASE, gsbase);
	movl	$-1073741566, %edi	#,
	jmp	native_read_msr	#
.L66:
# /work/main/build/src/arch/x86/kernel/process_64.c:445: }
	ret	
	.size	x86_gsbase_read_cpu_inactive, .-x86_gsbase_read_cpu_inactive
	.globl	x86_gsbase_write_cpu_inactive
	.type	x86_gsbase_write_cpu_inactive, @function
x86_gsbase_write_cpu_inactive:
# /work/main/build/src/arch/x86/include/asm/bitops.h:207: 		(addr[nr >> _BITOPS_LONG_SHIFT])) != 0;
	movq	boot_cpu_data+72(%rip), %rax	# MEM[(const volatile long unsigned int *)&boot_cpu_data + 72B], _6
# /work/main/build/src/arch/x86/kernel/process_64.c:449: 	if (boot_cpu_has(X86_FEATURE_FSGSBASE)) {
	btq	$32, %rax	#, _6
	jnc	.L74	#,
# /work/main/build/src/arch/x86/include/asm/irqflags.h:29: 	asm volatile("# __raw_save_flags\n\t"
#APP
# 29 "/work/main/build/src/arch/x86/include/asm/irqflags.h" 1
	# __raw_save_flags
	pushf ; pop %r8	# flags
# 0 "" 2
# /work/main/build/src/arch/x86/include/asm/irqflags.h:40: 	asm volatile("cli": : :"memory");
# 40 "/work/main/build/src/arch/x86/include/asm/irqflags.h" 1
	cli	
# 0 "" 2
# /work/main/build/src/arch/x86/kernel/process_64.c:453: 		__wrgsbase_inactive(gsbase);
#NO_APP
	call	__wrgsbase_inactive	#
# /work/main/build/src/arch/x86/include/asm/irqflags.h:137: 	if (!arch_irqs_disabled_flags(flags))
	btl	$9, %r8d	#, flags
	jnc	.L73	#,
# /work/main/build/src/arch/x86/include/asm/irqflags.h:45: 	asm volatile("sti": : :"memory");
#APP
# 45 "/work/main/build/src/arch/x86/include/asm/irqflags.h" 1
	sti	
# 0 "" 2
# /work/main/build/src/arch/x86/include/asm/irqflags.h:81: }
#NO_APP
	ret	
.L74:
# /work/main/build/src/arch/x86/kernel/process_64.c:456: 		wrmsrl(MSR_KERNEL_GS_BASE, gsbase);
	movq	%rdi, %rsi	# gsbase,
	movl	$-1073741566, %edi	#,
	jmp	wrmsrl	#
.L73:
# /work/main/build/src/arch/x86/kernel/process_64.c:458: }
	ret	
	.size	x86_gsbase_write_cpu_inactive, .-x86_gsbase_write_cpu_inactive
	.globl	x86_fsbase_read_task
	.type	x86_fsbase_read_task, @function
x86_fsbase_read_task:
# /work/main/build/src/arch/x86/include/asm/current.h:15: 	return this_cpu_read_stable(current_task);
#APP
# 15 "/work/main/build/src/arch/x86/include/asm/current.h" 1
	movq %gs:current_task, %rax	#, pfo_val__
# 0 "" 2
# /work/main/build/src/arch/x86/kernel/process_64.c:464: 	if (task == current)
#NO_APP
	cmpq	%rax, %rdi	# pfo_val__, task
# /work/main/build/src/arch/x86/include/asm/bitops.h:207: 		(addr[nr >> _BITOPS_LONG_SHIFT])) != 0;
	movq	boot_cpu_data+72(%rip), %rax	#, _17
# /work/main/build/src/arch/x86/kernel/process_64.c:464: 	if (task == current)
	jne	.L80	#,
# /work/main/build/src/arch/x86/include/asm/fsgsbase.h:60: 	if (boot_cpu_has(X86_FEATURE_FSGSBASE))
	btq	$32, %rax	#, _17
	jnc	.L81	#,
# /work/main/build/src/arch/x86/include/asm/fsgsbase.h:28: 	asm volatile("rdfsbase %0" : "=r" (fsbase) :: "memory");
#APP
# 28 "/work/main/build/src/arch/x86/include/asm/fsgsbase.h" 1
	rdfsbase %rax	# fsbase
# 0 "" 2
#NO_APP
	ret	
.L81:
# /work/main/build/src/arch/x86/include/asm/fsgsbase.h:63: 		rdmsrl(MSR_FS_BASE, fsbase);
	movl	$-1073741568, %edi	#,
	jmp	native_read_msr	#
.L80:
# /work/main/build/src/arch/x86/kernel/process_64.c:466: 	else if (boot_cpu_has(X86_FEATURE_FSGSBASE) ||
	btq	$32, %rax	#, _14
	jc	.L83	#,
# /work/main/build/src/arch/x86/kernel/process_64.c:467: 		 (task->thread.fsindex == 0))
	movzwl	2084(%rdi), %esi	# task_7(D)->thread.fsindex,
# /work/main/build/src/arch/x86/kernel/process_64.c:466: 	else if (boot_cpu_has(X86_FEATURE_FSGSBASE) ||
	testw	%si, %si	# _1
	jne	.L84	#,
.L83:
# /work/main/build/src/arch/x86/kernel/process_64.c:468: 		fsbase = task->thread.fsbase;
	movq	2088(%rdi), %rax	# task_7(D)->thread.fsbase, <retval>
# /work/main/build/src/arch/x86/kernel/process_64.c:473: }
	ret	
.L84:
# /work/main/build/src/arch/x86/kernel/process_64.c:470: 		fsbase = x86_fsgsbase_read_task(task, task->thread.fsindex);
	jmp	x86_fsgsbase_read_task	#
	.size	x86_fsbase_read_task, .-x86_fsbase_read_task
	.globl	x86_gsbase_read_task
	.type	x86_gsbase_read_task, @function
x86_gsbase_read_task:
# /work/main/build/src/arch/x86/include/asm/current.h:15: 	return this_cpu_read_stable(current_task);
#APP
# 15 "/work/main/build/src/arch/x86/include/asm/current.h" 1
	movq %gs:current_task, %rax	#, pfo_val__
# 0 "" 2
# /work/main/build/src/arch/x86/kernel/process_64.c:479: 	if (task == current)
#NO_APP
	cmpq	%rax, %rdi	# pfo_val__, task
	jne	.L86	#,
# /work/main/build/src/arch/x86/kernel/process_64.c:480: 		gsbase = x86_gsbase_read_cpu_inactive();
	jmp	x86_gsbase_read_cpu_inactive	#
.L86:
# /work/main/build/src/arch/x86/include/asm/bitops.h:207: 		(addr[nr >> _BITOPS_LONG_SHIFT])) != 0;
	movq	boot_cpu_data+72(%rip), %rax	# MEM[(const volatile long unsigned int *)&boot_cpu_data + 72B], _14
# /work/main/build/src/arch/x86/kernel/process_64.c:481: 	else if (boot_cpu_has(X86_FEATURE_FSGSBASE) ||
	btq	$32, %rax	#, _14
	jc	.L87	#,
# /work/main/build/src/arch/x86/kernel/process_64.c:482: 		 (task->thread.gsindex == 0))
	movzwl	2086(%rdi), %esi	# task_7(D)->thread.gsindex,
# /work/main/build/src/arch/x86/kernel/process_64.c:481: 	else if (boot_cpu_has(X86_FEATURE_FSGSBASE) ||
	testw	%si, %si	# _1
	je	.L87	#,
# /work/main/build/src/arch/x86/kernel/process_64.c:485: 		gsbase = x86_fsgsbase_read_task(task, task->thread.gsindex);
	jmp	x86_fsgsbase_read_task	#
.L87:
# /work/main/build/src/arch/x86/kernel/process_64.c:483: 		gsbase = task->thread.gsbase;
	movq	2096(%rdi), %rax	# task_7(D)->thread.gsbase, <retval>
# /work/main/build/src/arch/x86/kernel/process_64.c:488: }
	ret	
	.size	x86_gsbase_read_task, .-x86_gsbase_read_task
	.globl	x86_fsbase_write_task
	.type	x86_fsbase_write_task, @function
x86_fsbase_write_task:
# /work/main/build/src/arch/x86/include/asm/current.h:15: 	return this_cpu_read_stable(current_task);
#APP
# 15 "/work/main/build/src/arch/x86/include/asm/current.h" 1
	movq %gs:current_task, %rax	#, pfo_val__
# 0 "" 2
# /work/main/build/src/arch/x86/kernel/process_64.c:492: 	WARN_ON_ONCE(task == current);
#NO_APP
	cmpq	%rax, %rdi	# pfo_val__, task
	jne	.L92	#,
# /work/main/build/src/arch/x86/kernel/process_64.c:492: 	WARN_ON_ONCE(task == current);
#APP
# 492 "/work/main/build/src/arch/x86/kernel/process_64.c" 1
	1:	.byte 0x0f, 0x0b
.pushsection __bug_table,"aw"
2:	.long 1b - .	# bug_entry::bug_addr
	.long .LC0 - .	# bug_entry::file	#
	.word 492	# bug_entry::line	#
	.word 2307	# bug_entry::flags	#
	.org 2b+12	#
.popsection
998:
	.pushsection .discard.reachable
	.long 998b - .
	.popsection
	
# 0 "" 2
#NO_APP
.L92:
# /work/main/build/src/arch/x86/kernel/process_64.c:494: 	task->thread.fsbase = fsbase;
	movq	%rsi, 2088(%rdi)	# fsbase, task_6(D)->thread.fsbase
# /work/main/build/src/arch/x86/kernel/process_64.c:495: }
	ret	
	.size	x86_fsbase_write_task, .-x86_fsbase_write_task
	.globl	x86_gsbase_write_task
	.type	x86_gsbase_write_task, @function
x86_gsbase_write_task:
# /work/main/build/src/arch/x86/include/asm/current.h:15: 	return this_cpu_read_stable(current_task);
#APP
# 15 "/work/main/build/src/arch/x86/include/asm/current.h" 1
	movq %gs:current_task, %rax	#, pfo_val__
# 0 "" 2
# /work/main/build/src/arch/x86/kernel/process_64.c:499: 	WARN_ON_ONCE(task == current);
#NO_APP
	cmpq	%rax, %rdi	# pfo_val__, task
	jne	.L94	#,
# /work/main/build/src/arch/x86/kernel/process_64.c:499: 	WARN_ON_ONCE(task == current);
#APP
# 499 "/work/main/build/src/arch/x86/kernel/process_64.c" 1
	1:	.byte 0x0f, 0x0b
.pushsection __bug_table,"aw"
2:	.long 1b - .	# bug_entry::bug_addr
	.long .LC0 - .	# bug_entry::file	#
	.word 499	# bug_entry::line	#
	.word 2307	# bug_entry::flags	#
	.org 2b+12	#
.popsection
998:
	.pushsection .discard.reachable
	.long 998b - .
	.popsection
	
# 0 "" 2
#NO_APP
.L94:
# /work/main/build/src/arch/x86/kernel/process_64.c:501: 	task->thread.gsbase = gsbase;
	movq	%rsi, 2096(%rdi)	# gsbase, task_6(D)->thread.gsbase
# /work/main/build/src/arch/x86/kernel/process_64.c:502: }
	ret	
	.size	x86_gsbase_write_task, .-x86_gsbase_write_task
	.globl	start_thread
	.type	start_thread, @function
start_thread:
# /work/main/build/src/arch/x86/kernel/process_64.c:532: 	start_thread_common(regs, new_ip, new_sp,
	xorl	%r8d, %r8d	#
	movl	$51, %ecx	#,
	jmp	start_thread_common.constprop.0	#
	.size	start_thread, .-start_thread
	.globl	compat_start_thread
	.type	compat_start_thread, @function
compat_start_thread:
# /work/main/build/src/arch/x86/kernel/process_64.c:540: 	start_thread_common(regs, new_ip, new_sp,
	cmpb	$1, %cl	#, x32
	movl	%edx, %edx	# tmp96, new_sp
	movl	%esi, %esi	# tmp95, new_ip
	movl	$43, %r8d	#,
	sbbl	%ecx, %ecx	# iftmp.4_3
	andl	$-16, %ecx	#, iftmp.4_3
	addl	$51, %ecx	#, iftmp.4_3
	jmp	start_thread_common.constprop.0	#
	.size	compat_start_thread, .-compat_start_thread
	.globl	__switch_to
	.type	__switch_to, @function
__switch_to:
	pushq	%r13	#
# /work/main/build/src/arch/x86/include/asm/current.h:15: 	return this_cpu_read_stable(current_task);
#APP
# 15 "/work/main/build/src/arch/x86/include/asm/current.h" 1
	movq %gs:current_task, %rax	#, pfo_val__
# 0 "" 2
# /work/main/build/src/arch/x86/kernel/process_64.c:559: {
#NO_APP
	pushq	%r12	#
# /work/main/build/src/arch/x86/kernel/process_64.c:560: 	struct thread_struct *prev = &prev_p->thread;
	leaq	2048(%rdi), %r12	#, prev
# /work/main/build/src/arch/x86/kernel/process_64.c:559: {
	pushq	%rbp	#
	movq	%rsi, %rbp	# tmp235, next_p
	pushq	%rbx	#
# /work/main/build/src/arch/x86/include/asm/bitops.h:207: 		(addr[nr >> _BITOPS_LONG_SHIFT])) != 0;
	movq	(%rax), %rdx	# MEM[(const volatile long unsigned int *)_41], _179
# /work/main/build/src/arch/x86/kernel/process_64.c:559: {
	movq	%rdi, %rbx	# tmp234, prev_p
# /work/main/build/src/arch/x86/kernel/process_64.c:563: 	int cpu = smp_processor_id();
#APP
# 563 "/work/main/build/src/arch/x86/kernel/process_64.c" 1
	movl %gs:cpu_number(%rip), %r13d	# cpu_number, pfo_val__
# 0 "" 2
# /work/main/build/src/arch/x86/kernel/process_64.c:568: 	if (!test_thread_flag(TIF_NEED_FPU_LOAD))
#NO_APP
	btl	$14, %edx	#, _179
	jc	.L100	#,
# /work/main/build/src/arch/x86/include/asm/fpu/sched.h:41: 	if (cpu_feature_enabled(X86_FEATURE_FPU) &&
	testl	$2097168, 44(%rax)	#, _190->flags
	jne	.L100	#,
# /work/main/build/src/arch/x86/kernel/process_64.c:562: 	struct fpu *prev_fpu = &prev->fpu;
	leaq	2240(%rdi), %rdi	#, prev_fpu
# /work/main/build/src/arch/x86/include/asm/fpu/sched.h:43: 		save_fpregs_to_fpstate(old_fpu);
	call	save_fpregs_to_fpstate	#
# /work/main/build/src/arch/x86/include/asm/fpu/sched.h:52: 		old_fpu->last_cpu = cpu;
	movl	%r13d, 2240(%rbx)	# pfo_val__, MEM[(struct fpu *)prev_p_25(D) + 2240B].last_cpu
.L100:
# /work/main/build/src/arch/x86/kernel/process_64.c:251: 	savesegment(fs, task->thread.fsindex);
#APP
# 251 "/work/main/build/src/arch/x86/kernel/process_64.c" 1
	mov %fs,%ax	# tmp176
# 0 "" 2
#NO_APP
	movw	%ax, 2084(%rbx)	# tmp176, prev_p_25(D)->thread.fsindex
# /work/main/build/src/arch/x86/kernel/process_64.c:252: 	savesegment(gs, task->thread.gsindex);
#APP
# 252 "/work/main/build/src/arch/x86/kernel/process_64.c" 1
	mov %gs,%ax	# tmp177
# 0 "" 2
#NO_APP
	movw	%ax, 2086(%rbx)	# tmp177, prev_p_25(D)->thread.gsindex
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
	jmp .L102	#
6651:
# ALT: replacement 2
6642:
	
6652:
.popsection
.pushsection .altinstr_aux,"ax"
6:
 testb $1,boot_cpu_data+76 (% rip)	#,
 jnz .L101	#
 jmp .L102	#
.popsection

# 0 "" 2
#NO_APP
.L101:
# /work/main/build/src/arch/x86/include/asm/fsgsbase.h:28: 	asm volatile("rdfsbase %0" : "=r" (fsbase) :: "memory");
#APP
# 28 "/work/main/build/src/arch/x86/include/asm/fsgsbase.h" 1
	rdfsbase %rax	# fsbase
# 0 "" 2
# /work/main/build/src/arch/x86/kernel/process_64.c:259: 		task->thread.fsbase = rdfsbase();
#NO_APP
	movq	%rax, 2088(%rbx)	# fsbase, prev_p_25(D)->thread.fsbase
# /work/main/build/src/arch/x86/kernel/process_64.c:260: 		task->thread.gsbase = __rdgsbase_inactive();
	call	__rdgsbase_inactive	#
# /work/main/build/src/arch/x86/kernel/process_64.c:260: 		task->thread.gsbase = __rdgsbase_inactive();
	movq	%rax, 2096(%rbx)	# tmp236, prev_p_25(D)->thread.gsbase
	jmp	.L104	#
.L102:
# /work/main/build/src/arch/x86/kernel/process_64.c:214: 	if (likely(selector == 0)) {
	cmpw	$0, 2084(%rbx)	#, prev_p_25(D)->thread.fsindex
	je	.L105	#,
# /work/main/build/src/arch/x86/kernel/process_64.c:243: 			prev_p->thread.fsbase = 0;
	xorl	%edx, %edx	#
	movq	%rdx, 2088(%rbx)	#, prev_p_25(D)->thread.fsbase
.L105:
# /work/main/build/src/arch/x86/kernel/process_64.c:214: 	if (likely(selector == 0)) {
	cmpw	$0, 2086(%rbx)	#, prev_p_25(D)->thread.gsindex
	je	.L104	#,
# /work/main/build/src/arch/x86/kernel/process_64.c:245: 			prev_p->thread.gsbase = 0;
	xorl	%eax, %eax	#
	movq	%rax, 2096(%rbx)	#, prev_p_25(D)->thread.gsbase
.L104:
# /work/main/build/src/arch/x86/include/asm/desc.h:298: 		gdt[GDT_ENTRY_TLS_MIN + i] = t->tls_array[i];
	movq	2048(%rbp), %rdx	# MEM[(struct thread_struct *)next_p_20(D) + 2048B].tls_array[0], MEM[(struct thread_struct *)next_p_20(D) + 2048B].tls_array[0]
# /work/main/build/src/arch/x86/include/asm/desc.h:53: 	return per_cpu(gdt_page, cpu).gdt;
	movl	%r13d, %r13d	# pfo_val__, pfo_val__
	movq	$gdt_page, %rax	#, __ptr
	addq	__per_cpu_offset(,%r13,8), %rax	# __per_cpu_offset[pfo_val___17], _204
# /work/main/build/src/arch/x86/include/asm/desc.h:298: 		gdt[GDT_ENTRY_TLS_MIN + i] = t->tls_array[i];
	movq	%rdx, 96(%rax)	# MEM[(struct thread_struct *)next_p_20(D) + 2048B].tls_array[0], MEM[(struct desc_struct *)_204 + 96B]
	movq	2056(%rbp), %rdx	# MEM[(struct thread_struct *)next_p_20(D) + 2048B].tls_array[1], MEM[(struct thread_struct *)next_p_20(D) + 2048B].tls_array[1]
	movq	%rdx, 104(%rax)	# MEM[(struct thread_struct *)next_p_20(D) + 2048B].tls_array[1], MEM[(struct desc_struct *)_204 + 104B]
	movq	2064(%rbp), %rdx	# MEM[(struct thread_struct *)next_p_20(D) + 2048B].tls_array[2], MEM[(struct thread_struct *)next_p_20(D) + 2048B].tls_array[2]
	movq	%rdx, 112(%rax)	# MEM[(struct thread_struct *)next_p_20(D) + 2048B].tls_array[2], MEM[(struct desc_struct *)_204 + 112B]
# /work/main/build/src/arch/x86/kernel/process_64.c:605: 	savesegment(es, prev->es);
#APP
# 605 "/work/main/build/src/arch/x86/kernel/process_64.c" 1
	mov %es,%ax	# tmp187
# 0 "" 2
#NO_APP
	movw	%ax, 32(%r12)	# tmp187, prev_26->es
# /work/main/build/src/arch/x86/kernel/process_64.c:606: 	if (unlikely(next->es | prev->es))
	movl	2080(%rbp), %eax	# MEM[(struct thread_struct *)next_p_20(D) + 2048B].es, __val
# /work/main/build/src/arch/x86/kernel/process_64.c:606: 	if (unlikely(next->es | prev->es))
	movl	%eax, %ecx	# __val, tmp239
	orw	2080(%rbx), %cx	# MEM[(struct thread_struct *)prev_p_25(D) + 2048B].es, tmp239
	je	.L106	#,
# /work/main/build/src/arch/x86/kernel/process_64.c:607: 		loadsegment(es, next->es);
#APP
# 607 "/work/main/build/src/arch/x86/kernel/process_64.c" 1
							
1:	movl %eax,%es			# __val
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
#NO_APP
.L106:
# /work/main/build/src/arch/x86/kernel/process_64.c:609: 	savesegment(ds, prev->ds);
#APP
# 609 "/work/main/build/src/arch/x86/kernel/process_64.c" 1
	mov %ds,%ax	# tmp190
# 0 "" 2
#NO_APP
	movw	%ax, 34(%r12)	# tmp190, prev_26->ds
# /work/main/build/src/arch/x86/kernel/process_64.c:610: 	if (unlikely(next->ds | prev->ds))
	movw	2082(%rbp), %ax	# MEM[(struct thread_struct *)next_p_20(D) + 2048B].ds, __val
# /work/main/build/src/arch/x86/kernel/process_64.c:610: 	if (unlikely(next->ds | prev->ds))
	movl	%eax, %ecx	# __val, tmp240
	orw	2082(%rbx), %cx	# MEM[(struct thread_struct *)prev_p_25(D) + 2048B].ds, tmp240
	je	.L107	#,
# /work/main/build/src/arch/x86/kernel/process_64.c:611: 		loadsegment(ds, next->ds);
#APP
# 611 "/work/main/build/src/arch/x86/kernel/process_64.c" 1
							
1:	movl %eax,%ds			# __val
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
#NO_APP
.L107:
	movzwl	2084(%rbp), %edi	# MEM[(struct thread_struct *)next_p_20(D) + 2048B].fsindex,
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
	jmp .L109	#
6651:
# ALT: replacement 2
6642:
	
6652:
.popsection
.pushsection .altinstr_aux,"ax"
6:
 testb $1,boot_cpu_data+76 (% rip)	#,
 jnz .L108	#
 jmp .L109	#
.popsection

# 0 "" 2
#NO_APP
.L108:
# /work/main/build/src/arch/x86/kernel/process_64.c:371: 		if (unlikely(prev->fsindex || next->fsindex))
	movl	%edi, %eax	# _69, tmp241
	orw	2084(%rbx), %ax	# MEM[(struct thread_struct *)prev_p_25(D) + 2048B].fsindex, tmp241
	je	.L112	#,
# /work/main/build/src/arch/x86/kernel/process_64.c:288: 		loadsegment(fs, sel);
	call	__loadsegment_fs	#
	jmp	.L112	#
.L109:
# /work/main/build/src/arch/x86/kernel/process_64.c:380: 		load_seg_legacy(prev->fsindex, prev->fsbase,
	movq	2088(%rbp), %rsi	# MEM[(struct thread_struct *)next_p_20(D) + 2048B].fsbase, _68
	movq	2088(%rbx), %rcx	# MEM[(struct thread_struct *)prev_p_25(D) + 2048B].fsbase, _71
	movzwl	%di, %eax	# _69, _70
# /work/main/build/src/arch/x86/kernel/process_64.c:380: 		load_seg_legacy(prev->fsindex, prev->fsbase,
	movl	2084(%rbx), %edx	# MEM[(struct thread_struct *)prev_p_25(D) + 2048B].fsindex, _72
# /work/main/build/src/arch/x86/kernel/process_64.c:299: 	if (likely(next_index <= 3)) {
	cmpw	$3, %di	#, _69
	jbe	.L113	#,
	jmp	.L157	#
.L112:
# /work/main/build/src/arch/x86/kernel/process_64.c:373: 		if (unlikely(prev->gsindex || next->gsindex))
	movzwl	2086(%rbp), %edi	# MEM[(struct thread_struct *)next_p_20(D) + 2048B].gsindex,
# /work/main/build/src/arch/x86/kernel/process_64.c:373: 		if (unlikely(prev->gsindex || next->gsindex))
	movl	%edi, %eax	# pretmp_55, tmp242
	orw	2086(%rbx), %ax	# MEM[(struct thread_struct *)prev_p_25(D) + 2048B].gsindex, tmp242
	je	.L115	#,
# /work/main/build/src/arch/x86/include/asm/special_insns.h:191: 	native_load_gs_index(selector);
	call	native_load_gs_index	#
.L115:
# /work/main/build/src/arch/x86/include/asm/fsgsbase.h:44: 	asm volatile("wrfsbase %0" :: "r" (fsbase) : "memory");
	movq	2088(%rbp), %rax	# MEM[(struct thread_struct *)next_p_20(D) + 2048B].fsbase, MEM[(struct thread_struct *)next_p_20(D) + 2048B].fsbase
#APP
# 44 "/work/main/build/src/arch/x86/include/asm/fsgsbase.h" 1
	wrfsbase %rax	# MEM[(struct thread_struct *)next_p_20(D) + 2048B].fsbase
# 0 "" 2
# /work/main/build/src/arch/x86/kernel/process_64.c:378: 		__wrgsbase_inactive(next->gsbase);
#NO_APP
	movq	2096(%rbp), %rdi	# MEM[(struct thread_struct *)next_p_20(D) + 2048B].gsbase, MEM[(struct thread_struct *)next_p_20(D) + 2048B].gsbase
	call	__wrgsbase_inactive	#
	jmp	.L116	#
.L113:
# /work/main/build/src/arch/x86/kernel/process_64.c:304: 		if (next_base == 0) {
	testq	%rsi, %rsi	# _68
	jne	.L117	#,
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
 .word 714	#
 .byte 663b-661b
 .byte 6652f-6642f
.popsection
.pushsection .altinstr_replacement, "ax"
# ALT: replacement 1
6641:
	jmp .L119	#
6651:
# ALT: replacement 2
6642:
	
6652:
.popsection
.pushsection .altinstr_aux,"ax"
6:
 testb $4,boot_cpu_data+129 (% rip)	#,
 jnz .L120	#
 jmp .L119	#
.popsection

# 0 "" 2
#NO_APP
.L120:
# /work/main/build/src/arch/x86/kernel/process_64.c:288: 		loadsegment(fs, sel);
	movl	$43, %edi	#,
	call	__loadsegment_fs	#
	jmp	.L157	#
.L119:
# /work/main/build/src/arch/x86/kernel/process_64.c:325: 				if (likely(prev_index | next_index | prev_base))
	orl	%edx, %edi	# _72, tmp199
	movzwl	%di, %edi	# tmp199, tmp200
# /work/main/build/src/arch/x86/kernel/process_64.c:325: 				if (likely(prev_index | next_index | prev_base))
	orq	%rcx, %rdi	# _71, tmp243
	jne	.L157	#,
	jmp	.L122	#
.L117:
# /work/main/build/src/arch/x86/kernel/process_64.c:329: 			if (prev_index != next_index)
	cmpw	%dx, %di	# _72, _69
	je	.L123	#,
# /work/main/build/src/arch/x86/kernel/process_64.c:288: 		loadsegment(fs, sel);
	movl	%eax, %edi	# _70,
	call	__loadsegment_fs	#
.L123:
# /work/main/build/src/arch/x86/kernel/process_64.c:331: 			wrmsrl(which == FS ? MSR_FS_BASE : MSR_KERNEL_GS_BASE,
	movl	$-1073741568, %edi	#,
	call	wrmsrl	#
	jmp	.L122	#
.L157:
# /work/main/build/src/arch/x86/kernel/process_64.c:288: 		loadsegment(fs, sel);
	movl	%eax, %edi	# _70,
	call	__loadsegment_fs	#
.L122:
# /work/main/build/src/arch/x86/kernel/process_64.c:383: 				next->gsindex, next->gsbase, GS);
	movw	2086(%rbp), %r12w	# MEM[(struct thread_struct *)next_p_20(D) + 2048B].gsindex, _101
# /work/main/build/src/arch/x86/kernel/process_64.c:382: 		load_seg_legacy(prev->gsindex, prev->gsbase,
	movq	2096(%rbp), %r13	# MEM[(struct thread_struct *)next_p_20(D) + 2048B].gsbase, _100
	movq	2096(%rbx), %rdx	# MEM[(struct thread_struct *)prev_p_25(D) + 2048B].gsbase, _102
# /work/main/build/src/arch/x86/kernel/process_64.c:382: 		load_seg_legacy(prev->gsindex, prev->gsbase,
	movw	2086(%rbx), %ax	# MEM[(struct thread_struct *)prev_p_25(D) + 2048B].gsindex, _103
# /work/main/build/src/arch/x86/kernel/process_64.c:299: 	if (likely(next_index <= 3)) {
	cmpw	$3, %r12w	#, _101
	ja	.L124	#,
# /work/main/build/src/arch/x86/kernel/process_64.c:304: 		if (next_base == 0) {
	testq	%r13, %r13	# _100
	jne	.L125	#,
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
 .word 714	#
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
 testb $4,boot_cpu_data+129 (% rip)	#,
 jnz .L128	#
 jmp .L127	#
.popsection

# 0 "" 2
#NO_APP
.L128:
# /work/main/build/src/arch/x86/include/asm/special_insns.h:191: 	native_load_gs_index(selector);
	movl	$43, %edi	#,
	call	native_load_gs_index	#
	jmp	.L124	#
.L127:
# /work/main/build/src/arch/x86/kernel/process_64.c:325: 				if (likely(prev_index | next_index | prev_base))
	orl	%r12d, %eax	# _101, tmp202
	movzwl	%ax, %eax	# tmp202, tmp203
# /work/main/build/src/arch/x86/kernel/process_64.c:325: 				if (likely(prev_index | next_index | prev_base))
	orq	%rdx, %rax	# _102, tmp244
	jne	.L124	#,
	jmp	.L116	#
.L125:
# /work/main/build/src/arch/x86/kernel/process_64.c:329: 			if (prev_index != next_index)
	cmpw	%ax, %r12w	# _103, _101
	je	.L130	#,
# /work/main/build/src/arch/x86/kernel/process_64.c:290: 		load_gs_index(sel);
	movzwl	%r12w, %edi	# _101, _101
# /work/main/build/src/arch/x86/include/asm/special_insns.h:191: 	native_load_gs_index(selector);
	call	native_load_gs_index	#
.L130:
# /work/main/build/src/arch/x86/kernel/process_64.c:331: 			wrmsrl(which == FS ? MSR_FS_BASE : MSR_KERNEL_GS_BASE,
	movq	%r13, %rsi	# _100,
	movl	$-1073741566, %edi	#,
	call	wrmsrl	#
	jmp	.L116	#
.L124:
# /work/main/build/src/arch/x86/kernel/process_64.c:290: 		load_gs_index(sel);
	movzwl	%r12w, %edi	# _101, _101
# /work/main/build/src/arch/x86/include/asm/special_insns.h:191: 	native_load_gs_index(selector);
	call	native_load_gs_index	#
.L116:
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
	jmp .L132	#
6651:
# ALT: replacement 2
6642:
	
6652:
.popsection
.pushsection .altinstr_aux,"ax"
6:
 testb $16,boot_cpu_data+104 (% rip)	#,
 jnz .L131	#
 jmp .L132	#
.popsection

# 0 "" 2
#NO_APP
.L131:
# /work/main/build/src/arch/x86/include/asm/special_insns.h:89: 	asm volatile(".byte 0x0f,0x01,0xee\n\t"
	xorl	%ecx, %ecx	# tmp211
#APP
# 89 "/work/main/build/src/arch/x86/include/asm/special_insns.h" 1
	.byte 0x0f,0x01,0xee
	
# 0 "" 2
# /work/main/build/src/arch/x86/kernel/process_64.c:356: 	prev->pkru = rdpkru();
#NO_APP
	movl	%eax, 2196(%rbx)	# pkru, MEM[(struct thread_struct *)prev_p_25(D) + 2048B].pkru
# /work/main/build/src/arch/x86/kernel/process_64.c:362: 	if (prev->pkru != next->pkru)
	movl	2196(%rbp), %esi	# MEM[(struct thread_struct *)next_p_20(D) + 2048B].pkru, _63
# /work/main/build/src/arch/x86/kernel/process_64.c:362: 	if (prev->pkru != next->pkru)
	cmpl	%eax, %esi	# pkru, _63
	je	.L132	#,
# /work/main/build/src/arch/x86/include/asm/special_insns.h:103: 	asm volatile(".byte 0x0f,0x01,0xef\n\t"
	movl	%esi, %eax	# _63, _63
	movl	%ecx, %edx	# tmp211, tmp211
#APP
# 103 "/work/main/build/src/arch/x86/include/asm/special_insns.h" 1
	.byte 0x0f,0x01,0xef
	
# 0 "" 2
#NO_APP
.L132:
# /work/main/build/src/arch/x86/kernel/process_64.c:620: 	this_cpu_write(current_task, next_p);
#APP
# 620 "/work/main/build/src/arch/x86/kernel/process_64.c" 1
	movq %rbp, %gs:current_task(%rip)	# next_p, current_task
# 0 "" 2
# /work/main/build/src/arch/x86/kernel/process_64.c:621: 	this_cpu_write(cpu_current_top_of_stack, task_top_of_stack(next_p));
#NO_APP
	movq	32(%rbp), %rax	# MEM[(const struct task_struct *)next_p_20(D)].stack, tmp253
	addq	$16384, %rax	#, pto_val__
#APP
# 621 "/work/main/build/src/arch/x86/kernel/process_64.c" 1
	movq %rax, %gs:cpu_current_top_of_stack(%rip)	# pto_val__, cpu_current_top_of_stack
# 0 "" 2
# /work/main/build/src/arch/x86/include/asm/current.h:15: 	return this_cpu_read_stable(current_task);
# 15 "/work/main/build/src/arch/x86/include/asm/current.h" 1
	movq %gs:current_task, %rax	#, pfo_val__
# 0 "" 2
# /work/main/build/src/arch/x86/include/asm/bitops.h:55: 		asm volatile(LOCK_PREFIX "orb %b1,%0"
# 55 "/work/main/build/src/arch/x86/include/asm/bitops.h" 1
	.pushsection .smp_locks,"a"
.balign 4
.long 671f - .
.popsection
671:
	lock; orb $64,1(%rax)	#, *_237
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
 .word 272	#
 .byte 663b-661b
 .byte 6652f-6642f
.popsection
.pushsection .altinstr_replacement, "ax"
# ALT: replacement 1
6641:
	jmp .L135	#
6651:
# ALT: replacement 2
6642:
	
6652:
.popsection
.pushsection .altinstr_aux,"ax"
6:
 testb $1,boot_cpu_data+74 (% rip)	#,
 jnz .L134	#
 jmp .L135	#
.popsection

# 0 "" 2
#NO_APP
.L134:
# /work/main/build/src/arch/x86/include/asm/switch_to.h:76: 		load_sp0(task_top_of_stack(task));
	movq	32(%rbp), %rax	# MEM[(const struct task_struct *)next_p_20(D)].stack, tmp254
	addq	$16384, %rax	#, tmp221
# /work/main/build/src/arch/x86/include/asm/processor.h:553: 	this_cpu_write(cpu_tss_rw.x86_tss.sp0, sp0);
#APP
# 553 "/work/main/build/src/arch/x86/include/asm/processor.h" 1
	movq %rax, %gs:cpu_tss_rw+4(%rip)	# tmp221, cpu_tss_rw.x86_tss.sp0
# 0 "" 2
#NO_APP
.L135:
# /work/main/build/src/include/linux/thread_info.h:127: 	return READ_ONCE(ti->flags);
	movq	0(%rbp), %rax	# MEM[(const volatile long unsigned int *)next_p_20(D)], next_tif
	movq	(%rbx), %rdx	# MEM[(const volatile long unsigned int *)prev_p_25(D)], prev_tif
# /work/main/build/src/arch/x86/include/asm/atomic.h:29: 	return __READ_ONCE((v)->counter);
	movl	switch_to_cond_stibp(%rip), %ecx	# MEM[(const volatile int *)&switch_to_cond_stibp], _208
# /work/main/build/src/arch/x86/kernel/process.h:26: 		if (!static_branch_likely(&switch_to_cond_stibp)) {
	testl	%ecx, %ecx	# _208
	jg	.L137	#,
# /work/main/build/src/arch/x86/kernel/process.h:27: 			prev_tif &= ~_TIF_SPEC_IB;
	andb	$-3, %dh	#, prev_tif
# /work/main/build/src/arch/x86/kernel/process.h:28: 			next_tif &= ~_TIF_SPEC_IB;
	andb	$-3, %ah	#, next_tif
.L137:
# /work/main/build/src/arch/x86/kernel/process.h:36: 	if (unlikely(next_tif & _TIF_WORK_CTXSW_NEXT ||
	andl	$42041888, %eax	#, tmp224
	andl	$46238240, %edx	#, tmp225
# /work/main/build/src/arch/x86/kernel/process.h:36: 	if (unlikely(next_tif & _TIF_WORK_CTXSW_NEXT ||
	orq	%rdx, %rax	# tmp225, tmp245
	je	.L138	#,
# /work/main/build/src/arch/x86/kernel/process.h:38: 		__switch_to_xtra(prev, next);
	movq	%rbp, %rsi	# next_p,
	movq	%rbx, %rdi	# prev_p,
	call	__switch_to_xtra	#
.L138:
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
 .word 712	#
 .byte 663b-661b
 .byte 6652f-6642f
.popsection
.pushsection .altinstr_replacement, "ax"
# ALT: replacement 1
6641:
	jmp .L140	#
6651:
# ALT: replacement 2
6642:
	
6652:
.popsection
.pushsection .altinstr_aux,"ax"
6:
 testb $1,boot_cpu_data+129 (% rip)	#,
 jnz .L139	#
 jmp .L140	#
.popsection

# 0 "" 2
#NO_APP
.L139:
# /work/main/build/src/arch/x86/kernel/process_64.c:653: 		savesegment(ss, ss_sel);
#APP
# 653 "/work/main/build/src/arch/x86/kernel/process_64.c" 1
	mov %ss,%ax	# ss_sel
# 0 "" 2
# /work/main/build/src/arch/x86/kernel/process_64.c:654: 		if (ss_sel != __KERNEL_DS)
#NO_APP
	cmpw	$24, %ax	#, ss_sel
	je	.L140	#,
# /work/main/build/src/arch/x86/kernel/process_64.c:655: 			loadsegment(ss, __KERNEL_DS);
	movl	$24, %eax	#, __val
#APP
# 655 "/work/main/build/src/arch/x86/kernel/process_64.c" 1
							
1:	movl %eax,%ss			# __val
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
#NO_APP
.L140:
# /work/main/build/src/arch/x86/kernel/process_64.c:662: }
	movq	%rbx, %rax	# prev_p,
	popq	%rbx	#
	popq	%rbp	#
	popq	%r12	#
	popq	%r13	#
	ret	
	.size	__switch_to, .-__switch_to
	.globl	set_personality_64bit
	.type	set_personality_64bit, @function
set_personality_64bit:
# /work/main/build/src/arch/x86/include/asm/current.h:15: 	return this_cpu_read_stable(current_task);
#APP
# 15 "/work/main/build/src/arch/x86/include/asm/current.h" 1
	movq %gs:current_task, %rax	#, pfo_val__
# 0 "" 2
# /work/main/build/src/arch/x86/include/asm/bitops.h:75: 		asm volatile(LOCK_PREFIX "andb %b1,%0"
# 75 "/work/main/build/src/arch/x86/include/asm/bitops.h" 1
	.pushsection .smp_locks,"a"
.balign 4
.long 671f - .
.popsection
671:
	lock; andb $-33,3(%rax)	#, *_35
# 0 "" 2
# /work/main/build/src/arch/x86/kernel/process_64.c:671: 	task_pt_regs(current)->orig_ax = __NR_execve;
#NO_APP
	movq	32(%rax), %rdx	# MEM[(const struct task_struct *)_10].stack, MEM[(const struct task_struct *)_10].stack
	movq	$59, 16336(%rdx)	#, _15->orig_ax
# /work/main/build/src/arch/x86/kernel/process_64.c:672: 	current_thread_info()->status &= ~TS_COMPAT;
	andl	$-3, 16(%rax)	#, MEM[(struct thread_info *)_17].status
# /work/main/build/src/arch/x86/kernel/process_64.c:673: 	if (current->mm)
	cmpq	$0, 768(%rax)	#, _20->mm
	je	.L160	#,
# /work/main/build/src/arch/x86/kernel/process_64.c:674: 		current->mm->context.flags = MM_CONTEXT_HAS_VSYSCALL;
	movq	768(%rax), %rax	# _27->mm, _5
# /work/main/build/src/arch/x86/kernel/process_64.c:674: 		current->mm->context.flags = MM_CONTEXT_HAS_VSYSCALL;
	movw	$2, 832(%rax)	#, _5->D.16982.context.flags
.L160:
# /work/main/build/src/arch/x86/include/asm/current.h:15: 	return this_cpu_read_stable(current_task);
#APP
# 15 "/work/main/build/src/arch/x86/include/asm/current.h" 1
	movq %gs:current_task, %rax	#, pfo_val__
# 0 "" 2
# /work/main/build/src/arch/x86/kernel/process_64.c:680: 	current->personality &= ~READ_IMPLIES_EXEC;
#NO_APP
	andl	$-4194305, 832(%rax)	#, _29->personality
# /work/main/build/src/arch/x86/kernel/process_64.c:681: }
	ret	
	.size	set_personality_64bit, .-set_personality_64bit
	.globl	set_personality_ia32
	.type	set_personality_ia32, @function
set_personality_ia32:
# /work/main/build/src/arch/x86/include/asm/current.h:15: 	return this_cpu_read_stable(current_task);
#APP
# 15 "/work/main/build/src/arch/x86/include/asm/current.h" 1
	movq %gs:current_task, %rax	#, pfo_val__
# 0 "" 2
# /work/main/build/src/arch/x86/include/asm/bitops.h:55: 		asm volatile(LOCK_PREFIX "orb %b1,%0"
# 55 "/work/main/build/src/arch/x86/include/asm/bitops.h" 1
	.pushsection .smp_locks,"a"
.balign 4
.long 671f - .
.popsection
671:
	lock; orb $32,3(%rax)	#, *_13
# 0 "" 2
# /work/main/build/src/arch/x86/kernel/process_64.c:726: 	if (x32)
#NO_APP
	testb	%dil, %dil	# x32
	jne	.L161	#,
# /work/main/build/src/arch/x86/kernel/process_64.c:706: 	if (current->mm) {
	cmpq	$0, 768(%rax)	#, _18->mm
	je	.L163	#,
# /work/main/build/src/arch/x86/kernel/process_64.c:711: 		current->mm->context.flags = MM_CONTEXT_UPROBE_IA32;
	movq	768(%rax), %rax	# _21->mm, _22
# /work/main/build/src/arch/x86/kernel/process_64.c:711: 		current->mm->context.flags = MM_CONTEXT_UPROBE_IA32;
	movw	$1, 832(%rax)	#, _22->D.16982.context.flags
.L163:
# /work/main/build/src/arch/x86/include/asm/current.h:15: 	return this_cpu_read_stable(current_task);
#APP
# 15 "/work/main/build/src/arch/x86/include/asm/current.h" 1
	movq %gs:current_task, %rax	#, pfo_val__
# 0 "" 2
# /work/main/build/src/arch/x86/kernel/process_64.c:714: 	current->personality |= force_personality32;
#NO_APP
	movl	force_personality32(%rip), %edx	# force_personality32, force_personality32
	orl	%edx, 832(%rax)	# force_personality32, _24->personality
# /work/main/build/src/arch/x86/kernel/process_64.c:716: 	task_pt_regs(current)->orig_ax = __NR_ia32_execve;
	movq	32(%rax), %rdx	# MEM[(const struct task_struct *)_30].stack, MEM[(const struct task_struct *)_30].stack
	movq	$11, 16336(%rdx)	#, _34->orig_ax
# /work/main/build/src/arch/x86/kernel/process_64.c:717: 	current_thread_info()->status |= TS_COMPAT;
	orl	$2, 16(%rax)	#, MEM[(struct thread_info *)_36].status
.L161:
# /work/main/build/src/arch/x86/kernel/process_64.c:730: }
	ret	
	.size	set_personality_ia32, .-set_personality_ia32
	.globl	do_arch_prctl_64
	.type	do_arch_prctl_64, @function
do_arch_prctl_64:
	pushq	%rbp	#
	movq	%rdx, %rbp	# tmp112, arg2
	pushq	%rbx	#
# /work/main/build/src/arch/x86/kernel/process_64.c:747: {
	movq	%rdi, %rbx	# tmp110, task
# /work/main/build/src/arch/x86/kernel/process_64.c:750: 	switch (option) {
	cmpl	$4099, %esi	#, option
	je	.L165	#,
	jg	.L166	#,
	cmpl	$4097, %esi	#, option
	je	.L167	#,
	cmpl	$4098, %esi	#, option
	je	.L168	#,
	jmp	.L182	#
.L166:
	cmpl	$4100, %esi	#, option
	je	.L170	#,
.L182:
	movl	$-22, %ecx	#, __ret_pu
	jmp	.L169	#
.L167:
# /work/main/build/src/arch/x86/include/asm/page_64.h:91: 	alternative_io("movq %[small],%0","movq %[large],%0",
#APP
# 91 "/work/main/build/src/arch/x86/include/asm/page_64.h" 1
	# ALT: oldnstr
661:
	movq $140737488351232,%rdx	#, ret
662:
# ALT: padding
.skip -(((6651f-6641f)-(662b-661b)) > 0) * ((6651f-6641f)-(662b-661b)),0x90
663:
.pushsection .altinstructions,"a"
 .long 661b - .
 .long 6641f - .
 .word (16*32+16)
 .byte 663b-661b
 .byte 6651f-6641f
.popsection
.pushsection .altinstr_replacement, "ax"
# ALT: replacement 1
6641:
	movq $72057594037923840,%rdx	#, ret
6651:
.popsection

# 0 "" 2
# /work/main/build/src/arch/x86/kernel/process_64.c:753: 			return -EPERM;
#NO_APP
	orq	$-1, %rax	#, <retval>
# /work/main/build/src/arch/x86/kernel/process_64.c:752: 		if (unlikely(arg2 >= TASK_SIZE_MAX))
	cmpq	%rdx, %rbp	# ret, arg2
	jnb	.L164	#,
# /work/main/build/src/arch/x86/kernel/process_64.c:755: 		preempt_disable();
# /work/main/build/src/arch/x86/include/asm/current.h:15: 	return this_cpu_read_stable(current_task);
#APP
# 15 "/work/main/build/src/arch/x86/include/asm/current.h" 1
	movq %gs:current_task, %rax	#, pfo_val__
# 0 "" 2
# /work/main/build/src/arch/x86/kernel/process_64.c:762: 		if (task == current) {
#NO_APP
	cmpq	%rax, %rdi	# pfo_val__, task
	jne	.L172	#,
# /work/main/build/src/arch/x86/include/asm/special_insns.h:191: 	native_load_gs_index(selector);
	xorl	%edi, %edi	#
	call	native_load_gs_index	#
# /work/main/build/src/arch/x86/kernel/process_64.c:764: 			x86_gsbase_write_cpu_inactive(arg2);
	movq	%rbp, %rdi	# arg2,
	call	x86_gsbase_write_cpu_inactive	#
# /work/main/build/src/arch/x86/kernel/process_64.c:770: 			task->thread.gsbase = arg2;
	movq	%rbp, 2096(%rbx)	# arg2, task_17(D)->thread.gsbase
	jmp	.L178	#
.L172:
# /work/main/build/src/arch/x86/kernel/process_64.c:773: 			task->thread.gsindex = 0;
	movw	$0, 2086(%rdi)	#, task_17(D)->thread.gsindex
# /work/main/build/src/arch/x86/kernel/process_64.c:774: 			x86_gsbase_write_task(task, arg2);
	movq	%rbp, %rsi	# arg2,
	call	x86_gsbase_write_task	#
	jmp	.L178	#
.L168:
# /work/main/build/src/arch/x86/include/asm/page_64.h:91: 	alternative_io("movq %[small],%0","movq %[large],%0",
#APP
# 91 "/work/main/build/src/arch/x86/include/asm/page_64.h" 1
	# ALT: oldnstr
661:
	movq $140737488351232,%rdx	#, ret
662:
# ALT: padding
.skip -(((6651f-6641f)-(662b-661b)) > 0) * ((6651f-6641f)-(662b-661b)),0x90
663:
.pushsection .altinstructions,"a"
 .long 661b - .
 .long 6641f - .
 .word (16*32+16)
 .byte 663b-661b
 .byte 6651f-6641f
.popsection
.pushsection .altinstr_replacement, "ax"
# ALT: replacement 1
6641:
	movq $72057594037923840,%rdx	#, ret
6651:
.popsection

# 0 "" 2
# /work/main/build/src/arch/x86/kernel/process_64.c:753: 			return -EPERM;
#NO_APP
	orq	$-1, %rax	#, <retval>
# /work/main/build/src/arch/x86/kernel/process_64.c:784: 		if (unlikely(arg2 >= TASK_SIZE_MAX))
	cmpq	%rdx, %rbp	# ret, arg2
	jnb	.L164	#,
# /work/main/build/src/arch/x86/kernel/process_64.c:787: 		preempt_disable();
# /work/main/build/src/arch/x86/include/asm/current.h:15: 	return this_cpu_read_stable(current_task);
#APP
# 15 "/work/main/build/src/arch/x86/include/asm/current.h" 1
	movq %gs:current_task, %rax	#, pfo_val__
# 0 "" 2
# /work/main/build/src/arch/x86/kernel/process_64.c:792: 		if (task == current) {
#NO_APP
	cmpq	%rax, %rdi	# pfo_val__, task
	jne	.L175	#,
# /work/main/build/src/arch/x86/kernel/process_64.c:288: 		loadsegment(fs, sel);
	xorl	%edi, %edi	#
	call	__loadsegment_fs	#
# /work/main/build/src/arch/x86/include/asm/bitops.h:207: 		(addr[nr >> _BITOPS_LONG_SHIFT])) != 0;
	movq	boot_cpu_data+72(%rip), %rax	# MEM[(const volatile long unsigned int *)&boot_cpu_data + 72B], _57
# /work/main/build/src/arch/x86/include/asm/fsgsbase.h:70: 	if (boot_cpu_has(X86_FEATURE_FSGSBASE))
	btq	$32, %rax	#, _57
	jnc	.L176	#,
# /work/main/build/src/arch/x86/include/asm/fsgsbase.h:44: 	asm volatile("wrfsbase %0" :: "r" (fsbase) : "memory");
#APP
# 44 "/work/main/build/src/arch/x86/include/asm/fsgsbase.h" 1
	wrfsbase %rbp	# arg2
# 0 "" 2
# /work/main/build/src/arch/x86/include/asm/fsgsbase.h:45: }
#NO_APP
	jmp	.L177	#
.L176:
# /work/main/build/src/arch/x86/include/asm/fsgsbase.h:73: 		wrmsrl(MSR_FS_BASE, fsbase);
	movq	%rbp, %rsi	# arg2,
	movl	$-1073741568, %edi	#,
	call	wrmsrl	#
.L177:
# /work/main/build/src/arch/x86/kernel/process_64.c:800: 			task->thread.fsbase = arg2;
	movq	%rbp, 2088(%rbx)	# arg2, task_17(D)->thread.fsbase
	jmp	.L178	#
.L175:
# /work/main/build/src/arch/x86/kernel/process_64.c:802: 			task->thread.fsindex = 0;
	movw	$0, 2084(%rdi)	#, task_17(D)->thread.fsindex
# /work/main/build/src/arch/x86/kernel/process_64.c:803: 			x86_fsbase_write_task(task, arg2);
	movq	%rbp, %rsi	# arg2,
	call	x86_fsbase_write_task	#
.L178:
# /work/main/build/src/arch/x86/kernel/process_64.c:805: 		preempt_enable();
# /work/main/build/src/arch/x86/kernel/process_64.c:748: 	int ret = 0;
	xorl	%ecx, %ecx	# __ret_pu
	jmp	.L169	#
.L165:
# /work/main/build/src/arch/x86/kernel/process_64.c:809: 		unsigned long base = x86_fsbase_read_task(task);
	call	x86_fsbase_read_task	#
	jmp	.L183	#
.L170:
# /work/main/build/src/arch/x86/kernel/process_64.c:815: 		unsigned long base = x86_gsbase_read_task(task);
	call	x86_gsbase_read_task	#
.L183:
# /work/main/build/src/arch/x86/kernel/process_64.c:817: 		ret = put_user(base, (unsigned long __user *)arg2);
	movq	%rbp, %rcx	# arg2, arg2
#APP
# 817 "/work/main/build/src/arch/x86/kernel/process_64.c" 1
	call __put_user_8	#
# 0 "" 2
#NO_APP
.L169:
# /work/main/build/src/arch/x86/kernel/process_64.c:839: 	return ret;
	movslq	%ecx, %rax	# __ret_pu, <retval>
.L164:
# /work/main/build/src/arch/x86/kernel/process_64.c:840: }
	popq	%rbx	#
	popq	%rbp	#
	ret	
	.size	do_arch_prctl_64, .-do_arch_prctl_64
	.type	__do_sys_arch_prctl, @function
__do_sys_arch_prctl:
	pushq	%rbp	#
# /work/main/build/src/arch/x86/kernel/process_64.c:846: 	ret = do_arch_prctl_64(current, option, arg2);
	movq	%rsi, %rdx	# arg2,
# /work/main/build/src/arch/x86/kernel/process_64.c:843: {
	movq	%rsi, %rbp	# tmp90, arg2
	pushq	%rbx	#
# /work/main/build/src/arch/x86/kernel/process_64.c:843: {
	movl	%edi, %ebx	# tmp89, option
# /work/main/build/src/arch/x86/kernel/process_64.c:846: 	ret = do_arch_prctl_64(current, option, arg2);
	movl	%ebx, %esi	# option,
# /work/main/build/src/arch/x86/include/asm/current.h:15: 	return this_cpu_read_stable(current_task);
#APP
# 15 "/work/main/build/src/arch/x86/include/asm/current.h" 1
	movq %gs:current_task, %rdi	#, pfo_val__
# 0 "" 2
# /work/main/build/src/arch/x86/kernel/process_64.c:846: 	ret = do_arch_prctl_64(current, option, arg2);
#NO_APP
	call	do_arch_prctl_64	#
# /work/main/build/src/arch/x86/kernel/process_64.c:847: 	if (ret == -EINVAL)
	cmpq	$-22, %rax	#, <retval>
	jne	.L184	#,
# /work/main/build/src/arch/x86/kernel/process_64.c:848: 		ret = do_arch_prctl_common(option, arg2);
	movq	%rbp, %rsi	# arg2,
	movl	%ebx, %edi	# option,
# /work/main/build/src/arch/x86/kernel/process_64.c:851: }
	popq	%rbx	#
	popq	%rbp	#
# /work/main/build/src/arch/x86/kernel/process_64.c:848: 		ret = do_arch_prctl_common(option, arg2);
	jmp	do_arch_prctl_common	#
.L184:
# /work/main/build/src/arch/x86/kernel/process_64.c:851: }
	popq	%rbx	#
	popq	%rbp	#
	ret	
	.size	__do_sys_arch_prctl, .-__do_sys_arch_prctl
	.globl	__x64_sys_arch_prctl
	.type	__x64_sys_arch_prctl, @function
__x64_sys_arch_prctl:
# /work/main/build/src/arch/x86/kernel/process_64.c:842: SYSCALL_DEFINE2(arch_prctl, int, option, unsigned long, arg2)
	movq	104(%rdi), %rsi	# regs_4(D)->si, regs_4(D)->si
	movl	112(%rdi), %edi	# regs_4(D)->di, regs_4(D)->di
	jmp	__do_sys_arch_prctl	#
	.size	__x64_sys_arch_prctl, .-__x64_sys_arch_prctl
	.globl	__ia32_sys_arch_prctl
	.type	__ia32_sys_arch_prctl, @function
__ia32_sys_arch_prctl:
# /work/main/build/src/arch/x86/kernel/process_64.c:842: SYSCALL_DEFINE2(arch_prctl, int, option, unsigned long, arg2)
	movl	88(%rdi), %esi	# regs_4(D)->cx, regs_4(D)->cx
	movl	40(%rdi), %edi	# regs_4(D)->bx, regs_4(D)->bx
	jmp	__do_sys_arch_prctl	#
	.size	__ia32_sys_arch_prctl, .-__ia32_sys_arch_prctl
	.globl	__ia32_compat_sys_arch_prctl
	.type	__ia32_compat_sys_arch_prctl, @function
__ia32_compat_sys_arch_prctl:
# /work/main/build/src/arch/x86/kernel/process_64.c:856: 	return do_arch_prctl_common(option, arg2);
	movl	88(%rdi), %esi	# regs_4(D)->cx, regs_4(D)->cx
	movl	40(%rdi), %edi	# regs_4(D)->bx, regs_4(D)->bx
	jmp	do_arch_prctl_common	#
	.size	__ia32_compat_sys_arch_prctl, .-__ia32_compat_sys_arch_prctl
	.globl	KSTK_ESP
	.type	KSTK_ESP, @function
KSTK_ESP:
# /work/main/build/src/arch/x86/kernel/process_64.c:862: 	return task_pt_regs(task)->sp;
	movq	32(%rdi), %rax	# MEM[(const struct task_struct *)task_3(D)].stack, MEM[(const struct task_struct *)task_3(D)].stack
	movq	16368(%rax), %rax	# _6->sp, _6->sp
# /work/main/build/src/arch/x86/kernel/process_64.c:863: }
	ret	
	.size	KSTK_ESP, .-KSTK_ESP
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
