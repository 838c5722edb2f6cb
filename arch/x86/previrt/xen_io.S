/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Port I/O thunks of the previrt Xen runtimes (xen-pvh, xen-pv).
 *
 * The runtime rewrites each "in"/"out" site with a port in %dx into a call
 * to the thunk of its direction and width (previrt_xen_io_patch()).  A thunk behaves as the
 * instruction did: it changes no register but the destination of an "in"
 * and no flag.  The COM1 ports (0x3f8-0x3ff) go to the 16550 model in
 * xen.c; every other port gets the original instruction, here, in a
 * site that the runtime leaves alone.  "outb %al, $0x20" (the 8259's
 * command port) goes to previrt_xen_io_pic_thunk, which turns an EOI into
 * a local APIC EOI: on Xen PVH every legacy interrupt arrives through the
 * virtual local APIC (the xen-pvh runtime only: a PV guest has no 8259
 * and no local APIC).
 *
 * The thunks stay in this order, from previrt_xen_io_outb_dx to
 * previrt_xen_io_pic_thunk: the runtime leaves the sites in between alone.
 */
#include <linux/linkage.h>
#include <asm/nospec-branch.h>
#include <asm/previrt_thunk.h>

#define XEN_COM1_FIRST	0x3f8
#define XEN_COM1_LAST	0x3ff

/* XEN_IO_OUT suffix, register, zero-extending move, size */
.macro XEN_IO_OUT sfx reg mov size
SYM_FUNC_START(previrt_xen_io_out\sfx\()_dx)
	pushfq
	cmpw	$XEN_COM1_FIRST, %dx
	jb	.Lnative_out\sfx
	cmpw	$XEN_COM1_LAST, %dx
	ja	.Lnative_out\sfx
	PREVIRT_SAVE_REGS
	movzwl	%dx, %edi
	\mov	\reg, %esi
	movl	$\size, %edx
	call	previrt_xen_uart_out
	PREVIRT_RESTORE_REGS
	popfq
	RET
.Lnative_out\sfx:
	popfq
	out	\reg, %dx
	RET
SYM_FUNC_END(previrt_xen_io_out\sfx\()_dx)
.endm

/* XEN_IO_IN suffix, register, store of the result into %rax's slot, size */
.macro XEN_IO_IN sfx reg store size
SYM_FUNC_START(previrt_xen_io_in\sfx\()_dx)
	pushfq
	cmpw	$XEN_COM1_FIRST, %dx
	jb	.Lnative_in\sfx
	cmpw	$XEN_COM1_LAST, %dx
	ja	.Lnative_in\sfx
	PREVIRT_SAVE_REGS
	movzwl	%dx, %edi
	movl	$\size, %esi
	call	previrt_xen_uart_in
	\store
	PREVIRT_RESTORE_REGS
	popfq
	RET
.Lnative_in\sfx:
	popfq
	in	%dx, \reg
	RET
SYM_FUNC_END(previrt_xen_io_in\sfx\()_dx)
.endm

	.text
XEN_IO_OUT b, %al,  movzbl, 1
XEN_IO_OUT w, %ax,  movzwl, 2
XEN_IO_OUT l, %eax, movl,   4
/* in: only %al or %ax change; "in" to %eax clears the upper half of %rax. */
XEN_IO_IN  b, %al,  "movb %al, 64(%rsp)", 1
XEN_IO_IN  w, %ax,  "movw %ax, 64(%rsp)", 2
XEN_IO_IN  l, %eax, "movl %eax, %eax; movq %rax, 64(%rsp)", 4

SYM_FUNC_START(previrt_xen_io_pic_thunk)
	pushfq
	PREVIRT_SAVE_REGS
	movzbl	%al, %edi
	call	previrt_xen_pic_cmd
	PREVIRT_RESTORE_REGS
	popfq
	RET
SYM_FUNC_END(previrt_xen_io_pic_thunk)
