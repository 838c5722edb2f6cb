# Section switches: .previous, .pushsection/.popsection, quoted names,
# flags remembered per name, subsections, .altinstr_replacement.
	.text
s:	cli
	.section .data
	cli			# data: not rewritten
	.previous
	sti
	.pushsection .altinstr_replacement, "ax"
	cli			# replacement: a site in .previrt.altsites
	.popsection
	hlt
	.pushsection __ex_table, "a"
	.long 1f - .
	.popsection
1:	rdmsr
2:	.pushsection ".init.text","ax",@progbits
	wrmsr
	.pushsection .rodata
	.byte 1
	.previous
	rdtsc
	.popsection
	cpuid
	.section .noinstr.text, "ax"
	swapgs
	.section .foo, "a"
	cli
	.section .foo
	cli			# flags "a" remembered
	.section .bar, "ax"
	pushf
	.section .data
	.section .bar
	popf			# flags "ax" remembered
	.section .entry.text
	sti
	.section .text.unlikely
	cli
	.section .head.text
	hlt
	.section .textfoo
	.byte 0xfa		# not executable by name
	.text 1
	invd
	.text
	.subsection 2
	wbinvd
	.subsection 0
	.data 1
	cli
	.bss
	.previous
	.section .altinstr_aux, "ax"
	xsetbv
	jmp 2b
	.text
	.section .altinstructions, "a"
	.long 1b - .
	.long 3f - .
	.word 1
	.byte 4f - 1b
	.byte 5f - 3f
	.section .altinstr_replacement, "ax"
3:	cli
5:	.text
4:	ret
