/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The sensitive instructions of x86-64: the one table from which both the
 * classifier of decoded instructions (asm/previrt_classify.h, used by the
 * kernel's patcher and by scripts/previrt/pvcheck) and the rewriter
 * (scripts/previrt/afterburn.c: mnemonics, and instructions written with
 * .byte) are derived, so that they cannot disagree on what is sensitive.
 * The kinds themselves, with their site sizes, are in
 * asm/previrt_kind_list.h.
 *
 * PREVIRT_OPCODE(kind, map, opcode, modrm, prefix, imm)
 *   An encoding of an instruction of PREVIRT_KIND_<kind>.  The first entry
 *   that matches an instruction decides its kind, so an entry that needs a
 *   mandatory prefix comes before the entry for the same opcode without.
 *   map     PREVIRT_MAP_1: one-byte opcode; PREVIRT_MAP_1_32: one-byte
 *           opcode that is sensitive outside 64-bit mode only (invalid or
 *           something else there); PREVIRT_MAP_0F: 0f OPCODE;
 *           PREVIRT_MAP_0F38: 0f 38 OPCODE
 *   modrm   PREVIRT_MODRM_NONE: no ModRM byte; PREVIRT_MODRM_ANY: any
 *           ModRM byte; PREVIRT_MODRM_REG(n): ModRM.reg is n;
 *           PREVIRT_MODRM_MEM(n): reg is n, memory operand;
 *           PREVIRT_MODRM_RM(n): reg is n, register operand;
 *           PREVIRT_MODRM_BYTE(b): the ModRM byte is b
 *   prefix  0, or the mandatory prefix (0x66, 0xf3) that selects the
 *           instruction
 *   imm     bytes of immediate operand
 *
 * PREVIRT_MNEMONIC(name, kind, operands, width, op)
 *   An AT&T mnemonic of PREVIRT_KIND_<kind> (NONE for mov, which is
 *   sensitive only with a control, debug or segment register), sorted by
 *   name.  operands names the operands it takes: NOARGS, ONE, TWO, MOV,
 *   PUSH, POP, IN, OUT, INS, OUTS, MONITOR (none or three registers),
 *   MWAIT (none or two), INT ($vector), LRET (none or $imm), FAR (one
 *   memory operand, or two immediates outside 64-bit mode).  width is
 *   log2 of the port width a port I/O suffix names (-1: none), op a fixed
 *   operand byte.
 *
 * No include guard for the tables: included once per use, with one or both
 * of the macros defined by the includer.
 */
#ifndef _ASM_X86_PREVIRT_INSN_LIST_DEFS
#define _ASM_X86_PREVIRT_INSN_LIST_DEFS

#define PREVIRT_MAP_1		0
#define PREVIRT_MAP_1_32	1
#define PREVIRT_MAP_0F		2
#define PREVIRT_MAP_0F38	3

#define PREVIRT_MODRM_NONE	0x000
#define PREVIRT_MODRM_ANY	0x100
#define PREVIRT_MODRM_REG(n)	(0x200 | (n))
#define PREVIRT_MODRM_MEM(n)	(0x300 | (n))
#define PREVIRT_MODRM_RM(n)	(0x400 | (n))
#define PREVIRT_MODRM_BYTE(b)	(0x500 | (b))

/* Does the ModRM byte @modrm satisfy @spec (a PREVIRT_MODRM_* but NONE)? */
static inline int previrt_modrm_match(unsigned int spec, unsigned int modrm)
{
	unsigned int reg = (modrm >> 3) & 7, mem = (modrm >> 6) != 3;

	switch (spec & 0xf00) {
	case PREVIRT_MODRM_ANY:
		return 1;
	case PREVIRT_MODRM_REG(0):
		return reg == (spec & 7);
	case PREVIRT_MODRM_MEM(0):
		return mem && reg == (spec & 7);
	case PREVIRT_MODRM_RM(0):
		return !mem && reg == (spec & 7);
	case PREVIRT_MODRM_BYTE(0):
		return modrm == (spec & 0xff);
	}
	return 0;
}

#endif /* _ASM_X86_PREVIRT_INSN_LIST_DEFS */

#ifdef PREVIRT_OPCODE
#define PREVIRT_O(kind, map, opcode, modrm, prefix, imm) \
	PREVIRT_OPCODE(kind, PREVIRT_MAP_##map, opcode, PREVIRT_MODRM_##modrm, prefix, imm)
/* one-byte opcodes */
PREVIRT_O(PUSH_SEG,  1_32, 0x06, NONE,       0,    0)   /* push %es */
PREVIRT_O(POP_SEG,   1_32, 0x07, NONE,       0,    0)   /* pop %es */
PREVIRT_O(PUSH_SEG,  1_32, 0x0e, NONE,       0,    0)   /* push %cs */
PREVIRT_O(PUSH_SEG,  1_32, 0x16, NONE,       0,    0)   /* push %ss */
PREVIRT_O(POP_SEG,   1_32, 0x17, NONE,       0,    0)   /* pop %ss */
PREVIRT_O(PUSH_SEG,  1_32, 0x1e, NONE,       0,    0)   /* push %ds */
PREVIRT_O(POP_SEG,   1_32, 0x1f, NONE,       0,    0)   /* pop %ds */
PREVIRT_O(INS,       1,    0x6c, NONE,       0,    0)   /* insb */
PREVIRT_O(INS,       1,    0x6d, NONE,       0,    0)   /* insw/insl */
PREVIRT_O(OUTS,      1,    0x6e, NONE,       0,    0)   /* outsb */
PREVIRT_O(OUTS,      1,    0x6f, NONE,       0,    0)   /* outsw/outsl */
PREVIRT_O(SEG_READ,  1,    0x8c, ANY,        0,    0)   /* mov %sreg, r/m */
PREVIRT_O(SEG_WRITE, 1,    0x8e, ANY,        0,    0)   /* mov r/m, %sreg */
PREVIRT_O(LCALL,     1_32, 0x9a, NONE,       0,    6)   /* lcall $seg, $off */
PREVIRT_O(PUSHF,     1,    0x9c, NONE,       0,    0)
PREVIRT_O(POPF,      1,    0x9d, NONE,       0,    0)
PREVIRT_O(LRET,      1,    0xca, NONE,       0,    2)   /* lret $imm16 */
PREVIRT_O(LRET,      1,    0xcb, NONE,       0,    0)
PREVIRT_O(INT3,      1,    0xcc, NONE,       0,    0)
PREVIRT_O(INT,       1,    0xcd, NONE,       0,    1)   /* int $n */
PREVIRT_O(IRET,      1,    0xcf, NONE,       0,    0)
PREVIRT_O(IN,        1,    0xe4, NONE,       0,    1)   /* inb $port */
PREVIRT_O(IN,        1,    0xe5, NONE,       0,    1)
PREVIRT_O(OUT,       1,    0xe6, NONE,       0,    1)
PREVIRT_O(OUT,       1,    0xe7, NONE,       0,    1)
PREVIRT_O(LJMP,      1_32, 0xea, NONE,       0,    6)   /* ljmp $seg, $off */
PREVIRT_O(IN,        1,    0xec, NONE,       0,    0)   /* inb (%dx) */
PREVIRT_O(IN,        1,    0xed, NONE,       0,    0)
PREVIRT_O(OUT,       1,    0xee, NONE,       0,    0)
PREVIRT_O(OUT,       1,    0xef, NONE,       0,    0)
PREVIRT_O(INT,       1,    0xf1, NONE,       0,    0)   /* int1, icebp */
PREVIRT_O(HLT,       1,    0xf4, NONE,       0,    0)
PREVIRT_O(CLI,       1,    0xfa, NONE,       0,    0)
PREVIRT_O(STI,       1,    0xfb, NONE,       0,    0)
PREVIRT_O(LCALL,     1,    0xff, MEM(3),     0,    0)   /* lcall *mem */
PREVIRT_O(LJMP,      1,    0xff, MEM(5),     0,    0)   /* ljmp *mem */
/* 0f 00: group 6 */
PREVIRT_O(SLDT,      0F,   0x00, REG(0),     0,    0)
PREVIRT_O(STR,       0F,   0x00, REG(1),     0,    0)
PREVIRT_O(LLDT,      0F,   0x00, REG(2),     0,    0)
PREVIRT_O(LTR,       0F,   0x00, REG(3),     0,    0)
PREVIRT_O(VERR,      0F,   0x00, REG(4),     0,    0)
PREVIRT_O(VERW,      0F,   0x00, REG(5),     0,    0)
/* 0f 01: group 7 */
PREVIRT_O(SGDT,      0F,   0x01, MEM(0),     0,    0)
PREVIRT_O(SIDT,      0F,   0x01, MEM(1),     0,    0)
PREVIRT_O(LGDT,      0F,   0x01, MEM(2),     0,    0)
PREVIRT_O(LIDT,      0F,   0x01, MEM(3),     0,    0)
PREVIRT_O(SMSW,      0F,   0x01, REG(4),     0,    0)
PREVIRT_O(LMSW,      0F,   0x01, REG(6),     0,    0)
PREVIRT_O(INVLPG,    0F,   0x01, MEM(7),     0,    0)
PREVIRT_O(MONITOR,   0F,   0x01, BYTE(0xc8), 0,    0)
PREVIRT_O(MWAIT,     0F,   0x01, BYTE(0xc9), 0,    0)
PREVIRT_O(CLAC,      0F,   0x01, BYTE(0xca), 0,    0)
PREVIRT_O(STAC,      0F,   0x01, BYTE(0xcb), 0,    0)
PREVIRT_O(ENCLS,     0F,   0x01, BYTE(0xcf), 0,    0)
PREVIRT_O(XSETBV,    0F,   0x01, BYTE(0xd1), 0,    0)
PREVIRT_O(SWAPGS,    0F,   0x01, BYTE(0xf8), 0,    0)
PREVIRT_O(RDTSCP,    0F,   0x01, BYTE(0xf9), 0,    0)
/* 0f xx */
PREVIRT_O(LAR,       0F,   0x02, ANY,        0,    0)
PREVIRT_O(LSL,       0F,   0x03, ANY,        0,    0)
PREVIRT_O(SYSCALL,   0F,   0x05, NONE,       0,    0)
PREVIRT_O(CLTS,      0F,   0x06, NONE,       0,    0)
PREVIRT_O(SYSRET,    0F,   0x07, NONE,       0,    0)
PREVIRT_O(INVD,      0F,   0x08, NONE,       0,    0)
PREVIRT_O(WBNOINVD,  0F,   0x09, NONE,       0xf3, 0)
PREVIRT_O(WBINVD,    0F,   0x09, NONE,       0,    0)
PREVIRT_O(UD2,       0F,   0x0b, NONE,       0,    0)
PREVIRT_O(CR_READ,   0F,   0x20, ANY,        0,    0)
PREVIRT_O(DR_READ,   0F,   0x21, ANY,        0,    0)
PREVIRT_O(CR_WRITE,  0F,   0x22, ANY,        0,    0)
PREVIRT_O(DR_WRITE,  0F,   0x23, ANY,        0,    0)
PREVIRT_O(WRMSR,     0F,   0x30, NONE,       0,    0)
PREVIRT_O(RDTSC,     0F,   0x31, NONE,       0,    0)
PREVIRT_O(RDMSR,     0F,   0x32, NONE,       0,    0)
PREVIRT_O(RDPMC,     0F,   0x33, NONE,       0,    0)
PREVIRT_O(SYSENTER,  0F,   0x34, NONE,       0,    0)
PREVIRT_O(SYSEXIT,   0F,   0x35, NONE,       0,    0)
PREVIRT_O(PUSH_SEG,  0F,   0xa0, NONE,       0,    0)   /* push %fs */
PREVIRT_O(POP_SEG,   0F,   0xa1, NONE,       0,    0)   /* pop %fs */
PREVIRT_O(CPUID,     0F,   0xa2, NONE,       0,    0)
PREVIRT_O(PUSH_SEG,  0F,   0xa8, NONE,       0,    0)   /* push %gs */
PREVIRT_O(POP_SEG,   0F,   0xa9, NONE,       0,    0)   /* pop %gs */
PREVIRT_O(LSS,       0F,   0xb2, ANY,        0,    0)
PREVIRT_O(LFS,       0F,   0xb4, ANY,        0,    0)
PREVIRT_O(LGS,       0F,   0xb5, ANY,        0,    0)
PREVIRT_O(XRSTORS,   0F,   0xc7, MEM(3),     0,    0)
PREVIRT_O(XSAVES,    0F,   0xc7, MEM(5),     0,    0)
PREVIRT_O(RDPID,     0F,   0xc7, RM(7),      0xf3, 0)
/* 0f 38 xx */
PREVIRT_O(INVPCID,   0F38, 0x82, ANY,        0x66, 0)
#undef PREVIRT_O
#endif /* PREVIRT_OPCODE */

#ifdef PREVIRT_MNEMONIC
#define PREVIRT_M(name, kind, operands)	PREVIRT_MNEMONIC(name, kind, operands, -1, 0)
#define PREVIRT_MW(name, kind, operands, w)	PREVIRT_MNEMONIC(name, kind, operands, w, 0)
PREVIRT_M("clac",      CLAC,      NOARGS)
PREVIRT_M("cli",       CLI,       NOARGS)
PREVIRT_M("clts",      CLTS,      NOARGS)
PREVIRT_M("cpuid",     CPUID,     NOARGS)
PREVIRT_M("encls",     ENCLS,     NOARGS)
PREVIRT_M("hlt",       HLT,       NOARGS)
PREVIRT_MNEMONIC("icebp",     INT,       NOARGS,  -1, 1)
PREVIRT_MW("in",        IN,        IN,      -1)
PREVIRT_MW("inb",       IN,        IN,      0)
PREVIRT_MW("inl",       IN,        IN,      2)
PREVIRT_MW("ins",       INS,       INS,     -1)
PREVIRT_MW("insb",      INS,       INS,     0)
PREVIRT_MW("insd",      INS,       INS,     2)
PREVIRT_MW("insl",      INS,       INS,     2)
PREVIRT_MW("insw",      INS,       INS,     1)
PREVIRT_M("int",       INT,       INT)
PREVIRT_MNEMONIC("int1",      INT,       NOARGS,  -1, 1)
PREVIRT_M("invd",      INVD,      NOARGS)
PREVIRT_M("invlpg",    INVLPG,    ONE)
PREVIRT_M("invpcid",   INVPCID,   TWO)
PREVIRT_MW("inw",       IN,        IN,      1)
PREVIRT_M("iret",      IRET,      NOARGS)
PREVIRT_M("iretl",     IRET,      NOARGS)
PREVIRT_M("iretq",     IRET,      NOARGS)
PREVIRT_M("iretw",     IRET,      NOARGS)
PREVIRT_M("lar",       LAR,       TWO)
PREVIRT_M("larl",      LAR,       TWO)
PREVIRT_M("larq",      LAR,       TWO)
PREVIRT_M("larw",      LAR,       TWO)
PREVIRT_M("lcall",     LCALL,     FAR)
PREVIRT_M("lcalll",    LCALL,     FAR)
PREVIRT_M("lcallq",    LCALL,     FAR)
PREVIRT_M("lcallw",    LCALL,     FAR)
PREVIRT_M("lfs",       LFS,       TWO)
PREVIRT_M("lfsl",      LFS,       TWO)
PREVIRT_M("lfsq",      LFS,       TWO)
PREVIRT_M("lfsw",      LFS,       TWO)
PREVIRT_M("lgdt",      LGDT,      ONE)
PREVIRT_M("lgdtq",     LGDT,      ONE)
PREVIRT_M("lgs",       LGS,       TWO)
PREVIRT_M("lgsl",      LGS,       TWO)
PREVIRT_M("lgsq",      LGS,       TWO)
PREVIRT_M("lgsw",      LGS,       TWO)
PREVIRT_M("lidt",      LIDT,      ONE)
PREVIRT_M("lidtq",     LIDT,      ONE)
PREVIRT_M("ljmp",      LJMP,      FAR)
PREVIRT_M("ljmpl",     LJMP,      FAR)
PREVIRT_M("ljmpq",     LJMP,      FAR)
PREVIRT_M("ljmpw",     LJMP,      FAR)
PREVIRT_M("lldt",      LLDT,      ONE)
PREVIRT_M("lldtw",     LLDT,      ONE)
PREVIRT_M("lmsw",      LMSW,      ONE)
PREVIRT_M("lmsww",     LMSW,      ONE)
PREVIRT_M("lret",      LRET,      LRET)
PREVIRT_M("lretl",     LRET,      LRET)
PREVIRT_M("lretq",     LRET,      LRET)
PREVIRT_M("lretw",     LRET,      LRET)
PREVIRT_M("lsl",       LSL,       TWO)
PREVIRT_M("lsll",      LSL,       TWO)
PREVIRT_M("lslq",      LSL,       TWO)
PREVIRT_M("lslw",      LSL,       TWO)
PREVIRT_M("lss",       LSS,       TWO)
PREVIRT_M("lssl",      LSS,       TWO)
PREVIRT_M("lssq",      LSS,       TWO)
PREVIRT_M("lssw",      LSS,       TWO)
PREVIRT_M("ltr",       LTR,       ONE)
PREVIRT_M("ltrw",      LTR,       ONE)
PREVIRT_M("monitor",   MONITOR,   MONITOR)
PREVIRT_M("mov",       NONE,      MOV)
PREVIRT_M("movl",      NONE,      MOV)
PREVIRT_M("movq",      NONE,      MOV)
PREVIRT_M("movw",      NONE,      MOV)
PREVIRT_M("mwait",     MWAIT,     MWAIT)
PREVIRT_MW("out",       OUT,       OUT,     -1)
PREVIRT_MW("outb",      OUT,       OUT,     0)
PREVIRT_MW("outl",      OUT,       OUT,     2)
PREVIRT_MW("outs",      OUTS,      OUTS,    -1)
PREVIRT_MW("outsb",     OUTS,      OUTS,    0)
PREVIRT_MW("outsd",     OUTS,      OUTS,    2)
PREVIRT_MW("outsl",     OUTS,      OUTS,    2)
PREVIRT_MW("outsw",     OUTS,      OUTS,    1)
PREVIRT_MW("outw",      OUT,       OUT,     1)
PREVIRT_M("pop",       POP_SEG,   POP)
PREVIRT_M("popf",      POPF,      NOARGS)
PREVIRT_M("popfq",     POPF,      NOARGS)
PREVIRT_M("popfw",     POPF,      NOARGS)
PREVIRT_M("popq",      POP_SEG,   POP)
PREVIRT_M("popw",      POP_SEG,   POP)
PREVIRT_M("push",      PUSH_SEG,  PUSH)
PREVIRT_M("pushf",     PUSHF,     NOARGS)
PREVIRT_M("pushfq",    PUSHF,     NOARGS)
PREVIRT_M("pushfw",    PUSHF,     NOARGS)
PREVIRT_M("pushq",     PUSH_SEG,  PUSH)
PREVIRT_M("pushw",     PUSH_SEG,  PUSH)
PREVIRT_M("rdmsr",     RDMSR,     NOARGS)
PREVIRT_M("rdpid",     RDPID,     ONE)
PREVIRT_M("rdpmc",     RDPMC,     NOARGS)
PREVIRT_M("rdtsc",     RDTSC,     NOARGS)
PREVIRT_M("rdtscp",    RDTSCP,    NOARGS)
PREVIRT_M("sgdt",      SGDT,      ONE)
PREVIRT_M("sgdtq",     SGDT,      ONE)
PREVIRT_M("sidt",      SIDT,      ONE)
PREVIRT_M("sidtq",     SIDT,      ONE)
PREVIRT_M("sldt",      SLDT,      ONE)
PREVIRT_M("sldtl",     SLDT,      ONE)
PREVIRT_M("sldtq",     SLDT,      ONE)
PREVIRT_M("sldtw",     SLDT,      ONE)
PREVIRT_M("smsw",      SMSW,      ONE)
PREVIRT_M("smswl",     SMSW,      ONE)
PREVIRT_M("smswq",     SMSW,      ONE)
PREVIRT_M("smsww",     SMSW,      ONE)
PREVIRT_M("stac",      STAC,      NOARGS)
PREVIRT_M("sti",       STI,       NOARGS)
PREVIRT_M("str",       STR,       ONE)
PREVIRT_M("strl",      STR,       ONE)
PREVIRT_M("strq",      STR,       ONE)
PREVIRT_M("strw",      STR,       ONE)
PREVIRT_M("swapgs",    SWAPGS,    NOARGS)
PREVIRT_M("syscall",   SYSCALL,   NOARGS)
PREVIRT_M("sysenter",  SYSENTER,  NOARGS)
PREVIRT_M("sysexit",   SYSEXIT,   NOARGS)
PREVIRT_M("sysexitl",  SYSEXIT,   NOARGS)
PREVIRT_M("sysexitq",  SYSEXIT,   NOARGS)
PREVIRT_M("sysret",    SYSRET,    NOARGS)
PREVIRT_M("sysretl",   SYSRET,    NOARGS)
PREVIRT_M("sysretq",   SYSRET,    NOARGS)
PREVIRT_M("verr",      VERR,      ONE)
PREVIRT_M("verrw",     VERR,      ONE)
PREVIRT_M("verw",      VERW,      ONE)
PREVIRT_M("verww",     VERW,      ONE)
PREVIRT_M("wbinvd",    WBINVD,    NOARGS)
PREVIRT_M("wbnoinvd",  WBNOINVD,  NOARGS)
PREVIRT_M("wrmsr",     WRMSR,     NOARGS)
PREVIRT_M("xrstors",   XRSTORS,   ONE)
PREVIRT_M("xrstors64", XRSTORS,   ONE)
PREVIRT_M("xsaves",    XSAVES,    ONE)
PREVIRT_M("xsaves64",  XSAVES,    ONE)
PREVIRT_M("xsetbv",    XSETBV,    NOARGS)
#undef PREVIRT_MW
#undef PREVIRT_M
#endif /* PREVIRT_MNEMONIC */
