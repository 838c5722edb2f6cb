	mov %ds, %ax
	movw %ax, %gs
	push %fs
	pop %gs
