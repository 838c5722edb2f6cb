// SPDX-License-Identifier: GPL-2.0
/*
 * The native previrt runtime: bare metal and full virtualization.
 *
 * A site keeps its original instruction.  Its padding stays as the
 * assembler emitted it: one multi-byte NOP (GNU as .nops) per site.
 *
 * "native-jmp" is the alternative design, kept so that the two can be
 * measured against each other (Documentation/virt/previrt/): it turns the
 * padding into a short jmp over it.  It is only used with previrt=native-jmp.
 */
#include <linux/cache.h>
#include <linux/init.h>
#include <linux/module.h>
#include <linux/previrt.h>
#include <asm/previrt.h>
#include <asm/text-patching.h>

static bool __init_or_module previrt_native_detect(void)
{
	return true;
}

static enum previrt_outcome __init_or_module
previrt_native_patch(const struct previrt_site_desc *site)
{
	return PREVIRT_NATIVE;
}

const struct previrt_runtime previrt_native_runtime __previrt_runtime = {
	.name		= "native",
	.detect		= previrt_native_detect,
	.patch_site	= previrt_native_patch,
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
