# A sensitive instruction in a replacement that is neither an altsite nor
# patched over a site: an error, as without altsites.
	.include "site.inc"
	.text

	func write_msr
	alternative "", "wrmsr; .nops 6"
	ret
	.size write_msr, . - write_msr

	# An altsite elsewhere does not help.
	func read_msr
	alternative "", "altsite RDMSR, 0, rdmsr"
	ret
	.size read_msr, . - read_msr
