# expect: ./arch/x86/include/asm/special_insns.h:52: error: afterburn: invalid control register %cr1
	.text
#APP
# 51 "./arch/x86/include/asm/special_insns.h" 1
	nop
	mov %cr1, %rax
# 0 "" 2
#NO_APP
	ret
