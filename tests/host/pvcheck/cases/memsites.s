# Memory sites as asm/previrt_mem.h emits them: an access or padding only
# (a hook), with a memory kind.
	.include "site.inc"
	.text

	func set_pte
	site MEM_PTE_SET, 0xff, movq %rsi, (%rdi)
	ret
	.size set_pte, . - set_pte

	func xchg_pte
	site MEM_PTE_XCHG, 0xff, xchgq %rax, (%rdi)
	ret
	.size xchg_pte, . - xchg_pte

	func alloc_pte
98761:	.nops 5
	record 98761b, 5, 0, PREVIRT_KIND_MEM_PTE_ALLOC, 0xff
	ret
	.size alloc_pte, . - alloc_pte

	func apic_read
	site MEM_APIC_READ, 0xff, movl 0xffffffffff5fd300, %eax
	ret
	.size apic_read, . - apic_read
