# An altsite record whose kind does not match its instruction.
	.include "site.inc"
	.text

	func write_msr
	alternative "", "1: wrmsr; .nops 6; altrecord 1b, 8, 2, PREVIRT_KIND_RDMSR, 0"
	ret
	.size write_msr, . - write_msr
