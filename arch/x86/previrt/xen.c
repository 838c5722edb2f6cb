// SPDX-License-Identifier: GPL-2.0
/*
 * The Xen ABI for the previrt Xen runtimes: hypercalls, shared_info, 2-level
 * event channels and the PV console ring, for a kernel without CONFIG_XEN.
 *
 * Hypercalls from an HVM or PVH guest are vmcall (Intel) or vmmcall (AMD,
 * Hygon), from a PV guest syscall (in previrt_xen_hypercall_pv(); Xen
 * clobbers %rcx and %r11), with the hypercall number in %rax and the arguments
 * in %rdi, %rsi, %rdx; Xen returns in %rax and may clobber the argument
 * registers it does not use (debug builds do so on purpose).  None of the
 * three is sensitive for previrt: they trap to the hypervisor by design.
 */
#define pr_fmt(fmt) "previrt: xen: " fmt

#include <linux/clockchips.h>
#include <linux/compiler.h>
#include <linux/console.h>
#include <linux/init.h>
#include <linux/kernel.h>
#include <linux/module.h>
#include <linux/panic_notifier.h>
#include <linux/pm.h>
#include <linux/previrt.h>
#include <linux/serial_reg.h>
#include <linux/spinlock.h>
#include <linux/time64.h>
#include <asm/apic.h>
#include <asm/asm.h>
#include <asm/barrier.h>
#include <asm/insn.h>
#include <asm/msr.h>
#include <asm/previrt.h>
#include <asm/processor.h>
#include <asm/pvclock.h>
#include <asm/reboot.h>
#include <asm/sync_bitops.h>
#include <asm/text-patching.h>
#include <asm/previrt_xen.h>
#include <xen/interface/event_channel.h>
#include <xen/interface/hvm/hvm_op.h>
#include <xen/interface/memory.h>
#include <xen/interface/sched.h>
#include <xen/interface/vcpu.h>
#include <xen/interface/version.h>

/* shared_info, once previrt_xen_map_shared_info() mapped it. */
struct shared_info *previrt_xen_shared_info;

/* How this guest makes hypercalls. */
enum previrt_xen_hc {
	PREVIRT_XEN_HC_VMCALL,		/* HVM/PVH, Intel */
	PREVIRT_XEN_HC_VMMCALL,		/* HVM/PVH, AMD and Hygon */
	PREVIRT_XEN_HC_SYSCALL,		/* PV: syscall from guest kernel mode */
};

static u8 previrt_xen_hc __ro_after_init;

/**
 * previrt_xen_init_hypercalls - choose the hypercall instruction (HVM, PVH)
 *
 * Must run after early_cpu_init() (the CPU vendor) and before the first
 * hypercall.
 */
void __init previrt_xen_init_hypercalls(void)
{
	previrt_xen_hc = boot_cpu_data.x86_vendor == X86_VENDOR_AMD ||
			 boot_cpu_data.x86_vendor == X86_VENDOR_HYGON ?
			 PREVIRT_XEN_HC_VMMCALL : PREVIRT_XEN_HC_VMCALL;
}

/**
 * previrt_xen_use_syscall - make hypercalls as a PV guest
 *
 * A 64-bit PV guest kernel makes a hypercall with syscall, as the hypercall
 * page Xen would write does (previrt_xen_hypercall_pv()).  Called from the
 * PV entry, before anything else.
 */
void __init previrt_xen_use_syscall(void)
{
	previrt_xen_hc = PREVIRT_XEN_HC_SYSCALL;
}

/**
 * previrt_xen_hypercall - make a hypercall with up to three arguments
 * @op:	__HYPERVISOR_* number
 * @a1:	first argument
 * @a2:	second argument
 * @a3:	third argument
 *
 * Return: what Xen returned: 0 or a positive value on success, -errno.
 */
long previrt_xen_hypercall(unsigned int op, unsigned long a1, unsigned long a2,
			   unsigned long a3)
{
	long ret;

	switch (previrt_xen_hc) {
	case PREVIRT_XEN_HC_VMMCALL:
		asm volatile("vmmcall"
			     : "=a" (ret), "+D" (a1), "+S" (a2), "+d" (a3)
			     : "0" ((unsigned long)op)
			     : "memory");
		break;
	case PREVIRT_XEN_HC_SYSCALL:
		asm volatile("call previrt_xen_hypercall_pv"
			     : "=a" (ret), "+D" (a1), "+S" (a2), "+d" (a3),
			       ASM_CALL_CONSTRAINT
			     : "0" ((unsigned long)op)
			     : "rcx", "r11", "r10", "r8", "memory");
		break;
	default:
		asm volatile("vmcall"
			     : "=a" (ret), "+D" (a1), "+S" (a2), "+d" (a3)
			     : "0" ((unsigned long)op)
			     : "memory");
		break;
	}
	return ret;
}

/**
 * previrt_xen_features - the first 32 XENFEAT_* bits of this domain
 * @features:	where to store them
 *
 * Return: 0 or the hypercall's -errno.
 */
int previrt_xen_features(u32 *features)
{
	struct xen_feature_info fi = { .submap_idx = 0 };
	long ret;

	ret = previrt_xen_hypercall(__HYPERVISOR_xen_version, XENVER_get_features,
				    (unsigned long)&fi, 0);
	if (!ret)
		*features = fi.submap;
	return ret;
}

/**
 * previrt_xen_hvm_get_param - read an HVM parameter of this domain
 * @index:	HVM_PARAM_*
 * @value:	where to store it
 *
 * Return: 0 or the hypercall's -errno.
 */
int previrt_xen_hvm_get_param(unsigned int index, u64 *value)
{
	struct xen_hvm_param p = { .domid = DOMID_SELF, .index = index };
	long ret;

	ret = previrt_xen_hypercall(__HYPERVISOR_hvm_op, HVMOP_get_param,
				    (unsigned long)&p, 0);
	if (!ret)
		*value = p.value;
	return ret;
}

/**
 * previrt_xen_hvm_set_param - set an HVM parameter of this domain
 * @index:	HVM_PARAM_*
 * @value:	the value
 *
 * Return: 0 or the hypercall's -errno.
 */
int previrt_xen_hvm_set_param(unsigned int index, u64 value)
{
	struct xen_hvm_param p = { .domid = DOMID_SELF, .index = index, .value = value };

	return previrt_xen_hypercall(__HYPERVISOR_hvm_op, HVMOP_set_param,
				     (unsigned long)&p, 0);
}

/**
 * previrt_xen_map_shared_info - put shared_info at a page of the guest
 * @page:	a page-aligned page of the kernel's RAM; its frame is given up
 *
 * Return: 0 or the hypercall's -errno.
 */
int __init previrt_xen_map_shared_info(struct shared_info *page)
{
	struct xen_add_to_physmap xatp = {
		.domid = DOMID_SELF,
		.space = XENMAPSPACE_shared_info,
		.idx = 0,
		.gpfn = __pa_symbol(page) >> PAGE_SHIFT,
	};
	long ret;

	ret = previrt_xen_hypercall(__HYPERVISOR_memory_op, XENMEM_add_to_physmap,
				    (unsigned long)&xatp, 0);
	if (!ret)
		previrt_xen_shared_info = page;
	return ret;
}

/*
 * Each CPU's vCPU, as the runtime set it up: its number to Xen, its
 * vcpu_info (in shared_info, or where the runtime registered it) and the
 * event channels bound to it (ports 0-63, a bit each).
 */
DEFINE_PER_CPU(unsigned int, previrt_xen_vcpu_id);
DEFINE_PER_CPU(struct vcpu_info *, previrt_xen_vcpu_info);
DEFINE_PER_CPU(unsigned long, previrt_xen_ports);

/*
 * This CPU's vcpu_info: where the runtime registered it, else (before the
 * runtime set it up: an upcall that comes first, the boot CPU's early
 * pvclock reads) its vCPU's slot in shared_info, vCPU 0 until told.  An
 * upcall must always clear the flag it came for: with the callback vector
 * of HVM and PVH, Xen raises the vector again as long as it is set.
 */
static struct vcpu_info *previrt_xen_this_vcpu(void)
{
	return this_cpu_read(previrt_xen_vcpu_info) ?:
	       &previrt_xen_shared_info->vcpu_info[this_cpu_read(previrt_xen_vcpu_id)];
}

/**
 * previrt_xen_evtchn_send - notify the other end of an event channel
 * @port:	the local port
 *
 * Return: 0 or the hypercall's -errno.
 */
int previrt_xen_evtchn_send(evtchn_port_t port)
{
	struct evtchn_send send = { .port = port };

	return previrt_xen_hypercall(__HYPERVISOR_event_channel_op, EVTCHNOP_send,
				     (unsigned long)&send, 0);
}

/**
 * previrt_xen_evtchn_unmask - unmask an event channel
 * @port:	the local port
 *
 * Return: 0 or the hypercall's -errno.
 */
int previrt_xen_evtchn_unmask(evtchn_port_t port)
{
	struct evtchn_unmask unmask = { .port = port };

	return previrt_xen_hypercall(__HYPERVISOR_event_channel_op, EVTCHNOP_unmask,
				     (unsigned long)&unmask, 0);
}

/**
 * previrt_xen_evtchn_ack - take the pending events of this vCPU (2-level ABI)
 *
 * Clears the vCPU's upcall flag before the pending bits, as the ABI asks,
 * so that an event that arrives meanwhile causes a new upcall.  Pending
 * bits are shared by all vCPUs: only the ports bound to this vCPU
 * (previrt_xen_ports) are taken, the others stay pending for the vCPU they
 * are bound to (Xen marks its selector and upcalls it).
 *
 * Return: the ports of this vCPU that were pending and unmasked; they were
 * cleared.
 */
unsigned long previrt_xen_evtchn_ack(void)
{
	struct shared_info *s = previrt_xen_shared_info;
	struct vcpu_info *v = previrt_xen_this_vcpu();
	unsigned long bits;

	WRITE_ONCE(v->evtchn_upcall_pending, 0);
	/* The previrt runtimes bind ports 0-63 only: word 0. */
	if (!(xchg(&v->evtchn_pending_sel, 0) & BIT(0)))
		return 0;
	bits = READ_ONCE(s->evtchn_pending[0]) & ~READ_ONCE(s->evtchn_mask[0]) &
	       this_cpu_read(previrt_xen_ports);
	/* Clear only what was seen: a new event keeps its bit. */
	for (unsigned long b = bits; b; b &= b - 1)
		sync_clear_bit(__ffs(b), (unsigned long *)s->evtchn_pending);
	return bits;
}

/**
 * previrt_xen_bind_virq - an event channel for a virtual IRQ of a vCPU
 * @virq:	VIRQ_* (include/xen/interface/xen.h)
 * @vcpu:	the vCPU it is delivered to
 * @port:	where to store the port
 *
 * Return: 0 or the hypercall's -errno.
 */
int previrt_xen_bind_virq(unsigned int virq, unsigned int vcpu, evtchn_port_t *port)
{
	struct evtchn_bind_virq b = { .virq = virq, .vcpu = vcpu };
	long ret;

	ret = previrt_xen_hypercall(__HYPERVISOR_event_channel_op, EVTCHNOP_bind_virq,
				    (unsigned long)&b, 0);
	if (!ret)
		*port = b.port;
	return ret;
}

/**
 * previrt_xen_bind_ipi - an event channel that a vCPU sends to itself
 * @vcpu:	the vCPU it is delivered to
 * @port:	where to store the port
 *
 * Return: 0 or the hypercall's -errno.
 */
int previrt_xen_bind_ipi(unsigned int vcpu, evtchn_port_t *port)
{
	struct evtchn_bind_ipi b = { .vcpu = vcpu };
	long ret;

	ret = previrt_xen_hypercall(__HYPERVISOR_event_channel_op, EVTCHNOP_bind_ipi,
				    (unsigned long)&b, 0);
	if (!ret)
		*port = b.port;
	return ret;
}

/**
 * previrt_xen_vcpu_op - a VCPUOP_* hypercall
 * @cmd:	VCPUOP_* (include/xen/interface/vcpu.h)
 * @vcpu:	the vCPU it acts on; the timer operations only on the caller
 * @arg:	the operation's argument or NULL
 *
 * Return: what Xen returned: 0 or a positive value on success, -errno.
 */
int previrt_xen_vcpu_op(int cmd, unsigned int vcpu, void *arg)
{
	return previrt_xen_hypercall(__HYPERVISOR_vcpu_op, cmd, vcpu, (unsigned long)arg);
}

/**
 * previrt_xen_system_time - Xen's system time, from this vCPU's pvclock
 *
 * Return: nanoseconds since the domain's system time 0, Xen's time base
 * for timers and the wallclock.
 */
u64 notrace previrt_xen_system_time(void)
{
	struct pvclock_vcpu_time_info *t = &previrt_xen_this_vcpu()->time;
	unsigned int version;
	u64 now;

	do {
		version = pvclock_read_begin(t);
		now = __pvclock_read_cycles(t, rdtsc_ordered());
	} while (pvclock_read_retry(t, version));
	return now;
}

/* Xen's timer: a one-shot timer per vCPU, raising VIRQ_TIMER */

#define PREVIRT_XEN_TIMER_MIN_NS	100000		/* below Xen's timer slop: pointless */
#define PREVIRT_XEN_TIMER_MAX_NS	0xffffffffUL

static DEFINE_PER_CPU(evtchn_port_t, previrt_xen_timer_port);
static DEFINE_PER_CPU(struct clock_event_device, previrt_xen_ced);

static int previrt_xen_timer_next(unsigned long delta, struct clock_event_device *ced)
{
	struct vcpu_set_singleshot_timer t = {
		.timeout_abs_ns = previrt_xen_system_time() + delta,
	};
	int ret;

	ret = previrt_xen_vcpu_op(VCPUOP_set_singleshot_timer,
				  this_cpu_read(previrt_xen_vcpu_id), &t);
	WARN_ONCE(ret, "previrt: xen: VCPUOP_set_singleshot_timer failed: %d\n", ret);
	return ret;
}

static int previrt_xen_timer_stop(struct clock_event_device *ced)
{
	int ret;

	ret = previrt_xen_vcpu_op(VCPUOP_stop_singleshot_timer,
				  this_cpu_read(previrt_xen_vcpu_id), NULL);
	WARN_ONCE(ret, "previrt: xen: VCPUOP_stop_singleshot_timer failed: %d\n", ret);
	return ret;
}

/**
 * previrt_xen_timer_start - Xen's timer as this vCPU's clock event device
 * @irq:	the IRQ that delivers the vCPU's events (for /proc/interrupts)
 *
 * On the vCPU itself, once its previrt_xen_vcpu_id and previrt_xen_vcpu_info
 * are set and its events are delivered: binds VIRQ_TIMER to the vCPU (once),
 * stops the periodic timer Xen starts vCPUs with, unmasks the port and
 * registers the clock event device, rated above the local APIC timer.  Its
 * events reach the device through previrt_xen_timer_event().
 *
 * Return: 0, or the failed hypercall's -errno (said in the log); then the
 * vCPU has no Xen timer.
 */
int previrt_xen_timer_start(int irq)
{
	struct clock_event_device *ced = this_cpu_ptr(&previrt_xen_ced);
	unsigned int vcpu = this_cpu_read(previrt_xen_vcpu_id);
	evtchn_port_t port = this_cpu_read(previrt_xen_timer_port);
	int ret;

	if (!port) {
		ret = previrt_xen_bind_virq(VIRQ_TIMER, vcpu, &port);
		if (!ret && port >= BITS_PER_LONG)
			ret = -ERANGE;
		if (ret) {
			pr_err("vCPU %u: EVTCHNOP_bind_virq(VIRQ_TIMER): %d, port %u\n",
			       vcpu, ret, port);
			return ret;
		}
		this_cpu_write(previrt_xen_timer_port, port);
		this_cpu_or(previrt_xen_ports, BIT(port));
	}
	ret = previrt_xen_vcpu_op(VCPUOP_stop_periodic_timer, vcpu, NULL);
	if (!ret)
		ret = previrt_xen_evtchn_unmask(port);
	if (ret) {
		pr_err("vCPU %u: timer event channel %u: %d\n", vcpu, port, ret);
		return ret;
	}
	*ced = (struct clock_event_device) {
		.name			= "xen-timer",
		.features		= CLOCK_EVT_FEAT_ONESHOT,
		.rating			= 500,
		.set_next_event		= previrt_xen_timer_next,
		.set_state_shutdown	= previrt_xen_timer_stop,
		.set_state_oneshot_stopped = previrt_xen_timer_stop,
		.cpumask		= cpumask_of(smp_processor_id()),
		.irq			= irq,
	};
	clockevents_config_and_register(ced, NSEC_PER_SEC, PREVIRT_XEN_TIMER_MIN_NS,
					PREVIRT_XEN_TIMER_MAX_NS);
	return 0;
}

/**
 * previrt_xen_timer_event - run this vCPU's clock event, if it fired
 * @ev:		the events previrt_xen_evtchn_ack() took
 */
void previrt_xen_timer_event(unsigned long ev)
{
	evtchn_port_t port = this_cpu_read(previrt_xen_timer_port);
	struct clock_event_device *ced = this_cpu_ptr(&previrt_xen_ced);

	if (port && (ev & BIT(port)) && ced->event_handler)
		ced->event_handler(ced);
}

/**
 * previrt_xen_timer_on - whether this vCPU runs on Xen's timer
 */
bool previrt_xen_timer_on(void)
{
	return this_cpu_read(previrt_xen_ced.event_handler);
}

/**
 * previrt_xen_shutdown - end this domain
 * @reason:	SHUTDOWN_poweroff, SHUTDOWN_reboot or SHUTDOWN_crash
 *
 * Return: only on failure, the hypercall's -errno.
 */
int previrt_xen_shutdown(unsigned int reason)
{
	struct sched_shutdown r = { .reason = reason };

	return previrt_xen_hypercall(__HYPERVISOR_sched_op, SCHEDOP_shutdown,
				     (unsigned long)&r, 0);
}

static void previrt_xen_end(unsigned int reason)
{
	int ret = previrt_xen_shutdown(reason);

	pr_emerg("SCHEDOP_shutdown(%u) failed: %d\n", reason, ret);
}

static void previrt_xen_power_off(void)
{
	previrt_xen_end(SHUTDOWN_poweroff);
}

static void previrt_xen_restart(char *cmd)
{
	previrt_xen_end(SHUTDOWN_reboot);
}

static void previrt_xen_emergency_restart(void)
{
	previrt_xen_end(SHUTDOWN_reboot);
}

/**
 * previrt_xen_power_init - power off, halt and restart end the domain
 *
 * A guest has no ACPI or keyboard controller to do it with: Xen ends
 * the domain with SCHEDOP_shutdown, and the toolstack does what the
 * domain's configuration says for that reason.
 */
void __init previrt_xen_power_init(void)
{
	pm_power_off = previrt_xen_power_off;
	machine_ops.power_off = previrt_xen_power_off;
	machine_ops.halt = previrt_xen_power_off;
	machine_ops.restart = previrt_xen_restart;
	machine_ops.emergency_restart = previrt_xen_emergency_restart;
}

static int previrt_xen_panic(struct notifier_block *nb, unsigned long ev, void *p)
{
	/* The other notifiers ran (lowest priority); print what is left. */
	console_flush_on_panic(CONSOLE_FLUSH_PENDING);
	previrt_xen_end(SHUTDOWN_crash);
	return NOTIFY_DONE;
}

static struct notifier_block previrt_xen_panic_nb = {
	.notifier_call	= previrt_xen_panic,
	.priority	= INT_MIN,
};

/**
 * previrt_xen_panic_init - a panic ends the domain as crashed
 *
 * Last among the panic notifiers, after the consoles are flushed: the
 * toolstack then sees "crashed" (on_crash=) instead of a domain that
 * spins or reboots.
 */
void previrt_xen_panic_init(void)
{
	atomic_notifier_chain_register(&panic_notifier_list, &previrt_xen_panic_nb);
}

/**
 * previrt_xen_read_wallclock - the time of day from shared_info
 * @ts:	where to store it
 *
 * Xen keeps the wallclock at the domain's system time 0; the system time
 * now comes from this vCPU's pvclock.
 */
void previrt_xen_read_wallclock(struct timespec64 *ts)
{
	struct shared_info *s = previrt_xen_shared_info;
	u32 wc_version, nsec;
	u64 sec;

	do {
		wc_version = READ_ONCE(s->wc.version);
		rmb();	/* the version (odd: Xen is writing), then the time */
		sec = READ_ONCE(s->wc.sec) | ((u64)READ_ONCE(s->wc_sec_hi) << 32);
		nsec = READ_ONCE(s->wc.nsec);
		rmb();	/* the time, then the version again */
	} while ((wc_version & 1) || wc_version != READ_ONCE(s->wc.version));

	set_normalized_timespec64(ts, sec, (u64)nsec + previrt_xen_system_time());
}

/*
 * The console ring (include/xen/interface/io/console.h): the guest produces
 * into out[] and consumes from in[]; the backend does the opposite and is
 * told about progress through the event channel.
 */

/**
 * previrt_xen_console_notify - tell the backend about new output
 * @con:	the console
 */
void previrt_xen_console_notify(struct previrt_xen_console *con)
{
	if (!con->unnotified)
		return;
	con->unnotified = 0;
	previrt_xen_evtchn_send(con->evtchn);
}

/**
 * previrt_xen_console_putc - put a character into the output ring
 * @con:	the console
 * @c:	the character
 *
 * Waits, yielding the vCPU, while the backend has not made room; gives up
 * (the character is lost) if it makes none for a long time.
 *
 * Return: false if the character was dropped.
 */
bool previrt_xen_console_putc(struct previrt_xen_console *con, u8 c)
{
	struct xencons_interface *r = con->ring;
	unsigned int tries = 0;
	XENCONS_RING_IDX prod;

	prod = READ_ONCE(r->out_prod);
	while (prod - READ_ONCE(r->out_cons) >= sizeof(r->out)) {
		con->unnotified++;
		previrt_xen_console_notify(con);
		if (++tries > 100000)
			return false;
		previrt_xen_hypercall(__HYPERVISOR_sched_op, SCHEDOP_yield, 0, 0);
	}
	r->out[MASK_XENCONS_IDX(prod, r->out)] = c;
	wmb();	/* the character before the index that hands it over */
	WRITE_ONCE(r->out_prod, prod + 1);
	con->unnotified++;
	/* A line, or half a ring, at a time. */
	if (c == '\n' || con->unnotified >= sizeof(r->out) / 2)
		previrt_xen_console_notify(con);
	return true;
}

/**
 * previrt_xen_console_pending - is there input in the ring?
 * @con:	the console
 *
 * Return: true if previrt_xen_console_getc() has a character.
 */
bool previrt_xen_console_pending(const struct previrt_xen_console *con)
{
	return READ_ONCE(con->ring->in_cons) != READ_ONCE(con->ring->in_prod);
}

/**
 * previrt_xen_console_getc - take a character from the input ring
 * @con:	the console
 *
 * Return: the character, or -1 if there is none.
 */
int previrt_xen_console_getc(struct previrt_xen_console *con)
{
	struct xencons_interface *r = con->ring;
	XENCONS_RING_IDX cons = READ_ONCE(r->in_cons);
	u8 c;

	if (cons == READ_ONCE(r->in_prod))
		return -1;
	rmb();	/* the index that hands the character over, then it */
	c = r->in[MASK_XENCONS_IDX(cons, r->in)];
	mb();	/* read it before giving its slot back */
	WRITE_ONCE(r->in_cons, cons + 1);
	/* The backend waits for room only when the ring was full. */
	if (cons + 1 == READ_ONCE(r->in_prod))
		previrt_xen_evtchn_send(con->evtchn);
	return c;
}

/* COM1: a 16550A on the PV console ring, for both runtimes */

/*
 * The 16550A model.  Output goes to the ring at once, so the transmitter is
 * always empty; input is what the backend put into the ring.  When the
 * UART's interrupt line (gated by OUT2, as on a PC) goes from low to high,
 * the runtime's raise() delivers IRQ 4 its own way: a self-IPI on PVH, an
 * event on PV.  Until a runtime attaches a console, reads float and writes
 * go nowhere.
 */
struct previrt_xen_uart previrt_xen_uart = {
	.lock = __RAW_SPIN_LOCK_UNLOCKED(previrt_xen_uart.lock),
	.dll = 1,		/* 115200 baud */
};

static bool previrt_xen_uart_rx(struct previrt_xen_uart *u)
{
	return u->con && u->con->ring && previrt_xen_console_pending(u->con);
}

static bool previrt_xen_uart_ring(struct previrt_xen_uart *u)
{
	return u->con && u->con->ring;
}

/* Recompute the interrupt line; raise IRQ 4 on a rising edge.  Lock held. */
static void previrt_xen_uart_update(struct previrt_xen_uart *u)
{
	bool line = (u->mcr & UART_MCR_OUT2) &&
		    (((u->ier & UART_IER_RDI) && previrt_xen_uart_rx(u)) ||
		     ((u->ier & UART_IER_THRI) && u->thre));

	if (line && !u->line && u->raise)
		u->raise();
	u->line = line;
}

static u8 previrt_xen_uart_read(struct previrt_xen_uart *u, unsigned int reg)
{
	bool dlab = u->lcr & UART_LCR_DLAB;
	u8 v = 0;
	int c;

	switch (reg) {
	case UART_RX:
		if (dlab)
			return u->dll;
		c = previrt_xen_uart_ring(u) ? previrt_xen_console_getc(u->con) : -1;
		v = c < 0 ? 0 : c;
		break;
	case UART_IER:
		return dlab ? u->dlm : u->ier;
	case UART_IIR:
		if ((u->ier & UART_IER_RDI) && previrt_xen_uart_rx(u)) {
			v = UART_IIR_RDI;
		} else if ((u->ier & UART_IER_THRI) && u->thre) {
			v = UART_IIR_THRI;
			u->thre = false;	/* reading IIR clears it */
		} else {
			v = UART_IIR_NO_INT;
			/* The end of an interrupt or a transmit burst. */
			if (previrt_xen_uart_ring(u))
				previrt_xen_console_notify(u->con);
		}
		if (u->fcr & UART_FCR_ENABLE_FIFO)
			v |= 0xc0;	/* FIFOs enabled: a 16550A */
		break;
	case UART_LCR:
		return u->lcr;
	case UART_MCR:
		return u->mcr;
	case UART_LSR:
		v = UART_LSR_THRE | UART_LSR_TEMT;
		if (previrt_xen_uart_rx(u))
			v |= UART_LSR_DR;
		break;
	case UART_MSR:
		if (u->mcr & UART_MCR_LOOP)
			return ((u->mcr & UART_MCR_DTR) ? UART_MSR_DSR : 0) |
			       ((u->mcr & UART_MCR_RTS) ? UART_MSR_CTS : 0) |
			       ((u->mcr & UART_MCR_OUT1) ? UART_MSR_RI : 0) |
			       ((u->mcr & UART_MCR_OUT2) ? UART_MSR_DCD : 0);
		return UART_MSR_DCD | UART_MSR_DSR | UART_MSR_CTS;
	case UART_SCR:
		return u->scr;
	}
	previrt_xen_uart_update(u);
	return v;
}

static void previrt_xen_uart_write(struct previrt_xen_uart *u, unsigned int reg, u8 v)
{
	bool dlab = u->lcr & UART_LCR_DLAB;

	switch (reg) {
	case UART_TX:
		if (dlab) {
			u->dll = v;
			return;
		}
		/* Loopback output goes nowhere (the driver tests the MSR only). */
		if (!(u->mcr & UART_MCR_LOOP) && previrt_xen_uart_ring(u))
			previrt_xen_console_putc(u->con, v);
		u->thre = true;
		break;
	case UART_IER:
		if (dlab) {
			u->dlm = v;
			return;
		}
		/* Enabling the THRE interrupt with THR empty raises it. */
		if ((v & UART_IER_THRI) && !(u->ier & UART_IER_THRI))
			u->thre = true;
		u->ier = v & 0x0f;
		if (previrt_xen_uart_ring(u))
			previrt_xen_console_notify(u->con);
		break;
	case UART_FCR:
		u->fcr = v & (UART_FCR_ENABLE_FIFO | UART_FCR_R_TRIG_11);
		break;
	case UART_LCR:
		u->lcr = v;
		return;
	case UART_MCR:
		u->mcr = v & 0x1f;
		break;
	case UART_SCR:
		u->scr = v;
		return;
	default:		/* LSR and MSR: factory test registers */
		return;
	}
	previrt_xen_uart_update(u);
}

/* Called from the thunks (xen_io.S) for the COM1 ports. */
asmlinkage u32 previrt_xen_uart_in(u16 port, unsigned int size)
{
	struct previrt_xen_uart *u = &previrt_xen_uart;
	unsigned long flags;
	u32 v;

	raw_spin_lock_irqsave(&u->lock, flags);
	v = previrt_xen_uart_read(u, port - PREVIRT_XEN_COM1_BASE);
	raw_spin_unlock_irqrestore(&u->lock, flags);
	/* A 16550 has 8-bit registers: the rest of a wider read floats. */
	if (size == 2)
		return v | 0xff00;
	if (size == 4)
		return v | 0xffffff00;
	return v;
}

asmlinkage void previrt_xen_uart_out(u16 port, u32 val, unsigned int size)
{
	struct previrt_xen_uart *u = &previrt_xen_uart;
	unsigned long flags;

	raw_spin_lock_irqsave(&u->lock, flags);
	previrt_xen_uart_write(u, port - PREVIRT_XEN_COM1_BASE, val);
	raw_spin_unlock_irqrestore(&u->lock, flags);
}

/**
 * previrt_xen_uart_attach - back the 16550 model by a console ring
 * @con:	the console ring (its mapping may change later: call again)
 * @raise:	how to raise IRQ 4, or NULL while the runtime cannot
 *
 * The interrupt line is recomputed: input may wait in the ring.
 */
void previrt_xen_uart_attach(struct previrt_xen_console *con, void (*raise)(void))
{
	struct previrt_xen_uart *u = &previrt_xen_uart;
	unsigned long flags;

	raw_spin_lock_irqsave(&u->lock, flags);
	u->con = con;
	u->raise = raise;
	previrt_xen_uart_update(u);
	raw_spin_unlock_irqrestore(&u->lock, flags);
}

/**
 * previrt_xen_uart_event - the console's event came
 *
 * Input arrived or output was consumed: the interrupt line anew.
 */
void previrt_xen_uart_event(void)
{
	struct previrt_xen_uart *u = &previrt_xen_uart;
	unsigned long flags;

	raw_spin_lock_irqsave(&u->lock, flags);
	previrt_xen_uart_update(u);
	raw_spin_unlock_irqrestore(&u->lock, flags);
}

/* What an "in"/"out" site calls, by its opcode, or NULL. */
static void *__init_or_module previrt_xen_io_thunk(const struct insn *insn, bool pic)
{
	bool in = insn->opcode.bytes[0] == 0xec || insn->opcode.bytes[0] == 0xed;

	switch (insn->opcode.bytes[0]) {
	case 0xec: case 0xee:		/* in/out %al */
		return in ? previrt_xen_io_inb_dx : previrt_xen_io_outb_dx;
	case 0xed: case 0xef:		/* in/out %ax or %eax */
		if (insn->opnd_bytes == 2)
			return in ? previrt_xen_io_inw_dx : previrt_xen_io_outw_dx;
		return in ? previrt_xen_io_inl_dx : previrt_xen_io_outl_dx;
	case 0xe6:			/* out %al, $imm8 */
		if (pic && insn->immediate.value == PREVIRT_XEN_PIC_MASTER_CMD)
			return previrt_xen_io_pic_thunk;
		break;
	}
	return NULL;
}

/**
 * previrt_xen_io_patch - rewrite a port I/O site for the COM1 model
 * @site:	an IN or OUT site
 * @pic:	also send the 8259's EOIs to the local APIC (PVH)
 *
 * A call to its thunk, or its instruction with the NOP padding (not
 * folded, so that the stats count exactly the sites that were
 * redirected).  The entry and noinstr code keep their instruction: no
 * call into C from there.
 *
 * Return: what became of the site.
 */
enum previrt_outcome __init_or_module
previrt_xen_io_patch(const struct previrt_site_desc *site, bool pic)
{
	u8 buf[PREVIRT_SITE_MAX];
	struct insn insn;
	void *thunk;

	/*
	 * The thunks' own instructions, for the ports the model leaves
	 * (xen_io.S keeps them between these two symbols).
	 */
	if (site->addr >= (void *)previrt_xen_io_outb_dx &&
	    site->addr < (void *)previrt_xen_io_pic_thunk)
		return PREVIRT_NATIVE;
	if (site->class == PREVIRT_CLASS_ENTRY || site->class == PREVIRT_CLASS_NOINSTR)
		return PREVIRT_NATIVE;
	if (insn_decode_kernel(&insn, site->addr) < 0 || insn.length != site->insn_len)
		return PREVIRT_FAILED;
	thunk = previrt_xen_io_thunk(&insn, pic);
	if (!thunk)
		return PREVIRT_NATIVE;
	if (site->len < CALL_INSN_SIZE + 2 || site->len > sizeof(buf))
		return PREVIRT_FAILED;
	__text_gen_insn(buf, CALL_INSN_OPCODE, site->addr, thunk, CALL_INSN_SIZE);
	add_nops(buf + CALL_INSN_SIZE, site->len - CALL_INSN_SIZE);
	if (!previrt_poke(site, site->addr, buf, site->len))
		return PREVIRT_FAILED;
	return PREVIRT_REWRITTEN;
}

/*
 * An OCW2 with the EOI bit (non-specific, specific, rotating) ends the
 * legacy interrupt in service: on PVH that one came through the local APIC.
 */
asmlinkage void previrt_xen_pic_cmd(u8 val)
{
	if (!(val & 0x18) && (val & 0x20))
		ack_APIC_irq();
}
