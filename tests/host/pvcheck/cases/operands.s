# Encodings whose operand byte is worth checking: pvcheck reports any
# record whose operand differs from previrt_insn_operand(), so this case
# passes only if the classifier computes each operand below.
	.include "site.inc"
	.text

	func operands
	site CR_WRITE, 0x89, mov %r9, %cr8		# REX.R and REX.B
	site CR_READ, 0x2f, mov %cr2, %r15
	site CR_READ, 0x80, .byte 0xf0, 0x0f, 0x20, 0xc0	# lock mov %cr0: %cr8
	site DR_READ, 0x6a, mov %db6, %r10
	site SEG_READ, 0x5b, mov %gs, %r11d
	site SEG_READ, 0xff, mov %es, (%rax)
	site SEG_WRITE, 0xff, mov (%rax), %ds
	site SEG_WRITE, 0x27, mov %edi, %ss
	site PUSH_SEG, 5, push %gs
	site POP_SEG, 4, pop %fs
	site IN, 2, inl $0x71, %eax
	site IN, 5, inw (%dx), %ax
	site OUT, 4, outb %al, (%dx)
	site OUT, 1, outw %ax, $0x70
	site INS, 4, insb (%dx), %es:(%rdi)
	site OUTS, 0x0e, rep outsl (%rsi), (%dx)
	site INT, 1, int1
	site INT, 3, .byte 0xcd, 0x03	# int $3, not int3
	site INT, 0x82, int $0x82
	site PUSHF, 0, pushfw
	site IRET, 0, iretl
	site SYSRET, 0, sysretl
	site WBNOINVD, 0, wbnoinvd
	site LLDT, 0xff, lldt (%rax)
	site SMSW, 0xff, smsw (%rax)
	site LMSW, 0, lmsw %r8w
	site INVLPG, 0xff, invlpg (%rip)
	ret
	.size operands, . - operands
