// SPDX-License-Identifier: GPL-2.0
/*
 * The previrt kvm runtime: KVM's para-virtual features for a kernel built
 * without CONFIG_PARAVIRT and CONFIG_KVM_GUEST.
 *
 * Under KVM the sensitive instructions trap in hardware and KVM emulates
 * them, so the native runtime already gives a working kernel.  This
 * runtime removes exits, each feature only when KVM advertises it in
 * CPUID leaf 0x40000001:
 *
 * - NOP_IO_DELAY: the io-delay writes to port 0x80 (native_io_delay(),
 *   the _p port accessors) become NOPs: a pure site rewrite.
 * - CLOCKSOURCE2: kvm-clock.  The TSC frequency comes from the boot
 *   vCPU's pvclock (x86_platform.calibrate_tsc, set from
 *   x86_64_start_kernel() before setup_arch(): no PIT/HPET calibration,
 *   which fails outright under nested KVM in QEMU TCG), and the
 *   "kvm-clock" clocksource reads the running vCPU's pvclock without an
 *   exit.
 * - PV_EOI: the local APIC EOI of an interrupt KVM flags as not needing
 *   one is a test-and-clear of a per-CPU word instead of an MMIO or MSR
 *   write that exits (apic_set_eoi_write()).
 *
 * With more than one possible vCPU:
 *
 * - PV_SEND_IPI: an IPI to a set of CPUs is one hypercall
 *   (KVM_HC_SEND_IPI) instead of one ICR write, and exit, per CPU
 *   (apic->send_IPI_mask and ->send_IPI_mask_allbutself).
 * - PV_TLB_FLUSH: the remote TLB flush (the call site in
 *   flush_tlb_multi()) leaves out vCPUs that KVM has preempted, flagging
 *   them in their steal-time area for KVM to flush when they run again,
 *   instead of waiting for them to take an IPI.
 * - PV_SCHED_YIELD: after a function-call IPI to a preempted vCPU, yield
 *   to it (KVM_HC_SCHED_YIELD) rather than spin until it answers
 *   (smp_ops.send_call_func_ipi).
 *
 * The last two need KVM's steal-time area (STEAL_TIME) for its preempted
 * flag, and are left off when KVM hints that vCPUs are never preempted
 * (KVM_HINTS_REALTIME).
 *
 * What pv-ops' KVM guest has and this runtime has not, and why, is in
 * Documentation/virt/previrt/kvm.rst.
 */
#define pr_fmt(fmt) "previrt: kvm: " fmt

#include <linux/atomic.h>
#include <linux/clocksource.h>
#include <linux/cpufeature.h>
#include <linux/cpumask.h>
#include <linux/debugfs.h>
#include <linux/init.h>
#include <linux/kernel.h>
#include <linux/module.h>
#include <linux/percpu.h>
#include <linux/preempt.h>
#include <linux/previrt.h>
#include <linux/reboot.h>
#include <linux/sched.h>
#include <linux/seq_file.h>
#include <linux/smp.h>
#include <asm/apic.h>
#include <asm/insn.h>
#include <asm/msr.h>
#include <asm/previrt.h>
#include <asm/processor.h>
#include <asm/pvclock.h>
#include <asm/text-patching.h>
#include <asm/tlbflush.h>
#include <asm/tsc.h>
#include <asm/x86_init.h>
#include <uapi/asm/kvm_para.h>
#include <uapi/linux/kvm_para.h>

/* KVM's CPUID leaves start here; 0 when this is not KVM. */
static u32 previrt_kvm_base __ro_after_init;
/* What KVM offers (CPUID base + 1, EAX) and what this runtime uses. */
static u32 previrt_kvm_offered __ro_after_init;
static u32 previrt_kvm_used __ro_after_init;
/* KVM's hints (CPUID base + 1, EDX): KVM_HINTS_REALTIME. */
static u32 previrt_kvm_hints __ro_after_init;
static bool previrt_kvm_active __ro_after_init;
static char previrt_kvm_features[128] __ro_after_init;
/* The io-delay sites of vmlinux made NOPs. */
static unsigned int previrt_kvm_io_delays;
/* vmmcall (AMD, Hygon) rather than vmcall. */
static bool previrt_kvm_vmmcall __ro_after_init;

/* What the SMP features did, per CPU, for debugfs previrt/kvm. */
struct previrt_kvm_counts {
	unsigned long ipi_calls;	/* KVM_HC_SEND_IPI that KVM took */
	unsigned long ipi_failed;	/* ... that it refused: sent natively */
	unsigned long flush_deferred;	/* preempted vCPUs left to KVM */
	unsigned long yields;		/* KVM_HC_SCHED_YIELD */
};

static DEFINE_PER_CPU(struct previrt_kvm_counts, previrt_kvm_counts);

static bool previrt_kvm_uses(unsigned int feature)
{
	return previrt_kvm_used & BIT(feature);
}

/* Detection: CPUID only, from x86_64_start_kernel() on. */
static u32 __init_or_module previrt_kvm_cpuid_base(void)
{
	if (!(cpuid_ecx(1) & BIT(X86_FEATURE_HYPERVISOR & 31)))
		return 0;
	return hypervisor_cpuid_base("KVMKVMKVM\0\0\0", 0);
}

/* KVM's hypercall: vmcall or vmmcall, nr in %rax, arguments from %rbx. */
static long previrt_kvm_hypercall(unsigned int nr, unsigned long a0, unsigned long a1,
				  unsigned long a2, unsigned long a3)
{
	long ret;

	if (previrt_kvm_vmmcall)
		asm volatile("vmmcall"
			     : "=a" (ret)
			     : "a" ((unsigned long)nr), "b" (a0), "c" (a1), "d" (a2), "S" (a3)
			     : "memory");
	else
		asm volatile("vmcall"
			     : "=a" (ret)
			     : "a" ((unsigned long)nr), "b" (a0), "c" (a1), "d" (a2), "S" (a3)
			     : "memory");
	return ret;
}

/* Time */

/* The boot vCPU's pvclock until the per-CPU ones exist. */
static struct pvclock_vcpu_time_info previrt_kvm_boot_clock __aligned(64);
static DEFINE_PER_CPU_ALIGNED(struct pvclock_vcpu_time_info, previrt_kvm_clock);
static atomic64_t previrt_kvm_last;
static bool previrt_kvm_stable __ro_after_init;

/*
 * Nanoseconds of KVM's system time from a pvclock.  Unless KVM says the
 * TSCs are synchronised (PVCLOCK_TSC_STABLE_BIT), two vCPUs' clocks may
 * disagree a little: never go backwards across them.
 */
static u64 notrace previrt_kvm_pvclock_read(const struct pvclock_vcpu_time_info *src)
{
	unsigned int version;
	u64 now, last;
	u8 flags;

	do {
		version = pvclock_read_begin(src);
		now = __pvclock_read_cycles(src, rdtsc_ordered());
		flags = src->flags;
	} while (pvclock_read_retry(src, version));

	if (previrt_kvm_stable && (flags & PVCLOCK_TSC_STABLE_BIT))
		return now;
	last = atomic64_read(&previrt_kvm_last);
	do {
		if (now <= last)
			return last;
	} while (!atomic64_try_cmpxchg(&previrt_kvm_last, &last, now));
	return now;
}

static u64 notrace previrt_kvm_clock_read(struct clocksource *cs)
{
	u64 now;

	preempt_disable_notrace();
	now = previrt_kvm_pvclock_read(this_cpu_ptr(&previrt_kvm_clock));
	preempt_enable_notrace();
	return now;
}

static struct clocksource previrt_kvm_clocksource = {
	.name	= "kvm-clock",
	.read	= previrt_kvm_clock_read,
	.rating	= 400,
	.mask	= CLOCKSOURCE_MASK(64),
	.flags	= CLOCK_SOURCE_IS_CONTINUOUS,
};

/* The TSC frequency pvclock scales by: 10^6 kHz * 2^32 / mul, shifted. */
static unsigned long previrt_kvm_tsc_khz(void)
{
	const struct pvclock_vcpu_time_info *src = &previrt_kvm_boot_clock;
	u64 khz = 1000000ULL << 32;

	do_div(khz, src->tsc_to_system_mul);
	if (src->tsc_shift < 0)
		khz <<= -src->tsc_shift;
	else
		khz >>= src->tsc_shift;
	setup_force_cpu_cap(X86_FEATURE_TSC_KNOWN_FREQ);
	return khz;
}

static void previrt_kvm_register_clock(struct pvclock_vcpu_time_info *src)
{
	wrmsrl(MSR_KVM_SYSTEM_TIME_NEW, slow_virt_to_phys(src) | KVM_MSR_ENABLED);
}

/* Interrupts */

static DEFINE_PER_CPU(unsigned long, previrt_kvm_eoi);

/*
 * KVM sets the word's bit when it injects an interrupt whose EOI it does
 * not need to see; the native EOI only when the bit was clear.  Only this
 * vCPU and KVM on its behalf touch the word: no lock.
 */
static notrace void previrt_kvm_eoi_write(u32 reg, u32 val)
{
	if (__test_and_clear_bit(KVM_PV_EOI_BIT, this_cpu_ptr(&previrt_kvm_eoi)))
		return;
	apic->native_eoi_write(APIC_EOI, APIC_EOI_ACK);
}

/* SMP: steal time's preempted flag, IPIs, remote TLB flush, yield */

/* KVM writes each vCPU's area, and reads its preempted flag, on vCPU switches. */
static DEFINE_PER_CPU_ALIGNED(struct kvm_steal_time, previrt_kvm_steal);
static DEFINE_PER_CPU(cpumask_var_t, previrt_kvm_flush_mask);
static DEFINE_PER_CPU(cpumask_var_t, previrt_kvm_ipi_mask);
/* Set when the masks exist: the flush site may be redirected earlier. */
static bool previrt_kvm_smp_ready __read_mostly;

static bool previrt_kvm_preempted(int cpu)
{
	return READ_ONCE(per_cpu(previrt_kvm_steal, cpu).preempted) & KVM_VCPU_PREEMPTED;
}

/* The call site's original target, native_flush_tlb_multi(). */
static void (*previrt_kvm_native_flush)(const struct cpumask *cpumask,
					const struct flush_tlb_info *info) __ro_after_init;

/*
 * Called with preemption off.  A preempted vCPU gets KVM_VCPU_FLUSH_TLB
 * instead of an IPI; the cmpxchg fails if it starts running meanwhile,
 * and then it gets the IPI.
 */
static void previrt_kvm_flush_tlb_multi(const struct cpumask *cpumask,
					const struct flush_tlb_info *info)
{
	struct cpumask *mask;
	int cpu;

	if (!previrt_kvm_smp_ready) {
		previrt_kvm_native_flush(cpumask, info);
		return;
	}
	mask = this_cpu_cpumask_var_ptr(previrt_kvm_flush_mask);
	cpumask_copy(mask, cpumask);
	for_each_cpu(cpu, mask) {
		u8 *flag = &per_cpu(previrt_kvm_steal, cpu).preempted;
		u8 state = READ_ONCE(*flag);

		if ((state & KVM_VCPU_PREEMPTED) &&
		    try_cmpxchg(flag, &state, state | KVM_VCPU_FLUSH_TLB)) {
			__cpumask_clear_cpu(cpu, mask);
			this_cpu_inc(previrt_kvm_counts.flush_deferred);
		}
	}
	previrt_kvm_native_flush(mask, info);
}

static void (*previrt_kvm_native_call_func_ipi)(const struct cpumask *mask) __ro_after_init;

static void previrt_kvm_send_call_func_ipi(const struct cpumask *mask)
{
	int cpu;

	previrt_kvm_native_call_func_ipi(mask);
	/* Let a preempted target run, rather than wait for it. */
	for_each_cpu(cpu, mask) {
		if (!idle_cpu(cpu) && previrt_kvm_preempted(cpu)) {
			long ret = previrt_kvm_hypercall(KVM_HC_SCHED_YIELD,
							 per_cpu(x86_cpu_to_apicid, cpu),
							 0, 0, 0);

			if (ret < 0)
				pr_warn_once("KVM_HC_SCHED_YIELD failed: %ld\n", ret);
			else
				this_cpu_inc(previrt_kvm_counts.yields);
			break;
		}
	}
}

/*
 * One KVM_HC_SEND_IPI for the CPUs of @mask whose APIC IDs are in
 * [@base, @base + 128), @bits their bitmap from @base.  If KVM refuses,
 * the same CPUs get the IPI natively.
 */
static void previrt_kvm_ipi_window(const struct cpumask *mask, const unsigned long *bits,
				   u32 base, u32 icr, int vector)
{
	long ret = previrt_kvm_hypercall(KVM_HC_SEND_IPI, bits[0], bits[1], base, icr);
	int cpu;

	if (ret >= 0) {
		this_cpu_inc(previrt_kvm_counts.ipi_calls);
		return;
	}
	pr_warn_once("KVM_HC_SEND_IPI failed: %ld; IPIs sent natively\n", ret);
	this_cpu_inc(previrt_kvm_counts.ipi_failed);
	for_each_cpu(cpu, mask) {
		u32 id = per_cpu(x86_cpu_to_apicid, cpu);

		if (id >= base && id - base < 128)
			apic->send_IPI(cpu, vector);
	}
}

static void previrt_kvm_send_ipi(const struct cpumask *mask, int vector)
{
	unsigned long flags, bits[2] = { 0, 0 };
	u32 base = 0, icr = vector == NMI_VECTOR ? APIC_DM_NMI : APIC_DM_FIXED | vector;
	bool any = false;
	int cpu;

	local_irq_save(flags);
	for_each_cpu(cpu, mask) {
		u32 id = per_cpu(x86_cpu_to_apicid, cpu);

		if (any && (id < base || id - base >= 128)) {
			previrt_kvm_ipi_window(mask, bits, base, icr, vector);
			any = false;
		}
		if (!any) {
			base = id;
			bits[0] = 0;
			bits[1] = 0;
			any = true;
		}
		__set_bit(id - base, bits);
	}
	if (any)
		previrt_kvm_ipi_window(mask, bits, base, icr, vector);
	local_irq_restore(flags);
}

static void previrt_kvm_send_ipi_allbutself(const struct cpumask *mask, int vector)
{
	struct cpumask *others;
	unsigned long flags;

	local_irq_save(flags);
	others = this_cpu_cpumask_var_ptr(previrt_kvm_ipi_mask);
	cpumask_copy(others, mask);
	cpumask_clear_cpu(smp_processor_id(), others);
	previrt_kvm_send_ipi(others, vector);
	local_irq_restore(flags);
}

static int previrt_kvm_counts_show(struct seq_file *m, void *v)
{
	struct previrt_kvm_counts sum = { 0 };
	int cpu;

	for_each_possible_cpu(cpu) {
		const struct previrt_kvm_counts *c = per_cpu_ptr(&previrt_kvm_counts, cpu);

		sum.ipi_calls += READ_ONCE(c->ipi_calls);
		sum.ipi_failed += READ_ONCE(c->ipi_failed);
		sum.flush_deferred += READ_ONCE(c->flush_deferred);
		sum.yields += READ_ONCE(c->yields);
	}
	seq_printf(m, "features: %s\n", previrt_kvm_features);
	seq_printf(m, "pv_ipi_hypercalls: %lu\n", sum.ipi_calls);
	seq_printf(m, "pv_ipi_refused: %lu\n", sum.ipi_failed);
	seq_printf(m, "pv_tlb_flush_deferred: %lu\n", sum.flush_deferred);
	seq_printf(m, "pv_sched_yields: %lu\n", sum.yields);
	return 0;
}
DEFINE_SHOW_ATTRIBUTE(previrt_kvm_counts);

/* Per vCPU */

static void (*previrt_kvm_next_clock_init)(void) __ro_after_init;

/* This vCPU's pvclock and PV EOI word: boot CPU, then each AP as it starts. */
static void previrt_kvm_cpu_init(void)
{
	if (previrt_kvm_uses(KVM_FEATURE_CLOCKSOURCE2))
		previrt_kvm_register_clock(this_cpu_ptr(&previrt_kvm_clock));
	if (previrt_kvm_uses(KVM_FEATURE_PV_EOI)) {
		this_cpu_write(previrt_kvm_eoi, 0);
		wrmsrl(MSR_KVM_PV_EOI_EN,
		       slow_virt_to_phys(this_cpu_ptr(&previrt_kvm_eoi)) | KVM_MSR_ENABLED);
	}
	if (previrt_kvm_uses(KVM_FEATURE_STEAL_TIME))
		wrmsrl(MSR_KVM_STEAL_TIME,
		       slow_virt_to_phys(this_cpu_ptr(&previrt_kvm_steal)) | KVM_MSR_ENABLED);
}

/* x86_cpuinit.early_percpu_clock_init: in start_secondary(), IRQs off. */
static void previrt_kvm_ap_init(void)
{
	previrt_kvm_cpu_init();
	previrt_kvm_next_clock_init();
}

/* KVM must stop writing into this kernel's memory before kexec or reboot. */
static void previrt_kvm_cpu_off(void *unused)
{
	if (previrt_kvm_uses(KVM_FEATURE_PV_EOI))
		wrmsrl(MSR_KVM_PV_EOI_EN, 0);
	if (previrt_kvm_uses(KVM_FEATURE_STEAL_TIME))
		wrmsrl(MSR_KVM_STEAL_TIME, 0);
	if (previrt_kvm_uses(KVM_FEATURE_CLOCKSOURCE2))
		wrmsrl(MSR_KVM_SYSTEM_TIME_NEW, 0);
}

static int previrt_kvm_reboot(struct notifier_block *nb, unsigned long code, void *p)
{
	on_each_cpu(previrt_kvm_cpu_off, NULL, 1);
	return NOTIFY_DONE;
}

static struct notifier_block previrt_kvm_reboot_nb = {
	.notifier_call = previrt_kvm_reboot,
};

/* Sites */

/* out %al, $0x80: an io delay, which KVM says it does not need. */
static bool __init_or_module previrt_kvm_io_delay(const struct previrt_site_desc *site)
{
	struct insn insn;

	if (insn_decode_kernel(&insn, site->addr) < 0 || insn.length != site->insn_len)
		return false;
	/* The decoder sign-extends imm8. */
	return insn.opcode.bytes[0] == 0xe6 && (u8)insn.immediate.value == 0x80;
}

/*
 * The call site of flush_tlb_multi(): call native_flush_tlb_multi()
 * becomes call previrt_kvm_flush_tlb_multi(), which calls the original
 * target.  Every such site must have the same target.
 */
static enum previrt_outcome __init_or_module
previrt_kvm_flush_site(const struct previrt_site_desc *site)
{
	void *target, *addr = site->addr;
	u8 buf[CALL_INSN_SIZE];

	if (site->insn_len != CALL_INSN_SIZE || *(u8 *)addr != CALL_INSN_OPCODE) {
		pr_err("TLB flush site at %pS is not a call: left native\n", addr);
		return PREVIRT_FAILED;
	}
	target = addr + CALL_INSN_SIZE + *(s32 *)(addr + 1);
	if (target == previrt_kvm_flush_tlb_multi)
		return PREVIRT_REWRITTEN;
	if (previrt_kvm_native_flush && target != previrt_kvm_native_flush) {
		pr_err("TLB flush site at %pS calls %pS, not %pS: left native\n", addr,
		       target, previrt_kvm_native_flush);
		return PREVIRT_FAILED;
	}
	previrt_kvm_native_flush = target;
	__text_gen_insn(buf, CALL_INSN_OPCODE, addr, previrt_kvm_flush_tlb_multi,
			CALL_INSN_SIZE);
	if (!previrt_poke(site, addr, buf, CALL_INSN_SIZE))
		return PREVIRT_FAILED;
	return PREVIRT_REWRITTEN;
}

static enum previrt_outcome __init_or_module
previrt_kvm_patch(const struct previrt_site_desc *site)
{
	u8 buf[PREVIRT_SITE_MAX];

	if (previrt_kvm_uses(KVM_FEATURE_PV_TLB_FLUSH) &&
	    site->kind == PREVIRT_KIND_MEM_TLB_FLUSH_MULTI)
		return previrt_kvm_flush_site(site);

	if (previrt_kvm_uses(KVM_FEATURE_NOP_IO_DELAY) && site->kind == PREVIRT_KIND_OUT &&
	    previrt_kvm_io_delay(site)) {
		if (site->len > sizeof(buf))
			return PREVIRT_FAILED;
		add_nops(buf, site->len);
		if (!previrt_poke(site, site->addr, buf, site->len))
			return PREVIRT_FAILED;
		if (site->class != PREVIRT_CLASS_MODULE)
			previrt_kvm_io_delays++;
		return PREVIRT_REWRITTEN;
	}
	return previrt_native_runtime.patch_site(site);
}

/* Runtime */

static void __init previrt_kvm_feature(unsigned int feature, const char *name)
{
	if (!(previrt_kvm_offered & BIT(feature)))
		return;
	previrt_kvm_used |= BIT(feature);
	if (previrt_kvm_features[0])
		strlcat(previrt_kvm_features, " ", sizeof(previrt_kvm_features));
	strlcat(previrt_kvm_features, name, sizeof(previrt_kvm_features));
}

/*
 * After the sites of vmlinux: the features as the stats show them, with
 * the number of io delays made NOPs (nop_io_delay=N), which the kinds
 * table cannot tell apart from OUT sites the native rules folded.
 */
static void __init previrt_kvm_done(void)
{
	char *p;

	if (!previrt_kvm_active)
		return;
	p = strstr(previrt_kvm_features, "nop_io_delay");
	if (p) {
		char rest[sizeof(previrt_kvm_features)];

		strscpy(rest, p + strlen("nop_io_delay"), sizeof(rest));
		snprintf(p, sizeof(previrt_kvm_features) - (p - previrt_kvm_features),
			 "nop_io_delay=%u%s", previrt_kvm_io_delays, rest);
	}
	previrt_set_features(previrt_kvm_features[0] ? previrt_kvm_features : "none");
}

/*
 * From x86_64_start_kernel(), when this runtime is the one that will be
 * selected: decide the features, and take the TSC frequency from the boot
 * vCPU's pvclock before tsc_early_init() calibrates.
 */
static void __init previrt_kvm_early_setup(void)
{
	previrt_kvm_base = previrt_kvm_cpuid_base();
	if (!previrt_kvm_base)
		return;
	previrt_kvm_offered = cpuid_eax(previrt_kvm_base + 1);
	previrt_kvm_feature(KVM_FEATURE_NOP_IO_DELAY, "nop_io_delay");
	previrt_kvm_feature(KVM_FEATURE_CLOCKSOURCE2, "kvm-clock");
	previrt_kvm_feature(KVM_FEATURE_PV_EOI, "pv_eoi");
	previrt_kvm_stable = previrt_kvm_offered & BIT(KVM_FEATURE_CLOCKSOURCE_STABLE_BIT);
	previrt_kvm_hints = cpuid_edx(previrt_kvm_base + 1);
	if (previrt_kvm_uses(KVM_FEATURE_CLOCKSOURCE2)) {
		wrmsrl(MSR_KVM_SYSTEM_TIME_NEW,
		       __pa_symbol(&previrt_kvm_boot_clock) | KVM_MSR_ENABLED);
		x86_platform.calibrate_tsc = previrt_kvm_tsc_khz;
		x86_platform.calibrate_cpu = previrt_kvm_tsc_khz;
	}
}

static bool __init_or_module previrt_kvm_detect(void)
{
	return previrt_kvm_cpuid_base() != 0;
}

/*
 * Before the patch pass, when the number of possible CPUs is known: the
 * SMP features, only with more than one (as pv-ops decides).  Preempted
 * vCPUs need STEAL_TIME and are not to be expected with
 * KVM_HINTS_REALTIME.
 */
static void __init previrt_kvm_smp_features(void)
{
	bool preemptible = (previrt_kvm_offered & BIT(KVM_FEATURE_STEAL_TIME)) &&
			   !(previrt_kvm_hints & BIT(KVM_HINTS_REALTIME));

	if (num_possible_cpus() < 2)
		return;
	previrt_kvm_feature(KVM_FEATURE_PV_SEND_IPI, "pv_ipi");
	if (!preemptible)
		return;
	previrt_kvm_feature(KVM_FEATURE_PV_TLB_FLUSH, "pv_tlb_flush");
	previrt_kvm_feature(KVM_FEATURE_PV_SCHED_YIELD, "pv_sched_yield");
	if (previrt_kvm_uses(KVM_FEATURE_PV_TLB_FLUSH) ||
	    previrt_kvm_uses(KVM_FEATURE_PV_SCHED_YIELD))
		previrt_kvm_used |= BIT(KVM_FEATURE_STEAL_TIME);
}

static void __init previrt_kvm_rt_init(void)
{
	previrt_kvm_active = previrt_kvm_base != 0;
	if (!previrt_kvm_active) {
		/* previrt=kvm somewhere else: sites stay native. */
		pr_warn("not on KVM: only folding, as native\n");
		return;
	}
	previrt_kvm_vmmcall = boot_cpu_data.x86_vendor == X86_VENDOR_AMD ||
			      boot_cpu_data.x86_vendor == X86_VENDOR_HYGON;
	previrt_kvm_smp_features();
	pr_info("KVM features %#x offered, using: %s\n", previrt_kvm_offered,
		previrt_kvm_features[0] ? previrt_kvm_features : "none");
}

const struct previrt_runtime previrt_kvm_runtime __previrt_runtime = {
	.name		= "kvm",
	.detect		= previrt_kvm_detect,
	.early_setup	= previrt_kvm_early_setup,
	.init		= previrt_kvm_rt_init,
	.patch_site	= previrt_kvm_patch,
	.done		= previrt_kvm_done,
};

/*
 * The IPI and yield hooks, and the masks they and the TLB flush need.  The
 * struct apic is still writable (__ro_after_init) and no AP runs yet.
 */
static int __init previrt_kvm_smp_init(void)
{
	int cpu;

	if (!previrt_kvm_uses(KVM_FEATURE_PV_SEND_IPI) &&
	    !previrt_kvm_uses(KVM_FEATURE_PV_TLB_FLUSH))
		return 0;
	for_each_possible_cpu(cpu) {
		if (!zalloc_cpumask_var_node(per_cpu_ptr(&previrt_kvm_flush_mask, cpu),
					     GFP_KERNEL, cpu_to_node(cpu)) ||
		    !zalloc_cpumask_var_node(per_cpu_ptr(&previrt_kvm_ipi_mask, cpu),
					     GFP_KERNEL, cpu_to_node(cpu))) {
			pr_err("no memory for the CPU masks: IPIs and TLB flushes native\n");
			return -ENOMEM;
		}
	}
	previrt_kvm_smp_ready = true;
	if (previrt_kvm_uses(KVM_FEATURE_PV_SEND_IPI)) {
		apic->send_IPI_mask = previrt_kvm_send_ipi;
		apic->send_IPI_mask_allbutself = previrt_kvm_send_ipi_allbutself;
	}
	if (previrt_kvm_uses(KVM_FEATURE_PV_SCHED_YIELD)) {
		previrt_kvm_native_call_func_ipi = smp_ops.send_call_func_ipi;
		smp_ops.send_call_func_ipi = previrt_kvm_send_call_func_ipi;
	}
	return 0;
}

/*
 * Before the APs start: the boot CPU's per-CPU pvclock and PV EOI word,
 * the hook that sets up each AP's, the clocksource and the EOI.
 */
static int __init previrt_kvm_late_init(void)
{
	if (!previrt_kvm_active || !previrt_kvm_used)
		return 0;
	previrt_kvm_cpu_init();
	previrt_kvm_next_clock_init = x86_cpuinit.early_percpu_clock_init;
	x86_cpuinit.early_percpu_clock_init = previrt_kvm_ap_init;
	register_reboot_notifier(&previrt_kvm_reboot_nb);
	if (previrt_kvm_uses(KVM_FEATURE_PV_EOI))
		apic_set_eoi_write(previrt_kvm_eoi_write);
	if (previrt_kvm_smp_init())
		return -ENOMEM;
	if (previrt_kvm_uses(KVM_FEATURE_CLOCKSOURCE2)) {
		/* An invariant TSC that Linux trusts is better still. */
		if (boot_cpu_has(X86_FEATURE_CONSTANT_TSC) &&
		    boot_cpu_has(X86_FEATURE_NONSTOP_TSC) && !check_tsc_unstable())
			previrt_kvm_clocksource.rating = 299;
		clocksource_register_hz(&previrt_kvm_clocksource, NSEC_PER_SEC);
	}
	return 0;
}
early_initcall(previrt_kvm_late_init);

/* debugfs previrt/kvm: what the SMP features did. */
static int __init previrt_kvm_debugfs_init(void)
{
	struct dentry *dir;

	if (!previrt_kvm_active)
		return 0;
	dir = debugfs_lookup("previrt", NULL);
	if (!dir)
		return 0;
	debugfs_create_file("kvm", 0444, dir, NULL, &previrt_kvm_counts_fops);
	dput(dir);
	return 0;
}
late_initcall_sync(previrt_kvm_debugfs_init);
