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
 *   entries and labels keep their meaning.  Sites whose padding is never
 *   executed (iret, sysret, sysexit), string port I/O, hooks (padding
 *   only) and padding that is not made of NOPs are left as they are.
 * native-nop: the padding stays the multi-byte NOP the assembler emitted.
 * native-jmp: the padding becomes a short jmp over it.
 *
 * native-nop and native-jmp are only used with previrt=, so that the three
 * can be measured against each other (Documentation/virt/previrt/).
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

/* Sites of the kernel image and of modules. */
static unsigned int previrt_native_folded;

static bool __init_or_module previrt_native_detect(void)
{
	return true;
}

static bool __init_or_module previrt_has_prefix(struct insn *insn, u8 want)
{
	insn_byte_t p;
	int i;

	for_each_insn_prefix(insn, i, p)
		if (p == want)
			return true;
	return false;
}

/* Is [@p, @p + @len) made of NOP instructions only? */
static bool __init_or_module previrt_all_nops(const u8 *p, unsigned int len)
{
	struct insn insn;

	while (len) {
		if (insn_decode_kernel(&insn, p) < 0 || insn.length > len)
			return false;
		if (insn.opcode.nbytes == 1 && insn.opcode.bytes[0] == 0x90) {
			/* 41 90 is xchg %eax,%r8d, f3 90 is pause */
			if (insn.rex_prefix.nbytes || insn.length != insn.prefixes.nbytes + 1)
				return false;
			if (previrt_has_prefix(&insn, 0xf3))
				return false;
		} else if (insn.opcode.nbytes != 2 || insn.opcode.bytes[0] != 0x0f ||
			   insn.opcode.bytes[1] != 0x1f) {
			return false;
		}
		p += insn.length;
		len -= insn.length;
	}
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
		return PREVIRT_NATIVE;
	}
	if (!pad || !site->insn_len || site->len > MAX_INSN_SIZE ||
	    insn_decode_kernel(&insn, site->addr) < 0 || insn.length != site->insn_len ||
	    !previrt_all_nops(site->addr + site->insn_len, pad))
		return PREVIRT_NATIVE;

	memset(buf, previrt_seg_prefix(&insn), pad);
	memcpy(buf + pad, site->addr, site->insn_len);
	if (insn_rip_relative(&insn)) {
		/* The end of the instruction moves by @pad bytes. */
		s32 disp = insn.displacement.value - pad;

		memcpy(buf + pad + insn_offset_displacement(&insn), &disp, sizeof(disp));
	}
	text_poke_early(site->addr, buf, site->len);
	previrt_native_folded++;
	return PREVIRT_NATIVE;
}

static void __init_or_module previrt_native_report(void)
{
	pr_info("native: padding of %u sites folded into their instruction as prefixes\n",
		previrt_native_folded);
}

const struct previrt_runtime previrt_native_runtime __previrt_runtime = {
	.name		= "native",
	.detect		= previrt_native_detect,
	.patch_site	= previrt_native_patch,
	.done		= previrt_native_report,
};

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
	text_poke_early(site->addr + site->insn_len, buf, pad);
	return PREVIRT_REWRITTEN;
}

const struct previrt_runtime previrt_native_jmp_runtime __previrt_runtime = {
	.name		= "native-jmp",
	.patch_site	= previrt_native_jmp_patch,
};
