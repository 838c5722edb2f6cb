# Linked into an ET_EXEC at 0xffffffff81000000 (see exec.lds): tables found
# through __start_/__stop_ symbols, messages with addresses.  startup is
# declared exempt code (exec.args).
	.include "site.inc"
	.text

	func native_write_cr3
	mov %rdi, %rax
	nop
	mov %rax, %cr3
	ret
	.size native_write_cr3, . - native_write_cr3

	func native_irq_disable
	site CLI, 0, cli
	ret
	.size native_irq_disable, . - native_irq_disable

	func startup
1:	lgdt (%rdi)
	ltr %ax
2:	exempt 1b, 2b
	ret
	.size startup, . - startup

	func rdtsc_ordered
661:	site RDTSC, 0, rdtsc
662:	altinstr 661b, 662b, 6641f, 6642f
	ret
	.size rdtsc_ordered, . - rdtsc_ordered

	.pushsection .altinstr_replacement, "ax"
6641:	lfence
	rdtsc
6642:
	.popsection
