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
#include <asm/hypervisor.h>
#include <asm/insn.h>
#include <asm/previrt.h>
#include <asm/previrt_classify.h>
#include <asm/sections.h>

extern struct previrt_site __start_previrt_sites[], __stop_previrt_sites[];
extern const struct previrt_runtime previrt_native_runtime;
extern const struct previrt_runtime previrt_native_jmp_runtime;

/*
 * Runtimes in the order detection tries them.  Native detects everywhere
 * and comes last.
 */
const struct previrt_runtime *const previrt_arch_runtimes[] __previrt_runtime = {
	&previrt_native_jmp_runtime,
	&previrt_native_runtime,
};
const unsigned int previrt_arch_nr_runtimes = ARRAY_SIZE(previrt_arch_runtimes);

#define PREVIRT_KIND_NAME_(name, size, desc)	[PREVIRT_KIND_##name] = #name,
static const char *const previrt_kind_names[] = {
	PREVIRT_X86_KINDS(PREVIRT_KIND_NAME_)
};
const unsigned int previrt_arch_nr_kinds = PREVIRT_KIND_NR;

const char *previrt_arch_kind_name(unsigned int kind)
{
	return kind < PREVIRT_KIND_NR ? previrt_kind_names[kind] : "?";
}

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
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(hv); i++)
		if (hypervisor_is_type(hv[i].type))
			return hv[i].name;
	if (boot_cpu_has(X86_FEATURE_HYPERVISOR))
		return "hypervisor without a known signature";
	return "bare metal";
}

/*
 * Fill @d from the record @s, checking the record against the bytes at the
 * site.  Returns false for a record that cannot describe a site.
 */
static bool __init_or_module previrt_describe(const struct previrt_site *s,
					       struct previrt_site_desc *d)
{
	u8 *addr = (u8 *)&s->offset + s->offset;
	unsigned int off = 0;
	struct insn insn;
	int kind = PREVIRT_KIND_NONE;

	if (!s->kind || s->kind >= PREVIRT_KIND_NR || s->insn_len > s->len ||
	    s->len > PREVIRT_SITE_MAX)
		return false;

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

static void __init_or_module previrt_patch_sites(const struct previrt_runtime *rt,
						 struct previrt_site *start,
						 struct previrt_site *end)
{
	struct previrt_site_desc d;
	struct previrt_site *s;
	enum previrt_outcome outcome;

	for (s = start; s < end; s++) {
		if (!previrt_describe(s, &d)) {
			pr_err("bad site record at %pS (kind %u, len %u/%u): left native\n",
			       (u8 *)&s->offset + s->offset, s->kind, s->insn_len, s->len);
			previrt_account(s->kind, PREVIRT_FAILED, false);
			continue;
		}
		if (d.kind == PREVIRT_KIND_NONE) {
			/* Alternatives replaced it by innocuous code. */
			previrt_account(s->kind, PREVIRT_NATIVE, true);
			continue;
		}
		outcome = rt->patch_site(&d);
		if (outcome == PREVIRT_FAILED)
			pr_warn("runtime %s cannot handle site %pS (%s): left native\n",
				rt->name, d.addr, previrt_arch_kind_name(d.kind));
		previrt_account(d.kind, outcome, d.altered);
	}
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

	previrt_patch_sites(rt, __start_previrt_sites, __stop_previrt_sites);
	pr_info("%ld sites in vmlinux handed to runtime %s\n",
		(long)(__stop_previrt_sites - __start_previrt_sites), rt->name);
}

/**
 * previrt_patch_module - patch the sites of a module being loaded
 * @start:	first record of the module's .previrt.sites section
 * @end:	end of the section
 *
 * Called from module_finalize() after the module's alternatives, while
 * its text is still writable.
 */
#ifdef CONFIG_MODULES
void previrt_patch_module(struct previrt_site *start, struct previrt_site *end)
{
	previrt_patch_sites(previrt_current_runtime(), start, end);
}
#endif
