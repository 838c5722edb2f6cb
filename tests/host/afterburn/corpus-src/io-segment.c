// SPDX-License-Identifier: GPL-2.0
/* io.h, segment.h, processor.h patterns */
#include "kasm.h"

#define BUILDIO(bwl, bw, type)						\
void out##bwl(type value, u16 port)					\
{									\
	asm volatile("out" #bwl " %" #bw "0, %w1"			\
		     : : "a"(value), "Nd"(port));			\
}									\
									\
type in##bwl(u16 port)							\
{									\
	type value;							\
	asm volatile("in" #bwl " %w1, %" #bw "0"			\
		     : "=a"(value) : "Nd"(port));			\
	return value;							\
}									\
									\
void outs##bwl(u16 port, const void *addr, unsigned long count)	\
{									\
	asm volatile("rep; outs" #bwl					\
		     : "+S"(addr), "+c"(count)				\
		     : "d"(port) : "memory");				\
}									\
									\
void ins##bwl(u16 port, void *addr, unsigned long count)		\
{									\
	asm volatile("rep; ins" #bwl					\
		     : "+D"(addr), "+c"(count)				\
		     : "d"(port) : "memory");				\
}

BUILDIO(b, b, unsigned char)
BUILDIO(w, w, unsigned short)
BUILDIO(l, , unsigned int)

void native_io_delay(void)
{
	asm volatile("outb %al, $0x80");
}

u8 cmos_read(u8 addr)
{
	outb(addr, 0x70);
	return inb(0x71);
}

void cmos_write_const(void)
{
	asm volatile("outb %b0, %w1" : : "a" ((u8)0x8f), "Nd" ((u16)0x70));
	asm volatile("inb %w1, %b0" : "=a" (*(volatile u8 *)0) : "Nd" ((u16)0x71));
}

#define __loadsegment_simple(seg, value)				\
do {									\
	unsigned short __val = (value);					\
									\
	asm volatile("						\n"	\
		     "1:	movl %k0,%%" #seg "		\n"	\
		     _ASM_EXTABLE_TYPE(1b, 1b, 13)			\
		     : "+r" (__val) : : "memory");			\
} while (0)

#define savesegment(seg, value)				\
	asm("mov %%" #seg ",%0":"=r" (value) : : "memory")

void load_ds(unsigned short v)
{
	__loadsegment_simple(ds, v);
	__loadsegment_simple(es, v);
	__loadsegment_simple(ss, v);
}

void load_fs(unsigned short v)
{
	__loadsegment_simple(fs, v);
}

unsigned short save_segs(unsigned short *a)
{
	unsigned short fs, gs, ds, es;

	savesegment(fs, fs);
	savesegment(gs, gs);
	savesegment(ds, ds);
	savesegment(es, es);
	a[0] = fs; a[1] = gs; a[2] = ds;
	return es;
}

void native_load_gs_index(unsigned int selector)
{
	unsigned long flags;

	asm volatile("pushf ; pop %0" : "=rm" (flags) : : "memory");
	asm volatile("cli" : : : "memory");
	asm volatile("swapgs" : : : "memory");
	asm volatile("1:	movl %k0,%%gs\n"
		     "2:\n"
		     _ASM_EXTABLE(1b, 2b)
		     : : "r" (selector) : "memory");
	asm volatile(ALTERNATIVE("", "mfence", 0) ::: "memory");
	asm volatile("swapgs" : : : "memory");
	if (flags & (1 << 9))
		asm volatile("sti" : : : "memory");
}

void push_pop_fs(void)
{
	asm volatile("push %%fs; pop %%fs; pushq %%gs; popq %%gs" ::: "memory");
}

unsigned long cpu_relax_loop(volatile int *p)
{
	unsigned long n = 0;

	while (!*p) {
		asm volatile("rep; nop" ::: "memory");
		n++;
	}
	return n;
}

unsigned long clear_user_str(void *to, unsigned long n)
{
	asm volatile(
		"0:	rep stosb\n"
		"1:\n"
		_ASM_EXTABLE(0b, 1b)
		: "+c" (n), "+D" (to) : "a" (0) : "memory");
	return n;
}

void __noinstr idle_loop(void)
{
	asm volatile(ALTERNATIVE("sti; hlt", "hlt", 7) ::: "memory");
}

int ud_sites(int x)
{
	if (x)
		asm volatile("ud2");
	return x + 1;
}
