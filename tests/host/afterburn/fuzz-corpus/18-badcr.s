	mov %cr5, %rax
