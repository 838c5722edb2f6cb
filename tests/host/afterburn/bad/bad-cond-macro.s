# expect: bad-cond-macro.s:5: error: afterburn: .code32 inside the conditional at line 4, which afterburn cannot evaluate
	.macro M mode
	.if 1
	.ifc \mode,32
	.code32
	.endif
	.endif
	.endm
