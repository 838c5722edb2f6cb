	mov %db7, %rax
	mov %rax, %cr8
