#APP
# 45 "./arch/x86/include/asm/irqflags.h" 1
	cli
# 0 "" 2
#NO_APP
