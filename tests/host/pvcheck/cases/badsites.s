# Site records that do not match the code they describe.
	.include "site.inc"
	.text

	# Recorded as sti, but the instruction is cli.
	func wrong_kind
1:	cli
	.nops 11
	record 1b, 12, 1, PREVIRT_KIND_STI, 0
	ret
	.size wrong_kind, . - wrong_kind

	# Recorded instruction length 2 for a 1-byte cli.
	func wrong_insn_len
1:	cli
	.nops 11
	record 1b, 12, 2, PREVIRT_KIND_CLI, 0
	ret
	.size wrong_insn_len, . - wrong_insn_len

	# Shorter than the 12 bytes a CLI site needs.
	func too_short
1:	cli
	.nops 3
	record 1b, 4, 1, PREVIRT_KIND_CLI, 0
	ret
	.size too_short, . - too_short

	# Padding that is not NOPs.
	func bad_padding
1:	cli
	.nops 4
	inc %eax
	.nops 5
	record 1b, 12, 1, PREVIRT_KIND_CLI, 0
	ret
	.size bad_padding, . - bad_padding

	# mov %rax,%cr3 has operand 0x30, not 0x03.
	func wrong_operand
1:	mov %rax, %cr3
	.nops 7
	record 1b, 10, 3, PREVIRT_KIND_CR_WRITE, 0x03
	ret
	.size wrong_operand, . - wrong_operand

	# A kind that does not exist.
	func unknown_kind
1:	cli
	.nops 11
	record 1b, 12, 1, 0x70, 0
	ret
	.size unknown_kind, . - unknown_kind

	# The same site recorded twice.
	func overlap
1:	rdtsc
	.nops 6
	record 1b, 8, 2, PREVIRT_KIND_RDTSC, 0
	record 1b, 8, 2, PREVIRT_KIND_RDTSC, 0
	ret
	.size overlap, . - overlap

	.data
	# A record that points at data.
1:	.byte 0xfa
	.fill 11, 1, 0x90
	record 1b, 12, 1, PREVIRT_KIND_CLI, 0
