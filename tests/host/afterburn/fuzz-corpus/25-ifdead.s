	.if 0
	.macro x
	1: .endif
	.rept 3
	.endif
	.endr
	.endm
	cli
