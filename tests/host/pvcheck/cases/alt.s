# Sensitive instructions in .altinstr_replacement: fine when the
# alternative patches a site, an error when it does not or when no
# alternative uses the replacement.
	.include "site.inc"
	.text

	# rdtsc_ordered(): ALTERNATIVE "rdtsc", "lfence; rdtsc" (the rdtscp
	# of the real one lands in an RDTSC site: alt-land.s)
	func rdtsc_ordered
661:	site RDTSC, 0, rdtsc
662:	altinstr 661b, 662b, 6641f, 6642f
	shl $32, %rdx
	or %rdx, %rax
	ret
	.size rdtsc_ordered, . - rdtsc_ordered

	# The original is not a site.
	func no_site
663:	.nops 3
664:	altinstr 663b, 664b, 6644f, 6645f
	ret
	.size no_site, . - no_site

	.pushsection .altinstr_replacement, "ax"
6641:	lfence
	rdtsc
6642:	nop
6644:	rdtscp
6645:	swapgs			# used by no alternative
	.popsection
