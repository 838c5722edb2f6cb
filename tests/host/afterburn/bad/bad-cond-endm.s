# expect: bad-cond-endm.s:5: error: afterburn: .endm inside the conditional at line 3 of the macro body
	.macro M a
	.if \a
	cli
	.endm
	.endif
