# expect: bad-int-sym.s:2: error: afterburn: cannot evaluate interrupt vector
	int $VEC
