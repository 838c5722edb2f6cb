# A branch into the middle of what the linear sweep decodes as one
# instruction: the cli inside the mov's immediate runs, and is reported.
# In an ET_REL the target of a rel32 to a symbol is in the relocation, not
# in the bytes (they hold 0): the second case jumps through one.
	.include "site.inc"
	.text

	func hidden
	test %rdi, %rdi
	jz 1f + 1
1:	movl $0x909090fa, %eax		# b8 fa 90 90 90: "cli" at +1
	ret
	.size hidden, . - hidden

	func hidden_reloc
	jmp target + 2			# R_X86_64_PLT32/PC32 target+2-4
	.size hidden_reloc, . - hidden_reloc

	func target
	movabs $0x90909090c3fb9090, %rax	# "nop; nop; sti; ret" at +4
	ret
	.size target, . - target

	# Followed too, and fine: a branch to an instruction boundary, and a
	# chain that falls in step with the sweep again.
	func fine
	jmp 2f
	jmp 1f + 1
1:	movl $0x90909090, %eax
2:	ret
	.size fine, . - fine
