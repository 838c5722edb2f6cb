	.section .data
	cli
	.previous
	sti
