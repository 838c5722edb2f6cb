// SPDX-License-Identifier: GPL-2.0
/*
 * A module made of sensitive instructions, for previrt_module.sh.
 *
 * Built against a CONFIG_PREVIRT kernel, its sensitive instructions are
 * sites: module_finalize() hands them to the runtime selected at boot
 * before this init function runs.  The init function executes them and
 * checks their results; loading fails (-EINVAL) if one is wrong.  Writing
 * to /sys/module/previrt_test/parameters/run runs them again (the write
 * fails with -EINVAL if one is wrong): previrt_module.sh puts kprobes on
 * previrt_test_run() and on the cpuid site in previrt_test_cpuid() first.
 *
 * Writing to /sys/module/previrt_test/parameters/ipi sends reschedule IPIs
 * to each other online CPU through apic->send_IPI_mask() and
 * ->send_IPI_mask_allbutself(), the hooks a runtime may take over (the
 * kvm runtime's PV IPIs), and waits for each to arrive; the write fails
 * with -ETIMEDOUT if one does not.  With two CPUs the kernel itself hardly
 * ever uses these two hooks (one target is a single-CPU IPI, all others a
 * shorthand).
 */
#define pr_fmt(fmt) KBUILD_MODNAME ": " fmt

#include <linux/cpumask.h>
#include <linux/delay.h>
#include <linux/hardirq.h>
#include <linux/irqflags.h>
#include <linux/module.h>
#include <linux/preempt.h>
#include <linux/processor.h>
#include <asm/apic.h>
#include <asm/irq_vectors.h>
#include <asm/msr.h>
#include <asm/special_insns.h>
#include <asm/processor-flags.h>
#include <asm/segment.h>

static int previrt_test_check(bool ok, const char *what)
{
	if (!ok)
		pr_err("%s: wrong result\n", what);
	return ok ? 0 : 1;
}

/*
 * cpuid as a site, at an offset into previrt_test_cpuid() that the test
 * reads from the site_offset parameter to put a kprobe there.  (A global
 * label at the site would be taken for a function without ftrace, which
 * kprobe events refuse to probe.)
 */
static unsigned long site_offset;
module_param(site_offset, ulong, 0444);
MODULE_PARM_DESC(site_offset, "offset of a cpuid site in previrt_test_cpuid()");

static noinline void previrt_test_cpuid(unsigned int *eax, unsigned int *ebx,
					unsigned int *ecx, unsigned int *edx)
{
	unsigned long site;

	asm volatile("lea 1f(%%rip), %[site]\n"
		     "1:\tcpuid"
		     : "=a" (*eax), "=b" (*ebx), "=c" (*ecx), "=d" (*edx),
		       [site] "=&r" (site)
		     : "0" (0), "2" (0)
		     : "memory");
	site_offset = site - (unsigned long)previrt_test_cpuid;
}

static noinline int previrt_test_run(void)
{
	unsigned int eax, ebx, ecx, edx;
	unsigned long flags, cr0;
	u64 efer, t0, t1;
	char vendor[13];
	int bad = 0;
	u16 ds;

	/* pushf, cli, popf, sti */
	local_irq_save(flags);
	bad += previrt_test_check(irqs_disabled(), "cli");
	bad += previrt_test_check(flags & X86_EFLAGS_IF, "pushf");
	local_irq_restore(flags);
	bad += previrt_test_check(!irqs_disabled(), "popf");
	local_irq_disable();
	local_irq_enable();
	bad += previrt_test_check(!irqs_disabled(), "sti");

	/* cpuid */
	previrt_test_cpuid(&eax, &ebx, &ecx, &edx);
	memcpy(vendor, &ebx, 4);
	memcpy(vendor + 4, &edx, 4);
	memcpy(vendor + 8, &ecx, 4);
	vendor[12] = '\0';
	bad += previrt_test_check(!strcmp(vendor, boot_cpu_data.x86_vendor_id), "cpuid");

	/* mov %cr0, rdmsr, rdtsc, mov %ds */
	cr0 = read_cr0();
	bad += previrt_test_check((cr0 & X86_CR0_PG) && (cr0 & X86_CR0_PE), "mov %cr0");
	rdmsrl(MSR_EFER, efer);
	bad += previrt_test_check(efer & EFER_LMA, "rdmsr");
	t0 = rdtsc();
	t1 = rdtsc();
	bad += previrt_test_check(t1 >= t0, "rdtsc");
	savesegment(ds, ds);
	bad += previrt_test_check(ds == __USER_DS || ds == 0, "mov %ds");

	return bad ? -EINVAL : 0;
}

static int previrt_test_set_run(const char *val, const struct kernel_param *kp)
{
	return previrt_test_run();
}

static const struct kernel_param_ops previrt_test_run_ops = {
	.set = previrt_test_set_run,
};
module_param_cb(run, &previrt_test_run_ops, NULL, 0200);
MODULE_PARM_DESC(run, "write anything: run the sensitive instructions again");

/* Reschedule IPIs arrived at @cpu, as /proc/interrupts counts them (RES). */
static unsigned int previrt_test_resched(int cpu)
{
	return READ_ONCE(per_cpu(irq_stat, cpu).irq_resched_count);
}

/* Send one reschedule IPI to @cpu with @how, wait up to a second for it. */
static int previrt_test_ipi_one(int cpu, bool allbutself)
{
	unsigned int before = previrt_test_resched(cpu);
	int ms;

	preempt_disable();
	if (allbutself) {
		cpumask_var_t mask;

		if (!zalloc_cpumask_var(&mask, GFP_ATOMIC)) {
			preempt_enable();
			return -ENOMEM;
		}
		/* cpu and this CPU: the hook must leave this one out. */
		cpumask_set_cpu(cpu, mask);
		cpumask_set_cpu(smp_processor_id(), mask);
		apic->send_IPI_mask_allbutself(mask, RESCHEDULE_VECTOR);
		free_cpumask_var(mask);
	} else {
		apic->send_IPI_mask(cpumask_of(cpu), RESCHEDULE_VECTOR);
	}
	preempt_enable();
	for (ms = 0; ms < 1000; ms++) {
		if (previrt_test_resched(cpu) != before)
			return 0;
		usleep_range(1000, 2000);
	}
	pr_err("reschedule IPI to CPU %d (%s) did not arrive\n", cpu,
	       allbutself ? "send_IPI_mask_allbutself" : "send_IPI_mask");
	return -ETIMEDOUT;
}

static int previrt_test_set_ipi(const char *val, const struct kernel_param *kp)
{
	int cpu, i, ret = 0, sent = 0;

	/*
	 * Stay on this CPU while waiting: on the target CPU, "all but self"
	 * would send nothing and the wait would time out.
	 */
	migrate_disable();
	for_each_online_cpu(cpu) {
		if (cpu == smp_processor_id())
			continue;
		for (i = 0; i < 20 && !ret; i++) {
			ret = previrt_test_ipi_one(cpu, i & 1);
			sent += !ret;
		}
	}
	migrate_enable();
	if (ret)
		return ret;
	pr_info("%d reschedule IPIs sent through struct apic arrived\n", sent);
	return sent ? 0 : -ENODEV;
}

static const struct kernel_param_ops previrt_test_ipi_ops = {
	.set = previrt_test_set_ipi,
};
module_param_cb(ipi, &previrt_test_ipi_ops, NULL, 0200);
MODULE_PARM_DESC(ipi, "write anything: IPIs to the other CPUs through struct apic");

static int __init previrt_test_init(void)
{
	int ret = previrt_test_run();

	if (!ret)
		pr_info("sensitive instructions give the right results\n");
	return ret;
}

static void __exit previrt_test_exit(void)
{
}

module_init(previrt_test_init);
module_exit(previrt_test_exit);
MODULE_DESCRIPTION("previrt: sites in a module");
MODULE_LICENSE("GPL");
