# Each sensitive instruction once, inside a site of the right kind and
# operand; --counts must list one site per kind (allkinds.counts).
	.include "site.inc"
	.text

	func allkinds
	site CLI, 0, cli
	site STI, 0, sti
	site PUSHF, 0, pushfq
	site POPF, 0, popfq
	site CR_READ, 0x43, mov %cr4, %rbx
	site CR_WRITE, 0x30, mov %rax, %cr3
	site DR_READ, 0x70, mov %db7, %rax
	site DR_WRITE, 0x71, mov %rcx, %db7
	site CLTS, 0, clts
	site LMSW, 0, lmsw %ax
	site SMSW, 0, smsw %eax
	site LGDT, 0xff, lgdt (%rdi)
	site LIDT, 0xff, lidt (%rdi)
	site LLDT, 0, lldt %ax
	site LTR, 0, ltr %ax
	site SGDT, 0xff, sgdt (%rdi)
	site SIDT, 0xff, sidt (%rdi)
	site SLDT, 0, sldt %eax
	site STR, 0, str %eax
	site LAR, 0, lar %ax, %eax
	site LSL, 0, lsl %ax, %eax
	site VERR, 0, verr %ax
	site VERW, 0xff, verw (%rip)
	site SEG_READ, 0x30, mov %ds, %eax
	site SEG_WRITE, 0x40, mov %eax, %fs
	site PUSH_SEG, 4, push %fs
	site POP_SEG, 5, pop %gs
	site SWAPGS, 0, swapgs
	site RDMSR, 0, rdmsr
	site WRMSR, 0, wrmsr
	site RDTSC, 0, rdtsc
	site RDTSCP, 0, rdtscp
	site RDPMC, 0, rdpmc
	site IN, 0, inb $0x80, %al
	site OUT, 6, outl %eax, (%dx)
	site INS, 0x0c, rep insb (%dx), %es:(%rdi)
	site OUTS, 0x05, outsw (%rsi), (%dx)
	site INVLPG, 0xff, invlpg (%rax)
	site INVPCID, 0xff, invpcid (%rax), %rcx
	site WBINVD, 0, wbinvd
	site INVD, 0, invd
	site HLT, 0, hlt
	site MONITOR, 0, monitor %rax, %ecx, %edx
	site MWAIT, 0, mwait %eax, %ecx
	site IRET, 0, iretq
	site SYSRET, 0, sysretq
	site SYSEXIT, 0, sysexitl
	site CPUID, 0, cpuid
	site XSETBV, 0, xsetbv
	site INT, 0x80, int $0x80
	site INT3, 0, int3
	site UD2, 0, ud2
	site LRET, 0, lretq
	site LJMP, 0xff, ljmp *(%rax)
	site LCALL, 0xff, lcall *(%rax)
	site LSS, 0xff, lss (%rax), %esp
	site LFS, 0xff, lfs (%rax), %eax
	site LGS, 0xff, lgs (%rax), %eax
	site XSAVES, 0xff, xsaves64 (%rdi)
	site XRSTORS, 0xff, xrstors64 (%rdi)
	site WBNOINVD, 0, wbnoinvd
	site CLAC, 0, clac
	site STAC, 0, stac
	site ENCLS, 0, encls
	site RDPID, 0, rdpid %rax
	site SYSCALL, 0, syscall
	site SYSENTER, 0, sysenter
	ret
	.size allkinds, . - allkinds

	# Every memory kind once (asm/previrt_mem_kind_list.h).
	func memkinds
	site MEM_PTE_SET, 0xff, movq %rsi, (%rdi)
	site MEM_PMD_SET, 0xff, movq %rsi, (%rdi)
	site MEM_PUD_SET, 0xff, movq %rsi, (%rdi)
	site MEM_P4D_SET, 0xff, movq %rsi, (%rdi)
	site MEM_PGD_SET, 0xff, movq %rsi, (%rdi)
	site MEM_PTE_XCHG, 0xff, movq %rsi, (%rdi)
	site MEM_PMD_XCHG, 0xff, movq %rsi, (%rdi)
	site MEM_PUD_XCHG, 0xff, movq %rsi, (%rdi)
	site MEM_PT_CMPXCHG, 0xff, movq %rsi, (%rdi)
	site MEM_PTE_VAL, 0xff, movq %rsi, (%rdi)
	site MEM_PMD_VAL, 0xff, movq %rsi, (%rdi)
	site MEM_PUD_VAL, 0xff, movq %rsi, (%rdi)
	site MEM_P4D_VAL, 0xff, movq %rsi, (%rdi)
	site MEM_PGD_VAL, 0xff, movq %rsi, (%rdi)
	site MEM_PTE_MAKE, 0xff, movq %rsi, (%rdi)
	site MEM_PMD_MAKE, 0xff, movq %rsi, (%rdi)
	site MEM_PUD_MAKE, 0xff, movq %rsi, (%rdi)
	site MEM_P4D_MAKE, 0xff, movq %rsi, (%rdi)
	site MEM_PGD_MAKE, 0xff, movq %rsi, (%rdi)
98761:	.nops 5
	record 98761b, 5, 0, PREVIRT_KIND_MEM_PTE_ALLOC, 0xff
98761:	.nops 5
	record 98761b, 5, 0, PREVIRT_KIND_MEM_PMD_ALLOC, 0xff
98761:	.nops 5
	record 98761b, 5, 0, PREVIRT_KIND_MEM_PUD_ALLOC, 0xff
98761:	.nops 5
	record 98761b, 5, 0, PREVIRT_KIND_MEM_P4D_ALLOC, 0xff
98761:	.nops 5
	record 98761b, 5, 0, PREVIRT_KIND_MEM_PTE_RELEASE, 0xff
98761:	.nops 5
	record 98761b, 5, 0, PREVIRT_KIND_MEM_PMD_RELEASE, 0xff
98761:	.nops 5
	record 98761b, 5, 0, PREVIRT_KIND_MEM_PUD_RELEASE, 0xff
98761:	.nops 5
	record 98761b, 5, 0, PREVIRT_KIND_MEM_P4D_RELEASE, 0xff
98761:	.nops 5
	record 98761b, 5, 0, PREVIRT_KIND_MEM_PGD_ALLOC, 0xff
98761:	.nops 5
	record 98761b, 5, 0, PREVIRT_KIND_MEM_PGD_FREE, 0xff
98761:	.nops 5
	record 98761b, 5, 0, PREVIRT_KIND_MEM_MM_ACTIVATE, 0xff
98761:	.nops 5
	record 98761b, 5, 0, PREVIRT_KIND_MEM_MM_DUP, 0xff
98761:	.nops 5
	record 98761b, 5, 0, PREVIRT_KIND_MEM_MM_EXIT, 0xff
98761:	.nops 5
	record 98761b, 5, 0, PREVIRT_KIND_MEM_MM_ENTER, 0xff
98761:	.nops 5
	record 98761b, 5, 0, PREVIRT_KIND_MEM_LDT_ALLOC, 0xff
98761:	.nops 5
	record 98761b, 5, 0, PREVIRT_KIND_MEM_LDT_FREE, 0xff
98761:	.nops 5
	record 98761b, 5, 0, PREVIRT_KIND_MEM_LAZY_MMU_ENTER, 0xff
98761:	.nops 5
	record 98761b, 5, 0, PREVIRT_KIND_MEM_LAZY_MMU_LEAVE, 0xff
98761:	.nops 5
	record 98761b, 5, 0, PREVIRT_KIND_MEM_LAZY_MMU_FLUSH, 0xff
	site MEM_GDT_WRITE, 0xff, movq %rsi, (%rdi)
	site MEM_LDT_WRITE, 0xff, movq %rsi, (%rdi)
	site MEM_IDT_WRITE, 0xff, movq %rsi, (%rdi)
	site MEM_TLS_LOAD, 0xff, movq %rsi, (%rdi)
	site MEM_SP0_WRITE, 0xff, movq %rsi, (%rdi)
	site MEM_IO_BITMAP, 0xff, movq %rsi, (%rdi)
	site MEM_APIC_READ, 0xff, movq %rsi, (%rdi)
	site MEM_APIC_WRITE, 0xff, movq %rsi, (%rdi)
	site MEM_IOAPIC_READ, 0xff, movq %rsi, (%rdi)
	site MEM_IOAPIC_WRITE, 0xff, movq %rsi, (%rdi)
	site MEM_TLB_FLUSH_MULTI, 0xff, call memkinds
	ret
	.size memkinds, . - memkinds
