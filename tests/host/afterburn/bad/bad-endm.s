# expect: bad-endm.s:3: error: afterburn: .endm without .macro
	cli
	.endm
