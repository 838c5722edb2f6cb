# sites: 3
# Exempt ranges and conditional assembly: the lazily placed range start
# never lands in front of .endif or .else in a branch gas skips, and a
# range that is pending at a conditional starts before it.
	.text
	.code32
	.if 0
	.code64
	.code32
	.endif
	cli
	.code64
	sti
	.code32
	.ifdef FOO
	cli
	.else
	sti
	.endif
	.code64
	hlt
	.code32
	.if 1
	.code64
	cli
	.code32
	.else
	.code64
	.endif
	cli
	.if 0
	nop
	.endif
