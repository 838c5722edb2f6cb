// SPDX-License-Identifier: GPL-2.0
/*
 * The previrt kernel as a Xen PV guest: the entry.
 *
 * Xen's PV loader takes vmlinux by its ELF notes (xen_pv_head.S) and enters
 * previrt_xen_pv_start() at CPL 3 with the kernel, start_info and the PV
 * console page mapped at the kernel map's base plus their pseudo-physical
 * addresses.  The Xen PV runtime that would take the kernel from here to
 * x86_64_start_reservations() -- the early patch pass over every site, the
 * trap table, the page tables handed over from Xen's, events and time --
 * does not exist yet: the entry says so on the PV console and ends the
 * domain, instead of Xen refusing the kernel without a word to the guest's
 * console ("no loader found").
 *
 * Built without stack protector and tracing: the GS base is 0 and nothing
 * is set up.  Only the hypercalls of xen.c (in their PV form, syscall) and
 * plain memory accesses run here.
 */
#include <linux/init.h>
#include <linux/kernel.h>
#include <linux/linkage.h>
#include <linux/pfn.h>
#include <asm/page_types.h>
#include <asm/previrt_xen.h>
#include <asm/xen/interface.h>
#include <xen/interface/sched.h>
#include <xen/interface/xen.h>

asmlinkage __visible void __init __noreturn previrt_xen_pv_start(struct start_info *si);

static void __init previrt_xen_pv_puts(struct previrt_xen_console *con, const char *s)
{
	while (*s)
		previrt_xen_console_putc(con, *s++);
}

static void __init previrt_xen_pv_puthex(struct previrt_xen_console *con, unsigned long v)
{
	int shift;

	previrt_xen_pv_puts(con, "0x");
	for (shift = 60; shift >= 0; shift -= 4)
		previrt_xen_console_putc(con, "0123456789abcdef"[(v >> shift) & 0xf]);
}

/**
 * previrt_xen_pv_start - the C entry of a Xen PV guest
 * @si:	Xen's start_info
 *
 * Does not return: the domain ends.
 */
asmlinkage __visible void __init __noreturn previrt_xen_pv_start(struct start_info *si)
{
	const unsigned long *m2p = (const unsigned long *)MACH2PHYS_VIRT_START;
	struct previrt_xen_console con = { .evtchn = si->console.domU.evtchn };
	unsigned long pfn;

	previrt_xen_use_syscall();
	/* The console page is in the initial mapping, at its pseudo-physical address. */
	pfn = m2p[si->console.domU.mfn];
	con.ring = (struct xencons_interface *)(__START_KERNEL_map + PFN_PHYS(pfn));

	previrt_xen_pv_puts(&con, "previrt: xen-pv: entered as a Xen PV guest (");
	previrt_xen_pv_puts(&con, si->magic);
	previrt_xen_pv_puts(&con, ", ");
	previrt_xen_pv_puthex(&con, si->nr_pages);
	previrt_xen_pv_puts(&con, " pages, start_info at ");
	previrt_xen_pv_puthex(&con, (unsigned long)si);
	previrt_xen_pv_puts(&con, ")\n");
	previrt_xen_pv_puts(&con, "previrt: xen-pv: this kernel has no Xen PV runtime yet;");
	previrt_xen_pv_puts(&con, " powering the domain off\n");
	previrt_xen_console_notify(&con);
	previrt_xen_shutdown(SHUTDOWN_poweroff);
	/* Only a failed hypercall gets here: Xen crashes a domain that faults. */
	for (;;)
		previrt_xen_shutdown(SHUTDOWN_crash);
}
