# expect: bad-dr.s:4: error: afterburn: invalid debug register %dr8
	.text
	cli
	nop; mov %rax, %dr8
