// SPDX-License-Identifier: GPL-2.0
/*
 * x86-64 previrt site patcher.
 *
 * The same model as apply_alternatives(): a table of small records with
 * relative offsets, one loop, decide, poke.  Each record names a site that
 * scripts/previrt/afterburn made of a sensitive instruction: the
 * instruction followed by NOP padding.  Before handing a site to the
 * runtime, the instruction at the site is decoded with the kernel's
 * instruction decoder and checked against the record, because
 * apply_alternatives() runs first and may have replaced it (for instance
 * rdtsc by rdtscp, or by "lfence; rdtsc"): the runtime then gets the
 * instruction that is really there.
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
#include <asm/hypervisor.h>
#include <asm/insn.h>
#include <asm/previrt.h>
#include <asm/previrt_classify.h>
#include <asm/processor.h>
#include <asm/sections.h>


/*
 * Runtimes in the order detection tries them.  Native detects everywhere
 * and comes last.
 */
const struct previrt_runtime *const previrt_arch_runtimes[] __previrt_runtime = {
	&previrt_native_nop_runtime,
	&previrt_native_jmp_runtime,
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
 * one named by CPUID's hypervisor leaf ("hypervisor without a known
 * signature" for others), or "bare metal".
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
	return cpuid_name ?: "bare metal";
}

static inline u8 *previrt_site_addr(const struct previrt_site *s)
{
	return (u8 *)&s->offset + s->offset;
}

/*
 * Fill @d from the record @s of the site at @addr, checking the record
 * against the bytes there.  Returns false for a record that cannot
 * describe a site.
 */
static bool __init_or_module previrt_describe(const struct previrt_site *s, u8 *addr,
					       struct previrt_site_desc *d)
{
	unsigned int off = 0;
	struct insn insn;
	int kind = PREVIRT_KIND_NONE;

	if (!previrt_kind_valid(s->kind) || s->insn_len > s->len || s->len > PREVIRT_SITE_MAX)
		return false;

	/*
	 * A memory site is the access the record names, or padding only (a
	 * hook): alternatives never touch them.  Check the length.
	 */
	if (PREVIRT_KIND_IS_MEM(s->kind)) {
		if (s->insn_len && (insn_decode_kernel(&insn, addr) < 0 ||
				    insn.length != s->insn_len))
			return false;
		d->addr = addr;
		d->len = s->len;
		d->insn_len = s->insn_len;
		d->kind = s->kind;
		d->operand = s->operand;
		d->altered = false;
		return true;
	}

	/*
	 * Find the sensitive instruction in the site: normally at its start;
	 * after alternatives possibly further in ("lfence; rdtsc").
	 */
	while (off < s->len) {
		if (insn_decode_kernel(&insn, addr + off) < 0 ||
		    off + insn.length > s->len)
			return false;
		kind = previrt_classify_insn(&insn);
		if (kind != PREVIRT_KIND_NONE)
			break;
		off += insn.length;
	}

	d->addr = addr + off;
	d->len = s->len - off;
	d->insn_len = kind ? insn.length : 0;
	d->kind = kind;
	d->operand = s->operand;
	d->altered = off || kind != s->kind || insn.length != s->insn_len;
	if (d->altered)
		d->operand = kind ? previrt_insn_operand(&insn, kind) : 0;
	return true;
}

/* Hand the site at @addr, described by @s, to the runtime. */
static void __init_or_module previrt_patch_one(const struct previrt_runtime *rt,
					       const struct previrt_site *s, u8 *addr)
{
	enum previrt_outcome outcome;
	struct previrt_site_desc d;

	if (!previrt_describe(s, addr, &d)) {
		pr_err("bad site record for %pS (kind %u, len %u/%u): left native\n",
		       addr, s->kind, s->insn_len, s->len);
		previrt_account(s->kind, PREVIRT_FAILED, false);
		return;
	}
	if (d.kind == PREVIRT_KIND_NONE) {
		/* Alternatives replaced it by innocuous code. */
		previrt_account(s->kind, PREVIRT_NATIVE, true);
		return;
	}
	outcome = rt->patch_site(&d);
	if (outcome == PREVIRT_FAILED)
		pr_warn("runtime %s cannot handle site %pS (%s): left native\n",
			rt->name, d.addr, previrt_arch_kind_name(d.kind));
	previrt_account(d.kind, outcome, d.altered);
}

/*
 * Sites in alternative replacements ("altsites"): afterburn padded the
 * sensitive instruction of a replacement like any site, which made the
 * alternative's original as long as the padded replacement.  If
 * apply_alternatives() installed the replacement, the site is now at the
 * alternative's destination: patch it there.  Returns 1 if it was
 * installed, 0 if not, -1 if @s lies in no replacement.
 */
static int __init_or_module previrt_patch_altsite(const struct previrt_runtime *rt,
						   struct previrt_site *s,
						   struct alt_instr *astart,
						   struct alt_instr *aend)
{
	u8 *site = previrt_site_addr(s);
	struct alt_instr *a;

	for (a = astart; a < aend; a++) {
		u8 *repl = (u8 *)&a->repl_offset + a->repl_offset;
		u8 *dest = (u8 *)&a->instr_offset + a->instr_offset;
		unsigned int off = site - repl;

		if (site < repl || off >= a->replacementlen)
			continue;
		if (off + s->len > a->instrlen) {
			pr_err("altsite %pS does not fit its destination %pS\n", site, dest);
			previrt_account(s->kind, PREVIRT_FAILED, false);
			return 0;
		}
		if (memcmp(dest + off, site, s->insn_len))
			return 0;	/* this alternative was not applied */
		previrt_patch_one(rt, s, dest + off);
		return 1;
	}
	return -1;
}

/*
 * Patch the sites [@start, @end) and the altsites [@astart, @aend).  A
 * site inside the replacements [@repl, @repl_end) is an altsite too: a
 * macro rewritten where it is defined and expanded in a replacement.
 * Without @repl (modules), every site is looked up in @alt first.
 * Returns the number of installed altsites.
 */
static unsigned int __init_or_module
previrt_patch_sites(const struct previrt_runtime *rt,
		    struct previrt_site *start, struct previrt_site *end,
		    struct previrt_site *astart, struct previrt_site *aend,
		    struct alt_instr *alt, struct alt_instr *alt_end,
		    u8 *repl, u8 *repl_end)
{
	unsigned int installed = 0;
	struct previrt_site *s;

	for (s = start; s < end; s++) {
		u8 *addr = previrt_site_addr(s);
		int r = -1;

		if (!repl || (addr >= repl && addr < repl_end))
			r = previrt_patch_altsite(rt, s, alt, alt_end);
		if (r < 0)
			previrt_patch_one(rt, s, addr);
		else
			installed += r;
	}
	for (s = astart; s < aend; s++) {
		int r = previrt_patch_altsite(rt, s, alt, alt_end);

		if (r < 0) {
			pr_err("altsite %pS is in no alternative\n", previrt_site_addr(s));
			previrt_account(s->kind, PREVIRT_FAILED, false);
		}
		installed += r > 0;
	}
	return installed;
}

/**
 * previrt_patch_vmlinux - patch every site of the kernel image
 *
 * Called once from alternative_instructions(), after apply_alternatives(),
 * on the boot CPU before the other CPUs start.
 */
void __init previrt_patch_vmlinux(void)
{
	const struct previrt_runtime *rt = previrt_select_runtime();
	unsigned int alt;

	alt = previrt_patch_sites(rt, __start_previrt_sites, __stop_previrt_sites,
				  __start_previrt_altsites, __stop_previrt_altsites,
				  __alt_instructions, __alt_instructions_end,
				  __previrt_altinstr_replacement,
				  __previrt_altinstr_replacement_end);
	pr_info("%ld sites, %u installed alternative sites in vmlinux handed to runtime %s\n",
		(long)(__stop_previrt_sites - __start_previrt_sites), alt, rt->name);
	if (rt->done)
		rt->done();
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
 *
 * Called from module_finalize() after the module's alternatives, while
 * its text is still writable.
 */
void previrt_patch_module(struct previrt_site *start, struct previrt_site *end,
			  struct previrt_site *astart, struct previrt_site *aend,
			  struct alt_instr *alt, struct alt_instr *alt_end)
{
	previrt_patch_sites(previrt_current_runtime(), start, end, astart, aend,
			    alt, alt_end, NULL, NULL);
}
#endif
