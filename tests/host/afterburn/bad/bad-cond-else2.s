# expect: bad-cond-else2.s:4: error: afterburn: .else after .else
	.if 1
	.else
	.else
	.endif
