1: 2: pushf
	popf
