# expect: bad-cond-eof.s:5: error: afterburn: missing .endif at end of file
	.text
	.if 1
	cli
