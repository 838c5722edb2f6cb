# expect: bad-endr.s:2: error: afterburn: .endr without .rept
	.endr
