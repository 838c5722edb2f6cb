	.code32
	.if 0
	.code64
	.elseif 1 + 2 & 1 == 1
	cli
	.else
	.pushsection .data
	.endif
	sti
