	.file	"io-segment.c"
	.text
.Ltext0:
	.cfi_sections	.debug_frame
	.file 0 "/work/main/tests/host/afterburn/corpus-src" "io-segment.c"
	.p2align 4
	.globl	outb
	.type	outb, @function
outb:
.LVL0:
.LFB0:
	.file 1 "io-segment.c"
	.loc 1 34 1 view -0
	.cfi_startproc
	.loc 1 34 1 view .LVU1
	movl	%edi, %eax
	movl	%esi, %edx
#APP
# 34 "io-segment.c" 1
	outb %al, %dx
# 0 "" 2
#NO_APP
	ret
	.cfi_endproc
.LFE0:
	.size	outb, .-outb
	.p2align 4
	.globl	inb
	.type	inb, @function
inb:
.LVL1:
.LFB1:
	.loc 1 34 1 view -0
	.cfi_startproc
	.loc 1 34 1 view .LVU3
	.loc 1 34 1 view .LVU4
	movl	%edi, %edx
#APP
# 34 "io-segment.c" 1
	inb %dx, %al
# 0 "" 2
.LVL2:
	.loc 1 34 1 view .LVU5
#NO_APP
	ret
	.cfi_endproc
.LFE1:
	.size	inb, .-inb
	.p2align 4
	.globl	outsb
	.type	outsb, @function
outsb:
.LVL3:
.LFB2:
	.loc 1 34 1 view -0
	.cfi_startproc
	.loc 1 34 1 view .LVU7
	movq	%rdx, %rcx
	movl	%edi, %edx
.LVL4:
	.loc 1 34 1 is_stmt 0 view .LVU8
#APP
# 34 "io-segment.c" 1
	rep; outsb
# 0 "" 2
.LVL5:
	.loc 1 34 1 view .LVU9
#NO_APP
	ret
	.cfi_endproc
.LFE2:
	.size	outsb, .-outsb
	.p2align 4
	.globl	insb
	.type	insb, @function
insb:
.LVL6:
.LFB3:
	.loc 1 34 1 is_stmt 1 view -0
	.cfi_startproc
	.loc 1 34 1 view .LVU11
	movl	%edi, %eax
	movq	%rdx, %rcx
	movq	%rsi, %rdi
.LVL7:
	.loc 1 34 1 is_stmt 0 view .LVU12
	movl	%eax, %edx
.LVL8:
	.loc 1 34 1 view .LVU13
#APP
# 34 "io-segment.c" 1
	rep; insb
# 0 "" 2
.LVL9:
	.loc 1 34 1 view .LVU14
#NO_APP
	ret
	.cfi_endproc
.LFE3:
	.size	insb, .-insb
	.p2align 4
	.globl	outw
	.type	outw, @function
outw:
.LVL10:
.LFB4:
	.loc 1 35 1 is_stmt 1 view -0
	.cfi_startproc
	.loc 1 35 1 view .LVU16
	movl	%edi, %eax
	movl	%esi, %edx
#APP
# 35 "io-segment.c" 1
	outw %ax, %dx
# 0 "" 2
#NO_APP
	ret
	.cfi_endproc
.LFE4:
	.size	outw, .-outw
	.p2align 4
	.globl	inw
	.type	inw, @function
inw:
.LVL11:
.LFB5:
	.loc 1 35 1 view -0
	.cfi_startproc
	.loc 1 35 1 view .LVU18
	.loc 1 35 1 view .LVU19
	movl	%edi, %edx
#APP
# 35 "io-segment.c" 1
	inw %dx, %ax
# 0 "" 2
.LVL12:
	.loc 1 35 1 view .LVU20
#NO_APP
	ret
	.cfi_endproc
.LFE5:
	.size	inw, .-inw
	.p2align 4
	.globl	outsw
	.type	outsw, @function
outsw:
.LVL13:
.LFB6:
	.loc 1 35 1 view -0
	.cfi_startproc
	.loc 1 35 1 view .LVU22
	movq	%rdx, %rcx
	movl	%edi, %edx
.LVL14:
	.loc 1 35 1 is_stmt 0 view .LVU23
#APP
# 35 "io-segment.c" 1
	rep; outsw
# 0 "" 2
.LVL15:
	.loc 1 35 1 view .LVU24
#NO_APP
	ret
	.cfi_endproc
.LFE6:
	.size	outsw, .-outsw
	.p2align 4
	.globl	insw
	.type	insw, @function
insw:
.LVL16:
.LFB7:
	.loc 1 35 1 is_stmt 1 view -0
	.cfi_startproc
	.loc 1 35 1 view .LVU26
	movl	%edi, %eax
	movq	%rdx, %rcx
	movq	%rsi, %rdi
.LVL17:
	.loc 1 35 1 is_stmt 0 view .LVU27
	movl	%eax, %edx
.LVL18:
	.loc 1 35 1 view .LVU28
#APP
# 35 "io-segment.c" 1
	rep; insw
# 0 "" 2
.LVL19:
	.loc 1 35 1 view .LVU29
#NO_APP
	ret
	.cfi_endproc
.LFE7:
	.size	insw, .-insw
	.p2align 4
	.globl	outl
	.type	outl, @function
outl:
.LVL20:
.LFB8:
	.loc 1 36 1 is_stmt 1 view -0
	.cfi_startproc
	.loc 1 36 1 view .LVU31
	movl	%edi, %eax
	movl	%esi, %edx
#APP
# 36 "io-segment.c" 1
	outl %eax, %dx
# 0 "" 2
#NO_APP
	ret
	.cfi_endproc
.LFE8:
	.size	outl, .-outl
	.p2align 4
	.globl	inl
	.type	inl, @function
inl:
.LVL21:
.LFB9:
	.loc 1 36 1 view -0
	.cfi_startproc
	.loc 1 36 1 view .LVU33
	.loc 1 36 1 view .LVU34
	movl	%edi, %edx
#APP
# 36 "io-segment.c" 1
	inl %dx, %eax
# 0 "" 2
.LVL22:
	.loc 1 36 1 view .LVU35
#NO_APP
	ret
	.cfi_endproc
.LFE9:
	.size	inl, .-inl
	.p2align 4
	.globl	outsl
	.type	outsl, @function
outsl:
.LVL23:
.LFB10:
	.loc 1 36 1 view -0
	.cfi_startproc
	.loc 1 36 1 view .LVU37
	movq	%rdx, %rcx
	movl	%edi, %edx
.LVL24:
	.loc 1 36 1 is_stmt 0 view .LVU38
#APP
# 36 "io-segment.c" 1
	rep; outsl
# 0 "" 2
.LVL25:
	.loc 1 36 1 view .LVU39
#NO_APP
	ret
	.cfi_endproc
.LFE10:
	.size	outsl, .-outsl
	.p2align 4
	.globl	insl
	.type	insl, @function
insl:
.LVL26:
.LFB11:
	.loc 1 36 1 is_stmt 1 view -0
	.cfi_startproc
	.loc 1 36 1 view .LVU41
	movl	%edi, %eax
	movq	%rdx, %rcx
	movq	%rsi, %rdi
.LVL27:
	.loc 1 36 1 is_stmt 0 view .LVU42
	movl	%eax, %edx
.LVL28:
	.loc 1 36 1 view .LVU43
#APP
# 36 "io-segment.c" 1
	rep; insl
# 0 "" 2
.LVL29:
	.loc 1 36 1 view .LVU44
#NO_APP
	ret
	.cfi_endproc
.LFE11:
	.size	insl, .-insl
	.p2align 4
	.globl	native_io_delay
	.type	native_io_delay, @function
native_io_delay:
.LFB12:
	.loc 1 39 1 is_stmt 1 view -0
	.cfi_startproc
	.loc 1 40 2 view .LVU46
#APP
# 40 "io-segment.c" 1
	outb %al, $0x80
# 0 "" 2
	.loc 1 41 1 is_stmt 0 view .LVU47
#NO_APP
	ret
	.cfi_endproc
.LFE12:
	.size	native_io_delay, .-native_io_delay
	.p2align 4
	.globl	cmos_read
	.type	cmos_read, @function
cmos_read:
.LVL30:
.LFB13:
	.loc 1 44 1 is_stmt 1 view -0
	.cfi_startproc
	.loc 1 45 2 view .LVU49
.LBB6:
.LBI6:
	.loc 1 34 1 view .LVU50
.LBB7:
	.loc 1 34 1 view .LVU51
	movl	%edi, %eax
#APP
# 34 "io-segment.c" 1
	outb %al, $112
# 0 "" 2
.LVL31:
	.loc 1 34 1 is_stmt 0 view .LVU52
#NO_APP
.LBE7:
.LBE6:
	.loc 1 46 2 is_stmt 1 view .LVU53
.LBB8:
.LBI8:
	.loc 1 34 1 view .LVU54
.LBB9:
	.loc 1 34 1 view .LVU55
	.loc 1 34 1 view .LVU56
#APP
# 34 "io-segment.c" 1
	inb $113, %al
# 0 "" 2
.LVL32:
	.loc 1 34 1 view .LVU57
	.loc 1 34 1 is_stmt 0 view .LVU58
#NO_APP
.LBE9:
.LBE8:
	.loc 1 47 1 view .LVU59
	ret
	.cfi_endproc
.LFE13:
	.size	cmos_read, .-cmos_read
	.p2align 4
	.globl	cmos_write_const
	.type	cmos_write_const, @function
cmos_write_const:
.LFB14:
	.loc 1 50 1 is_stmt 1 view -0
	.cfi_startproc
	.loc 1 51 2 view .LVU61
	movl	$-113, %eax
#APP
# 51 "io-segment.c" 1
	outb %al, $112
# 0 "" 2
	.loc 1 52 2 view .LVU62
# 52 "io-segment.c" 1
	inb $113, %al
# 0 "" 2
#NO_APP
	movb	%al, 0
	.loc 1 53 1 is_stmt 0 view .LVU63
	ret
	.cfi_endproc
.LFE14:
	.size	cmos_write_const, .-cmos_write_const
	.p2align 4
	.globl	load_ds
	.type	load_ds, @function
load_ds:
.LVL33:
.LFB15:
	.loc 1 69 1 is_stmt 1 view -0
	.cfi_startproc
	.loc 1 70 2 view .LVU65
.LBB10:
	.loc 1 70 2 view .LVU66
	.loc 1 70 2 view .LVU67
	movl	%edi, %eax
#APP
# 70 "io-segment.c" 1
							
1:	movl %eax,%ds		
 .pushsection "__ex_table","a"
 .balign 4
 .long (1b) - .
 .long (1b) - .
 .long 13 
 .popsection

# 0 "" 2
.LVL34:
	.loc 1 70 2 is_stmt 0 view .LVU68
#NO_APP
.LBE10:
	.loc 1 70 2 is_stmt 1 view .LVU69
	.loc 1 71 2 view .LVU70
.LBB11:
	.loc 1 71 2 view .LVU71
	.loc 1 71 2 view .LVU72
	movl	%edi, %eax
#APP
# 71 "io-segment.c" 1
							
1:	movl %eax,%es		
 .pushsection "__ex_table","a"
 .balign 4
 .long (1b) - .
 .long (1b) - .
 .long 13 
 .popsection

# 0 "" 2
.LVL35:
	.loc 1 71 2 is_stmt 0 view .LVU73
#NO_APP
.LBE11:
	.loc 1 71 2 is_stmt 1 view .LVU74
	.loc 1 72 2 view .LVU75
.LBB12:
	.loc 1 72 2 view .LVU76
	.loc 1 72 2 view .LVU77
#APP
# 72 "io-segment.c" 1
							
1:	movl %edi,%ss		
 .pushsection "__ex_table","a"
 .balign 4
 .long (1b) - .
 .long (1b) - .
 .long 13 
 .popsection

# 0 "" 2
.LVL36:
	.loc 1 72 2 is_stmt 0 view .LVU78
#NO_APP
.LBE12:
	.loc 1 72 2 is_stmt 1 view .LVU79
	.loc 1 73 1 is_stmt 0 view .LVU80
	ret
	.cfi_endproc
.LFE15:
	.size	load_ds, .-load_ds
	.p2align 4
	.globl	load_fs
	.type	load_fs, @function
load_fs:
.LVL37:
.LFB16:
	.loc 1 76 1 is_stmt 1 view -0
	.cfi_startproc
	.loc 1 77 2 view .LVU82
.LBB13:
	.loc 1 77 2 view .LVU83
	.loc 1 77 2 view .LVU84
#APP
# 77 "io-segment.c" 1
							
1:	movl %edi,%fs		
 .pushsection "__ex_table","a"
 .balign 4
 .long (1b) - .
 .long (1b) - .
 .long 13 
 .popsection

# 0 "" 2
.LVL38:
	.loc 1 77 2 is_stmt 0 view .LVU85
#NO_APP
.LBE13:
	.loc 1 77 2 is_stmt 1 view .LVU86
	.loc 1 78 1 is_stmt 0 view .LVU87
	ret
	.cfi_endproc
.LFE16:
	.size	load_fs, .-load_fs
	.p2align 4
	.globl	save_segs
	.type	save_segs, @function
save_segs:
.LVL39:
.LFB17:
	.loc 1 81 1 is_stmt 1 view -0
	.cfi_startproc
	.loc 1 82 2 view .LVU89
	.loc 1 84 2 view .LVU90
#APP
# 84 "io-segment.c" 1
	mov %fs,%si
# 0 "" 2
.LVL40:
	.loc 1 85 2 view .LVU91
# 85 "io-segment.c" 1
	mov %gs,%cx
# 0 "" 2
.LVL41:
	.loc 1 86 2 view .LVU92
# 86 "io-segment.c" 1
	mov %ds,%dx
# 0 "" 2
.LVL42:
	.loc 1 87 2 view .LVU93
# 87 "io-segment.c" 1
	mov %es,%ax
# 0 "" 2
.LVL43:
	.loc 1 88 2 view .LVU94
	.loc 1 88 7 is_stmt 0 view .LVU95
#NO_APP
	movw	%si, (%rdi)
	.loc 1 88 13 is_stmt 1 view .LVU96
	.loc 1 88 18 is_stmt 0 view .LVU97
	movw	%cx, 2(%rdi)
	.loc 1 88 24 is_stmt 1 view .LVU98
	.loc 1 88 29 is_stmt 0 view .LVU99
	movw	%dx, 4(%rdi)
	.loc 1 89 2 is_stmt 1 view .LVU100
	.loc 1 90 1 is_stmt 0 view .LVU101
	ret
	.cfi_endproc
.LFE17:
	.size	save_segs, .-save_segs
	.p2align 4
	.globl	native_load_gs_index
	.type	native_load_gs_index, @function
native_load_gs_index:
.LVL44:
.LFB18:
	.loc 1 93 1 is_stmt 1 view -0
	.cfi_startproc
	.loc 1 94 2 view .LVU103
	.loc 1 96 2 view .LVU104
#APP
# 96 "io-segment.c" 1
	pushf ; pop %rax
# 0 "" 2
.LVL45:
	.loc 1 97 2 view .LVU105
# 97 "io-segment.c" 1
	cli
# 0 "" 2
	.loc 1 98 2 view .LVU106
# 98 "io-segment.c" 1
	swapgs
# 0 "" 2
	.loc 1 99 2 view .LVU107
# 99 "io-segment.c" 1
	1:	movl %edi,%gs
2:
 .pushsection "__ex_table","a"
 .balign 4
 .long (1b) - .
 .long (2b) - .
 .long 0 
 .popsection

# 0 "" 2
	.loc 1 103 2 view .LVU108
# 103 "io-segment.c" 1
	# ALT: oldnstr
661:
	
662:
# ALT: padding
.skip -(((6651f-6641f)-(662b-661b)) > 0) * ((6651f-6641f)-(662b-661b)),0x90
663:
.pushsection .altinstructions,"a"
 .long 661b - .
 .long 6641f - .
 .word 0
 .byte 663b-661b
 .byte 6651f-6641f
.popsection
.pushsection .altinstr_replacement, "ax"
# ALT: replacement 1
6641:
	mfence
6651:
.popsection

# 0 "" 2
	.loc 1 104 2 view .LVU109
# 104 "io-segment.c" 1
	swapgs
# 0 "" 2
	.loc 1 105 2 view .LVU110
	.loc 1 105 5 is_stmt 0 view .LVU111
#NO_APP
	testb	$2, %ah
	je	.L20
	.loc 1 106 3 is_stmt 1 view .LVU112
#APP
# 106 "io-segment.c" 1
	sti
# 0 "" 2
#NO_APP
.L20:
	.loc 1 107 1 is_stmt 0 view .LVU113
	ret
	.cfi_endproc
.LFE18:
	.size	native_load_gs_index, .-native_load_gs_index
	.p2align 4
	.globl	push_pop_fs
	.type	push_pop_fs, @function
push_pop_fs:
.LFB19:
	.loc 1 110 1 is_stmt 1 view -0
	.cfi_startproc
	.loc 1 111 2 view .LVU115
#APP
# 111 "io-segment.c" 1
	push %fs; pop %fs; pushq %gs; popq %gs
# 0 "" 2
	.loc 1 112 1 is_stmt 0 view .LVU116
#NO_APP
	ret
	.cfi_endproc
.LFE19:
	.size	push_pop_fs, .-push_pop_fs
	.p2align 4
	.globl	cpu_relax_loop
	.type	cpu_relax_loop, @function
cpu_relax_loop:
.LVL46:
.LFB20:
	.loc 1 115 1 is_stmt 1 view -0
	.cfi_startproc
	.loc 1 116 2 view .LVU118
	.loc 1 118 2 view .LVU119
	.loc 1 118 9 view .LVU120
	.loc 1 118 10 is_stmt 0 view .LVU121
	movl	(%rdi), %eax
	.loc 1 118 9 view .LVU122
	testl	%eax, %eax
	.loc 1 116 16 view .LVU123
	movl	$0, %eax
	.loc 1 118 9 view .LVU124
	jne	.L29
.LVL47:
	.p2align 4,,10
	.p2align 3
.L28:
	.loc 1 119 3 is_stmt 1 view .LVU125
#APP
# 119 "io-segment.c" 1
	rep; nop
# 0 "" 2
	.loc 1 120 3 view .LVU126
	.loc 1 118 10 is_stmt 0 view .LVU127
#NO_APP
	movl	(%rdi), %edx
	.loc 1 120 4 view .LVU128
	addq	$1, %rax
.LVL48:
	.loc 1 118 9 is_stmt 1 view .LVU129
	testl	%edx, %edx
	je	.L28
	ret
.LVL49:
	.p2align 4,,10
	.p2align 3
.L29:
	.loc 1 122 2 view .LVU130
	.loc 1 123 1 is_stmt 0 view .LVU131
	ret
	.cfi_endproc
.LFE20:
	.size	cpu_relax_loop, .-cpu_relax_loop
	.p2align 4
	.globl	clear_user_str
	.type	clear_user_str, @function
clear_user_str:
.LVL50:
.LFB21:
	.loc 1 126 1 is_stmt 1 view -0
	.cfi_startproc
	.loc 1 127 2 view .LVU133
	movq	%rsi, %rcx
	xorl	%eax, %eax
#APP
# 127 "io-segment.c" 1
	0:	rep stosb
1:
 .pushsection "__ex_table","a"
 .balign 4
 .long (0b) - .
 .long (1b) - .
 .long 0 
 .popsection

# 0 "" 2
.LVL51:
	.loc 1 132 2 view .LVU134
	.loc 1 133 1 is_stmt 0 view .LVU135
#NO_APP
	movq	%rcx, %rax
	ret
	.cfi_endproc
.LFE21:
	.size	clear_user_str, .-clear_user_str
	.section	.noinstr.text,"ax",@progbits
	.p2align 4
	.globl	idle_loop
	.type	idle_loop, @function
idle_loop:
.LFB22:
	.loc 1 136 1 is_stmt 1 view -0
	.cfi_startproc
	.loc 1 137 2 view .LVU137
#APP
# 137 "io-segment.c" 1
	# ALT: oldnstr
661:
	sti; hlt
662:
# ALT: padding
.skip -(((6651f-6641f)-(662b-661b)) > 0) * ((6651f-6641f)-(662b-661b)),0x90
663:
.pushsection .altinstructions,"a"
 .long 661b - .
 .long 6641f - .
 .word 7
 .byte 663b-661b
 .byte 6651f-6641f
.popsection
.pushsection .altinstr_replacement, "ax"
# ALT: replacement 1
6641:
	hlt
6651:
.popsection

# 0 "" 2
	.loc 1 138 1 is_stmt 0 view .LVU138
#NO_APP
	ret
	.cfi_endproc
.LFE22:
	.size	idle_loop, .-idle_loop
	.text
	.p2align 4
	.globl	ud_sites
	.type	ud_sites, @function
ud_sites:
.LVL52:
.LFB23:
	.loc 1 141 1 is_stmt 1 view -0
	.cfi_startproc
	.loc 1 142 2 view .LVU140
	.loc 1 142 5 is_stmt 0 view .LVU141
	testl	%edi, %edi
	je	.L35
	.loc 1 143 3 is_stmt 1 view .LVU142
#APP
# 143 "io-segment.c" 1
	ud2
# 0 "" 2
#NO_APP
.L35:
	.loc 1 144 2 view .LVU143
	.loc 1 144 11 is_stmt 0 view .LVU144
	leal	1(%rdi), %eax
	.loc 1 145 1 view .LVU145
	ret
	.cfi_endproc
.LFE23:
	.size	ud_sites, .-ud_sites
.Letext0:
	.file 2 "kasm.h"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.long	0x761
	.value	0x5
	.byte	0x1
	.byte	0x8
	.long	.Ldebug_abbrev0
	.uleb128 0x14
	.long	.LASF34
	.byte	0x1d
	.long	.LASF0
	.long	.LASF1
	.long	.LLRL36
	.quad	0
	.long	.Ldebug_line0
	.uleb128 0xf
	.string	"u8"
	.byte	0x5
	.byte	0x17
	.long	0x34
	.uleb128 0x5
	.byte	0x1
	.byte	0x8
	.long	.LASF2
	.uleb128 0xf
	.string	"u16"
	.byte	0x6
	.byte	0x18
	.long	0x46
	.uleb128 0x5
	.byte	0x2
	.byte	0x7
	.long	.LASF3
	.uleb128 0x5
	.byte	0x4
	.byte	0x7
	.long	.LASF4
	.uleb128 0x5
	.byte	0x8
	.byte	0x7
	.long	.LASF5
	.uleb128 0x6
	.long	.LASF6
	.byte	0x8c
	.byte	0x5
	.long	0x88
	.quad	.LFB23
	.quad	.LFE23-.LFB23
	.uleb128 0x1
	.byte	0x9c
	.long	0x88
	.uleb128 0xa
	.string	"x"
	.byte	0x8c
	.byte	0x12
	.long	0x88
	.uleb128 0x1
	.byte	0x55
	.byte	0
	.uleb128 0x15
	.byte	0x4
	.byte	0x5
	.string	"int"
	.uleb128 0x16
	.long	0x88
	.uleb128 0x8
	.long	.LASF10
	.byte	0x87
	.byte	0x10
	.quad	.LFB22
	.quad	.LFE22-.LFB22
	.uleb128 0x1
	.byte	0x9c
	.uleb128 0x6
	.long	.LASF7
	.byte	0x7d
	.byte	0xf
	.long	0xf2
	.quad	.LFB21
	.quad	.LFE21-.LFB21
	.uleb128 0x1
	.byte	0x9c
	.long	0xf2
	.uleb128 0x9
	.string	"to"
	.byte	0x7d
	.byte	0x24
	.long	0xf9
	.long	.LLST34
	.long	.LVUS34
	.uleb128 0x9
	.string	"n"
	.byte	0x7d
	.byte	0x36
	.long	0xf2
	.long	.LLST35
	.long	.LVUS35
	.byte	0
	.uleb128 0x5
	.byte	0x8
	.byte	0x7
	.long	.LASF8
	.uleb128 0x17
	.byte	0x8
	.uleb128 0x6
	.long	.LASF9
	.byte	0x72
	.byte	0xf
	.long	0xf2
	.quad	.LFB20
	.quad	.LFE20-.LFB20
	.uleb128 0x1
	.byte	0x9c
	.long	0x139
	.uleb128 0xa
	.string	"p"
	.byte	0x72
	.byte	0x2c
	.long	0x139
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x7
	.string	"n"
	.byte	0x74
	.byte	0x10
	.long	0xf2
	.long	.LLST33
	.long	.LVUS33
	.byte	0
	.uleb128 0xb
	.long	0x8f
	.uleb128 0x8
	.long	.LASF11
	.byte	0x6d
	.byte	0x6
	.quad	.LFB19
	.quad	.LFE19-.LFB19
	.uleb128 0x1
	.byte	0x9c
	.uleb128 0x2
	.long	.LASF15
	.byte	0x5c
	.byte	0x6
	.quad	.LFB18
	.quad	.LFE18-.LFB18
	.uleb128 0x1
	.byte	0x9c
	.long	0x195
	.uleb128 0x3
	.long	.LASF12
	.byte	0x5c
	.byte	0x28
	.long	0x4d
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x4
	.long	.LASF13
	.byte	0x5e
	.byte	0x10
	.long	0xf2
	.long	.LLST32
	.long	.LVUS32
	.byte	0
	.uleb128 0x6
	.long	.LASF14
	.byte	0x50
	.byte	0x10
	.long	0x46
	.quad	.LFB17
	.quad	.LFE17-.LFB17
	.uleb128 0x1
	.byte	0x9c
	.long	0x20a
	.uleb128 0xa
	.string	"a"
	.byte	0x50
	.byte	0x2a
	.long	0x20a
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x7
	.string	"fs"
	.byte	0x52
	.byte	0x11
	.long	0x46
	.long	.LLST28
	.long	.LVUS28
	.uleb128 0x7
	.string	"gs"
	.byte	0x52
	.byte	0x15
	.long	0x46
	.long	.LLST29
	.long	.LVUS29
	.uleb128 0x7
	.string	"ds"
	.byte	0x52
	.byte	0x19
	.long	0x46
	.long	.LLST30
	.long	.LVUS30
	.uleb128 0x7
	.string	"es"
	.byte	0x52
	.byte	0x1d
	.long	0x46
	.long	.LLST31
	.long	.LVUS31
	.byte	0
	.uleb128 0xb
	.long	0x46
	.uleb128 0x2
	.long	.LASF16
	.byte	0x4b
	.byte	0x6
	.quad	.LFB16
	.quad	.LFE16-.LFB16
	.uleb128 0x1
	.byte	0x9c
	.long	0x263
	.uleb128 0x9
	.string	"v"
	.byte	0x4b
	.byte	0x1d
	.long	0x46
	.long	.LLST26
	.long	.LVUS26
	.uleb128 0x10
	.quad	.LBB13
	.quad	.LBE13-.LBB13
	.uleb128 0x4
	.long	.LASF17
	.byte	0x4d
	.byte	0x2
	.long	0x46
	.long	.LLST27
	.long	.LVUS27
	.byte	0
	.byte	0
	.uleb128 0x2
	.long	.LASF18
	.byte	0x44
	.byte	0x6
	.quad	.LFB15
	.quad	.LFE15-.LFB15
	.uleb128 0x1
	.byte	0x9c
	.long	0x309
	.uleb128 0x9
	.string	"v"
	.byte	0x44
	.byte	0x1d
	.long	0x46
	.long	.LLST22
	.long	.LVUS22
	.uleb128 0x11
	.quad	.LBB10
	.quad	.LBE10-.LBB10
	.long	0x2ba
	.uleb128 0x4
	.long	.LASF17
	.byte	0x46
	.byte	0x2
	.long	0x46
	.long	.LLST23
	.long	.LVUS23
	.byte	0
	.uleb128 0x11
	.quad	.LBB11
	.quad	.LBE11-.LBB11
	.long	0x2e3
	.uleb128 0x4
	.long	.LASF17
	.byte	0x47
	.byte	0x2
	.long	0x46
	.long	.LLST24
	.long	.LVUS24
	.byte	0
	.uleb128 0x10
	.quad	.LBB12
	.quad	.LBE12-.LBB12
	.uleb128 0x4
	.long	.LASF17
	.byte	0x48
	.byte	0x2
	.long	0x46
	.long	.LLST25
	.long	.LVUS25
	.byte	0
	.byte	0
	.uleb128 0x8
	.long	.LASF19
	.byte	0x31
	.byte	0x6
	.quad	.LFB14
	.quad	.LFE14-.LFB14
	.uleb128 0x1
	.byte	0x9c
	.uleb128 0x6
	.long	.LASF20
	.byte	0x2b
	.byte	0x4
	.long	0x2a
	.quad	.LFB13
	.quad	.LFE13-.LFB13
	.uleb128 0x1
	.byte	0x9c
	.long	0x3cd
	.uleb128 0x3
	.long	.LASF21
	.byte	0x2b
	.byte	0x11
	.long	0x2a
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x18
	.long	0x6ee
	.quad	.LBI6
	.byte	.LVU50
	.quad	.LBB6
	.quad	.LBE6-.LBB6
	.byte	0x1
	.byte	0x2d
	.byte	0x2
	.long	0x390
	.uleb128 0xc
	.long	0x704
	.long	.LLST18
	.long	.LVUS18
	.uleb128 0xc
	.long	0x6fb
	.long	.LLST19
	.long	.LVUS19
	.byte	0
	.uleb128 0x19
	.long	0x6c7
	.quad	.LBI8
	.byte	.LVU54
	.quad	.LBB8
	.quad	.LBE8-.LBB8
	.byte	0x1
	.byte	0x2e
	.byte	0x9
	.uleb128 0xc
	.long	0x6d8
	.long	.LLST20
	.long	.LVUS20
	.uleb128 0x12
	.long	0x6e1
	.long	.LLST21
	.long	.LVUS21
	.byte	0
	.byte	0
	.uleb128 0x8
	.long	.LASF22
	.byte	0x26
	.byte	0x6
	.quad	.LFB12
	.quad	.LFE12-.LFB12
	.uleb128 0x1
	.byte	0x9c
	.uleb128 0x2
	.long	.LASF23
	.byte	0x24
	.byte	0x1
	.quad	.LFB11
	.quad	.LFE11-.LFB11
	.uleb128 0x1
	.byte	0x9c
	.long	0x43a
	.uleb128 0x1
	.long	.LASF24
	.byte	0x24
	.long	0x3b
	.long	.LLST15
	.long	.LVUS15
	.uleb128 0x1
	.long	.LASF21
	.byte	0x24
	.long	0xf9
	.long	.LLST16
	.long	.LVUS16
	.uleb128 0x1
	.long	.LASF25
	.byte	0x24
	.long	0xf2
	.long	.LLST17
	.long	.LVUS17
	.byte	0
	.uleb128 0x2
	.long	.LASF26
	.byte	0x24
	.byte	0x1
	.quad	.LFB10
	.quad	.LFE10-.LFB10
	.uleb128 0x1
	.byte	0x9c
	.long	0x489
	.uleb128 0x3
	.long	.LASF24
	.byte	0x24
	.byte	0x1
	.long	0x3b
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x1
	.long	.LASF21
	.byte	0x24
	.long	0x489
	.long	.LLST13
	.long	.LVUS13
	.uleb128 0x1
	.long	.LASF25
	.byte	0x24
	.long	0xf2
	.long	.LLST14
	.long	.LVUS14
	.byte	0
	.uleb128 0xb
	.long	0x48e
	.uleb128 0x1a
	.uleb128 0x13
	.string	"inl"
	.byte	0x24
	.long	0x4d
	.quad	.LFB9
	.quad	.LFE9-.LFB9
	.uleb128 0x1
	.byte	0x9c
	.long	0x4d0
	.uleb128 0x3
	.long	.LASF24
	.byte	0x24
	.byte	0x1
	.long	0x3b
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x4
	.long	.LASF27
	.byte	0x24
	.byte	0x1
	.long	0x4d
	.long	.LLST12
	.long	.LVUS12
	.byte	0
	.uleb128 0x2
	.long	.LASF28
	.byte	0x24
	.byte	0x1
	.quad	.LFB8
	.quad	.LFE8-.LFB8
	.uleb128 0x1
	.byte	0x9c
	.long	0x508
	.uleb128 0x3
	.long	.LASF27
	.byte	0x24
	.byte	0x1
	.long	0x4d
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x3
	.long	.LASF24
	.byte	0x24
	.byte	0x1
	.long	0x3b
	.uleb128 0x1
	.byte	0x54
	.byte	0
	.uleb128 0x2
	.long	.LASF29
	.byte	0x23
	.byte	0x1
	.quad	.LFB7
	.quad	.LFE7-.LFB7
	.uleb128 0x1
	.byte	0x9c
	.long	0x55c
	.uleb128 0x1
	.long	.LASF24
	.byte	0x23
	.long	0x3b
	.long	.LLST9
	.long	.LVUS9
	.uleb128 0x1
	.long	.LASF21
	.byte	0x23
	.long	0xf9
	.long	.LLST10
	.long	.LVUS10
	.uleb128 0x1
	.long	.LASF25
	.byte	0x23
	.long	0xf2
	.long	.LLST11
	.long	.LVUS11
	.byte	0
	.uleb128 0x2
	.long	.LASF30
	.byte	0x23
	.byte	0x1
	.quad	.LFB6
	.quad	.LFE6-.LFB6
	.uleb128 0x1
	.byte	0x9c
	.long	0x5ab
	.uleb128 0x3
	.long	.LASF24
	.byte	0x23
	.byte	0x1
	.long	0x3b
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x1
	.long	.LASF21
	.byte	0x23
	.long	0x489
	.long	.LLST7
	.long	.LVUS7
	.uleb128 0x1
	.long	.LASF25
	.byte	0x23
	.long	0xf2
	.long	.LLST8
	.long	.LVUS8
	.byte	0
	.uleb128 0x13
	.string	"inw"
	.byte	0x23
	.long	0x46
	.quad	.LFB5
	.quad	.LFE5-.LFB5
	.uleb128 0x1
	.byte	0x9c
	.long	0x5ec
	.uleb128 0x3
	.long	.LASF24
	.byte	0x23
	.byte	0x1
	.long	0x3b
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x4
	.long	.LASF27
	.byte	0x23
	.byte	0x1
	.long	0x46
	.long	.LLST6
	.long	.LVUS6
	.byte	0
	.uleb128 0x2
	.long	.LASF31
	.byte	0x23
	.byte	0x1
	.quad	.LFB4
	.quad	.LFE4-.LFB4
	.uleb128 0x1
	.byte	0x9c
	.long	0x624
	.uleb128 0x3
	.long	.LASF27
	.byte	0x23
	.byte	0x1
	.long	0x46
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x3
	.long	.LASF24
	.byte	0x23
	.byte	0x1
	.long	0x3b
	.uleb128 0x1
	.byte	0x54
	.byte	0
	.uleb128 0x2
	.long	.LASF32
	.byte	0x22
	.byte	0x1
	.quad	.LFB3
	.quad	.LFE3-.LFB3
	.uleb128 0x1
	.byte	0x9c
	.long	0x678
	.uleb128 0x1
	.long	.LASF24
	.byte	0x22
	.long	0x3b
	.long	.LLST3
	.long	.LVUS3
	.uleb128 0x1
	.long	.LASF21
	.byte	0x22
	.long	0xf9
	.long	.LLST4
	.long	.LVUS4
	.uleb128 0x1
	.long	.LASF25
	.byte	0x22
	.long	0xf2
	.long	.LLST5
	.long	.LVUS5
	.byte	0
	.uleb128 0x2
	.long	.LASF33
	.byte	0x22
	.byte	0x1
	.quad	.LFB2
	.quad	.LFE2-.LFB2
	.uleb128 0x1
	.byte	0x9c
	.long	0x6c7
	.uleb128 0x3
	.long	.LASF24
	.byte	0x22
	.byte	0x1
	.long	0x3b
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x1
	.long	.LASF21
	.byte	0x22
	.long	0x489
	.long	.LLST1
	.long	.LVUS1
	.uleb128 0x1
	.long	.LASF25
	.byte	0x22
	.long	0xf2
	.long	.LLST2
	.long	.LVUS2
	.byte	0
	.uleb128 0x1b
	.string	"inb"
	.byte	0x1
	.byte	0x22
	.byte	0x1
	.long	0x34
	.byte	0x1
	.long	0x6ee
	.uleb128 0xd
	.long	.LASF24
	.long	0x3b
	.uleb128 0x1c
	.long	.LASF27
	.byte	0x1
	.byte	0x22
	.byte	0x1
	.long	0x34
	.byte	0
	.uleb128 0x1d
	.long	.LASF35
	.byte	0x1
	.byte	0x22
	.byte	0x1
	.byte	0x1
	.long	0x70e
	.uleb128 0xd
	.long	.LASF27
	.long	0x34
	.uleb128 0xd
	.long	.LASF24
	.long	0x3b
	.byte	0
	.uleb128 0x1e
	.long	0x6ee
	.quad	.LFB0
	.quad	.LFE0-.LFB0
	.uleb128 0x1
	.byte	0x9c
	.long	0x738
	.uleb128 0xe
	.long	0x6fb
	.uleb128 0x1
	.byte	0x55
	.uleb128 0xe
	.long	0x704
	.uleb128 0x1
	.byte	0x54
	.byte	0
	.uleb128 0x1f
	.long	0x6c7
	.quad	.LFB1
	.quad	.LFE1-.LFB1
	.uleb128 0x1
	.byte	0x9c
	.uleb128 0xe
	.long	0x6d8
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x12
	.long	0x6e1
	.long	.LLST0
	.long	.LVUS0
	.byte	0
	.byte	0
	.section	.debug_abbrev,"",@progbits
.Ldebug_abbrev0:
	.uleb128 0x1
	.uleb128 0x5
	.byte	0
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0x3a
	.uleb128 0x21
	.sleb128 1
	.uleb128 0x3b
	.uleb128 0xb
	.uleb128 0x39
	.uleb128 0x21
	.sleb128 1
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x2
	.uleb128 0x17
	.uleb128 0x2137
	.uleb128 0x17
	.byte	0
	.byte	0
	.uleb128 0x2
	.uleb128 0x2e
	.byte	0x1
	.uleb128 0x3f
	.uleb128 0x19
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0x3a
	.uleb128 0x21
	.sleb128 1
	.uleb128 0x3b
	.uleb128 0xb
	.uleb128 0x39
	.uleb128 0xb
	.uleb128 0x27
	.uleb128 0x19
	.uleb128 0x11
	.uleb128 0x1
	.uleb128 0x12
	.uleb128 0x7
	.uleb128 0x40
	.uleb128 0x18
	.uleb128 0x7a
	.uleb128 0x19
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x3
	.uleb128 0x5
	.byte	0
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0x3a
	.uleb128 0x21
	.sleb128 1
	.uleb128 0x3b
	.uleb128 0xb
	.uleb128 0x39
	.uleb128 0xb
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x2
	.uleb128 0x18
	.byte	0
	.byte	0
	.uleb128 0x4
	.uleb128 0x34
	.byte	0
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0x3a
	.uleb128 0x21
	.sleb128 1
	.uleb128 0x3b
	.uleb128 0xb
	.uleb128 0x39
	.uleb128 0xb
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x2
	.uleb128 0x17
	.uleb128 0x2137
	.uleb128 0x17
	.byte	0
	.byte	0
	.uleb128 0x5
	.uleb128 0x24
	.byte	0
	.uleb128 0xb
	.uleb128 0xb
	.uleb128 0x3e
	.uleb128 0xb
	.uleb128 0x3
	.uleb128 0xe
	.byte	0
	.byte	0
	.uleb128 0x6
	.uleb128 0x2e
	.byte	0x1
	.uleb128 0x3f
	.uleb128 0x19
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0x3a
	.uleb128 0x21
	.sleb128 1
	.uleb128 0x3b
	.uleb128 0xb
	.uleb128 0x39
	.uleb128 0xb
	.uleb128 0x27
	.uleb128 0x19
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x11
	.uleb128 0x1
	.uleb128 0x12
	.uleb128 0x7
	.uleb128 0x40
	.uleb128 0x18
	.uleb128 0x7a
	.uleb128 0x19
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x7
	.uleb128 0x34
	.byte	0
	.uleb128 0x3
	.uleb128 0x8
	.uleb128 0x3a
	.uleb128 0x21
	.sleb128 1
	.uleb128 0x3b
	.uleb128 0xb
	.uleb128 0x39
	.uleb128 0xb
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x2
	.uleb128 0x17
	.uleb128 0x2137
	.uleb128 0x17
	.byte	0
	.byte	0
	.uleb128 0x8
	.uleb128 0x2e
	.byte	0
	.uleb128 0x3f
	.uleb128 0x19
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0x3a
	.uleb128 0x21
	.sleb128 1
	.uleb128 0x3b
	.uleb128 0xb
	.uleb128 0x39
	.uleb128 0xb
	.uleb128 0x27
	.uleb128 0x19
	.uleb128 0x11
	.uleb128 0x1
	.uleb128 0x12
	.uleb128 0x7
	.uleb128 0x40
	.uleb128 0x18
	.uleb128 0x7a
	.uleb128 0x19
	.byte	0
	.byte	0
	.uleb128 0x9
	.uleb128 0x5
	.byte	0
	.uleb128 0x3
	.uleb128 0x8
	.uleb128 0x3a
	.uleb128 0x21
	.sleb128 1
	.uleb128 0x3b
	.uleb128 0xb
	.uleb128 0x39
	.uleb128 0xb
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x2
	.uleb128 0x17
	.uleb128 0x2137
	.uleb128 0x17
	.byte	0
	.byte	0
	.uleb128 0xa
	.uleb128 0x5
	.byte	0
	.uleb128 0x3
	.uleb128 0x8
	.uleb128 0x3a
	.uleb128 0x21
	.sleb128 1
	.uleb128 0x3b
	.uleb128 0xb
	.uleb128 0x39
	.uleb128 0xb
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x2
	.uleb128 0x18
	.byte	0
	.byte	0
	.uleb128 0xb
	.uleb128 0xf
	.byte	0
	.uleb128 0xb
	.uleb128 0x21
	.sleb128 8
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0xc
	.uleb128 0x5
	.byte	0
	.uleb128 0x31
	.uleb128 0x13
	.uleb128 0x2
	.uleb128 0x17
	.uleb128 0x2137
	.uleb128 0x17
	.byte	0
	.byte	0
	.uleb128 0xd
	.uleb128 0x5
	.byte	0
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0x3a
	.uleb128 0x21
	.sleb128 1
	.uleb128 0x3b
	.uleb128 0x21
	.sleb128 34
	.uleb128 0x39
	.uleb128 0x21
	.sleb128 1
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0xe
	.uleb128 0x5
	.byte	0
	.uleb128 0x31
	.uleb128 0x13
	.uleb128 0x2
	.uleb128 0x18
	.byte	0
	.byte	0
	.uleb128 0xf
	.uleb128 0x16
	.byte	0
	.uleb128 0x3
	.uleb128 0x8
	.uleb128 0x3a
	.uleb128 0x21
	.sleb128 2
	.uleb128 0x3b
	.uleb128 0xb
	.uleb128 0x39
	.uleb128 0xb
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x10
	.uleb128 0xb
	.byte	0x1
	.uleb128 0x11
	.uleb128 0x1
	.uleb128 0x12
	.uleb128 0x7
	.byte	0
	.byte	0
	.uleb128 0x11
	.uleb128 0xb
	.byte	0x1
	.uleb128 0x11
	.uleb128 0x1
	.uleb128 0x12
	.uleb128 0x7
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x12
	.uleb128 0x34
	.byte	0
	.uleb128 0x31
	.uleb128 0x13
	.uleb128 0x2
	.uleb128 0x17
	.uleb128 0x2137
	.uleb128 0x17
	.byte	0
	.byte	0
	.uleb128 0x13
	.uleb128 0x2e
	.byte	0x1
	.uleb128 0x3f
	.uleb128 0x19
	.uleb128 0x3
	.uleb128 0x8
	.uleb128 0x3a
	.uleb128 0x21
	.sleb128 1
	.uleb128 0x3b
	.uleb128 0xb
	.uleb128 0x39
	.uleb128 0x21
	.sleb128 1
	.uleb128 0x27
	.uleb128 0x19
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x11
	.uleb128 0x1
	.uleb128 0x12
	.uleb128 0x7
	.uleb128 0x40
	.uleb128 0x18
	.uleb128 0x7a
	.uleb128 0x19
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x14
	.uleb128 0x11
	.byte	0x1
	.uleb128 0x25
	.uleb128 0xe
	.uleb128 0x13
	.uleb128 0xb
	.uleb128 0x3
	.uleb128 0x1f
	.uleb128 0x1b
	.uleb128 0x1f
	.uleb128 0x55
	.uleb128 0x17
	.uleb128 0x11
	.uleb128 0x1
	.uleb128 0x10
	.uleb128 0x17
	.byte	0
	.byte	0
	.uleb128 0x15
	.uleb128 0x24
	.byte	0
	.uleb128 0xb
	.uleb128 0xb
	.uleb128 0x3e
	.uleb128 0xb
	.uleb128 0x3
	.uleb128 0x8
	.byte	0
	.byte	0
	.uleb128 0x16
	.uleb128 0x35
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x17
	.uleb128 0xf
	.byte	0
	.uleb128 0xb
	.uleb128 0xb
	.byte	0
	.byte	0
	.uleb128 0x18
	.uleb128 0x1d
	.byte	0x1
	.uleb128 0x31
	.uleb128 0x13
	.uleb128 0x52
	.uleb128 0x1
	.uleb128 0x2138
	.uleb128 0xb
	.uleb128 0x11
	.uleb128 0x1
	.uleb128 0x12
	.uleb128 0x7
	.uleb128 0x58
	.uleb128 0xb
	.uleb128 0x59
	.uleb128 0xb
	.uleb128 0x57
	.uleb128 0xb
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x19
	.uleb128 0x1d
	.byte	0x1
	.uleb128 0x31
	.uleb128 0x13
	.uleb128 0x52
	.uleb128 0x1
	.uleb128 0x2138
	.uleb128 0xb
	.uleb128 0x11
	.uleb128 0x1
	.uleb128 0x12
	.uleb128 0x7
	.uleb128 0x58
	.uleb128 0xb
	.uleb128 0x59
	.uleb128 0xb
	.uleb128 0x57
	.uleb128 0xb
	.byte	0
	.byte	0
	.uleb128 0x1a
	.uleb128 0x26
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x1b
	.uleb128 0x2e
	.byte	0x1
	.uleb128 0x3f
	.uleb128 0x19
	.uleb128 0x3
	.uleb128 0x8
	.uleb128 0x3a
	.uleb128 0xb
	.uleb128 0x3b
	.uleb128 0xb
	.uleb128 0x39
	.uleb128 0xb
	.uleb128 0x27
	.uleb128 0x19
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x20
	.uleb128 0xb
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x1c
	.uleb128 0x34
	.byte	0
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0x3a
	.uleb128 0xb
	.uleb128 0x3b
	.uleb128 0xb
	.uleb128 0x39
	.uleb128 0xb
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x1d
	.uleb128 0x2e
	.byte	0x1
	.uleb128 0x3f
	.uleb128 0x19
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0x3a
	.uleb128 0xb
	.uleb128 0x3b
	.uleb128 0xb
	.uleb128 0x39
	.uleb128 0xb
	.uleb128 0x27
	.uleb128 0x19
	.uleb128 0x20
	.uleb128 0xb
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x1e
	.uleb128 0x2e
	.byte	0x1
	.uleb128 0x31
	.uleb128 0x13
	.uleb128 0x11
	.uleb128 0x1
	.uleb128 0x12
	.uleb128 0x7
	.uleb128 0x40
	.uleb128 0x18
	.uleb128 0x7a
	.uleb128 0x19
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x1f
	.uleb128 0x2e
	.byte	0x1
	.uleb128 0x31
	.uleb128 0x13
	.uleb128 0x11
	.uleb128 0x1
	.uleb128 0x12
	.uleb128 0x7
	.uleb128 0x40
	.uleb128 0x18
	.uleb128 0x7a
	.uleb128 0x19
	.byte	0
	.byte	0
	.byte	0
	.section	.debug_loclists,"",@progbits
	.long	.Ldebug_loc3-.Ldebug_loc2
.Ldebug_loc2:
	.value	0x5
	.byte	0x8
	.byte	0
	.long	0
.Ldebug_loc0:
.LVUS34:
	.uleb128 0
	.uleb128 .LVU134
.LLST34:
	.byte	0x8
	.quad	.LVL50
	.uleb128 .LVL51-.LVL50
	.uleb128 0x1
	.byte	0x55
	.byte	0
.LVUS35:
	.uleb128 0
	.uleb128 .LVU134
	.uleb128 .LVU134
	.uleb128 0
.LLST35:
	.byte	0x6
	.quad	.LVL50
	.byte	0x4
	.uleb128 .LVL50-.LVL50
	.uleb128 .LVL51-.LVL50
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL51-.LVL50
	.uleb128 .LFE21-.LVL50
	.uleb128 0x1
	.byte	0x52
	.byte	0
.LVUS33:
	.uleb128 .LVU119
	.uleb128 .LVU125
	.uleb128 .LVU125
	.uleb128 .LVU130
	.uleb128 .LVU130
	.uleb128 0
.LLST33:
	.byte	0x6
	.quad	.LVL46
	.byte	0x4
	.uleb128 .LVL46-.LVL46
	.uleb128 .LVL47-.LVL46
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL47-.LVL46
	.uleb128 .LVL49-.LVL46
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL49-.LVL46
	.uleb128 .LFE20-.LVL46
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0
.LVUS32:
	.uleb128 .LVU105
	.uleb128 0
.LLST32:
	.byte	0x8
	.quad	.LVL45
	.uleb128 .LFE18-.LVL45
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS28:
	.uleb128 .LVU91
	.uleb128 0
.LLST28:
	.byte	0x8
	.quad	.LVL40
	.uleb128 .LFE17-.LVL40
	.uleb128 0x1
	.byte	0x54
	.byte	0
.LVUS29:
	.uleb128 .LVU92
	.uleb128 0
.LLST29:
	.byte	0x8
	.quad	.LVL41
	.uleb128 .LFE17-.LVL41
	.uleb128 0x1
	.byte	0x52
	.byte	0
.LVUS30:
	.uleb128 .LVU93
	.uleb128 0
.LLST30:
	.byte	0x8
	.quad	.LVL42
	.uleb128 .LFE17-.LVL42
	.uleb128 0x1
	.byte	0x51
	.byte	0
.LVUS31:
	.uleb128 .LVU94
	.uleb128 0
.LLST31:
	.byte	0x8
	.quad	.LVL43
	.uleb128 .LFE17-.LVL43
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS26:
	.uleb128 0
	.uleb128 .LVU85
	.uleb128 .LVU85
	.uleb128 0
.LLST26:
	.byte	0x6
	.quad	.LVL37
	.byte	0x4
	.uleb128 .LVL37-.LVL37
	.uleb128 .LVL38-.LVL37
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL38-.LVL37
	.uleb128 .LFE16-.LVL37
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0
.LVUS27:
	.uleb128 .LVU84
	.uleb128 .LVU85
.LLST27:
	.byte	0x8
	.quad	.LVL37
	.uleb128 .LVL38-.LVL37
	.uleb128 0x1
	.byte	0x55
	.byte	0
.LVUS22:
	.uleb128 0
	.uleb128 .LVU78
	.uleb128 .LVU78
	.uleb128 0
.LLST22:
	.byte	0x6
	.quad	.LVL33
	.byte	0x4
	.uleb128 .LVL33-.LVL33
	.uleb128 .LVL36-.LVL33
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL36-.LVL33
	.uleb128 .LFE15-.LVL33
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0
.LVUS23:
	.uleb128 .LVU67
	.uleb128 .LVU68
.LLST23:
	.byte	0x8
	.quad	.LVL33
	.uleb128 .LVL34-.LVL33
	.uleb128 0x1
	.byte	0x55
	.byte	0
.LVUS24:
	.uleb128 .LVU72
	.uleb128 .LVU73
.LLST24:
	.byte	0x8
	.quad	.LVL34
	.uleb128 .LVL35-.LVL34
	.uleb128 0x1
	.byte	0x55
	.byte	0
.LVUS25:
	.uleb128 .LVU77
	.uleb128 .LVU78
.LLST25:
	.byte	0x8
	.quad	.LVL35
	.uleb128 .LVL36-.LVL35
	.uleb128 0x1
	.byte	0x55
	.byte	0
.LVUS18:
	.uleb128 .LVU50
	.uleb128 .LVU52
.LLST18:
	.byte	0x8
	.quad	.LVL30
	.uleb128 .LVL31-.LVL30
	.uleb128 0x3
	.byte	0x8
	.byte	0x70
	.byte	0x9f
	.byte	0
.LVUS19:
	.uleb128 .LVU50
	.uleb128 .LVU52
.LLST19:
	.byte	0x8
	.quad	.LVL30
	.uleb128 .LVL31-.LVL30
	.uleb128 0x1
	.byte	0x55
	.byte	0
.LVUS20:
	.uleb128 .LVU54
	.uleb128 .LVU58
.LLST20:
	.byte	0x8
	.quad	.LVL31
	.uleb128 .LVL32-.LVL31
	.uleb128 0x3
	.byte	0x8
	.byte	0x71
	.byte	0x9f
	.byte	0
.LVUS21:
	.uleb128 .LVU57
	.uleb128 .LVU58
.LLST21:
	.byte	0x8
	.quad	.LVL32
	.uleb128 .LVL32-.LVL32
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS15:
	.uleb128 0
	.uleb128 .LVU42
	.uleb128 .LVU42
	.uleb128 0
.LLST15:
	.byte	0x6
	.quad	.LVL26
	.byte	0x4
	.uleb128 .LVL26-.LVL26
	.uleb128 .LVL27-.LVL26
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL27-.LVL26
	.uleb128 .LFE11-.LVL26
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0
.LVUS16:
	.uleb128 0
	.uleb128 .LVU44
.LLST16:
	.byte	0x8
	.quad	.LVL26
	.uleb128 .LVL29-.LVL26
	.uleb128 0x1
	.byte	0x54
	.byte	0
.LVUS17:
	.uleb128 0
	.uleb128 .LVU43
	.uleb128 .LVU43
	.uleb128 .LVU44
.LLST17:
	.byte	0x6
	.quad	.LVL26
	.byte	0x4
	.uleb128 .LVL26-.LVL26
	.uleb128 .LVL28-.LVL26
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL28-.LVL26
	.uleb128 .LVL29-.LVL26
	.uleb128 0x1
	.byte	0x52
	.byte	0
.LVUS13:
	.uleb128 0
	.uleb128 .LVU39
.LLST13:
	.byte	0x8
	.quad	.LVL23
	.uleb128 .LVL25-.LVL23
	.uleb128 0x1
	.byte	0x54
	.byte	0
.LVUS14:
	.uleb128 0
	.uleb128 .LVU38
	.uleb128 .LVU38
	.uleb128 .LVU39
.LLST14:
	.byte	0x6
	.quad	.LVL23
	.byte	0x4
	.uleb128 .LVL23-.LVL23
	.uleb128 .LVL24-.LVL23
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL24-.LVL23
	.uleb128 .LVL25-.LVL23
	.uleb128 0x1
	.byte	0x52
	.byte	0
.LVUS12:
	.uleb128 .LVU35
	.uleb128 0
.LLST12:
	.byte	0x8
	.quad	.LVL22
	.uleb128 .LFE9-.LVL22
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS9:
	.uleb128 0
	.uleb128 .LVU27
	.uleb128 .LVU27
	.uleb128 0
.LLST9:
	.byte	0x6
	.quad	.LVL16
	.byte	0x4
	.uleb128 .LVL16-.LVL16
	.uleb128 .LVL17-.LVL16
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL17-.LVL16
	.uleb128 .LFE7-.LVL16
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0
.LVUS10:
	.uleb128 0
	.uleb128 .LVU29
.LLST10:
	.byte	0x8
	.quad	.LVL16
	.uleb128 .LVL19-.LVL16
	.uleb128 0x1
	.byte	0x54
	.byte	0
.LVUS11:
	.uleb128 0
	.uleb128 .LVU28
	.uleb128 .LVU28
	.uleb128 .LVU29
.LLST11:
	.byte	0x6
	.quad	.LVL16
	.byte	0x4
	.uleb128 .LVL16-.LVL16
	.uleb128 .LVL18-.LVL16
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL18-.LVL16
	.uleb128 .LVL19-.LVL16
	.uleb128 0x1
	.byte	0x52
	.byte	0
.LVUS7:
	.uleb128 0
	.uleb128 .LVU24
.LLST7:
	.byte	0x8
	.quad	.LVL13
	.uleb128 .LVL15-.LVL13
	.uleb128 0x1
	.byte	0x54
	.byte	0
.LVUS8:
	.uleb128 0
	.uleb128 .LVU23
	.uleb128 .LVU23
	.uleb128 .LVU24
.LLST8:
	.byte	0x6
	.quad	.LVL13
	.byte	0x4
	.uleb128 .LVL13-.LVL13
	.uleb128 .LVL14-.LVL13
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL14-.LVL13
	.uleb128 .LVL15-.LVL13
	.uleb128 0x1
	.byte	0x52
	.byte	0
.LVUS6:
	.uleb128 .LVU20
	.uleb128 0
.LLST6:
	.byte	0x8
	.quad	.LVL12
	.uleb128 .LFE5-.LVL12
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS3:
	.uleb128 0
	.uleb128 .LVU12
	.uleb128 .LVU12
	.uleb128 0
.LLST3:
	.byte	0x6
	.quad	.LVL6
	.byte	0x4
	.uleb128 .LVL6-.LVL6
	.uleb128 .LVL7-.LVL6
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL7-.LVL6
	.uleb128 .LFE3-.LVL6
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0
.LVUS4:
	.uleb128 0
	.uleb128 .LVU14
.LLST4:
	.byte	0x8
	.quad	.LVL6
	.uleb128 .LVL9-.LVL6
	.uleb128 0x1
	.byte	0x54
	.byte	0
.LVUS5:
	.uleb128 0
	.uleb128 .LVU13
	.uleb128 .LVU13
	.uleb128 .LVU14
.LLST5:
	.byte	0x6
	.quad	.LVL6
	.byte	0x4
	.uleb128 .LVL6-.LVL6
	.uleb128 .LVL8-.LVL6
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL8-.LVL6
	.uleb128 .LVL9-.LVL6
	.uleb128 0x1
	.byte	0x52
	.byte	0
.LVUS1:
	.uleb128 0
	.uleb128 .LVU9
.LLST1:
	.byte	0x8
	.quad	.LVL3
	.uleb128 .LVL5-.LVL3
	.uleb128 0x1
	.byte	0x54
	.byte	0
.LVUS2:
	.uleb128 0
	.uleb128 .LVU8
	.uleb128 .LVU8
	.uleb128 .LVU9
.LLST2:
	.byte	0x6
	.quad	.LVL3
	.byte	0x4
	.uleb128 .LVL3-.LVL3
	.uleb128 .LVL4-.LVL3
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL4-.LVL3
	.uleb128 .LVL5-.LVL3
	.uleb128 0x1
	.byte	0x52
	.byte	0
.LVUS0:
	.uleb128 .LVU5
	.uleb128 0
.LLST0:
	.byte	0x8
	.quad	.LVL2
	.uleb128 .LFE1-.LVL2
	.uleb128 0x1
	.byte	0x50
	.byte	0
.Ldebug_loc3:
	.section	.debug_aranges,"",@progbits
	.long	0x3c
	.value	0x2
	.long	.Ldebug_info0
	.byte	0x8
	.byte	0
	.value	0
	.value	0
	.quad	.Ltext0
	.quad	.Letext0-.Ltext0
	.quad	.LFB22
	.quad	.LFE22-.LFB22
	.quad	0
	.quad	0
	.section	.debug_rnglists,"",@progbits
.Ldebug_ranges0:
	.long	.Ldebug_ranges3-.Ldebug_ranges2
.Ldebug_ranges2:
	.value	0x5
	.byte	0x8
	.byte	0
	.long	0
.LLRL36:
	.byte	0x7
	.quad	.Ltext0
	.uleb128 .Letext0-.Ltext0
	.byte	0x7
	.quad	.LFB22
	.uleb128 .LFE22-.LFB22
	.byte	0
.Ldebug_ranges3:
	.section	.debug_line,"",@progbits
.Ldebug_line0:
	.section	.debug_str,"MS",@progbits,1
.LASF30:
	.string	"outsw"
.LASF32:
	.string	"insb"
.LASF25:
	.string	"count"
.LASF14:
	.string	"save_segs"
.LASF17:
	.string	"__val"
.LASF7:
	.string	"clear_user_str"
.LASF12:
	.string	"selector"
.LASF23:
	.string	"insl"
.LASF21:
	.string	"addr"
.LASF2:
	.string	"unsigned char"
.LASF18:
	.string	"load_ds"
.LASF19:
	.string	"cmos_write_const"
.LASF8:
	.string	"long unsigned int"
.LASF3:
	.string	"short unsigned int"
.LASF16:
	.string	"load_fs"
.LASF34:
	.string	"GNU C17 12.2.0 -mcmodel=kernel -mno-red-zone -mno-sse -mno-mmx -mtune=generic -march=x86-64 -g -O2 -fno-pic -ffreestanding -fno-asynchronous-unwind-tables -fno-stack-protector -fcf-protection=none"
.LASF33:
	.string	"outsb"
.LASF29:
	.string	"insw"
.LASF15:
	.string	"native_load_gs_index"
.LASF26:
	.string	"outsl"
.LASF35:
	.string	"outb"
.LASF4:
	.string	"unsigned int"
.LASF13:
	.string	"flags"
.LASF5:
	.string	"long long unsigned int"
.LASF28:
	.string	"outl"
.LASF20:
	.string	"cmos_read"
.LASF31:
	.string	"outw"
.LASF11:
	.string	"push_pop_fs"
.LASF27:
	.string	"value"
.LASF24:
	.string	"port"
.LASF9:
	.string	"cpu_relax_loop"
.LASF6:
	.string	"ud_sites"
.LASF22:
	.string	"native_io_delay"
.LASF10:
	.string	"idle_loop"
	.section	.debug_line_str,"MS",@progbits,1
.LASF1:
	.string	"/work/main/tests/host/afterburn/corpus-src"
.LASF0:
	.string	"io-segment.c"
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
