# expect: bad-seg-imm.s:2: error: afterburn: invalid operand for mov with %ds
	mov $0, %ds
