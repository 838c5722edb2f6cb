/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Classification of sensitive x86-64 instructions for previrt, derived from
 * the table of asm/previrt_insn_list.h that the afterburn rewriter uses too.
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
#include <asm/previrt_insn_list.h>

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

/* One encoding of asm/previrt_insn_list.h. */
struct previrt_opcode {
	unsigned char kind;
	unsigned char map;	/* PREVIRT_MAP_* */
	unsigned char opcode;	/* the last opcode byte */
	unsigned char prefix;	/* mandatory prefix, or 0 */
	unsigned short modrm;	/* PREVIRT_MODRM_* */
};

static const struct previrt_opcode previrt_opcodes[] = {
#define PREVIRT_OPCODE(kind, map, opcode, modrm, prefix, imm) \
	{ PREVIRT_KIND_##kind, map, opcode, prefix, modrm },
#include <asm/previrt_insn_list.h>
#undef PREVIRT_OPCODE
};

/**
 * previrt_classify_insn() - the previrt kind of a decoded instruction
 * @insn: a completely decoded instruction
 *
 * Looks at the opcode bytes, the ModRM byte and the prefixes only, so that
 * the answer depends on the encoding and not on the decoder's attribute
 * tables: the first entry of asm/previrt_insn_list.h that matches decides.
 * int3 and ud2 are classified too (as PREVIRT_KIND_INT3 and
 * PREVIRT_KIND_UD2) although the kernel also uses them as padding and for
 * BUG(); whether they matter is for the caller to decide.  Opcodes that are
 * sensitive only outside 64-bit mode (push and pop of %es/%cs/%ss/%ds,
 * direct far jmp and call) are classified only when @insn was decoded in
 * 32-bit mode.
 *
 * Return: the PREVIRT_KIND_* of @insn, or PREVIRT_KIND_NONE (0) when the
 * instruction is not sensitive.
 */
static inline int previrt_classify_insn(const struct insn *insn)
{
	const struct previrt_opcode *o;
	int map, opcode;
	unsigned int i;

	/* No VEX/EVEX-encoded instruction is sensitive. */
	if (insn->vex_prefix.nbytes)
		return PREVIRT_KIND_NONE;
	/*
	 * Nor one behind Xen's or KVM's forced-emulation prefix (ud2 and a
	 * signature): a request to the hypervisor, #UD on bare metal.
	 */
	if (insn->emulate_prefix_size)
		return PREVIRT_KIND_NONE;

	if (insn->opcode.bytes[0] != 0x0f) {
		map = PREVIRT_MAP_1;
		opcode = insn->opcode.bytes[0];
	} else if (insn->opcode.nbytes < 2) {
		return PREVIRT_KIND_NONE;
	} else if (insn->opcode.bytes[1] != 0x38) {
		map = PREVIRT_MAP_0F;
		opcode = insn->opcode.bytes[1];
	} else if (insn->opcode.nbytes == 3) {
		map = PREVIRT_MAP_0F38;
		opcode = insn->opcode.bytes[2];
	} else {
		return PREVIRT_KIND_NONE;
	}

	for (i = 0; i < sizeof(previrt_opcodes) / sizeof(previrt_opcodes[0]); i++) {
		o = &previrt_opcodes[i];
		if (o->opcode != opcode)
			continue;
		if (o->map != map && !(o->map == PREVIRT_MAP_1_32 && map == PREVIRT_MAP_1 &&
				       !insn->x86_64))
			continue;
		if (o->prefix && !previrt_insn_has_prefix(insn, o->prefix))
			continue;
		if (o->modrm != PREVIRT_MODRM_NONE &&
		    !previrt_modrm_match(o->modrm, insn->modrm.bytes[0]))
			continue;
		return o->kind;
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
