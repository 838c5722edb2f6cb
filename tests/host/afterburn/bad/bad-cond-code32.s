# expect: bad-cond-code32.s:4: error: afterburn: .code32 inside the conditional at line 3, which afterburn cannot evaluate
	.text
	.ifdef CONFIG_FOO
	.code32
	.endif
	cli
