# sites: 12
# alt: 3
# Instructions that are macro arguments: a statement whose mnemonic is
# \param gets a dispatch at macro expansion time.
	.macro op_safe_regs op
	.globl \op\()_safe_regs
\op\()_safe_regs:
	pushq %rbx
	movl (%rdi), %eax
1:	\op				# the instruction
2:	popq %rbx
	ret
	.pushsection __ex_table, "a"
	.long 1b - ., 2b - .
	.popsection
	.endm
	.text
	op_safe_regs rdmsr
	op_safe_regs wrmsr
	op_safe_regs nop

	/* the .S ALTERNATIVE macro of asm/alternative.h */
	.macro altinstruction_entry orig alt feature orig_len alt_len
	.long \orig - .
	.long \alt - .
	.word \feature
	.byte \orig_len
	.byte \alt_len
	.endm
	.macro ALTERNATIVE oldinstr, newinstr, feature
140:
	\oldinstr
141:
	.skip -(((144f-143f)-(141b-140b)) > 0) * ((144f-143f)-(141b-140b)),0x90
142:

	.pushsection .altinstructions,"a"
	altinstruction_entry 140b,143f,\feature,142b-140b,144f-143f
	.popsection

	.pushsection .altinstr_replacement,"ax"
143:
	\newinstr
144:
	.popsection
	.endm
alt:	ALTERNATIVE "", "wrmsr", 1
	ALTERNATIVE "cli", "sti", 2
	ALTERNATIVE "call alt; movq %rax, %rsp", "swapgs", 3
	ALTERNATIVE "xor %eax, %eax; jmp 1f", "", 4
1:	ALTERNATIVE "mov %rax, %rbx", "lfence", 5

	/* operands after \op, defaults, qualifiers, nesting */
	.macro insn2 op:req, args=
	\op \args
	.endm
	insn2 monitor, "%rax,%ecx,%edx"
	insn2 mwait
	insn2 mov, "%eax, %ebx"
	.macro dflt a=cpuid b=0
	\a
	.endm
	dflt
	dflt b=1
	dflt a=lfence
	.macro outer x
	.macro inner y
	\y
	\x
	.endm
	inner hlt
	.purgem inner
	.endm
	outer rdtsc
	.macro notparam p
	\q
	.endm
	ret
