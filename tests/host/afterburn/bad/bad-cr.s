# expect: bad-cr.s:3: error: afterburn: invalid control register %cr5
	.text
	mov %cr5, %rax
