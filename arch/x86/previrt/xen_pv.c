// SPDX-License-Identifier: GPL-2.0
/*
 * The previrt kernel as a Xen PV guest: the entry.
 *
 * Xen's PV loader takes vmlinux by its ELF notes (xen_pv_head.S) and enters
 * previrt_xen_pv_start() at CPL 3 with the kernel, start_info and the PV
 * console page mapped at the kernel map's base plus their pseudo-physical
 * addresses, on init_task's stack (xen_pv_head.S switched to it).
 *
 * What runs here follows the boot order of plans/xen-pv-p1-p2.md, in
 * stages.  "entry": the kernel's GS base, .bss cleared, the Xen features,
 * the machine-to-physical table, and callbacks that report an unexpected
 * event or failsafe return instead of letting Xen crash the domain at
 * address 0.  "early": the early patch pass with the runtime "xen-pv"
 * (interrupt flag, cpuid, CR3, page-table values, hlt, swapgs) and a
 * self-test through sites of this file.  "traps": the kernel's early
 * handlers through Xen's trap table.  "pagetables": the kernel's own page
 * tables take over from Xen's.  Then x86_64_start_reservations(), and in
 * setup_arch() the runtime's hooks: "arch_setup", "memory_setup",
 * "pagetable_init", "setup_arch"; after it "percpu" (the per-CPU GDT
 * given to Xen, the boot CPU's vcpu_info registered), "init_irq",
 * "events" (shared_info mapped, Xen's event callback into the native
 * interrupt entry), "timer" (Xen's one-shot timer ticks) and "initcalls"
 * (all of them done, a sleep ends).  What comes after that (user page
 * tables, the syscall entry and MSRs, a process's LDT, user space, more
 * vCPUs) does not exist yet.
 * previrt_xen_pv_stop=STAGE on the command line ends the domain after
 * STAGE, saying so, for the harness.
 *
 * Built without stack protector and tracing: nothing is set up.  Only the
 * hypercalls of xen.c (in their PV form, syscall) and plain memory accesses
 * run here; every hypercall's result is checked, and a failure is printed
 * with the operation and ends the domain.
 */
#include <linux/console.h>
#include <linux/init.h>
#include <linux/instrumentation.h>
#include <linux/interrupt.h>
#include <linux/irq.h>
#include <linux/delay.h>
#include <linux/jiffies.h>
#include <linux/kernel_stat.h>
#include <linux/irqflags.h>
#include <linux/kernel.h>
#include <linux/linkage.h>
#include <linux/memblock.h>
#include <linux/percpu.h>
#include <linux/pfn.h>
#include <linux/pgtable.h>
#include <linux/previrt.h>
#include <linux/processor.h>
#include <linux/smp.h>
#include <linux/string.h>
#include <linux/vmalloc.h>
#include <asm/acpi.h>
#include <asm/apic.h>
#include <asm/cmdline.h>
#include <asm/desc.h>
#include <asm/e820/api.h>
#include <asm/early_ioremap.h>
#include <asm/hypervisor.h>
#include <asm/hw_irq.h>
#include <asm/idtentry.h>
#include <asm/insn.h>
#include <asm/pgtable_64.h>
#include <asm/msr.h>
#include <asm/numa.h>
#include <asm/page_types.h>
#include <asm/previrt.h>
#include <asm/previrt_xen.h>
#include <asm/sections.h>
#include <asm/setup.h>
#include <asm/special_insns.h>
#include <asm/text-patching.h>
#include <asm/x86_init.h>
#include <asm/tlbflush.h>
#include <asm/trapnr.h>
#include <asm/xen/interface.h>
#include <xen/interface/callback.h>
#include <xen/interface/features.h>
#include <xen/interface/memory.h>
#include <xen/interface/physdev.h>
#include <xen/interface/sched.h>
#include <xen/interface/vcpu.h>
#include <xen/interface/xen.h>

#include "../kernel/cpu/cpu.h"

asmlinkage __visible void __init previrt_xen_pv_start(struct start_info *si);
asmlinkage __visible void __noreturn
previrt_xen_pv_unexpected(unsigned long what, unsigned long rip);

/* The stages of the boot order, in order; previrt_xen_pv_stop= names one. */
enum previrt_xen_pv_stage {
	PREVIRT_XEN_PV_ENTRY,
	PREVIRT_XEN_PV_EARLY,
	PREVIRT_XEN_PV_TRAPS,
	PREVIRT_XEN_PV_PAGETABLES,
	PREVIRT_XEN_PV_ARCH_SETUP,
	PREVIRT_XEN_PV_MEMORY_SETUP,
	PREVIRT_XEN_PV_PAGETABLE_INIT,
	PREVIRT_XEN_PV_SETUP_ARCH,
	PREVIRT_XEN_PV_PERCPU,
	PREVIRT_XEN_PV_INIT_IRQ,
	PREVIRT_XEN_PV_EVENTS,
	PREVIRT_XEN_PV_TIMER,
	PREVIRT_XEN_PV_INITCALLS,
	PREVIRT_XEN_PV_NR_STAGES,
};

static const char *const previrt_xen_pv_stages[] __initconst = {
	[PREVIRT_XEN_PV_ENTRY] = "entry",
	[PREVIRT_XEN_PV_EARLY] = "early",
	[PREVIRT_XEN_PV_TRAPS] = "traps",
	[PREVIRT_XEN_PV_PAGETABLES] = "pagetables",
	[PREVIRT_XEN_PV_ARCH_SETUP] = "arch_setup",
	[PREVIRT_XEN_PV_MEMORY_SETUP] = "memory_setup",
	[PREVIRT_XEN_PV_PAGETABLE_INIT] = "pagetable_init",
	[PREVIRT_XEN_PV_SETUP_ARCH] = "setup_arch",
	[PREVIRT_XEN_PV_PERCPU] = "percpu",
	[PREVIRT_XEN_PV_INIT_IRQ] = "init_irq",
	[PREVIRT_XEN_PV_EVENTS] = "events",
	[PREVIRT_XEN_PV_TIMER] = "timer",
	[PREVIRT_XEN_PV_INITCALLS] = "initcalls",
};

/*
 * The interrupt flag of each vCPU: the upcall mask of its vcpu_info, set
 * (interrupts off) until the kernel enables them.  Until the per-CPU areas
 * exist Xen does not know this copy: its own mask for the vCPU, in
 * shared_info, stays set, and no event is delivered.  Then
 * previrt_xen_pv_prepare_boot_cpu() registers the boot CPU's copy with Xen
 * (VCPUOP_register_vcpu_info), which from then on raises its pending flag,
 * honours its mask and keeps its pvclock.
 */
DEFINE_PER_CPU_ALIGNED(struct vcpu_info, previrt_xen_pv_vcpu) = {
	.evtchn_upcall_mask = 1,
};

/* Xen's iret frame of a return to user mode from the ESPFIX64 stack. */
DEFINE_PER_CPU(u64, previrt_xen_pv_iret_frame[9]);

/* Set by the sti of "sti; hlt", for the hlt: block with events unmasked. */
DEFINE_PER_CPU(u8, previrt_xen_pv_idle);

/*
 * The pseudo-physical address of the page table each vCPU runs on: what
 * the kernel reads as CR3.  Xen's CR3 holds a machine address.
 */
static DEFINE_PER_CPU(unsigned long, previrt_xen_pv_cr3);

/*
 * Xen's physical-to-machine list (one machine frame per pseudo-physical
 * frame of the domain, start_info.mfn_list) and its read-only
 * machine-to-physical table (every machine frame of the host).
 */
static const unsigned long *previrt_xen_pv_p2m __ro_after_init;
static unsigned long previrt_xen_pv_nr_pages __ro_after_init;
static const unsigned long *previrt_xen_pv_m2p __ro_after_init;
static unsigned long previrt_xen_pv_max_mfn __ro_after_init;

/* A P2M entry without a machine frame, as asm/xen/page.h says (CONFIG_XEN). */
#define PREVIRT_XEN_PV_INVALID_MFN	(~0UL)

/*
 * Data, not .bss: the console is set before .bss is cleared, and the
 * callbacks use it after init (an unexpected event can come at any time).
 */
static struct previrt_xen_console previrt_xen_pv_con __section(".data");
static int previrt_xen_pv_stop __initdata = -1;
/* The kernel came in through the PV entry. */
static bool previrt_xen_pv_booted __initdata;

static void previrt_xen_pv_puts(const char *s)
{
	while (*s)
		previrt_xen_console_putc(&previrt_xen_pv_con, *s++);
}

static __printf(1, 2) void previrt_xen_pv_printf(const char *fmt, ...)
{
	char buf[160];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(buf, sizeof(buf), fmt, ap);
	va_end(ap);
	previrt_xen_pv_puts(buf);
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

/* A hypercall failed: say which, with Xen's result, and crash. */
static void __noreturn previrt_xen_pv_failed(const char *op, long ret)
{
	previrt_xen_pv_printf("previrt: xen-pv: %s failed: %ld\n", op, ret);
	previrt_xen_pv_end(SHUTDOWN_crash);
}

/*
 * A hypercall with up to four arguments, for the thunks' C functions,
 * which may run in noinstr code (xen.c's previrt_xen_hypercall() is
 * instrumentable and takes three).
 */
static __always_inline long
previrt_xen_pv_hypercall(unsigned int op, unsigned long a1, unsigned long a2, unsigned long a3,
			 unsigned long a4)
{
	register unsigned long r10 asm("r10") = a4;
	long ret;

	asm volatile("call previrt_xen_hypercall_pv"
		     : "=a" (ret), "+D" (a1), "+S" (a2), "+d" (a3), "+r" (r10),
		       ASM_CALL_CONSTRAINT
		     : "0" ((unsigned long)op)
		     : "rcx", "r11", "r8", "memory");
	return ret;
}

/* One MMUEXT operation: 0, or Xen's error (-EINVAL if Xen did not do it). */
static __always_inline long previrt_xen_pv_mmuext_one(struct mmuext_op *op)
{
	unsigned int done = 0;
	long ret;

	ret = previrt_xen_pv_hypercall(__HYPERVISOR_mmuext_op, (unsigned long)op, 1,
				       (unsigned long)&done, DOMID_SELF);
	return ret ? ret : done == 1 ? 0 : -EINVAL;
}

/**
 * previrt_xen_pv_make - an entry's pseudo-physical frame made machine
 * @val:	the entry as the kernel built it (__pte() and the other levels)
 *
 * A present entry gets the machine frame of its frame, or becomes empty
 * if the frame is not the domain's; the flags stay.
 *
 * Return: the entry as Xen reads it.
 */
asmlinkage __visible noinstr u64 previrt_xen_pv_make(u64 val)
{
	unsigned long pfn = (val & PTE_PFN_MASK) >> PAGE_SHIFT;
	unsigned long mfn;

	if (!(val & _PAGE_PRESENT))
		return val;
	if (pfn >= previrt_xen_pv_nr_pages)
		return 0;
	mfn = previrt_xen_pv_p2m[pfn];
	if (mfn == PREVIRT_XEN_PV_INVALID_MFN)
		return 0;
	return (val & ~PTE_PFN_MASK) | ((mfn << PAGE_SHIFT) & PTE_PFN_MASK);
}

/**
 * previrt_xen_pv_val - an entry's machine frame made pseudo-physical
 * @val:	the entry as Xen reads it (pte_val() and the other levels)
 *
 * A machine frame that is not the domain's (the M2P and P2M disagree)
 * reads as the highest frame number, which no memory has.  The M2P has
 * holes where the host has no memory, and reading one faults; the
 * kernel's entries hold only the domain's own frames until foreign and
 * I/O mappings come, which will need a read with an exception-table
 * fixup (pv-ops: xen_safe_read_ulong()).
 *
 * Return: the entry as the kernel expects it.
 */
asmlinkage __visible noinstr u64 previrt_xen_pv_val(u64 val)
{
	unsigned long mfn = (val & PTE_PFN_MASK) >> PAGE_SHIFT;
	unsigned long pfn = PTE_PFN_MASK >> PAGE_SHIFT;

	if (!(val & _PAGE_PRESENT))
		return val;
	if (mfn < previrt_xen_pv_max_mfn) {
		unsigned long p = previrt_xen_pv_m2p[mfn];

		if (p < previrt_xen_pv_nr_pages && previrt_xen_pv_p2m[p] == mfn)
			pfn = p;
	}
	return (val & ~PTE_PFN_MASK) | (pfn << PAGE_SHIFT);
}

static unsigned long previrt_xen_pv_user_baseptr(unsigned long pfn);
static u64 *previrt_xen_pv_user_entry(unsigned long ptr);

/**
 * previrt_xen_pv_write_cr3 - what a CR3 write site does
 * @cr3:	the pseudo-physical address of the new top-level table
 *
 * Xen switches to the machine frame of the table (MMUEXT_NEW_BASEPTR,
 * which also flushes the TLB, as a CR3 write does) and, for the return to
 * user mode, to the mm's user table (MMUEXT_NEW_USER_BASEPTR; none for
 * init_top_pgt).  A table Xen has not seen yet is pinned first.  CR3
 * reads return @cr3 from then on.  A refusal ends the domain: the kernel
 * would run on the wrong tables.
 */
asmlinkage __visible noinstr void previrt_xen_pv_write_cr3(unsigned long cr3)
{
	unsigned long pfn = (cr3 & CR3_ADDR_MASK) >> PAGE_SHIFT;
	struct mmuext_op op[2] = {
		{ .cmd = MMUEXT_NEW_BASEPTR },
		{ .cmd = MMUEXT_NEW_USER_BASEPTR },
	};
	unsigned int done = 0;
	long ret = -EINVAL;

	if (pfn < previrt_xen_pv_nr_pages) {
		op[0].arg1.mfn = previrt_xen_pv_p2m[pfn];
		instrumentation_begin();
		op[1].arg1.mfn = previrt_xen_pv_user_baseptr(pfn);
		instrumentation_end();
		ret = previrt_xen_pv_hypercall(__HYPERVISOR_mmuext_op, (unsigned long)op, 2,
					       (unsigned long)&done, DOMID_SELF);
		if (!ret && done != 2)
			ret = -EINVAL;
	}
	if (ret) {
		instrumentation_begin();
		previrt_xen_pv_printf("previrt: xen-pv: CR3 write of %#lx (%u of 2 done):\n",
				      cr3, done);
		previrt_xen_pv_failed("MMUEXT_NEW_BASEPTR, MMUEXT_NEW_USER_BASEPTR", ret);
	}
	raw_cpu_write(previrt_xen_pv_cr3, cr3);
}

/*
 * The last trap a trap stub passed on, for the report of a halt with
 * events masked (early_fixup_exception() halts on a fault it cannot fix,
 * and nothing prints before the console exists).
 */
/* The TSC frequency Xen gives the guest, in kHz. */
static u32 previrt_xen_pv_tsc_khz __ro_after_init;

static u8 previrt_xen_pv_last_vector __section(".data") = 0xff;
static unsigned long previrt_xen_pv_last_rip __section(".data");

/**
 * previrt_xen_pv_halt - what a hlt site does
 * @ret:	the return address of the site's call
 *
 * After the sti of "sti; hlt", and with events unmasked, the vCPU blocks
 * until one is pending: SCHEDOP_block unmasks them and checks for a
 * pending one in one step, and the event is delivered on the way back.
 * With events masked nothing can end the halt: that is a kernel that
 * stopped on purpose (an early fault it could not fix, a panic), so say
 * where and end the domain.
 */
asmlinkage __visible noinstr void previrt_xen_pv_halt(unsigned long ret)
{
	long rc = 0;

	if (raw_cpu_read(previrt_xen_pv_idle) ||
	    !raw_cpu_read(previrt_xen_pv_vcpu.evtchn_upcall_mask)) {
		raw_cpu_write(previrt_xen_pv_idle, 0);
		rc = previrt_xen_pv_hypercall(__HYPERVISOR_sched_op, SCHEDOP_block, 0, 0, 0);
		if (!rc)
			return;
	}
	instrumentation_begin();
	if (raw_cpu_read(previrt_xen_pv_vcpu.evtchn_upcall_mask)) {
		previrt_xen_pv_printf("previrt: xen-pv: halted with events masked at %#lx",
				      ret - CALL_INSN_SIZE);
		if (previrt_xen_pv_last_vector != 0xff)
			previrt_xen_pv_printf(", last trap %#x at %#lx", previrt_xen_pv_last_vector,
					      previrt_xen_pv_last_rip);
		previrt_xen_pv_puts("\n");
		previrt_xen_pv_end(SHUTDOWN_crash);
	}
	previrt_xen_pv_failed("SCHEDOP_block", rc);
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
	previrt_xen_pv_printf("previrt: xen-pv: %s at %#lx\n", what == CALLBACKTYPE_event ?
			      "unexpected event upcall" : "failsafe callback", rip);
	previrt_xen_pv_end(SHUTDOWN_crash);
}

/* End the domain, saying so, if previrt_xen_pv_stop= named @stage. */
static void __init previrt_xen_pv_reached(enum previrt_xen_pv_stage stage)
{
	if (previrt_xen_pv_stop != stage)
		return;
	previrt_xen_pv_printf("previrt: xen-pv: stopped at %s (previrt_xen_pv_stop=)\n",
			      previrt_xen_pv_stages[stage]);
	previrt_xen_pv_end(SHUTDOWN_poweroff);
}

/* Read from start_info at entry; known to the kernel's parser too. */
static int __init previrt_xen_pv_stop_setup(char *s)
{
	return 1;
}
__setup("previrt_xen_pv_stop=", previrt_xen_pv_stop_setup);

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

/* Stubs */

/* The stub area of xen_pv_head.S, filled from the front, never freed. */
static u8 *previrt_xen_pv_stub_next = previrt_xen_pv_stubs;

/* The largest stub: a trap stub, or a site stub around a 15-byte store. */
#define PREVIRT_XEN_PV_STUB_MAX	64

/*
 * Room for a stub of up to PREVIRT_XEN_PV_STUB_MAX bytes, or NULL when the
 * area is full.  The caller builds the stub in a buffer and copies it with
 * previrt_xen_pv_stub_commit(): the text is writable until the handover
 * of the page tables (and mark_rodata_ro() later needs text_poke()).
 */
static u8 *previrt_xen_pv_stub_alloc(void)
{
	if (previrt_xen_pv_stub_next + PREVIRT_XEN_PV_STUB_MAX > previrt_xen_pv_stubs_end)
		return NULL;
	return previrt_xen_pv_stub_next;
}

static void previrt_xen_pv_stub_commit(u8 *stub, const u8 *buf, unsigned int len)
{
	/* Kernel text is read-only from mark_readonly() on: a module's stubs. */
	if (system_state < SYSTEM_FREEING_INITMEM)
		memcpy(stub, buf, len);
	else
		text_poke_copy(stub, buf, len);
	previrt_xen_pv_stub_next = PTR_ALIGN(stub + len, 16);
}

/* @target relative to @end, the end of the instruction that refers to it. */
static s32 previrt_xen_pv_rel32(const void *target, const u8 *end)
{
	return (long)target - (long)end;
}

/* jmp or call rel32 at @buf + *@n, which will run at @ip + *@n. */
static void previrt_xen_pv_branch(u8 *buf, unsigned int *n, u8 *ip, u8 opcode,
				  const void *target)
{
	__text_gen_insn(buf + *n, opcode, ip + *n, target, JMP32_INSN_SIZE);
	*n += JMP32_INSN_SIZE;
}

/* Trap table */

/* Xen pushes an error code for these, as the CPU does. */
#define PREVIRT_XEN_PV_ERRCODE	(BIT(X86_TRAP_DF) | BIT(X86_TRAP_TS) | BIT(X86_TRAP_NP) | \
				 BIT(X86_TRAP_SS) | BIT(X86_TRAP_GP) | BIT(X86_TRAP_PF) | \
				 BIT(X86_TRAP_AC) | BIT(X86_TRAP_CP))

/* Per vector: the handler of its trap stub, and the stub. */
static unsigned long previrt_xen_pv_trap_handler[IDT_ENTRIES];
static u8 *previrt_xen_pv_trap_stub[IDT_ENTRIES];

/*
 * The stub Xen enters for @vector: it pops the %rcx and %r11 that Xen
 * saved below the frame (pv-ops' xen_early_idt_handler_array does the
 * same), puts __KERNEL_CS into a kernel frame (Xen's says 0xe030, and
 * early_fixup_exception(), among others, checks for __KERNEL_CS),
 * records vector and RIP, and jumps to the handler of the gate.
 */
static u8 *previrt_xen_pv_make_trap_stub(unsigned int vector, unsigned long handler)
{
	bool ec = vector < 32 && (PREVIRT_XEN_PV_ERRCODE & BIT(vector));
	u8 rip = ec ? 8 : 0, cs = rip + 8;
	/* testb $3, cs(%rsp); jnz 1f; movq $__KERNEL_CS, cs(%rsp); 1: */
	const u8 fix_cs[] = { 0xf6, 0x44, 0x24, cs, 0x03, 0x75, 0x09,
			      0x48, 0xc7, 0x44, 0x24, cs, __KERNEL_CS, 0, 0, 0 };
	/* pushq rip(%rsp); popq <disp32>(%rip) */
	const u8 push_rip[] = { 0xff, 0x74, 0x24, rip, 0x8f, 0x05 };
	u8 *stub = previrt_xen_pv_stub_alloc();
	u8 buf[PREVIRT_XEN_PV_STUB_MAX];
	unsigned int n = 0;
	s32 disp;

	if (!stub)
		return NULL;
	buf[n++] = 0x59;				/* pop %rcx */
	buf[n++] = 0x41;				/* pop %r11 */
	buf[n++] = 0x5b;
	memcpy(buf + n, fix_cs, sizeof(fix_cs));
	n += sizeof(fix_cs);
	/* movb $vector, previrt_xen_pv_last_vector(%rip) */
	buf[n++] = 0xc6;
	buf[n++] = 0x05;
	disp = previrt_xen_pv_rel32(&previrt_xen_pv_last_vector, stub + n + 5);
	memcpy(buf + n, &disp, sizeof(disp));
	n += sizeof(disp);
	buf[n++] = vector;
	memcpy(buf + n, push_rip, sizeof(push_rip));
	n += sizeof(push_rip);
	disp = previrt_xen_pv_rel32(&previrt_xen_pv_last_rip, stub + n + 4);
	memcpy(buf + n, &disp, sizeof(disp));
	n += sizeof(disp);
	previrt_xen_pv_branch(buf, &n, stub, JMP32_INSN_OPCODE, (void *)handler);
	previrt_xen_pv_stub_commit(stub, buf, n);
	return stub;
}

/*
 * The trap-table entry of IDT gate @g for @vector, or false if the gate is
 * not present.  As pv-ops' cvt_gate_to_trap(): the gate's DPL says who may
 * raise it with int, an interrupt gate masks events.
 */
static bool previrt_xen_pv_gate(unsigned int vector, const gate_desc *g, struct trap_info *ti)
{
	unsigned long handler = gate_offset(g);

	if (!g->bits.p)
		return false;
	if (previrt_xen_pv_trap_handler[vector] != handler) {
		/* #GP first through the filter of the MSR writes Xen refuses. */
		bool gp = vector == X86_TRAP_GP &&
			  handler == (unsigned long)asm_exc_general_protection;
		u8 *stub = previrt_xen_pv_make_trap_stub(vector, gp ?
				(unsigned long)previrt_xen_pv_gp_filter : handler);

		if (!stub) {
			previrt_xen_pv_puts("previrt: xen-pv: no room for a trap stub\n");
			previrt_xen_pv_end(SHUTDOWN_crash);
		}
		previrt_xen_pv_trap_stub[vector] = stub;
		previrt_xen_pv_trap_handler[vector] = handler;
	}
	ti->vector = vector;
	ti->flags = g->bits.dpl | (g->bits.type == GATE_INTERRUPT ? 4 : 0);
	ti->cs = FLAT_KERNEL_CS;
	ti->address = (unsigned long)previrt_xen_pv_trap_stub[vector];
	return true;
}

/* What lidt loaded last: IDT writes there change the trap table. */
static struct desc_ptr previrt_xen_pv_idt;
static struct trap_info previrt_xen_pv_traps[IDT_ENTRIES + 1];

static void previrt_xen_pv_set_traps(const struct trap_info *traps, const char *op)
{
	long ret = previrt_xen_pv_hypercall(__HYPERVISOR_set_trap_table,
					    (unsigned long)traps, 0, 0, 0);

	if (ret)
		previrt_xen_pv_failed(op, ret);
}

/**
 * previrt_xen_pv_lidt - what a lidt site does
 * @dtr:	the IDT descriptor lidt would load
 *
 * Xen has no IDT for a PV guest, but a trap table: it gets every present
 * gate of the new IDT, each pointing to a trap stub of its vector, and
 * forgets those of the old one.
 */
asmlinkage __visible void previrt_xen_pv_lidt(const struct desc_ptr *dtr)
{
	unsigned int v, n = 0, nr = min_t(unsigned int, (dtr->size + 1) / sizeof(gate_desc),
					  IDT_ENTRIES);
	const gate_desc *idt = (const gate_desc *)dtr->address;

	for (v = 0; v < nr; v++)
		n += previrt_xen_pv_gate(v, &idt[v], &previrt_xen_pv_traps[n]);
	previrt_xen_pv_traps[n].address = 0;
	previrt_xen_pv_set_traps(NULL, "set_trap_table (clear)");
	previrt_xen_pv_set_traps(previrt_xen_pv_traps, "set_trap_table");
	previrt_xen_pv_idt = *dtr;
}

/**
 * previrt_xen_pv_idt_write - what an IDT write site does after its store
 * @addr:	where the store wrote
 *
 * A gate is two stores, its high quadword last (native_write_idt_entry());
 * when that one lands in the loaded IDT, Xen gets the gate's vector anew.
 */
asmlinkage __visible void previrt_xen_pv_idt_write(unsigned long addr)
{
	unsigned long off = addr - previrt_xen_pv_idt.address;
	struct trap_info ti[2] = { };
	unsigned int v = off / sizeof(gate_desc);

	if (!previrt_xen_pv_idt.address || off > previrt_xen_pv_idt.size ||
	    off % sizeof(gate_desc) != sizeof(u64))
		return;
	if (previrt_xen_pv_gate(v, (const gate_desc *)previrt_xen_pv_idt.address + v, &ti[0]))
		previrt_xen_pv_set_traps(ti, "set_trap_table (one vector)");
}

/* Memory management */

/* The machine address of the kernel virtual address @va (direct or kernel map). */
static u64 previrt_xen_pv_maddr(unsigned long va)
{
	unsigned long pa = __pa(va);

	if (PFN_DOWN(pa) >= previrt_xen_pv_nr_pages)
		return 0;
	return PFN_PHYS((u64)previrt_xen_pv_p2m[PFN_DOWN(pa)]) | offset_in_page(pa);
}

/**
 * previrt_xen_pv_set - what an upper-level entry store does (PMD to PGD)
 * @ptr:	the entry
 * @val:	the new value, with a machine frame (the value sites made it)
 *
 * Through Xen always: the table may be pinned or read-only as part of
 * one, and Xen validates what the entry points to.  A plain page gets a
 * plain write from Xen.
 */
asmlinkage __visible void previrt_xen_pv_set(unsigned long ptr, u64 val)
{
	struct mmu_update u = {
		.ptr = previrt_xen_pv_maddr(ptr) | MMU_NORMAL_PT_UPDATE,
		.val = val,
	};
	unsigned int done = 0;
	long ret = -EINVAL;

	if (u.ptr)
		ret = previrt_xen_pv_hypercall(__HYPERVISOR_mmu_update, (unsigned long)&u, 1,
					       (unsigned long)&done, DOMID_SELF);
	if (ret || done != 1) {
		previrt_xen_pv_printf("previrt: xen-pv: entry %#lx = %#llx:\n", ptr, val);
		previrt_xen_pv_failed("mmu_update", ret ? ret : -EINVAL);
	}
}

/**
 * previrt_xen_pv_set_top - what a top-level entry store does (P4D, PGD)
 * @ptr:	the entry
 * @val:	the new value, with a machine frame
 *
 * As previrt_xen_pv_set(), and an entry of the user half goes into the
 * mm's user table too, in the same hypercall (Xen PV has no LA57: P4D
 * stores are into the pgd).
 */
asmlinkage __visible void previrt_xen_pv_set_top(unsigned long ptr, u64 val)
{
	u64 *user = previrt_xen_pv_user_entry(ptr);
	u64 user_ma = user ? previrt_xen_pv_maddr((unsigned long)user) : 0;
	struct mmu_update u[2] = {
		{ .ptr = previrt_xen_pv_maddr(ptr) | MMU_NORMAL_PT_UPDATE, .val = val },
		{ .ptr = user_ma ? user_ma | MMU_NORMAL_PT_UPDATE : 0, .val = val },
	};
	unsigned int n = user ? 2 : 1, done = 0;
	long ret = -EINVAL;

	if (u[0].ptr && (!user || u[1].ptr))
		ret = previrt_xen_pv_hypercall(__HYPERVISOR_mmu_update, (unsigned long)u, n,
					       (unsigned long)&done, DOMID_SELF);
	if (ret || done != n) {
		previrt_xen_pv_printf("previrt: xen-pv: top-level entry %#lx%s = %#llx:\n", ptr,
				      user ? " and its user table's" : "", val);
		previrt_xen_pv_failed("mmu_update", ret ? ret : -EINVAL);
	}
}

/* @va, a mapping of machine frame @mfn, read-only or writable. */
static void previrt_xen_pv_map_mfn(unsigned long va, unsigned long mfn, bool ro, const char *op)
{
	u64 pte = PFN_PHYS((u64)mfn) |
		  (pgprot_val(ro ? PAGE_KERNEL_RO : PAGE_KERNEL) & __supported_pte_mask);
	long ret;

	ret = previrt_xen_pv_hypercall(__HYPERVISOR_update_va_mapping, va, pte, UVMF_INVLPG, 0);
	if (ret) {
		previrt_xen_pv_printf("previrt: xen-pv: %#lx (mfn %#lx):\n", va, mfn);
		previrt_xen_pv_failed(op, ret);
	}
}

/* @va, a mapping of @pfn, made read-only (a page table, a GDT) or writable. */
static void previrt_xen_pv_map(unsigned long va, unsigned long pfn, bool ro, const char *op)
{
	if (pfn >= previrt_xen_pv_nr_pages) {
		previrt_xen_pv_printf("previrt: xen-pv: %#lx (pfn %#lx):\n", va, pfn);
		previrt_xen_pv_failed(op, -EINVAL);
	}
	previrt_xen_pv_map_mfn(va, previrt_xen_pv_p2m[pfn], ro, op);
}

/* The direct map of @pfn, read-only or writable again. */
static void previrt_xen_pv_protect(unsigned long pfn, bool ro, const char *op)
{
	previrt_xen_pv_map((unsigned long)__va(PFN_PHYS(pfn)), pfn, ro, op);
}

/*
 * The page tables of an mm other than init_mm (plans/xen-pv-p3.md,
 * section 1, after pv-ops' mmu_pv.c): they are ordinary writable memory
 * until the mm is first loaded into CR3; then the whole tree becomes
 * read-only and Xen pins its top level (validating every table under it),
 * and from then on a new table of the mm is made read-only when it is
 * allocated, and PTE stores are Xen's writable-page-table emulation.
 * PagePinned() on the pgd's page says which mm is pinned.  init_mm's tables
 * are pinned since the handover.
 *
 * A 64-bit PV guest also needs a second top-level table per mm, for user
 * mode, where Xen maps only the user half (Xen refuses a return to user
 * mode without one): PGD_ALLOC gives each mm that table (in page->private
 * of the pgd's page, as pv-ops does), P4D and PGD stores into the user
 * half go to both, and CR3 writes load it with MMUEXT_NEW_USER_BASEPTR.
 */

/* Set by the first PGD_ALLOC: struct pages exist, user tables may. */
static bool previrt_xen_pv_user_pgds;
/* How many mms were pinned, for the checks. */
static unsigned long previrt_xen_pv_pins;

/* The top-level user half (pgd entries below the kernel's). */
#define PREVIRT_XEN_PV_USER_PTRS	(PTRS_PER_PGD / 2)

static bool previrt_xen_pv_mm_pinned(struct mm_struct *mm)
{
	return mm == &init_mm || PagePinned(virt_to_page(mm->pgd));
}

/**
 * previrt_xen_pv_alloc - what a hook "a page becomes a page table" does
 * @mm:		the mm
 * @pfn:	the page
 *
 * Xen takes a page as a table only without writable mappings: the direct
 * map's becomes read-only if the table is going into a pinned mm.  A page
 * of the initial region shares that entry with its kernel-map alias (the
 * L1s are shared), so both change.
 */
asmlinkage __visible void previrt_xen_pv_alloc(unsigned long mm, unsigned long pfn)
{
	if (previrt_xen_pv_mm_pinned((struct mm_struct *)mm))
		previrt_xen_pv_protect(pfn, true, "update_va_mapping (page table read-only)");
}

/**
 * previrt_xen_pv_release - what a hook "a page table is freed" does
 * @pfn:	the page, no longer linked into any table
 *
 * Writable again if it is read-only (the hook does not say which mm the
 * table was of; the tables of an mm that MM_EXIT unpinned are writable
 * already): the direct map's entry says.
 */
asmlinkage __visible void previrt_xen_pv_release(unsigned long pfn)
{
	unsigned long va = (unsigned long)__va(PFN_PHYS(pfn));
	unsigned int level;
	pte_t *pte = lookup_address(va, &level);

	if (pte && level == PG_LEVEL_4K && (pte_flags(*pte) & _PAGE_RW))
		return;
	previrt_xen_pv_protect(pfn, false, "update_va_mapping (page table writable)");
}

/**
 * previrt_xen_pv_pgd_alloc - what the hook "a PGD is set up for an mm" does
 * @mm:		the mm, whose pgd is allocated and still empty
 *
 * The mm's user top-level table.  The hook cannot fail the allocation; an
 * mm left without one gets it, or a panic, when it is first loaded.
 */
asmlinkage __visible void previrt_xen_pv_pgd_alloc(unsigned long mm)
{
	struct page *page = virt_to_page(((struct mm_struct *)mm)->pgd);

	page->private = __get_free_page(GFP_KERNEL_ACCOUNT | __GFP_ZERO);
	WRITE_ONCE(previrt_xen_pv_user_pgds, true);
}

/* The pgd's user table or NULL, if @ptr is an entry in the user half of a pgd. */
static u64 *previrt_xen_pv_user_entry(unsigned long ptr)
{
	unsigned long pfn = PFN_DOWN(ptr - PAGE_OFFSET);
	unsigned int i = offset_in_page(ptr) / sizeof(u64);
	unsigned long user;

	if (!READ_ONCE(previrt_xen_pv_user_pgds) || ptr < PAGE_OFFSET ||
	    pfn >= previrt_xen_pv_nr_pages || i >= PREVIRT_XEN_PV_USER_PTRS)
		return NULL;
	user = page_private(pfn_to_page(pfn));
	return user ? (u64 *)user + i : NULL;
}

static void previrt_xen_pv_mmuext(unsigned int cmd, unsigned long pfn, const char *op);

/*
 * The table @pfn at level @level (1: PTEs) and every table under it,
 * read-only (pinning) or writable again (unpinned).
 */
static void previrt_xen_pv_protect_tree(unsigned long pfn, int level, bool ro)
{
	const u64 *t = __va(PFN_PHYS(pfn));
	unsigned int i;

	for (i = 0; level > 1 && i < PTRS_PER_PTE; i++) {
		if (!(t[i] & _PAGE_PRESENT) || (t[i] & _PAGE_PSE))
			continue;
		previrt_xen_pv_protect_tree(PHYS_PFN(previrt_xen_pv_val(t[i]) & PTE_PFN_MASK),
					    level - 1, ro);
	}
	previrt_xen_pv_protect(pfn, ro, ro ? "update_va_mapping (pinning a page table)" :
				"update_va_mapping (unpinned page table writable)");
}

/* Every table under the user half of the pgd at @pgd, read-only or writable. */
static void previrt_xen_pv_protect_user_half(const u64 *pgd, bool ro)
{
	unsigned int i;

	for (i = 0; i < PREVIRT_XEN_PV_USER_PTRS; i++)
		if (pgd[i] & _PAGE_PRESENT)
			previrt_xen_pv_protect_tree(PHYS_PFN(previrt_xen_pv_val(pgd[i]) &
							     PTE_PFN_MASK), 3, ro);
}

/*
 * The pinned mm of the pgd at @pgd unpinned: Xen lets go of the pgd and
 * its user table, and every table under the user half, the pgd and the
 * user table become writable again.  The pgd must not be in CR3.
 */
static void previrt_xen_pv_unpin(unsigned long pgd)
{
	struct page *page = virt_to_page(pgd);
	unsigned long user = page_private(page);

	previrt_xen_pv_mmuext(MMUEXT_UNPIN_TABLE, PFN_DOWN(__pa(pgd)), "MMUEXT_UNPIN_TABLE (pgd)");
	if (user)
		previrt_xen_pv_mmuext(MMUEXT_UNPIN_TABLE, PFN_DOWN(__pa(user)),
				      "MMUEXT_UNPIN_TABLE (user pgd)");
	previrt_xen_pv_protect_user_half((const u64 *)pgd, false);
	previrt_xen_pv_protect(PFN_DOWN(__pa(pgd)), false, "update_va_mapping (pgd writable)");
	if (user)
		previrt_xen_pv_protect(PFN_DOWN(__pa(user)), false,
				       "update_va_mapping (user pgd writable)");
	ClearPagePinned(page);
}

/**
 * previrt_xen_pv_mm_exit - what the hook "an mm is torn down" does
 * @mm:		the mm, whose mappings and tables are about to go
 *
 * Unpinned first, as pv-ops' xen_exit_mmap(): the teardown's stores
 * into its tables are then plain stores, not faults that Xen emulates
 * one by one.  Xen unpins only a table that is not in use: this vCPU
 * leaves the mm for init_mm if it still has it loaded (lazily: an exiting
 * task's mm stays in CR3 until the next switch).  One vCPU: no other can
 * have it loaded.
 */
asmlinkage __visible void previrt_xen_pv_mm_exit(unsigned long mm)
{
	struct mm_struct *m = (struct mm_struct *)mm;

	if (!PagePinned(virt_to_page(m->pgd)))
		return;
	if (this_cpu_read(cpu_tlbstate.loaded_mm) == m)
		leave_mm(smp_processor_id());
	previrt_xen_pv_unpin((unsigned long)m->pgd);
}

/**
 * previrt_xen_pv_pgd_free - what the hook "a PGD is freed" does
 * @mm:		the mm
 * @pgd:	its pgd; the tables under the user half are freed already
 *
 * Unpinned and writable again if MM_EXIT did not unpin it, with the user
 * table, which is freed.
 */
asmlinkage __visible void previrt_xen_pv_pgd_free(unsigned long mm, unsigned long pgd)
{
	struct page *page = virt_to_page(pgd);
	unsigned long user = page_private(page);

	if (PagePinned(page))
		previrt_xen_pv_unpin(pgd);
	if (user) {
		set_page_private(page, 0);
		free_page(user);
	}
}

/*
 * The machine frame of the user table of the pgd at @pfn for
 * MMUEXT_NEW_USER_BASEPTR, after pinning the mm if it is the first load of
 * its pgd; 0 (none) for init_top_pgt and until mms exist.  What
 * the pin walks is the user half: the kernel half is init_mm's tables,
 * pinned already.  With 4 levels (Xen PV has no LA57) the pgd's entries
 * point to PUD pages.
 */
static unsigned long previrt_xen_pv_user_baseptr(unsigned long pfn)
{
	const u64 *pgd = __va(PFN_PHYS(pfn));
	struct page *page;
	unsigned long user;

	if (!READ_ONCE(previrt_xen_pv_user_pgds) || pfn == PFN_DOWN(__pa_symbol(init_top_pgt)))
		return 0;
	page = pfn_to_page(pfn);
	user = page_private(page);
	if (!user) {
		user = __get_free_page(GFP_ATOMIC | __GFP_ZERO);
		if (!user) {
			previrt_xen_pv_printf("previrt: xen-pv: pgd %#lx:\n", pfn);
			previrt_xen_pv_failed("no memory for the user top-level table", -ENOMEM);
		}
		memcpy((void *)user, pgd, PREVIRT_XEN_PV_USER_PTRS * sizeof(u64));
		set_page_private(page, user);
	}
	if (!PagePinned(page)) {
		previrt_xen_pv_protect_user_half(pgd, true);
		previrt_xen_pv_protect(pfn, true, "update_va_mapping (pgd read-only)");
		previrt_xen_pv_protect(PFN_DOWN(__pa(user)), true,
				       "update_va_mapping (user pgd read-only)");
		previrt_xen_pv_mmuext(MMUEXT_PIN_L4_TABLE, pfn, "MMUEXT_PIN_L4_TABLE (pgd)");
		previrt_xen_pv_mmuext(MMUEXT_PIN_L4_TABLE, PFN_DOWN(__pa(user)),
				      "MMUEXT_PIN_L4_TABLE (user pgd)");
		SetPagePinned(page);
		previrt_xen_pv_pins++;
	}
	return previrt_xen_pv_p2m[PFN_DOWN(__pa(user))];
}

/**
 * previrt_xen_pv_invlpg - what invlpg does
 * @addr:	the linear address to flush on this vCPU
 */
asmlinkage __visible void previrt_xen_pv_invlpg(unsigned long addr)
{
	struct mmuext_op op = { .cmd = MMUEXT_INVLPG_LOCAL, .arg1.linear_addr = addr };
	long ret = previrt_xen_pv_mmuext_one(&op);

	if (ret)
		previrt_xen_pv_failed("MMUEXT_INVLPG_LOCAL", ret);
}

/**
 * previrt_xen_pv_load_sp0 - what a TSS sp0 store does after the store
 * @sp0:	the stack the CPU would switch to on an entry from user mode
 *
 * Xen switches to it for the vCPU (stack_switch).  Without
 * X86_FEATURE_XENPV it is the CPU's entry stack, as natively, and the
 * entry code moves Xen's frames to the task stack as it moves the CPU's.
 */
asmlinkage __visible void previrt_xen_pv_load_sp0(unsigned long sp0)
{
	long ret = previrt_xen_pv_hypercall(__HYPERVISOR_stack_switch, __KERNEL_DS, sp0, 0, 0);

	if (ret) {
		previrt_xen_pv_printf("previrt: xen-pv: kernel stack %#lx:\n", sp0);
		previrt_xen_pv_failed("stack_switch", ret);
	}
}

/**
 * previrt_xen_pv_io_bitmap - what a TSS I/O bitmap base store does after it
 *
 * Xen checks a user-mode port access against the bitmap the guest gives
 * it (PHYSDEVOP_set_iobitmap; pv-ops: xen_update_io_bitmap()), not the
 * TSS: this CPU's TSS bitmap, or none if the base is invalid.  Ports the
 * domain has no access to read all ones and ignore writes, as in the
 * guest kernel.
 */
asmlinkage __visible void previrt_xen_pv_io_bitmap(void)
{
	struct tss_struct *tss = this_cpu_ptr(&cpu_tss_rw);
	u16 base = tss->x86_tss.io_bitmap_base;
	struct physdev_set_iobitmap io = { .nr_ports = 0 };
	long ret;

	if (base != IO_BITMAP_OFFSET_INVALID) {
		set_xen_guest_handle(io.bitmap, (u8 *)&tss->x86_tss + base);
		io.nr_ports = IO_BITMAP_BITS;
	}
	ret = previrt_xen_pv_hypercall(__HYPERVISOR_physdev_op, PHYSDEVOP_set_iobitmap,
				       (unsigned long)&io, 0, 0);
	if (ret)
		previrt_xen_pv_failed("PHYSDEVOP_set_iobitmap", ret);
}

/* Descriptor tables */

/* The frame of each CPU's GDT once Xen has it (set_gdt): read-only. */
static unsigned long previrt_xen_pv_gdt_pfn[NR_CPUS];
/* What each CPU's GDT would hold as its LDT descriptor (16 bytes). */
static u64 previrt_xen_pv_ldt_desc[NR_CPUS][2];

/**
 * previrt_xen_pv_lgdt - what an lgdt site does
 * @dtr:	the GDT descriptor lgdt would load
 *
 * Xen takes a GDT as machine frames that the guest cannot write (set_gdt;
 * pv-ops: xen_load_gdt()): the GDT's page becomes read-only in the direct
 * map, which covers the kernel map's alias in the initial region.  The
 * kernel's GDT is one page.
 */
asmlinkage __visible void previrt_xen_pv_lgdt(const struct desc_ptr *dtr)
{
	unsigned long pfn = PFN_DOWN(slow_virt_to_phys((void *)dtr->address));
	unsigned long frame = previrt_xen_pv_p2m[pfn];
	long ret;

	if (dtr->size + 1 > PAGE_SIZE || offset_in_page(dtr->address))
		previrt_xen_pv_failed("lgdt of a GDT that is not one page", -EINVAL);
	previrt_xen_pv_protect(pfn, true, "update_va_mapping (GDT read-only)");
	previrt_xen_pv_gdt_pfn[smp_processor_id()] = pfn;
	ret = previrt_xen_pv_hypercall(__HYPERVISOR_set_gdt, (unsigned long)&frame,
				       (dtr->size + 1) / sizeof(struct desc_struct), 0, 0);
	if (ret)
		previrt_xen_pv_failed("set_gdt", ret);
}

/**
 * previrt_xen_pv_gdt_write - what a GDT entry store does
 * @addr:	the entry
 * @val:	the descriptor (or its half)
 *
 * A GDT Xen has is written by Xen (update_descriptor), which refuses
 * system descriptors: the TSS and LDT entries are Xen's business for a PV
 * guest and are dropped, as pv-ops' xen_write_gdt_entry() does.  A GDT
 * not loaded yet is plain memory.
 */
asmlinkage __visible void previrt_xen_pv_gdt_write(unsigned long addr, u64 val)
{
	unsigned long pa = slow_virt_to_phys((void *)addr);
	unsigned int cpu;
	long ret;

	for_each_possible_cpu(cpu)
		if (previrt_xen_pv_gdt_pfn[cpu] == PFN_DOWN(pa))
			break;
	if (cpu >= nr_cpu_ids) {
		*(u64 *)addr = val;
		return;
	}
	/* The LDT's descriptor, two entries: kept for lldt, which Xen does. */
	if (offset_in_page(pa) == GDT_ENTRY_LDT * 8) {
		previrt_xen_pv_ldt_desc[cpu][0] = val;
		return;
	}
	if (offset_in_page(pa) == GDT_ENTRY_LDT * 8 + 8) {
		previrt_xen_pv_ldt_desc[cpu][1] = val;
		return;
	}
	/* present (bit 47) and not a code or data segment (S, bit 44) */
	if ((val & BIT_ULL(47)) && !(val & BIT_ULL(44)))
		return;
	ret = previrt_xen_pv_hypercall(__HYPERVISOR_update_descriptor,
				       previrt_xen_pv_maddr((unsigned long)__va(pa)), val, 0, 0);
	if (ret) {
		previrt_xen_pv_printf("previrt: xen-pv: descriptor %#llx at %#lx:\n", val, addr);
		previrt_xen_pv_failed("update_descriptor", ret);
	}
}

/*
 * @body, a GS-relative instruction, at the end of @len bytes with GS
 * prefixes repeated in front of it: one instruction fills the site.
 */
static bool __init_or_module previrt_xen_pv_gs_insn(u8 *buf, unsigned int len,
						    const u8 *body, unsigned int n)
{
	if (n > len || len > MAX_INSN_SIZE)
		return false;
	memset(buf, 0x65, len - n);
	memcpy(buf + len - n, body, n);
	return true;
}

/*
 * Whether a hlt site follows the sti site @site ("sti; hlt"): the hlt
 * unpatched, or patched already.
 */
static bool __init_or_module previrt_xen_pv_before_hlt(const struct previrt_site_desc *site)
{
	u8 *next = site->addr + site->len;
	u8 call[CALL_INSN_SIZE];

	if (*next == 0xf4)
		return true;
	__text_gen_insn(call, CALL_INSN_OPCODE, next, previrt_xen_pv_hlt, CALL_INSN_SIZE);
	return !memcmp(next, call, CALL_INSN_SIZE);
}

/* movb $@masked, %gs:<upcall mask> */
static bool __init_or_module previrt_xen_pv_mask_insn(u8 *buf, unsigned int len, bool masked)
{
	u32 disp = (u32)(__force unsigned long)&previrt_xen_pv_vcpu +
		   offsetof(struct vcpu_info, evtchn_upcall_mask);
	u8 body[9] = { 0x65, 0xc6, 0x04, 0x25 };

	memcpy(body + 4, &disp, sizeof(disp));
	body[8] = masked;
	return previrt_xen_pv_gs_insn(buf, len, body, sizeof(body));
}

/* movq %gs:previrt_xen_pv_cr3, %reg */
static bool __init_or_module previrt_xen_pv_cr3_insn(u8 *buf, unsigned int len, unsigned int reg)
{
	u32 disp = (u32)(__force unsigned long)&previrt_xen_pv_cr3;
	u8 body[9] = { 0x65, reg < 8 ? 0x48 : 0x4c, 0x8b, ((reg & 7) << 3) | 4, 0x25 };

	memcpy(body + 5, &disp, sizeof(disp));
	return previrt_xen_pv_gs_insn(buf, len, body, sizeof(body));
}

/* @len bytes of NOPs without a lone 0x90 at either end (the runtime contract). */
static bool __init_or_module previrt_xen_pv_nops(u8 *buf, unsigned int len)
{
	unsigned int k;

	if (len == 1)
		return false;
	while (len) {
		k = min_t(unsigned int, len, ASM_NOP_MAX);
		if (len - k == 1)
			k--;
		add_nops(buf, k);
		buf += k;
		len -= k;
	}
	return true;
}

/* The general register in the ModRM reg (@reg_field) or r/m field of @insn. */
static unsigned int __init_or_module previrt_xen_pv_gpr(const struct insn *insn, bool reg_field)
{
	u8 rex = insn->rex_prefix.nbytes ? insn->rex_prefix.bytes[0] : 0;
	u8 modrm = insn->modrm.bytes[0];

	if (reg_field)
		return X86_MODRM_REG(modrm) | (X86_REX_R(rex) ? 8 : 0);
	return X86_MODRM_RM(modrm) | (X86_REX_B(rex) ? 8 : 0);
}

/*
 * A value site: its "movq %src, %dst" (REX.W 89 or 8b, register to
 * register), and the translating thunk of %dst to call after it.
 */
static void *__init_or_module previrt_xen_pv_value_thunk(const struct insn *insn, bool make)
{
	u8 op = insn->opcode.bytes[0];

	if (insn->length != 3 || !insn->rex_prefix.nbytes ||
	    !X86_REX_W(insn->rex_prefix.bytes[0]) || (op != 0x89 && op != 0x8b) ||
	    X86_MODRM_MOD(insn->modrm.bytes[0]) != 3)
		return NULL;
	return (make ? previrt_xen_pv_make_thunks : previrt_xen_pv_val_thunks)
		[previrt_xen_pv_gpr(insn, op == 0x8b)];
}

/*
 * Into @buf + @n: lea of @insn's memory operand into %rdi, for a stub at
 * @ip that runs with @push more bytes on the stack than the site at
 * @site.  Return: the new length, or 0 for an operand it cannot move (a
 * prefix: a segment's base would be lost).
 */
static unsigned int __init_or_module previrt_xen_pv_lea(u8 *buf, unsigned int n, u8 *ip,
							struct insn *insn, u8 *site, int push)
{
	u8 rex = insn->rex_prefix.nbytes ? insn->rex_prefix.bytes[0] : 0;
	u8 modrm = insn->modrm.bytes[0], sib = insn->sib.bytes[0];
	s64 disp = insn->displacement.value;
	s32 disp32;

	if (insn->prefixes.nbytes || X86_MODRM_MOD(modrm) == 3)
		return 0;
	buf[n++] = 0x48 | (rex & 3);		/* REX.W, index and base kept */
	buf[n++] = 0x8d;
	if (insn_rip_relative(insn)) {
		buf[n++] = (7 << 3) | 5;
		disp += site + insn->length - (ip + n + 4);
	} else {
		/* mod 0 with SIB base 5: no base register, disp32 */
		bool nobase = !X86_MODRM_MOD(modrm) && insn->sib.nbytes && X86_SIB_BASE(sib) == 5;

		if (insn->sib.nbytes && X86_SIB_BASE(sib) == 4 && !X86_REX_B(rex))
			disp += push;			/* based on %rsp */
		buf[n++] = (nobase ? 0 : 0x80) | (7 << 3) | X86_MODRM_RM(modrm);
		if (insn->sib.nbytes)
			buf[n++] = sib;
	}
	disp32 = disp;
	if (disp32 != disp)
		return 0;
	memcpy(buf + n, &disp32, sizeof(disp32));
	return n + sizeof(disp32);
}

/* What a site stub passes to its thunk (previrt_xen_pv_stub_site()). */
enum previrt_xen_pv_stub {
	PREVIRT_XEN_PV_ADDR,		/* the address of the memory operand */
	PREVIRT_XEN_PV_STORE_ADDR,	/* the same, after the site's own store */
	PREVIRT_XEN_PV_ADDR_VAL,	/* the address, and the stored value in %rsi */
	PREVIRT_XEN_PV_STORE_VAL,	/* the stored value, after the site's own store */
	PREVIRT_XEN_PV_STORE,		/* nothing, after the site's own store */
	PREVIRT_XEN_PV_SEL,		/* the 16-bit selector operand, zero-extended */
};

/*
 * A site whose work does not fit in it becomes a jmp to a stub: the
 * site's own store if @how says so (moved: a RIP-relative displacement is
 * fixed), then "push %rdi; [push %rsi;] lea <its memory operand>, %rdi;
 * [mov <the stored register>, %rsi;] call @thunk; [pop %rsi;] pop %rdi"
 * and a jmp back past the site; a selector operand (lldt, mov to %gs)
 * goes to %rdi zero-extended, from its register or, after the lea, from
 * memory.  @thunk keeps every register and the flags.
 */
static enum previrt_outcome __init_or_module
previrt_xen_pv_stub_site(const struct previrt_site_desc *site, struct insn *insn, void *thunk,
			 enum previrt_xen_pv_stub how)
{
	u8 buf[PREVIRT_XEN_PV_STUB_MAX], jmp[PREVIRT_SITE_MAX];
	u8 *stub = previrt_xen_pv_stub_alloc();
	bool val = how == PREVIRT_XEN_PV_ADDR_VAL;
	unsigned int n = 0, src;

	if (!stub || site->len > sizeof(jmp) || site->len < JMP32_INSN_SIZE ||
	    !previrt_xen_pv_nops(jmp + JMP32_INSN_SIZE, site->len - JMP32_INSN_SIZE))
		return PREVIRT_FAILED;
	if (how == PREVIRT_XEN_PV_STORE_ADDR || how == PREVIRT_XEN_PV_STORE_VAL ||
	    how == PREVIRT_XEN_PV_STORE) {
		memcpy(buf, site->addr, site->insn_len);
		if (insn_rip_relative(insn)) {
			s64 disp = insn->displacement.value + ((u8 *)site->addr - stub);
			s32 disp32 = disp;

			if (disp32 != disp)
				return PREVIRT_FAILED;
			memcpy(buf + insn_offset_displacement(insn), &disp32, sizeof(disp32));
		}
		n = site->insn_len;
	}
	buf[n++] = 0x57;				/* push %rdi */
	if (how == PREVIRT_XEN_PV_STORE)
		goto call;
	if (how == PREVIRT_XEN_PV_STORE_VAL) {
		/* "mov %reg, mem" (REX.W 89 /r): mov %reg, %rdi */
		if (insn->opcode.bytes[0] != 0x89 || !insn->rex_prefix.nbytes ||
		    !X86_REX_W(insn->rex_prefix.bytes[0]))
			return PREVIRT_FAILED;
		src = previrt_xen_pv_gpr(insn, true);
		buf[n++] = src < 8 ? 0x48 : 0x4c;
		buf[n++] = 0x89;
		buf[n++] = 0xc0 | ((src & 7) << 3) | 7;
		goto call;
	}
	if (how == PREVIRT_XEN_PV_SEL && X86_MODRM_MOD(insn->modrm.bytes[0]) != 3) {
		/* lea <the memory operand>, %rdi; movzwl (%rdi), %edi */
		n = previrt_xen_pv_lea(buf, n, stub, insn, site->addr, 8);
		if (!n)
			return PREVIRT_FAILED;
		buf[n++] = 0x0f;
		buf[n++] = 0xb7;
		buf[n++] = 0x3f;
		goto call;
	}
	if (how == PREVIRT_XEN_PV_SEL) {
		/* movzwl %reg16, %edi (0f b7 /r, the register in r/m) */
		src = previrt_xen_pv_gpr(insn, false);
		if (src >= 8)
			buf[n++] = 0x41;
		buf[n++] = 0x0f;
		buf[n++] = 0xb7;
		buf[n++] = 0xc0 | (7 << 3) | (src & 7);
		goto call;
	}
	if (val) {
		/* Only "mov %reg, mem" (REX.W 89 /r) has a value to pass. */
		if (insn->opcode.bytes[0] != 0x89 || !insn->rex_prefix.nbytes ||
		    !X86_REX_W(insn->rex_prefix.bytes[0]))
			return PREVIRT_FAILED;
		buf[n++] = 0x56;			/* push %rsi */
	}
	n = previrt_xen_pv_lea(buf, n, stub, insn, site->addr, val ? 16 : 8);
	if (!n)
		return PREVIRT_FAILED;
	if (val) {
		src = previrt_xen_pv_gpr(insn, true);
		if (src == 7) {
			/* %rdi holds the address now: mov 8(%rsp), %rsi */
			memcpy(buf + n, "\x48\x8b\x74\x24\x08", 5);
			n += 5;
		} else if (src != 6) {
			/* mov %src, %rsi */
			buf[n++] = src < 8 ? 0x48 : 0x4c;
			buf[n++] = 0x89;
			buf[n++] = 0xc0 | ((src & 7) << 3) | 6;
		}
	}
call:
	previrt_xen_pv_branch(buf, &n, stub, CALL_INSN_OPCODE, thunk);
	if (val)
		buf[n++] = 0x5e;			/* pop %rsi */
	buf[n++] = 0x5f;				/* pop %rdi */
	previrt_xen_pv_branch(buf, &n, stub, JMP32_INSN_OPCODE, site->addr + site->len);
	/* The stub first: the site never jumps to an empty one. */
	previrt_xen_pv_stub_commit(stub, buf, n);
	__text_gen_insn(jmp, JMP32_INSN_OPCODE, site->addr, stub, JMP32_INSN_SIZE);
	if (!previrt_poke(site, site->addr, jmp, site->len))
		return PREVIRT_FAILED;
	return PREVIRT_REWRITTEN;
}

/*
 * What the runtime does with each kind, for what runs up to init_IRQ()
 * (plans/xen-pv-p1-p2.md, section 2 and its Status); other kinds stay
 * native, where Xen emulates them (cr0, cr4, MSRs, port I/O with IOPL)
 * or where they do not run yet.
 */
static enum previrt_outcome __init_or_module
previrt_xen_pv_patch(const struct previrt_site_desc *site)
{
	u8 buf[PREVIRT_SITE_MAX];
	unsigned int n = 0, reg;
	void *thunk = NULL, *jmp = NULL;
	struct insn insn;

	/* The thunks' own pushf, popf and cpuid. */
	if (site->addr >= (void *)previrt_xen_pv_thunks &&
	    site->addr < (void *)previrt_xen_pv_thunks_end)
		return PREVIRT_NATIVE;
	if (site->len > sizeof(buf))
		return PREVIRT_FAILED;
	if (site->insn_len && (insn_decode_kernel(&insn, site->addr) < 0 ||
			       insn.length != site->insn_len))
		return PREVIRT_FAILED;

	switch (site->kind) {
	case PREVIRT_KIND_CLI:
		if (!previrt_xen_pv_mask_insn(buf, site->len, true))
			return PREVIRT_FAILED;
		n = site->len;
		break;
	case PREVIRT_KIND_STI:
		/* Unmasking must deliver what is pending: a check and a call. */
		thunk = previrt_xen_pv_before_hlt(site) ? previrt_xen_pv_sti_halt :
			previrt_xen_pv_sti;
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
	case PREVIRT_KIND_HLT:
		thunk = previrt_xen_pv_hlt;
		break;
	case PREVIRT_KIND_SWAPGS:
		/*
		 * Xen switches the GS bases between guest kernel and user
		 * mode: the entry code's swapgs go.  The others (the
		 * FSGSBASE helpers of the context switch) swap for real.
		 */
		if (site->class != PREVIRT_CLASS_ENTRY)
			thunk = previrt_xen_pv_swapgs;
		break;
	case PREVIRT_KIND_CR_READ:
	case PREVIRT_KIND_CR_WRITE:
		/* mov %cr3, %reg is 0f 20 /r: CR in ModRM.reg, the register in r/m. */
		if (previrt_xen_pv_gpr(&insn, true) != 3)
			return PREVIRT_NATIVE;
		reg = previrt_xen_pv_gpr(&insn, false);
		if (site->kind == PREVIRT_KIND_CR_WRITE) {
			thunk = previrt_xen_pv_write_cr3_thunks[reg];
			if (!thunk)
				return PREVIRT_FAILED;
			break;
		}
		if (!previrt_xen_pv_cr3_insn(buf, site->len, reg))
			return PREVIRT_FAILED;
		n = site->len;
		break;
	case PREVIRT_KIND_LIDT:
		if (X86_MODRM_REG(insn.modrm.bytes[0]) != 3)
			return PREVIRT_FAILED;
		return previrt_xen_pv_stub_site(site, &insn, previrt_xen_pv_lidt_thunk,
						PREVIRT_XEN_PV_ADDR);
	case PREVIRT_KIND_MEM_IDT_WRITE:
		/* The store, then the trap table's entry of the gate anew. */
		return previrt_xen_pv_stub_site(site, &insn, previrt_xen_pv_idt_write_thunk,
						PREVIRT_XEN_PV_STORE_ADDR);
	case PREVIRT_KIND_LGDT:
		if (X86_MODRM_REG(insn.modrm.bytes[0]) != 2)
			return PREVIRT_FAILED;
		return previrt_xen_pv_stub_site(site, &insn, previrt_xen_pv_lgdt_thunk,
						PREVIRT_XEN_PV_ADDR);
	case PREVIRT_KIND_MEM_GDT_WRITE:
	case PREVIRT_KIND_MEM_TLS_LOAD:
		/* TLS descriptors live in the GDT: load_TLS() at a switch. */
		return previrt_xen_pv_stub_site(site, &insn, previrt_xen_pv_gdt_write_thunk,
						PREVIRT_XEN_PV_ADDR_VAL);
	case PREVIRT_KIND_LLDT:
		if (X86_MODRM_REG(insn.modrm.bytes[0]) != 2)
			return PREVIRT_FAILED;
		return previrt_xen_pv_stub_site(site, &insn, previrt_xen_pv_lldt_thunk,
						PREVIRT_XEN_PV_SEL);
	case PREVIRT_KIND_SEG_WRITE:
		/*
		 * mov to %gs (8e /5) loads the kernel's GS base under PV
		 * (swapgs is gone): the user's selector through Xen instead.
		 * Other segment registers keep their instruction.
		 */
		if (insn.opcode.bytes[0] != 0x8e || X86_MODRM_REG(insn.modrm.bytes[0]) != 5)
			return PREVIRT_NATIVE;
		return previrt_xen_pv_stub_site(site, &insn, previrt_xen_pv_load_gs_thunk,
						PREVIRT_XEN_PV_SEL);
	case PREVIRT_KIND_LTR:
		/* Xen keeps the TSS of a PV vCPU. */
		break;
	case PREVIRT_KIND_INVLPG:
		return previrt_xen_pv_stub_site(site, &insn, previrt_xen_pv_invlpg_thunk,
						PREVIRT_XEN_PV_ADDR);
	case PREVIRT_KIND_MEM_PMD_SET:
	case PREVIRT_KIND_MEM_PUD_SET:
		/* Upper levels always through Xen: a table may be pinned. */
		return previrt_xen_pv_stub_site(site, &insn, previrt_xen_pv_set_thunk,
						PREVIRT_XEN_PV_ADDR_VAL);
	case PREVIRT_KIND_MEM_P4D_SET:
	case PREVIRT_KIND_MEM_PGD_SET:
		/* The same, and the user half into the mm's user table. */
		return previrt_xen_pv_stub_site(site, &insn, previrt_xen_pv_set_top_thunk,
						PREVIRT_XEN_PV_ADDR_VAL);
	case PREVIRT_KIND_MEM_PTE_ALLOC ... PREVIRT_KIND_MEM_P4D_RELEASE:
		/* Hooks: padding only, with their arguments in %rdi and %rsi. */
		thunk = site->kind <= PREVIRT_KIND_MEM_P4D_ALLOC ? previrt_xen_pv_alloc_thunk :
			previrt_xen_pv_release_thunk;
		break;
	case PREVIRT_KIND_MEM_IO_BITMAP:
		/* The store, then the TSS's I/O bitmap to Xen. */
		return previrt_xen_pv_stub_site(site, &insn, previrt_xen_pv_io_bitmap_thunk,
						PREVIRT_XEN_PV_STORE);
	case PREVIRT_KIND_IN:
	case PREVIRT_KIND_OUT:
		/* COM1 to the model, other ports as Xen emulates them (IOPL 1). */
		return previrt_xen_io_patch(site, false);
	case PREVIRT_KIND_MEM_SP0_WRITE:
		/* The store, then Xen's kernel stack for entries from user mode. */
		return previrt_xen_pv_stub_site(site, &insn, previrt_xen_pv_load_sp0_thunk,
						PREVIRT_XEN_PV_STORE_VAL);
	case PREVIRT_KIND_SYSRET:
		/* sysretq only: no 32-bit syscall entry is registered with Xen. */
		if (!insn.rex_prefix.nbytes || !X86_REX_W(insn.rex_prefix.bytes[0]))
			return PREVIRT_NATIVE;
		jmp = previrt_xen_pv_sysret;
		break;
	case PREVIRT_KIND_MEM_PGD_ALLOC:
		thunk = previrt_xen_pv_pgd_alloc_thunk;
		break;
	case PREVIRT_KIND_MEM_PGD_FREE:
		thunk = previrt_xen_pv_pgd_free_thunk;
		break;
	case PREVIRT_KIND_MEM_MM_EXIT:
		thunk = previrt_xen_pv_mm_exit_thunk;
		break;
	case PREVIRT_KIND_MEM_LDT_ALLOC:
		thunk = previrt_xen_pv_ldt_alloc_thunk;
		break;
	case PREVIRT_KIND_MEM_LDT_FREE:
		thunk = previrt_xen_pv_ldt_free_thunk;
		break;
	case PREVIRT_KIND_IRET:
		/*
		 * The entry code's returns.  iret_to_self() elsewhere returns
		 * to the same CPL with Xen's own selectors: native.
		 */
		if (site->class != PREVIRT_CLASS_ENTRY)
			return PREVIRT_NATIVE;
		jmp = previrt_xen_pv_iret;
		break;
	case PREVIRT_KIND_MEM_PTE_VAL ... PREVIRT_KIND_MEM_PGD_VAL:
	case PREVIRT_KIND_MEM_PTE_MAKE ... PREVIRT_KIND_MEM_PGD_MAKE:
		thunk = previrt_xen_pv_value_thunk(&insn, site->kind >= PREVIRT_KIND_MEM_PTE_MAKE);
		if (!thunk)
			return PREVIRT_FAILED;
		memcpy(buf, site->addr, site->insn_len);
		n = site->insn_len;
		break;
	default:
		/* Not rewritten yet: left native, and it would fault at CPL 3. */
		return PREVIRT_NATIVE;
	}
	/* A return that does not come back: a jmp to its stub fills the site. */
	if (jmp) {
		if (site->len < JMP32_INSN_SIZE)
			return PREVIRT_FAILED;
		__text_gen_insn(buf, JMP32_INSN_OPCODE, site->addr, jmp, JMP32_INSN_SIZE);
		n = JMP32_INSN_SIZE;
	}
	if (thunk) {
		if (n + CALL_INSN_SIZE > site->len)
			return PREVIRT_FAILED;
		__text_gen_insn(buf + n, CALL_INSN_OPCODE, site->addr + n, thunk, CALL_INSN_SIZE);
		n += CALL_INSN_SIZE;
	}
	if (!previrt_xen_pv_nops(buf + n, site->len - n))
		return PREVIRT_FAILED;
	if (!previrt_poke(site, site->addr, buf, site->len))
		return PREVIRT_FAILED;
	return PREVIRT_REWRITTEN;
}

/*
 * Only the PV entry chooses it (previrt_patch_early()): no detect hook.
 * Kept after init for the sites of modules.
 */
static const struct previrt_runtime previrt_xen_pv_runtime __previrt_runtime = {
	.name		= "xen-pv",
	.patch_site	= previrt_xen_pv_patch,
};

/* One line of the self-test; @ok passes through. */
static bool __init previrt_xen_pv_check(const char *what, bool ok)
{
	previrt_xen_pv_printf("previrt: xen-pv: self-test: %s: %s\n", what, ok ? "ok" : "WRONG");
	return ok;
}

/*
 * After the early pass: each rewritten kind through sites of this file.
 * Native, pushf would show IF set (CPL 3), sti and cli would fault, cpuid
 * would reach the CPU, which has no Xen leaves under TCG, a CR3 read
 * would return Xen's machine address, a CR3 write would fault, and an
 * entry would keep the pseudo-physical frame that Xen refuses.
 */
static void __init previrt_xen_pv_selftest(unsigned long cr3)
{
	unsigned int eax, sig[3], out[PREVIRT_NR_OUTCOMES];
	unsigned long flags, pfn, mfn;
	bool ok, irq_ok;
	pte_t pte;
	pgd_t pgd;

	previrt_early_outcomes(out);
	previrt_xen_pv_printf("previrt: xen-pv: early pass: %u rewritten, %u native, %u failed\n",
			      out[PREVIRT_REWRITTEN], out[PREVIRT_NATIVE], out[PREVIRT_FAILED]);
	ok = !out[PREVIRT_FAILED];

	irq_ok = irqs_disabled();		/* masked since entry */
	local_irq_enable();
	irq_ok &= !irqs_disabled();
	local_irq_save(flags);
	irq_ok &= irqs_disabled() && (flags & X86_EFLAGS_IF);
	local_irq_restore(flags);
	irq_ok &= !irqs_disabled();
	local_irq_disable();
	irq_ok &= irqs_disabled();
	ok &= previrt_xen_pv_check("interrupt flag", irq_ok);

	cpuid(0x40000000, &eax, &sig[0], &sig[1], &sig[2]);
	ok &= previrt_xen_pv_check("cpuid 0x40000000 is XenVMMXenVMM",
				   !memcmp(sig, "XenVMMXenVMM", sizeof(sig)));

	ok &= previrt_xen_pv_check("CR3 reads pseudo-physical", __read_cr3() == cr3);
	write_cr3(__read_cr3());
	ok &= previrt_xen_pv_check("CR3 written back", __read_cr3() == cr3);

	/* The kernel's first page: the domain's, and never at its own mfn. */
	pfn = PFN_DOWN(__pa_symbol(_text));
	mfn = previrt_xen_pv_p2m[pfn];
	pte = pfn_pte(pfn, __pgprot(_PAGE_PRESENT));
	pgd = __pgd(PFN_PHYS(pfn) | _PAGE_PRESENT | _PAGE_RW);
	ok &= previrt_xen_pv_check("pfn differs from mfn (or the next two tell nothing)",
				   mfn != pfn);
	ok &= previrt_xen_pv_check("__pte() and __pgd() hold the mfn",
				   (native_pte_val(pte) & PTE_PFN_MASK) == PFN_PHYS(mfn) &&
				   (native_pgd_val(pgd) & PTE_PFN_MASK) == PFN_PHYS(mfn));
	ok &= previrt_xen_pv_check("pte_val() and pgd_val() give the pfn back",
				   pte_pfn(pte) == pfn && pgd_val(pgd) ==
				   (PFN_PHYS(pfn) | _PAGE_PRESENT | _PAGE_RW));
	if (!ok)
		previrt_xen_pv_end(SHUTDOWN_crash);
}

/*
 * After idt_setup_early_handler(): a #GP that the exception table fixes
 * (rdmsr_safe() of an MSR nobody has) and a WARN (ud2, which
 * report_bug() skips) come back through the trap table, the kernel's
 * early handler and the iret stub.  Without a trap table Xen would crash
 * the domain at the first; a wrong frame would end in the early handler's
 * halt, which says so.
 */
static void __init previrt_xen_pv_test_traps(void)
{
	u32 lo = 0, hi = 0;
	bool ok;

	ok = previrt_xen_pv_check("#GP of rdmsr_safe(0xdeadbeef) fixed up",
				  rdmsr_safe(0xdeadbeef, &lo, &hi) == -EIO);
	WARN(1, "previrt: xen-pv: this warning is the trap self-test\n");
	ok &= previrt_xen_pv_check("WARN() came back", test_taint(TAINT_WARN));
	if (!ok)
		previrt_xen_pv_end(SHUTDOWN_crash);
}

/* Handover */

/* What the CPU has that a PV guest must not use or that Xen does for it. */
static void __init previrt_xen_pv_caps(void)
{
	static const u16 hidden[] __initconst = {
		X86_FEATURE_DCA, X86_FEATURE_APERFMPERF, X86_FEATURE_MTRR, X86_FEATURE_ACC,
		X86_FEATURE_X2APIC, X86_FEATURE_SME, X86_FEATURE_PCID, X86_FEATURE_INVPCID,
		X86_FEATURE_ACPI, X86_FEATURE_MWAIT,
		/* no Xen APIC driver: the kernel finds no local APIC */
		X86_FEATURE_APIC,
		/* Xen maps 4 KiB pages without the global bit, and not at CPL 0 */
		X86_FEATURE_PGE, X86_FEATURE_PSE, X86_FEATURE_GBPAGES, X86_FEATURE_SMAP,
		X86_FEATURE_SMEP, X86_FEATURE_LA57,
		/*
		 * Xen's return to user mode sets SS itself; the AMD workaround
		 * of __switch_to() would load __KERNEL_DS (RPL 0) into SS at
		 * CPL 3: #GP, and the fixup's null SS faults again, forever
		 * (init_amd() sets the bug unless X86_FEATURE_XENPV).
		 */
		X86_BUG_SYSRET_SS_ATTRS,
	};
	unsigned int i, eax, ebx, ecx, edx;

	for (i = 0; i < ARRAY_SIZE(hidden); i++)
		setup_clear_cpu_cap(hidden[i]);
	/* XSAVE only if Xen enabled it for the guest (pv-ops: xen_check_xsave()) */
	cpuid(1, &eax, &ebx, &ecx, &edx);
	if ((ecx & (BIT(X86_FEATURE_XSAVE & 31) | BIT(X86_FEATURE_OSXSAVE & 31))) !=
	    (BIT(X86_FEATURE_XSAVE & 31) | BIT(X86_FEATURE_OSXSAVE & 31))) {
		setup_clear_cpu_cap(X86_FEATURE_XSAVE);
		setup_clear_cpu_cap(X86_FEATURE_OSXSAVE);
	}
	__supported_pte_mask &= ~_PAGE_GLOBAL;
	__default_kernel_pte_mask &= ~_PAGE_GLOBAL;
	get_cpu_cap(&boot_cpu_data);
	x86_configure_nx();
	x86_hyper_type = X86_HYPER_XEN_PV;
}

static void previrt_xen_pv_mmuext(unsigned int cmd, unsigned long pfn, const char *op)
{
	struct mmuext_op mop = { .cmd = cmd, .arg1.mfn = previrt_xen_pv_p2m[pfn] };
	long ret = previrt_xen_pv_mmuext_one(&mop);

	if (ret)
		previrt_xen_pv_failed(op, ret);
}

/* A page of the initial mapping made read-only, in every alias. */
static void __init previrt_xen_pv_set_ro(void *va)
{
	previrt_xen_pv_map((unsigned long)va, __pa(va) >> PAGE_SHIFT, true,
			   "update_va_mapping (read-only page table)");
}

/* The frames of a table page of the kernel image made machine frames. */
static void __init previrt_xen_pv_convert(void *table)
{
	u64 *e = table;
	unsigned int i;

	for (i = 0; i < PTRS_PER_PTE; i++)
		e[i] = previrt_xen_pv_make(e[i]);
}

/* A table of Xen's tree, by the machine frame in @entry, in the kernel map. */
static u64 *__init previrt_xen_pv_xen_table(u64 entry)
{
	unsigned long mfn = (entry & PTE_PFN_MASK) >> PAGE_SHIFT;

	return (u64 *)(__START_KERNEL_map + PFN_PHYS(previrt_xen_pv_m2p[mfn]));
}

/*
 * From Xen's bootstrap page tables to the kernel's own (init_top_pgt),
 * as pv-ops' xen_setup_kernel_pagetable(): the kernel's static tables
 * get machine frames, its direct-map and kernel-map L2s become copies of
 * Xen's L2, so both map the initial region through Xen's L1s (one
 * update_va_mapping changes a page in both), every table page becomes
 * read-only, and Xen validates the tree when it is pinned.  Raw values
 * only: the value sites translate, and these entries are built here.
 */
static void __init previrt_xen_pv_handover(struct start_info *si)
{
	u64 *xen_l4 = (u64 *)si->pt_base, *xen_l3, *xen_l2;
	unsigned long xen_pt_pfn = __pa(si->pt_base) >> PAGE_SHIFT;
	unsigned int i;

	/* Past the P2M list Xen maps its own pages, which have no pfn. */
	max_pfn_mapped = PFN_DOWN(__pa(si->mfn_list));

	init_top_pgt[0].pgd = 0;	/* the identity map of head_64.S */
	previrt_xen_pv_convert(init_top_pgt);
	previrt_xen_pv_convert(level3_ident_pgt);
	previrt_xen_pv_convert(level3_kernel_pgt);
	previrt_xen_pv_convert(level2_fixmap_pgt);

	xen_l3 = previrt_xen_pv_xen_table(xen_l4[pgd_index(__START_KERNEL_map)]);
	xen_l2 = previrt_xen_pv_xen_table(xen_l3[pud_index(__START_KERNEL_map)]);
	memcpy(level2_ident_pgt, xen_l2, PAGE_SIZE);
	memcpy(level2_kernel_pgt, xen_l2, PAGE_SIZE);
	if (__supported_pte_mask & _PAGE_NX) {
		/* Not through the L1s: they are the kernel map's too. */
		for (i = 0; i < PTRS_PER_PMD; i++)
			if (level2_ident_pgt[i].pmd & _PAGE_PRESENT)
				level2_ident_pgt[i].pmd |= _PAGE_NX;
	}

	previrt_xen_pv_set_ro(init_top_pgt);
	previrt_xen_pv_set_ro(level3_ident_pgt);
	previrt_xen_pv_set_ro(level3_kernel_pgt);
	previrt_xen_pv_set_ro(level2_ident_pgt);
	previrt_xen_pv_set_ro(level2_kernel_pgt);
	previrt_xen_pv_set_ro(level2_fixmap_pgt);
	for (i = 0; i < FIXMAP_PMD_NUM; i++)
		previrt_xen_pv_set_ro(level1_fixmap_pgt + i * PTRS_PER_PTE);

	previrt_xen_pv_mmuext(MMUEXT_PIN_L4_TABLE, __pa_symbol(init_top_pgt) >> PAGE_SHIFT,
			      "MMUEXT_PIN_L4_TABLE (init_top_pgt)");
	previrt_xen_pv_write_cr3(__pa_symbol(init_top_pgt));
	previrt_xen_pv_mmuext(MMUEXT_UNPIN_TABLE, xen_pt_pfn, "MMUEXT_UNPIN_TABLE (Xen's)");

	/* Xen's tables stay in use (its L1s), and what Xen put after the image. */
	memblock_reserve(PFN_PHYS(xen_pt_pfn), PFN_PHYS(si->nr_pt_frames));
	memblock_reserve(__pa(si), PAGE_SIZE);
	memblock_reserve(__pa(si->mfn_list), PAGE_ALIGN(si->nr_pages * sizeof(unsigned long)));
	memblock_reserve(PFN_PHYS(previrt_xen_pv_m2p[si->store_mfn]), PAGE_SIZE);
	memblock_reserve(PFN_PHYS(previrt_xen_pv_m2p[si->console.domU.mfn]), PAGE_SIZE);

	/* From the kernel map's copy of the region, which cleanup_highmap() ends. */
	previrt_xen_pv_p2m = __va(__pa(previrt_xen_pv_p2m));
	previrt_xen_pv_con.ring = __va(__pa(previrt_xen_pv_con.ring));
}

/*
 * After the handover: CR3 is init_top_pgt, a walk of the kernel's own
 * tables finds the kernel's first page (the value sites turn the machine
 * frames of the entries back into pfns, and __va() of each table works),
 * and the direct map shows the same bytes as the kernel map.
 */
static void __init previrt_xen_pv_test_pagetables(void)
{
	unsigned long addr = (unsigned long)_text;
	unsigned int level;
	pte_t *pte;
	bool ok;

	ok = previrt_xen_pv_check("CR3 is init_top_pgt",
				  __read_cr3() == __pa_symbol(init_top_pgt));
	pte = lookup_address(addr, &level);
	ok &= previrt_xen_pv_check("lookup_address(_text) finds its pfn in a 4K entry",
				   pte && level == PG_LEVEL_4K &&
				   pte_pfn(*pte) == PFN_DOWN(__pa_symbol(_text)));
	ok &= previrt_xen_pv_check("the direct map shows the kernel",
				   !memcmp(__va(__pa_symbol(_text)), _text, 64));
	if (!ok)
		previrt_xen_pv_end(SHUTDOWN_crash);
}

/*
 * The pages of the LDT at @ldt with @ents entries read-only, or writable
 * again, in every mapping: its own (vmalloc or the direct map) and the
 * direct map's alias (pv-ops: set_aliased_prot()).  Xen takes a page as
 * descriptors only without writable mappings.
 */
static void previrt_xen_pv_ldt_protect(unsigned long ldt, unsigned int ents, bool ro)
{
	unsigned long va, end = ldt + ents * LDT_ENTRY_SIZE;

	for (va = ldt; va < end; va += PAGE_SIZE) {
		unsigned long pfn = PFN_DOWN(slow_virt_to_phys((void *)va));
		unsigned long alias = (unsigned long)__va(PFN_PHYS(pfn));

		previrt_xen_pv_map(va, pfn, ro, "update_va_mapping (LDT page)");
		if (alias != va)
			previrt_xen_pv_map(alias, pfn, ro, "update_va_mapping (LDT page's alias)");
	}
}

/**
 * previrt_xen_pv_ldt_alloc - what the hook "an LDT is set up" does
 * @ldt:	the LDT's entries, page-aligned
 * @ents:	how many
 *
 * Its pages read-only: the kernel writes an LDT only before this hook
 * (finalize_ldt_struct(); modify_ldt() installs a new copy).
 */
asmlinkage __visible void previrt_xen_pv_ldt_alloc(unsigned long ldt, unsigned long ents)
{
	previrt_xen_pv_ldt_protect(ldt, ents, true);
}

/**
 * previrt_xen_pv_ldt_free - what the hook "an LDT is about to be freed" does
 * @ldt:	the LDT's entries
 * @ents:	how many
 *
 * Its pages writable again; no CPU has it loaded any more (free_ldt_struct()
 * comes after every CPU has loaded another).
 */
asmlinkage __visible void previrt_xen_pv_ldt_free(unsigned long ldt, unsigned long ents)
{
	previrt_xen_pv_ldt_protect(ldt, ents, false);
}

/**
 * previrt_xen_pv_lldt - what an lldt site does
 * @sel:	the selector lldt would load
 *
 * Xen loads a PV guest's LDT from its address (MMUEXT_SET_LDT).  The null
 * selector, which the kernel loads at boot and for every mm without an
 * LDT of its own, is an empty LDT; the LDT selector takes the LDT that the
 * kernel's last store of the LDT descriptor into this CPU's GDT described
 * (native_set_ldt(): the GDT that Xen has does not take system
 * descriptors).  Its pages are read-only since the LDT_ALLOC hook.
 */
asmlinkage __visible void previrt_xen_pv_lldt(unsigned long sel)
{
	unsigned int cpu = smp_processor_id(), ents = 0;
	struct mmuext_op op = { .cmd = MMUEXT_SET_LDT };
	u64 lo = previrt_xen_pv_ldt_desc[cpu][0], hi = previrt_xen_pv_ldt_desc[cpu][1];
	unsigned long base = 0;
	long ret;

	sel &= 0xffff;
	if (sel && sel != GDT_ENTRY_LDT * 8) {
		previrt_xen_pv_printf("previrt: xen-pv: lldt %#lx:\n", sel);
		previrt_xen_pv_failed("lldt of a selector other than GDT_ENTRY_LDT", -EINVAL);
	}
	if (sel) {
		/* A 16-byte system descriptor: base 0-23, 24-31, 32-63; limit 0-15, 16-19 */
		base = ((lo >> 16) & 0xffffff) | ((lo >> 32) & 0xff000000) | (hi << 32);
		ents = (((lo & 0xffff) | ((lo >> 32) & 0xf0000)) + 1) / LDT_ENTRY_SIZE;
		if (offset_in_page(base) || !ents || ents > LDT_ENTRIES) {
			previrt_xen_pv_printf("previrt: xen-pv: LDT descriptor %#llx %#llx:\n",
					      hi, lo);
			previrt_xen_pv_failed("lldt of an LDT Xen cannot take", -EINVAL);
		}
	}
	op.arg1.linear_addr = base;
	op.arg2.nr_ents = ents;
	ret = previrt_xen_pv_mmuext_one(&op);
	if (ret)
		previrt_xen_pv_failed("MMUEXT_SET_LDT", ret);
}

/**
 * previrt_xen_pv_load_gs - what "mov <sel>, %gs" does
 * @sel:	the selector
 *
 * Natively the kernel loads %gs between two swapgs (load_gs_index()), so
 * that the load sets the user's GS; under PV swapgs does nothing and the
 * load would set the kernel's GS base from the descriptor.  Xen loads the
 * user's selector and base instead (pv-ops' xen_load_gs_index()); a
 * selector Xen refuses loads the null one, as the native fault fixup
 * does.
 */
asmlinkage __visible void previrt_xen_pv_load_gs(unsigned long sel)
{
	long ret;

	ret = previrt_xen_hypercall(__HYPERVISOR_set_segment_base, SEGBASE_GS_USER_SEL,
				    sel & 0xffff, 0);
	if (ret)
		ret = previrt_xen_hypercall(__HYPERVISOR_set_segment_base,
					    SEGBASE_GS_USER_SEL, 0, 0);
	if (ret)
		previrt_xen_pv_failed("set_segment_base(SEGBASE_GS_USER_SEL)", ret);
}

/*
 * After setup_per_cpu_areas() and smp_prepare_boot_cpu(), which load the
 * per-CPU GDT (its direct-map copy, then the read-only alias in the CPU
 * entry area): a data segment of the kernel's own GDT must load, which
 * only the GDT given to Xen has (Xen's default one has nothing there).
 * Then the boot CPU's previrt_xen_pv_vcpu, at its final address, becomes
 * the vcpu_info Xen uses (once per vCPU): what the sites of the interrupt
 * flag write is then Xen's mask.  Xen copies its old vcpu_info there
 * (events masked, as here) and keeps the pvclock in it from then on.
 */
/*
 * The domain's vCPUs: Xen answers VCPUOP_is_up for each one it has.  The
 * runtime brings up none but the first (no VCPUOP_initialise, no IPIs on
 * event channels yet), and says so, as pv-ops would with nosmp.
 */
static void __init previrt_xen_pv_vcpus(void)
{
	unsigned int n = 1;

	/* shared_info has a vcpu_info for 32 (Xen's legacy limit) */
	while (n < ARRAY_SIZE(previrt_xen_shared_info->vcpu_info) &&
	       previrt_xen_vcpu_op(VCPUOP_is_up, n, NULL) >= 0)
		n++;
	if (n > 1)
		pr_warn("previrt: xen-pv: the domain has %u vCPUs; running on one: the xen-pv runtime does not start secondary vCPUs yet\n",
			n);
}

static void __init previrt_xen_pv_prepare_boot_cpu(void)
{
	struct vcpu_info *v = this_cpu_ptr(&previrt_xen_pv_vcpu);
	phys_addr_t pa = per_cpu_ptr_to_phys(v);
	struct vcpu_register_vcpu_info info = {
		.mfn = previrt_xen_pv_p2m[PFN_DOWN(pa)],
		.offset = offset_in_page(pa),
	};
	unsigned short ds, user_ds;
	long ret;

	native_smp_prepare_boot_cpu();
	/* loadsegment() loads 0 where the load faults. */
	savesegment(ds, ds);
	loadsegment(ds, __USER_DS);
	savesegment(ds, user_ds);
	loadsegment(ds, ds);
	if (!previrt_xen_pv_check("__USER_DS of the per-CPU GDT loads", user_ds == __USER_DS))
		previrt_xen_pv_end(SHUTDOWN_crash);

	ret = previrt_xen_vcpu_op(VCPUOP_register_vcpu_info, 0, &info);
	if (ret)
		previrt_xen_pv_failed("VCPUOP_register_vcpu_info", ret);
	this_cpu_write(previrt_xen_vcpu_id, 0);
	this_cpu_write(previrt_xen_vcpu_info, v);
	if (!previrt_xen_pv_check("the registered vcpu_info has Xen's pvclock and mask",
				  READ_ONCE(v->time.tsc_to_system_mul) && v->evtchn_upcall_mask))
		previrt_xen_pv_end(SHUTDOWN_crash);
	previrt_xen_pv_vcpus();
	previrt_xen_pv_reached(PREVIRT_XEN_PV_PERCPU);
}

/*
 * Xen's events arrive as IRQ 5 at its ISA vector, as on PVH: no PIC owns
 * it here (the null legacy PIC), and the vector is reserved before the
 * vector code hands out any.
 */
#define PREVIRT_XEN_PV_EVENT_IRQ	5
#define PREVIRT_XEN_PV_EVENT_VECTOR	ISA_IRQ_VECTOR(PREVIRT_XEN_PV_EVENT_IRQ)

/* The upcall: the events of this vCPU's ports. */
/*
 * COM1 (the 16550 model of xen.c on the console ring): the console's port
 * says input arrived or output was consumed, and when the UART's
 * interrupt line goes high the model raises IRQ 4 as an event on a port
 * that the vCPU sends to itself; the handler of the events then handles
 * IRQ 4 (the kernel's dummy_irq_chip: nothing to acknowledge).
 */
static evtchn_port_t previrt_xen_pv_uart_port;
static bool previrt_xen_pv_uart_irq;

static void previrt_xen_pv_uart_raise(void)
{
	int ret;

	WRITE_ONCE(previrt_xen_pv_uart_irq, true);
	ret = previrt_xen_evtchn_send(previrt_xen_pv_uart_port);
	if (ret)
		pr_err_ratelimited("previrt: xen-pv: EVTCHNOP_send (UART) failed: %d\n", ret);
}

static irqreturn_t previrt_xen_pv_events(int irq, void *dev)
{
	unsigned long ev = previrt_xen_evtchn_ack();

	previrt_xen_timer_event(ev);
	if (ev & (BIT(previrt_xen_pv_con.evtchn) | BIT(previrt_xen_pv_uart_port)))
		previrt_xen_uart_event();
	if (xchg(&previrt_xen_pv_uart_irq, false))
		generic_handle_irq(PREVIRT_XEN_COM1_IRQ);
	return IRQ_HANDLED;
}

/* IRQ 4 for the UART, and the ports of its events on this (the boot) vCPU. */
static void __init previrt_xen_pv_uart_init(void)
{
	int irq, ret;

	irq = irq_alloc_desc_at(PREVIRT_XEN_COM1_IRQ, NUMA_NO_NODE);
	if (irq != PREVIRT_XEN_COM1_IRQ && irq != -EEXIST)
		previrt_xen_pv_failed("irq_alloc_desc_at (UART)", irq);
	irq_set_chip_and_handler_name(PREVIRT_XEN_COM1_IRQ, &dummy_irq_chip,
				      handle_simple_irq, "simple");
	ret = previrt_xen_bind_ipi(0, &previrt_xen_pv_uart_port);
	if (ret)
		previrt_xen_pv_failed("EVTCHNOP_bind_ipi (UART)", ret);
	if (previrt_xen_pv_con.evtchn >= BITS_PER_LONG ||
	    previrt_xen_pv_uart_port >= BITS_PER_LONG) {
		previrt_xen_pv_printf("previrt: xen-pv: console port %u, UART port %u:\n",
				      previrt_xen_pv_con.evtchn, previrt_xen_pv_uart_port);
		previrt_xen_pv_failed("a port above 63", -ERANGE);
	}
	this_cpu_or(previrt_xen_ports, BIT(previrt_xen_pv_con.evtchn) |
		    BIT(previrt_xen_pv_uart_port));
	ret = previrt_xen_evtchn_unmask(previrt_xen_pv_con.evtchn);
	if (ret)
		previrt_xen_pv_failed("EVTCHNOP_unmask (console)", ret);
	ret = previrt_xen_evtchn_unmask(previrt_xen_pv_uart_port);
	if (ret)
		previrt_xen_pv_failed("EVTCHNOP_unmask (UART)", ret);
	previrt_xen_uart_attach(&previrt_xen_pv_con, previrt_xen_pv_uart_raise);
}

/* The machine address of shared_info, from start_info. */
static unsigned long previrt_xen_pv_shared_info_ma __initdata;

static int __init previrt_xen_pv_no_pte(pte_t *pte, unsigned long addr, void *data)
{
	return 0;
}

/*
 * shared_info (pending and mask bits of the event channels, the
 * wallclock) mapped in the vmalloc area, where no attribute change of the
 * kernel's own mappings reaches it, and Xen's event callback pointed to
 * the trap stub of the event vector: its gate's handler, the native
 * external-interrupt entry, finds IRQ 5 there in vector_irq.
 */
static void __init previrt_xen_pv_events_init(void)
{
	unsigned long entry = (unsigned long)irq_entries_start +
			      IDT_ALIGN * (PREVIRT_XEN_PV_EVENT_VECTOR - FIRST_EXTERNAL_VECTOR);
	u8 *stub = previrt_xen_pv_trap_stub[PREVIRT_XEN_PV_EVENT_VECTOR];
	struct vm_struct *area;
	int irq, ret;

	area = get_vm_area(PAGE_SIZE, VM_IOREMAP);
	if (!area)
		previrt_xen_pv_failed("get_vm_area (shared_info)", -ENOMEM);
	ret = apply_to_page_range(&init_mm, (unsigned long)area->addr, PAGE_SIZE,
				  previrt_xen_pv_no_pte, NULL);
	if (ret)
		previrt_xen_pv_failed("apply_to_page_range (shared_info)", ret);
	previrt_xen_pv_map_mfn((unsigned long)area->addr, PFN_DOWN(previrt_xen_pv_shared_info_ma),
			       false, "update_va_mapping (shared_info)");
	previrt_xen_shared_info = area->addr;

	irq = irq_alloc_desc_at(PREVIRT_XEN_PV_EVENT_IRQ, NUMA_NO_NODE);
	if (irq != PREVIRT_XEN_PV_EVENT_IRQ && irq != -EEXIST)
		previrt_xen_pv_failed("irq_alloc_desc_at (events)", irq);
	/* Nothing to acknowledge or mask: previrt_xen_evtchn_ack() takes the events. */
	irq_set_chip_and_handler_name(PREVIRT_XEN_PV_EVENT_IRQ, &dummy_irq_chip,
				      handle_percpu_irq, "percpu");
	ret = request_irq(PREVIRT_XEN_PV_EVENT_IRQ, previrt_xen_pv_events,
			  IRQF_TIMER | IRQF_PERCPU | IRQF_NOBALANCING, "xen-events", NULL);
	if (ret)
		previrt_xen_pv_failed("request_irq (events)", ret);
	this_cpu_write(vector_irq[PREVIRT_XEN_PV_EVENT_VECTOR],
		       irq_to_desc(PREVIRT_XEN_PV_EVENT_IRQ));
	if (!stub || previrt_xen_pv_trap_handler[PREVIRT_XEN_PV_EVENT_VECTOR] != entry)
		previrt_xen_pv_failed("the event vector's trap stub", -ENOENT);
	previrt_xen_pv_callback(CALLBACKTYPE_event, (void (*)(void))stub,
				"CALLBACKOP_register (event)");
	/* The kernel's exit code can take a failed return to user mode now. */
	previrt_xen_pv_callback(CALLBACKTYPE_failsafe, previrt_xen_pv_failsafe,
				"CALLBACKOP_register (failsafe)");
	previrt_xen_pv_uart_init();
	pr_info("previrt: xen-pv: events on IRQ %d (vector %#x); stubs: %ld of %ld bytes\n",
		PREVIRT_XEN_PV_EVENT_IRQ, PREVIRT_XEN_PV_EVENT_VECTOR,
		(long)(previrt_xen_pv_stub_next - previrt_xen_pv_stubs),
		(long)(previrt_xen_pv_stubs_end - previrt_xen_pv_stubs));
}

/*
 * init_IRQ() calls x86_init.irqs.intr_init() after trap_init() (the full
 * IDT, cpu_init(): lldt, ltr, the syscall MSRs), mm_init() and
 * sched_init().  vmalloc() must work: a page table of its own,
 * allocated, hooked and linked through the runtime.  Then the native
 * vectors and gates, and Xen's events on top.
 */
static void __init previrt_xen_pv_intr_init(void)
{
	u8 *v = vmalloc(PAGE_SIZE);
	bool ok = v;

	if (v) {
		memset(v, 0x5a, PAGE_SIZE);
		ok = v[PAGE_SIZE - 1] == 0x5a;
		vfree(v);
	}
	if (!previrt_xen_pv_check("vmalloc() maps a page", ok))
		previrt_xen_pv_end(SHUTDOWN_crash);
	previrt_xen_pv_reached(PREVIRT_XEN_PV_INIT_IRQ);
	lapic_assign_legacy_vector(PREVIRT_XEN_PV_EVENT_IRQ, false);
	native_init_IRQ();
	previrt_xen_pv_events_init();
	previrt_xen_pv_reached(PREVIRT_XEN_PV_EVENTS);
}

/*
 * x86_late_time_init() calls x86_init.timers.timer_init(), with interrupts
 * on: Xen's one-shot timer becomes the clock event device, and the tick
 * it drives must advance jiffies (an event, its upcall through the trap
 * stub, the native interrupt entry, the handler, and the iret back).  On
 * failure, what the vCPU's event state says.
 */
static void __init previrt_xen_pv_timer_init(void)
{
	/* Ten seconds: the nested Xen of the harness may not run the domain for a while. */
	u64 start, limit = (u64)previrt_xen_pv_tsc_khz * 1000 * 10;
	unsigned long j = jiffies;
	int ret;

	ret = previrt_xen_timer_start(PREVIRT_XEN_PV_EVENT_IRQ);
	if (ret)
		previrt_xen_pv_failed("Xen's timer", ret);
	start = rdtsc();
	while (time_before(jiffies, j + 2) && rdtsc() - start < limit)
		cpu_relax();
	if (!previrt_xen_pv_check("Xen's timer ticks: jiffies advance within ten seconds",
				  !time_before(jiffies, j + 2))) {
		struct vcpu_info *v = this_cpu_ptr(&previrt_xen_pv_vcpu);
		struct shared_info *si = previrt_xen_shared_info;

		previrt_xen_pv_printf("previrt: xen-pv: jiffies +%lu, %u events, ", jiffies - j,
				      kstat_irqs_cpu(PREVIRT_XEN_PV_EVENT_IRQ, 0));
		previrt_xen_pv_printf("pending %u, mask %u, selector %#lx, ",
				      v->evtchn_upcall_pending, v->evtchn_upcall_mask,
				      v->evtchn_pending_sel);
		previrt_xen_pv_printf("ports pending %#lx, masked %#lx\n",
				      si->evtchn_pending[0], si->evtchn_mask[0]);
		previrt_xen_pv_end(SHUTDOWN_crash);
	}
	previrt_xen_pv_reached(PREVIRT_XEN_PV_TIMER);
}

/*
 * Last of the initcalls, before the kernel frees its init memory and runs
 * /init: every driver and subsystem came up on the runtime, and a sleep
 * must end (the timer's event wakes the idle vCPU out of SCHEDOP_block; a
 * lost wakeup would sleep until the next unrelated event, or for ever),
 * with the vCPU blocked in Xen for part of it, not polling.
 */
static int __init previrt_xen_pv_initcalls(void)
{
	struct vcpu_runstate_info before, after;
	unsigned long j = jiffies;
	u64 blocked;
	int ret;

	if (!previrt_xen_pv_booted)
		return 0;
	ret = previrt_xen_vcpu_op(VCPUOP_get_runstate_info, 0, &before);
	msleep(100);
	if (!ret)
		ret = previrt_xen_vcpu_op(VCPUOP_get_runstate_info, 0, &after);
	if (ret)
		previrt_xen_pv_failed("VCPUOP_get_runstate_info", ret);
	if (!previrt_xen_pv_check("msleep(100) wakes up after 100 ms",
				  time_after_eq(jiffies, j + msecs_to_jiffies(100))))
		previrt_xen_pv_end(SHUTDOWN_crash);
	/*
	 * Idle is a block in Xen, not a loop that polls (Xen's runstate).
	 * Measured under the harness's nested TCG: blocked 102 and 104 ms
	 * (the sleep ends on a tick), 19 while the host was busy with
	 * another job; an idle that polls: 0.
	 */
	blocked = after.time[RUNSTATE_blocked] - before.time[RUNSTATE_blocked];
	previrt_xen_pv_printf("previrt: xen-pv: blocked %llu of the 100 ms\n",
			      blocked / NSEC_PER_MSEC);
	if (!previrt_xen_pv_check("the idle vCPU blocked in Xen (5 ms at least)",
				  blocked >= 5 * NSEC_PER_MSEC))
		previrt_xen_pv_end(SHUTDOWN_crash);
	previrt_xen_pv_reached(PREVIRT_XEN_PV_INITCALLS);
	return 0;
}
late_initcall_sync(previrt_xen_pv_initcalls);

/* Start */

/*
 * printk through the PV console ring until the kernel's own console
 * takes over: CON_BOOT, unregistered when a real console registers.
 */
static void previrt_xen_pv_bootcon_write(struct console *con, const char *s, unsigned int n)
{
	while (n--)
		previrt_xen_console_putc(&previrt_xen_pv_con, *s++);
	previrt_xen_console_notify(&previrt_xen_pv_con);
}

static struct console previrt_xen_pv_bootcon = {
	.name	= "xenpvboot",
	.write	= previrt_xen_pv_bootcon_write,
	.flags	= CON_PRINTBUFFER | CON_BOOT | CON_ANYTIME,
	.index	= -1,
};

/* start_info's pseudo-physical address, for setup_arch()'s hooks. */
static phys_addr_t previrt_xen_pv_si_pa __initdata;

static unsigned long previrt_xen_pv_calibrate(void)
{
	return previrt_xen_pv_tsc_khz;
}

/*
 * setup_arch() calls x86_init.oem.arch_setup() after early_cpu_init(),
 * jump_label_init() and early_ioremap_init(), which need the upper-level
 * stores, the page-table hooks and cpuid of the runtime.  The self-test
 * maps start_info with early_memremap(): __pte() of its pfn, a native
 * store into early_ioremap's read-only L1 (which Xen emulates for
 * writable page tables) and invlpg, then unmaps it.  Then what pv-ops'
 * xen_arch_setup() does that a domU needs: no ACPI, no NUMA, and the
 * TSC frequency from Xen's CPUID leaf (base + 3, ECX).
 */
static void __init previrt_xen_pv_arch_setup(void)
{
	struct start_info *si = early_memremap(previrt_xen_pv_si_pa, PAGE_SIZE);
	unsigned int eax, ebx, ecx, edx;
	bool ok;

	ok = previrt_xen_pv_check("early_memremap(start_info) shows its magic",
				  si && !strncmp(si->magic, "xen-3.0", 7));
	if (si)
		early_memunmap(si, PAGE_SIZE);
	if (!ok)
		previrt_xen_pv_end(SHUTDOWN_crash);

	disable_acpi();
#ifdef CONFIG_NUMA
	numa_off = 1;
#endif
	cpuid_count(0x40000003, 0, &eax, &ebx, &ecx, &edx);
	if (!ecx) {
		previrt_xen_pv_puts("previrt: xen-pv: Xen gives no TSC frequency: failed: 0\n");
		previrt_xen_pv_end(SHUTDOWN_crash);
	}
	previrt_xen_pv_tsc_khz = ecx;
	x86_platform.calibrate_tsc = previrt_xen_pv_calibrate;
	x86_platform.calibrate_cpu = previrt_xen_pv_calibrate;
	setup_force_cpu_cap(X86_FEATURE_TSC_KNOWN_FREQ);
	setup_force_cpu_cap(X86_FEATURE_TSC_RELIABLE);
	previrt_xen_pv_reached(PREVIRT_XEN_PV_ARCH_SETUP);
}

/*
 * The memory map: Xen's (XENMEM_memory_map, one RAM range for a domU),
 * RAM clamped to the pages the domain has (pv-ops' xen_memory_setup()
 * also moves, releases and balloons pages, which a domU without PCI
 * passthrough does not need), and the ISA hole reserved.
 */
static char *__init previrt_xen_pv_memory_setup(void)
{
	static struct e820_entry map[E820_MAX_ENTRIES_ZEROPAGE] __initdata;
	struct xen_memory_map memmap = { .nr_entries = ARRAY_SIZE(map) };
	u64 end = PFN_PHYS((u64)previrt_xen_pv_nr_pages);
	unsigned int i;
	long ret;

	set_xen_guest_handle(memmap.buffer, map);
	ret = previrt_xen_hypercall(__HYPERVISOR_memory_op, XENMEM_memory_map,
				    (unsigned long)&memmap, 0);
	if (ret)
		previrt_xen_pv_failed("XENMEM_memory_map", ret);
	for (i = 0; i < memmap.nr_entries; i++) {
		u64 addr = map[i].addr, size = map[i].size;

		if (map[i].type == E820_TYPE_RAM) {
			if (addr >= end)
				continue;
			size = min(size, end - addr);
		}
		e820__range_add(addr, size, map[i].type);
	}
	e820__range_add(ISA_START_ADDRESS, ISA_END_ADDRESS - ISA_START_ADDRESS,
			E820_TYPE_RESERVED);
	e820__update_table(e820_table);
	previrt_xen_pv_reached(PREVIRT_XEN_PV_MEMORY_SETUP);
	return "Xen";
}

/* paging_init() (the native pagetable_init), then the stage stop. */
static void __init previrt_xen_pv_pagetable_init(void)
{
	paging_init();
	previrt_xen_pv_reached(PREVIRT_XEN_PV_PAGETABLE_INIT);
}

/*
 * The end of setup_arch().  The kernel found one CPU (no APIC, no MP
 * table): with more vCPUs from Xen (counted up to the vcpu_info slots
 * of shared_info) it says why it uses one, since
 * bringing up a PV vCPU (VCPUOP_initialise, VCPUOP_up) is not in the
 * runtime yet.
 */
static void __init previrt_xen_pv_banner(void)
{
	unsigned int cpu, vcpus = 1;

	for (cpu = 1; cpu < MAX_VIRT_CPUS; cpu++)
		if (previrt_xen_vcpu_op(VCPUOP_is_up, cpu, NULL) >= 0)
			vcpus++;
	if (vcpus > 1)
		pr_warn("previrt: xen-pv: Xen gives %u vCPUs, the kernel uses one: the runtime cannot start a PV vCPU yet\n",
			vcpus);
	pr_info("previrt: xen-pv: booting on Xen PV, setup_arch() done\n");
	if (!previrt_xen_pv_check("max_pfn is the domain's last page",
				  max_pfn == previrt_xen_pv_nr_pages))
		previrt_xen_pv_end(SHUTDOWN_crash);
	previrt_xen_pv_reached(PREVIRT_XEN_PV_SETUP_ARCH);
}

/*
 * What x86_64_start_reservations() and setup_arch() need of a PV guest
 * (pv-ops: the end of xen_start_kernel()): I/O privilege for the port
 * I/O the kernel does (emulated by Xen), writable page tables for the
 * PTE stores left native, boot_params from start_info, and a console.
 */
static void __init previrt_xen_pv_prepare(struct start_info *si)
{
	struct physdev_set_iopl iopl = { .iopl = 1 };
	unsigned long initrd = 0;
	long ret;

	ret = previrt_xen_hypercall(__HYPERVISOR_physdev_op, PHYSDEVOP_set_iopl,
				    (unsigned long)&iopl, 0);
	if (ret)
		previrt_xen_pv_failed("PHYSDEVOP_set_iopl", ret);
	ret = previrt_xen_hypercall(__HYPERVISOR_vm_assist, VMASST_CMD_enable,
				    VMASST_TYPE_writable_pagetables, 0);
	if (ret)
		previrt_xen_pv_failed("VMASST_TYPE_writable_pagetables", ret);

	if (si->mod_start)
		initrd = si->flags & SIF_MOD_START_PFN ? PFN_PHYS(si->mod_start) :
			 __pa(si->mod_start);
	boot_params.hdr.type_of_loader = 9 << 4;	/* Xen */
	boot_params.hdr.ramdisk_image = initrd;
	boot_params.hdr.ramdisk_size = si->mod_len;
	boot_params.hdr.cmd_line_ptr = __pa(si->cmd_line);
	boot_params.hdr.hardware_subarch = X86_SUBARCH_XEN;

	previrt_xen_pv_si_pa = __pa(si);
	previrt_xen_pv_shared_info_ma = si->shared_info;
	x86_init.oem.arch_setup = previrt_xen_pv_arch_setup;
	x86_init.resources.memory_setup = previrt_xen_pv_memory_setup;
	x86_init.paging.pagetable_init = previrt_xen_pv_pagetable_init;
	x86_init.oem.banner = previrt_xen_pv_banner;
	smp_ops.smp_prepare_boot_cpu = previrt_xen_pv_prepare_boot_cpu;
	x86_init.irqs.intr_init = previrt_xen_pv_intr_init;
	x86_init.timers.timer_init = previrt_xen_pv_timer_init;
	x86_platform.get_wallclock = previrt_xen_read_wallclock;
	x86_init.irqs.intr_mode_select = x86_init_noop;
	x86_init.irqs.intr_mode_init = x86_init_noop;
	/* No real-mode trampoline: Xen starts vCPUs in long mode. */
	x86_platform.realmode_reserve = x86_init_noop;
	x86_platform.realmode_init = x86_init_noop;

	previrt_xen_power_init();
	previrt_xen_panic_init();

	register_console(&previrt_xen_pv_bootcon);
	cr4_init_shadow();
}

/**
 * previrt_xen_pv_start - the C entry of a Xen PV guest
 * @si:	Xen's start_info
 *
 * Takes the kernel to x86_64_start_reservations(), which does not return.
 */
asmlinkage __visible void __init previrt_xen_pv_start(struct start_info *si)
{
	struct xen_machphys_mapping mp;
	const unsigned long *m2p;
	unsigned long cr3;
	long ret, gs_ret;
	u32 features;

	previrt_xen_use_syscall();
	previrt_xen_pv_booted = true;
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
	previrt_xen_pv_m2p = m2p;
	previrt_xen_pv_max_mfn = ret ? 0 : mp.max_mfn;
	previrt_xen_pv_p2m = (const unsigned long *)si->mfn_list;
	previrt_xen_pv_nr_pages = si->nr_pages;
	/* Xen's bootstrap tables, in the initial mapping like the kernel. */
	cr3 = si->pt_base - __START_KERNEL_map;
	raw_cpu_write(previrt_xen_pv_cr3, cr3);
	previrt_xen_pv_con.evtchn = si->console.domU.evtchn;
	previrt_xen_pv_con.ring = (struct xencons_interface *)
		(__START_KERNEL_map + PFN_PHYS(m2p[si->console.domU.mfn]));
	if (ret)
		previrt_xen_pv_failed("XENMEM_machphys_mapping", ret);
	if (gs_ret)
		previrt_xen_pv_failed("set_segment_base(SEGBASE_GS_KERNEL)", gs_ret);

	previrt_xen_pv_printf("previrt: xen-pv: entered as a Xen PV guest (%.32s, ", si->magic);
	previrt_xen_pv_printf("%#lx pages, start_info at %#lx)\n", si->nr_pages, (unsigned long)si);
	previrt_xen_pv_parse_stop(si->cmd_line);

	ret = previrt_xen_features(&features);
	if (ret)
		previrt_xen_pv_failed("XENVER_get_features", ret);
	if (features & BIT(XENFEAT_auto_translated_physmap)) {
		previrt_xen_pv_puts("previrt: xen-pv: auto-translated physmap: not a PV guest\n");
		previrt_xen_pv_end(SHUTDOWN_crash);
	}
	previrt_xen_pv_printf("previrt: xen-pv: features %#x, ", features);
	previrt_xen_pv_printf("machine-to-physical table at %#lx, max mfn %#lx\n",
			      mp.v_start, mp.max_mfn);

	previrt_xen_pv_callback(CALLBACKTYPE_event, previrt_xen_pv_event_stub,
				"CALLBACKOP_register (event)");
	previrt_xen_pv_callback(CALLBACKTYPE_failsafe, previrt_xen_pv_failsafe_stub,
				"CALLBACKOP_register (failsafe)");
	previrt_xen_pv_callback(CALLBACKTYPE_syscall, previrt_xen_pv_syscall,
				"CALLBACKOP_register (syscall)");
	previrt_xen_pv_puts("previrt: xen-pv: GS base, .bss, features, callbacks: done\n");
	previrt_xen_pv_reached(PREVIRT_XEN_PV_ENTRY);

	BUILD_BUG_ON(offsetof(struct vcpu_info, evtchn_upcall_mask) != 1);
	BUILD_BUG_ON(offsetof(struct vcpu_info, evtchn_upcall_pending) != 0);
	previrt_patch_early(&previrt_xen_pv_runtime, "Xen PV entry");
	previrt_xen_pv_selftest(cr3);
	previrt_xen_pv_reached(PREVIRT_XEN_PV_EARLY);

	/* The kernel's early handlers, through Xen's trap table. */
	idt_setup_early_handler();
	previrt_xen_pv_test_traps();
	previrt_xen_pv_reached(PREVIRT_XEN_PV_TRAPS);

	previrt_xen_pv_caps();
	previrt_xen_pv_handover(si);
	si = __va(__pa(si));
	previrt_xen_pv_test_pagetables();
	previrt_xen_pv_reached(PREVIRT_XEN_PV_PAGETABLES);

	previrt_xen_pv_prepare(si);
	/* boot_params is version 0: copied onto itself, through the direct map. */
	x86_64_start_reservations((char *)__pa_symbol(&boot_params));
}
