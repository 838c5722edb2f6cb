# expect: bad-cond-else.s:6: error: afterburn: .previous inside the conditional at line 3, which afterburn cannot evaluate
	.text
	.ifndef X
	cli
	.else
	.previous
	.endif
