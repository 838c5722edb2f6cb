# Assignments, .att_syntax, symbols named like instructions, CRLF.
	.att_syntax prefix
	.text
cli_count = 3
	str_x = 4
	.set hlt, 5
	.equ sti_val, 6
	.long cli_count
	mov $cli_count, %eax
	mov %cr0, %rax
	cli
	sti
	. = . + 4
	ret
	cli
	sti
