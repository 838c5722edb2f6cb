// SPDX-License-Identifier: GPL-2.0
/*
 * afterburn - pre-virtualization ("soft layering") rewriter for x86-64
 * assembler, in the spirit of the 2006 Afterburner.
 *
 * Usage: afterburn [--exempt] [--source NAME] -o OUT IN
 *
 * Input is GNU as AT&T-syntax x86-64 assembler exactly as GCC -S emits it
 * (including inline asm between #APP and #NO_APP with cpp linemarkers) or
 * a preprocessed .S file.  The output is the same text, byte for byte,
 * except that every sensitive instruction becomes a "site".
 *
 * Design decisions
 *
 * Sites.  A sensitive instruction INSN (with its prefixes) is rewritten on
 * the same physical line into
 *
 *   98761: INSN; 98762: .nops PAD; 98763: .pushsection .previrt.sites,"a";
 *   .long 98761b - .; .byte 98763b-98761b, 98762b-98761b, KIND, OPERAND;
 *   .popsection
 *
 * where PAD = -(((SIZE)-(98762b-98761b))>0)*((SIZE)-(98762b-98761b)).  gas
 * comparisons yield -1 for true, so PAD is SIZE minus the instruction
 * length when that is positive and 0 otherwise: a site is never shorter
 * than its instruction and always at least the kind's size from
 * asm/previrt_kinds.h, so that the kernel can patch in a call or an
 * inline replacement.  Each record is 8 bytes: s32 offset of the site
 * relative to the record, u8 site length, u8 instruction length, u8 kind,
 * u8 operand (see previrt_kinds.h for the operand byte).  Sites in
 * .altinstr_replacement are recorded in .previrt.altsites instead (same
 * format, see below).  Numeric local
 * labels are used because they work inside .macro/.rept/.irp bodies and
 * never clash with the compiler's own labels.  Nothing is ever added as
 * a new line: gas line numbers, cpp linemarkers and the line numbers in
 * diagnostics stay right.  .nops needs binutils 2.31 or later.
 *
 * Exempt ranges.  Objects that Kbuild excludes from previrt are run with
 * --exempt, and .code16/.code32/.code16gcc regions are always exempt
 * (sites are 64-bit only).  No sites are made there; instead each stretch
 * of an executable section that is exempt is bracketed by "98771:" at its
 * start and "98772: .pushsection .previrt.exempt,"a"; .long 98771b - .;
 * .long 98772b - 98771b + (MODE << 30); .popsection" at its end (two 32-bit
 * words per record: offset of the range relative to the record, and its
 * length with the code mode in the top two bits: 1 .code16, 2 .code32, 3
 * 64-bit code of an --exempt object; a change of mode ends a range).  The start
 * label is emitted lazily, just before the first statement of the stretch,
 * so that stretches without any statement produce no record; the end goes
 * on the line of the directive that ends the stretch (section switch,
 * .code64, .end) or is appended to the last statement of the file.  A
 * range never spans two sections (or subsections): a section switch
 * always closes it.  gas runs a .rept/.irp body again from its start, so
 * at .endr the range state is made what it was at .rept (a start label is
 * re-emitted as "98771: ; .endr" -- gas does not recognise .endr after a
 * numeric label -- or a range begun in the body is closed), which keeps
 * every 98771b in its range's own section in every iteration.
 *
 * Sections.  Only executable sections are rewritten: .text (and .text N),
 * a .section/.pushsection whose flags contain 'x', or without flags a name
 * equal to .text, starting with ".text." or ending in ".text"; flags given
 * for a name earlier in the file are remembered.  A section stack is kept
 * like gas keeps it (.pushsection/.popsection save and restore both the
 * current and the previous section, .previous swaps them), so the records'
 * own .pushsection/.popsection pairs are transparent to .previous.
 *
 * .altinstr_replacement is rewritten like any executable section (but is
 * never covered by exempt ranges): a sensitive replacement instruction
 * becomes a site with its padding, and its record goes to
 * .previrt.altsites (same 8-byte records, flags "a").  The replacement's
 * length is measured with labels by the alternative itself
 * (.altinstructions replacementlen, and the .skip that pads the original
 * to it), so the original is padded to the longer replacement without any
 * help.  apply_alternatives() copies the replacement, padding included,
 * over the original at boot; afterwards the kernel's patcher maps each
 * altsite to its destination through the .altinstructions entry whose
 * replacement contains it.  A macro body that is invoked inside
 * .altinstr_replacement but does not switch to it itself records its sites
 * in .previrt.sites: the section is unknown where the body is rewritten.
 *
 * Macros.  .macro bodies are rewritten in place; their operands may be
 * macro arguments (\reg) that are unknown here, so the operand byte is
 * then PREVIRT_OP_DECODE (0xff).  Section directives inside a body are
 * tracked with a section state local to the body that starts "unknown",
 * which counts as executable.  Whether a macro body is rewritten is
 * decided where it is defined: a macro that got sites and is then invoked
 * inside a .code32 region is an error.  A mnemonic that names a macro
 * defined earlier is a macro invocation, not an instruction.  .rept, .irp
 * and .irpc bodies are expanded in place by gas and are simply rewritten
 * (each iteration gets its own site).
 *
 * Conditional assembly.  gas skips every statement of a branch it does not
 * take, except the conditional directives themselves (and a statement that
 * starts with a label is skipped whole, even "1: .endif").  afterburn keeps
 * a stack of the open conditionals and evaluates what it can decide like
 * gas: .if/.ifeq/.ifne/.ifge/.ifgt/.ifle/.iflt/.elseif of constant
 * expressions (gas's operators and precedence; no symbols), .ifc/.ifnc of
 * literal strings and .ifb/.ifnb without macro arguments.  Everything else
 * (.ifdef, .ifndef, .ifeqs, symbols, macro arguments) is "unknown".  In a
 * branch that is not taken nothing is rewritten and no state changes; in
 * an unknown branch instructions are rewritten as usual (a site is
 * complete on its own line, so it stays or goes with its instruction),
 * but a section, .code or .end directive there is an error: afterburn
 * would have to guess which state gas is in afterwards.  In a .macro body
 * only the body's own conditionals count (its section state is its own),
 * and they must be closed by the body's .endm.  afterburn never puts a
 * label in front of a conditional directive; an exempt range that is due
 * to start when a .if whose branch may not be taken opens starts as
 * "98771: ;" in front of that .if.
 *
 * Macro arguments as instructions.  In a .macro body, a statement whose
 * mnemonic is exactly a parameter of a macro being defined (\op, as in
 * "1: \op" of op_safe_regs in arch/x86/lib/msr-reg.S, or \oldinstr and
 * \newinstr of the .S ALTERNATIVE macro), optionally with operands, is
 * decided when gas expands the macro.  On the statement's own line (after
 * any labels, which so stay in front) it becomes
 *
 *   .set .Lpvm_, 0; .ifc cli~,\op\()~; 98761: STMT; <padding and record
 *   of a cli site>; .set .Lpvm_, 1; .endif; .ifc sti~,\op\()~; ...;
 *   .if .Lpvm_ == 0; STMT; .endif
 *
 * with one flat block per sensitive mnemonic of asm/previrt_insn_list.h
 * that takes no operands (cli, sti, pushf, iretq, lretq, clac, ...), each
 * holding the complete site for that kind with the statement (operands
 * kept as written) as its instruction, then one ".ifeqs ".byte
 * 0x0f,0x01,0xca~","\op\()~"; ..." block per .byte spelling of an
 * operand-less 0f-map instruction of the table (the .S ASM_CLAC passes
 * __ASM_CLAC, ".byte 0x0f,0x01,0xca", to ALTERNATIVE); the statement
 * itself is assembled unchanged when no block matched.  .ifc and .ifeqs
 * compare at expansion time, and .if reads the current value of .Lpvm_.
 * The argument is the second string and both carry a "~" sentinel because
 * arguments may hold several statements ("call error_entry; movq %rax,
 * %rsp"): gas ends .ifc at the first ';' even inside quotes, so ".ifc
 * \op,cli" would not assemble, while ".ifc cli~,call error_entry; movq
 * ...~" compares "cli~" with "call error_entry" and leaves the rest inside
 * the false conditional (.ifeqs reads C strings, where ';' and ',' are
 * plain characters; an argument with a '"' or '\\' in it would not
 * assemble there, and the 6.1 tree has none).  An argument such as "cli;
 * sti" therefore matches no block and stays without a site, and so does
 * any argument with operands, in another case or spelled otherwise than
 * above; the coverage checker catches those.
 * Parameter names are matched case-insensitively (a miss would only cost
 * a dispatch that never matches).  .irp/.irpc parameters get no dispatch.
 *
 * What is sensitive.  The instructions of asm/previrt_insn_list.h, one
 * table for afterburn and for the classifier that the coverage checker and
 * the kernel's patcher use: cli, sti, pushf, popf, moves to and from
 * control, debug and segment registers, clts, lmsw, smsw, lgdt, lidt,
 * lldt, ltr, sgdt, sidt, sldt, str, lar, lsl, verr, verw, push/pop
 * %fs/%gs, lss/lfs/lgs, swapgs, rdmsr, wrmsr, rdtsc, rdtscp, rdpmc, rdpid,
 * in, out, ins, outs, invlpg, invpcid, wbinvd, wbnoinvd, invd, hlt,
 * monitor, mwait, iret, sysret, sysexit, syscall, sysenter, far transfers
 * (lret, ljmp, lcall), cpuid, xsetbv, xsaves/xrstors, clac/stac, encls,
 * int $n and int1/icebp, with their AT&T suffix forms and any prefixes (on
 * the same statement, as a separate statement on the same line, or alone
 * on the previous line: the site then starts at the prefix; a label or
 * directive in between leaves the prefix alone).  A mov whose
 * control/debug register number is a macro argument (%cr\n, %db\n) is
 * still recognised, with operand byte 0xff.  Why the less obvious ones:
 * far transfers and lss/lfs/lgs load a segment selector and read its
 * descriptor (head_64.S switches to __KERNEL_CS with lretq); xsaves and
 * xrstors are CPL0-only and use the supervisor states of IA32_XSS;
 * clac/stac are CPL0-only (#UD under ring compression, as in Xen PV);
 * encls is CPL0-only; wbnoinvd is privileged like wbinvd; rdpid reads
 * IA32_TSC_AUX like rdtscp, which a hypervisor may have to virtualize
 * (the vDSO uses it, but the vDSO is not rewritten); syscall and sysenter
 * are user-space entry instructions, and a site costs nothing there while
 * one in kernel code is a bug a runtime must be able to see -- or, for
 * syscall, a Xen PV hypercall, after which Xen returns and the site's
 * padding runs as NOPs.  The padding of a site after an instruction that
 * never continues at the next one (iret, sysret, sysexit, lret, ljmp,
 * sysenter) is never executed.
 *
 * Not sensitive, left alone: xgetbv (reads XCR0 without trapping and is
 * harmless), xsave/xsavec/xsaveopt/xrstor (user state only, enabled by
 * XCR0), monitorx/mwaitx (AMD user-level variants), rd/wr fs/gs base
 * (plain register accesses to the FS/GS bases, enabled per task by the
 * kernel, not privileged state the hypervisor must see), rdpkru/wrpkru
 * (user protection keys), rdrand/rdseed, vmcall/vmmcall/tdcall (the
 * hypercall instructions: what a runtime emits, not what it replaces), the
 * VMX and SVM instructions (only KVM executes them, as a host), "into",
 * push/pop of %es/%cs/%ss/%ds and direct far jmp/call (invalid in 64-bit
 * mode and passed through for gas to reject).
 *
 * int3 (and "int $3", which gas encodes as int3) and ud2 are not made
 * sites: they raise #BP and #UD, which every hypervisor delivers to the
 * guest kernel unchanged, and they are everywhere -- int3 after every ret
 * with CONFIG_SLS and as padding, ud2 via .byte in BUG() -- so padding
 * them would cost space for nothing.  The coverage checker counts them
 * without requiring sites.
 *
 * .byte.  A single .byte statement whose operands are all plain integer
 * constants (decimal, 0x hexadecimal, 0 octal, at most 0xff) and which
 * encodes exactly one complete instruction of the table is a site of that
 * instruction's kind, made exactly as if the mnemonic had been written,
 * with the .byte statement as the instruction (e.g. ".byte 0x0f, 0x01,
 * 0xc8" in asm/mwait.h, ".byte 0x0f,0x01,0xca" in asm/smap.h, ".byte
 * 0x48, 0x0f,0xc7,0x2f" for xsaves64 in fpu/xstate.h).  The bytes are
 * decoded like the classifier does, from the same table: an optional 66,
 * f2 or f3 prefix, an optional REX prefix, the opcode, and the ModRM
 * (with SIB and displacement), immediate bytes the entry calls for; the
 * operand byte is PREVIRT_OP_DECODE for a memory operand, the vector for
 * int $n, else 0.  Kinds whose operand byte names a register or a port
 * (moves of control, debug and segment registers, push/pop %fs/%gs, port
 * I/O) are not taken from .byte.
 * A .byte statement of prefix bytes only (66, 67, f0, f2, f3, segment
 * overrides, REX) counts as a standalone prefix statement: a site that
 * follows it as described below starts at it, and a prefix given by
 * mnemonic before such a .byte site is taken in likewise.  Anything else
 * written with .byte is left alone: ud2, int3, data, an instruction split
 * over several .byte statements otherwise or sharing one with another
 * instruction, the register and port kinds above, and operands that are
 * expressions or symbols.  The coverage checker catches those.
 *
 * Not seen (the coverage checker must catch these): macro arguments other
 * than the operand-less mnemonics and .byte spellings above, files pulled
 * in with .include,
 * and a mnemonic that names a macro is taken as a macro invocation.
 *
 * Implementation.  A single pass over the input buffer, no regular
 * expressions: the scanner splits statements at ';' and newlines, drops
 * '#' and C comments (tracking cpp linemarkers for error locations) and
 * keeps string and character constants intact.  Each statement is copied
 * into a small "clean" buffer with a map back to input offsets; output is
 * the input copied in large chunks with the site text inserted at the
 * recorded offsets.  The core is afterburn_buffer(), which a libFuzzer
 * target can call directly.
 */

#include <errno.h>
#include <fcntl.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "asm/previrt_kinds.h"
#include "asm/previrt_insn_list.h"

#define ARRAY_SIZE(a)	(sizeof(a) / sizeof((a)[0]))

struct kind_info {
	const char *name;
	unsigned char size;
};

/* Indexed by kind number: the position in asm/previrt_kind_list.h. */
static const struct kind_info kinds[] = {
#define PREVIRT_KIND(name, size, desc)	{ #name, size },
#include "asm/previrt_kind_list.h"
#undef PREVIRT_KIND
};

/* Where error messages go; NULL keeps the core quiet (fuzzing). */
static FILE *afterburn_errfile;

/* ---------------------------------------------------------------------- */
/* Character classes */

static inline bool is_blank(char c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v';
}

static inline bool is_digit(char c)
{
	return c >= '0' && c <= '9';
}

static inline bool is_alpha(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static inline bool is_sym(char c)
{
	return is_alpha(c) || is_digit(c) || c == '_' || c == '.' || c == '$';
}

static inline char to_lower(char c)
{
	return (c >= 'A' && c <= 'Z') ? c - 'A' + 'a' : c;
}

/* ---------------------------------------------------------------------- */
/* State */

struct secname {
	struct secname *next;	/* hash chain */
	bool exec;		/* SHF_EXECINSTR */
	bool flags_known;	/* flags were given for this name */
	bool altinstr;		/* .altinstr_replacement: .previrt.altsites */
	size_t len;
	char name[];
};

struct sec {
	struct secname *n;	/* NULL: unknown (inside a macro body) */
	long sub;		/* subsection */
};

struct secpair {
	struct sec cur, prev;
};

struct secstate {
	struct sec cur, prev;
	struct secpair *stack;
	size_t depth, cap;
	int code;		/* 16, 32 or 64 */
};

struct lmframe {
	const char *file;	/* NULL: the input itself */
	size_t flen;
	long delta;		/* logical line = physical line + delta */
};

struct macro {
	char *name;
	bool has_sites;
};

/* A parameter of a macro being defined, for the dispatch on \param. */
struct mparam {
	const char *name;	/* in the input */
	size_t len;
	int depth;		/* macro_depth of the declaring .macro */
};

/* Is a conditional branch assembled?  Yes, no, or afterburn cannot tell. */
enum { CT_TRUE, CT_FALSE, CT_UNKNOWN };

#define SEC_HASH	256
#define REPT_MAX	64

struct ctx {
	const char *name;	/* name used in messages without linemarkers */
	const char *in;
	size_t len;
	FILE *out;
	bool exempt;
	size_t out_pos;		/* input copied to out up to here */
	jmp_buf fail;

	/* location tracking */
	unsigned long phys;
	struct lmframe loc;
	struct lmframe *lmstack;
	size_t lmdepth, lmcap;

	/* the current statement, cleaned of comments */
	char *t;
	size_t *map;
	size_t tn, tcap;
	size_t st_start;	/* input offset of first character, or -1 */
	size_t st_end;		/* input offset after the last character */
	struct lmframe st_loc;
	unsigned long st_phys;

	/* sections */
	struct secname *htab[SEC_HASH];
	struct secstate top, body;
	struct secname *sn_text, *sn_data, *sn_bss;

	/* macros */
	int macro_depth;
	struct macro *macros;
	size_t nmacros, macro_cap;
	long cur_macro;
	int rept_depth;
	struct mparam *params;
	size_t nparams, param_cap;

	/* conditional assembly: the open .if frames, innermost last */
	struct cframe {
		unsigned char state;	/* this branch is assembled: CT_* */
		unsigned char taken;	/* an earlier branch was: CT_* */
		bool dead;		/* inside a branch that is not assembled */
		bool else_seen;
		long line;		/* of the .if, for messages */
	} *conds;
	size_t ncond, cond_cap;
	size_t cond_base;	/* the frames of the macro body start here */

	/* exempt ranges (top level only) */
	bool range_open, range_pending;
	struct sec range_sec;		/* section of the open range */
	int range_mode;			/* its code mode: 1 16-bit, 2 32-bit, 3 64-bit */
	struct rept_entry {
		bool open;		/* a range was open at .rept ... */
		struct sec sec;		/* ... in this section */
		int code;		/* the code mode at .rept */
	} rept_stack[REPT_MAX];

	/* a standalone prefix statement waiting for its instruction */
	bool pp;
	bool pp_rep;
	size_t pp_pos;

	/* end of the last top-level statement, for the EOF record */
	size_t last_end;
	bool ended;		/* .end seen */

	unsigned long nsites, nranges;
};

static _Noreturn void fail(struct ctx *c, const char *fmt, ...)
{
	va_list ap;

	if (afterburn_errfile) {
		const struct lmframe *l = &c->st_loc;
		unsigned long line = c->st_phys;

		if (c->st_start == (size_t)-1) {
			l = &c->loc;
			line = c->phys;
		}
		if (l->file)
			fprintf(afterburn_errfile, "%.*s", (int)l->flen, l->file);
		else
			fputs(c->name, afterburn_errfile);
		fprintf(afterburn_errfile, ":%ld: error: afterburn: ", (long)line + l->delta);
		va_start(ap, fmt);
		vfprintf(afterburn_errfile, fmt, ap);
		va_end(ap);
		fputc('\n', afterburn_errfile);
	}
	longjmp(c->fail, 1);
}

static void *xrealloc(struct ctx *c, void *p, size_t n)
{
	void *q = realloc(p, n);

	if (!q)
		fail(c, "out of memory");
	return q;
}

/* ---------------------------------------------------------------------- */
/* Output */

static void emit_upto(struct ctx *c, size_t pos)
{
	if (pos > c->out_pos) {
		fwrite(c->in + c->out_pos, 1, pos - c->out_pos, c->out);
		c->out_pos = pos;
	}
}

static void insert(struct ctx *c, size_t pos, const char *text)
{
	emit_upto(c, pos);
	fputs(text, c->out);
}

#define SITE_TAIL_MAX	320

#define EXEMPT_START	"98771: "
#define EXEMPT_END	"98772: .pushsection .previrt.exempt,\"a\"; .long 98771b - .; " \
			".long 98772b - 98771b + (%d << 30); .popsection"

/* ---------------------------------------------------------------------- */
/* Sections */

static struct secname *intern(struct ctx *c, const char *name, size_t len)
{
	unsigned int h = 2166136261u;
	struct secname *s;
	size_t i;

	for (i = 0; i < len; i++)
		h = (h ^ (unsigned char)name[i]) * 16777619u;
	h %= SEC_HASH;
	for (s = c->htab[h]; s; s = s->next)
		if (s->len == len && !memcmp(s->name, name, len))
			return s;
	s = xrealloc(c, NULL, sizeof(*s) + len + 1);
	memcpy(s->name, name, len);
	s->name[len] = '\0';
	s->len = len;
	s->flags_known = false;
	s->altinstr = len == 21 && !memcmp(name, ".altinstr_replacement", 21);
	/* Default by name: .text, .text.*, *.text */
	s->exec = (len >= 5 && !memcmp(name, ".text", 5) && (len == 5 || name[5] == '.')) ||
		  (len >= 5 && !memcmp(name + len - 5, ".text", 5));
	s->next = c->htab[h];
	c->htab[h] = s;
	return s;
}

static inline bool sec_eq(struct sec a, struct sec b)
{
	return a.n == b.n && a.sub == b.sub;
}

static inline bool sec_exec(struct sec s)
{
	return !s.n || s.n->exec;
}

static inline bool sec_alt(struct sec s)
{
	return s.n && s.n->altinstr;
}

static inline bool in_body(const struct ctx *c)
{
	return c->macro_depth > 0;
}

static inline struct secstate *cur_state(struct ctx *c)
{
	return in_body(c) ? &c->body : &c->top;
}

/*
 * Is the statement here assembled?  CT_UNKNOWN if it is inside a branch
 * whose condition afterburn cannot evaluate.  In a macro body, only the
 * body's own conditionals count: the body's state is its own.
 */
static int cond_here(const struct ctx *c)
{
	int st = CT_TRUE;
	size_t i;

	for (i = in_body(c) ? c->cond_base : 0; i < c->ncond; i++) {
		if (c->conds[i].state == CT_FALSE)
			return CT_FALSE;
		if (c->conds[i].state == CT_UNKNOWN)
			st = CT_UNKNOWN;
	}
	return st;
}

/* The innermost conditional that afterburn cannot evaluate, for messages. */
static const struct cframe *cond_unknown(const struct ctx *c)
{
	size_t i;

	for (i = c->ncond; i > (in_body(c) ? c->cond_base : 0); i--)
		if (c->conds[i - 1].state == CT_UNKNOWN)
			return &c->conds[i - 1];
	return NULL;
}

/* Sites are made here. */
static bool site_active(struct ctx *c)
{
	struct secstate *s = cur_state(c);

	return !c->exempt && s->code == 64 && sec_exec(s->cur);
}

/* Exempt ranges are made here (top level only). */
static bool exempt_active(struct ctx *c)
{
	struct secstate *s = &c->top;

	return !in_body(c) && s->cur.n && sec_exec(s->cur) && !sec_alt(s->cur) &&
	       (c->exempt || s->code != 64);
}

/* ---------------------------------------------------------------------- */
/* Exempt range bookkeeping */

/* The code mode of an exempt range here, as its record says it. */
static int code_mode(const struct ctx *c)
{
	return c->top.code == 16 ? 1 : c->top.code == 32 ? 2 : 3;
}

/* Open the pending exempt range: its start label text goes in at pos. */
static void start_range(struct ctx *c, size_t pos, const char *text)
{
	insert(c, pos, text);
	c->range_pending = false;
	c->range_open = true;
	c->range_sec = c->top.cur;
	c->range_mode = code_mode(c);
}

/*
 * Called before every top-level statement that does not switch sections.
 * Never inside a branch that afterburn cannot evaluate: gas might skip the
 * label while the end of the range refers to it (a conditional starts a
 * pending range in front of itself, see cond_directive()).
 */
static void lazy_start(struct ctx *c)
{
	if (in_body(c) || !c->range_pending)
		return;
	if (cond_here(c) != CT_TRUE)
		fail(c, "exempt range would start inside conditional assembly that "
			"afterburn cannot evaluate");
	start_range(c, c->st_start, EXEMPT_START);
}

static void close_range(struct ctx *c, size_t pos)
{
	char buf[160];

	snprintf(buf, sizeof(buf), EXEMPT_END "; ", c->range_mode);
	insert(c, pos, buf);
	c->range_open = false;
	c->nranges++;
}

/* ---------------------------------------------------------------------- */
/* Statement scanning helpers over the cleaned text */

static size_t skip_blank(const char *t, size_t n, size_t p)
{
	while (p < n && t[p] == ' ')
		p++;
	return p;
}

/* End of a symbol-like token (labels, mnemonics, macro arguments). */
static size_t scan_sym(const char *t, size_t n, size_t p)
{
	while (p < n) {
		if (is_sym(t[p])) {
			p++;
		} else if (t[p] == '\\' && p + 1 < n) {
			p += 2;
			if (t[p - 1] == '(' && p < n && t[p] == ')')
				p++;
		} else {
			break;
		}
	}
	return p;
}

/* End of a "string" starting at p (t[p] == '"'). */
static size_t scan_str(const char *t, size_t n, size_t p)
{
	for (p++; p < n && t[p] != '"'; p++)
		if (t[p] == '\\')
			p++;
	return p < n ? p + 1 : n;
}

/* If a label starts at p, return the index of its ':', else 0. */
static size_t scan_label(const char *t, size_t n, size_t p)
{
	size_t e;

	if (p >= n)
		return 0;
	if (t[p] == '"')
		e = scan_str(t, n, p);
	else if (is_sym(t[p]) || t[p] == '\\')
		e = scan_sym(t, n, p);
	else
		return 0;
	if (e > p && e < n && t[e] == ':' && (e + 1 >= n || t[e + 1] != ':'))
		return e;
	return 0;
}

/* Mnemonic or prefix token, including {pseudo} prefixes. */
static size_t scan_word(const char *t, size_t n, size_t p)
{
	if (p < n && t[p] == '{') {
		while (p < n && t[p] != '}')
			p++;
		return p < n ? p + 1 : n;
	}
	return scan_sym(t, n, p);
}

/* Lower-case copy of t[p, e) into buf (size 16); false if too long. */
static bool lower_word(const char *t, size_t p, size_t e, char *buf)
{
	size_t i;

	if (e - p >= 16)
		return false;
	for (i = 0; p + i < e; i++)
		buf[i] = to_lower(t[p + i]);
	buf[i] = '\0';
	return true;
}

static bool word_is(const char *t, size_t p, size_t e, const char *w)
{
	size_t l = strlen(w), i;

	if (e - p != l)
		return false;
	for (i = 0; i < l; i++)
		if (to_lower(t[p + i]) != w[i])
			return false;
	return true;
}

/* ---------------------------------------------------------------------- */
/* Prefixes */

enum { PFX_NONE, PFX_PLAIN, PFX_REP };

static int prefix_kind(const char *w)
{
	static const char *const plain[] = {
		"lock", "data16", "data32", "addr16", "addr32", "rex", "rex64",
		"cs", "ds", "es", "fs", "gs", "ss", "notrack", "bnd",
		"xacquire", "xrelease",
	};
	static const char *const rep[] = { "rep", "repe", "repz", "repne", "repnz" };
	size_t i;

	if (w[0] == '{')
		return PFX_PLAIN;
	for (i = 0; i < ARRAY_SIZE(rep); i++)
		if (!strcmp(w, rep[i]))
			return PFX_REP;
	for (i = 0; i < ARRAY_SIZE(plain); i++)
		if (!strcmp(w, plain[i]))
			return PFX_PLAIN;
	if (!strncmp(w, "rex.", 4) && w[4]) {
		for (i = 4; w[i]; i++)
			if (!strchr("wrxb", w[i]))
				return PFX_NONE;
		return PFX_PLAIN;
	}
	return PFX_NONE;
}

/* ---------------------------------------------------------------------- */
/* The sensitive mnemonic table */

enum cls {
	C_NOARGS,	/* no operands */
	C_ONE,		/* exactly one operand */
	C_TWO,		/* exactly two operands */
	C_MOV,		/* mov: sensitive with a %cr/%dr/%sreg operand */
	C_PUSH,		/* push %fs/%gs */
	C_POP,		/* pop %fs/%gs */
	C_IN, C_OUT, C_INS, C_OUTS,
	C_MONITOR,	/* zero or three register operands */
	C_MWAIT,	/* zero or two register operands */
	C_INT,		/* int $n */
	C_LRET,		/* zero operands or $imm */
	C_FAR,		/* ljmp/lcall: *mem, or $seg, $off outside 64-bit mode */
};

struct mnem {
	const char *name;
	unsigned char kind;
	unsigned char cls;
	signed char width;	/* log2 of the port width from the suffix, -1 none */
	unsigned char op;	/* fixed operand byte */
};

/* Sorted by name (strcmp order) for bsearch; main() checks. */
static const struct mnem mnems[] = {
#define PREVIRT_MNEMONIC(name, kind, operands, width, op) \
	{ name, PREVIRT_KIND_##kind, C_##operands, width, op },
#include "asm/previrt_insn_list.h"
#undef PREVIRT_MNEMONIC
};

static int mnem_cmp(const void *key, const void *elt)
{
	return strcmp(key, ((const struct mnem *)elt)->name);
}

static const struct mnem *lookup_mnem(const char *w)
{
	return bsearch(w, mnems, ARRAY_SIZE(mnems), sizeof(mnems[0]), mnem_cmp);
}

/* ---------------------------------------------------------------------- */
/* Operands */

enum opk {
	O_GPR,		/* general purpose register, num = hardware number */
	O_CR,		/* %crN */
	O_DR,		/* %drN / %dbN */
	O_SEG,		/* %es ... %gs */
	O_REG,		/* some other register */
	O_IMM,		/* $... */
	O_MACRO,	/* contains a macro argument: unknown */
	O_MEM,		/* anything else */
};

struct operand {
	size_t p, e;	/* in the cleaned text, trimmed */
	int kind;
	int num;	/* register number */
	int width;	/* GPR width in bytes */
	char reg[16];	/* lower-case register name (without %) */
};

static int gpr_number(const char *r, int *width)
{
	static const char *const r64[] = {
		"rax", "rcx", "rdx", "rbx", "rsp", "rbp", "rsi", "rdi" };
	static const char *const r32[] = {
		"eax", "ecx", "edx", "ebx", "esp", "ebp", "esi", "edi" };
	static const char *const r16[] = {
		"ax", "cx", "dx", "bx", "sp", "bp", "si", "di" };
	static const char *const r8[] = {
		"al", "cl", "dl", "bl", "spl", "bpl", "sil", "dil" };
	static const char *const r8h[] = { "ah", "ch", "dh", "bh" };
	int i;

	for (i = 0; i < 8; i++) {
		if (!strcmp(r, r64[i])) {
			*width = 8;
			return i;
		}
		if (!strcmp(r, r32[i])) {
			*width = 4;
			return i;
		}
		if (!strcmp(r, r16[i])) {
			*width = 2;
			return i;
		}
		if (!strcmp(r, r8[i])) {
			*width = 1;
			return i;
		}
	}
	for (i = 0; i < 4; i++) {
		if (!strcmp(r, r8h[i])) {
			*width = 1;
			return i;	/* encoded like spl..dil without REX */
		}
	}
	if (r[0] == 'r' && is_digit(r[1])) {
		int n = r[1] - '0';
		const char *s = r + 2;

		if (is_digit(*s)) {
			n = n * 10 + (*s - '0');
			s++;
		}
		if (n < 8 || n > 15)
			return -1;
		if (!*s)
			*width = 8;
		else if (!strcmp(s, "d"))
			*width = 4;
		else if (!strcmp(s, "w"))
			*width = 2;
		else if (!strcmp(s, "b") || !strcmp(s, "l"))
			*width = 1;
		else
			return -1;
		return n;
	}
	return -1;
}

/* "cr"/"dr"/"db" followed by decimal digits only: the number, else -1. */
static int regnum_after(const char *r)
{
	int n = 0;

	if (!*r)
		return -1;
	for (; *r; r++) {
		if (!is_digit(*r) || n > 100)
			return -1;
		n = n * 10 + (*r - '0');
	}
	return n;
}

static void classify_operand(struct ctx *c, struct operand *o)
{
	const char *t = c->t;
	static const char *const segs[] = { "es", "cs", "ss", "ds", "fs", "gs" };
	size_t i;

	o->kind = O_MEM;
	o->num = -1;
	o->width = 0;
	o->reg[0] = '\0';
	for (i = o->p; i < o->e; i++) {
		if (t[i] == '\\') {
			/* %cr\n, %db\n: the register class is still known */
			o->kind = O_MACRO;
			if (i == o->p + 3 && t[o->p] == '%') {
				char a = to_lower(t[o->p + 1]), b = to_lower(t[o->p + 2]);

				if (a == 'c' && b == 'r')
					o->kind = O_CR;
				else if (a == 'd' && (b == 'r' || b == 'b'))
					o->kind = O_DR;
			}
			return;
		}
	}
	if (t[o->p] == '$') {
		o->kind = O_IMM;
		return;
	}
	if (t[o->p] != '%')
		return;
	for (i = o->p + 1; i < o->e; i++)
		if (!is_alpha(t[i]) && !is_digit(t[i]))
			return;		/* %fs:..., a memory operand */
	if (!lower_word(t, o->p + 1, o->e, o->reg))
		return;
	o->kind = O_REG;
	if (!strncmp(o->reg, "cr", 2) && regnum_after(o->reg + 2) >= 0) {
		o->kind = O_CR;
		o->num = regnum_after(o->reg + 2);
		if (o->num != 0 && o->num != 2 && o->num != 3 && o->num != 4 && o->num != 8)
			fail(c, "invalid control register %%%s", o->reg);
		return;
	}
	if ((!strncmp(o->reg, "dr", 2) || !strncmp(o->reg, "db", 2)) &&
	    regnum_after(o->reg + 2) >= 0) {
		o->kind = O_DR;
		o->num = regnum_after(o->reg + 2);
		if (o->num > 7)
			fail(c, "invalid debug register %%%s", o->reg);
		return;
	}
	for (i = 0; i < 6; i++) {
		if (!strcmp(o->reg, segs[i])) {
			o->kind = O_SEG;
			o->num = i;
			return;
		}
	}
	o->num = gpr_number(o->reg, &o->width);
	if (o->num >= 0)
		o->kind = O_GPR;
}

#define MAX_OPS	4

/* Split t[p, n) at top-level commas.  Returns the operand count. */
static int split_operands(struct ctx *c, size_t p, size_t n, struct operand *ops)
{
	const char *t = c->t;
	int nops = 0, depth = 0;
	size_t s;

	p = skip_blank(t, n, p);
	if (p >= n)
		return 0;
	s = p;
	for (;;) {
		if (p >= n || (t[p] == ',' && depth == 0)) {
			size_t e = p;

			while (e > s && t[e - 1] == ' ')
				e--;
			if (e == s)
				fail(c, "empty operand");
			if (nops == MAX_OPS)
				fail(c, "too many operands");
			ops[nops].p = s;
			ops[nops].e = e;
			classify_operand(c, &ops[nops]);
			nops++;
			if (p >= n)
				break;
			s = p = skip_blank(t, n, p + 1);
			continue;
		}
		if (t[p] == '(')
			depth++;
		else if (t[p] == ')')
			depth--;
		else if (t[p] == '"') {
			p = scan_str(t, n, p);
			continue;
		}
		p++;
	}
	return nops;
}

/*
 * A small constant expression evaluator for "int $expr" and conditional
 * assembly, with gas's operators and their ranks: * / % << >> bind
 * tightest, then | & ^ ! (or-not), then + -, then the comparisons == != <>
 * < > <= >= (-1 for true, signed), then &&, then || (1 for true); equal
 * ranks associate to the left; unary - + ~ !.  Symbols, local label
 * references and "." cannot be evaluated: with soft set such an expression
 * (or an overflow) longjmps there instead of failing.
 */
struct eval {
	struct ctx *c;
	const char *t;
	size_t p, n;
	jmp_buf *soft;
};

#define EV_MAX	0x7fffffffL

static long ev_expr(struct eval *ev, int rank);

static _Noreturn void ev_fail(struct eval *ev, const char *msg)
{
	if (ev->soft)
		longjmp(*ev->soft, 1);
	fail(ev->c, "%s", msg);
}

/* Operands are kept small enough that no operation overflows a long. */
static long ev_range(struct eval *ev, long v)
{
	if (v < -EV_MAX || v > EV_MAX)
		ev_fail(ev, "interrupt vector out of range");
	return v;
}

static void ev_blank(struct eval *ev)
{
	ev->p = skip_blank(ev->t, ev->n, ev->p);
}

static long ev_primary(struct eval *ev)
{
	const char *t = ev->t;
	long v = 0;
	int base = 10;
	size_t digits;

	ev_blank(ev);
	if (ev->p >= ev->n)
		ev_fail(ev, "cannot evaluate interrupt vector");
	switch (t[ev->p]) {
	case '(':
		ev->p++;
		v = ev_expr(ev, 0);
		ev_blank(ev);
		if (ev->p >= ev->n || t[ev->p] != ')')
			ev_fail(ev, "cannot evaluate interrupt vector");
		ev->p++;
		return v;
	case '-':
		ev->p++;
		return -ev_range(ev, ev_primary(ev));
	case '+':
		ev->p++;
		return ev_primary(ev);
	case '~':
		ev->p++;
		return ~ev_range(ev, ev_primary(ev));
	case '!':
		ev->p++;
		return !ev_primary(ev);
	case '\'':
		if (ev->p + 1 >= ev->n)
			ev_fail(ev, "cannot evaluate interrupt vector");
		ev->p += 2;
		if (t[ev->p - 1] == '\\')
			ev_fail(ev, "cannot evaluate interrupt vector");
		v = (unsigned char)t[ev->p - 1];
		if (ev->p < ev->n && t[ev->p] == '\'')
			ev->p++;
		return v;
	}
	if (!is_digit(t[ev->p]))
		ev_fail(ev, "cannot evaluate interrupt vector");
	if (t[ev->p] == '0' && ev->p + 1 < ev->n) {
		char x = to_lower(t[ev->p + 1]);

		if (x == 'x') {
			base = 16;
			ev->p += 2;
		} else if (x == 'b') {
			base = 2;
			ev->p += 2;
		} else {
			base = 8;
		}
	}
	for (digits = 0; ev->p < ev->n; ev->p++, digits++) {
		char d = to_lower(t[ev->p]);
		int dv;

		if (is_digit(d))
			dv = d - '0';
		else if (d >= 'a' && d <= 'f')
			dv = d - 'a' + 10;
		else
			break;
		if (dv >= base)
			ev_fail(ev, "cannot evaluate interrupt vector");
		if (v > 0xffffff)
			ev_fail(ev, "interrupt vector out of range");
		v = v * base + dv;
	}
	/* "0b" and "0x" alone: a local label reference, or junk */
	if ((base == 2 || base == 16) && !digits)
		ev_fail(ev, "cannot evaluate interrupt vector");
	if (ev->p < ev->n && (is_alpha(t[ev->p]) || t[ev->p] == '_' || t[ev->p] == '$'))
		ev_fail(ev, "cannot evaluate interrupt vector");
	return v;
}

enum { EO_MUL, EO_DIV, EO_MOD, EO_SHL, EO_SHR, EO_OR, EO_ORNOT, EO_AND, EO_XOR,
       EO_ADD, EO_SUB, EO_EQ, EO_NE, EO_LT, EO_LE, EO_GT, EO_GE, EO_LAND, EO_LOR };

/* gas's binary operators and their precedence, two-character ones first. */
static const struct {
	const char *s;
	int op;
	int rank;
} ev_ops[] = {
	{ "<<", EO_SHL, 9 }, { ">>", EO_SHR, 9 }, { "<>", EO_NE, 5 },
	{ "<=", EO_LE, 5 }, { ">=", EO_GE, 5 }, { "||", EO_LOR, 2 },
	{ "&&", EO_LAND, 3 }, { "!=", EO_NE, 5 }, { "==", EO_EQ, 5 },
	{ "*", EO_MUL, 9 }, { "/", EO_DIV, 9 }, { "%", EO_MOD, 9 },
	{ "<", EO_LT, 5 }, { ">", EO_GT, 5 }, { "|", EO_OR, 8 },
	{ "&", EO_AND, 8 }, { "^", EO_XOR, 8 }, { "!", EO_ORNOT, 8 },
	{ "+", EO_ADD, 7 }, { "-", EO_SUB, 7 },
};

/* The binary operator at ev->p: its length (0: none), *op and *rank. */
static int ev_binop(struct eval *ev, int *op, int *rank)
{
	const char *t = ev->t + ev->p;
	size_t left = ev->n - ev->p, i;

	for (i = 0; i < ARRAY_SIZE(ev_ops); i++) {
		size_t len = strlen(ev_ops[i].s);

		if (len <= left && !strncmp(t, ev_ops[i].s, len)) {
			*op = ev_ops[i].op;
			*rank = ev_ops[i].rank;
			return len;
		}
	}
	return 0;
}

static long ev_expr(struct eval *ev, int rank)
{
	long v = ev_primary(ev);

	for (;;) {
		int op, r, len;
		long w;

		ev_blank(ev);
		len = ev_binop(ev, &op, &r);
		if (!len || r <= rank)
			return v;
		ev->p += len;
		w = ev_range(ev, ev_expr(ev, r));
		v = ev_range(ev, v);
		switch (op) {
		case EO_MUL:
			v *= w;
			break;
		case EO_DIV:
		case EO_MOD:
			if (!w)
				ev_fail(ev, "division by zero in interrupt vector");
			v = op == EO_DIV ? v / w : v % w;
			break;
		case EO_SHL:
		case EO_SHR:
			/* 64-bit, and >> is a logical shift, as in gas */
			if (w < 0 || w > 63)
				ev_fail(ev, "cannot evaluate interrupt vector");
			v = op == EO_SHL ? (long)((unsigned long)v << w) :
					   (long)((unsigned long)v >> w);
			break;
		case EO_OR:
			v |= w;
			break;
		case EO_ORNOT:
			v |= ~w;
			break;
		case EO_AND:
			v &= w;
			break;
		case EO_XOR:
			v ^= w;
			break;
		case EO_ADD:
			v += w;
			break;
		case EO_SUB:
			v -= w;
			break;
		case EO_EQ:
			v = -(v == w);
			break;
		case EO_NE:
			v = -(v != w);
			break;
		case EO_LT:
			v = -(v < w);
			break;
		case EO_LE:
			v = -(v <= w);
			break;
		case EO_GT:
			v = -(v > w);
			break;
		case EO_GE:
			v = -(v >= w);
			break;
		case EO_LAND:
			v = v && w;
			break;
		case EO_LOR:
			v = v || w;
			break;
		}
	}
}

/* ---------------------------------------------------------------------- */
/* Classification of one sensitive instruction */

struct site {
	int kind;
	int op;
};

static int acc_width(struct ctx *c, const struct operand *o, const char *m)
{
	if (o->kind == O_MACRO)
		return -2;
	if (o->kind == O_GPR && o->num == 0 && o->width != 8 && strcmp(o->reg, "ah"))
		return o->width == 1 ? 0 : o->width == 2 ? 1 : 2;
	fail(c, "invalid operand for %s: expected %%al, %%ax or %%eax", m);
}

static int port_kind(struct ctx *c, const struct operand *o, const char *m)
{
	if (o->kind == O_MACRO)
		return -2;
	if (o->kind == O_IMM)
		return 0;
	if ((o->kind == O_GPR && !strcmp(o->reg, "dx")) ||
	    (o->e - o->p == 5 && word_is(c->t, o->p, o->e, "(%dx)")))
		return PREVIRT_OP_PORT_DX;
	fail(c, "invalid port operand for %s: expected $imm, %%dx or (%%dx)", m);
}

static bool classify(struct ctx *c, const struct mnem *m, const char *w, size_t p, bool rep,
		     struct site *s)
{
	struct operand ops[MAX_OPS];
	int nops = split_operands(c, p, c->tn, ops);
	int width, port, i;

	s->kind = m->kind;
	s->op = m->op;
	switch (m->cls) {
	case C_NOARGS:
		if (nops)
			fail(c, "unexpected operand for %s", w);
		return true;
	case C_ONE:
		if (nops != 1)
			fail(c, "%s takes one operand", w);
		return true;
	case C_TWO:
		if (nops != 2)
			fail(c, "%s takes two operands", w);
		return true;
	case C_LRET:
		if (nops > 1)
			fail(c, "wrong number of operands for %s", w);
		return true;
	case C_FAR:
		if (nops != 1 && nops != 2)
			fail(c, "wrong number of operands for %s", w);
		return true;
	case C_MONITOR:
	case C_MWAIT:
		if (nops && nops != (m->cls == C_MONITOR ? 3 : 2))
			fail(c, "wrong number of operands for %s", w);
		for (i = 0; i < nops; i++)
			if (ops[i].kind != O_GPR && ops[i].kind != O_MACRO)
				fail(c, "invalid operand for %s", w);
		return true;
	case C_PUSH:
	case C_POP:
		if (nops != 1 || ops[0].kind != O_SEG || ops[0].num < 4)
			return false;
		s->op = ops[0].num;
		return true;
	case C_MOV: {
		struct operand *src, *dst, *spec, *other;
		bool read;

		if (nops != 2) {
			for (i = 0; i < nops; i++)
				if (ops[i].kind == O_CR || ops[i].kind == O_DR || ops[i].kind == O_SEG)
					fail(c, "wrong number of operands for %s", w);
			return false;
		}
		src = &ops[0];
		dst = &ops[1];
		if (src->kind == O_CR || src->kind == O_DR || src->kind == O_SEG) {
			spec = src;
			other = dst;
			read = true;
		} else if (dst->kind == O_CR || dst->kind == O_DR || dst->kind == O_SEG) {
			spec = dst;
			other = src;
			read = false;
		} else {
			return false;
		}
		if (spec->kind == O_CR)
			s->kind = read ? PREVIRT_KIND_CR_READ : PREVIRT_KIND_CR_WRITE;
		else if (spec->kind == O_DR)
			s->kind = read ? PREVIRT_KIND_DR_READ : PREVIRT_KIND_DR_WRITE;
		else
			s->kind = read ? PREVIRT_KIND_SEG_READ : PREVIRT_KIND_SEG_WRITE;
		if (spec->num < 0) {
			s->op = PREVIRT_OP_DECODE;	/* a macro argument */
		} else if (other->kind == O_GPR) {
			s->op = (spec->num << 4) | other->num;
		} else if (other->kind == O_MACRO) {
			s->op = PREVIRT_OP_DECODE;
		} else if (other->kind == O_MEM && spec->kind == O_SEG) {
			s->op = PREVIRT_OP_DECODE;
		} else {
			fail(c, "invalid operand for %s with %.*s: expected a general register%s",
			     w, (int)(spec->e - spec->p), c->t + spec->p,
			     spec->kind == O_SEG ? " or memory" : "");
		}
		return true;
	}
	case C_IN:
	case C_OUT:
		width = m->width;
		if (nops == 1) {
			port = port_kind(c, &ops[0], w);
		} else if (nops == 2) {
			int a = m->cls == C_IN ? 1 : 0;
			int aw = acc_width(c, &ops[a], w);

			port = port_kind(c, &ops[1 - a], w);
			if (width < 0)
				width = aw;
		} else {
			fail(c, "wrong number of operands for %s", w);
		}
		if (width == -1)
			width = 2;	/* gas defaults to the l suffix */
		if (width == -2 || port == -2) {
			s->op = PREVIRT_OP_DECODE;
			return true;
		}
		s->op = width | port | (rep ? PREVIRT_OP_REP : 0);
		return true;
	case C_INS:
	case C_OUTS:
		if (nops != 0 && nops != 2)
			fail(c, "wrong number of operands for %s", w);
		width = m->width < 0 ? 2 : m->width;
		s->op = width | PREVIRT_OP_PORT_DX | (rep ? PREVIRT_OP_REP : 0);
		return true;
	case C_INT: {
		struct eval ev = { c, c->t, 0, 0, NULL };
		long v;

		if (nops != 1)
			fail(c, "int takes one operand");
		if (ops[0].kind == O_MACRO) {
			s->op = PREVIRT_OP_DECODE;
			return true;
		}
		if (ops[0].kind != O_IMM)
			fail(c, "invalid operand for int: expected $vector");
		ev.p = ops[0].p + 1;
		ev.n = ops[0].e;
		v = ev_expr(&ev, 0);
		ev_blank(&ev);
		if (ev.p != ev.n)
			fail(c, "cannot evaluate interrupt vector");
		if (v < 0 || v > 255)
			fail(c, "interrupt vector %ld out of range", v);
		/* gas encodes int $3 as int3 (0xcc): not a site, see above */
		if (v == 3)
			return false;
		s->op = v;
		return true;
	}
	}
	return false;
}

/* ---------------------------------------------------------------------- */
/* Macros */

static long find_macro(struct ctx *c, const char *t, size_t p, size_t e)
{
	size_t i;

	for (i = 0; i < c->nmacros; i++) {
		const char *m = c->macros[i].name;
		size_t j;

		for (j = 0; p + j < e && m[j]; j++)
			if (to_lower(t[p + j]) != to_lower(m[j]))
				break;
		if (p + j == e && !m[j])
			return i;
	}
	return -1;
}

/*
 * Record the parameter names of a .macro whose name ends at p: "NAME[:req]
 * [=DEFAULT]" separated by commas or blanks.  A default written as "p = 1"
 * adds bogus names, which only costs a harmless dispatch.
 */
static void macro_params(struct ctx *c, size_t p, int depth)
{
	const char *t = c->t;
	size_t n = c->tn, e;

	for (;;) {
		p = skip_blank(t, n, p);
		if (p < n && t[p] == ',')
			p = skip_blank(t, n, p + 1);
		if (p >= n)
			return;
		for (e = p; e < n && is_sym(t[e]); e++)
			;
		if (e > p) {
			struct mparam *m;

			if (c->nparams == c->param_cap) {
				c->param_cap = c->param_cap ? 2 * c->param_cap : 16;
				m = xrealloc(c, c->params, c->param_cap * sizeof(*m));
				c->params = m;
			}
			m = &c->params[c->nparams++];
			m->name = c->in + c->map[p];
			m->len = e - p;
			m->depth = depth;
		}
		/* qualifier and default value */
		while (e < n && t[e] != ',' && t[e] != ' ')
			e = t[e] == '"' ? scan_str(t, n, e) : e + 1;
		p = e > p ? e : p + 1;
	}
}

/* Is t[p, e) "\NAME" for a parameter of a macro being defined? */
static bool is_param(struct ctx *c, size_t p, size_t e)
{
	size_t i, j;

	if (e - p < 2 || c->t[p] != '\\')
		return false;
	for (i = 0; i < c->nparams; i++) {
		const struct mparam *m = &c->params[i];

		if (m->len != e - p - 1)
			continue;
		for (j = 0; j < m->len; j++)
			if (to_lower(m->name[j]) != to_lower(c->t[p + 1 + j]))
				break;
		if (j == m->len)
			return true;
	}
	return false;
}

static void define_macro(struct ctx *c, size_t p)
{
	const char *t = c->t;
	size_t e;
	long i;

	p = skip_blank(t, c->tn, p);
	e = scan_sym(t, c->tn, p);
	c->cur_macro = -1;
	if (e == p)
		fail(c, "missing macro name");
	i = find_macro(c, t, p, e);
	if (i < 0) {
		if (c->nmacros == c->macro_cap) {
			c->macro_cap = c->macro_cap ? 2 * c->macro_cap : 16;
			c->macros = xrealloc(c, c->macros, c->macro_cap * sizeof(*c->macros));
		}
		i = c->nmacros;
		c->macros[i].name = xrealloc(c, NULL, e - p + 1);
		memcpy(c->macros[i].name, t + p, e - p);
		c->macros[i].name[e - p] = '\0';
		c->nmacros++;
	}
	c->macros[i].has_sites = false;
	c->cur_macro = i;
	c->nparams = 0;
	macro_params(c, e, 1);
}

static void purge_macro(struct ctx *c, size_t p)
{
	size_t e;
	long i;

	p = skip_blank(c->t, c->tn, p);
	e = scan_sym(c->t, c->tn, p);
	i = find_macro(c, c->t, p, e);
	if (i < 0)
		return;
	free(c->macros[i].name);
	c->macros[i] = c->macros[--c->nmacros];
}

/* ---------------------------------------------------------------------- */
/* Section directives */

static long parse_num(const char *t, size_t n, size_t *pp)
{
	size_t p = skip_blank(t, n, *pp);
	long v = 0;

	while (p < n && is_digit(t[p]) && v < 0x10000000)
		v = v * 10 + (t[p++] - '0');
	*pp = p;
	return v;
}

/*
 * Parse "NAME[, SUBSECTION][, "FLAGS"...]" of .section/.pushsection.
 * Returns the new section; unknown (NULL name) for macro arguments.
 */
static struct sec parse_section(struct ctx *c, size_t p, bool push)
{
	const char *t = c->t;
	size_t n = c->tn, s, e;
	struct sec r = { NULL, 0 };

	p = skip_blank(t, n, p);
	s = p;
	if (p < n && t[p] == '"') {
		e = scan_str(t, n, p);
		if (e - s < 2 || t[e - 1] != '"')
			fail(c, "bad section name");
		s++;
		p = e;
		e--;
	} else {
		while (p < n && t[p] != ',' && t[p] != ' ')
			p++;
		e = p;
	}
	if (e == s)
		fail(c, "missing section name");
	if (memchr(t + s, '\\', e - s)) {
		/* A macro argument: we cannot know. */
		return r;
	}
	r.n = intern(c, t + s, e - s);
	p = skip_blank(t, n, p);
	if (p < n && t[p] == ',') {
		p = skip_blank(t, n, p + 1);
		if (push && p < n && is_digit(t[p])) {
			r.sub = parse_num(t, n, &p);
			p = skip_blank(t, n, p);
			if (p < n && t[p] == ',')
				p = skip_blank(t, n, p + 1);
		}
		if (p < n && t[p] == '"') {
			e = scan_str(t, n, p);
			r.n->exec = memchr(t + p, 'x', e - p) != NULL;
			r.n->flags_known = true;
		}
	}
	return r;
}

enum secop { S_SECTION, S_PUSH, S_POP, S_PREVIOUS, S_TEXT, S_DATA, S_BSS, S_SUBSECTION,
	     S_CODE16, S_CODE32, S_CODE64 };

static void section_directive(struct ctx *c, int op, size_t tok, size_t args)
{
	struct secstate *st = cur_state(c);
	struct sec old = st->cur, nw;
	bool was_active;

	c->pp = false;
	was_active = exempt_active(c);
	switch (op) {
	case S_SECTION:
	case S_PUSH:
		nw = parse_section(c, args, op == S_PUSH);
		if (op == S_PUSH) {
			if (st->depth == st->cap) {
				st->cap = st->cap ? 2 * st->cap : 16;
				st->stack = xrealloc(c, st->stack, st->cap * sizeof(*st->stack));
			}
			st->stack[st->depth].cur = st->cur;
			st->stack[st->depth].prev = st->prev;
			st->depth++;
		}
		st->prev = st->cur;
		st->cur = nw;
		break;
	case S_POP:
		if (st->depth) {
			st->depth--;
			st->cur = st->stack[st->depth].cur;
			st->prev = st->stack[st->depth].prev;
		} else if (in_body(c)) {
			st->cur.n = st->prev.n = NULL;
		} else {
			fail(c, ".popsection without .pushsection");
		}
		break;
	case S_PREVIOUS:
		nw = st->prev;
		st->prev = st->cur;
		st->cur = nw;
		break;
	case S_TEXT:
	case S_DATA:
	case S_BSS:
		nw.n = op == S_TEXT ? c->sn_text : op == S_DATA ? c->sn_data : c->sn_bss;
		nw.sub = parse_num(c->t, c->tn, &args);
		st->prev = st->cur;
		st->cur = nw;
		break;
	case S_SUBSECTION:
		st->prev = st->cur;
		st->cur.sub = parse_num(c->t, c->tn, &args);
		break;
	case S_CODE16:
		st->code = 16;
		break;
	case S_CODE32:
		st->code = 32;
		break;
	case S_CODE64:
		st->code = 64;
		break;
	}
	if (in_body(c))
		return;
	if (exempt_active(c)) {
		if (c->range_open && (!sec_eq(old, st->cur) || !was_active ||
				      c->range_mode != code_mode(c)))
			close_range(c, c->map[tok]);
		if (!c->range_open)
			c->range_pending = true;
	} else {
		if (c->range_open)
			close_range(c, c->map[tok]);
		c->range_pending = false;
	}
}

/* ---------------------------------------------------------------------- */
/* Conditional assembly */

enum condop { CO_IF, CO_IFEQ, CO_IFNE, CO_IFGE, CO_IFGT, CO_IFLE, CO_IFLT, CO_IFDEF,
	      CO_IFNDEF, CO_IFC, CO_IFNC, CO_IFB, CO_IFNB, CO_IFEQS, CO_IFNES,
	      CO_ELSEIF, CO_ELSE, CO_ENDIF };

static const struct { const char *name; int op; } conddirs[] = {
	{ ".if", CO_IF }, { ".ifeq", CO_IFEQ }, { ".ifne", CO_IFNE },
	{ ".ifge", CO_IFGE }, { ".ifgt", CO_IFGT }, { ".ifle", CO_IFLE },
	{ ".iflt", CO_IFLT }, { ".ifdef", CO_IFDEF }, { ".ifndef", CO_IFNDEF },
	{ ".ifnotdef", CO_IFNDEF }, { ".ifc", CO_IFC }, { ".ifnc", CO_IFNC },
	{ ".ifb", CO_IFB }, { ".ifnb", CO_IFNB }, { ".ifeqs", CO_IFEQS },
	{ ".ifnes", CO_IFNES }, { ".elseif", CO_ELSEIF }, { ".else", CO_ELSE },
	{ ".elsec", CO_ELSE }, { ".endif", CO_ENDIF }, { ".endc", CO_ENDIF },
};

/* The conditional directive named w (lower case), or -1. */
static int cond_op(const char *w)
{
	size_t i;

	if (w[1] != 'i' && w[1] != 'e')
		return -1;
	for (i = 0; i < ARRAY_SIZE(conddirs); i++)
		if (!strcmp(w, conddirs[i].name))
			return conddirs[i].op;
	return -1;
}

/*
 * One string of .ifc, t[p, e) trimmed: true if it is a literal that gas
 * compares as written (no macro argument, quote or blank inside).
 */
static bool ifc_literal(const char *t, size_t p, size_t e)
{
	for (; p < e; p++)
		if (t[p] == '\\' || t[p] == '\'' || t[p] == '"' || t[p] == ' ')
			return false;
	return true;
}

/* Trim blanks off both ends of t[*p, *e). */
static void trim(const char *t, size_t *p, size_t *e)
{
	while (*p < *e && t[*p] == ' ')
		(*p)++;
	while (*e > *p && t[*e - 1] == ' ')
		(*e)--;
}

/* The constant expression at t[args, tn) in *v; -1 if it cannot be evaluated. */
static int cond_expr(struct ctx *c, size_t args, long *v)
{
	jmp_buf soft;
	struct eval ev = { c, c->t, args, c->tn, &soft };

	if (setjmp(soft))
		return -1;
	*v = ev_expr(&ev, 0);
	ev_blank(&ev);
	return ev.p == ev.n ? 0 : -1;
}

/*
 * Evaluate the condition of a .if-like directive with its operands at
 * t[args, tn).  Only what afterburn can decide like gas does is decided:
 * constant expressions (no symbols), .ifc/.ifnc of literal strings and
 * .ifb/.ifnb without macro arguments.  .ifdef/.ifndef and .ifeqs/.ifnes
 * are never decided (a symbol may come from the command line or later in
 * the file).
 */
static int cond_eval(struct ctx *c, int op, size_t args)
{
	const char *t = c->t;
	size_t n = c->tn, p, e, q, e2;
	long v;

	switch (op) {
	case CO_IFC:
	case CO_IFNC:
		/* the first string ends at the first comma, the second at the end */
		for (q = args; q < n && t[q] != ','; q++)
			;
		if (q == n)
			return CT_UNKNOWN;
		p = args;
		e = q;
		trim(t, &p, &e);
		q++;
		e2 = n;
		trim(t, &q, &e2);
		if (!ifc_literal(t, p, e) || !ifc_literal(t, q, e2))
			return CT_UNKNOWN;
		v = e - p == e2 - q && !memcmp(t + p, t + q, e - p);
		return (v ^ (op == CO_IFNC)) ? CT_TRUE : CT_FALSE;
	case CO_IFB:
	case CO_IFNB:
		p = skip_blank(t, n, args);
		if (memchr(t + p, '\\', n - p))
			return CT_UNKNOWN;
		return ((p == n) ^ (op == CO_IFNB)) ? CT_TRUE : CT_FALSE;
	case CO_IFDEF:
	case CO_IFNDEF:
	case CO_IFEQS:
	case CO_IFNES:
		return CT_UNKNOWN;
	}
	if (cond_expr(c, args, &v))
		return CT_UNKNOWN;
	switch (op) {
	case CO_IFEQ:
		v = v == 0;
		break;
	case CO_IFGE:
		v = v >= 0;
		break;
	case CO_IFGT:
		v = v > 0;
		break;
	case CO_IFLE:
		v = v <= 0;
		break;
	case CO_IFLT:
		v = v < 0;
		break;
	}
	return v ? CT_TRUE : CT_FALSE;
}

/*
 * .if*, .elseif, .else, .endif at t[tok], operands from args.  gas skips
 * every statement of a branch it does not take except the conditionals
 * themselves (process_statement() hands those here even there), so the
 * state directives of such a branch change nothing, and afterburn must
 * never put a label of its own in front of a conditional directive: gas
 * would skip the whole statement.  A pending exempt range therefore starts
 * in front of a .if whose branch might not be taken.
 */
static void cond_directive(struct ctx *c, int op, size_t tok, size_t args)
{
	size_t base = in_body(c) ? c->cond_base : 0;
	int here = cond_here(c), v;
	struct cframe *f;

	c->pp = false;
	if (op == CO_ELSE || op == CO_ELSEIF || op == CO_ENDIF) {
		if (c->ncond == base)
			fail(c, "%s without .if", op == CO_ENDIF ? ".endif" :
				op == CO_ELSE ? ".else" : ".elseif");
		f = &c->conds[c->ncond - 1];
		if (op == CO_ENDIF) {
			c->ncond--;
			return;
		}
		if (f->else_seen)
			fail(c, "%s after .else", op == CO_ELSE ? ".else" : ".elseif");
		if (f->dead || f->taken == CT_TRUE) {
			/* gas does not even evaluate the condition */
			f->state = CT_FALSE;
		} else if (op == CO_ELSE) {
			f->state = f->taken == CT_FALSE ? CT_TRUE : CT_UNKNOWN;
			f->taken = CT_TRUE;
		} else {
			v = cond_eval(c, CO_IF, args);
			if (f->taken == CT_FALSE)
				f->state = v;
			else
				f->state = v == CT_FALSE ? CT_FALSE : CT_UNKNOWN;
			if (v != CT_FALSE)
				f->taken = v;
		}
		f->else_seen = op == CO_ELSE;
		return;
	}
	v = here == CT_FALSE ? CT_FALSE : cond_eval(c, op, args);
	if (here == CT_TRUE && v != CT_TRUE && !in_body(c) && c->range_pending) {
		/* the start label goes before the .if, as a statement of its own */
		start_range(c, c->map[tok], EXEMPT_START "; ");
	}
	if (c->ncond == c->cond_cap) {
		c->cond_cap = c->cond_cap ? 2 * c->cond_cap : 16;
		c->conds = xrealloc(c, c->conds, c->cond_cap * sizeof(*c->conds));
	}
	f = &c->conds[c->ncond++];
	f->state = v;
	f->taken = v;
	f->dead = here == CT_FALSE;
	f->else_seen = false;
	f->line = (long)c->st_phys + c->st_loc.delta;
}

/* ---------------------------------------------------------------------- */
/* Statements */

/* The text of a site after its instruction: padding and record. */
static void site_tail(struct ctx *c, char *buf, size_t len, const struct site *s)
{
	int size = kinds[s->kind].size;

	snprintf(buf, len,
		 "; 98762: .nops -(((%d)-(98762b-98761b))>0)*((%d)-(98762b-98761b)); "
		 "98763: .pushsection .previrt.%ssites,\"a\"; .long 98761b - .; "
		 ".byte 98763b-98761b, 98762b-98761b, %d, 0x%02x; .popsection",
		 size, size, sec_alt(cur_state(c)->cur) ? "alt" : "", s->kind, s->op & 0xff);
}

static void count_site(struct ctx *c)
{
	c->nsites++;
	if (in_body(c) && c->cur_macro >= 0)
		c->macros[c->cur_macro].has_sites = true;
}

static void emit_site(struct ctx *c, size_t start, const struct site *s)
{
	char buf[SITE_TAIL_MAX];

	insert(c, start, "98761: ");
	site_tail(c, buf, sizeof(buf), s);
	insert(c, c->st_end, buf);
	count_site(c);
}

/* ---------------------------------------------------------------------- */
/* Instructions written with .byte */

/* The encodings of asm/previrt_insn_list.h. */
struct opcode {
	unsigned char kind;
	unsigned char map;
	unsigned char opcode;
	unsigned char prefix;
	unsigned char imm;
	unsigned short modrm;
};

static const struct opcode opcodes[] = {
#define PREVIRT_OPCODE(kind, map, opcode, modrm, prefix, imm) \
	{ PREVIRT_KIND_##kind, map, opcode, prefix, imm, modrm },
#include "asm/previrt_insn_list.h"
#undef PREVIRT_OPCODE
};

/*
 * Kinds that are made sites when written with .byte: not those whose
 * operand byte names registers or ports (afterburn would have to decode
 * them), nor int3 and ud2 (never sites).
 */
static bool byte_kind(int kind)
{
	switch (kind) {
	case PREVIRT_KIND_CR_READ:
	case PREVIRT_KIND_CR_WRITE:
	case PREVIRT_KIND_DR_READ:
	case PREVIRT_KIND_DR_WRITE:
	case PREVIRT_KIND_SEG_READ:
	case PREVIRT_KIND_SEG_WRITE:
	case PREVIRT_KIND_PUSH_SEG:
	case PREVIRT_KIND_POP_SEG:
	case PREVIRT_KIND_IN:
	case PREVIRT_KIND_OUT:
	case PREVIRT_KIND_INS:
	case PREVIRT_KIND_OUTS:
	case PREVIRT_KIND_INT3:
	case PREVIRT_KIND_UD2:
		return false;
	}
	return true;
}

/* A plain integer constant t[p, e): decimal, 0x hexadecimal or 0 octal. */
static bool plain_int(const char *t, size_t p, size_t e, unsigned long *v)
{
	unsigned int base = 10;
	unsigned long x = 0;

	if (p == e || !is_digit(t[p]))
		return false;
	if (t[p] == '0' && e - p > 1) {
		base = 8;
		if (to_lower(t[p + 1]) == 'x') {
			base = 16;
			p += 2;
			if (p == e)
				return false;
		}
	}
	for (; p < e; p++) {
		char d = to_lower(t[p]);
		unsigned int dv;

		if (is_digit(d))
			dv = d - '0';
		else if (d >= 'a' && d <= 'f')
			dv = d - 'a' + 10;
		else
			return false;
		if (dv >= base || x > 0xffff)
			return false;
		x = x * base + dv;
	}
	*v = x;
	return true;
}

/* Length of a 64-bit ModRM memory operand (ModRM, SIB, displacement); 0 for a register. */
static int modrm_len(const unsigned char *b, int n)
{
	int mod = b[0] >> 6, rm = b[0] & 7, len = 1;

	if (mod == 3)
		return 0;
	if (rm == 4) {
		if (n < 2)
			return 0;
		len++;
		if (mod == 0 && (b[1] & 7) == 5)
			len += 4;
	} else if (mod == 0 && rm == 5) {
		len += 4;			/* RIP-relative */
	}
	if (mod == 1)
		len += 1;
	else if (mod == 2)
		len += 4;
	return len;
}

/*
 * Is b[0, n) exactly one sensitive instruction?  Fills in s.  Decoded as
 * previrt_classify_insn() does, from the same table: an optional 66, f2 or
 * f3 prefix, an optional REX prefix, the opcode, and the ModRM, SIB,
 * displacement and immediate bytes the entry calls for; the first entry
 * that matches decides, and it must account for every byte.
 */
static bool byte_insn(const unsigned char *b, int n, struct site *s)
{
	const struct opcode *o;
	int p = 0, pfx = 0, map, opc, len;
	size_t i;

	if (p < n && (b[p] == 0x66 || b[p] == 0xf2 || b[p] == 0xf3))
		pfx = b[p++];
	if (p < n && (b[p] & 0xf0) == 0x40)
		p++;
	if (p >= n)
		return false;
	if (b[p] != 0x0f) {
		map = PREVIRT_MAP_1;
		opc = b[p++];
	} else if (p + 1 < n && b[p + 1] != 0x38) {
		map = PREVIRT_MAP_0F;
		opc = b[p + 1];
		p += 2;
	} else if (p + 2 < n) {
		map = PREVIRT_MAP_0F38;
		opc = b[p + 2];
		p += 3;
	} else {
		return false;
	}
	for (i = 0; i < ARRAY_SIZE(opcodes); i++) {
		o = &opcodes[i];
		if (o->map != map || o->opcode != opc || (o->prefix && o->prefix != pfx))
			continue;
		len = 0;
		if (o->modrm != PREVIRT_MODRM_NONE) {
			if (p >= n || !previrt_modrm_match(o->modrm, b[p]))
				continue;
			len = (b[p] >> 6) == 3 ? 1 : modrm_len(b + p, n - p);
			if (!len)
				return false;
		}
		if (p + len + o->imm != n || !byte_kind(o->kind))
			return false;
		s->kind = o->kind;
		s->op = len && (b[p] >> 6) != 3 ? PREVIRT_OP_DECODE : 0;
		if (o->kind == PREVIRT_KIND_INT) {
			/* int1; int $n, where int $3 is a breakpoint like int3 */
			if (opc == 0xcd && b[n - 1] == 3)
				return false;
			s->op = opc == 0xcd ? b[n - 1] : 1;
		}
		return true;
	}
	return false;
}

static bool prefix_byte(unsigned char b)
{
	return b == 0x66 || b == 0x67 || b == 0xf0 || b == 0xf2 || b == 0xf3 ||
	       b == 0x26 || b == 0x2e || b == 0x36 || b == 0x3e || b == 0x64 ||
	       b == 0x65 || (b & 0xf0) == 0x40;
}

/*
 * ".byte" at t[tok], operands from args: a site if it is one sensitive
 * instruction, a standalone prefix if it is only prefix bytes.
 */
static void byte_statement(struct ctx *c, size_t tok, size_t args)
{
	const char *t = c->t;
	size_t n = c->tn, p, e;
	unsigned char b[16];
	unsigned long v;
	struct site s;
	bool pfx = true;
	int nb = 0, i;

	if (!site_active(c)) {
		c->pp = false;
		return;
	}
	p = skip_blank(t, n, args);
	while (p < n) {
		e = p;
		while (e < n && t[e] != ',')
			e++;
		args = e;
		while (e > p && t[e - 1] == ' ')
			e--;
		if (nb == (int)sizeof(b) || !plain_int(t, p, e, &v) || v > 0xff)
			goto out;
		b[nb++] = v;
		if (args == n)
			break;
		p = skip_blank(t, n, args + 1);
		if (p == n)
			goto out;	/* a trailing comma */
	}
	for (i = 0; i < nb; i++)
		pfx &= prefix_byte(b[i]);
	if (nb && pfx) {
		/* like a standalone prefix statement */
		if (!c->pp) {
			c->pp = true;
			c->pp_rep = false;
			c->pp_pos = c->map[tok];
		}
		return;
	}
	if (nb && byte_insn(b, nb, &s))
		emit_site(c, c->pp ? c->pp_pos : c->map[tok], &s);
out:
	c->pp = false;
}

/* A sensitive mnemonic that a macro argument is compared with? */
static bool dispatch_mnem(const struct mnem *m)
{
	return m->kind != PREVIRT_KIND_NONE &&
	       (m->cls == C_NOARGS || m->cls == C_MONITOR || m->cls == C_MWAIT ||
		m->cls == C_LRET);
}

/*
 * The .byte spelling of an operand-less sensitive instruction that a macro
 * argument is compared with (".byte 0x0f,0x01,0xca", as the kernel writes
 * __ASM_CLAC), into buf; false for the other entries.
 */
static bool dispatch_bytes(const struct opcode *o, char *buf, size_t len)
{
	int n;

	if ((o->map != PREVIRT_MAP_0F && o->map != PREVIRT_MAP_0F38) || o->imm ||
	    !byte_kind(o->kind) ||
	    (o->modrm != PREVIRT_MODRM_NONE && (o->modrm & 0xf00) != PREVIRT_MODRM_BYTE(0)))
		return false;
	n = snprintf(buf, len, ".byte ");
	if (o->prefix)
		n += snprintf(buf + n, len - n, "0x%02x,", o->prefix);
	n += snprintf(buf + n, len - n, "0x0f,");
	if (o->map == PREVIRT_MAP_0F38)
		n += snprintf(buf + n, len - n, "0x38,");
	n += snprintf(buf + n, len - n, "0x%02x", o->opcode);
	if (o->modrm != PREVIRT_MODRM_NONE)
		snprintf(buf + n, len - n, ",0x%02x", o->modrm & 0xff);
	return true;
}

/*
 * The statement at t[p] has the mnemonic \PARAM, t[p, e): choose at macro
 * expansion time between a site per sensitive mnemonic and the statement.
 */
static void emit_dispatch(struct ctx *c, size_t p, size_t e)
{
	char tail[SITE_TAIL_MAX], bytes[64];
	size_t i, n = c->tn;

	while (n > p && c->t[n - 1] == ' ')
		n--;
	insert(c, c->map[p], ".set .Lpvm_, 0; ");
	for (i = 0; i < ARRAY_SIZE(mnems); i++) {
		const struct mnem *m = &mnems[i];
		struct site s = { m->kind, m->op };

		if (!dispatch_mnem(m))
			continue;
		site_tail(c, tail, sizeof(tail), &s);
		fprintf(c->out, ".ifc %s~,%.*s\\()~; 98761: %.*s%s; .set .Lpvm_, 1; .endif; ",
			m->name, (int)(e - p), c->t + p, (int)(n - p), c->t + p, tail);
	}
	for (i = 0; i < ARRAY_SIZE(opcodes); i++) {
		struct site s = { opcodes[i].kind, 0 };

		if (!dispatch_bytes(&opcodes[i], bytes, sizeof(bytes)))
			continue;
		site_tail(c, tail, sizeof(tail), &s);
		fprintf(c->out, ".ifeqs \"%s~\",\"%.*s\\()~\"; 98761: %.*s%s; .set .Lpvm_, 1; "
			".endif; ", bytes, (int)(e - p), c->t + p, (int)(n - p), c->t + p, tail);
	}
	fputs(".if .Lpvm_ == 0; ", c->out);
	insert(c, c->st_end, "; .endif");
	count_site(c);
}

/*
 * A directive that changes afterburn's state (sections, code mode, .end)
 * inside a branch that gas may or may not assemble: afterburn could only
 * guess, so it refuses.
 */
static void refuse_in_unknown(struct ctx *c, const char *w)
{
	const struct cframe *f = cond_unknown(c);

	if (f)
		fail(c, "%s inside the conditional at line %ld, which afterburn cannot evaluate",
		     w, f->line);
}

/*
 * .macro and .endm inside a macro body: gas reads a definition up to its
 * .endm whatever the conditionals in it say.
 */
static void body_nesting(struct ctx *c, const char *w, size_t e)
{
	if (!strcmp(w, ".macro")) {
		c->macro_depth++;
		macro_params(c, scan_sym(c->t, c->tn, skip_blank(c->t, c->tn, e)),
			     c->macro_depth);
	} else if (!strcmp(w, ".endm")) {
		if (c->macro_depth == 1 && c->ncond != c->cond_base)
			fail(c, ".endm inside the conditional at line %ld of the macro body",
			     c->conds[c->ncond - 1].line);
		c->macro_depth--;
		while (c->nparams && c->params[c->nparams - 1].depth > c->macro_depth)
			c->nparams--;
		if (!c->macro_depth) {
			free(c->body.stack);
			memset(&c->body, 0, sizeof(c->body));
		}
	}
}

/*
 * A statement in a branch that gas does not assemble: gas skips it unless
 * it is a conditional directive (not even then after a label).
 */
static void dead_statement(struct ctx *c, size_t p)
{
	const char *t = c->t;
	size_t n = c->tn, e, q;
	char w[16];
	int op = -1;

	c->pp = false;
	e = scan_word(t, n, p);
	if (t[p] == '.' && lower_word(t, p, e, w))
		op = cond_op(w);
	if (op >= 0) {
		cond_directive(c, op, p, e);
		return;
	}
	if (!in_body(c))
		return;
	while ((q = scan_label(t, n, p)))
		p = skip_blank(t, n, q + 1);
	e = scan_word(t, n, p);
	if (p < n && t[p] == '.' && lower_word(t, p, e, w))
		body_nesting(c, w, e);
}

static void directive(struct ctx *c, size_t tok, size_t e)
{
	static const struct { const char *name; int op; } secdirs[] = {
		{ ".section", S_SECTION }, { ".pushsection", S_PUSH },
		{ ".popsection", S_POP }, { ".previous", S_PREVIOUS },
		{ ".text", S_TEXT }, { ".data", S_DATA }, { ".bss", S_BSS },
		{ ".subsection", S_SUBSECTION }, { ".code16", S_CODE16 },
		{ ".code16gcc", S_CODE16 }, { ".code32", S_CODE32 },
		{ ".code64", S_CODE64 },
	};
	char w[16];
	size_t i;
	int op;

	if (!lower_word(c->t, tok, e, w)) {
		c->pp = false;
		lazy_start(c);
		return;
	}
	op = cond_op(w);
	if (op >= 0) {
		cond_directive(c, op, tok, e);
		return;
	}
	for (i = 0; i < ARRAY_SIZE(secdirs); i++) {
		if (!strcmp(w, secdirs[i].name)) {
			refuse_in_unknown(c, w);
			section_directive(c, secdirs[i].op, tok, e);
			return;
		}
	}
	if (!strcmp(w, ".byte")) {
		lazy_start(c);
		byte_statement(c, tok, e);
		return;
	}
	c->pp = false;
	if (!strcmp(w, ".intel_syntax"))
		fail(c, ".intel_syntax is not supported (AT&T syntax only)");
	if (in_body(c)) {
		body_nesting(c, w, e);
		return;
	}
	if (!strcmp(w, ".endm"))
		fail(c, ".endm without .macro");
	if (!strcmp(w, ".endr")) {
		struct rept_entry *r;

		if (!c->rept_depth)
			fail(c, ".endr without .rept");
		/*
		 * gas runs the body again from its start: leave the body in the
		 * same state as it was entered so that every iteration's 98771b
		 * refers to a label in the range's own section.  An open range
		 * at the start stays open (its start label re-emitted at the
		 * end of the body if a section switch in the body closed it);
		 * a range begun inside the body is closed at its end.
		 */
		c->rept_depth--;
		r = &c->rept_stack[c->rept_depth < REPT_MAX ? c->rept_depth : REPT_MAX - 1];
		if (r->code != c->top.code)
			fail(c, ".code%d at .endr of a body entered in .code%d: gas would assemble "
				"its iterations in different modes", c->top.code, r->code);
		if (r->open && c->range_pending && sec_eq(r->sec, c->top.cur)) {
			/* gas does not see ".endr" after a numeric label */
			start_range(c, c->map[tok], "98771: ; ");
		} else if (c->range_open && (!r->open || !sec_eq(r->sec, c->range_sec))) {
			close_range(c, c->map[tok]);
			c->range_pending = exempt_active(c);
		}
		return;
	}
	if (!strcmp(w, ".end")) {
		refuse_in_unknown(c, w);
		if (c->range_open)
			close_range(c, c->map[tok]);
		c->range_pending = false;
		c->ended = true;
		return;
	}
	lazy_start(c);
	if (!strcmp(w, ".macro")) {
		define_macro(c, e);
		c->macro_depth = 1;
		c->cond_base = c->ncond;
		memset(&c->body, 0, sizeof(c->body));
		c->body.code = 64;
	} else if (!strcmp(w, ".purgem")) {
		purge_macro(c, e);
	} else if (!strcmp(w, ".rept") || !strcmp(w, ".irp") || !strcmp(w, ".irpc")) {
		struct rept_entry *r;

		r = &c->rept_stack[c->rept_depth < REPT_MAX ? c->rept_depth : REPT_MAX - 1];
		r->open = c->range_open;
		r->sec = c->range_sec;
		r->code = c->top.code;
		c->rept_depth++;
	}
}

static void process_statement(struct ctx *c)
{
	const char *t = c->t;
	size_t n = c->tn, p, e, first, q;
	bool rep = false;
	const struct mnem *m;
	struct site s;
	char w[16];
	long mi;

	p = skip_blank(t, n, 0);
	if (p == n)
		return;
	if (c->ncond && cond_here(c) == CT_FALSE) {
		dead_statement(c, p);
		return;
	}
	while ((q = scan_label(t, n, p))) {
		p = skip_blank(t, n, q + 1);
		c->pp = false;	/* a label intervenes: the prefix stays alone */
	}
	if (p == n) {
		/* label only */
		c->pp = false;
		lazy_start(c);
		return;
	}
	e = scan_word(t, n, p);
	q = skip_blank(t, n, e);
	if (e == p || (q < n && t[q] == '=' && (q + 1 >= n || t[q + 1] != '='))) {
		/* junk or a symbol assignment */
		c->pp = false;
		lazy_start(c);
		return;
	}
	if (t[p] == '.' && !(e - p == 1)) {
		directive(c, p, e);
		return;
	}
	lazy_start(c);
	if (in_body(c) && is_param(c, p, e)) {
		c->pp = false;
		if (site_active(c))
			emit_dispatch(c, p, e);
		return;
	}

	/* prefixes */
	first = p;
	for (;;) {
		int k;

		if (!lower_word(t, p, e, w))
			break;
		k = prefix_kind(w);
		if (k == PFX_NONE || find_macro(c, t, p, e) >= 0)
			break;
		rep |= k == PFX_REP;
		p = skip_blank(t, n, e);
		if (p < n && t[p] == '/')
			p = skip_blank(t, n, p + 1);
		if (p == n) {
			/* a standalone prefix statement */
			if (site_active(c)) {
				if (!c->pp) {
					c->pp = true;
					c->pp_rep = false;
					c->pp_pos = c->map[first];
				}
				c->pp_rep |= rep;
			}
			return;
		}
		e = scan_word(t, n, p);
		if (e == p)
			break;
	}
	if (e == p || !lower_word(t, p, e, w)) {
		c->pp = false;
		return;
	}
	mi = c->nmacros ? find_macro(c, t, p, e) : -1;
	if (mi >= 0) {
		if (!c->exempt && exempt_active(c) && c->macros[mi].has_sites)
			fail(c, "macro %s with previrt sites used in a .code%d region",
			     c->macros[mi].name, c->top.code);
		c->pp = false;
		return;
	}
	m = lookup_mnem(w);
	if (!m) {
		c->pp = false;
		return;
	}
	if (c->pp)
		rep |= c->pp_rep;
	if (!classify(c, m, w, e, rep, &s) || !site_active(c)) {
		c->pp = false;
		return;
	}
	emit_site(c, c->pp ? c->pp_pos : c->map[first], &s);
	c->pp = false;
}

/* ---------------------------------------------------------------------- */
/* Scanner */

static inline void add(struct ctx *c, char ch, size_t pos)
{
	if (c->tn + 1 >= c->tcap) {
		c->tcap = c->tcap ? 2 * c->tcap : 256;
		c->t = xrealloc(c, c->t, c->tcap);
		c->map = xrealloc(c, c->map, c->tcap * sizeof(*c->map));
	}
	c->t[c->tn] = ch;
	c->map[c->tn] = pos;
	c->tn++;
}

/* A meaningful (non-blank, non-comment) character at pos. */
static inline void add_sig(struct ctx *c, char ch, size_t pos)
{
	if (c->st_start == (size_t)-1) {
		c->st_start = pos;
		c->st_loc = c->loc;
		c->st_phys = c->phys;
	}
	add(c, ch, pos);
	c->st_end = pos + 1;
}

static void end_statement(struct ctx *c)
{
	if (c->st_start != (size_t)-1 && !c->ended) {
		c->t[c->tn] = '\0';
		process_statement(c);
		/* where a range still open at the end of the file is closed */
		if (!in_body(c) && (!c->ncond || cond_here(c) == CT_TRUE))
			c->last_end = c->st_end;
	}
	c->tn = 0;
	c->st_start = (size_t)-1;
}

static size_t eol(struct ctx *c, size_t i)
{
	const char *nl = memchr(c->in + i, '\n', c->len - i);

	return nl ? (size_t)(nl - c->in) : c->len;
}

/* "# N "file" flags" at the start of a line; i points at '#'. */
static void linemarker(struct ctx *c, size_t i, size_t end)
{
	const char *s = c->in;
	const char *file = NULL;
	size_t flen = 0;
	long line = 0;
	bool push = false, pop = false;

	for (i++; i < end && is_blank(s[i]); i++)
		;
	if (i >= end || !is_digit(s[i]))
		return;		/* an ordinary comment */
	while (i < end && is_digit(s[i])) {
		if (line < 100000000)
			line = line * 10 + (s[i] - '0');
		i++;
	}
	if (i < end && !is_blank(s[i]))
		return;
	while (i < end && is_blank(s[i]))
		i++;
	if (i < end && s[i] == '"') {
		size_t j;

		for (j = i + 1; j < end && s[j] != '"'; j++)
			if (s[j] == '\\')
				j++;
		if (j >= end)
			return;
		file = s + i + 1;
		flen = j - i - 1;
		i = j + 1;
	}
	while (i < end) {
		if (s[i] == '1' && (i + 1 >= end || !is_digit(s[i + 1])))
			push = true;
		if (s[i] == '2' && (i + 1 >= end || !is_digit(s[i + 1])))
			pop = true;
		while (i < end && !is_blank(s[i]))
			i++;
		while (i < end && is_blank(s[i]))
			i++;
	}
	if (push) {
		if (c->lmdepth == c->lmcap) {
			c->lmcap = c->lmcap ? 2 * c->lmcap : 16;
			c->lmstack = xrealloc(c, c->lmstack, c->lmcap * sizeof(*c->lmstack));
		}
		if (c->lmdepth < 4096)
			c->lmstack[c->lmdepth++] = c->loc;
	} else if (pop) {
		if (c->lmdepth)
			c->loc = c->lmstack[--c->lmdepth];
		if (!flen)
			return;
	}
	if (file && flen) {
		c->loc.file = file;
		c->loc.flen = flen;
	}
	/* the next physical line has logical number "line" */
	c->loc.delta = line - (long)(c->phys + 1);
}

static void scan(struct ctx *c)
{
	const char *s = c->in;
	size_t n = c->len, i = 0;
	bool bol = true;

	c->phys = 1;
	c->st_start = (size_t)-1;
	while (i < n && !c->ended) {
		char ch = s[i];

		if (bol) {
			size_t j = i;

			bol = false;
			if (ch == '#') {
				size_t end = eol(c, i);

				linemarker(c, i, end);
				i = end;
				continue;
			}
			while (j < n && (s[j] == ' ' || s[j] == '\t'))
				j++;
			if (j < n && s[j] == '/' && (j + 1 >= n || s[j + 1] != '*')) {
				i = eol(c, j);
				continue;
			}
		}
		switch (ch) {
		case '\n':
			end_statement(c);
			c->phys++;
			i++;
			bol = true;
			break;
		case ';':
			end_statement(c);
			i++;
			break;
		case '#':
			i = eol(c, i);
			break;
		case '"':
			add_sig(c, ch, i++);
			for (;;) {
				if (i >= n || s[i] == '\n')
					fail(c, "unterminated string");
				add_sig(c, s[i], i);
				if (s[i] == '"') {
					i++;
					break;
				}
				if (s[i] == '\\') {
					i++;
					if (i >= n || s[i] == '\n')
						fail(c, "unterminated string");
					add_sig(c, s[i], i);
				}
				i++;
			}
			break;
		case '\'':
			/* gas character constant: 'c, '\c, optionally closed by ' */
			add_sig(c, ch, i++);
			if (i < n && s[i] != '\n') {
				bool esc = s[i] == '\\';

				add_sig(c, s[i], i);
				i++;
				if (esc && i < n && s[i] != '\n') {
					add_sig(c, s[i], i);
					i++;
				}
				if (i < n && s[i] == '\'') {
					add_sig(c, s[i], i);
					i++;
				}
			}
			break;
		case '/':
			if (i + 1 < n && s[i + 1] == '*') {
				unsigned long cphys = c->phys;
				struct lmframe cloc = c->loc;

				for (i += 2; i + 1 < n && !(s[i] == '*' && s[i + 1] == '/'); i++)
					if (s[i] == '\n')
						c->phys++;
				if (i + 1 >= n) {
					c->st_start = (size_t)-1;
					c->phys = cphys;
					c->loc = cloc;
					fail(c, "unterminated comment");
				}
				i += 2;
				add(c, ' ', i);
				break;
			}
			add_sig(c, ch, i++);
			break;
		case ' ':
		case '\t':
		case '\r':
		case '\f':
		case '\v':
			add(c, ' ', i++);
			break;
		default:
			add_sig(c, ch, i++);
			break;
		}
	}
	end_statement(c);
}

/* ---------------------------------------------------------------------- */
/* The core */

static void ctx_free(struct ctx *c)
{
	size_t i;

	for (i = 0; i < SEC_HASH; i++) {
		while (c->htab[i]) {
			struct secname *s = c->htab[i];

			c->htab[i] = s->next;
			free(s);
		}
	}
	for (i = 0; i < c->nmacros; i++)
		free(c->macros[i].name);
	free(c->macros);
	free(c->params);
	free(c->conds);
	free(c->top.stack);
	free(c->body.stack);
	free(c->lmstack);
	free(c->t);
	free(c->map);
}

/*
 * Rewrite the assembler source in[0, len) to out.  name is used for error
 * messages where no cpp linemarker says otherwise.  Returns 0 on success,
 * -1 after printing an error to afterburn_errfile (the output written so
 * far is then garbage).
 */
static int afterburn_run(struct ctx *c)
{
	if (setjmp(c->fail))
		return -1;
	c->sn_text = intern(c, ".text", 5);
	c->sn_data = intern(c, ".data", 5);
	c->sn_data->exec = false;
	c->sn_bss = intern(c, ".bss", 4);
	c->top.cur.n = c->top.prev.n = c->sn_text;
	c->top.code = 64;
	c->range_pending = exempt_active(c);

	scan(c);

	c->st_start = (size_t)-1;
	if (in_body(c))
		fail(c, "missing .endm at end of file");
	if (c->rept_depth)
		fail(c, "missing .endr at end of file");
	if (c->ncond)
		fail(c, "missing .endif at end of file");
	if (c->range_open) {
		char buf[160];

		snprintf(buf, sizeof(buf), "; " EXEMPT_END, c->range_mode);
		insert(c, c->last_end, buf);
		c->nranges++;
	}
	emit_upto(c, c->len);
	return 0;
}

static int afterburn_buffer(const char *name, const char *in, size_t len, FILE *out, bool exempt)
{
	struct ctx *c = calloc(1, sizeof(*c));
	int ret;

	if (!c)
		return -1;
	c->name = name;
	c->in = in;
	c->len = len;
	c->out = out;
	c->exempt = exempt;
	c->st_start = (size_t)-1;
	c->phys = 1;
	ret = afterburn_run(c);
	ctx_free(c);
	free(c);
	return ret;
}

#ifndef AFTERBURN_NO_MAIN

static void die_usage(void)
{
	fprintf(stderr, "usage: afterburn [--exempt] [--source NAME] -o OUT IN\n"
			"       afterburn --list-kinds\n");
	exit(2);
}

static int io_error(const char *file, const char *what)
{
	fprintf(stderr, "%s: error: afterburn: %s: %s\n", file, what, strerror(errno));
	return 1;
}

int main(int argc, char **argv)
{
	const char *out = NULL, *in = NULL, *source = NULL;
	bool exempt = false;
	char *buf = NULL, *tmp;
	size_t len = 0, cap = 0;
	FILE *f;
	int fd, i, ret;
	mode_t mask;

	afterburn_errfile = stderr;
	for (i = 1; i < (int)ARRAY_SIZE(mnems); i++) {
		if (strcmp(mnems[i - 1].name, mnems[i].name) >= 0) {
			fprintf(stderr, "afterburn: asm/previrt_insn_list.h: mnemonic %s is out of order\n",
				mnems[i].name);
			return 2;
		}
	}
	for (i = 1; i < argc; i++) {
		if (!strcmp(argv[i], "--exempt")) {
			exempt = true;
		} else if (!strcmp(argv[i], "--source") && i + 1 < argc) {
			source = argv[++i];
		} else if (!strcmp(argv[i], "-o") && i + 1 < argc) {
			out = argv[++i];
		} else if (!strcmp(argv[i], "--list-kinds")) {
			for (i = 0; i < PREVIRT_KIND_NR; i++)
				printf("%d %s %d\n", i, kinds[i].name, kinds[i].size);
			return 0;
		} else if (argv[i][0] == '-' && argv[i][1]) {
			die_usage();
		} else if (!in) {
			in = argv[i];
		} else {
			die_usage();
		}
	}
	if (!in || !out)
		die_usage();

	f = strcmp(in, "-") ? fopen(in, "rb") : stdin;
	if (!f)
		return io_error(in, "cannot open input");
	for (;;) {
		size_t r;

		if (len == cap) {
			cap = cap ? 2 * cap : 1 << 20;
			buf = realloc(buf, cap + 1);
			if (!buf) {
				errno = ENOMEM;
				return io_error(in, "cannot read input");
			}
		}
		r = fread(buf + len, 1, cap - len, f);
		len += r;
		if (r == 0)
			break;
	}
	if (ferror(f))
		return io_error(in, "cannot read input");
	if (f != stdin)
		fclose(f);

	tmp = malloc(strlen(out) + 16);
	if (!tmp)
		return io_error(out, "cannot create output");
	sprintf(tmp, "%s.abXXXXXX", out);
	fd = mkstemp(tmp);
	if (fd < 0)
		return io_error(out, "cannot create output");
	mask = umask(0);
	umask(mask);
	fchmod(fd, 0666 & ~mask);
	f = fdopen(fd, "w");
	if (!f) {
		unlink(tmp);
		return io_error(out, "cannot create output");
	}
	setvbuf(f, NULL, _IOFBF, 1 << 20);

	ret = afterburn_buffer(source ? source : in, buf, len, f, exempt);
	if (ret == 0 && (ferror(f) | fclose(f))) {
		io_error(out, "cannot write output");
		ret = -1;
	} else if (ret) {
		fclose(f);
	}
	if (ret == 0 && rename(tmp, out)) {
		io_error(out, "cannot rename output");
		ret = -1;
	}
	if (ret) {
		unlink(tmp);
		unlink(out);
	}
	free(tmp);
	free(buf);
	return ret ? 1 : 0;
}

#endif /* AFTERBURN_NO_MAIN */
