# A sensitive instruction in .altinstr_replacement that is not an altsite is
# covered only where apply_alternatives() puts it inside a site of its own
# kind, whole.  An alternative whose destination merely overlaps a site is
# not enough.
	.include "site.inc"
	.text

	# The rdtscp of rdtsc_ordered()'s third alternative lands in the
	# rdtsc site: the runtime would patch it as an rdtsc.
	func kind
661:	site RDTSC, 0, rdtsc
662:	altinstr 661b, 662b, 6641f, 6642f
	ret
	.size kind, . - kind

	# The destination starts with a NOP before the site: the cli lands on
	# the NOP, not in the site.
	func before
663:	.nops 5
	site CLI, 0, cli
664:	altinstr 663b, 664b, 6642f, 6643f
	ret
	.size before, . - before

	# The rdtsc lands at the last byte of the site and runs past its end.
	func past
665:	site RDTSC, 0, rdtsc
	.nops 2
666:	altinstr 665b, 666b, 6643f, 6644f
	ret
	.size past, . - past

	# Covered: the cli lands at the start of a cli site.
	func good
667:	.nops 5
	site CLI, 0, cli
668:	altinstr 667b, 668b, 6644f, 6645f
	ret
	.size good, . - good

	.pushsection .altinstr_replacement, "ax"
6641:	rdtscp
6642:	cli
6643:	.nops 7
	rdtsc
6644:	.nops 5
	cli
6645:
	.popsection
