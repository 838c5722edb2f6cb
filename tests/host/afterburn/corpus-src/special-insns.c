// SPDX-License-Identifier: GPL-2.0
/* special_insns.h, tlbflush.h, desc.h, debugreg.h patterns */
#include "kasm.h"

static unsigned long __force_order;

unsigned long native_read_cr0(void)
{
	unsigned long val;

	asm volatile("mov %%cr0,%0\n\t" : "=r" (val));
	return val;
}

void native_write_cr0(unsigned long val)
{
	asm volatile("mov %0,%%cr0": "+r" (val) : : "memory");
}

unsigned long native_read_cr2(void)
{
	unsigned long val;

	asm volatile("mov %%cr2,%0\n\t" : "=r" (val));
	return val;
}

void native_write_cr2(unsigned long val)
{
	asm volatile("mov %0,%%cr2": : "r" (val) : "memory");
}

unsigned long __native_read_cr3(void)
{
	unsigned long val;

	asm volatile("mov %%cr3,%0\n\t" : "=r" (val));
	return val;
}

void native_write_cr3(unsigned long val)
{
	asm volatile("mov %0,%%cr3": : "r" (val) : "memory");
}

unsigned long native_read_cr4(void)
{
	unsigned long val;

	asm volatile("1: mov %%cr4, %0\n"
		     "2:\n"
		     _ASM_EXTABLE(1b, 2b)
		     : "=r" (val) : "0" (0), "m" (__force_order));
	return val;
}

void __noinstr native_write_cr4(unsigned long val)
{
	asm volatile("mov %0,%%cr4": "+r" (val) : : "memory");
}

unsigned long read_cr8(void)
{
	unsigned long cr8;

	asm volatile("movq %%cr8,%0" : "=r" (cr8));
	return cr8;
}

void native_wbinvd(void)
{
	asm volatile("wbinvd": : :"memory");
}

void __invlpg(unsigned long addr)
{
	asm volatile("invlpg (%0)" ::"r" (addr) : "memory");
}

void __invpcid(unsigned long pcid, unsigned long addr, unsigned long type)
{
	struct { u64 d[2]; } desc = { { pcid, addr } };

	asm volatile("invpcid %[desc], %[type]"
		     :: [desc] "m" (desc), [type] "r" (type) : "memory");
}

struct desc_ptr {
	unsigned short size;
	unsigned long address;
} __attribute__((packed));

void native_load_gdt(const struct desc_ptr *dtr)
{
	asm volatile("lgdt %0"::"m" (*dtr));
}

void native_load_idt(const struct desc_ptr *dtr)
{
	asm volatile("lidt %0"::"m" (*dtr));
}

void native_store_gdt(struct desc_ptr *dtr)
{
	asm volatile("sgdt %0":"=m" (*dtr));
}

void store_idt(struct desc_ptr *dtr)
{
	asm volatile("sidt %0":"=m" (*dtr));
}

void native_load_tr_desc(void)
{
	asm volatile("ltr %w0"::"q" (16 * 8));
}

void native_set_ldt(unsigned int entries)
{
	if (!entries)
		asm volatile("lldt %w0"::"q" (0));
	else
		asm volatile("lldt %w0"::"q" (14 * 8));
}

unsigned long native_store_tr(void)
{
	unsigned long tr;

	asm volatile("str %0":"=r" (tr));
	return tr;
}

unsigned short store_ldt(void)
{
	unsigned short ldt;

	asm volatile("sldt %0" : "=g" (ldt));
	return ldt;
}

unsigned long smsw(void)
{
	unsigned long v;

	asm volatile("smsw %0" : "=r" (v));
	return v;
}

unsigned long native_get_debugreg(int regno)
{
	unsigned long val = 0;

	switch (regno) {
	case 0:
		asm("mov %%db0, %0" :"=r" (val));
		break;
	case 1:
		asm("mov %%db1, %0" :"=r" (val));
		break;
	case 3:
		asm("mov %%db3, %0" :"=r" (val));
		break;
	case 6:
		asm("mov %%db6, %0" :"=r" (val));
		break;
	case 7:
		asm volatile("mov %%db7, %0" :"=r" (val));
		break;
	default:
		__builtin_trap();
	}
	return val;
}

void native_set_debugreg(int regno, unsigned long value)
{
	switch (regno) {
	case 0:
		asm("mov %0, %%db0"	::"r" (value));
		break;
	case 2:
		asm("mov %0, %%db2"	::"r" (value));
		break;
	case 7:
		asm volatile("mov %0, %%db7"	::"r" (value));
		break;
	}
}

void xsetbv(u32 index, u64 value)
{
	u32 eax = value;
	u32 edx = value >> 32;

	asm volatile("xsetbv" :: "a" (eax), "d" (edx), "c" (index));
}

void __init init_tlb(unsigned long cr4)
{
	native_write_cr3(__native_read_cr3());
	native_write_cr4(cr4);
	native_wbinvd();
}

int verw_seg(unsigned short sel)
{
	unsigned char ok;

	asm volatile("verw %1; setz %0" : "=qm" (ok) : "m" (sel) : "cc");
	return ok;
}

unsigned int lar_seg(unsigned short sel)
{
	unsigned int ar;

	asm volatile("lar %1, %0" : "=r" (ar) : "r" ((u32)sel));
	return ar;
}

unsigned long lsl_seg(unsigned long sel)
{
	unsigned long limit;

	asm volatile("lsl %1, %0" : "=r" (limit) : "r" (sel));
	return limit;
}

void clear_ts(void)
{
	asm volatile("clts");
	alternative("", "clts", 5);
}
