// SPDX-License-Identifier: GPL-2.0
/* irqflags.h, msr.h, processor.h patterns */
#include "kasm.h"

static inline unsigned long native_save_fl(void)
{
	unsigned long flags;

	asm volatile("# __raw_save_flags\n\t"
		     "pushf ; pop %0"
		     : "=rm" (flags) : : "memory");
	return flags;
}

static inline void native_irq_disable(void)
{
	asm volatile("cli": : :"memory");
}

static inline void native_irq_enable(void)
{
	asm volatile("sti": : :"memory");
}

static inline void native_safe_halt(void)
{
	asm volatile("sti; hlt": : :"memory");
}

static inline void native_halt(void)
{
	asm volatile("hlt": : :"memory");
}

unsigned long arch_local_irq_save(void)
{
	unsigned long flags = native_save_fl();

	native_irq_disable();
	return flags;
}

void arch_local_irq_restore(unsigned long flags)
{
	if (flags & (1 << 9))
		native_irq_enable();
}

void __noinstr default_idle(void)
{
	native_safe_halt();
}

void __noinstr play_dead(void)
{
	for (;;)
		native_halt();
}

#define DECLARE_ARGS(val, low, high)	unsigned long low, high
#define EAX_EDX_VAL(val, low, high)	((low) | (high) << 32)
#define EAX_EDX_RET(val, low, high)	"=a" (low), "=d" (high)

u64 native_read_msr(unsigned int msr)
{
	DECLARE_ARGS(val, low, high);

	asm volatile("1: rdmsr\n"
		     "2:\n"
		     _ASM_EXTABLE_TYPE(1b, 2b, 10)
		     : EAX_EDX_RET(val, low, high) : "c" (msr));
	return EAX_EDX_VAL(val, low, high);
}

int native_read_msr_safe(unsigned int msr, u64 *p)
{
	DECLARE_ARGS(val, low, high);
	int err;

	asm volatile("1: rdmsr ; xor %[err],%[err]\n"
		     "2:\n\t"
		     _ASM_EXTABLE_TYPE(1b, 2b, 11)
		     : [err] "=r" (err), EAX_EDX_RET(val, low, high)
		     : "c" (msr));
	*p = EAX_EDX_VAL(val, low, high);
	return err;
}

void native_write_msr(unsigned int msr, u32 low, u32 high)
{
	asm volatile("1: wrmsr\n"
		     "2:\n"
		     _ASM_EXTABLE_TYPE(1b, 2b, 12)
		     : : "c" (msr), "a"(low), "d" (high) : "memory");
}

u64 rdtsc(void)
{
	DECLARE_ARGS(val, low, high);

	asm volatile("rdtsc" : EAX_EDX_RET(val, low, high));
	return EAX_EDX_VAL(val, low, high);
}

u64 rdtsc_ordered(void)
{
	DECLARE_ARGS(val, low, high);

	asm volatile(ALTERNATIVE("rdtsc", "rdtscp", 3 * 32 + 27)
		     : EAX_EDX_RET(val, low, high) :: "ecx");
	return EAX_EDX_VAL(val, low, high);
}

u64 rdtscp(u32 *aux)
{
	DECLARE_ARGS(val, low, high);

	asm volatile("rdtscp" : EAX_EDX_RET(val, low, high), "=c" (*aux));
	return EAX_EDX_VAL(val, low, high);
}

u64 native_read_pmc(int counter)
{
	DECLARE_ARGS(val, low, high);

	asm volatile("rdpmc" : EAX_EDX_RET(val, low, high) : "c" (counter));
	return EAX_EDX_VAL(val, low, high);
}

void native_cpuid(unsigned int *eax, unsigned int *ebx,
		  unsigned int *ecx, unsigned int *edx)
{
	asm volatile("cpuid"
	    : "=a" (*eax), "=b" (*ebx), "=c" (*ecx), "=d" (*edx)
	    : "0" (*eax), "2" (*ecx)
	    : "memory");
}

static inline void __monitor(const void *eax, unsigned long ecx, unsigned long edx)
{
	/* "monitor %eax, %ecx, %edx;" */
	asm volatile(".byte 0x0f, 0x01, 0xc8;" :: "a" (eax), "c" (ecx), "d"(edx));
}

static inline void __mwait(unsigned long eax, unsigned long ecx)
{
	/* "mwait %eax, %ecx;" */
	asm volatile(".byte 0x0f, 0x01, 0xc9;" :: "a" (eax), "c" (ecx));
}

void mwait_idle_with_hints(unsigned long eax, unsigned long ecx, volatile int *flag)
{
	__monitor((void *)flag, 0, 0);
	if (!*flag)
		__mwait(eax, ecx);
}

void sync_core(void)
{
	unsigned int tmp;

	asm volatile (
		"mov %%ss, %0\n\t"
		"pushq %q0\n\t"
		"pushq %%rsp\n\t"
		"addq $8, (%%rsp)\n\t"
		"pushfq\n\t"
		"mov %%cs, %0\n\t"
		"pushq %q0\n\t"
		"pushq $1f\n\t"
		"iretq\n\t"
		"1:"
		: "=&r" (tmp), "+r" (*(unsigned long *)__builtin_frame_address(0))
		: : "cc", "memory");
}

void check_bug(int x)
{
	if (x > 3)
		BUG();
}

void do_int3(void)
{
	asm volatile("int3");
	asm volatile("int $0x80" ::: "memory");
}
