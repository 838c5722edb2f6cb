# expect: bad-intel.s:3: error: afterburn: .intel_syntax is not supported
	.text
	.intel_syntax noprefix
	cli
