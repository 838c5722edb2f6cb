/* SPDX-License-Identifier: GPL-2.0 */
/*
 * previrt site kinds for x86-64, shared by the kernel, the afterburn
 * rewriter and the coverage checker (scripts/previrt/).  This header must
 * stay free of kernel types so that host programs can include it.
 *
 * PREVIRT_X86_KINDS(X) expands X(name, size, description) once per kind:
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

#define PREVIRT_X86_KINDS(X)						\
	X(NONE,		0,  "not a site")				\
	X(CLI,		12, "cli: disable interrupts")			\
	X(STI,		12, "sti: enable interrupts")			\
	X(PUSHF,	12, "pushf: push RFLAGS")			\
	X(POPF,		12, "popf: pop RFLAGS")				\
	X(CR_READ,	10, "mov %crN, reg")				\
	X(CR_WRITE,	10, "mov reg, %crN")				\
	X(DR_READ,	10, "mov %drN, reg")				\
	X(DR_WRITE,	10, "mov reg, %drN")				\
	X(CLTS,		8,  "clts: clear CR0.TS")			\
	X(LMSW,		8,  "lmsw: load machine status word")		\
	X(SMSW,		8,  "smsw: store machine status word")		\
	X(LGDT,		8,  "lgdt: load GDTR")				\
	X(LIDT,		8,  "lidt: load IDTR")				\
	X(LLDT,		8,  "lldt: load LDTR")				\
	X(LTR,		8,  "ltr: load task register")			\
	X(SGDT,		8,  "sgdt: store GDTR")				\
	X(SIDT,		8,  "sidt: store IDTR")				\
	X(SLDT,		8,  "sldt: store LDTR")				\
	X(STR,		8,  "str: store task register")			\
	X(LAR,		8,  "lar: load access rights")			\
	X(LSL,		8,  "lsl: load segment limit")			\
	X(VERR,		8,  "verr: verify segment for reading")		\
	X(VERW,		8,  "verw: verify segment for writing")		\
	X(SEG_READ,	8,  "mov %sreg, r/m")				\
	X(SEG_WRITE,	8,  "mov r/m, %sreg")				\
	X(PUSH_SEG,	8,  "push %fs/%gs")				\
	X(POP_SEG,	8,  "pop %fs/%gs")				\
	X(SWAPGS,	8,  "swapgs")					\
	X(RDMSR,	8,  "rdmsr")					\
	X(WRMSR,	8,  "wrmsr")					\
	X(RDTSC,	8,  "rdtsc")					\
	X(RDTSCP,	8,  "rdtscp")					\
	X(RDPMC,	8,  "rdpmc")					\
	X(IN,		8,  "in: port input")				\
	X(OUT,		8,  "out: port output")				\
	X(INS,		8,  "ins: string port input")			\
	X(OUTS,		8,  "outs: string port output")			\
	X(INVLPG,	8,  "invlpg: flush one TLB entry")		\
	X(INVPCID,	8,  "invpcid: flush TLB entries by PCID")	\
	X(WBINVD,	8,  "wbinvd: write back and invalidate caches")	\
	X(INVD,		8,  "invd: invalidate caches")			\
	X(HLT,		8,  "hlt: halt")				\
	X(MONITOR,	8,  "monitor")					\
	X(MWAIT,	8,  "mwait")					\
	X(IRET,		8,  "iret/iretq: return from interrupt")	\
	X(SYSRET,	8,  "sysret/sysretq: return from syscall")	\
	X(SYSEXIT,	8,  "sysexit")					\
	X(CPUID,	8,  "cpuid")					\
	X(XSETBV,	8,  "xsetbv: write XCR")			\
	X(INT,		8,  "int $n, int1: software interrupt")		\
	X(INT3,		8,  "int3: breakpoint")				\
	X(UD2,		8,  "ud2: undefined instruction")

#define PREVIRT_KIND_ENUM_(name, size, desc)	PREVIRT_KIND_##name,

#ifndef __ASSEMBLY__
#define PREVIRT_HAVE_KIND_ENUM
/* The kinds; PREVIRT_KIND_NR counts them. */
enum previrt_kind {
	PREVIRT_X86_KINDS(PREVIRT_KIND_ENUM_)
	PREVIRT_KIND_NR
};
#endif

/*
 * Memory kinds (annotations of ordinary loads and stores, see
 * scripts/coccinelle/previrt/) are numbered from PREVIRT_KIND_MEM_FIRST.
 */
#define PREVIRT_KIND_MEM_FIRST	0x80

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
