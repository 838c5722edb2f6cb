# expect: bad-popsection.s:3: error: afterburn: .popsection without .pushsection
	.text
	.popsection
