// SPDX-License-Identifier: GPL-2.0
/*
 * x86-64 previrt site patcher.
 *
 * The same model as apply_alternatives(): a table of small records with
 * relative offsets, one loop, decide, poke.  Each record names a site that
 * scripts/previrt/afterburn made of a sensitive instruction: the
 * instruction followed by NOP padding.  Sites in alternative replacements
 * ("altsites") are recorded where the replacement is assembled and run
 * where apply_alternatives() copies it.
 *
 * Two passes.  The late pass, previrt_patch_vmlinux(), runs from
 * alternative_instructions() after apply_alternatives(), which marks each
 * alternative it applies (ALTINSTR_FLAG_APPLIED): a site in the destination
 * of an installed alternative is gone and is not handed over; the sites of
 * the installed replacement are, at their destination, exactly once each.
 * Nothing is guessed: every site handed over is checked against its
 * record (instruction, length, NOP padding to its end), and a mismatch is
 * reported and left native.  The early pass, previrt_patch_early(), is for
 * platforms whose entry code must patch the image before C code runs (Xen
 * PV); the late pass then only does the altsites.
 *
 * Order at boot: alternative_instructions() applies paravirt (nothing with
 * CONFIG_PREVIRT), retpoline and return thunk sites, then alternatives, then
 * previrt sites, then seals IBT endbr; all on the boot CPU before SMP
 * bring-up, with NMIs stopped.  Modules: module_finalize(), right after
 * their alternatives.
 */
#define pr_fmt(fmt) "previrt: " fmt

#include <linux/init.h>
#include <linux/kernel.h>
#include <linux/module.h>
#include <linux/previrt.h>
#include <linux/string.h>
#include <linux/stringify.h>
#include <asm/alternative.h>
#include <asm/cmdline.h>
#include <asm/hypervisor.h>
#include <asm/insn.h>
#include <asm/previrt.h>
#include <asm/previrt_classify.h>
#include <asm/processor.h>
#include <asm/sections.h>
#include <asm/setup.h>
#include <asm/text-patching.h>

/*
 * Runtimes in the order detection tries them.  Native detects everywhere
 * and comes last.
 */
const struct previrt_runtime *const previrt_arch_runtimes[] __previrt_runtime = {
#ifdef CONFIG_PREVIRT_DEBUG
	&previrt_native_nop_runtime,
	&previrt_native_jmp_runtime,
#endif
#ifdef CONFIG_PREVIRT_XEN_PVH
	&previrt_xen_pvh_runtime,
#endif
#ifdef CONFIG_PREVIRT_KVM
	&previrt_kvm_runtime,
#endif
	&previrt_native_runtime,
};

const unsigned int previrt_arch_nr_runtimes = ARRAY_SIZE(previrt_arch_runtimes);

static const char *const previrt_kind_names[] = {
#define PREVIRT_KIND(name, size, desc)	__stringify(name),
#include <asm/previrt_kind_list.h>
#undef PREVIRT_KIND
};

static const char *const previrt_mem_kind_names[] = {
#define PREVIRT_MEM_KIND(name, size, desc)	"MEM_" __stringify(name),
#include <asm/previrt_mem_kind_list.h>
#undef PREVIRT_MEM_KIND
};

/* Is @kind a kind this kernel knows? */
static bool previrt_kind_valid(unsigned int kind)
{
	return (kind && kind < PREVIRT_KIND_NR) ||
	       (kind >= PREVIRT_KIND_MEM_FIRST && kind < PREVIRT_KIND_MEM_END);
}

/**
 * previrt_arch_kind_name - name of a site kind, for messages and the stats
 * @kind:	an enum previrt_kind or enum previrt_mem_kind value
 *
 * Return: the kind's name as in asm/previrt_kind_list.h, or "MEM_" and the
 * name in asm/previrt_mem_kind_list.h, or "?".
 */
const char *previrt_arch_kind_name(unsigned int kind)
{
	if (kind < PREVIRT_KIND_NR)
		return previrt_kind_names[kind];
	if (kind >= PREVIRT_KIND_MEM_FIRST && kind < PREVIRT_KIND_MEM_END)
		return previrt_mem_kind_names[kind - PREVIRT_KIND_MEM_FIRST];
	return "?";
}

/*
 * The hypervisor's CPUID signature (leaf 0x40000000), for kernels built
 * without that hypervisor's guest support, which init_hypervisor_platform()
 * then does not know.
 */
static const char *previrt_cpuid_platform(void)
{
	static const struct {
		char sig[13];
		const char *name;
	} sigs[] = {
		{ "XenVMMXenVMM", "Xen HVM" },
		{ "KVMKVMKVM\0\0\0", "KVM" },
		{ "Microsoft Hv", "Hyper-V" },
		{ "VMwareVMware", "VMware" },
		{ "Jailhouse\0\0\0", "Jailhouse" },
		{ "ACRNACRNACRN", "ACRN" },
	};
	u32 eax, sig[3];
	unsigned int i;

	if (!boot_cpu_has(X86_FEATURE_HYPERVISOR))
		return NULL;
	cpuid(0x40000000, &eax, &sig[0], &sig[1], &sig[2]);
	for (i = 0; i < ARRAY_SIZE(sigs); i++)
		if (!memcmp(sig, sigs[i].sig, 12))
			return sigs[i].name;
	return "hypervisor without a known signature";
}

/**
 * previrt_arch_platform - what the kernel found itself running on
 *
 * Return: the hypervisor detected by init_hypervisor_platform(), else the
 * one named by CPUID's hypervisor leaf ("Xen PVH" for Xen when the kernel
 * came in through the PVH entry, "hypervisor without a known signature"
 * for others), or "bare metal".
 */
const char *previrt_arch_platform(void)
{
	static const struct {
		enum x86_hypervisor_type type;
		const char *name;
	} hv[] = {
		{ X86_HYPER_VMWARE, "VMware" },
		{ X86_HYPER_MS_HYPERV, "Hyper-V" },
		{ X86_HYPER_XEN_PV, "Xen PV" },
		{ X86_HYPER_XEN_HVM, "Xen HVM" },
		{ X86_HYPER_KVM, "KVM" },
		{ X86_HYPER_JAILHOUSE, "Jailhouse" },
		{ X86_HYPER_ACRN, "ACRN" },
	};
	const char *cpuid_name = previrt_cpuid_platform();
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(hv); i++)
		if (hypervisor_is_type(hv[i].type))
			return hv[i].name;
#ifdef CONFIG_PREVIRT_XEN_PVH
	/* The PVH entry on Xen: a PVH domain (CPUID says only "Xen"). */
	if (previrt_xen_pvh_entered && cpuid_name && !strcmp(cpuid_name, "Xen HVM"))
		return "Xen PVH";
#endif
	return cpuid_name ?: "bare metal";
}

static inline u8 *previrt_site_addr(const struct previrt_site *s)
{
	return (u8 *)&s->offset + s->offset;
}

static inline u8 *previrt_alt_instr(struct alt_instr *a)
{
	return (u8 *)&a->instr_offset + a->instr_offset;
}

static inline u8 *previrt_alt_repl(struct alt_instr *a)
{
	return (u8 *)&a->repl_offset + a->repl_offset;
}

/*
 * Is @a's replacement what is at its destination now?  apply_alternatives()
 * marks each alternative it applies; a later alternative for the same
 * destination (ALTERNATIVE_2) that was applied too has overwritten it.
 */
static bool __init_or_module previrt_alt_installed(struct alt_instr *a,
						   struct alt_instr *aend)
{
	struct alt_instr *b;

	if (!(a->cpuid & ALTINSTR_FLAG_APPLIED))
		return false;
	for (b = a + 1; b < aend; b++)
		if ((b->cpuid & ALTINSTR_FLAG_APPLIED) &&
		    previrt_alt_instr(b) == previrt_alt_instr(a))
			return false;
	return true;
}

/* The installed alternative whose destination holds @addr, or NULL. */
static struct alt_instr * __init_or_module
previrt_alt_covering(u8 *addr, struct alt_instr *alt, struct alt_instr *aend)
{
	struct alt_instr *a;

	for (a = alt; a < aend; a++) {
		u8 *dest = previrt_alt_instr(a);

		if ((a->cpuid & ALTINSTR_FLAG_APPLIED) && addr >= dest &&
		    addr < dest + a->instrlen && previrt_alt_installed(a, aend))
			return a;
	}
	return NULL;
}

/* Where the code at @addr lives; see enum previrt_site_class. */
static u8 __init_or_module previrt_site_class(const u8 *addr, bool module)
{
	if (module)
		return PREVIRT_CLASS_MODULE;
	if (addr >= (u8 *)__entry_text_start && addr < (u8 *)__entry_text_end)
		return PREVIRT_CLASS_ENTRY;
	if (addr >= (u8 *)__noinstr_text_start && addr < (u8 *)__noinstr_text_end)
		return PREVIRT_CLASS_NOINSTR;
	if (addr >= (u8 *)_sinittext && addr < (u8 *)_einittext)
		return PREVIRT_CLASS_INIT;
	return PREVIRT_CLASS_TEXT;
}

/* Why a record cannot be handed over. */
enum previrt_bad {
	PREVIRT_OK,
	PREVIRT_BAD_RECORD,	/* kind or lengths impossible */
	PREVIRT_BAD_INSN,	/* not the instruction the record names */
	PREVIRT_BAD_PADDING,	/* padding not NOPs ending at the site's end */
};

static const char *const previrt_bad_what[] = {
	[PREVIRT_BAD_RECORD]	= "impossible record",
	[PREVIRT_BAD_INSN]	= "instruction does not match its record",
	[PREVIRT_BAD_PADDING]	= "padding is not NOPs ending at the site's end",
};

/* A NOP as the assembler or add_nops() pads with: [66 2e 3e]* 90 or 0f 1f /0. */
static bool __init_or_module previrt_insn_is_nop(struct insn *insn)
{
	insn_byte_t p;
	int i;

	for_each_insn_prefix(insn, i, p)
		if (p != 0x66 && p != 0x2e && p != 0x3e)
			return false;
	if (insn->rex_prefix.nbytes)
		return false;
	if (insn->opcode.nbytes == 1)
		return insn->opcode.bytes[0] == 0x90;
	return insn->opcode.nbytes == 2 && insn->opcode.bytes[0] == 0x0f &&
	       insn->opcode.bytes[1] == 0x1f && X86_MODRM_REG(insn->modrm.value) == 0;
}

/* Is [@p, @p + @len) NOP instructions that end exactly at @p + @len? */
static bool __init_or_module previrt_nops_exactly(const u8 *p, unsigned int len)
{
	struct insn insn;

	while (len) {
		if (insn_decode_kernel(&insn, p) < 0 || insn.length > len ||
		    !previrt_insn_is_nop(&insn))
			return false;
		p += insn.length;
		len -= insn.length;
	}
	return true;
}

/*
 * Fill @d from the record @s of the site now at @addr, and check the record
 * against the bytes there: nothing has changed them (the site was not in an
 * installed alternative's destination, or it is an installed altsite), so
 * a mismatch is a bug, never something to guess around.
 */
static enum previrt_bad __init_or_module
previrt_describe(const struct previrt_site *s, u8 *addr, struct previrt_site_desc *d)
{
	struct insn insn;

	if (!previrt_kind_valid(s->kind) || s->insn_len > s->len || s->len > PREVIRT_SITE_MAX)
		return PREVIRT_BAD_RECORD;
	d->addr = addr;
	d->len = s->len;
	d->insn_len = s->insn_len;
	d->kind = s->kind;
	d->operand = s->operand;
	if (s->insn_len) {
		if (insn_decode_kernel(&insn, addr) < 0 || insn.length != s->insn_len)
			return PREVIRT_BAD_INSN;
		/* A memory site's instruction is an ordinary access. */
		if (!PREVIRT_KIND_IS_MEM(s->kind) && previrt_classify_insn(&insn) != s->kind)
			return PREVIRT_BAD_INSN;
	}
	if (!previrt_nops_exactly(addr + s->insn_len, s->len - s->insn_len))
		return PREVIRT_BAD_PADDING;
	return PREVIRT_OK;
}

/*
 * Messages of the early pass, which cannot print: the late pass prints
 * them.  Not init data: previrt_report() also serves modules.
 */
#define PREVIRT_EARLY_MSGS	8
static struct {
	u8 *addr;
	u8 kind;
	u8 bad;		/* enum previrt_bad, or PREVIRT_OK: the runtime failed */
} previrt_early_msgs[PREVIRT_EARLY_MSGS];
static unsigned int previrt_early_nmsgs;

static void __init_or_module previrt_report(const struct previrt_runtime *rt,
					    const struct previrt_site_desc *d,
					    const struct previrt_site *s,
					    u8 *addr, enum previrt_bad bad)
{
	if (d->early) {
		if (previrt_early_nmsgs < PREVIRT_EARLY_MSGS) {
			previrt_early_msgs[previrt_early_nmsgs].addr = addr;
			previrt_early_msgs[previrt_early_nmsgs].kind = s->kind;
			previrt_early_msgs[previrt_early_nmsgs].bad = bad;
		}
		previrt_early_nmsgs++;
	} else if (bad) {
		pr_err("site %pS (%s, %u/%u bytes%s): %s: left native\n", addr,
		       previrt_arch_kind_name(s->kind), s->insn_len, s->len,
		       d->altsite ? ", installed altsite" : "", previrt_bad_what[bad]);
	} else {
		pr_warn("runtime %s cannot handle site %pS (%s): left native\n",
			rt->name, addr, previrt_arch_kind_name(s->kind));
	}
}

/* Check the site of @s now at @addr and hand it to the runtime. */
static void __init_or_module previrt_patch_one(const struct previrt_runtime *rt,
					       const struct previrt_site *s, u8 *addr,
					       bool module, bool altsite, bool early)
{
	struct previrt_site_desc d = {
		.class = previrt_site_class(addr, module),
		.altsite = altsite,
		.early = early,
		.kind = s->kind,
	};
	enum previrt_outcome outcome;
	enum previrt_bad bad;

	bad = previrt_describe(s, addr, &d);
	if (bad) {
		d.kind = previrt_kind_valid(s->kind) ? s->kind : PREVIRT_KIND_NONE;
		previrt_report(rt, &d, s, addr, bad);
		previrt_account(&d, PREVIRT_FAILED);
		return;
	}
	outcome = rt->patch_site(&d);
	if (outcome == PREVIRT_FAILED)
		previrt_report(rt, &d, s, addr, PREVIRT_OK);
	previrt_account(&d, outcome);
}

/**
 * previrt_poke - write to a site
 * @site:	the site, as handed to the runtime
 * @addr:	where to write, inside the site
 * @buf:	the bytes
 * @len:	how many
 *
 * With text_poke_early(), or in the early pass with a plain copy: the text
 * is still writable there and nothing has run it yet.
 *
 * Return: false, writing nothing, if [@addr, @addr + @len) is not inside
 * the site.
 */
bool __init_or_module previrt_poke(const struct previrt_site_desc *site, void *addr,
				   const void *buf, size_t len)
{
	u8 *dst = addr;
	const u8 *src = buf;

	if (dst < (u8 *)site->addr || dst + len > (u8 *)site->addr + site->len)
		return false;
	if (!site->early) {
		text_poke_early(addr, buf, len);
		return true;
	}
	while (len--)
		*dst++ = *src++;
	return true;
}

/* The site tables and alternatives of the kernel image or of a module. */
struct previrt_tables {
	struct previrt_site *start, *end;	/* .previrt.sites */
	struct previrt_site *astart, *aend;	/* .previrt.altsites */
	struct alt_instr *alt, *alt_end;	/* .altinstructions */
	u8 *repl, *repl_end;			/* .altinstr_replacement */
	bool module;
};

/*
 * An altsite: a site in an alternative's replacement.  afterburn padded
 * the replacement's sensitive instruction like any site, which made the
 * alternative's original as long as the padded replacement.  Hand it over
 * at the destination of every installed alternative whose replacement
 * holds it; count it idle when there is none.
 */
static void __init_or_module previrt_patch_altsite(const struct previrt_runtime *rt,
						   const struct previrt_tables *t,
						   struct previrt_site *s,
						   unsigned int *installed)
{
	u8 *site = previrt_site_addr(s);
	bool found = false, used = false;
	struct alt_instr *a;

	for (a = t->alt; a < t->alt_end; a++) {
		u8 *repl = previrt_alt_repl(a);
		unsigned int off = site - repl;

		if (site < repl || off >= a->replacementlen)
			continue;
		found = true;
		if (!previrt_alt_installed(a, t->alt_end))
			continue;
		used = true;
		if (off + s->len > a->instrlen) {
			struct previrt_site_desc d = { .kind = s->kind, .altsite = true };

			pr_err("altsite %pS does not fit its destination %pS: left native\n",
			       site, previrt_alt_instr(a));
			previrt_account(&d, PREVIRT_FAILED);
			continue;
		}
		previrt_patch_one(rt, s, previrt_alt_instr(a) + off, t->module, true, false);
		(*installed)++;
	}
	if (!found) {
		struct previrt_site_desc d = { .kind = s->kind, .altsite = true };

		pr_err("altsite %pS is in no alternative\n", site);
		previrt_account(&d, PREVIRT_FAILED);
	} else if (!used) {
		previrt_account_event(s->kind, PREVIRT_EV_ALT_IDLE);
	}
}

/* Is @addr in the replacements of @t? */
static bool __init_or_module previrt_in_repl(const struct previrt_tables *t, u8 *addr)
{
	return t->repl && addr >= t->repl && addr < t->repl_end;
}

/*
 * The late pass, after apply_alternatives(): every record once.  A site in
 * the destination of an installed alternative is gone (counted replaced);
 * the installed replacement's own sites are handed over where they now
 * are.  After the early pass only the altsites are left to do.  Returns
 * the number of altsites handed over.
 */
static unsigned int __init_or_module previrt_patch_sites(const struct previrt_runtime *rt,
							 const struct previrt_tables *t,
							 bool early_done)
{
	unsigned int installed = 0;
	struct previrt_site *s;

	previrt_account_tables(t->end - t->start, t->aend - t->astart);
	for (s = t->start; s < t->end; s++) {
		u8 *addr = previrt_site_addr(s);

		/* A macro rewritten where it is defined, expanded in a replacement. */
		if (previrt_in_repl(t, addr)) {
			previrt_patch_altsite(rt, t, s, &installed);
			continue;
		}
		if (early_done)
			continue;
		if (previrt_alt_covering(addr, t->alt, t->alt_end))
			previrt_account_event(s->kind, PREVIRT_EV_REPLACED);
		else
			previrt_patch_one(rt, s, addr, t->module, false, false);
	}
	for (s = t->astart; s < t->aend; s++)
		previrt_patch_altsite(rt, t, s, &installed);
	return installed;
}

static const struct previrt_tables previrt_vmlinux_tables __initconst = {
	.start = __start_previrt_sites,
	.end = __stop_previrt_sites,
	.astart = __start_previrt_altsites,
	.aend = __stop_previrt_altsites,
	.alt = __alt_instructions,
	.alt_end = __alt_instructions_end,
	.repl = __previrt_altinstr_replacement,
	.repl_end = __previrt_altinstr_replacement_end,
};

/**
 * previrt_patch_early - patch the kernel image before C code needs it
 * @rt:		the runtime of the platform the entry code found
 * @how:	the entry, for the stats ("Xen PV entry")
 *
 * For platforms where the kernel's own instructions do not work until they
 * are patched (a Xen PV guest runs at CPL 3: cli faults): called from the
 * platform's entry code before other C code runs, with the text writable
 * and no exception handling, printk, locks or per-CPU data needed.  Every
 * site outside the alternative replacements is handed to @rt with
 * &previrt_site_desc.early set, in one plain loop; problems are reported
 * by the late pass.  The late pass, previrt_patch_vmlinux(), then only
 * hands over the sites of the alternatives that apply_alternatives()
 * installed in between.  A runtime must then not leave a single-byte NOP
 * (0x90) at the end of a site: apply_alternatives() merges such NOPs with
 * those it pads with.
 */
void __init previrt_patch_early(const struct previrt_runtime *rt, const char *how)
{
	const struct previrt_tables *t = &previrt_vmlinux_tables;
	struct previrt_site *s;

	previrt_set_early_runtime(rt, how);
	if (rt->init)
		rt->init();
	for (s = t->start; s < t->end; s++) {
		u8 *addr = previrt_site_addr(s);

		if (!previrt_in_repl(t, addr))
			previrt_patch_one(rt, s, addr, false, false, true);
	}
}

/* The messages the early pass could not print. */
static void __init previrt_early_report(const struct previrt_runtime *rt)
{
	unsigned int i;

	for (i = 0; i < min(previrt_early_nmsgs, PREVIRT_EARLY_MSGS); i++) {
		u8 *addr = previrt_early_msgs[i].addr;
		u8 bad = previrt_early_msgs[i].bad;
		const char *kind = previrt_arch_kind_name(previrt_early_msgs[i].kind);

		if (bad)
			pr_err("early pass: site %pS (%s): %s: left native\n", addr, kind,
			       previrt_bad_what[bad]);
		else
			pr_warn("early pass: runtime %s cannot handle site %pS (%s): left native\n",
				rt->name, addr, kind);
	}
	if (previrt_early_nmsgs > PREVIRT_EARLY_MSGS)
		pr_err("early pass: %u more sites left native\n",
		       previrt_early_nmsgs - PREVIRT_EARLY_MSGS);
}

/**
 * previrt_patch_vmlinux - the late pass over the kernel image
 *
 * Called once from alternative_instructions(), after apply_alternatives(),
 * on the boot CPU before the other CPUs start.  Without an early pass it
 * patches every site; after one, the installed altsites.
 */
void __init previrt_patch_vmlinux(void)
{
	const struct previrt_runtime *rt = previrt_select_runtime();
	bool early = previrt_early_done();
	unsigned int alt;

	if (early)
		previrt_early_report(rt);
	alt = previrt_patch_sites(rt, &previrt_vmlinux_tables, early);
	pr_info("%ld sites and %ld altsites in vmlinux; runtime %s got the sites%s and %u installed altsites\n",
		(long)(__stop_previrt_sites - __start_previrt_sites),
		(long)(__stop_previrt_altsites - __start_previrt_altsites), rt->name,
		early ? " in the early pass" : " not replaced by alternatives", alt);
	if (rt->done)
		rt->done();
}

/**
 * previrt_early_setup - previrt's hook in x86_64_start_kernel()
 *
 * After copy_bootdata() (the command line is there), before setup_arch().
 * With CONFIG_PREVIRT_DEBUG and "previrt_early" on the command line, runs
 * the early pass with the native runtime: tests the early pass, and the
 * late pass after it, on bare metal.  Otherwise calls the early_setup hook
 * of the runtime that selection will choose (previrt_early_choice()), for
 * platforms entered through this entry, such as KVM.
 */
void __init previrt_early_setup(void)
{
	const struct previrt_runtime *rt;
	char param[32];

	if (IS_ENABLED(CONFIG_PREVIRT_DEBUG) &&
	    cmdline_find_option_bool(boot_command_line, "previrt_early")) {
		previrt_patch_early(&previrt_native_runtime, "previrt_early debug parameter");
		return;
	}
	if (cmdline_find_option(boot_command_line, "previrt", param, sizeof(param)) < 0)
		param[0] = '\0';
	rt = previrt_early_choice(param);
	if (rt && rt->early_setup)
		rt->early_setup();
}

#ifdef CONFIG_MODULES
/**
 * previrt_patch_module - patch the sites of a module being loaded
 * @start:	first record of the module's .previrt.sites section
 * @end:	end of that section
 * @astart:	first record of the module's .previrt.altsites section
 * @aend:	end of that section
 * @alt:	the module's .altinstructions
 * @alt_end:	end of that section
 * @repl:	the module's .altinstr_replacement
 * @repl_end:	end of that section
 *
 * Called from module_finalize() after the module's alternatives, while
 * its text is still writable.
 */
void previrt_patch_module(struct previrt_site *start, struct previrt_site *end,
			  struct previrt_site *astart, struct previrt_site *aend,
			  struct alt_instr *alt, struct alt_instr *alt_end,
			  u8 *repl, u8 *repl_end)
{
	struct previrt_tables t = {
		.start = start, .end = end, .astart = astart, .aend = aend,
		.alt = alt, .alt_end = alt_end, .repl = repl, .repl_end = repl_end,
		.module = true,
	};

	previrt_patch_sites(previrt_current_runtime(), &t, false);
}
#endif
