# expect: arch/x86/entry/entry_64.S:101: error: afterburn: unexpected operand for swapgs
# 1 "arch/x86/entry/entry_64.S"
# 1 "<built-in>"
# 1 "<command-line>"
# 1 "arch/x86/entry/entry_64.S"
# 30 "./arch/x86/include/asm/linkage.h" 1
 .macro FOO
 .endm
# 100 "arch/x86/entry/entry_64.S" 2
 nop
 swapgs %rax
