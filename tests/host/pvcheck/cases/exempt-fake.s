# An exempt record over ordinary 64-bit code, as a confused afterburn (or a
# hand-made record) could make: the code is not declared 16/32-bit or
# exempt, so the record is not believed and the cli is reported.
	.include "site.inc"
	.text

	func native_irq_disable
1:	cli
2:	exempt 1b, 2b
	ret
	.size native_irq_disable, . - native_irq_disable
