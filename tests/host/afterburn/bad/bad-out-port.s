# expect: bad-out-port.s:2: error: afterburn: invalid port operand for outb
	outb %al, %cx
