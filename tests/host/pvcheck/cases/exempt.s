# Exempt code: a 64-bit range and a .code32 region, both recorded in
# .previrt.exempt and declared (exempt.args: early_setup as code left native,
# startup_32 as 32-bit code).  Nothing is reported; the instructions count as
# exempt, those of startup_32 decoded as 32-bit code.
	.include "site.inc"
	.text

	func early_setup
1:	cli
	sti
2:	exempt 1b, 2b
	site RDMSR, 0, rdmsr
	ret
	.size early_setup, . - early_setup

	.code32
	func startup_32
1:	movl %cr0, %eax
	orl $1, %eax
	movl %eax, %cr0
	addl $1, %eax
	cli
	ljmp $0x10, $0
2:	.code64
	exempt 1b, 2b
	.size startup_32, . - startup_32
