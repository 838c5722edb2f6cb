# expect: bad-cond-endif.s:4: error: afterburn: .endif without .if
	.text
	cli
	.endif
