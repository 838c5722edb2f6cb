// SPDX-License-Identifier: GPL-2.0
/*
 * The native previrt runtime: bare metal and full virtualization.
 *
 * A site keeps its original instruction.  What its padding becomes decides
 * what the site costs, since the padding sits in the path of execution:
 *
 * native (the default): the padding is folded into the instruction as
 *   redundant segment-override prefixes, the technique GNU as uses for
 *   -malign-branch-prefix-size and the kernel for its cs-prefixed indirect
 *   calls.  "cli; nopw 0x0(%rax,%rax,1)" becomes "cs cs ... cli": one
 *   instruction, as in a kernel without CONFIG_PREVIRT, and the interrupt
 *   shadow of sti (sti; hlt) again covers the next instruction rather than
 *   a NOP.  The instruction still starts at the site, so exception-table
 *   entries and labels keep their meaning.  A folded site counts as
 *   rewritten.  Sites whose padding is never executed (iret, sysret,
 *   sysexit, far returns and far jumps), string port I/O and hooks
 *   (padding only) are left as they are.
 *
 * With CONFIG_PREVIRT_DEBUG, two diagnostic runtimes for measurements,
 * chosen with previrt= only:
 * native-nop: the padding stays the multi-byte NOP the assembler emitted.
 * native-jmp: the padding becomes a short jmp over it.
 * Both reopen the lost-wakeup window of "sti; hlt": the STI shadow then
 * covers the NOP or the jmp, not hlt, and an interrupt that arrives there
 * is handled before the CPU halts.  Never use them for anything but
 * measuring the cost of padding.
 */
#define pr_fmt(fmt) "previrt: " fmt

#include <linux/cache.h>
#include <linux/init.h>
#include <linux/module.h>
#include <linux/previrt.h>
#include <linux/string.h>
#include <asm/insn.h>
#include <asm/previrt.h>
#include <asm/text-patching.h>

static bool __init_or_module previrt_native_detect(void)
{
	return true;
}

/*
 * The segment-override prefix to repeat: the instruction's own, or cs.  In
 * 64-bit mode the bases of cs, ds, es and ss count as zero, but emulators
 * do not all agree: QEMU 7.2's TCG adds the base of an explicit ds to the
 * address (a user-set TLS base after ldt_gdt_64).  cs is the kernel's own
 * 64-bit code segment, whose base is zero in every implementation.
 */
static u8 __init_or_module previrt_seg_prefix(struct insn *insn)
{
	insn_byte_t p;
	int i;

	for_each_insn_prefix(insn, i, p)
		if (p == 0x26 || p == 0x2e || p == 0x36 || p == 0x3e || p == 0x64 || p == 0x65)
			return p;
	return 0x2e;
}

static enum previrt_outcome __init_or_module
previrt_native_patch(const struct previrt_site_desc *site)
{
	unsigned int pad = site->len - site->insn_len;
	u8 buf[MAX_INSN_SIZE];
	struct insn insn;

	switch (site->kind) {
	case PREVIRT_KIND_IRET:
	case PREVIRT_KIND_SYSRET:
	case PREVIRT_KIND_SYSEXIT:
	case PREVIRT_KIND_INS:
	case PREVIRT_KIND_OUTS:
	case PREVIRT_KIND_LRET:
	case PREVIRT_KIND_LJMP:
		return PREVIRT_NATIVE;
	}
	/* The patcher checked that the padding is NOPs up to the site's end. */
	if (!pad || !site->insn_len || site->len > MAX_INSN_SIZE ||
	    insn_decode_kernel(&insn, site->addr) < 0)
		return PREVIRT_NATIVE;

	memset(buf, previrt_seg_prefix(&insn), pad);
	memcpy(buf + pad, site->addr, site->insn_len);
	if (insn_rip_relative(&insn)) {
		/* The end of the instruction moves by @pad bytes. */
		s32 disp = insn.displacement.value - pad;

		memcpy(buf + pad + insn_offset_displacement(&insn), &disp, sizeof(disp));
	}
	if (!previrt_poke(site, site->addr, buf, site->len))
		return PREVIRT_FAILED;
	return PREVIRT_REWRITTEN;
}

const struct previrt_runtime previrt_native_runtime __previrt_runtime = {
	.name		= "native",
	.detect		= previrt_native_detect,
	.patch_site	= previrt_native_patch,
};

#ifdef CONFIG_PREVIRT_DEBUG
static enum previrt_outcome __init_or_module
previrt_native_nop_patch(const struct previrt_site_desc *site)
{
	return PREVIRT_NATIVE;
}

const struct previrt_runtime previrt_native_nop_runtime __previrt_runtime = {
	.name		= "native-nop",
	.patch_site	= previrt_native_nop_patch,
};

static enum previrt_outcome __init_or_module
previrt_native_jmp_patch(const struct previrt_site_desc *site)
{
	unsigned int pad = site->len - site->insn_len;
	u8 buf[PREVIRT_SITE_MAX];

	/* Below 3 bytes a jmp saves nothing over the NOP already there. */
	if (pad < 3)
		return PREVIRT_NATIVE;
	buf[0] = 0xeb;			/* jmp rel8 */
	buf[1] = pad - 2;
	add_nops(buf + 2, pad - 2);
	if (!previrt_poke(site, site->addr + site->insn_len, buf, pad))
		return PREVIRT_FAILED;
	return PREVIRT_REWRITTEN;
}

const struct previrt_runtime previrt_native_jmp_runtime __previrt_runtime = {
	.name		= "native-jmp",
	.patch_site	= previrt_native_jmp_patch,
};
#endif /* CONFIG_PREVIRT_DEBUG */
