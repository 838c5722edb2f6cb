	.code32
	cli
	.code64
	hlt
