# expect: bad-comment.s:3: error: afterburn: unterminated comment
	cli
	nop /* no end
	sti
