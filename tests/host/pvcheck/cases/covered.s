# Every sensitive instruction is a site: no errors.
	.include "site.inc"
	.text

	func native_irq_disable
	site CLI, 0, cli
	ret
	.size native_irq_disable, . - native_irq_disable

	func native_irq_enable
	site STI, 0, sti
	ret
	.size native_irq_enable, . - native_irq_enable

	func native_write_cr3
	mov %rdi, %rax
	site CR_WRITE, 0x30, mov %rax, %cr3
	ret
	.size native_write_cr3, . - native_write_cr3

	func native_read_cr4
	site CR_READ, 0x40, mov %cr4, %rax
	ret
	.size native_read_cr4, . - native_read_cr4

	# A record relocated against a global symbol rather than a section.
	func native_safe_halt
	hlt
	.nops 7
	ret
	.size native_safe_halt, . - native_safe_halt
	record native_safe_halt, 8, 1, PREVIRT_KIND_HLT, 0

	# Padding between functions.
	int3
	int3
