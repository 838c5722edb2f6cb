	.file	"special-insns.c"
	.text
	.section	.text.native_read_cr0,"ax",@progbits
	.p2align 4
	.globl	native_read_cr0
	.type	native_read_cr0, @function
native_read_cr0:
#APP
# 11 "special-insns.c" 1
	mov %cr0,%rax
	
# 0 "" 2
#NO_APP
	ret
	.size	native_read_cr0, .-native_read_cr0
	.section	.text.native_write_cr0,"ax",@progbits
	.p2align 4
	.globl	native_write_cr0
	.type	native_write_cr0, @function
native_write_cr0:
#APP
# 17 "special-insns.c" 1
	mov %rdi,%cr0
# 0 "" 2
#NO_APP
	ret
	.size	native_write_cr0, .-native_write_cr0
	.section	.text.native_read_cr2,"ax",@progbits
	.p2align 4
	.globl	native_read_cr2
	.type	native_read_cr2, @function
native_read_cr2:
#APP
# 24 "special-insns.c" 1
	mov %cr2,%rax
	
# 0 "" 2
#NO_APP
	ret
	.size	native_read_cr2, .-native_read_cr2
	.section	.text.native_write_cr2,"ax",@progbits
	.p2align 4
	.globl	native_write_cr2
	.type	native_write_cr2, @function
native_write_cr2:
#APP
# 30 "special-insns.c" 1
	mov %rdi,%cr2
# 0 "" 2
#NO_APP
	ret
	.size	native_write_cr2, .-native_write_cr2
	.section	.text.__native_read_cr3,"ax",@progbits
	.p2align 4
	.globl	__native_read_cr3
	.type	__native_read_cr3, @function
__native_read_cr3:
#APP
# 37 "special-insns.c" 1
	mov %cr3,%rax
	
# 0 "" 2
#NO_APP
	ret
	.size	__native_read_cr3, .-__native_read_cr3
	.section	.text.native_write_cr3,"ax",@progbits
	.p2align 4
	.globl	native_write_cr3
	.type	native_write_cr3, @function
native_write_cr3:
#APP
# 43 "special-insns.c" 1
	mov %rdi,%cr3
# 0 "" 2
#NO_APP
	ret
	.size	native_write_cr3, .-native_write_cr3
	.section	.text.native_read_cr4,"ax",@progbits
	.p2align 4
	.globl	native_read_cr4
	.type	native_read_cr4, @function
native_read_cr4:
	xorl	%eax, %eax
#APP
# 50 "special-insns.c" 1
	1: mov %cr4, %rax
2:
 .pushsection "__ex_table","a"
 .balign 4
 .long (1b) - .
 .long (2b) - .
 .long 0 
 .popsection

# 0 "" 2
#NO_APP
	ret
	.size	native_read_cr4, .-native_read_cr4
	.section	.noinstr.text,"ax",@progbits
	.p2align 4
	.globl	native_write_cr4
	.type	native_write_cr4, @function
native_write_cr4:
#APP
# 59 "special-insns.c" 1
	mov %rdi,%cr4
# 0 "" 2
#NO_APP
	ret
	.size	native_write_cr4, .-native_write_cr4
	.section	.text.read_cr8,"ax",@progbits
	.p2align 4
	.globl	read_cr8
	.type	read_cr8, @function
read_cr8:
#APP
# 66 "special-insns.c" 1
	movq %cr8,%rax
# 0 "" 2
#NO_APP
	ret
	.size	read_cr8, .-read_cr8
	.section	.text.native_wbinvd,"ax",@progbits
	.p2align 4
	.globl	native_wbinvd
	.type	native_wbinvd, @function
native_wbinvd:
#APP
# 72 "special-insns.c" 1
	wbinvd
# 0 "" 2
#NO_APP
	ret
	.size	native_wbinvd, .-native_wbinvd
	.section	.text.__invlpg,"ax",@progbits
	.p2align 4
	.globl	__invlpg
	.type	__invlpg, @function
__invlpg:
#APP
# 77 "special-insns.c" 1
	invlpg (%rdi)
# 0 "" 2
#NO_APP
	ret
	.size	__invlpg, .-__invlpg
	.section	.text.__invpcid,"ax",@progbits
	.p2align 4
	.globl	__invpcid
	.type	__invpcid, @function
__invpcid:
	subq	$24, %rsp
	movq	%rdi, (%rsp)
	movq	%rsi, 8(%rsp)
#APP
# 84 "special-insns.c" 1
	invpcid (%rsp), %rdx
# 0 "" 2
#NO_APP
	addq	$24, %rsp
	ret
	.size	__invpcid, .-__invpcid
	.section	.text.native_load_gdt,"ax",@progbits
	.p2align 4
	.globl	native_load_gdt
	.type	native_load_gdt, @function
native_load_gdt:
#APP
# 95 "special-insns.c" 1
	lgdt (%rdi)
# 0 "" 2
#NO_APP
	ret
	.size	native_load_gdt, .-native_load_gdt
	.section	.text.native_load_idt,"ax",@progbits
	.p2align 4
	.globl	native_load_idt
	.type	native_load_idt, @function
native_load_idt:
#APP
# 100 "special-insns.c" 1
	lidt (%rdi)
# 0 "" 2
#NO_APP
	ret
	.size	native_load_idt, .-native_load_idt
	.section	.text.native_store_gdt,"ax",@progbits
	.p2align 4
	.globl	native_store_gdt
	.type	native_store_gdt, @function
native_store_gdt:
#APP
# 105 "special-insns.c" 1
	sgdt (%rdi)
# 0 "" 2
#NO_APP
	ret
	.size	native_store_gdt, .-native_store_gdt
	.section	.text.store_idt,"ax",@progbits
	.p2align 4
	.globl	store_idt
	.type	store_idt, @function
store_idt:
#APP
# 110 "special-insns.c" 1
	sidt (%rdi)
# 0 "" 2
#NO_APP
	ret
	.size	store_idt, .-store_idt
	.section	.text.native_load_tr_desc,"ax",@progbits
	.p2align 4
	.globl	native_load_tr_desc
	.type	native_load_tr_desc, @function
native_load_tr_desc:
	movl	$128, %eax
#APP
# 115 "special-insns.c" 1
	ltr %ax
# 0 "" 2
#NO_APP
	ret
	.size	native_load_tr_desc, .-native_load_tr_desc
	.section	.text.native_set_ldt,"ax",@progbits
	.p2align 4
	.globl	native_set_ldt
	.type	native_set_ldt, @function
native_set_ldt:
	testl	%edi, %edi
	jne	.L21
#APP
# 121 "special-insns.c" 1
	lldt %di
# 0 "" 2
#NO_APP
	ret
	.p2align 4,,10
	.p2align 3
.L21:
	movl	$112, %eax
#APP
# 123 "special-insns.c" 1
	lldt %ax
# 0 "" 2
#NO_APP
	ret
	.size	native_set_ldt, .-native_set_ldt
	.section	.text.native_store_tr,"ax",@progbits
	.p2align 4
	.globl	native_store_tr
	.type	native_store_tr, @function
native_store_tr:
#APP
# 130 "special-insns.c" 1
	str %rax
# 0 "" 2
#NO_APP
	ret
	.size	native_store_tr, .-native_store_tr
	.section	.text.store_ldt,"ax",@progbits
	.p2align 4
	.globl	store_ldt
	.type	store_ldt, @function
store_ldt:
#APP
# 138 "special-insns.c" 1
	sldt %ax
# 0 "" 2
#NO_APP
	ret
	.size	store_ldt, .-store_ldt
	.section	.text.smsw,"ax",@progbits
	.p2align 4
	.globl	smsw
	.type	smsw, @function
smsw:
#APP
# 146 "special-insns.c" 1
	smsw %rax
# 0 "" 2
#NO_APP
	ret
	.size	smsw, .-smsw
	.section	.text.unlikely.native_get_debugreg,"ax",@progbits
.LCOLDB0:
	.section	.text.native_get_debugreg,"ax",@progbits
.LHOTB0:
	.p2align 4
	.globl	native_get_debugreg
	.type	native_get_debugreg, @function
native_get_debugreg:
	cmpl	$3, %edi
	je	.L27
	jle	.L35
	cmpl	$6, %edi
	jne	.L36
#APP
# 165 "special-insns.c" 1
	mov %db6, %rax
# 0 "" 2
#NO_APP
	ret
	.p2align 4,,10
	.p2align 3
.L35:
	testl	%edi, %edi
	jne	.L37
#APP
# 156 "special-insns.c" 1
	mov %db0, %rax
# 0 "" 2
#NO_APP
	ret
	.p2align 4,,10
	.p2align 3
.L36:
	cmpl	$7, %edi
	jne	.L38
#APP
# 168 "special-insns.c" 1
	mov %db7, %rax
# 0 "" 2
#NO_APP
	ret
	.p2align 4,,10
	.p2align 3
.L37:
	cmpl	$1, %edi
	jne	.L39
#APP
# 159 "special-insns.c" 1
	mov %db1, %rax
# 0 "" 2
#NO_APP
	ret
	.p2align 4,,10
	.p2align 3
.L27:
#APP
# 162 "special-insns.c" 1
	mov %db3, %rax
# 0 "" 2
#NO_APP
	ret
.L39:
	jmp	.L31
.L38:
	jmp	.L31
	.section	.text.unlikely.native_get_debugreg
	.type	native_get_debugreg.cold, @function
native_get_debugreg.cold:
.L31:
	ud2
	.section	.text.native_get_debugreg
	.size	native_get_debugreg, .-native_get_debugreg
	.section	.text.unlikely.native_get_debugreg
	.size	native_get_debugreg.cold, .-native_get_debugreg.cold
.LCOLDE0:
	.section	.text.native_get_debugreg
.LHOTE0:
	.section	.text.native_set_debugreg,"ax",@progbits
	.p2align 4
	.globl	native_set_debugreg
	.type	native_set_debugreg, @function
native_set_debugreg:
	cmpl	$2, %edi
	je	.L41
	cmpl	$7, %edi
	je	.L42
	testl	%edi, %edi
	je	.L44
	ret
	.p2align 4,,10
	.p2align 3
.L44:
#APP
# 180 "special-insns.c" 1
	mov %rsi, %db0
# 0 "" 2
#NO_APP
	ret
	.p2align 4,,10
	.p2align 3
.L42:
#APP
# 186 "special-insns.c" 1
	mov %rsi, %db7
# 0 "" 2
#NO_APP
	ret
	.p2align 4,,10
	.p2align 3
.L41:
#APP
# 183 "special-insns.c" 1
	mov %rsi, %db2
# 0 "" 2
#NO_APP
	ret
	.size	native_set_debugreg, .-native_set_debugreg
	.section	.text.xsetbv,"ax",@progbits
	.p2align 4
	.globl	xsetbv
	.type	xsetbv, @function
xsetbv:
	movq	%rsi, %rdx
	movq	%rsi, %rax
	movl	%edi, %ecx
	shrq	$32, %rdx
#APP
# 196 "special-insns.c" 1
	xsetbv
# 0 "" 2
#NO_APP
	ret
	.size	xsetbv, .-xsetbv
	.section	.init.text,"ax",@progbits
	.globl	init_tlb
	.type	init_tlb, @function
init_tlb:
#APP
# 37 "special-insns.c" 1
	mov %cr3,%rax
	
# 0 "" 2
# 43 "special-insns.c" 1
	mov %rax,%cr3
# 0 "" 2
#NO_APP
	call	native_write_cr4
#APP
# 72 "special-insns.c" 1
	wbinvd
# 0 "" 2
#NO_APP
	ret
	.size	init_tlb, .-init_tlb
	.section	.text.verw_seg,"ax",@progbits
	.p2align 4
	.globl	verw_seg
	.type	verw_seg, @function
verw_seg:
	subq	$8, %rsp
	movw	%di, 4(%rsp)
#APP
# 210 "special-insns.c" 1
	verw 4(%rsp); setz %al
# 0 "" 2
#NO_APP
	movzbl	%al, %eax
	addq	$8, %rsp
	ret
	.size	verw_seg, .-verw_seg
	.section	.text.lar_seg,"ax",@progbits
	.p2align 4
	.globl	lar_seg
	.type	lar_seg, @function
lar_seg:
	movzwl	%di, %eax
#APP
# 218 "special-insns.c" 1
	lar %eax, %eax
# 0 "" 2
#NO_APP
	ret
	.size	lar_seg, .-lar_seg
	.section	.text.lsl_seg,"ax",@progbits
	.p2align 4
	.globl	lsl_seg
	.type	lsl_seg, @function
lsl_seg:
#APP
# 226 "special-insns.c" 1
	lsl %rdi, %rax
# 0 "" 2
#NO_APP
	ret
	.size	lsl_seg, .-lsl_seg
	.section	.text.clear_ts,"ax",@progbits
	.p2align 4
	.globl	clear_ts
	.type	clear_ts, @function
clear_ts:
#APP
# 232 "special-insns.c" 1
	clts
# 0 "" 2
# 233 "special-insns.c" 1
	# ALT: oldnstr
661:
	
662:
# ALT: padding
.skip -(((6651f-6641f)-(662b-661b)) > 0) * ((6651f-6641f)-(662b-661b)),0x90
663:
.pushsection .altinstructions,"a"
 .long 661b - .
 .long 6641f - .
 .word 5
 .byte 663b-661b
 .byte 6651f-6641f
.popsection
.pushsection .altinstr_replacement, "ax"
# ALT: replacement 1
6641:
	clts
6651:
.popsection

# 0 "" 2
#NO_APP
	ret
	.size	clear_ts, .-clear_ts
	.local	__force_order
	.comm	__force_order,8,8
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
