	rep
	outsb
	rep; insw
