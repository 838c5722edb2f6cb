	.rept 2
	.pushsection .data
	.long 1
	.popsection
	.endr
	.end
	cli
