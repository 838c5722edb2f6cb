# args: --exempt
# expect: bad-exempt.s:4: error: afterburn: invalid control register %cr7
	.text
	mov %cr7, %rax
