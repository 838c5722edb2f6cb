# expect: bad-int-range.s:2: error: afterburn: interrupt vector 300 out of range
	int $300
