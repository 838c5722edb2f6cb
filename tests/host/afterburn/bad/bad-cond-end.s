# expect: bad-cond-end.s:4: error: afterburn: .end inside the conditional at line 3, which afterburn cannot evaluate
	.set x, 1
	.if x
	.end
	.endif
