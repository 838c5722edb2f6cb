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
 * What pv-ops' KVM guest has and this runtime has not, and why, is in
 * Documentation/virt/previrt/kvm.rst.
 */
#define pr_fmt(fmt) "previrt: kvm: " fmt

#include <linux/atomic.h>
#include <linux/clocksource.h>
#include <linux/cpufeature.h>
#include <linux/init.h>
#include <linux/kernel.h>
#include <linux/module.h>
#include <linux/percpu.h>
#include <linux/preempt.h>
#include <linux/previrt.h>
#include <linux/reboot.h>
#include <linux/smp.h>
#include <asm/apic.h>
#include <asm/insn.h>
#include <asm/msr.h>
#include <asm/previrt.h>
#include <asm/processor.h>
#include <asm/pvclock.h>
#include <asm/text-patching.h>
#include <asm/tsc.h>
#include <asm/x86_init.h>
#include <uapi/asm/kvm_para.h>

/* KVM's CPUID leaves start here; 0 when this is not KVM. */
static u32 previrt_kvm_base __ro_after_init;
/* What KVM offers (CPUID base + 1, EAX) and what this runtime uses. */
static u32 previrt_kvm_offered __ro_after_init;
static u32 previrt_kvm_used __ro_after_init;
static bool previrt_kvm_active __ro_after_init;
static char previrt_kvm_features[64] __ro_after_init;
/* The io-delay sites of vmlinux made NOPs. */
static unsigned int previrt_kvm_io_delays;

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

static enum previrt_outcome __init_or_module
previrt_kvm_patch(const struct previrt_site_desc *site)
{
	u8 buf[PREVIRT_SITE_MAX];

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

static void __init previrt_kvm_rt_init(void)
{
	previrt_kvm_active = previrt_kvm_base != 0;
	if (!previrt_kvm_active) {
		/* previrt=kvm somewhere else: sites stay native. */
		pr_warn("not on KVM: only folding, as native\n");
		return;
	}
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
