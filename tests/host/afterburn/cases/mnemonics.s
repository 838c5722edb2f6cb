# All sensitive mnemonics with their forms.
	.text
m:	cli
	sti
	pushf
	pushfq
	pushfw
	popf
	popfq
	popfw
	mov %cr0, %rax
	mov %cr2, %rdx
	movq %cr3, %r15
	mov %cr4, %rsp
	mov %cr8, %r8
	mov %rax, %cr0
	movq %rdi, %cr3
	mov %r9, %cr4
	mov %rbx, %cr8
	mov %dr0, %rax
	mov %db7, %r11
	mov %rsi, %dr6
	movq %r13, %db3
	mov %es, %ax
	mov %cs, %eax
	movw %ss, %dx
	mov %ds, (%rax)
	movw %fs, 8(%rsp)
	movl %gs, %r12d
	mov %ax, %ds
	movw %cx, %es
	movl %eax, %ss
	mov (%rdi), %fs
	movq %rsi, %gs
	mov %fs:0x28, %rax
	mov %rax, %gs:8
	movq %gs:foo(%rip), %rcx
	clts
	lmsw %ax
	lmsww (%rax)
	smsw %eax
	smswq %rax
	smsww (%rbx)
	smswl %ecx
	lgdt (%rax)
	lgdtq gdt(%rip)
	lidt (%rsi)
	lidtq 8(%rsp)
	lldt %ax
	lldtw (%rdx)
	ltr %cx
	ltrw %di
	sgdt (%rax)
	sgdtq (%rdi)
	sidt (%rax)
	sidtq -8(%rbp)
	sldt %ax
	sldtw (%rax)
	sldtl %eax
	sldtq %rax
	str %ax
	strw %dx
	strl %eax
	strq %rbx
	lar %ax, %ax
	larw %bx, %cx
	larl %eax, %edx
	larq %rax, %rsi
	lsl %ax, %cx
	lslw (%rax), %dx
	lsll %ecx, %eax
	lslq %rax, %rax
	verr %ax
	verw (%rax)
	verrw %cx
	push %fs
	pushq %gs
	pushw %fs
	pop %gs
	popq %fs
	popw %gs
	push %rax
	pop %rbx
	swapgs
	rdmsr
	wrmsr
	rdtsc
	rdtscp
	rdpmc
	in $0x80, %al
	in $0x70, %ax
	in $0x71, %eax
	in %dx, %al
	in (%dx), %ax
	inl %dx, %eax
	inb %dx
	inw $0x60
	in %dx
	out %al, $0x80
	outw %ax, $0x80
	out %eax, %dx
	outb %al, (%dx)
	outb %dx
	outl $0x43
	insb
	insw
	insl
	ins (%dx), %es:(%rdi)
	insb (%dx), %es:(%rdi)
	outsb
	outsw
	outsl
	outs %ds:(%rsi), (%dx)
	rep insw
	rep outsl
	invlpg (%rax)
	invlpg 4096(%rdi,%rsi,8)
	invpcid (%rax), %rbx
	wbinvd
	invd
	hlt
	monitor
	monitor %rax, %ecx, %edx
	mwait
	mwait %eax, %ecx
	iret
	iretq
	iretl
	iretw
	sysret
	sysretq
	sysretl
	sysexit
	sysexitl
	sysexitq
	cpuid
	xsetbv
	int $0x80
	int $0x3
	int $3
	int $(0x10 + 2 * 8)
	int $'A
	int $0b101
	int $017
	int1
	int3
	ud2
	ud2a
	syscall
	sysenter
	stac
	clac
	encls
	wbnoinvd
	rdpid %rax
	rdpid %r11
	lret
	lretl
	lretq
	lretw
	lret $8
	lretq $16
	ljmp *(%rax)
	ljmpl *8(%rbx)
	ljmpw *(%rcx)
	lcall *(%rax)
	lcalll *0x10(%rip)
	lcallw *(%rdx,%rsi,2)
	lss (%rax), %esp
	lssl (%rax), %ebx
	lssw (%rax), %sp
	lfs (%rax), %eax
	lfsl 4(%rax), %ecx
	lfsw (%rax), %ax
	lgs (%rax), %eax
	lgsl (%rdi), %r8d
	lgsw (%rax), %dx
	xsaves (%rdi)
	xsaves64 (%rdi)
	xrstors 0x40(%rsi)
	xrstors64 (%rdi)
	# not sensitive
	xgetbv
	monitorx
	mwaitx
	rdfsbase %rax
	wrgsbase %rbx
	movq %rax, %rbx
	pushq $1
	popq %rax
	xsave (%rdi)
	xsaveopt (%rdi)
	xsavec64 (%rdi)
	xrstor (%rdi)
	rdrand %rax
	rdseed %rax
	rdpkru
	ret
