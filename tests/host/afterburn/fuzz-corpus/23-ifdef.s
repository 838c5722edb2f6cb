	.ifdef FOO
	cli
	.else
	.code32
	.endif
