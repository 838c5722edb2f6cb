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
static bool previrt_early;
/* The platform features the runtime uses, as it names them. */
static const char *previrt_features = "none";
static DEFINE_RAW_SPINLOCK(previrt_stats_lock);
/* What runtimes did with the sites handed to them, per kind. */
static unsigned int previrt_stats[PREVIRT_MAX_KINDS][PREVIRT_NR_OUTCOMES];
/* What happened to the other records, per kind. */
static unsigned int previrt_events[PREVIRT_MAX_KINDS][PREVIRT_NR_EVENTS];
/* Records in the site tables (vmlinux and loaded modules), from their sizes. */
static unsigned int previrt_records;
/* Sites of installed alternatives handed over (included in the stats). */
static unsigned int previrt_altsites;

static int __init previrt_setup(char *arg)
{
	if (!arg)
		return -EINVAL;
	strscpy(previrt_param, arg, sizeof(previrt_param));
	return 0;
}
early_param("previrt", previrt_setup);

/**
 * previrt_find_runtime - the runtime of a name
 * @name:	a runtime's name, as previrt= takes it
 *
 * For platform code that has to decide before previrt= is parsed.
 *
 * Return: the runtime, or NULL if the architecture has none of that name.
 */
const struct previrt_runtime * __init previrt_find_runtime(const char *name)
{
	unsigned int i;

	for (i = 0; i < previrt_arch_nr_runtimes; i++)
		if (!strcmp(previrt_arch_runtimes[i]->name, name))
			return previrt_arch_runtimes[i];
	return NULL;
}

/**
 * previrt_set_early_runtime - fix the runtime before the early pass
 * @rt:		the runtime the platform's entry code patches with
 * @how:	why, for the stats ("Xen PV entry")
 *
 * Called by the architecture's early pass, before C code that needs any
 * setup has run: it only records the choice.  previrt_select_runtime()
 * later reports it and ignores previrt=.
 */
void __init previrt_set_early_runtime(const struct previrt_runtime *rt, const char *how)
{
	previrt_runtime = rt;
	previrt_runtime_name = rt->name;
	previrt_how = how;
	previrt_early = true;
}

/**
 * previrt_early_choice - the runtime selection will choose, decided early
 * @param:	the value of previrt= on the command line, or NULL
 *
 * For the architecture's earliest C code, before early parameters are
 * parsed: the runtime @param names, else the first whose detect hook says
 * yes (the rule of previrt_select_runtime()).
 *
 * Return: that runtime, or NULL if @param names none.
 */
const struct previrt_runtime * __init previrt_early_choice(const char *param)
{
	unsigned int i;

	if (param && param[0])
		return previrt_find_runtime(param);
	for (i = 0; i < previrt_arch_nr_runtimes; i++)
		if (previrt_arch_runtimes[i]->detect && previrt_arch_runtimes[i]->detect())
			return previrt_arch_runtimes[i];
	return NULL;
}

/**
 * previrt_set_features - say which platform features the runtime uses
 * @features:	their names, space-separated; must outlive boot
 *
 * Shown as "features:" in debugfs previrt/status.
 */
void __init previrt_set_features(const char *features)
{
	previrt_features = features;
}

/**
 * previrt_early_done - whether the early pass patched the kernel image
 *
 * Return: true after previrt_set_early_runtime().
 */
bool __init previrt_early_done(void)
{
	return previrt_early;
}

/**
 * previrt_select_runtime - choose the runtime for this boot
 *
 * A runtime fixed by the early pass stays.  Otherwise previrt=NAME forces a
 * runtime (even one whose detect hook says no: the user asked for it), and
 * without it the first runtime in the architecture's list whose detect
 * hook says yes is used.  An unknown name gives a boot message and falls
 * back to detection.  The last entry of the list must be the native
 * runtime, which always detects.
 *
 * Return: the selected runtime; never NULL.
 */
const struct previrt_runtime * __init previrt_select_runtime(void)
{
	const struct previrt_runtime *rt = NULL;
	static bool reported __initdata;
	unsigned int i;

	if (previrt_runtime) {
		if (previrt_early && !reported) {
			reported = true;
			pr_info("runtime %s (%s, early pass) on %s%s\n", previrt_runtime->name,
				previrt_how, previrt_arch_platform(),
				previrt_param[0] ? "; previrt= ignored" : "");
		}
		return previrt_runtime;
	}

	if (previrt_param[0]) {
		rt = previrt_find_runtime(previrt_param);
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

/* Count @outcome for @site; the caller serializes. */
static void previrt_count(const struct previrt_site_desc *site, enum previrt_outcome outcome)
{
	previrt_stats[site->kind][outcome]++;
	if (site->altsite)
		previrt_altsites++;
}

/**
 * previrt_account - count a site handed to the runtime, and its outcome
 * @site:	the site
 * @outcome:	what the runtime did, or %PREVIRT_FAILED for a record the
 *		patcher could not hand over
 *
 * The early pass runs on the boot CPU alone, before locks may be taken (a
 * Xen PV guest cannot even execute cli there), and counts without the
 * lock; module loads may run concurrently with each other and with readers
 * of the stats.
 */
void previrt_account(const struct previrt_site_desc *site, enum previrt_outcome outcome)
{
	unsigned long flags;

	if (outcome >= PREVIRT_NR_OUTCOMES)
		outcome = PREVIRT_FAILED;
	if (site->early) {
		previrt_count(site, outcome);
		return;
	}
	raw_spin_lock_irqsave(&previrt_stats_lock, flags);
	previrt_count(site, outcome);
	raw_spin_unlock_irqrestore(&previrt_stats_lock, flags);
}

/**
 * previrt_early_outcomes - what the early pass did, by outcome
 * @out:	filled with the number of sites, indexed by enum previrt_outcome
 *
 * For a platform entry that reports its early pass before printk works.
 * Runs on the boot CPU alone, unlocked, like the early pass itself.
 */
void __init previrt_early_outcomes(unsigned int out[PREVIRT_NR_OUTCOMES])
{
	unsigned int k, o;

	for (o = 0; o < PREVIRT_NR_OUTCOMES; o++) {
		out[o] = 0;
		for (k = 0; k < PREVIRT_MAX_KINDS; k++)
			out[o] += previrt_stats[k][o];
	}
}

/**
 * previrt_account_event - count a record that was not handed to the runtime
 * @kind:	the record's kind
 * @event:	why
 */
void previrt_account_event(unsigned int kind, enum previrt_event event)
{
	unsigned long flags;

	if (kind >= PREVIRT_MAX_KINDS || event >= PREVIRT_NR_EVENTS)
		return;
	raw_spin_lock_irqsave(&previrt_stats_lock, flags);
	previrt_events[kind][event]++;
	raw_spin_unlock_irqrestore(&previrt_stats_lock, flags);
}

/**
 * previrt_account_tables - count the records of a site table pair
 * @sites:	records in the .previrt.sites table
 * @altsites:	records in the .previrt.altsites table
 *
 * Called with the sizes of the tables, independently of what the patcher
 * then does with each record, so that the stats can show that every
 * record was handed over, replaced or left idle exactly once.
 */
void previrt_account_tables(unsigned int sites, unsigned int altsites)
{
	unsigned long flags;

	raw_spin_lock_irqsave(&previrt_stats_lock, flags);
	previrt_records += sites + altsites;
	raw_spin_unlock_irqrestore(&previrt_stats_lock, flags);
}

#ifdef CONFIG_DEBUG_FS
static int previrt_status_show(struct seq_file *m, void *v)
{
	unsigned int k, o, tot[PREVIRT_NR_OUTCOMES] = { 0 }, ev[PREVIRT_NR_EVENTS] = { 0 };

	raw_spin_lock_irq(&previrt_stats_lock);
	for (k = 0; k < PREVIRT_MAX_KINDS; k++) {
		for (o = 0; o < PREVIRT_NR_OUTCOMES; o++)
			tot[o] += previrt_stats[k][o];
		for (o = 0; o < PREVIRT_NR_EVENTS; o++)
			ev[o] += previrt_events[k][o];
	}
	seq_printf(m, "runtime: %s\n", previrt_runtime_name);
	seq_printf(m, "chosen: %s\n", previrt_how);
	seq_printf(m, "platform: %s\n", previrt_arch_platform());
	seq_printf(m, "early: %s\n", previrt_early ? "yes" : "no");
	seq_printf(m, "features: %s\n", previrt_features);
	seq_printf(m, "records: %u\n", previrt_records);
	seq_printf(m, "handed: %u\n", tot[PREVIRT_NATIVE] + tot[PREVIRT_REWRITTEN] +
		   tot[PREVIRT_FAILED]);
	seq_printf(m, "rewritten: %u\n", tot[PREVIRT_REWRITTEN]);
	seq_printf(m, "native: %u\n", tot[PREVIRT_NATIVE]);
	seq_printf(m, "failed: %u\n", tot[PREVIRT_FAILED]);
	seq_printf(m, "replaced: %u\n", ev[PREVIRT_EV_REPLACED]);
	seq_printf(m, "idle: %u\n", ev[PREVIRT_EV_ALT_IDLE]);
	seq_printf(m, "altsites: %u\n", previrt_altsites);
	raw_spin_unlock_irq(&previrt_stats_lock);
	return 0;
}
DEFINE_SHOW_ATTRIBUTE(previrt_status);

static int previrt_kinds_show(struct seq_file *m, void *v)
{
	unsigned int k;

	seq_printf(m, "%-12s %9s %8s %8s %8s %8s\n", "kind", "rewritten", "native",
		   "failed", "replaced", "idle");
	raw_spin_lock_irq(&previrt_stats_lock);
	for (k = 1; k < PREVIRT_MAX_KINDS; k++) {
		unsigned int *s = previrt_stats[k], *e = previrt_events[k];

		if (!s[PREVIRT_NATIVE] && !s[PREVIRT_REWRITTEN] && !s[PREVIRT_FAILED] &&
		    !e[PREVIRT_EV_REPLACED] && !e[PREVIRT_EV_ALT_IDLE])
			continue;
		seq_printf(m, "%-12s %9u %8u %8u %8u %8u\n", previrt_arch_kind_name(k),
			   s[PREVIRT_REWRITTEN], s[PREVIRT_NATIVE], s[PREVIRT_FAILED],
			   e[PREVIRT_EV_REPLACED], e[PREVIRT_EV_ALT_IDLE]);
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
