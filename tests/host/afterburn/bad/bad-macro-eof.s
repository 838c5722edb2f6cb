# expect: bad-macro-eof.s:4: error: afterburn: missing .endm at end of file
	.macro foo
	cli
