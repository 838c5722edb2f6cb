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
#include <asm/nospec-branch.h>
#include <asm/page_types.h>
#include <asm/percpu.h>
#include <asm/processor-flags.h>
#include <asm/unwind_hints.h>
#include <xen/interface/elfnote.h>

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
/* offsetof(struct vcpu_info, evtchn_upcall_mask), checked in xen_pv.c */
#define PREVIRT_XEN_PV_MASK_OFFSET	1

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
 * the other flags by popf itself, and the word dropped.  Events are not
 * delivered yet (Xen's own mask for the vCPU stays set until the runtime
 * registers previrt_xen_pv_vcpu), so unmasking needs no pending check.
 */
SYM_CODE_START(previrt_xen_pv_popf)
	UNWIND_HINT_FUNC
	ANNOTATE_NOENDBR
	testl	$X86_EFLAGS_IF, 8(%rsp)
	setz	PER_CPU_VAR(previrt_xen_pv_vcpu + PREVIRT_XEN_PV_MASK_OFFSET)
	pushq	8(%rsp)
	popfq
	ret	$8
SYM_CODE_END(previrt_xen_pv_popf)

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

SYM_CODE_START(previrt_xen_pv_thunks_end)
	UNWIND_HINT_EMPTY
	ANNOTATE_NOENDBR
	int3
SYM_CODE_END(previrt_xen_pv_thunks_end)
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
SYM_CODE_START(previrt_xen_hypercall_pv)
	UNWIND_HINT_FUNC
	ANNOTATE_NOENDBR
	syscall
	UNWIND_HINT_FUNC
	RET
SYM_CODE_END(previrt_xen_hypercall_pv)

	ELFNOTE(Xen, XEN_ELFNOTE_GUEST_OS,	.asciz "linux")
	ELFNOTE(Xen, XEN_ELFNOTE_GUEST_VERSION,	.asciz "2.6")
	ELFNOTE(Xen, XEN_ELFNOTE_XEN_VERSION,	.asciz "xen-3.0")
	ELFNOTE(Xen, XEN_ELFNOTE_LOADER,	.asciz "generic")
	ELFNOTE(Xen, XEN_ELFNOTE_PAE_MODE,	.asciz "yes")
	/* Virtual addresses from the kernel map, pseudo-physical 0 at its base. */
	ELFNOTE(Xen, XEN_ELFNOTE_VIRT_BASE,	_ASM_PTR __START_KERNEL_map)
	ELFNOTE(Xen, XEN_ELFNOTE_PADDR_OFFSET,	_ASM_PTR 0)
	ELFNOTE(Xen, XEN_ELFNOTE_ENTRY,		_ASM_PTR previrt_xen_pv_entry)
