# expect: bad-cond-section.s:6: error: afterburn: .pushsection inside the conditional at line 4, which afterburn cannot evaluate
	.text
	nr_vectors = 5
	.if nr_vectors > 4
	cli
	.pushsection .data
	.endif
