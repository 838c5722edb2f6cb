# expect: bad-linemarker-pop.s:9: error: afterburn: invalid debug register %db9
	.text
#APP
# 51 "./arch/x86/include/asm/special_insns.h" 1
	nop
# 0 "" 2
#NO_APP
	ret
	mov %db9, %rax
