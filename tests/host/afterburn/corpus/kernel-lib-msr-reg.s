# 0 "/work/main/build/src/arch/x86/lib/msr-reg.S"
# 0 "<built-in>"
# 0 "<command-line>"
# 1 "/work/main/build/src/include/linux/compiler-version.h" 1
# 0 "<command-line>" 2
# 1 "/work/main/build/src/include/linux/kconfig.h" 1




# 1 "./include/generated/autoconf.h" 1
# 6 "/work/main/build/src/include/linux/kconfig.h" 2
# 0 "<command-line>" 2
# 1 "/work/main/build/src/arch/x86/lib/msr-reg.S"

# 1 "/work/main/build/src/include/linux/linkage.h" 1




# 1 "/work/main/build/src/include/linux/compiler_types.h" 1
# 6 "/work/main/build/src/include/linux/linkage.h" 2
# 1 "/work/main/build/src/include/linux/stringify.h" 1
# 7 "/work/main/build/src/include/linux/linkage.h" 2
# 1 "/work/main/build/src/include/linux/export.h" 1
# 8 "/work/main/build/src/include/linux/linkage.h" 2
# 1 "/work/main/build/src/arch/x86/include/asm/linkage.h" 1





# 1 "/work/main/build/src/arch/x86/include/asm/ibt.h" 1




# 1 "/work/main/build/src/include/linux/types.h" 1





# 1 "/work/main/build/src/include/uapi/linux/types.h" 1




# 1 "./arch/x86/include/generated/uapi/asm/types.h" 1
# 1 "/work/main/build/src/include/uapi/asm-generic/types.h" 1






# 1 "/work/main/build/src/include/asm-generic/int-ll64.h" 1
# 11 "/work/main/build/src/include/asm-generic/int-ll64.h"
# 1 "/work/main/build/src/include/uapi/asm-generic/int-ll64.h" 1
# 12 "/work/main/build/src/include/uapi/asm-generic/int-ll64.h"
# 1 "/work/main/build/src/arch/x86/include/uapi/asm/bitsperlong.h" 1
# 11 "/work/main/build/src/arch/x86/include/uapi/asm/bitsperlong.h"
# 1 "/work/main/build/src/include/asm-generic/bitsperlong.h" 1




# 1 "/work/main/build/src/include/uapi/asm-generic/bitsperlong.h" 1
# 6 "/work/main/build/src/include/asm-generic/bitsperlong.h" 2
# 12 "/work/main/build/src/arch/x86/include/uapi/asm/bitsperlong.h" 2
# 13 "/work/main/build/src/include/uapi/asm-generic/int-ll64.h" 2
# 12 "/work/main/build/src/include/asm-generic/int-ll64.h" 2
# 8 "/work/main/build/src/include/uapi/asm-generic/types.h" 2
# 2 "./arch/x86/include/generated/uapi/asm/types.h" 2
# 6 "/work/main/build/src/include/uapi/linux/types.h" 2
# 7 "/work/main/build/src/include/linux/types.h" 2
# 6 "/work/main/build/src/arch/x86/include/asm/ibt.h" 2
# 7 "/work/main/build/src/arch/x86/include/asm/linkage.h" 2
# 9 "/work/main/build/src/include/linux/linkage.h" 2
# 3 "/work/main/build/src/arch/x86/lib/msr-reg.S" 2
# 1 "/work/main/build/src/include/linux/errno.h" 1




# 1 "/work/main/build/src/include/uapi/linux/errno.h" 1
# 1 "./arch/x86/include/generated/uapi/asm/errno.h" 1
# 1 "/work/main/build/src/include/uapi/asm-generic/errno.h" 1




# 1 "/work/main/build/src/include/uapi/asm-generic/errno-base.h" 1
# 6 "/work/main/build/src/include/uapi/asm-generic/errno.h" 2
# 2 "./arch/x86/include/generated/uapi/asm/errno.h" 2
# 2 "/work/main/build/src/include/uapi/linux/errno.h" 2
# 6 "/work/main/build/src/include/linux/errno.h" 2
# 4 "/work/main/build/src/arch/x86/lib/msr-reg.S" 2
# 1 "/work/main/build/src/arch/x86/include/asm/asm.h" 1
# 144 "/work/main/build/src/arch/x86/include/asm/asm.h"
# 1 "/work/main/build/src/arch/x86/include/asm/extable_fixup_types.h" 1
# 145 "/work/main/build/src/arch/x86/include/asm/asm.h" 2
# 5 "/work/main/build/src/arch/x86/lib/msr-reg.S" 2
# 1 "/work/main/build/src/arch/x86/include/asm/msr.h" 1




# 1 "/work/main/build/src/arch/x86/include/asm/msr-index.h" 1




# 1 "/work/main/build/src/include/linux/bits.h" 1




# 1 "/work/main/build/src/include/linux/const.h" 1



# 1 "/work/main/build/src/include/vdso/const.h" 1




# 1 "/work/main/build/src/include/uapi/linux/const.h" 1
# 6 "/work/main/build/src/include/vdso/const.h" 2
# 5 "/work/main/build/src/include/linux/const.h" 2
# 6 "/work/main/build/src/include/linux/bits.h" 2
# 1 "/work/main/build/src/include/vdso/bits.h" 1
# 7 "/work/main/build/src/include/linux/bits.h" 2
# 6 "/work/main/build/src/arch/x86/include/asm/msr-index.h" 2
# 6 "/work/main/build/src/arch/x86/include/asm/msr.h" 2
# 6 "/work/main/build/src/arch/x86/lib/msr-reg.S" 2
# 14 "/work/main/build/src/arch/x86/lib/msr-reg.S"
.macro op_safe_regs op
.globl \op\()_safe_regs ; .p2align 4, 0x90 ; \op\()_safe_regs:
 pushq %rbx
 pushq %r12
 movq %rdi, %r10
 xorl %r11d, %r11d
 movl (%rdi), %eax
 movl 4(%rdi), %ecx
 movl 8(%rdi), %edx
 movl 12(%rdi), %ebx
 movl 20(%rdi), %r12d
 movl 24(%rdi), %esi
 movl 28(%rdi), %edi
1: \op
2: movl %eax, (%r10)
 movl %r11d, %eax
 movl %ecx, 4(%r10)
 movl %edx, 8(%r10)
 movl %ebx, 12(%r10)
 movl %r12d, 20(%r10)
 movl %esi, 24(%r10)
 movl %edi, 28(%r10)
 popq %r12
 popq %rbx
 ret
3:
 movl $-5, %r11d
 jmp 2b

 .pushsection "__ex_table","a" ; .balign 4 ; .long (1b) - . ; .long (3b) - . ; .long 1 ; .popsection
.type \op\()_safe_regs STT_FUNC ; .set .L__sym_size_\op\()_safe_regs, .-\op\()_safe_regs ; .size \op\()_safe_regs, .L__sym_size_\op\()_safe_regs
.endm
# 91 "/work/main/build/src/arch/x86/lib/msr-reg.S"
op_safe_regs rdmsr
op_safe_regs wrmsr
