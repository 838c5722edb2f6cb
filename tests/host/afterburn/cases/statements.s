# Statements separated by ';' and newlines, several labels per statement,
# comments and strings that contain instruction-like text.
	.text
	.globl	f
	.type	f, @function
f:	cli; sti
	1: 2: cli
.Lfoo: foo$bar: sti ; pushf ;popf
"quoted label": hlt
	nop # cli; sti in a comment
	nop /* cli; sti in a C comment */ ; cli
	/* a comment spanning
	   lines with hlt; cli in it */ sti
	cli /* trailing
	comment */ ; nop
	movl	$';', %eax; cpuid
	movb	$'#', %al ; rdtsc
	movb	$'\n', %al; rdtscp
	movb	$'"', %al; wbinvd
	movb	$'a', %al; invd
	CLI
	Sti
	jmp	1b
	jne	.Lfoo
	call	f
	call	ext_func
	ret
	.size	f, .-f
	.section .rodata
	.string "cli; sti # hlt \" ; cli \\"
	.ascii "\101\102; hlt"
	.long 1b - ., .Lfoo - .
