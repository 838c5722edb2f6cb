# expect: bad-mwait.s:2: error: afterburn: wrong number of operands for mwait
	mwait %eax
