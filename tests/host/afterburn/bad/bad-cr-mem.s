# expect: bad-cr-mem.s:2: error: afterburn: invalid operand for mov with %cr0
	mov %cr0, (%rax)
