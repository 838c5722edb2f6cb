# Sensitive instructions hidden in .byte directives are caught too.
	.include "site.inc"
	.text

	func hidden_cli
	push %rbp
	.byte 0xfa
	pop %rbp
	ret
	.size hidden_cli, . - hidden_cli

# A label without a type: named without "()".
hidden_swapgs:
	.byte 0x0f, 0x01, 0xf8
	ret

	func covered_bytes
	.byte 0xfb
	.nops 11
	ret
	record covered_bytes, 12, 1, PREVIRT_KIND_STI, 0
