# Bytes the decoder cannot decode, and an instruction that runs across a
# known boundary (here a symbol), are errors in executable code: the sweep
# can no longer vouch for what follows.
	.include "site.inc"
	.text

	func push_es
	.byte 0x06			# push %es: invalid in 64-bit mode
	.byte 0x06
	ret
	.size push_es, . - push_es

	func across
	.byte 0xb8			# mov $imm32, %eax ...
	.size across, . - across
	func inner			# ... whose immediate is inner's code
	push %rbp
	ret
	nop
	nop
	ret
	.size inner, . - inner
