	.text
	cli
	.code32
	sti
	cli