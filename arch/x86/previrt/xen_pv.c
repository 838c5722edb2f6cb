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
 * runtime "xen-pv": the interrupt-flag sites (cli, sti, pushf, popf) work
 * on the vCPU's upcall mask, cpuid on Xen's emulated one, CR3 on a shadow
 * of the pseudo-physical address and MMUEXT_NEW_BASEPTR, page-table
 * entry values (pte_val(), __pte() and the other levels) are translated
 * between pseudo-physical and machine frames, hlt blocks the vCPU, and
 * swapgs goes (Xen switches GS); a self-test through sites of this file
 * follows.  The rest of the runtime that takes the kernel to
 * x86_64_start_reservations() -- the trap table, the page tables handed
 * over from Xen's -- does not exist yet: the entry says so on the PV
 * console and ends the domain.  previrt_xen_pv_stop=STAGE on the command
 * line ends it after STAGE, saying so, for the harness.
 *
 * Built without stack protector and tracing: nothing is set up.  Only the
 * hypercalls of xen.c (in their PV form, syscall) and plain memory accesses
 * run here; every hypercall's result is checked, and a failure is printed
 * with the operation and ends the domain.
 */
#include <linux/init.h>
#include <linux/instrumentation.h>
#include <linux/irqflags.h>
#include <linux/kernel.h>
#include <linux/linkage.h>
#include <linux/percpu.h>
#include <linux/pfn.h>
#include <linux/pgtable.h>
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
#include <asm/special_insns.h>
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

/* A hypercall failed: say which, with Xen's result, and crash. */
static void __noreturn previrt_xen_pv_failed(const char *op, long ret)
{
	previrt_xen_pv_puts("previrt: xen-pv: ");
	previrt_xen_pv_puts(op);
	previrt_xen_pv_puts(ret < 0 ? " failed: -" : " failed: ");
	previrt_xen_pv_puthex(ret < 0 ? -ret : ret);
	previrt_xen_pv_puts("\n");
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

/**
 * previrt_xen_pv_write_cr3 - what a CR3 write site does
 * @cr3:	the pseudo-physical address of the new top-level table
 *
 * Xen switches to the machine frame of the table (MMUEXT_NEW_BASEPTR,
 * which also flushes the TLB, as a CR3 write does), and CR3 reads return
 * @cr3 from then on.  A refusal ends the domain: the kernel would run on
 * the wrong tables.
 */
asmlinkage __visible noinstr void previrt_xen_pv_write_cr3(unsigned long cr3)
{
	unsigned long pfn = (cr3 & CR3_ADDR_MASK) >> PAGE_SHIFT;
	struct mmuext_op op = { .cmd = MMUEXT_NEW_BASEPTR };
	unsigned int done = 0;
	long ret = -EINVAL;

	if (pfn < previrt_xen_pv_nr_pages) {
		op.arg1.mfn = previrt_xen_pv_p2m[pfn];
		ret = previrt_xen_pv_hypercall(__HYPERVISOR_mmuext_op, (unsigned long)&op, 1,
					       (unsigned long)&done, DOMID_SELF);
	}
	if (ret || done != 1) {
		instrumentation_begin();
		previrt_xen_pv_puts("previrt: xen-pv: CR3 write of ");
		previrt_xen_pv_puthex(cr3);
		previrt_xen_pv_puts(":\n");
		previrt_xen_pv_failed("MMUEXT_NEW_BASEPTR", ret ? ret : -EINVAL);
	}
	raw_cpu_write(previrt_xen_pv_cr3, cr3);
}

/**
 * previrt_xen_pv_halt - what a hlt site does
 * @ret:	the return address of the site's call
 *
 * With events unmasked the vCPU blocks until one is pending (Xen checks
 * that atomically, so "sti; hlt" keeps its meaning).  With events masked
 * nothing can end the halt: that is a kernel that stopped on purpose (an
 * early fault it could not fix, a panic), so say where and end the domain.
 */
asmlinkage __visible noinstr void previrt_xen_pv_halt(unsigned long ret)
{
	long rc = 0;

	if (!raw_cpu_read(previrt_xen_pv_vcpu.evtchn_upcall_mask)) {
		rc = previrt_xen_pv_hypercall(__HYPERVISOR_sched_op, SCHEDOP_block, 0, 0, 0);
		if (!rc)
			return;
	}
	instrumentation_begin();
	if (raw_cpu_read(previrt_xen_pv_vcpu.evtchn_upcall_mask)) {
		previrt_xen_pv_puts("previrt: xen-pv: halted with events masked at ");
		previrt_xen_pv_puthex(ret - CALL_INSN_SIZE);
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
 * @body, a GS-relative instruction, at the end of @len bytes with GS
 * prefixes repeated in front of it: one instruction fills the site.
 */
static bool __init previrt_xen_pv_gs_insn(u8 *buf, unsigned int len, const u8 *body,
					  unsigned int n)
{
	if (n > len || len > MAX_INSN_SIZE)
		return false;
	memset(buf, 0x65, len - n);
	memcpy(buf + len - n, body, n);
	return true;
}

/* movb $@masked, %gs:<upcall mask> */
static bool __init previrt_xen_pv_mask_insn(u8 *buf, unsigned int len, bool masked)
{
	u32 disp = (u32)(__force unsigned long)&previrt_xen_pv_vcpu +
		   offsetof(struct vcpu_info, evtchn_upcall_mask);
	u8 body[9] = { 0x65, 0xc6, 0x04, 0x25 };

	memcpy(body + 4, &disp, sizeof(disp));
	body[8] = masked;
	return previrt_xen_pv_gs_insn(buf, len, body, sizeof(body));
}

/* movq %gs:previrt_xen_pv_cr3, %reg */
static bool __init previrt_xen_pv_cr3_insn(u8 *buf, unsigned int len, unsigned int reg)
{
	u32 disp = (u32)(__force unsigned long)&previrt_xen_pv_cr3;
	u8 body[9] = { 0x65, reg < 8 ? 0x48 : 0x4c, 0x8b, ((reg & 7) << 3) | 4, 0x25 };

	memcpy(body + 5, &disp, sizeof(disp));
	return previrt_xen_pv_gs_insn(buf, len, body, sizeof(body));
}

/* @len bytes of NOPs without a lone 0x90 at either end (the runtime contract). */
static bool __init previrt_xen_pv_nops(u8 *buf, unsigned int len)
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
static unsigned int __init previrt_xen_pv_gpr(const struct insn *insn, bool reg_field)
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
static void *__init previrt_xen_pv_value_thunk(const struct insn *insn, bool make)
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
 * What the runtime does with each kind, for what runs up to the end of
 * setup_arch() (plans/xen-pv-p1-p2.md, section 2); other kinds stay
 * native, where Xen emulates them (cr0, cr4, MSRs, port I/O with IOPL)
 * or where they do not run yet.
 */
static enum previrt_outcome __init previrt_xen_pv_patch(const struct previrt_site_desc *site)
{
	u8 buf[PREVIRT_SITE_MAX];
	unsigned int n = 0, reg;
	void *thunk = NULL;
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
	case PREVIRT_KIND_STI:
		if (!previrt_xen_pv_mask_insn(buf, site->len, site->kind == PREVIRT_KIND_CLI))
			return PREVIRT_FAILED;
		n = site->len;
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
		/* Xen switches the GS bases between guest kernel and user mode. */
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

/* Only the PV entry chooses it (previrt_patch_early()): no detect hook. */
static const struct previrt_runtime previrt_xen_pv_runtime __initconst = {
	.name		= "xen-pv",
	.patch_site	= previrt_xen_pv_patch,
};

/* One line of the self-test; @ok passes through. */
static bool __init previrt_xen_pv_check(const char *what, bool ok)
{
	previrt_xen_pv_puts("previrt: xen-pv: self-test: ");
	previrt_xen_pv_puts(what);
	previrt_xen_pv_puts(ok ? ": ok\n" : ": WRONG\n");
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
	previrt_xen_pv_puts("previrt: xen-pv: early pass: ");
	previrt_xen_pv_putdec(out[PREVIRT_REWRITTEN]);
	previrt_xen_pv_puts(" rewritten, ");
	previrt_xen_pv_putdec(out[PREVIRT_NATIVE]);
	previrt_xen_pv_puts(" native, ");
	previrt_xen_pv_putdec(out[PREVIRT_FAILED]);
	previrt_xen_pv_puts(" failed\n");
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
	unsigned long cr3;
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
	previrt_xen_pv_selftest(cr3);
	previrt_xen_pv_reached(PREVIRT_XEN_PV_EARLY);

	previrt_xen_pv_puts("previrt: xen-pv: this kernel has no Xen PV runtime yet");
	previrt_xen_pv_puts(" past the early pass; powering the domain off\n");
	previrt_xen_pv_end(SHUTDOWN_poweroff);
}
