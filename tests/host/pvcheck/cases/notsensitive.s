# Instructions that look close to sensitive ones but are not: no sites,
# no errors, all counts zero.
	.include "site.inc"
	.text

	func benign
	endbr64
	xgetbv
	xsave (%rdi)
	xsavec (%rdi)
	rdseed %rax
	rdrand %rax
	monitorx %rax, %ecx, %edx
	mwaitx %eax, %ecx, %ebx
	rdpkru
	lfence
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
	nopw 0x0(%rax,%rax,1)
	ret
	.size benign, . - benign
