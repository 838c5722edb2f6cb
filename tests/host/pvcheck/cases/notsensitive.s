# Instructions that look close to sensitive ones but are not: no sites,
# no errors, all counts zero.
	.include "site.inc"
	.text

	func benign
	endbr64
	clac
	stac
	xgetbv
	monitorx %rax, %ecx, %edx
	mwaitx %eax, %ecx, %ebx
	rdpid %rax
	rdpkru
	lfence
	syscall
	vmcall
	serialize
	rdfsbase %rax
	mov %fs:0x28, %rax
	mov %gs:(%rdi), %eax
	cs nop
	xchg %ax, %ax
	pause
	xchg %r8, %rax
	pushq $1
	push %rax
	pop %rax
	mov %rax, %rbx
	vmovdqu (%rax), %ymm0
	lgs (%rax), %eax
	nopw 0x0(%rax,%rax,1)
	ret
	.size benign, . - benign
