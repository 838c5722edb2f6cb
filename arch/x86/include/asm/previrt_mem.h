/* SPDX-License-Identifier: GPL-2.0 */
/*
 * previrt memory sites: annotations of the ordinary loads and stores a
 * hypervisor must see (page-table entries, descriptor tables, the TSS,
 * APIC MMIO), and of native no-op hooks (page-table pages coming and
 * going).
 *
 * The semantic patches in scripts/coccinelle/previrt/ put these macros into
 * the native implementations of those operations; nobody writes them by
 * hand.  Each macro is the native operation:
 *
 * - Without CONFIG_PREVIRT, or in objects the afterburn step does not
 *   rewrite (Kbuild defines __PREVIRT_SITES__ for those it does), it is
 *   exactly the plain C it replaced.
 * - With CONFIG_PREVIRT, it emits the access as one instruction in inline
 *   assembly, padded like an instruction site and recorded in .previrt.sites
 *   with a memory kind (asm/previrt_mem_kind_list.h) and operand
 *   PREVIRT_OP_DECODE: a runtime decodes the instruction to find its
 *   registers and memory operand, as for any site.  The native runtime
 *   leaves the instruction as it is.
 *
 * Hooks (previrt_hook()) are sites of padding only, with their two
 * arguments in %rdi and %rsi (previrt_hook0(): none, and those registers
 * hold nothing); a runtime that rewrites one into a call must preserve
 * every register, like a PV_CALLEE_SAVE function.
 *
 * Call sites (previrt_call2()) are a direct call of the native function
 * with the C calling convention; a runtime may point the call at its own
 * function of the same type, which may call the native one (the site's
 * original target).
 */
#ifndef _ASM_X86_PREVIRT_MEM_H
#define _ASM_X86_PREVIRT_MEM_H

#include <asm/previrt_kinds.h>

#ifndef __ASSEMBLY__
#include <linux/build_bug.h>
#include <linux/compiler.h>
#include <linux/types.h>
#include <asm/asm.h>

#if defined(CONFIG_PREVIRT) && defined(__PREVIRT_SITES__)

/*
 * One memory site around @insn, at least @size bytes long; the kind is the
 * asm operand named pvk.  The same layout as an afterburn site.
 *
 * The macros use asm_inline: GCC counts every line of an asm template as an
 * instruction when it decides what to inline and unroll, and a site is
 * several lines (the record in .previrt.sites) for one instruction.  Plain
 * asm made native_load_tls() keep its three-iteration loop, for instance.
 */
#define __PREVIRT_MEM_SITE(insn, size)					\
	"98761: " insn "\n"						\
	"98762: .nops -(((" #size ")-(98762b-98761b))>0)*"		\
	"((" #size ")-(98762b-98761b))\n"				\
	"98763: .pushsection .previrt.sites,\"a\"\n"			\
	"\t.long 98761b - .\n"						\
	"\t.byte 98763b-98761b, 98762b-98761b, %c[pvk], 0xff\n"		\
	"\t.popsection\n"

/* The unsigned integer type of the size of @x: 2, 4 or 8 bytes. */
#define __previrt_uint(x)						\
	typeof(__builtin_choose_expr(sizeof(x) == 2, (u16)0,		\
	       __builtin_choose_expr(sizeof(x) == 4, (u32)0, (u64)0)))

#define previrt_mem_write(kind, ptr, val)				\
do {									\
	typeof(ptr) __pvm_p = (ptr);					\
	typeof(*__pvm_p) __pvm_v = (val);				\
									\
	BUILD_BUG_ON(sizeof(*__pvm_p) != 2 && sizeof(*__pvm_p) != 4 &&	\
		     sizeof(*__pvm_p) != 8);				\
	asm_inline volatile(__PREVIRT_MEM_SITE("mov %[pvv], %[pvm]", 8)	\
		     : [pvm] "=m" (*(__previrt_uint(*__pvm_p) *)__pvm_p) \
		     : [pvv] "r" (*(__previrt_uint(*__pvm_p) *)&__pvm_v), \
		       [pvk] "i" (kind));				\
} while (0)

#define previrt_mem_this_cpu_write(kind, pcp, val)			\
do {									\
	__previrt_uint(pcp) __pvm_v = (val);				\
									\
	BUILD_BUG_ON(sizeof(pcp) != 2 && sizeof(pcp) != 4 && sizeof(pcp) != 8); \
	asm_inline volatile(__PREVIRT_MEM_SITE("mov %[pvv], %%gs:%[pvm]", 8) \
		     : [pvm] "+m" (pcp)					\
		     : [pvv] "r" (__pvm_v), [pvk] "i" (kind));		\
} while (0)

#define previrt_mem_xchg(kind, ptr, val)				\
({									\
	typeof(ptr) __pvm_p = (ptr);					\
	u64 __pvm_v = (val);						\
									\
	BUILD_BUG_ON(sizeof(*__pvm_p) != sizeof(u64));			\
	asm_inline volatile(__PREVIRT_MEM_SITE("xchgq %[pvv], %[pvm]", 8) \
		     : [pvv] "+r" (__pvm_v), [pvm] "+m" (*(u64 *)__pvm_p) \
		     : [pvk] "i" (kind) : "memory");			\
	(typeof(*__pvm_p))__pvm_v;					\
})

#define previrt_mem_cmpxchg(kind, ptr, old, new)			\
({									\
	typeof(ptr) __pvm_p = (ptr);					\
	u64 __pvm_o = (old), __pvm_n = (new);				\
									\
	BUILD_BUG_ON(sizeof(*__pvm_p) != sizeof(u64));			\
	asm_inline volatile(__PREVIRT_MEM_SITE("lock cmpxchgq %[pvn], %[pvm]", 8) \
		     : "+a" (__pvm_o), [pvm] "+m" (*(u64 *)__pvm_p)	\
		     : [pvn] "r" (__pvm_n), [pvk] "i" (kind) : "memory"); \
	(typeof(*__pvm_p))__pvm_o;					\
})

#define previrt_mem_copy(kind, dst, src, size)				\
do {									\
	u64 *__pvm_d = (u64 *)(dst);					\
	const u64 *__pvm_s = (const u64 *)(src);			\
	size_t __pvm_i, __pvm_n = (size);				\
									\
	BUILD_BUG_ON(__builtin_constant_p(size) && (size) % sizeof(u64)); \
	for (__pvm_i = 0; __pvm_i < __pvm_n / sizeof(u64); __pvm_i++)	\
		previrt_mem_write(kind, &__pvm_d[__pvm_i], __pvm_s[__pvm_i]); \
} while (0)

/*
 * Not volatile: an unused value needs no site.  The result has x's type
 * (pgdval_t, pteval_t, ...) as without previrt, for printk's format
 * checks, widened to 64 bits for movq (__pte(0) passes an int).
 */
#define previrt_val(kind, x)						\
({									\
	__typeof__((x) + 0UL) __pvm_x = (x), __pvm_r;			\
									\
	asm_inline(__PREVIRT_MEM_SITE("movq %[pvx], %[pvr]", 8)		\
	    : [pvr] "=r" (__pvm_r) : [pvx] "r" (__pvm_x), [pvk] "i" (kind)); \
	__pvm_r;							\
})

/* A hook without arguments: padding only, no register holds anything. */
#define previrt_hook0(kind)						\
	asm_inline volatile(__PREVIRT_MEM_SITE("", 5) : : [pvk] "i" (kind))

#define previrt_hook(kind, a, b)					\
do {									\
	asm_inline volatile(__PREVIRT_MEM_SITE("", 5)			\
		     : : "D" ((unsigned long)(a)), "S" ((unsigned long)(b)), \
		       [pvk] "i" (kind));				\
} while (0)

/*
 * fn(a, b) for a function returning void, as a direct call in a site of
 * at least 5 bytes: rel32 is what a runtime rewrites.  The call clobbers
 * what the C calling convention lets fn clobber.
 */
#define previrt_call2(kind, fn, a, b)					\
do {									\
	unsigned long __pvc_a = (unsigned long)(a);			\
	unsigned long __pvc_b = (unsigned long)(b);			\
									\
	if (0)								\
		fn(a, b);						\
	asm_inline volatile(__PREVIRT_MEM_SITE("call %c[pvf]", 5)	\
		     : "+D" (__pvc_a), "+S" (__pvc_b), ASM_CALL_CONSTRAINT \
		     : [pvf] "i" (fn), [pvk] "i" (kind)			\
		     : "rax", "rcx", "rdx", "r8", "r9", "r10", "r11",	\
		       "memory", "cc");					\
} while (0)

#define previrt_mmio_read32(kind, addr)					\
({									\
	u32 __pvm_r;							\
									\
	asm_inline volatile(__PREVIRT_MEM_SITE("movl %[pvm], %[pvr]", 8) \
		     : [pvr] "=r" (__pvm_r)				\
		     : [pvm] "m" (*(volatile u32 __force *)(addr)),	\
		       [pvk] "i" (kind) : "memory");			\
	__pvm_r;							\
})

#define previrt_mmio_write32(kind, addr, v)				\
do {									\
	asm_inline volatile(__PREVIRT_MEM_SITE("movl %[pvr], %[pvm]", 8) \
		     : [pvm] "=m" (*(volatile u32 __force *)(addr))	\
		     : [pvr] "r" ((u32)(v)), [pvk] "i" (kind) : "memory"); \
} while (0)

/*
 * The lazy MMU mode: include/linux/pgtable.h makes the three operations
 * no-op macros unless the architecture defines them, as PARAVIRT_XXL does
 * to let a hypervisor batch page-table updates; here they are hook sites
 * without arguments.  asm/pgtable.h includes this header before
 * linux/pgtable.h looks.
 */
#define __HAVE_ARCH_ENTER_LAZY_MMU_MODE
#define arch_enter_lazy_mmu_mode()	previrt_hook0(PREVIRT_KIND_MEM_LAZY_MMU_ENTER)
#define arch_leave_lazy_mmu_mode()	previrt_hook0(PREVIRT_KIND_MEM_LAZY_MMU_LEAVE)
#define arch_flush_lazy_mmu_mode()	previrt_hook0(PREVIRT_KIND_MEM_LAZY_MMU_FLUSH)

#else /* !(CONFIG_PREVIRT && __PREVIRT_SITES__) */

#define previrt_hook0(kind)			do { } while (0)
#define previrt_mem_write(kind, ptr, val)	WRITE_ONCE(*(ptr), val)
#define previrt_mem_this_cpu_write(kind, pcp, val) this_cpu_write(pcp, val)
#define previrt_mem_xchg(kind, ptr, val)	xchg(ptr, val)
#define previrt_mem_cmpxchg(kind, ptr, old, new) cmpxchg(ptr, old, new)
#define previrt_mem_copy(kind, dst, src, size)	memcpy(dst, src, size)
#define previrt_val(kind, x)			(x)
#define previrt_hook(kind, a, b)		do { } while (0)
#define previrt_call2(kind, fn, a, b)		fn(a, b)
#define previrt_mmio_read32(kind, addr)	readl(addr)
#define previrt_mmio_write32(kind, addr, v)	writel(v, addr)

#endif /* CONFIG_PREVIRT && __PREVIRT_SITES__ */

#endif /* __ASSEMBLY__ */
#endif /* _ASM_X86_PREVIRT_MEM_H */
