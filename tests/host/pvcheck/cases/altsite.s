# Altsites: sensitive instructions in .altinstr_replacement made into sites
# by afterburn, with .previrt.altsites records (an ET_REL).
	.include "site.inc"
	.text

	# ALTERNATIVE "", "wrmsr", X86_FEATURE_...: the destination is
	# padded to the 8 bytes of the altsite.
	func write_msr
	alternative "", "altsite WRMSR, 0, wrmsr"
	ret
	.size write_msr, . - write_msr

	# The original is longer than the replacement.
	func read_msr
	alternative ".nops 12", "altsite RDMSR, 0, rdmsr"
	ret
	.size read_msr, . - read_msr

	# An altsite after other code in the replacement; the instruction in
	# the original is a site of its own.
	func cr_write
	alternative "site CR_WRITE, 0x30, mov %rax, %cr3", "lfence; altsite CR_WRITE, 0x37, mov %rdi, %cr3"
	ret
	.size cr_write, . - cr_write

	# Padding that ends in a one-byte NOP is fine when nothing follows
	# the site in the destination.
	func cr_write_exact
	alternative "", "1: mov %rdi, %cr3; .nops 6; nop; altrecord 1b, 10, 3, PREVIRT_KIND_CR_WRITE, 0x37"
	ret
	.size cr_write_exact, . - cr_write_exact
