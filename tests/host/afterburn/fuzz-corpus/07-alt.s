	.pushsection .altinstr_replacement,"ax"
	cli
	.popsection
