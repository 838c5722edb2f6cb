# sites: 4
# Conditional assembly in macro bodies: conditions on macro arguments are
# decided when gas expands the macro; state directives in a branch that is
# never taken do not change the body's state.
	.macro SAVE cond, reg
	.if \cond
	pushf
	.else
	push \reg
	.endif
	.endm
	.macro DEAD
	.if 0
	.pushsection .data
	.code32
	.endif
	cli
	.endm
	.text
	SAVE 1, %rax
	SAVE 0, %rax
	DEAD
	.rept 2
	.if 1
	sti
	.endif
	.endr
	ret
