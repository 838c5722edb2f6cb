# sites: 3
# alt: 2
# .altinstr_replacement: sensitive replacements become sites recorded in
# .previrt.altsites; the original is padded by the alternative itself.
	.text
	.globl	f
	.type	f, @function
f:
#APP
# 12 "arch/x86/include/asm/msr.h" 1
	661:
	
662:
# ALT: padding
.skip -(((6651f-6641f)-(662b-661b)) > 0) * ((6651f-6641f)-(662b-661b)),0x90
663:
.pushsection .altinstructions,"a"
 .long 661b - .
 .long 6641f - .
 .word ( 3*32+18)
 .byte 663b-661b
 .byte 6651f-6641f
.popsection
.pushsection .altinstr_replacement, "ax"
# ALT: replacement 1
6641:
	wrmsr
6651:
.popsection

# 0 "" 2
#NO_APP
#APP
	661:
	cli
662:
.skip -(((6651f-6641f)-(662b-661b)) > 0) * ((6651f-6641f)-(662b-661b)),0x90
663:
.pushsection .altinstructions,"a"
 .long 661b - .
 .long 6641f - .
 .word ( 9*32+20)
 .byte 663b-661b
 .byte 6651f-6641f
.popsection
.pushsection .altinstr_replacement, "ax"
6641:
	lock; orl $0, (%rsp); sti
6651:
.popsection
#NO_APP
	ret
	.size	f, .-f
