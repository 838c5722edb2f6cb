/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The previrt kernel as a Xen PV guest: the ELF notes that make Xen's PV
 * loader take vmlinux, and the entry point they name.
 *
 * Xen enters at previrt_xen_pv_entry in 64-bit mode at CPL 3, with %rsi
 * pointing to start_info, %rsp to a bootstrap stack in the initial
 * mapping, events masked and no trap table: a fault now ends the domain.
 * The entry moves to init_task's stack, as the kernel's own entry does
 * (start_kernel() checks its end), and calls the C entry (xen_pv.c), which
 * is built without stack protector since the GS base is still 0.
 *
 * Hypercalls go through previrt_xen_hypercall_pv(), which xen.c calls once
 * the entry chose PV hypercalls.
 */
#include <linux/elfnote.h>
#include <linux/init.h>
#include <linux/linkage.h>
#include <asm/asm.h>
#include <asm/asm-offsets.h>
#include <asm/frame.h>
#include <asm/msr-index.h>
#include <asm/nospec-branch.h>
#include <asm/page_types.h>
#include <asm/percpu.h>
#include <asm/previrt_thunk.h>
#include <asm/processor-flags.h>
#include <asm/unwind_hints.h>
#include <asm/segment.h>
#include <xen/interface/elfnote.h>
#include <xen/interface/xen.h>

#include "../entry/calling.h"

	__INIT
SYM_CODE_START(previrt_xen_pv_entry)
	UNWIND_HINT_EMPTY
	ANNOTATE_NOENDBR
	cld
	mov	initial_stack(%rip), %rsp
	mov	%rsi, %rdi
	call	previrt_xen_pv_start
	ud2
SYM_CODE_END(previrt_xen_pv_entry)
	__FINIT

/*
 * The event and failsafe callbacks until the runtime has real ones: Xen
 * enters them with the frame {rcx, r11, rip, ...} (event) or {rcx, r11,
 * ds, es, fs, gs, rip, ...} (failsafe: a return to the guest faulted).
 * Neither should happen while events are masked and nothing returns to
 * user space; previrt_xen_pv_unexpected() says where and ends the domain,
 * instead of Xen crashing it for a callback at address 0.
 */
.macro PREVIRT_XEN_PV_CALLBACK_STUB name type rip
SYM_CODE_START(\name)
	UNWIND_HINT_EMPTY
	ANNOTATE_NOENDBR
	mov	$\type, %edi
	mov	\rip(%rsp), %rsi
	and	$-16, %rsp
	call	previrt_xen_pv_unexpected
	ud2
SYM_CODE_END(\name)
.endm

	/* CALLBACKTYPE_event, CALLBACKTYPE_failsafe */
	PREVIRT_XEN_PV_CALLBACK_STUB previrt_xen_pv_event_stub, 0, 16
	PREVIRT_XEN_PV_CALLBACK_STUB previrt_xen_pv_failsafe_stub, 1, 48

/*
 * The thunks that the Xen PV runtime's sites call, between
 * previrt_xen_pv_thunks and previrt_xen_pv_thunks_end: their own sites
 * (pushf, popf) stay native.  In .entry.text, where entry code may
 * call them; under PV the GS base is the kernel's whenever the kernel
 * runs (Xen switches it), so they may use per-CPU data.
 *
 * The interrupt flag of a PV vCPU is the upcall mask in its vcpu_info
 * (previrt_xen_pv_vcpu, per CPU): pushf and popf at CPL 3 neither show
 * nor change IF.
 */
/* Bytes for the stubs the runtime writes (xen_pv.c). */
#define PREVIRT_XEN_PV_STUB_AREA	32768

/* offsetof(struct vcpu_info, evtchn_upcall_{mask,pending}), checked in xen_pv.c */
#define PREVIRT_XEN_PV_MASK_OFFSET	1
#define PREVIRT_XEN_PV_PENDING_OFFSET	0

	.pushsection .entry.text, "ax"
SYM_CODE_START(previrt_xen_pv_thunks)
	UNWIND_HINT_EMPTY
	ANNOTATE_NOENDBR
	int3
SYM_CODE_END(previrt_xen_pv_thunks)

/* After pushf: IF in the pushed word (above the return address) is !mask. */
SYM_CODE_START(previrt_xen_pv_pushf_fix)
	UNWIND_HINT_FUNC
	ANNOTATE_NOENDBR
	pushfq
	orl	$X86_EFLAGS_IF, 16(%rsp)
	cmpb	$0, PER_CPU_VAR(previrt_xen_pv_vcpu + PREVIRT_XEN_PV_MASK_OFFSET)
	je	1f
	andl	$~X86_EFLAGS_IF, 16(%rsp)
1:	popfq
	RET
SYM_CODE_END(previrt_xen_pv_pushf_fix)

/*
 * Instead of popf: the mask from IF of the word above the return address,
 * the other flags by popf itself, and the word dropped.  Unmasking checks
 * for an event that came meanwhile, as sti does.
 */
SYM_CODE_START(previrt_xen_pv_popf)
	UNWIND_HINT_FUNC
	ANNOTATE_NOENDBR
	testl	$X86_EFLAGS_IF, 8(%rsp)
	setz	PER_CPU_VAR(previrt_xen_pv_vcpu + PREVIRT_XEN_PV_MASK_OFFSET)
	jz	1f
	cmpb	$0, PER_CPU_VAR(previrt_xen_pv_vcpu + PREVIRT_XEN_PV_PENDING_OFFSET)
	jz	1f
	call	previrt_xen_pv_force_events
1:	pushq	8(%rsp)
	popfq
	ret	$8
SYM_CODE_END(previrt_xen_pv_popf)

/*
 * sti: the mask cleared, then an event that was held back while it was
 * set is delivered now (pv-ops' xen_irq_enable).  A native sti changes no
 * other flag, and .S code may rely on that.
 */
SYM_CODE_START(previrt_xen_pv_sti)
	UNWIND_HINT_FUNC
	ANNOTATE_NOENDBR
	pushfq
	movb	$0, PER_CPU_VAR(previrt_xen_pv_vcpu + PREVIRT_XEN_PV_MASK_OFFSET)
	cmpb	$0, PER_CPU_VAR(previrt_xen_pv_vcpu + PREVIRT_XEN_PV_PENDING_OFFSET)
	jz	1f
	call	previrt_xen_pv_force_events
1:	popfq
	RET
SYM_CODE_END(previrt_xen_pv_sti)

/*
 * The sti of "sti; hlt" (the idle loop's safe halt): events stay masked
 * and the hlt that follows blocks in Xen, which unmasks them and checks
 * for a pending one in one step.  A plain sti would take a pending event
 * here, and the halt after it would sleep through the wakeup that event
 * brought (native sti holds interrupts off for one more instruction).
 */
SYM_CODE_START(previrt_xen_pv_sti_halt)
	UNWIND_HINT_FUNC
	ANNOTATE_NOENDBR
	movb	$1, PER_CPU_VAR(previrt_xen_pv_idle)
	RET
SYM_CODE_END(previrt_xen_pv_sti_halt)

/*
 * Any hypercall returns through Xen's check for events: with the mask
 * clear, a pending one is delivered on the way back (pv-ops'
 * xen_force_evtchn_callback).  xen_version(XENVER_version) cannot fail.
 */
SYM_CODE_START_LOCAL(previrt_xen_pv_force_events)
	UNWIND_HINT_FUNC
	PREVIRT_SAVE_REGS
	mov	$__HYPERVISOR_xen_version, %eax
	xor	%edi, %edi
	xor	%esi, %esi
	call	previrt_xen_hypercall_pv
	PREVIRT_RESTORE_REGS
	RET
SYM_CODE_END(previrt_xen_pv_force_events)

/*
 * cpuid with Xen's forced-emulation prefix (ud2; .ascii "xen"): Xen
 * answers with the domain's CPUID policy, where a plain cpuid at CPL 3
 * reaches the CPU (no CPUID faulting under TCG).  All bytes: afterburn
 * would pad a cpuid mnemonic as a site; the instruction decoder, and so
 * pvcheck, sees one instruction with the prefix, which is not sensitive.
 */
SYM_CODE_START(previrt_xen_pv_cpuid)
	UNWIND_HINT_FUNC
	ANNOTATE_NOENDBR
	.byte	0x0f, 0x0b, 0x78, 0x65, 0x6e, 0x0f, 0xa2
	RET
SYM_CODE_END(previrt_xen_pv_cpuid)

/* %rax into \reg, past PREVIRT_RESTORE_REGS if \reg is caller-saved. */
.macro PREVIRT_XEN_PV_RESULT reg
	.set	.Lslot, -1
	.ifc \reg, rax
	.set	.Lslot, 64
	.endif
	.ifc \reg, rcx
	.set	.Lslot, 56
	.endif
	.ifc \reg, rdx
	.set	.Lslot, 48
	.endif
	.ifc \reg, rsi
	.set	.Lslot, 40
	.endif
	.ifc \reg, rdi
	.set	.Lslot, 32
	.endif
	.ifc \reg, r8
	.set	.Lslot, 24
	.endif
	.ifc \reg, r9
	.set	.Lslot, 16
	.endif
	.ifc \reg, r10
	.set	.Lslot, 8
	.endif
	.ifc \reg, r11
	.set	.Lslot, 0
	.endif
	.if .Lslot < 0
	mov	%rax, %\reg
	.else
	mov	%rax, .Lslot(%rsp)
	.endif
.endm

/*
 * The value sites (pte_val(), __pte() and the other levels) are "movq
 * %src, %dst" in 8 bytes: the runtime keeps the move and appends a call
 * to the thunk of %dst, which translates %dst in place, pseudo-physical
 * frame to machine (make) or back (val).  C only: flags are clobbered.
 */
.macro PREVIRT_XEN_PV_VALUE_THUNK name fn reg
SYM_CODE_START(\name\()_\reg)
	UNWIND_HINT_FUNC
	ANNOTATE_NOENDBR
	PREVIRT_SAVE_REGS
	mov	%\reg, %rdi
	call	\fn
	PREVIRT_XEN_PV_RESULT \reg
	PREVIRT_RESTORE_REGS
	RET
SYM_CODE_END(\name\()_\reg)
.endm

/* mov %reg, %cr3: \reg to the C function, through the flag-saving tail. */
.macro PREVIRT_XEN_PV_WRITE_CR3_THUNK reg
SYM_CODE_START(previrt_xen_pv_write_cr3_\reg)
	UNWIND_HINT_FUNC
	ANNOTATE_NOENDBR
	PREVIRT_SAVE_REGS
	mov	%\reg, %rdi
	call	previrt_xen_pv_call_c
	PREVIRT_RESTORE_REGS
	RET
SYM_CODE_END(previrt_xen_pv_write_cr3_\reg)
.endm

#define PREVIRT_XEN_PV_GPRS rax, rcx, rdx, rbx, rbp, rsi, rdi, r8, r9, r10, r11, r12, r13, r14, r15

.irp reg, PREVIRT_XEN_PV_GPRS
	PREVIRT_XEN_PV_VALUE_THUNK previrt_xen_pv_make, previrt_xen_pv_make, \reg
	PREVIRT_XEN_PV_VALUE_THUNK previrt_xen_pv_val, previrt_xen_pv_val, \reg
	PREVIRT_XEN_PV_WRITE_CR3_THUNK \reg
.endr

/*
 * The tail of the CR3 thunks: the flags kept around the C call (mov to
 * %cr3 changes none, and .S code may rely on that).
 */
SYM_CODE_START_LOCAL(previrt_xen_pv_call_c)
	UNWIND_HINT_FUNC
	pushfq
	call	previrt_xen_pv_write_cr3
	popfq
	RET
SYM_CODE_END(previrt_xen_pv_call_c)

/*
 * hlt: previrt_xen_pv_halt() blocks the vCPU until an event comes, or
 * reports a halt with events masked (what early_fixup_exception() does
 * with a fault it cannot fix) and ends the domain.  %rdi: the site.
 */
SYM_CODE_START(previrt_xen_pv_hlt)
	UNWIND_HINT_FUNC
	ANNOTATE_NOENDBR
	pushfq
	PREVIRT_SAVE_REGS
	mov	80(%rsp), %rdi
	call	previrt_xen_pv_halt
	PREVIRT_RESTORE_REGS
	popfq
	RET
SYM_CODE_END(previrt_xen_pv_hlt)

/*
 * A C function called from a stub or a hook site with its arguments in
 * %rdi and %rsi: every register and the flags kept.
 */
.macro PREVIRT_XEN_PV_C_THUNK name fn
SYM_CODE_START(\name)
	UNWIND_HINT_FUNC
	ANNOTATE_NOENDBR
	pushfq
	PREVIRT_SAVE_REGS
	call	\fn
	PREVIRT_RESTORE_REGS
	popfq
	RET
SYM_CODE_END(\name)
.endm

	PREVIRT_XEN_PV_C_THUNK previrt_xen_pv_lidt_thunk, previrt_xen_pv_lidt
	PREVIRT_XEN_PV_C_THUNK previrt_xen_pv_idt_write_thunk, previrt_xen_pv_idt_write
	PREVIRT_XEN_PV_C_THUNK previrt_xen_pv_invlpg_thunk, previrt_xen_pv_invlpg
	PREVIRT_XEN_PV_C_THUNK previrt_xen_pv_lgdt_thunk, previrt_xen_pv_lgdt
	PREVIRT_XEN_PV_C_THUNK previrt_xen_pv_gdt_write_thunk, previrt_xen_pv_gdt_write
	PREVIRT_XEN_PV_C_THUNK previrt_xen_pv_lldt_thunk, previrt_xen_pv_lldt
	PREVIRT_XEN_PV_C_THUNK previrt_xen_pv_load_gs_thunk, previrt_xen_pv_load_gs
	PREVIRT_XEN_PV_C_THUNK previrt_xen_pv_set_thunk, previrt_xen_pv_set
	PREVIRT_XEN_PV_C_THUNK previrt_xen_pv_set_top_thunk, previrt_xen_pv_set_top
	/* The page-table hooks: padding sites, arguments in %rdi and %rsi. */
	PREVIRT_XEN_PV_C_THUNK previrt_xen_pv_alloc_thunk, previrt_xen_pv_alloc
	PREVIRT_XEN_PV_C_THUNK previrt_xen_pv_release_thunk, previrt_xen_pv_release
	PREVIRT_XEN_PV_C_THUNK previrt_xen_pv_pgd_alloc_thunk, previrt_xen_pv_pgd_alloc
	PREVIRT_XEN_PV_C_THUNK previrt_xen_pv_pgd_free_thunk, previrt_xen_pv_pgd_free
	PREVIRT_XEN_PV_C_THUNK previrt_xen_pv_mm_exit_thunk, previrt_xen_pv_mm_exit
	PREVIRT_XEN_PV_C_THUNK previrt_xen_pv_ldt_alloc_thunk, previrt_xen_pv_ldt_alloc
	PREVIRT_XEN_PV_C_THUNK previrt_xen_pv_ldt_free_thunk, previrt_xen_pv_ldt_free

/*
 * iretq of the entry code, as pv-ops' xen_iret: Xen's iret hypercall
 * takes the frame with {rax, r11, rcx, flags} pushed below it and does
 * not return.  Xen takes RPL 3 in CS for a return to user mode and
 * forces RPL 3 on the selectors it loads, so a kernel frame (__KERNEL_CS,
 * which the trap stubs put there for the kernel's checks) gets Xen's flat
 * 64-bit kernel selectors back, CS with RPL 0 as in Xen's own frames.
 */
SYM_CODE_START(previrt_xen_pv_iret)
	UNWIND_HINT_IRET_REGS
	ANNOTATE_NOENDBR
	testb	$3, 8(%rsp)
	jnz	2f
	movq	$(FLAT_KERNEL_CS64 & ~3), 8(%rsp)
	movq	$FLAT_KERNEL_SS64, 32(%rsp)
1:	pushq	$0
	push	%rcx
	push	%r11
	push	%rax
	mov	$__HYPERVISOR_iret, %eax
	syscall				/* does not return */
	/*
	 * A return to user mode with SS from the LDT comes from the ESPFIX64
	 * stack (native_irq_return_ldt), which is mapped read-only: Xen's
	 * frame goes into this CPU's previrt_xen_pv_iret_frame instead
	 * (events are masked until the iret, nothing else uses it).
	 */
2:	testb	$SEGMENT_TI_MASK, 32(%rsp)
	jz	1b
	movq	%rax, PER_CPU_VAR(previrt_xen_pv_iret_frame)
	movq	%r11, PER_CPU_VAR(previrt_xen_pv_iret_frame + 8)
	movq	%rcx, PER_CPU_VAR(previrt_xen_pv_iret_frame + 16)
	movq	$0, PER_CPU_VAR(previrt_xen_pv_iret_frame + 24)
	.irp i, 0, 1, 2, 3, 4
	movq	\i*8(%rsp), %rax
	movq	%rax, PER_CPU_VAR(previrt_xen_pv_iret_frame + 32 + \i*8)
	.endr
	movq	PER_CPU_VAR(this_cpu_off), %rsp
	addq	$previrt_xen_pv_iret_frame, %rsp
	mov	$__HYPERVISOR_iret, %eax
	syscall				/* does not return */
SYM_CODE_END(previrt_xen_pv_iret)

/*
 * The syscall callback (CALLBACKTYPE_syscall, events masked as SFMASK
 * would mask IF): Xen enters it on the kernel stack of the vCPU (sp0,
 * the entry stack) with {rcx, r11, rip, cs, rflags, rsp, ss}, the user's
 * %rcx and %r11 as syscall left them.  The native entry_SYSCALL_64 builds
 * the same frame on the task stack and goes on from its hardware-frame
 * label; so does this, with TSS.sp2 as scratch as there, and with the
 * kernel's user selectors in the frame (Xen's are FLAT_USER_*), which
 * the kernel compares against (user_64bit_mode()).
 */
SYM_CODE_START(previrt_xen_pv_syscall)
	UNWIND_HINT_EMPTY
	ENDBR
	popq	%rcx
	popq	%r11
	pushq	%rax
	movq	4*8(%rsp), %rax				/* the frame's rsp */
	movq	%rax, PER_CPU_VAR(cpu_tss_rw + TSS_sp2)
	popq	%rax
	movq	PER_CPU_VAR(cpu_current_top_of_stack), %rsp
	pushq	$__USER_DS				/* pt_regs->ss */
	pushq	PER_CPU_VAR(cpu_tss_rw + TSS_sp2)	/* pt_regs->sp */
	pushq	%r11					/* pt_regs->flags */
	pushq	$__USER_CS				/* pt_regs->cs */
	pushq	%rcx					/* pt_regs->ip */
	jmp	entry_SYSCALL_64_after_hwframe
SYM_CODE_END(previrt_xen_pv_syscall)

/*
 * sysretq of the syscall exit: on the user's stack with the kernel's GS
 * base, %rcx the user's rip and %r11 its flags.  Xen's iret returns the
 * same way, from a frame on the top of the task stack, which the exit is
 * done with (pv-ops' xen_sysret64 of Linux up to 5.x), with %rcx and %r11
 * as sysret leaves them.  Not with VGCF_in_syscall: Xen would return by
 * its own sysret, with its flat user selectors in CS and SS instead of
 * the kernel's, which the kernel compares against (user_64bit_mode()).
 */
SYM_CODE_START(previrt_xen_pv_sysret)
	UNWIND_HINT_EMPTY
	ANNOTATE_NOENDBR
	movq	%rsp, PER_CPU_VAR(cpu_tss_rw + TSS_sp2)
	movq	PER_CPU_VAR(cpu_current_top_of_stack), %rsp
	pushq	$__USER_DS
	pushq	PER_CPU_VAR(cpu_tss_rw + TSS_sp2)
	pushq	%r11
	pushq	$__USER_CS
	pushq	%rcx
	pushq	$0				/* flags */
	push	%rcx
	push	%r11
	push	%rax
	mov	$__HYPERVISOR_iret, %eax
	syscall				/* does not return */
SYM_CODE_END(previrt_xen_pv_sysret)

/*
 * The failsafe callback: Xen could not load the user's segment registers
 * (or iret) on a return to user mode, and enters here with {rcx, r11,
 * ds, es, fs, gs, rip, cs, rflags, rsp, ss} (pv-ops' xen_failsafe_callback).
 * If a segment register differs from its saved value, Xen loaded the null
 * selector for it: the return is tried again through the kernel's exit.
 * Otherwise the iret itself failed: a #GP, as a native iret would raise.
 */
SYM_CODE_START(previrt_xen_pv_failsafe)
	UNWIND_HINT_EMPTY
	ENDBR
	movl	%ds, %ecx
	cmpw	%cx, 0x10(%rsp)
	jne	1f
	movl	%es, %ecx
	cmpw	%cx, 0x18(%rsp)
	jne	1f
	movl	%fs, %ecx
	cmpw	%cx, 0x20(%rsp)
	jne	1f
	movl	%gs, %ecx
	cmpw	%cx, 0x28(%rsp)
	jne	1f
	movq	(%rsp), %rcx
	movq	8(%rsp), %r11
	addq	$0x30, %rsp
	pushq	$0				/* the error code */
	UNWIND_HINT_IRET_REGS offset=8
	jmp	asm_exc_general_protection
1:	movq	(%rsp), %rcx
	movq	8(%rsp), %r11
	addq	$0x30, %rsp
	UNWIND_HINT_IRET_REGS
	pushq	$-1				/* orig_ax: not a system call */
	PUSH_AND_CLEAR_REGS
	ENCODE_FRAME_POINTER
	jmp	swapgs_restore_regs_and_return_to_usermode
SYM_CODE_END(previrt_xen_pv_failsafe)

/*
 * #GP, before the kernel's handler: a wrmsr of the kernel that Xen refused
 * because the MSR is Xen's for a PV guest (the syscall and sysenter
 * MSRs: Xen's callbacks take their place) is skipped, as pv-ops'
 * xen_write_msr() ignores these writes; the kernel would report each as
 * an unchecked MSR access error.  Any other #GP goes on to the kernel.
 * The frame: error code, rip, cs, rflags, rsp, ss.
 */
SYM_CODE_START(previrt_xen_pv_gp_filter)
	UNWIND_HINT_IRET_REGS offset=8
	ANNOTATE_NOENDBR
	testb	$3, 16(%rsp)
	jnz	2f
	pushq	%rax
	movq	16(%rsp), %rax				/* rip */
	cmpw	$0x300f, (%rax)				/* wrmsr */
	jne	1f
	movl	%ecx, %eax				/* STAR, LSTAR, CSTAR, SFMASK */
	subl	$MSR_STAR, %eax
	cmpl	$MSR_SYSCALL_MASK - MSR_STAR, %eax
	jbe	3f
	movl	%ecx, %eax				/* SYSENTER_CS, _ESP, _EIP */
	subl	$MSR_IA32_SYSENTER_CS, %eax
	cmpl	$MSR_IA32_SYSENTER_EIP - MSR_IA32_SYSENTER_CS, %eax
	jbe	3f
1:	popq	%rax
2:	jmp	asm_exc_general_protection
3:	addq	$2, 16(%rsp)
	popq	%rax
	addq	$8, %rsp				/* the error code */
	UNWIND_HINT_IRET_REGS
	jmp	previrt_xen_pv_iret
SYM_CODE_END(previrt_xen_pv_gp_filter)

/*
 * swapgs outside the entry code: the GS bases swapped for real, which
 * Xen only does between guest kernel and user mode.  The kernel's
 * __rdgsbase_inactive() and __wrgsbase_inactive() run rdgsbase or
 * wrgsbase between two swapgs, with interrupts off, to reach the user's
 * GS base (pv-ops has X86_FEATURE_XENPV branches there, which read and
 * write MSR_KERNEL_GS_BASE instead).  Here the user's base comes from
 * MSR_KERNEL_GS_BASE and the kernel's goes there, and the kernel's
 * rdgsbase/wrgsbase reach the user's base in between; Xen emulates both
 * MSR accesses, and the thunk uses no per-CPU data after its wrgsbase.
 */
SYM_CODE_START(previrt_xen_pv_swapgs)
	UNWIND_HINT_FUNC
	ANNOTATE_NOENDBR
	pushfq
	pushq	%rax
	pushq	%rcx
	pushq	%rdx
	pushq	%rsi
	rdgsbase %rsi
	movl	$MSR_KERNEL_GS_BASE, %ecx
	rdmsr
	shlq	$32, %rdx
	orq	%rax, %rdx
	wrgsbase %rdx
	movl	%esi, %eax
	movq	%rsi, %rdx
	shrq	$32, %rdx
	wrmsr
	popq	%rsi
	popq	%rdx
	popq	%rcx
	popq	%rax
	popfq
	RET
SYM_CODE_END(previrt_xen_pv_swapgs)

/* What the TSS sp0 store sites call: Xen's kernel stack for user-mode entries. */
	PREVIRT_XEN_PV_C_THUNK previrt_xen_pv_load_sp0_thunk, previrt_xen_pv_load_sp0
	PREVIRT_XEN_PV_C_THUNK previrt_xen_pv_io_bitmap_thunk, previrt_xen_pv_io_bitmap

SYM_CODE_START(previrt_xen_pv_thunks_end)
	UNWIND_HINT_EMPTY
	ANNOTATE_NOENDBR
	int3
SYM_CODE_END(previrt_xen_pv_thunks_end)
	.popsection

/*
 * Code the runtime writes at boot: the stubs of sites whose replacement
 * does not fit in them, and the trap stubs Xen enters (xen_pv.c).  In the
 * entry text, so that entry code may use them too.
 */
	.pushsection .entry.text, "ax"
SYM_CODE_START(previrt_xen_pv_stubs)
	UNWIND_HINT_EMPTY
	ANNOTATE_NOENDBR
	.skip	PREVIRT_XEN_PV_STUB_AREA, 0xcc
SYM_CODE_END(previrt_xen_pv_stubs)
SYM_CODE_START(previrt_xen_pv_stubs_end)
	UNWIND_HINT_EMPTY
	ANNOTATE_NOENDBR
	int3
SYM_CODE_END(previrt_xen_pv_stubs_end)
	.popsection

/* The thunks above by register number (ModRM order; none for %rsp). */
.macro PREVIRT_XEN_PV_TABLE name
SYM_DATA_START(\name\()_thunks)
	.irp reg, rax, rcx, rdx, rbx
	.quad	\name\()_\reg
	.endr
	.quad	0
	.irp reg, rbp, rsi, rdi, r8, r9, r10, r11, r12, r13, r14, r15
	.quad	\name\()_\reg
	.endr
SYM_DATA_END(\name\()_thunks)
.endm

	.pushsection .rodata
	PREVIRT_XEN_PV_TABLE previrt_xen_pv_make
	PREVIRT_XEN_PV_TABLE previrt_xen_pv_val
	PREVIRT_XEN_PV_TABLE previrt_xen_pv_write_cr3
	.popsection

/*
 * previrt_xen_hypercall_pv - a hypercall from PV guest kernel mode
 *
 * %rax the hypercall number, %rdi, %rsi, %rdx, %r10, %r8 the arguments;
 * returns Xen's result in %rax.  syscall from guest kernel mode enters
 * Xen, which returns after it and clobbers %rcx and %r11 like any
 * syscall; the caller declares them clobbered.
 *
 * Code, not a function, for objtool: syscall is a site, and the padding
 * afterburn puts after it separates it from the hint objtool wants on the
 * next instruction of a function.  The second hint restarts the unwind
 * state at the ret, after the padding.
 */
	.pushsection .noinstr.text, "ax"
SYM_CODE_START(previrt_xen_hypercall_pv)
	UNWIND_HINT_FUNC
	ANNOTATE_NOENDBR
	syscall
	UNWIND_HINT_FUNC
	RET
SYM_CODE_END(previrt_xen_hypercall_pv)
	.popsection

	ELFNOTE(Xen, XEN_ELFNOTE_GUEST_OS,	.asciz "linux")
	ELFNOTE(Xen, XEN_ELFNOTE_GUEST_VERSION,	.asciz "2.6")
	ELFNOTE(Xen, XEN_ELFNOTE_XEN_VERSION,	.asciz "xen-3.0")
	ELFNOTE(Xen, XEN_ELFNOTE_LOADER,	.asciz "generic")
	ELFNOTE(Xen, XEN_ELFNOTE_PAE_MODE,	.asciz "yes")
	/* Virtual addresses from the kernel map, pseudo-physical 0 at its base. */
	ELFNOTE(Xen, XEN_ELFNOTE_VIRT_BASE,	_ASM_PTR __START_KERNEL_map)
	ELFNOTE(Xen, XEN_ELFNOTE_PADDR_OFFSET,	_ASM_PTR 0)
	ELFNOTE(Xen, XEN_ELFNOTE_ENTRY,		_ASM_PTR previrt_xen_pv_entry)
