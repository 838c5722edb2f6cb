# int3 padding and ud2 for BUG() are counted, not reported.
	.include "site.inc"
	.text

	func f
	ret
	int3
	int3
	int3
	.size f, . - f

	func g
	test %rdi, %rdi
	jz 1f
	.byte 0x0f, 0x0b	# BUG()
1:	ud2
	ret
	.size g, . - g

	# Inside a site, int3 counts as covered.
	func h
	site INT3, 0, int3
	ret
	.size h, . - h
