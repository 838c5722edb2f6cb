// SPDX-License-Identifier: GPL-2.0
/*
 * The previrt kernel as a Xen PV guest: the entry.
 *
 * Xen's PV loader takes vmlinux by its ELF notes (xen_pv_head.S) and enters
 * previrt_xen_pv_start() at CPL 3 with the kernel, start_info and the PV
 * console page mapped at the kernel map's base plus their pseudo-physical
 * addresses, on init_task's stack (xen_pv_head.S switched to it).
 *
 * What runs here so far are the first two stages of the boot order in
 * plans/xen-pv-p1-p2.md.  "entry": the kernel's GS base, .bss cleared,
 * the Xen features, the machine-to-physical table, and callbacks that
 * report an unexpected event or failsafe return instead of letting Xen
 * crash the domain at address 0.  "early": the early patch pass, with the
 * runtime "xen-pv" rewriting the interrupt-flag sites (cli, sti, pushf,
 * popf) onto the vCPU's upcall mask and cpuid onto Xen's emulated one,
 * then a self-test of both through sites of this file.  The rest of the
 * runtime that takes the kernel to x86_64_start_reservations() -- the
 * other site kinds, the trap table, the page tables handed over from
 * Xen's -- does not exist yet: the entry says so on the PV console and
 * ends the domain.  previrt_xen_pv_stop=STAGE on the command line ends it after
 * STAGE, saying so, for the harness.
 *
 * Built without stack protector and tracing: nothing is set up.  Only the
 * hypercalls of xen.c (in their PV form, syscall) and plain memory accesses
 * run here; every hypercall's result is checked, and a failure is printed
 * with the operation and ends the domain.
 */
#include <linux/init.h>
#include <linux/irqflags.h>
#include <linux/kernel.h>
#include <linux/linkage.h>
#include <linux/percpu.h>
#include <linux/pfn.h>
#include <linux/previrt.h>
#include <linux/processor.h>
#include <linux/string.h>
#include <asm/cmdline.h>
#include <asm/insn.h>
#include <asm/page_types.h>
#include <asm/previrt.h>
#include <asm/previrt_xen.h>
#include <asm/sections.h>
#include <asm/setup.h>
#include <asm/text-patching.h>
#include <asm/xen/interface.h>
#include <xen/interface/callback.h>
#include <xen/interface/features.h>
#include <xen/interface/memory.h>
#include <xen/interface/sched.h>
#include <xen/interface/xen.h>

asmlinkage __visible void __init __noreturn previrt_xen_pv_start(struct start_info *si);
asmlinkage __visible void __noreturn
previrt_xen_pv_unexpected(unsigned long what, unsigned long rip);

/* The stages of the boot order, in order; previrt_xen_pv_stop= names one. */
enum previrt_xen_pv_stage {
	PREVIRT_XEN_PV_ENTRY,
	PREVIRT_XEN_PV_EARLY,
	PREVIRT_XEN_PV_NR_STAGES,
};

static const char *const previrt_xen_pv_stages[] __initconst = {
	[PREVIRT_XEN_PV_ENTRY] = "entry",
	[PREVIRT_XEN_PV_EARLY] = "early",
};

/*
 * The interrupt flag of each vCPU: the upcall mask of its vcpu_info, set
 * (interrupts off) until the kernel enables them.  Xen does not know this
 * copy yet: its own mask for the vCPU, in shared_info, stays set, so no
 * event is delivered.
 */
DEFINE_PER_CPU_ALIGNED(struct vcpu_info, previrt_xen_pv_vcpu) = {
	.evtchn_upcall_mask = 1,
};

/* What the early pass did with the sites, by outcome. */
static unsigned int previrt_xen_pv_outcomes[PREVIRT_NR_OUTCOMES] __initdata;

/*
 * Data, not .bss: the console is set before .bss is cleared, and the
 * callbacks use it after init (an unexpected event can come at any time).
 */
static struct previrt_xen_console previrt_xen_pv_con __section(".data");
static int previrt_xen_pv_stop __initdata = -1;

static void previrt_xen_pv_puts(const char *s)
{
	while (*s)
		previrt_xen_console_putc(&previrt_xen_pv_con, *s++);
}

static void previrt_xen_pv_puthex(unsigned long v)
{
	static const char digits[] = "0123456789abcdef";
	int shift;

	previrt_xen_pv_puts("0x");
	for (shift = 60; shift >= 0; shift -= 4)
		previrt_xen_console_putc(&previrt_xen_pv_con, digits[(v >> shift) & 0xf]);
}

static void previrt_xen_pv_putdec(unsigned long v)
{
	char buf[21];
	int i = sizeof(buf) - 1;

	buf[i] = '\0';
	do {
		buf[--i] = '0' + v % 10;
		v /= 10;
	} while (v);
	previrt_xen_pv_puts(buf + i);
}

/* End the domain for good, the console flushed. */
static void __noreturn previrt_xen_pv_end(unsigned int reason)
{
	previrt_xen_console_notify(&previrt_xen_pv_con);
	previrt_xen_shutdown(reason);
	/* Only a failed hypercall gets here: Xen crashes a domain that faults. */
	for (;;)
		previrt_xen_shutdown(SHUTDOWN_crash);
}

/* A hypercall of the entry failed: say which, with Xen's result, and crash. */
static void __init __noreturn previrt_xen_pv_failed(const char *op, long ret)
{
	previrt_xen_pv_puts("previrt: xen-pv: ");
	previrt_xen_pv_puts(op);
	previrt_xen_pv_puts(ret < 0 ? " failed: -" : " failed: ");
	previrt_xen_pv_puthex(ret < 0 ? -ret : ret);
	previrt_xen_pv_puts("\n");
	previrt_xen_pv_end(SHUTDOWN_crash);
}

/**
 * previrt_xen_pv_unexpected - an event upcall or failsafe return came
 * @what:	CALLBACKTYPE_event or CALLBACKTYPE_failsafe
 * @rip:	the guest RIP in the frame Xen built
 *
 * Called by the callbacks of xen_pv_head.S until the runtime has real
 * ones: events stay masked and nothing returns to user space, so either
 * is a bug.  Ends the domain, saying so.
 */
asmlinkage __visible void __noreturn
previrt_xen_pv_unexpected(unsigned long what, unsigned long rip)
{
	previrt_xen_pv_puts(what == CALLBACKTYPE_event ?
			    "previrt: xen-pv: unexpected event upcall at " :
			    "previrt: xen-pv: failsafe callback at ");
	previrt_xen_pv_puthex(rip);
	previrt_xen_pv_puts("\n");
	previrt_xen_pv_end(SHUTDOWN_crash);
}

/* End the domain, saying so, if previrt_xen_pv_stop= named @stage. */
static void __init previrt_xen_pv_reached(enum previrt_xen_pv_stage stage)
{
	if (previrt_xen_pv_stop != stage)
		return;
	previrt_xen_pv_puts("previrt: xen-pv: stopped at ");
	previrt_xen_pv_puts(previrt_xen_pv_stages[stage]);
	previrt_xen_pv_puts(" (previrt_xen_pv_stop=)\n");
	previrt_xen_pv_end(SHUTDOWN_poweroff);
}

static void __init previrt_xen_pv_parse_stop(const char *cmdline)
{
	char buf[16];
	int i;

	if (cmdline_find_option(cmdline, "previrt_xen_pv_stop", buf, sizeof(buf)) <= 0)
		return;
	for (i = 0; i < PREVIRT_XEN_PV_NR_STAGES; i++) {
		if (!strcmp(buf, previrt_xen_pv_stages[i])) {
			previrt_xen_pv_stop = i;
			return;
		}
	}
	previrt_xen_pv_puts("previrt: xen-pv: unknown stage in previrt_xen_pv_stop=, ignored\n");
}

static void __init previrt_xen_pv_callback(u16 type, void (*fn)(void), const char *op)
{
	struct callback_register cb = {
		.type = type,
		.flags = CALLBACKF_mask_events,
		.address = (unsigned long)fn,
	};
	long ret;

	ret = previrt_xen_hypercall(__HYPERVISOR_callback_op, CALLBACKOP_register,
				    (unsigned long)&cb, 0);
	if (ret)
		previrt_xen_pv_failed(op, ret);
}

/*
 * movb $@masked, %gs:<upcall mask> in @len bytes: GS prefixes repeated in
 * front up to the site's length, no NOP needed.
 */
static unsigned int __init previrt_xen_pv_mask_insn(u8 *buf, unsigned int len, bool masked)
{
	static const u8 movb[] = { 0x65, 0xc6, 0x04, 0x25 };
	u32 disp = (u32)(__force unsigned long)&previrt_xen_pv_vcpu +
		   offsetof(struct vcpu_info, evtchn_upcall_mask);
	unsigned int n = len - (sizeof(movb) + sizeof(disp) + 1);

	if (len < sizeof(movb) + sizeof(disp) + 1 || len > MAX_INSN_SIZE)
		return 0;
	memset(buf, 0x65, n);
	memcpy(buf + n, movb, sizeof(movb));
	memcpy(buf + n + sizeof(movb), &disp, sizeof(disp));
	buf[len - 1] = masked;
	return len;
}

static enum previrt_outcome __init previrt_xen_pv_rewrite(const struct previrt_site_desc *site)
{
	u8 buf[PREVIRT_SITE_MAX];
	void *thunk = NULL;
	unsigned int n = 0;

	/* The thunks' own pushf, popf and cpuid. */
	if (site->addr >= (void *)previrt_xen_pv_thunks &&
	    site->addr < (void *)previrt_xen_pv_thunks_end)
		return PREVIRT_NATIVE;
	if (site->len > sizeof(buf))
		return PREVIRT_FAILED;
	switch (site->kind) {
	case PREVIRT_KIND_CLI:
	case PREVIRT_KIND_STI:
		n = previrt_xen_pv_mask_insn(buf, site->len, site->kind == PREVIRT_KIND_CLI);
		break;
	case PREVIRT_KIND_PUSHF:
		/* The push itself, then the fix of its IF bit. */
		buf[n++] = 0x9c;
		thunk = previrt_xen_pv_pushf_fix;
		break;
	case PREVIRT_KIND_POPF:
		thunk = previrt_xen_pv_popf;
		break;
	case PREVIRT_KIND_CPUID:
		thunk = previrt_xen_pv_cpuid;
		break;
	default:
		/* Not rewritten yet: left native, and it would fault at CPL 3. */
		return PREVIRT_NATIVE;
	}
	if (thunk) {
		if (n + CALL_INSN_SIZE > site->len)
			return PREVIRT_FAILED;
		__text_gen_insn(buf + n, CALL_INSN_OPCODE, site->addr + n, thunk, CALL_INSN_SIZE);
		n += CALL_INSN_SIZE;
	}
	/* No lone 0x90 at the end (the runtime contract). */
	if (!n || site->len - n == 1)
		return PREVIRT_FAILED;
	add_nops(buf + n, site->len - n);
	if (!previrt_poke(site, site->addr, buf, site->len))
		return PREVIRT_FAILED;
	return PREVIRT_REWRITTEN;
}

static enum previrt_outcome __init previrt_xen_pv_patch(const struct previrt_site_desc *site)
{
	enum previrt_outcome ret = previrt_xen_pv_rewrite(site);

	previrt_xen_pv_outcomes[ret]++;
	return ret;
}

/* Only the PV entry chooses it (previrt_patch_early()): no detect hook. */
static const struct previrt_runtime previrt_xen_pv_runtime __initconst = {
	.name		= "xen-pv",
	.patch_site	= previrt_xen_pv_patch,
};

/*
 * After the early pass: the interrupt flag and cpuid through sites of
 * this file, which the pass rewrote.  Native, pushf would show IF set
 * (CPL 3), sti and cli would fault, and cpuid would reach the CPU, which
 * has no Xen leaves under TCG.
 */
static void __init previrt_xen_pv_selftest(void)
{
	unsigned int eax, sig[3];
	unsigned long flags;
	bool irq_ok;

	irq_ok = irqs_disabled();		/* masked since entry */
	local_irq_enable();
	irq_ok &= !irqs_disabled();
	local_irq_save(flags);
	irq_ok &= irqs_disabled() && (flags & X86_EFLAGS_IF);
	local_irq_restore(flags);
	irq_ok &= !irqs_disabled();
	local_irq_disable();
	irq_ok &= irqs_disabled();
	cpuid(0x40000000, &eax, &sig[0], &sig[1], &sig[2]);

	previrt_xen_pv_puts("previrt: xen-pv: early pass: ");
	previrt_xen_pv_putdec(previrt_xen_pv_outcomes[PREVIRT_REWRITTEN]);
	previrt_xen_pv_puts(" rewritten, ");
	previrt_xen_pv_putdec(previrt_xen_pv_outcomes[PREVIRT_NATIVE]);
	previrt_xen_pv_puts(" native, ");
	previrt_xen_pv_putdec(previrt_xen_pv_outcomes[PREVIRT_FAILED]);
	previrt_xen_pv_puts(" failed\n");
	previrt_xen_pv_puts("previrt: xen-pv: self-test: interrupt flag ");
	previrt_xen_pv_puts(irq_ok ? "ok" : "WRONG");
	previrt_xen_pv_puts(", cpuid 0x40000000: ");
	if (memcmp(sig, "XenVMMXenVMM", sizeof(sig))) {
		previrt_xen_pv_puts("not Xen's leaves: WRONG\n");
		irq_ok = false;
	} else {
		previrt_xen_pv_puts("XenVMMXenVMM, max leaf ");
		previrt_xen_pv_puthex(eax);
		previrt_xen_pv_puts("\n");
	}
	if (!irq_ok || previrt_xen_pv_outcomes[PREVIRT_FAILED])
		previrt_xen_pv_end(SHUTDOWN_crash);
}

/**
 * previrt_xen_pv_start - the C entry of a Xen PV guest
 * @si:	Xen's start_info
 *
 * Does not return: the domain ends.
 */
asmlinkage __visible void __init __noreturn previrt_xen_pv_start(struct start_info *si)
{
	struct xen_machphys_mapping mp;
	const unsigned long *m2p;
	long ret, gs_ret;
	u32 features;

	previrt_xen_use_syscall();
	/* The GS base that per-CPU data and the stack protector need. */
	gs_ret = previrt_xen_hypercall(__HYPERVISOR_set_segment_base, SEGBASE_GS_KERNEL,
				       (unsigned long)&init_per_cpu_var(fixed_percpu_data), 0);
	/*
	 * .bss before anything lands there: the early patch pass keeps its
	 * bookkeeping in it.  Xen put start_info, the console page and its
	 * page tables after the image's end, so they survive.
	 */
	clear_bss();

	/* The console page is in the initial mapping, at its pseudo-physical address. */
	ret = previrt_xen_hypercall(__HYPERVISOR_memory_op, XENMEM_machphys_mapping,
				    (unsigned long)&mp, 0);
	m2p = (const unsigned long *)(ret ? MACH2PHYS_VIRT_START : mp.v_start);
	previrt_xen_pv_con.evtchn = si->console.domU.evtchn;
	previrt_xen_pv_con.ring = (struct xencons_interface *)
		(__START_KERNEL_map + PFN_PHYS(m2p[si->console.domU.mfn]));
	if (ret)
		previrt_xen_pv_failed("XENMEM_machphys_mapping", ret);
	if (gs_ret)
		previrt_xen_pv_failed("set_segment_base(SEGBASE_GS_KERNEL)", gs_ret);

	previrt_xen_pv_puts("previrt: xen-pv: entered as a Xen PV guest (");
	previrt_xen_pv_puts(si->magic);
	previrt_xen_pv_puts(", ");
	previrt_xen_pv_puthex(si->nr_pages);
	previrt_xen_pv_puts(" pages, start_info at ");
	previrt_xen_pv_puthex((unsigned long)si);
	previrt_xen_pv_puts(")\n");
	previrt_xen_pv_parse_stop(si->cmd_line);

	ret = previrt_xen_features(&features);
	if (ret)
		previrt_xen_pv_failed("XENVER_get_features", ret);
	if (features & BIT(XENFEAT_auto_translated_physmap)) {
		previrt_xen_pv_puts("previrt: xen-pv: auto-translated physmap: not a PV guest\n");
		previrt_xen_pv_end(SHUTDOWN_crash);
	}
	previrt_xen_pv_puts("previrt: xen-pv: features ");
	previrt_xen_pv_puthex(features);
	previrt_xen_pv_puts(", machine-to-physical table at ");
	previrt_xen_pv_puthex(mp.v_start);
	previrt_xen_pv_puts(", max mfn ");
	previrt_xen_pv_puthex(mp.max_mfn);
	previrt_xen_pv_puts("\n");

	previrt_xen_pv_callback(CALLBACKTYPE_event, previrt_xen_pv_event_stub,
				"CALLBACKOP_register (event)");
	previrt_xen_pv_callback(CALLBACKTYPE_failsafe, previrt_xen_pv_failsafe_stub,
				"CALLBACKOP_register (failsafe)");
	previrt_xen_pv_puts("previrt: xen-pv: GS base, .bss, features, callbacks: done\n");
	previrt_xen_pv_reached(PREVIRT_XEN_PV_ENTRY);

	BUILD_BUG_ON(offsetof(struct vcpu_info, evtchn_upcall_mask) != 1);
	previrt_patch_early(&previrt_xen_pv_runtime, "Xen PV entry");
	previrt_xen_pv_selftest();
	previrt_xen_pv_reached(PREVIRT_XEN_PV_EARLY);

	previrt_xen_pv_puts("previrt: xen-pv: this kernel has no Xen PV runtime yet");
	previrt_xen_pv_puts(" past the early pass; powering the domain off\n");
	previrt_xen_pv_end(SHUTDOWN_poweroff);
}
