// SPDX-License-Identifier: GPL-2.0
/*
 * Pre-virtualization core: runtime selection, the previrt= boot parameter
 * and the statistics in debugfs.
 *
 * The architecture walks its site table and hands every site to the
 * runtime this file selects; the runtime rewrites the site or leaves it
 * native.  This file keeps what was done, per site kind, so that it can be
 * read back in /sys/kernel/debug/previrt/.
 */
#define pr_fmt(fmt) "previrt: " fmt

#include <linux/debugfs.h>
#include <linux/init.h>
#include <linux/kernel.h>
#include <linux/previrt.h>
#include <linux/seq_file.h>
#include <linux/spinlock.h>
#include <linux/string.h>

/* Site kinds are one byte: 256 counters per outcome cover every arch. */
#define PREVIRT_MAX_KINDS 256

static char previrt_param[32] __initdata;
static const struct previrt_runtime *previrt_runtime;
/* The name outlives the runtime struct, which may be init data. */
static const char *previrt_runtime_name = "none";
static const char *previrt_how = "not selected";
static DEFINE_RAW_SPINLOCK(previrt_stats_lock);
static unsigned int previrt_stats[PREVIRT_MAX_KINDS][PREVIRT_NR_OUTCOMES];
static unsigned int previrt_altered[PREVIRT_MAX_KINDS];

static int __init previrt_setup(char *arg)
{
	if (!arg)
		return -EINVAL;
	strscpy(previrt_param, arg, sizeof(previrt_param));
	return 0;
}
early_param("previrt", previrt_setup);

static const struct previrt_runtime * __init previrt_find(const char *name)
{
	unsigned int i;

	for (i = 0; i < previrt_arch_nr_runtimes; i++)
		if (!strcmp(previrt_arch_runtimes[i]->name, name))
			return previrt_arch_runtimes[i];
	return NULL;
}

/**
 * previrt_select_runtime - choose the runtime for this boot
 *
 * previrt=NAME forces a runtime (even one whose detect hook says no: the
 * user asked for it).  Otherwise the first runtime in the architecture's
 * list whose detect hook says yes is used.  An unknown name gives a boot
 * message and falls back to detection.  The last entry of the list must be
 * the native runtime, which always detects.
 *
 * Return: the selected runtime; never NULL.
 */
const struct previrt_runtime * __init previrt_select_runtime(void)
{
	const struct previrt_runtime *rt = NULL;
	unsigned int i;

	if (previrt_runtime)
		return previrt_runtime;

	if (previrt_param[0]) {
		rt = previrt_find(previrt_param);
		if (rt)
			previrt_how = "previrt= boot parameter";
		else
			pr_warn("unknown runtime '%s' in previrt=, detecting the platform instead\n",
				previrt_param);
	}
	for (i = 0; !rt && i < previrt_arch_nr_runtimes; i++) {
		const struct previrt_runtime *cand = previrt_arch_runtimes[i];

		if (cand->detect && cand->detect()) {
			rt = cand;
			previrt_how = previrt_param[0] ? "detected (previrt= ignored)" : "detected";
		}
	}
	if (WARN_ON(!rt)) {
		rt = previrt_arch_runtimes[previrt_arch_nr_runtimes - 1];
		previrt_how = "fallback";
	}
	previrt_runtime = rt;
	previrt_runtime_name = rt->name;
	pr_info("runtime %s (%s) on %s\n", rt->name, previrt_how, previrt_arch_platform());
	if (rt->init)
		rt->init();
	return rt;
}

#ifdef CONFIG_MODULES
/**
 * previrt_current_runtime - the runtime selected at boot
 *
 * For patching module sites after boot.
 *
 * Return: the runtime previrt_select_runtime() chose.
 */
const struct previrt_runtime *previrt_current_runtime(void)
{
	if (WARN_ON_ONCE(!previrt_runtime))
		return previrt_arch_runtimes[previrt_arch_nr_runtimes - 1];
	return previrt_runtime;
}
#endif

/**
 * previrt_account - count the outcome of one site
 * @kind:	the site's kind
 * @outcome:	what the runtime did
 * @altered:	the site's bytes had been replaced by alternatives
 */
void previrt_account(unsigned int kind, enum previrt_outcome outcome, bool altered)
{
	unsigned long flags;

	if (kind >= PREVIRT_MAX_KINDS || outcome >= PREVIRT_NR_OUTCOMES)
		return;
	raw_spin_lock_irqsave(&previrt_stats_lock, flags);
	previrt_stats[kind][outcome]++;
	if (altered)
		previrt_altered[kind]++;
	raw_spin_unlock_irqrestore(&previrt_stats_lock, flags);
}

#ifdef CONFIG_DEBUG_FS
static int previrt_status_show(struct seq_file *m, void *v)
{
	unsigned int k, o, tot[PREVIRT_NR_OUTCOMES] = { 0 }, alt = 0;

	raw_spin_lock_irq(&previrt_stats_lock);
	for (k = 0; k < PREVIRT_MAX_KINDS; k++) {
		for (o = 0; o < PREVIRT_NR_OUTCOMES; o++)
			tot[o] += previrt_stats[k][o];
		alt += previrt_altered[k];
	}
	seq_printf(m, "runtime: %s\n", previrt_runtime_name);
	seq_printf(m, "chosen: %s\n", previrt_how);
	seq_printf(m, "platform: %s\n", previrt_arch_platform());
	seq_printf(m, "sites: %u\n", tot[PREVIRT_NATIVE] + tot[PREVIRT_REWRITTEN] +
		   tot[PREVIRT_FAILED]);
	seq_printf(m, "rewritten: %u\n", tot[PREVIRT_REWRITTEN]);
	seq_printf(m, "native: %u\n", tot[PREVIRT_NATIVE]);
	seq_printf(m, "failed: %u\n", tot[PREVIRT_FAILED]);
	seq_printf(m, "altered: %u\n", alt);
	raw_spin_unlock_irq(&previrt_stats_lock);
	return 0;
}
DEFINE_SHOW_ATTRIBUTE(previrt_status);

static int previrt_kinds_show(struct seq_file *m, void *v)
{
	unsigned int k;

	seq_printf(m, "%-12s %8s %8s %8s %8s\n", "kind", "rewritten", "native",
		   "failed", "altered");
	raw_spin_lock_irq(&previrt_stats_lock);
	for (k = 1; k < PREVIRT_MAX_KINDS; k++) {
		unsigned int *s = previrt_stats[k];

		if (!s[PREVIRT_NATIVE] && !s[PREVIRT_REWRITTEN] && !s[PREVIRT_FAILED])
			continue;
		seq_printf(m, "%-12s %8u %8u %8u %8u\n", previrt_arch_kind_name(k),
			   s[PREVIRT_REWRITTEN], s[PREVIRT_NATIVE], s[PREVIRT_FAILED],
			   previrt_altered[k]);
	}
	raw_spin_unlock_irq(&previrt_stats_lock);
	return 0;
}
DEFINE_SHOW_ATTRIBUTE(previrt_kinds);

static int __init previrt_debugfs_init(void)
{
	struct dentry *dir = debugfs_create_dir("previrt", NULL);

	debugfs_create_file("status", 0444, dir, NULL, &previrt_status_fops);
	debugfs_create_file("kinds", 0444, dir, NULL, &previrt_kinds_fops);
	return 0;
}
late_initcall(previrt_debugfs_init);
#endif /* CONFIG_DEBUG_FS */
