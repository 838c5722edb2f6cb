# expect: bad-cr-nops.s:2: error: afterburn: wrong number of operands for movq
	movq %cr3
