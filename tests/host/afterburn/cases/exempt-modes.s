# sites: 3
# modes: 2 1 2 1 2
# An exempt range is in one code mode, which its record says in the top
# two bits of the length: a change of mode ends it.
	.text
	cli
	.code32
	cli
	.code16
	cli
	.code16gcc
	sti
	.code32
	hlt
	.code64
	sti
	.code16
	.rept 2
	hlt
	.endr
	.code32
	.rept 2
	cli
	.endr
	.code64
	cli
