/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Pre-virtualization (soft layering): the generic interface between the
 * architecture's site patcher and the per-platform runtimes.
 *
 * See Documentation/virt/previrt/.
 */
#ifndef _LINUX_PREVIRT_H
#define _LINUX_PREVIRT_H

#include <linux/init.h>
#include <linux/types.h>

/**
 * enum previrt_outcome - what a runtime did with one site
 * @PREVIRT_NATIVE:	the site's bytes are unchanged
 * @PREVIRT_REWRITTEN:	the runtime changed the site's bytes (a replacement,
 *			or the same instruction re-encoded, as the native
 *			runtime's prefix folding does)
 * @PREVIRT_FAILED:	the site could not be handled; it was left native
 * @PREVIRT_NR_OUTCOMES: number of outcomes
 */
enum previrt_outcome {
	PREVIRT_NATIVE,
	PREVIRT_REWRITTEN,
	PREVIRT_FAILED,
	PREVIRT_NR_OUTCOMES,
};

/**
 * enum previrt_site_class - where a site's code lives and runs
 * @PREVIRT_CLASS_TEXT:	ordinary kernel text
 * @PREVIRT_CLASS_NOINSTR: .noinstr.text: runs where instrumentation, and so
 *			a call into a runtime's C code, is not allowed
 *			(entry, exit to user, NMI, idle)
 * @PREVIRT_CLASS_ENTRY: .entry.text: the low-level entry code, which may run
 *			on the user's GS base and stack (before swapgs and
 *			the stack switch) and, with page-table isolation, on
 *			the user page tables, where only entry text is mapped
 * @PREVIRT_CLASS_INIT:	init text of the kernel image (freed after boot)
 * @PREVIRT_CLASS_MODULE: text of a module
 *
 * Code that is copied and run elsewhere (the kexec relocate_kernel page,
 * hibernate's restore code) has no class of its own; see the runtime
 * contract in Documentation/virt/previrt/overview.rst.
 */
enum previrt_site_class {
	PREVIRT_CLASS_TEXT,
	PREVIRT_CLASS_NOINSTR,
	PREVIRT_CLASS_ENTRY,
	PREVIRT_CLASS_INIT,
	PREVIRT_CLASS_MODULE,
};

/**
 * struct previrt_site_desc - one site, as the patcher hands it to a runtime
 * @addr:	address of the site (its first instruction byte)
 * @len:	length of the site in bytes, padding included; the bytes after
 *		the instruction are NOPs that end exactly at @addr + @len
 * @insn_len:	length of the instruction at @addr (0 for a hook: padding
 *		only)
 * @kind:	site kind (arch-specific, e.g. PREVIRT_KIND_CLI on x86)
 * @operand:	kind-specific operand encoding written by the rewriter
 * @class:	enum previrt_site_class of @addr
 * @altsite:	the site belongs to an alternative replacement that
 *		apply_alternatives() installed; @addr is where it was copied
 * @early:	the early pass (see previrt_patch_early()): the runtime must
 *		write with previrt_poke() and must not rely on anything a C
 *		environment needs set up (printk, locks, per-CPU data)
 */
struct previrt_site_desc {
	void *addr;
	u8 len;
	u8 insn_len;
	u8 kind;
	u8 operand;
	u8 class;
	bool altsite;
	bool early;
};

/**
 * struct previrt_runtime - the in-kernel runtime of one platform
 * @name:	name used by the previrt= boot parameter and in the stats
 * @detect:	return true when the kernel runs on this runtime's platform;
 *		NULL for a runtime that is only chosen with previrt= or by
 *		its platform's entry code (previrt_patch_early())
 * @early_setup: optional, for a platform entered through the kernel's own
 *		entry: called from the architecture's earliest C code (on x86
 *		x86_64_start_kernel(), before setup_arch()) when this is the
 *		runtime previrt= names or the first whose @detect says yes.
 *		Only CPUID, MSRs and static data are usable; it may set the
 *		platform hooks that setup_arch() calls (e.g. x86_platform's).
 *		@detect must then give the same answer at selection.
 * @init:	optional, called once before the first site is patched
 * @patch_site:	rewrite one site in place with previrt_poke(), within
 *		[@site->addr, @site->addr + @site->len), or leave it; returns
 *		an enum previrt_outcome.  Runs with interrupts disabled and
 *		only the boot CPU online, or at module load before the module
 *		runs.  What it may emit where is the runtime contract
 *		(Documentation/virt/previrt/overview.rst): no relative call
 *		in code that is copied elsewhere, nothing in
 *		%PREVIRT_CLASS_ENTRY sites that needs the kernel's GS base,
 *		stack or page tables, no call into instrumentable C from
 *		%PREVIRT_CLASS_NOINSTR sites, and no single-byte NOP (0x90)
 *		at either end of what it writes (apply_alternatives() merges
 *		runs of them).
 * @done:	optional, called once after the sites of the kernel image
 */
struct previrt_runtime {
	const char *name;
	bool (*detect)(void);
	void (*early_setup)(void);
	void (*init)(void);
	enum previrt_outcome (*patch_site)(const struct previrt_site_desc *site);
	void (*done)(void);
};

/*
 * After boot a runtime is only needed to patch modules: without modules,
 * runtimes are init data and their hooks init text.
 */
#ifdef CONFIG_MODULES
#define __previrt_runtime
#else
#define __previrt_runtime	__section(".init.rodata")
#endif

/**
 * enum previrt_event - what happened to a site outside a runtime's hands
 * @PREVIRT_EV_REPLACED:	an applied alternative replaced the site; the
 *				runtime got the replacement's sites instead
 *				(or, after the early pass, the site was
 *				patched and then overwritten)
 * @PREVIRT_EV_ALT_IDLE:	an altsite whose alternative was not applied
 * @PREVIRT_NR_EVENTS:		number of events
 */
enum previrt_event {
	PREVIRT_EV_REPLACED,
	PREVIRT_EV_ALT_IDLE,
	PREVIRT_NR_EVENTS,
};

#ifdef CONFIG_PREVIRT
const struct previrt_runtime *previrt_select_runtime(void);
const struct previrt_runtime *previrt_find_runtime(const char *name);
void previrt_set_early_runtime(const struct previrt_runtime *rt, const char *how);
const struct previrt_runtime *previrt_early_choice(const char *param);
void previrt_set_features(const char *features);
bool previrt_early_done(void);
#ifdef CONFIG_MODULES
const struct previrt_runtime *previrt_current_runtime(void);
#endif
void previrt_account(const struct previrt_site_desc *site, enum previrt_outcome outcome);
void previrt_account_event(unsigned int kind, enum previrt_event event);
void previrt_account_tables(unsigned int sites, unsigned int altsites);
void previrt_early_outcomes(unsigned int out[PREVIRT_NR_OUTCOMES]);
bool previrt_poke(const struct previrt_site_desc *site, void *addr, const void *buf,
		  size_t len);

/* Provided by the architecture. */
extern const struct previrt_runtime *const previrt_arch_runtimes[];
extern const unsigned int previrt_arch_nr_runtimes;
const char *previrt_arch_kind_name(unsigned int kind);
const char *previrt_arch_platform(void);
#endif

#endif /* _LINUX_PREVIRT_H */
