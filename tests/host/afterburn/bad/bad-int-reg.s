# expect: bad-int-reg.s:2: error: afterburn: invalid operand for int: expected $vector
	int %eax
