/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Classification of sensitive x86-64 instructions for previrt.
 *
 * Shared by the kernel and by the host tools in scripts/previrt/: it uses
 * nothing but struct insn and the X86_MODRM_* / X86_REX_* helpers, which the
 * kernel's <asm/insn.h> and its tools/ copy both provide.  The includer must
 * include <asm/insn.h> first and hand in a fully decoded instruction
 * (insn_decode() returned 0).
 */
#ifndef _ASM_X86_PREVIRT_CLASSIFY_H
#define _ASM_X86_PREVIRT_CLASSIFY_H

#include <asm/previrt_kinds.h>

static inline int previrt_insn_rex(const struct insn *insn)
{
	return insn->rex_prefix.nbytes ? insn->rex_prefix.bytes[0] : 0;
}

static inline int previrt_insn_has_prefix(const struct insn *insn, int prefix)
{
	int i;

	for (i = 0; i < 4; i++)
		if (insn->prefixes.bytes[i] == prefix)
			return 1;
	return 0;
}

/* 0f 01: group 7 */
static inline int previrt_classify_grp7(const struct insn *insn)
{
	int modrm = insn->modrm.bytes[0];

	switch (X86_MODRM_REG(modrm)) {
	case 4:
		return PREVIRT_KIND_SMSW;
	case 6:
		return PREVIRT_KIND_LMSW;
	}

	if (X86_MODRM_MOD(modrm) != 3) {
		switch (X86_MODRM_REG(modrm)) {
		case 0:
			return PREVIRT_KIND_SGDT;
		case 1:
			return PREVIRT_KIND_SIDT;
		case 2:
			return PREVIRT_KIND_LGDT;
		case 3:
			return PREVIRT_KIND_LIDT;
		case 7:
			return PREVIRT_KIND_INVLPG;
		}
		return PREVIRT_KIND_NONE;
	}

	switch (modrm) {
	case 0xc8:
		return PREVIRT_KIND_MONITOR;
	case 0xc9:
		return PREVIRT_KIND_MWAIT;
	case 0xd1:
		return PREVIRT_KIND_XSETBV;
	case 0xf8:
		return PREVIRT_KIND_SWAPGS;
	case 0xf9:
		return PREVIRT_KIND_RDTSCP;
	}
	/* clac, stac, xgetbv, monitorx, mwaitx, VMX, SVM, ...: not ours */
	return PREVIRT_KIND_NONE;
}

/* 0f 00: group 6 */
static inline int previrt_classify_grp6(const struct insn *insn)
{
	switch (X86_MODRM_REG(insn->modrm.bytes[0])) {
	case 0:
		return PREVIRT_KIND_SLDT;
	case 1:
		return PREVIRT_KIND_STR;
	case 2:
		return PREVIRT_KIND_LLDT;
	case 3:
		return PREVIRT_KIND_LTR;
	case 4:
		return PREVIRT_KIND_VERR;
	case 5:
		return PREVIRT_KIND_VERW;
	}
	return PREVIRT_KIND_NONE;
}

static inline int previrt_classify_0f(const struct insn *insn)
{
	switch (insn->opcode.bytes[1]) {
	case 0x00:
		return previrt_classify_grp6(insn);
	case 0x01:
		return previrt_classify_grp7(insn);
	case 0x02:
		return PREVIRT_KIND_LAR;
	case 0x03:
		return PREVIRT_KIND_LSL;
	case 0x06:
		return PREVIRT_KIND_CLTS;
	case 0x07:
		return PREVIRT_KIND_SYSRET;
	case 0x08:
		return PREVIRT_KIND_INVD;
	case 0x09:
		/* wbinvd; f3 0f 09 is wbnoinvd, privileged all the same */
		return PREVIRT_KIND_WBINVD;
	case 0x0b:
		return PREVIRT_KIND_UD2;
	case 0x20:
		return PREVIRT_KIND_CR_READ;
	case 0x21:
		return PREVIRT_KIND_DR_READ;
	case 0x22:
		return PREVIRT_KIND_CR_WRITE;
	case 0x23:
		return PREVIRT_KIND_DR_WRITE;
	case 0x30:
		return PREVIRT_KIND_WRMSR;
	case 0x31:
		return PREVIRT_KIND_RDTSC;
	case 0x32:
		return PREVIRT_KIND_RDMSR;
	case 0x33:
		return PREVIRT_KIND_RDPMC;
	case 0x35:
		return PREVIRT_KIND_SYSEXIT;
	case 0x38:
		if (insn->opcode.nbytes == 3 && insn->opcode.bytes[2] == 0x82 &&
		    previrt_insn_has_prefix(insn, 0x66))
			return PREVIRT_KIND_INVPCID;
		return PREVIRT_KIND_NONE;
	case 0xa0:
	case 0xa8:
		return PREVIRT_KIND_PUSH_SEG;
	case 0xa1:
	case 0xa9:
		return PREVIRT_KIND_POP_SEG;
	case 0xa2:
		return PREVIRT_KIND_CPUID;
	}
	return PREVIRT_KIND_NONE;
}

/**
 * previrt_classify_insn() - the previrt kind of a decoded instruction
 * @insn: a completely decoded instruction
 *
 * Looks at the opcode bytes, the ModRM byte and the prefixes only, so that
 * the answer depends on the encoding and not on the decoder's attribute
 * tables.  int3 and ud2 are classified too (as PREVIRT_KIND_INT3 and
 * PREVIRT_KIND_UD2) although the kernel also uses them as padding and for
 * BUG(); whether they matter is for the caller to decide.  Push and pop of
 * %es/%cs/%ss/%ds only exist outside 64-bit mode and are classified only
 * when @insn was decoded in 32-bit mode.
 *
 * Return: the PREVIRT_KIND_* of @insn, or PREVIRT_KIND_NONE (0) when the
 * instruction is not sensitive.
 */
static inline int previrt_classify_insn(const struct insn *insn)
{
	/* No VEX/EVEX-encoded instruction is sensitive. */
	if (insn->vex_prefix.nbytes)
		return PREVIRT_KIND_NONE;

	switch (insn->opcode.bytes[0]) {
	case 0x0f:
		if (insn->opcode.nbytes < 2)
			return PREVIRT_KIND_NONE;
		return previrt_classify_0f(insn);
	case 0x06:
	case 0x0e:
	case 0x16:
	case 0x1e:
		return insn->x86_64 ? PREVIRT_KIND_NONE : PREVIRT_KIND_PUSH_SEG;
	case 0x07:
	case 0x17:
	case 0x1f:
		return insn->x86_64 ? PREVIRT_KIND_NONE : PREVIRT_KIND_POP_SEG;
	case 0x6c:
	case 0x6d:
		return PREVIRT_KIND_INS;
	case 0x6e:
	case 0x6f:
		return PREVIRT_KIND_OUTS;
	case 0x8c:
		return PREVIRT_KIND_SEG_READ;
	case 0x8e:
		return PREVIRT_KIND_SEG_WRITE;
	case 0x9c:
		return PREVIRT_KIND_PUSHF;
	case 0x9d:
		return PREVIRT_KIND_POPF;
	case 0xcc:
		return PREVIRT_KIND_INT3;
	case 0xcd:
	case 0xf1:
		return PREVIRT_KIND_INT;
	case 0xcf:
		return PREVIRT_KIND_IRET;
	case 0xe4:
	case 0xe5:
	case 0xec:
	case 0xed:
		return PREVIRT_KIND_IN;
	case 0xe6:
	case 0xe7:
	case 0xee:
	case 0xef:
		return PREVIRT_KIND_OUT;
	case 0xf4:
		return PREVIRT_KIND_HLT;
	case 0xfa:
		return PREVIRT_KIND_CLI;
	case 0xfb:
		return PREVIRT_KIND_STI;
	}
	return PREVIRT_KIND_NONE;
}

/* log2 of the access width of in/out/ins/outs: 0, 1 or 2 */
static inline int previrt_insn_io_width(const struct insn *insn)
{
	/* Even numbered opcodes (e4, e6, ec, ee, 6c, 6e) move a byte. */
	if (!(insn->opcode.bytes[0] & 1))
		return 0;
	/* REX.W does not widen port I/O: only 66 selects 16 bits. */
	return insn->opnd_bytes == 2 ? 1 : 2;
}

/**
 * previrt_insn_operand() - the operand byte of a site record
 * @insn: a completely decoded instruction
 * @kind: its kind, as returned by previrt_classify_insn()
 *
 * Computes the operand byte described in <asm/previrt_kinds.h>: the control,
 * debug or segment register and the general purpose register of a move, the
 * segment register of push/pop %fs/%gs, the width and the DX and REP flags of
 * port I/O, the vector of int $n and int1.  An instruction whose ModRM byte
 * names a memory operand gets PREVIRT_OP_DECODE: the runtime has to decode
 * it anyway.
 *
 * Return: the operand byte (0 for kinds without an operand encoding).
 */
static inline int previrt_insn_operand(const struct insn *insn, int kind)
{
	int rex = previrt_insn_rex(insn);
	int modrm = insn->modrm.bytes[0];
	int reg = X86_MODRM_REG(modrm) + (X86_REX_R(rex) ? 8 : 0);
	int rm = X86_MODRM_RM(modrm) + (X86_REX_B(rex) ? 8 : 0);
	int op;

	switch (kind) {
	case PREVIRT_KIND_CR_READ:
	case PREVIRT_KIND_CR_WRITE:
		/* AMD's alternative encoding of %cr8: lock mov %cr0 */
		if (previrt_insn_has_prefix(insn, 0xf0))
			reg |= 8;
		return (reg << 4) | rm;
	case PREVIRT_KIND_DR_READ:
	case PREVIRT_KIND_DR_WRITE:
		/* The ModRM mod field is ignored: always a register. */
		return (reg << 4) | rm;
	case PREVIRT_KIND_SEG_READ:
	case PREVIRT_KIND_SEG_WRITE:
		if (X86_MODRM_MOD(modrm) != 3)
			return PREVIRT_OP_DECODE;
		/* REX.R does not extend the segment register field. */
		return (X86_MODRM_REG(modrm) << 4) | rm;
	case PREVIRT_KIND_PUSH_SEG:
	case PREVIRT_KIND_POP_SEG:
		if (insn->opcode.bytes[0] == 0x0f)
			return insn->opcode.bytes[1] >= 0xa8 ? 5 : 4;
		/* 32-bit push/pop: es = 06/07, cs = 0e, ss = 16/17, ds = 1e/1f */
		return insn->opcode.bytes[0] >> 3;
	case PREVIRT_KIND_IN:
	case PREVIRT_KIND_OUT:
		op = previrt_insn_io_width(insn);
		/* ec, ed, ee, ef take the port from %dx */
		if (insn->opcode.bytes[0] & 0x08)
			op |= PREVIRT_OP_PORT_DX;
		return op;
	case PREVIRT_KIND_INS:
	case PREVIRT_KIND_OUTS:
		op = previrt_insn_io_width(insn) | PREVIRT_OP_PORT_DX;
		if (previrt_insn_has_prefix(insn, 0xf3) ||
		    previrt_insn_has_prefix(insn, 0xf2))
			op |= PREVIRT_OP_REP;
		return op;
	case PREVIRT_KIND_INT:
		if (insn->opcode.bytes[0] == 0xf1)
			return 1;
		return insn->immediate.bytes[0];
	}

	if (insn->modrm.nbytes && X86_MODRM_MOD(modrm) != 3)
		return PREVIRT_OP_DECODE;
	return 0;
}

#endif /* _ASM_X86_PREVIRT_CLASSIFY_H */
