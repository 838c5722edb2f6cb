# A label inside an instruction, on purpose: retbleed_untrain_ret runs
# "test $0xcc, %bl" from its start, and retbleed_return_thunk, one byte
# in, runs "ret".  Both are decoded and checked: fine.  A label that hides
# a cli inside a mov is an error like a branch target there; a function
# symbol inside an instruction is still a resync (undecodable.s).
	.include "site.inc"
	.text

	func retbleed_untrain_ret
	.byte 0xf6
	.globl retbleed_return_thunk
retbleed_return_thunk:
	ret
	int3
	lfence
	jmp retbleed_return_thunk
	int3
	.size retbleed_untrain_ret, . - retbleed_untrain_ret

	func hides_cli
	.byte 0xb8
	.globl hidden_entry
hidden_entry:
	cli
	nop
	nop
	nop
	ret
	.size hides_cli, . - hides_cli
