# expect: bad-cli-op.s:2: error: afterburn: unexpected operand for cli
	cli %eax
