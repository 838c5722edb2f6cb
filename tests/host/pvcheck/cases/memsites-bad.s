# Memory site records that cannot be right.
	.include "site.inc"
	.text

	# A memory kind past the last one.
	func unknown_mem_kind
1:	movq %rsi, (%rdi)
	.nops 5
	record 1b, 8, 3, 0xfe, 0xff
	ret
	.size unknown_mem_kind, . - unknown_mem_kind

	# A memory site must not hide a sensitive instruction.
	func mem_hides_cli
1:	cli
	.nops 7
	record 1b, 8, 1, PREVIRT_KIND_MEM_PTE_SET, 0xff
	ret
	.size mem_hides_cli, . - mem_hides_cli

	# A hook shorter than the 5 bytes of a call.
	func short_hook
1:	.nops 3
	record 1b, 3, 0, PREVIRT_KIND_MEM_PGD_FREE, 0xff
	ret
	.size short_hook, . - short_hook

	# A hook whose "padding" is code.
	func hook_not_nops
1:	inc %eax
	.nops 3
	record 1b, 5, 0, PREVIRT_KIND_MEM_PTE_RELEASE, 0xff
	ret
	.size hook_not_nops, . - hook_not_nops
