/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The previrt kernel as a Xen PV guest: the ELF notes that make Xen's PV
 * loader take vmlinux, and the entry point they name.
 *
 * Xen enters at previrt_xen_pv_entry in 64-bit mode at CPL 3, with %rsi
 * pointing to start_info, %rsp to a bootstrap stack in the initial
 * mapping, events masked and no trap table: a fault now ends the domain.
 * The entry's C code (xen_pv.c) is built without stack protector, since
 * the GS base is still 0.
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
#include <asm/unwind_hints.h>
#include <xen/interface/elfnote.h>

	__INIT
SYM_CODE_START(previrt_xen_pv_entry)
	UNWIND_HINT_EMPTY
	ANNOTATE_NOENDBR
	cld
	mov	%rsi, %rdi
	call	previrt_xen_pv_start
	ud2
SYM_CODE_END(previrt_xen_pv_entry)
	__FINIT

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
