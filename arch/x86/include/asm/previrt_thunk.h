/* SPDX-License-Identifier: GPL-2.0 */
/*
 * For the thunks that previrt runtimes call from sites: a site may
 * clobber only what its instruction writes, so a thunk that calls C saves
 * the registers the C calling convention lets the callee clobber.
 */
#ifndef _ASM_X86_PREVIRT_THUNK_H
#define _ASM_X86_PREVIRT_THUNK_H

#ifdef __ASSEMBLY__

/*
 * The caller-saved registers.  After PREVIRT_SAVE_REGS the slot of %rax is
 * 64(%rsp), of %rcx 56, %rdx 48, %rsi 40, %rdi 32, %r8 24, %r9 16, %r10 8
 * and %r11 0.
 */
.macro PREVIRT_SAVE_REGS
	.irp reg, rax, rcx, rdx, rsi, rdi, r8, r9, r10, r11
	push	%\reg
	.endr
.endm

.macro PREVIRT_RESTORE_REGS
	.irp reg, r11, r10, r9, r8, rdi, rsi, rdx, rcx, rax
	pop	%\reg
	.endr
.endm

#endif /* __ASSEMBLY__ */
#endif /* _ASM_X86_PREVIRT_THUNK_H */
