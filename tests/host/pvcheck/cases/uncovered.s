# An uncovered cli and mov %rax,%cr3: exit 1 with objtool-style messages.
	.include "site.inc"
	.text

	func native_irq_disable
	cli
	ret
	.size native_irq_disable, . - native_irq_disable

	func native_write_cr3
	mov %rdi, %rax
	nop
	mov %rax, %cr3
	ret
	.size native_write_cr3, . - native_write_cr3
