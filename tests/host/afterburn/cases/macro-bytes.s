# sites: 6
# alt: 4
# A macro argument that is an instruction written with .byte (the .S
# ASM_CLAC is ALTERNATIVE "", __ASM_CLAC, X86_FEATURE_SMAP with __ASM_CLAC
# ".byte 0x0f,0x01,0xca"): the dispatch compares it with the spelling.
	.macro ALTERNATIVE oldinstr, newinstr, feature
140:
	\oldinstr
141:
	.skip -(((144f-143f)-(141b-140b)) > 0) * ((144f-143f)-(141b-140b)),0x90
142:
	.pushsection .altinstructions,"a"
	.long 140b - .
	.long 143f - .
	.word \feature
	.byte 142b-140b
	.byte 144f-143f
	.popsection
	.pushsection .altinstr_replacement,"ax"
143:
	\newinstr
144:
	.popsection
	.endm
	.text
	ALTERNATIVE "xorl %eax, %eax", ".byte 0x0f,0x01,0xca", 9*32+20
	ALTERNATIVE "xorl %eax, %eax", ".byte 0x0f,0x01,0xcb", 9*32+20
	ALTERNATIVE "xorl %eax, %eax", ".byte 0x0f,0x01,0xf8", 1
	ALTERNATIVE "xorl %eax, %eax", "call foo; movq %rax, %rsp", 2
	ALTERNATIVE "xorl %eax, %eax", "stac", 3
	ALTERNATIVE "swapgs", "xorl %eax, %eax", 4
	ALTERNATIVE "lretq", "xorl %eax, %eax", 5
	ret
