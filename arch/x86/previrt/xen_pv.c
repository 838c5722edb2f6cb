// SPDX-License-Identifier: GPL-2.0
/*
 * The previrt kernel as a Xen PV guest: the entry.
 *
 * Xen's PV loader takes vmlinux by its ELF notes (xen_pv_head.S) and enters
 * previrt_xen_pv_start() at CPL 3 with the kernel, start_info and the PV
 * console page mapped at the kernel map's base plus their pseudo-physical
 * addresses, on init_task's stack (xen_pv_head.S switched to it).
 *
 * What runs here so far is the first stage of the boot order in
 * plans/xen-pv-p1-p2.md ("entry"): the kernel's GS base, .bss cleared,
 * the Xen features, the machine-to-physical table, and callbacks that
 * report an unexpected event or failsafe return instead of letting Xen
 * crash the domain at address 0.  The Xen PV runtime that takes the kernel
 * from there to x86_64_start_reservations() -- the early patch pass over
 * every site, the trap table, the page tables handed over from Xen's --
 * does not exist yet: the entry says so on the PV console and ends the
 * domain.  previrt_xen_pv_stop=STAGE on the command line ends it after
 * STAGE, saying so, for the harness.
 *
 * Built without stack protector and tracing: nothing is set up.  Only the
 * hypercalls of xen.c (in their PV form, syscall) and plain memory accesses
 * run here; every hypercall's result is checked, and a failure is printed
 * with the operation and ends the domain.
 */
#include <linux/init.h>
#include <linux/kernel.h>
#include <linux/linkage.h>
#include <linux/percpu.h>
#include <linux/pfn.h>
#include <linux/processor.h>
#include <linux/string.h>
#include <asm/cmdline.h>
#include <asm/page_types.h>
#include <asm/previrt_xen.h>
#include <asm/sections.h>
#include <asm/setup.h>
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
	PREVIRT_XEN_PV_NR_STAGES,
};

static const char *const previrt_xen_pv_stages[] __initconst = {
	[PREVIRT_XEN_PV_ENTRY] = "entry",
};

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

	previrt_xen_pv_puts("previrt: xen-pv: this kernel has no Xen PV runtime yet;");
	previrt_xen_pv_puts(" powering the domain off\n");
	previrt_xen_pv_end(SHUTDOWN_poweroff);
}
