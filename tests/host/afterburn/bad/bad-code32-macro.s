# expect: bad-code32-macro.s:6: error: afterburn: macro rd with previrt sites used in a .code32 region
	.macro rd
	rdmsr
	.endm
	.code32
	rd
	.code64
