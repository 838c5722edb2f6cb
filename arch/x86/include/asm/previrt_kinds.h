/* SPDX-License-Identifier: GPL-2.0 */
/*
 * previrt site kinds for x86-64, shared by the kernel, the afterburn
 * rewriter and the coverage checker (scripts/previrt/).  This header must
 * stay free of kernel types so that host programs can include it.
 *
 * asm/previrt_kind_list.h has one PREVIRT_KIND(name, size, description)
 * per kind (which instructions are of which kind is the table of
 * asm/previrt_insn_list.h):
 *   name - suffix of PREVIRT_KIND_<name>
 *   size - minimum site size in bytes: the original instruction plus NOP
 *          padding.  Every site has room for a 5-byte call or jmp rel32;
 *          the interrupt-flag kinds have room for an inline replacement
 *          (a 9-byte "movb $imm8, %gs:disp32" on a per-CPU mask byte, or
 *          "lea -8(%rsp),%rsp; call thunk" for pushf).  A site is never
 *          shorter than its instruction.
 *
 * The values of the enum are ABI between the rewriter and the kernel of the
 * same build only; they are not a user-space ABI.
 */
#ifndef _ASM_X86_PREVIRT_KINDS_H
#define _ASM_X86_PREVIRT_KINDS_H

#ifndef __ASSEMBLY__
/* The kinds; PREVIRT_KIND_NR counts them. */
enum previrt_kind {
#define PREVIRT_KIND(name, size, desc)	PREVIRT_KIND_##name,
#include <asm/previrt_kind_list.h>
#undef PREVIRT_KIND
	PREVIRT_KIND_NR
};
#endif

/*
 * Memory kinds (annotations of ordinary loads and stores, see
 * scripts/coccinelle/previrt/) are numbered from PREVIRT_KIND_MEM_FIRST.
 */
#define PREVIRT_KIND_MEM_FIRST	0x80

#ifndef __ASSEMBLY__
/* The memory kinds, from asm/previrt_mem_kind_list.h. */
enum previrt_mem_kind {
	PREVIRT_KIND_MEM_BEFORE_ = PREVIRT_KIND_MEM_FIRST - 1,
#define PREVIRT_MEM_KIND(name, size, desc)	PREVIRT_KIND_MEM_##name,
#include <asm/previrt_mem_kind_list.h>
#undef PREVIRT_MEM_KIND
	PREVIRT_KIND_MEM_END
};
#endif

/* Is @k a memory kind? */
#define PREVIRT_KIND_IS_MEM(k)	((k) >= PREVIRT_KIND_MEM_FIRST)

/*
 * The operand byte of a site: what a runtime needs without decoding.
 * PREVIRT_OP_DECODE means "decode the instruction" (memory operands,
 * operands the rewriter could not see, such as macro arguments).
 *
 *   CR_* / DR_*:            (control/debug register << 4) | GPR number
 *   SEG_READ/SEG_WRITE:     (segment register << 4) | GPR number
 *   PUSH_SEG/POP_SEG:       segment register (4 = fs, 5 = gs)
 *   IN/OUT/INS/OUTS:        log2(width) | PREVIRT_OP_PORT_DX | PREVIRT_OP_REP
 *   INT:                    the vector
 *   others:                 0
 *
 * GPRs and segment registers use their hardware numbers (rax = 0 ...
 * r15 = 15; es = 0, cs = 1, ss = 2, ds = 3, fs = 4, gs = 5).
 */
#define PREVIRT_OP_DECODE	0xff
#define PREVIRT_OP_PORT_DX	0x04
#define PREVIRT_OP_REP		0x08

/* Site sizes are capped so that one record byte holds them. */
#define PREVIRT_SITE_MAX	64

#endif /* _ASM_X86_PREVIRT_KINDS_H */
