// SPDX-License-Identifier: GPL-2.0
/*
 * The previrt xen-pvh runtime: the previrt kernel as a Xen PVH guest.
 *
 * A PVH guest runs in hardware-virtualized mode: its privileged
 * instructions work as on bare metal, so the runtime folds the padding of
 * most sites as the native runtime does.  What a PVH domain lacks are
 * devices: Xen gives it a virtual local APIC and nothing else (no PIT,
 * HPET, RTC, I/O APIC, PIC or UART), while its ACPI tables claim a PC-AT
 * PIC.  The runtime
 *
 * - sets the timer and wallclock hooks the kernel already has
 *   (x86_platform.calibrate_tsc/calibrate_cpu from CPUID 0x40000003,
 *   x86_platform.get_wallclock from shared_info) and tells the kernel
 *   what Xen's local APIC timer is (always running: ARAT; 100 MHz bus),
 *   so that the kernel ticks with it and never looks for a PIT, until
 *   Xen's one-shot timer replaces it on each vCPU (a clock event device
 *   on VIRQ_TIMER: an armed local APIC timer costs every exit);
 * - serves the unmodified 8250 driver in place (the seed's Afterburner
 *   served a stock NIC driver so): the "in"/"out" sites with the port in
 *   %dx become calls to thunks (xen_io.S) that send COM1 to a 16550
 *   model backed by the PV console ring (xen.c, shared with xen-pv), so
 *   that console=ttyS0 works as on bare metal; the console's event
 *   channel arrives on a legacy IRQ of its own, and the model raises the
 *   UART's IRQ 4 as a 16550 would;
 * - turns the 8259 EOI ("outb %al, $0x20") into a local APIC EOI;
 * - lets the kernel put the local APIC in x2APIC mode without interrupt
 *   remapping (x86_init.hyper.x2apic_available), as pv-ops does: its
 *   registers are then MSRs, an EOI a WRMSR exit rather than an emulated
 *   MMIO write (with CONFIG_X86_X2APIC);
 * - ends the domain with SCHEDOP_shutdown on poweroff, reboot and panic
 *   (pm_power_off, machine_ops, a panic notifier).
 *
 * It patches in the early pass, from x86_init.oem.arch_setup (set by
 * xen_pvh_init(), called from the PVH entry): the TSC is calibrated, the
 * console registered and the boot log printed before the late patch point.
 * Documentation/virt/previrt/xen-pvh.rst has the details.
 */
#define pr_fmt(fmt) "previrt: xen-pvh: " fmt

#include <linux/clockchips.h>
#include <linux/console.h>
#include <linux/init.h>
#include <linux/interrupt.h>
#include <linux/io.h>
#include <linux/irq.h>
#include <linux/kernel.h>
#include <linux/module.h>
#include <linux/percpu.h>
#include <linux/previrt.h>
#include <linux/spinlock.h>
#include <linux/string.h>
#include <asm/apic.h>
#include <asm/cmdline.h>
#include <asm/cpufeature.h>
#include <asm/early_ioremap.h>
#include <asm/hw_irq.h>
#include <asm/i8259.h>
#include <asm/insn.h>
#include <asm/previrt.h>
#include <asm/previrt_xen.h>
#include <asm/setup.h>
#include <asm/text-patching.h>
#include <asm/x86_init.h>
#include <asm/xen/cpuid.h>
#include <asm/xen/hypervisor.h>
#include <xen/interface/hvm/hvm_op.h>
#include <xen/interface/hvm/params.h>
#include <xen/interface/features.h>
#include <xen/interface/sched.h>
#include <xen/interface/vcpu.h>

/* Xen's virtual local APIC counts at 100 MHz (APIC_BUS_CYCLE_NS = 10). */
#define PVH_APIC_BUS_HZ		100000000
/* The legacy IRQ the console's event channel arrives on (free on PVH). */
#define PVH_EVTCHN_IRQ		5

/*
 * Set by xen_pvh_init() before startup_64 clears .bss, so in .data: the
 * kernel was entered through the PVH entry point.
 */
bool __section(".data") previrt_xen_pvh_entered;
/* The runtime set up the platform and patches. */
static bool previrt_xen_pvh_active __ro_after_init;

static u32 previrt_xen_pvh_tsc_khz __ro_after_init;
static struct shared_info previrt_xen_pvh_shinfo __page_aligned_bss;
static struct previrt_xen_console previrt_xen_pvh_con;
static phys_addr_t previrt_xen_pvh_con_pa __initdata;

/*
 * Xen's timer: a one-shot clock event device per vCPU, VCPUOP_set_singleshot_timer
 * on Xen's system time, its VIRQ_TIMER event channel bound to the vCPU.  It
 * replaces the local APIC timer, which costs every exit Xen's emulation of
 * a periodic timer (Xen's vpt) while it is armed.
 */
static bool previrt_xen_pvh_lapic_timer __initdata;
static bool previrt_xen_pvh_pv_timer __ro_after_init;
/*
 * Events arrive on IRQ 5's vector, raised by Xen at each vCPU's local APIC
 * (HVMOP_set_evtchn_upcall_vector, where Xen advertises it) or, where Xen
 * has no per-vCPU vector, as its global callback vector
 * (HVM_PARAM_CALLBACK_IRQ).
 */
static bool previrt_xen_pvh_upcall __ro_after_init;
static bool previrt_xen_pvh_callback __initdata;
static u8 previrt_xen_pvh_event_vector __ro_after_init;
static void (*previrt_xen_pvh_apic_clockev)(void) __ro_after_init;

/* previrt_xen_timer=lapic: keep ticking with the local APIC timer. */
static int __init previrt_xen_pvh_timer_param(char *arg)
{
	if (!strcmp(arg, "lapic"))
		previrt_xen_pvh_lapic_timer = true;
	else if (strcmp(arg, "xen"))
		pr_warn("previrt_xen_timer=%s: not lapic or xen, ignored\n", arg);
	return 1;
}
__setup("previrt_xen_timer=", previrt_xen_pvh_timer_param);

/*
 * previrt_xen_events=callback: Xen's global callback vector even where Xen
 * has per-vCPU upcall vectors (the path for a Xen without them, to test it).
 */
static int __init previrt_xen_pvh_events_param(char *arg)
{
	if (!strcmp(arg, "callback"))
		previrt_xen_pvh_callback = true;
	else if (strcmp(arg, "upcall"))
		pr_warn("previrt_xen_events=%s: not upcall or callback, ignored\n", arg);
	return 1;
}
__setup("previrt_xen_events=", previrt_xen_pvh_events_param);

/*
 * The events of the vCPU's own ports, on every vCPU.  The console's is
 * bound to vCPU 0 (input arrived, or output was consumed).
 */
static irqreturn_t previrt_xen_pvh_events(int irq, void *dev)
{
	unsigned long ev;

	ev = previrt_xen_evtchn_ack();
	previrt_xen_timer_event(ev);
	if (ev & BIT(previrt_xen_pvh_con.evtchn))
		previrt_xen_uart_event();
	return IRQ_HANDLED;
}

/*
 * IRQs 4 and 5 are the runtime's, not the 8259's the ACPI tables claim
 * (whose every mask and unmask would be an exit).  IRQ 4's vector is a
 * self-IPI of the UART model, IRQ 5's Xen's per-vCPU upcall vector: both
 * are acknowledged at the local APIC.  Xen's global callback vector, the
 * fallback for IRQ 5, is injected past the local APIC: nothing to
 * acknowledge or mask (the kernel's dummy_irq_chip).
 */
static void previrt_xen_pvh_irq_ack(struct irq_data *d)
{
	ack_APIC_irq();
}

static void previrt_xen_pvh_irq_noop(struct irq_data *d)
{
}

/* IRQ 4's vector: the UART model raises it as a self-IPI. */
static u8 previrt_xen_pvh_uart_vector __ro_after_init;

static void previrt_xen_pvh_uart_raise(void)
{
	apic->send_IPI_self(previrt_xen_pvh_uart_vector);
}

static struct irq_chip previrt_xen_pvh_lapic_chip = {
	.name		= "xen-pvh-lapic",
	.irq_ack	= previrt_xen_pvh_irq_ack,
	.irq_mask	= previrt_xen_pvh_irq_noop,
	.irq_unmask	= previrt_xen_pvh_irq_noop,
};

/* Sites */

static enum previrt_outcome __init_or_module
previrt_xen_pvh_patch(const struct previrt_site_desc *site)
{
	if (previrt_xen_pvh_active &&
	    (site->kind == PREVIRT_KIND_IN || site->kind == PREVIRT_KIND_OUT))
		return previrt_xen_io_patch(site, true);
	return previrt_native_runtime.patch_site(site);
}

static bool __init_or_module previrt_xen_pvh_detect(void)
{
	return previrt_xen_pvh_active;
}

static void __init previrt_xen_pvh_rt_init(void)
{
	if (!previrt_xen_pvh_active)
		pr_warn("not entered through Xen's PVH entry: only folding, as native\n");
}

const struct previrt_runtime previrt_xen_pvh_runtime __previrt_runtime = {
	.name		= "xen-pvh",
	.detect		= previrt_xen_pvh_detect,
	.init		= previrt_xen_pvh_rt_init,
	.patch_site	= previrt_xen_pvh_patch,
};

/* Time */

static unsigned long previrt_xen_pvh_calibrate(void)
{
	return previrt_xen_pvh_tsc_khz;
}

/*
 * x86_init.hyper.x2apic_available: Xen's virtual local APIC offers x2APIC
 * mode where its CPUID says so, with no interrupt remapping to need.
 */
static bool __init previrt_xen_pvh_x2apic(void)
{
	return x2apic_supported();
}

/*
 * Port 0xe9 prints to Xen's log from any HVM domain: the boot console until
 * ttyS0 takes over, for what goes wrong before that.
 */
static void previrt_xen_e9_write(struct console *con, const char *s, unsigned int n)
{
	while (n--)
		outb(*s++, 0xe9);
}

static struct console previrt_xen_e9_console = {
	.name	= "xene9",
	.write	= previrt_xen_e9_write,
	.flags	= CON_PRINTBUFFER | CON_BOOT | CON_ANYTIME,
	.index	= -1,
};

static void __init previrt_xen_pvh_must(const char *what, long ret)
{
	if (ret)
		panic("previrt: xen-pvh: %s failed: %ld\n", what, ret);
}

/*
 * x86_init.oem.arch_setup, from setup_arch() after early_cpu_init(): before
 * the command line is parsed, the TSC calibrated and the console registered.
 */
static void __init previrt_xen_pvh_arch_setup(void)
{
	const char *how = "detected (Xen PVH entry)";
	u32 base = xen_cpuid_base(), eax, ebx, ecx, edx;
	char name[32];
	u64 pfn, port;

	if (!base)
		return;
	if (cmdline_find_option(boot_command_line, "previrt", name, sizeof(name)) >= 0) {
		if (!strcmp(name, "xen-pvh")) {
			how = "previrt= boot parameter";
		} else if (previrt_find_runtime(name)) {
			pr_warn("previrt=%s on Xen PVH: no console, timer or shutdown\n", name);
			return;
		}
	}
	register_console(&previrt_xen_e9_console);
	previrt_xen_init_hypercalls();

	previrt_xen_pvh_must("XENMEM_add_to_physmap(shared_info)",
			     previrt_xen_map_shared_info(&previrt_xen_pvh_shinfo));
	previrt_xen_pvh_must("HVM_PARAM_CONSOLE_PFN",
			     previrt_xen_hvm_get_param(HVM_PARAM_CONSOLE_PFN, &pfn));
	previrt_xen_pvh_must("HVM_PARAM_CONSOLE_EVTCHN",
			     previrt_xen_hvm_get_param(HVM_PARAM_CONSOLE_EVTCHN, &port));
	previrt_xen_pvh_con_pa = PFN_PHYS(pfn);
	previrt_xen_pvh_con.evtchn = port;
	previrt_xen_pvh_con.ring = early_memremap(previrt_xen_pvh_con_pa, PAGE_SIZE);
	if (!previrt_xen_pvh_con.ring)
		panic("previrt: xen-pvh: cannot map the console ring at %pa\n",
		      &previrt_xen_pvh_con_pa);
	previrt_xen_uart_attach(&previrt_xen_pvh_con, NULL);

	/* The TSC frequency Xen gives the guest (leaf 3, subleaf 0, ECX). */
	cpuid_count(base + 3, 0, &eax, &ebx, &ecx, &edx);
	if (!ecx)
		panic("previrt: xen-pvh: Xen gives no TSC frequency\n");
	previrt_xen_pvh_tsc_khz = ecx;
	x86_platform.calibrate_tsc = previrt_xen_pvh_calibrate;
	x86_platform.calibrate_cpu = previrt_xen_pvh_calibrate;
	x86_platform.get_wallclock = previrt_xen_read_wallclock;
	setup_force_cpu_cap(X86_FEATURE_TSC_KNOWN_FREQ);
	setup_force_cpu_cap(X86_FEATURE_TSC_RELIABLE);
	/* Xen's local APIC timer runs in every state: no PIT, no broadcast. */
	setup_force_cpu_cap(X86_FEATURE_ARAT);
	lapic_timer_period = PVH_APIC_BUS_HZ / HZ;
	x86_init.hyper.x2apic_available = previrt_xen_pvh_x2apic;

	previrt_xen_power_init();

	previrt_xen_pvh_active = true;
	previrt_patch_early(&previrt_xen_pvh_runtime, how);
	pr_info("TSC %u kHz, console ring at %pa, event channel %u\n",
		previrt_xen_pvh_tsc_khz, &previrt_xen_pvh_con_pa, previrt_xen_pvh_con.evtchn);
}

/**
 * xen_pvh_init - the PVH entry found Xen
 * @boot_params: the boot parameters the entry is building
 *
 * Called from xen_prepare_pvh() before startup_64 clears .bss: only .data
 * may be written.  Replaces the weak stub of arch/x86/platform/pvh/, which
 * needs CONFIG_XEN.
 */
void __init xen_pvh_init(struct boot_params *boot_params)
{
	previrt_xen_pvh_entered = true;
	x86_init.oem.arch_setup = previrt_xen_pvh_arch_setup;
}

/*
 * The vector of a legacy IRQ: the 8259's fixed ISA vector, which the vector
 * code installs on every CPU, or what the vector domain gave it.
 */
static u8 __init previrt_xen_pvh_legacy_vector(unsigned int irq)
{
	struct irq_cfg *cfg = irq_cfg(irq);

	if (cfg && cfg->vector)
		return cfg->vector;
	if (irq < nr_legacy_irqs() &&
	    __this_cpu_read(vector_irq[ISA_IRQ_VECTOR(irq)]) == irq_to_desc(irq))
		return ISA_IRQ_VECTOR(irq);
	return 0;
}

/*
 * The events of one vCPU, on that vCPU: which vCPU it is to Xen, its upcall
 * vector, and (unless previrt_xen_timer=lapic or Xen cannot) Xen's timer as
 * its clock event device.  Failing, the vCPU keeps the local APIC timer.
 */
static void previrt_xen_pvh_cpu_events(unsigned int cpu)
{
	struct xen_hvm_evtchn_upcall_vector up;
	u32 eax, ebx, ecx, edx, vcpu;
	long ret;

	cpuid(xen_cpuid_base() + 4, &eax, &ebx, &ecx, &edx);
	vcpu = eax & XEN_HVM_CPUID_VCPU_ID_PRESENT ? ebx : cpu;
	if (vcpu >= MAX_VIRT_CPUS) {
		pr_err("CPU %u is vCPU %u: no vcpu_info in shared_info, no events\n",
		       cpu, vcpu);
		return;
	}
	per_cpu(previrt_xen_vcpu_id, cpu) = vcpu;
	per_cpu(previrt_xen_vcpu_info, cpu) = &previrt_xen_shared_info->vcpu_info[vcpu];
	if (previrt_xen_pvh_upcall) {
		up = (struct xen_hvm_evtchn_upcall_vector) {
			.vcpu = vcpu, .vector = previrt_xen_pvh_event_vector,
		};
		ret = previrt_xen_hypercall(__HYPERVISOR_hvm_op, HVMOP_set_evtchn_upcall_vector,
					    (unsigned long)&up, 0);
		if (ret) {
			pr_err("vCPU %u: HVMOP_set_evtchn_upcall_vector(%#x) failed: %ld: no events\n",
			       vcpu, up.vector, ret);
			return;
		}
	}
	WRITE_ONCE(previrt_xen_shared_info->vcpu_info[vcpu].evtchn_upcall_mask, 0);
	/* Higher rated than the local APIC timer, which it replaces (and stops). */
	if (previrt_xen_pvh_pv_timer && previrt_xen_timer_start(PVH_EVTCHN_IRQ))
		pr_err("vCPU %u keeps the local APIC timer\n", vcpu);
}

/* x86_cpuinit.setup_percpu_clockev, on each secondary CPU as it starts. */
static void previrt_xen_pvh_setup_percpu_clockev(void)
{
	previrt_xen_pvh_apic_clockev();
	previrt_xen_pvh_cpu_events(smp_processor_id());
}

/*
 * Once interrupts and memremap() work, before devices probe and secondary
 * CPUs start: the ring leaves its early mapping, Xen's events get IRQ 5,
 * whose vector Xen raises on each vCPU, and the boot CPU's events are set up.
 */
static int __init previrt_xen_pvh_late_init(void)
{
	struct xencons_interface *ring, *early;
	u8 vec_uart, vec_ev;
	unsigned long flags;
	u32 features = 0, eax, ebx, ecx, edx;
	long ret;

	if (!previrt_xen_pvh_active)
		return 0;
	ring = memremap(previrt_xen_pvh_con_pa, PAGE_SIZE, MEMREMAP_WB);
	if (!ring)
		panic("previrt: xen-pvh: cannot memremap the console ring\n");
	raw_spin_lock_irqsave(&previrt_xen_uart.lock, flags);
	early = previrt_xen_pvh_con.ring;
	previrt_xen_pvh_con.ring = ring;
	raw_spin_unlock_irqrestore(&previrt_xen_uart.lock, flags);
	early_memunmap(early, PAGE_SIZE);

	previrt_xen_panic_init();

	vec_uart = previrt_xen_pvh_legacy_vector(PREVIRT_XEN_COM1_IRQ);
	vec_ev = previrt_xen_pvh_legacy_vector(PVH_EVTCHN_IRQ);
	if (!vec_uart || !vec_ev) {
		pr_err("no vectors for legacy IRQs %d and %d: no console input, local APIC timer\n",
		       PREVIRT_XEN_COM1_IRQ, PVH_EVTCHN_IRQ);
		return 0;
	}
	ret = previrt_xen_features(&features);
	cpuid(xen_cpuid_base() + 4, &eax, &ebx, &ecx, &edx);
	previrt_xen_pvh_upcall = (eax & XEN_HVM_CPUID_UPCALL_VECTOR) &&
				 !previrt_xen_pvh_callback;
	if (!previrt_xen_pvh_upcall &&
	    (ret || !(features & BIT(XENFEAT_hvm_callback_vector)))) {
		pr_err("Xen offers no upcall or callback vector (%ld, features %#x): no console input, local APIC timer\n",
		       ret, features);
		return 0;
	}
	previrt_xen_pvh_event_vector = vec_ev;
	irq_set_chip_and_handler_name(PREVIRT_XEN_COM1_IRQ, &previrt_xen_pvh_lapic_chip,
				      handle_edge_irq, "edge");
	/* Per CPU: each vCPU's upcall handles that vCPU's ports. */
	irq_set_chip_and_handler_name(PVH_EVTCHN_IRQ, previrt_xen_pvh_upcall ?
				      &previrt_xen_pvh_lapic_chip : &dummy_irq_chip,
				      handle_percpu_irq, "percpu");
	ret = request_irq(PVH_EVTCHN_IRQ, previrt_xen_pvh_events,
			  IRQF_TIMER | IRQF_PERCPU | IRQF_NOBALANCING, "xen-events", NULL);
	if (ret) {
		pr_err("cannot request IRQ %d: %ld: no console input, local APIC timer\n",
		       PVH_EVTCHN_IRQ, ret);
		return 0;
	}
	/*
	 * Without per-vCPU upcall vectors: Xen's global callback vector, on
	 * the vCPU the port is bound to.
	 */
	if (!previrt_xen_pvh_upcall) {
		ret = previrt_xen_hvm_set_param(HVM_PARAM_CALLBACK_IRQ,
						(u64)HVM_PARAM_CALLBACK_TYPE_VECTOR << 56 | vec_ev);
		if (ret) {
			pr_err("HVM_PARAM_CALLBACK_IRQ (vector %#x) failed: %ld: no console input, local APIC timer\n",
			       vec_ev, ret);
			return 0;
		}
	}
	if (!(features & BIT(XENFEAT_hvm_safe_pvclock)))
		pr_info("Xen offers no pvclock to PVH guests: local APIC timer\n");
	else
		previrt_xen_pvh_pv_timer = !previrt_xen_pvh_lapic_timer;
	previrt_xen_pvh_cpu_events(0);
	previrt_xen_pvh_apic_clockev = x86_cpuinit.setup_percpu_clockev;
	x86_cpuinit.setup_percpu_clockev = previrt_xen_pvh_setup_percpu_clockev;

	if (previrt_xen_pvh_con.evtchn >= BITS_PER_LONG ||
	    this_cpu_read(previrt_xen_vcpu_id)) {
		pr_err("console event channel %u on vCPU %u: no console input\n",
		       previrt_xen_pvh_con.evtchn, this_cpu_read(previrt_xen_vcpu_id));
		return 0;
	}
	this_cpu_or(previrt_xen_ports, BIT(previrt_xen_pvh_con.evtchn));
	ret = previrt_xen_evtchn_unmask(previrt_xen_pvh_con.evtchn);
	if (ret)
		pr_err("EVTCHNOP_unmask(%u) failed: %ld\n", previrt_xen_pvh_con.evtchn, ret);
	previrt_xen_pvh_uart_vector = vec_uart;
	previrt_xen_uart_attach(&previrt_xen_pvh_con, previrt_xen_pvh_uart_raise);
	pr_info("events on IRQ %d (%s vector %#x), UART IRQ %d (vector %#x), timer: %s\n",
		PVH_EVTCHN_IRQ, previrt_xen_pvh_upcall ? "per-vCPU upcall" : "callback",
		vec_ev, PREVIRT_XEN_COM1_IRQ, vec_uart,
		previrt_xen_timer_on() ? "Xen one-shot" : "local APIC");
	return 0;
}
early_initcall(previrt_xen_pvh_late_init);
