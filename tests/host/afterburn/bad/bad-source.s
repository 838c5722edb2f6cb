# args: --source drivers/foo.S
# expect: drivers/foo.S:4: error: afterburn: invalid control register %cr9
	.text
	mov %cr9, %rax
