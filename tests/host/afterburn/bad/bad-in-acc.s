# expect: bad-in-acc.s:2: error: afterburn: invalid operand for in: expected %al, %ax or %eax
	in %dx, %bl
