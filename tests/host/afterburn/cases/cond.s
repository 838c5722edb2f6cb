# sites: 9
# Conditional assembly: state directives in a branch gas does not take
# change nothing; sites in such a branch are not made (gas skips them).
	.text
	.if 0
	.code32
	.endif
	cli
	.if 1
	sti
	.else
	.code32
	.pushsection .data
	.endif
	hlt
	.ifc abc,abd
	.section .data
	.elseif 2 + 2 == 4
	pushf
	.else
	.code16
	.endif
	popf
	.ifnc %rax,%rax
	.code32
	.endif
	.ifeq 4 + 4 & 1 - 4
	cli
	.code32
	.endif
	sti
	.code64
	.if 1 || 0 && 0
	.ifdef SOMETHING
	cli
	.endif
	.else
	.text 1
	.endif
	.IF 0 ; .Code32 ; .ENDIF ; cpuid
	.if 0
	.if 1
	.code32
	.else
	.code16
	.endif
	.elseif 1
	rdtsc
	.endc
	.ifb
	.text
	.endif
	.ifnb x
	.section .text.y, "ax"
	.endif
	hlt
	ret
