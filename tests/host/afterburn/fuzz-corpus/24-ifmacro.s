	.macro m a
	.if \a == 1 || (\a << 2) > 3
	pushf
	.elseif 0
	.code32
	.endif
	.endm
	m 1
