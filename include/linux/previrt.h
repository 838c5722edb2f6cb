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
 * @PREVIRT_NATIVE:	the site keeps its original instruction
 * @PREVIRT_REWRITTEN:	the runtime rewrote the site
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
 * struct previrt_site_desc - one site, as the patcher hands it to a runtime
 * @addr:	address of the site (its first instruction byte)
 * @len:	length of the site in bytes, padding included
 * @insn_len:	length of the instruction found at @addr
 * @kind:	site kind (arch-specific, e.g. PREVIRT_KIND_CLI on x86)
 * @operand:	kind-specific operand encoding written by the rewriter
 * @altered:	the bytes at @addr are no longer those the rewriter saw
 *		(alternatives replaced them); @kind was re-decoded
 */
struct previrt_site_desc {
	void *addr;
	u8 len;
	u8 insn_len;
	u8 kind;
	u8 operand;
	bool altered;
};

/**
 * struct previrt_runtime - the in-kernel runtime of one platform
 * @name:	name used by the previrt= boot parameter and in the stats
 * @detect:	return true when the kernel runs on this runtime's platform;
 *		NULL for a runtime that is only chosen with previrt=
 * @init:	optional, called once before the first site is patched
 * @patch_site:	rewrite one site in place (with text_poke_early() or the
 *		module equivalent) or leave it; returns an enum
 *		previrt_outcome.  Runs with interrupts disabled and only the
 *		boot CPU online, or at module load before the module runs.
 * @done:	optional, called once after the sites of the kernel image
 */
struct previrt_runtime {
	const char *name;
	bool (*detect)(void);
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

#ifdef CONFIG_PREVIRT
const struct previrt_runtime *previrt_select_runtime(void);
#ifdef CONFIG_MODULES
const struct previrt_runtime *previrt_current_runtime(void);
#endif
void previrt_account(unsigned int kind, enum previrt_outcome outcome, bool altered);

/* Provided by the architecture. */
extern const struct previrt_runtime *const previrt_arch_runtimes[];
extern const unsigned int previrt_arch_nr_runtimes;
const char *previrt_arch_kind_name(unsigned int kind);
const char *previrt_arch_platform(void);
#endif

#endif /* _LINUX_PREVIRT_H */
