/* SPDX-License-Identifier: GPL-2.0 */
/*
 * x86-64 pre-virtualization sites.
 *
 * scripts/previrt/afterburn emits one struct previrt_site per sensitive
 * instruction into .previrt.sites; the linker script gathers them between
 * __start_previrt_sites and __stop_previrt_sites, in init data.
 */
#ifndef _ASM_X86_PREVIRT_H
#define _ASM_X86_PREVIRT_H

#include <asm/previrt_kinds.h>

#ifndef __ASSEMBLY__
#include <linux/types.h>

/**
 * struct previrt_site - a site record, as afterburn writes it
 * @offset:	address of the site minus the address of this field, so that
 *		the table needs no relocation (KASLR, modules)
 * @len:	site length: the instruction plus its NOP padding
 * @insn_len:	length of the original instruction
 * @kind:	enum previrt_kind
 * @operand:	kind-specific operand, see asm/previrt_kinds.h
 */
struct previrt_site {
	s32 offset;
	u8 len;
	u8 insn_len;
	u8 kind;
	u8 operand;
} __packed;

/**
 * struct previrt_exempt - code the build deliberately left native
 * @offset:	start of the range minus the address of this field
 * @len:	length of the range in bytes (bits 0-29) and the mode of its
 *		code (bits 30-31: 1 16-bit, 2 32-bit, 3 64-bit code of an
 *		object left native on purpose)
 *
 * Only the coverage checker reads these; the kernel ignores them.
 */
struct previrt_exempt {
	s32 offset;
	u32 len;
} __packed;

struct alt_instr;
struct previrt_runtime;

/* The tables in vmlinux (see vmlinux.lds.S) and the runtimes. */
extern struct previrt_site __start_previrt_sites[], __stop_previrt_sites[];
extern struct previrt_site __start_previrt_altsites[], __stop_previrt_altsites[];
extern struct alt_instr __alt_instructions[], __alt_instructions_end[];
extern u8 __previrt_altinstr_replacement[], __previrt_altinstr_replacement_end[];
extern const struct previrt_runtime previrt_native_runtime;
#ifdef CONFIG_PREVIRT_XEN_PVH
extern const struct previrt_runtime previrt_xen_pvh_runtime;
/* The kernel came in through the PVH entry, on Xen. */
extern bool previrt_xen_pvh_entered;
#endif
#ifdef CONFIG_PREVIRT_KVM
extern const struct previrt_runtime previrt_kvm_runtime;
#endif
#ifdef CONFIG_PREVIRT_DEBUG
extern const struct previrt_runtime previrt_native_jmp_runtime;
extern const struct previrt_runtime previrt_native_nop_runtime;
#endif

#ifdef CONFIG_PREVIRT
void previrt_early_setup(void);
void previrt_patch_early(const struct previrt_runtime *rt, const char *how);
void previrt_patch_vmlinux(void);
void previrt_patch_module(struct previrt_site *start, struct previrt_site *end,
			  struct previrt_site *astart, struct previrt_site *aend,
			  struct alt_instr *alt, struct alt_instr *alt_end,
			  u8 *repl, u8 *repl_end);
#else
static inline void previrt_early_setup(void) { }
static inline void previrt_patch_vmlinux(void) { }
static inline void previrt_patch_module(struct previrt_site *start,
					struct previrt_site *end,
					struct previrt_site *astart,
					struct previrt_site *aend,
					struct alt_instr *alt,
					struct alt_instr *alt_end,
					u8 *repl, u8 *repl_end) { }
#endif

#endif /* __ASSEMBLY__ */
#endif /* _ASM_X86_PREVIRT_H */
