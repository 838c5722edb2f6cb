# args: --exempt
	.section .data
	.long 0
	.section .text.x, "ax"
	.section .rodata
	.byte 1
