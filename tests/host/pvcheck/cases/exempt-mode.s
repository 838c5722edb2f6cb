# Exempt records over declared code (exempt-mode.args) that are still not
# believed: the bytes do not decode in the declared mode up to the end of
# the range, or have REX prefixes, the record's mode contradicts the
# declaration, the range runs past the end of the declared code or starts
# before it in code that is not padding, or covers a site.  One that is
# fine: 16-bit code, decoded as such.
	.include "site.inc"
	.text

	# Declared 32-bit, but 64-bit code: decoded as 32-bit code, the movabs
	# ends in the first byte of a mov imm32 that runs past the range.
	func startup_32
1:	cli
	movabs $0x000000b800000000, %rax
2:	exempt 1b, 2b
	.size startup_32, . - startup_32

	# The record says 16-bit code (len | 1 << 30), startup_32b is declared
	# 32-bit.
	func startup_32b
	.code32
1:	cli
2:	.code64
	.pushsection .previrt.exempt, "a"
	.long 1b - .
	.long (2b - 1b) | (1 << 30)
	.popsection
	.size startup_32b, . - startup_32b

	# Runs past the end of startup_32c into other_64.
	func startup_32c
	.code32
1:	addl $1, %eax
	.size startup_32c, . - startup_32c
	func other_64
	.code64
	cli
2:	exempt 1b, 2b
	ret
	.size other_64, . - other_64

	# Starts before startup_32d in code that is not padding.
	func other_64b
1:	cli
	.code32
	func startup_32d
	addl $1, %eax
2:	exempt 1b, 2b
	.code64
	.size startup_32d, . - startup_32d

	# Declared 32-bit, but 64-bit code that decodes as 32-bit code up to
	# the end of the range: its REX prefix is a "dec %eax" there.
	func startup_32e
1:	mov %rax, %rbx
	cli
2:	exempt 1b, 2b
	.size startup_32e, . - startup_32e

	# Declared 32-bit, but covers a site (sites are 64-bit code).
	func startup_32f
1:	site CLI, 0, cli
2:	exempt 1b, 2b
	.size startup_32f, . - startup_32f

	# Fine: 16-bit code with a 32-bit operand, a far jump and a far
	# pointer, decoded as 16-bit code.
	.p2align 4
	.code16
	func trampoline_16
1:	cli
	movl %cr0, %eax
	orl $1, %eax
	movl %eax, %cr0
	ljmpw $0x10, $0x1234
	lgdtl 0x10(%bx)
	movw $0x1234, %ax
	movl $0x12345678, %eax
2:	.code64
	exempt 1b, 2b
	.size trampoline_16, . - trampoline_16
