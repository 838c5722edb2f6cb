# expect: bad-string.s:3: error: afterburn: unterminated string
	.data
	.ascii "cli; sti
	cli
