# Altsite records that are wrong about where they are.
	.include "site.inc"
	.text

	# Not in .altinstr_replacement.
	func not_replacement
	altsite WRMSR, 0, wrmsr
	ret
	.size not_replacement, . - not_replacement

	# The destination (4 bytes) is shorter than the altsite (8 bytes).
	func short_dest
1:	.nops 4
2:	altinstr 1b, 2b, 7041f, 7042f
	ret
	.size short_dest, . - short_dest

	# The replacement (2 bytes) ends inside the altsite.
	func short_repl
1:	.nops 8
2:	altinstr 1b, 2b, 7043f, 7044f
	ret
	.size short_repl, . - short_repl

	# The padding ends in 0x90 and the 0x90 fill follows it.
	func merged_nops
	alternative ".nops 12", "1: rdmsr; .nops 5; nop; altrecord 1b, 8, 2, PREVIRT_KIND_RDMSR, 0"
	ret
	.size merged_nops, . - merged_nops

	# Two altsites over the same bytes.
	func overlap
	alternative "", "1: wrmsr; .nops 6; altrecord 1b, 8, 2, PREVIRT_KIND_WRMSR, 0; altrecord 1b, 8, 2, PREVIRT_KIND_WRMSR, 0"
	ret
	.size overlap, . - overlap

	.pushsection .altinstr_replacement, "ax"
7041:	altsite WRMSR, 0, wrmsr
7042:
7043:	wrmsr
7044:	.nops 6
	altrecord 7043b, 8, 2, PREVIRT_KIND_WRMSR, 0
	altsite RDMSR, 0, rdmsr	# used by no alternative
	.popsection
