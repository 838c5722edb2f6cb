# expect: bad-rept-code.s:6: error: afterburn: .code32 at .endr of a body entered in .code64: gas would assemble its iterations in different modes
	.text
	.rept 2
	cli
	.code32
	.endr
