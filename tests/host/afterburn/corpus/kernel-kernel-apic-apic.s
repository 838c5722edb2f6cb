	.file	"apic.c"
# GNU C11 (Debian 12.2.0-14+deb12u1) version 12.2.0 (x86_64-linux-gnu)
#	compiled by GNU C version 12.2.0, GMP version 6.2.1, MPFR version 4.2.0, MPC version 1.3.1, isl version isl-0.25-GMP

# GGC heuristics: --param ggc-min-expand=100 --param ggc-min-heapsize=131072
# options passed: -mno-sse -mno-mmx -mno-sse2 -mno-3dnow -mno-avx -m64 -mno-80387 -mno-fp-ret-in-387 -mpreferred-stack-boundary=3 -mskip-rax-setup -mtune=generic -mno-red-zone -mcmodel=kernel -march=x86-64 -Os -std=gnu11 -fno-strict-aliasing -fno-common -fshort-wchar -fno-PIE -fcf-protection=none -falign-jumps=1 -falign-loops=1 -fno-asynchronous-unwind-tables -fno-delete-null-pointer-checks -fno-allow-store-data-races -fno-stack-protector -fomit-frame-pointer -ftrivial-auto-var-init=zero -fno-stack-clash-protection -fno-strict-overflow -fstack-check=no -fconserve-stack -fno-builtin-wcslen
	.text
#APP
	.section	".initcall7.init", "a"		
__initcall__kmod_apic__265_2999_lapic_insert_resource7:			
.long	lapic_insert_resource - .	
.previous					

#NO_APP
	.type	apic_read, @function
apic_read:
# /work/main/build/src/arch/x86/include/asm/apic.h:389: 	return apic->read(reg);
	movq	apic(%rip), %rax	# apic, apic
# /work/main/build/src/arch/x86/include/asm/apic.h:389: 	return apic->read(reg);
	jmp	*24(%rax)	# apic.1_1->read
	.size	apic_read, .-apic_read
	.type	apic_write, @function
apic_write:
# /work/main/build/src/arch/x86/include/asm/apic.h:394: 	apic->write(reg, val);
	movq	apic(%rip), %rax	# apic, apic
# /work/main/build/src/arch/x86/include/asm/apic.h:394: 	apic->write(reg, val);
	jmp	*16(%rax)	# apic.3_1->write
	.size	apic_write, .-apic_write
	.type	apic_eoi, @function
apic_eoi:
# /work/main/build/src/arch/x86/include/asm/apic.h:399: 	apic->eoi_write(APIC_EOI, APIC_EOI_ACK);
	movq	apic(%rip), %rax	# apic, apic
# /work/main/build/src/arch/x86/include/asm/apic.h:399: 	apic->eoi_write(APIC_EOI, APIC_EOI_ACK);
	xorl	%esi, %esi	#
	movl	$176, %edi	#,
	movq	(%rax), %rax	# apic.81_1->eoi_write, apic.81_1->eoi_write
	jmp	*%rax	# apic.81_1->eoi_write
	.size	apic_eoi, .-apic_eoi
	.type	read_apic_id, @function
read_apic_id:
# /work/main/build/src/arch/x86/include/asm/apic.h:486: 	unsigned int reg = apic_read(APIC_ID);
	movl	$32, %edi	#,
	call	apic_read	#
# /work/main/build/src/arch/x86/include/asm/apic.h:488: 	return apic->get_apic_id(reg);
	movl	%eax, %edi	# tmp90, reg
# /work/main/build/src/arch/x86/include/asm/apic.h:488: 	return apic->get_apic_id(reg);
	movq	apic(%rip), %rax	# apic, apic
# /work/main/build/src/arch/x86/include/asm/apic.h:488: 	return apic->get_apic_id(reg);
	jmp	*232(%rax)	# apic.98_1->get_apic_id
	.size	read_apic_id, .-read_apic_id
	.type	lapic_next_event, @function
lapic_next_event:
# /work/main/build/src/arch/x86/kernel/apic/apic.c:478: 	apic_write(APIC_TMICT, delta);
	movl	%edi, %esi	# tmp88, delta
	movl	$896, %edi	#,
	call	apic_write	#
# /work/main/build/src/arch/x86/kernel/apic/apic.c:480: }
	xorl	%eax, %eax	#
	ret	
	.size	lapic_next_event, .-lapic_next_event
	.type	lapic_timer_broadcast, @function
lapic_timer_broadcast:
# /work/main/build/src/arch/x86/kernel/apic/apic.c:549: 	apic->send_IPI_mask(mask, LOCAL_TIMER_VECTOR);
	movq	apic(%rip), %rax	# apic, apic
# /work/main/build/src/arch/x86/kernel/apic/apic.c:549: 	apic->send_IPI_mask(mask, LOCAL_TIMER_VECTOR);
	movl	$236, %esi	#,
	movq	56(%rax), %rax	# apic.22_1->send_IPI_mask, apic.22_1->send_IPI_mask
	jmp	*%rax	# apic.22_1->send_IPI_mask
	.size	lapic_timer_broadcast, .-lapic_timer_broadcast
	.section	.init.text,"ax",@progbits
	.type	parse_lapic_timer_c2_ok, @function
parse_lapic_timer_c2_ok:
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2937: 	local_apic_timer_c2_ok = 1;
	movl	$1, local_apic_timer_c2_ok(%rip)	#, local_apic_timer_c2_ok
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2939: }
	xorl	%eax, %eax	#
	ret	
	.size	parse_lapic_timer_c2_ok, .-parse_lapic_timer_c2_ok
	.type	parse_disable_apic_timer, @function
parse_disable_apic_timer:
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2944: 	disable_apic_timer = 1;
	movl	$1, disable_apic_timer(%rip)	#, disable_apic_timer
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2946: }
	xorl	%eax, %eax	#
	ret	
	.size	parse_disable_apic_timer, .-parse_disable_apic_timer
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC0:
	.string	"\0016Spurious APIC interrupt (vector 0xFF) on CPU#%d, should never happen.\n"
.LC1:
	.string	"\0016Spurious interrupt (vector 0x%02x) on CPU#%d. Acked\n"
.LC2:
	.string	"\0016Spurious interrupt (vector 0x%02x) on CPU#%d. Not pending!\n"
	.text
	.type	handle_spurious_interrupt, @function
handle_spurious_interrupt:
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2202: 	inc_irq_stat(irq_spurious_count);
#APP
# 2202 "/work/main/build/src/arch/x86/kernel/apic/apic.c" 1
	incl %gs:irq_stat+12(%rip)	# irq_stat.irq_spurious_count
# 0 "" 2
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2207: 	if (vector == SPURIOUS_APIC_VECTOR) {
#NO_APP
	cmpb	$-1, %dil	#, vector
	jne	.L10	#,
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2209: 		pr_info("Spurious APIC interrupt (vector 0xFF) on CPU#%d, should never happen.\n",
	movq	$.LC0, %rdi	#,
#APP
# 2209 "/work/main/build/src/arch/x86/kernel/apic/apic.c" 1
	movl %gs:cpu_number(%rip), %esi	# cpu_number, pfo_val__
# 0 "" 2
#NO_APP
	jmp	_printk	#
.L10:
	movzbl	%dil, %esi	# vector, _1
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2197: {
	pushq	%rbx	#
	movl	%edi, %ebx	# tmp114, vector
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2218: 	v = apic_read(APIC_ISR + ((vector & ~0x1f) >> 1));
	movl	%esi, %edi	# _1, tmp104
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2197: {
	pushq	%rcx	#
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2218: 	v = apic_read(APIC_ISR + ((vector & ~0x1f) >> 1));
	sarl	%edi	# tmp104
	andl	$-16, %edi	#, tmp105
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2218: 	v = apic_read(APIC_ISR + ((vector & ~0x1f) >> 1));
	addl	$256, %edi	#, tmp106
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2218: 	v = apic_read(APIC_ISR + ((vector & ~0x1f) >> 1));
	movl	%esi, 4(%rsp)	# _1, %sfp
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2218: 	v = apic_read(APIC_ISR + ((vector & ~0x1f) >> 1));
	call	apic_read	#
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2219: 	if (v & (1 << (vector & 0x1f))) {
	movl	%ebx, %ecx	# vector, tmp118
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2219: 	if (v & (1 << (vector & 0x1f))) {
	movl	4(%rsp), %esi	# %sfp, _1
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2218: 	v = apic_read(APIC_ISR + ((vector & ~0x1f) >> 1));
	movl	%eax, %edx	#, tmp115
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2219: 	if (v & (1 << (vector & 0x1f))) {
	movl	$1, %eax	#, tmp110
	sall	%cl, %eax	# tmp118, tmp109
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2219: 	if (v & (1 << (vector & 0x1f))) {
	testl	%edx, %eax	# tmp115, tmp109
	je	.L11	#,
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2220: 		pr_info("Spurious interrupt (vector 0x%02x) on CPU#%d. Acked\n",
	movq	$.LC1, %rdi	#,
#APP
# 2220 "/work/main/build/src/arch/x86/kernel/apic/apic.c" 1
	movl %gs:cpu_number(%rip), %edx	# cpu_number, pfo_val__
# 0 "" 2
#NO_APP
	call	_printk	#
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2229: }
	popq	%rdx	#
	popq	%rbx	#
# /work/main/build/src/arch/x86/include/asm/apic.h:445: 	apic_eoi();
	jmp	apic_eoi	#
.L11:
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2224: 		pr_info("Spurious interrupt (vector 0x%02x) on CPU#%d. Not pending!\n",
#APP
# 2224 "/work/main/build/src/arch/x86/kernel/apic/apic.c" 1
	movl %gs:cpu_number(%rip), %edx	# cpu_number, pfo_val__
# 0 "" 2
#NO_APP
	movq	$.LC2, %rdi	#,
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2229: }
	popq	%rax	#
	popq	%rbx	#
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2224: 		pr_info("Spurious interrupt (vector 0x%02x) on CPU#%d. Not pending!\n",
	jmp	_printk	#
.L12:
	.size	handle_spurious_interrupt, .-handle_spurious_interrupt
	.type	__spurious_interrupt, @function
__spurious_interrupt:
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2242: 	handle_spurious_interrupt(vector);
	movzbl	%sil, %edi	# tmp87, vector
	jmp	handle_spurious_interrupt	#
	.size	__spurious_interrupt, .-__spurious_interrupt
	.type	__sysvec_spurious_apic_interrupt, @function
__sysvec_spurious_apic_interrupt:
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2247: 	handle_spurious_interrupt(SPURIOUS_APIC_VECTOR);
	movl	$255, %edi	#,
	jmp	handle_spurious_interrupt	#
	.size	__sysvec_spurious_apic_interrupt, .-__sysvec_spurious_apic_interrupt
	.section	.init.text
	.type	setup_disableapic, @function
setup_disableapic:
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2922: 	disable_apic = 1;
	movl	$1, disable_apic(%rip)	#, disable_apic
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2923: 	setup_clear_cpu_cap(X86_FEATURE_APIC);
	movl	$9, %edi	#,
	call	setup_clear_cpu_cap	#
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2925: }
	xorl	%eax, %eax	#
	ret	
	.size	setup_disableapic, .-setup_disableapic
	.type	setup_nolapic, @function
setup_nolapic:
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2922: 	disable_apic = 1;
	movl	$1, disable_apic(%rip)	#, disable_apic
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2923: 	setup_clear_cpu_cap(X86_FEATURE_APIC);
	movl	$9, %edi	#,
	call	setup_clear_cpu_cap	#
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2932: }
	xorl	%eax, %eax	#
	ret	
	.size	setup_nolapic, .-setup_nolapic
	.section	.rodata.str1.1
.LC3:
	.string	"notscdeadline"
	.section	.init.text
	.type	parse_lapic, @function
parse_lapic:
# /work/main/build/src/arch/x86/kernel/apic/apic.c:162: 	else if (arg && !strncmp(arg, "notscdeadline", 13))
	testq	%rdi, %rdi	# arg
	je	.L21	#,
# /work/main/build/src/arch/x86/kernel/apic/apic.c:162: 	else if (arg && !strncmp(arg, "notscdeadline", 13))
	movl	$13, %edx	#,
	movq	$.LC3, %rsi	#,
	call	strncmp	#
# /work/main/build/src/arch/x86/kernel/apic/apic.c:162: 	else if (arg && !strncmp(arg, "notscdeadline", 13))
	testl	%eax, %eax	# tmp88
	jne	.L21	#,
# /work/main/build/src/arch/x86/kernel/apic/apic.c:163: 		setup_clear_cpu_cap(X86_FEATURE_TSC_DEADLINE_TIMER);
	movl	$152, %edi	#,
	call	setup_clear_cpu_cap	#
.L21:
# /work/main/build/src/arch/x86/kernel/apic/apic.c:165: }
	xorl	%eax, %eax	#
	ret	
	.size	parse_lapic, .-parse_lapic
	.section	.rodata.str1.1
.LC4:
	.string	"all"
.LC5:
	.string	"none"
.LC6:
	.string	"bsp"
.LC7:
	.string	"\0014Unknown external NMI delivery mode `%s' ignored\n"
	.section	.init.text
	.type	apic_set_extnmi, @function
apic_set_extnmi:
# /work/main/build/src/arch/x86/kernel/apic/apic.c:3012: 	if (!arg)
	testq	%rdi, %rdi	# arg
	je	.L38	#,
# /work/main/build/src/arch/x86/kernel/apic/apic.c:3011: {
	pushq	%rbx	#
# /work/main/build/src/arch/x86/kernel/apic/apic.c:3015: 	if (!strncmp("all", arg, 3))
	movq	%rdi, %rsi	# arg,
	movq	%rdi, %rbx	# tmp91, arg
	movl	$3, %edx	#,
	movq	$.LC4, %rdi	#,
	call	strncmp	#
# /work/main/build/src/arch/x86/kernel/apic/apic.c:3015: 	if (!strncmp("all", arg, 3))
	testl	%eax, %eax	# tmp92
	jne	.L27	#,
	movl	$1, %eax	#, _3
	jmp	.L29	#
.L27:
# /work/main/build/src/arch/x86/kernel/apic/apic.c:3017: 	else if (!strncmp("none", arg, 4))
	movl	$4, %edx	#,
	movq	%rbx, %rsi	# arg,
	movq	$.LC5, %rdi	#,
	call	strncmp	#
# /work/main/build/src/arch/x86/kernel/apic/apic.c:3017: 	else if (!strncmp("none", arg, 4))
	testl	%eax, %eax	# tmp93
	jne	.L42	#,
	movl	$2, %eax	#, _3
.L29:
# /work/main/build/src/arch/x86/kernel/apic/apic.c:3016: 		apic_extnmi = APIC_EXTNMI_ALL;
	movl	%eax, apic_extnmi(%rip)	# _3, apic_extnmi
# /work/main/build/src/arch/x86/kernel/apic/apic.c:3026: 	return 0;
	xorl	%eax, %eax	# <retval>
	jmp	.L25	#
.L42:
# /work/main/build/src/arch/x86/kernel/apic/apic.c:3019: 	else if (!strncmp("bsp", arg, 3))
	movl	$3, %edx	#,
	movq	%rbx, %rsi	# arg,
	movq	$.LC6, %rdi	#,
	call	strncmp	#
# /work/main/build/src/arch/x86/kernel/apic/apic.c:3019: 	else if (!strncmp("bsp", arg, 3))
	testl	%eax, %eax	# _3
	je	.L29	#,
# /work/main/build/src/arch/x86/kernel/apic/apic.c:3022: 		pr_warn("Unknown external NMI delivery mode `%s' ignored\n", arg);
	movq	%rbx, %rsi	# arg,
	movq	$.LC7, %rdi	#,
	call	_printk	#
# /work/main/build/src/arch/x86/kernel/apic/apic.c:3013: 		return -EINVAL;
	movl	$-22, %eax	#, <retval>
.L25:
# /work/main/build/src/arch/x86/kernel/apic/apic.c:3027: }
	popq	%rbx	#
	ret	
.L38:
# /work/main/build/src/arch/x86/kernel/apic/apic.c:3013: 		return -EINVAL;
	movl	$-22, %eax	#, <retval>
# /work/main/build/src/arch/x86/kernel/apic/apic.c:3027: }
	ret	
	.size	apic_set_extnmi, .-apic_set_extnmi
	.type	setup_apicpmtimer, @function
setup_apicpmtimer:
# /work/main/build/src/arch/x86/kernel/apic/apic.c:173: 	notsc_setup(NULL);
	xorl	%edi, %edi	#
	call	notsc_setup	#
# /work/main/build/src/arch/x86/kernel/apic/apic.c:175: }
	movl	$1, %eax	#,
	ret	
	.size	setup_apicpmtimer, .-setup_apicpmtimer
	.text
	.type	__lapic_update_tsc_freq, @function
__lapic_update_tsc_freq:
# /work/main/build/src/arch/x86/kernel/apic/apic.c:665: 	struct clock_event_device *levt = this_cpu_ptr(&lapic_events);
	movq	$lapic_events, %rdi	#, tcp_ptr__
# /work/main/build/src/arch/x86/include/asm/percpu.h:365: 	return ((1UL << (nr % BITS_PER_LONG)) & raw_cpu_read_8(*a)) != 0;
#APP
# 365 "/work/main/build/src/arch/x86/include/asm/percpu.h" 1
	movq %gs:cpu_info+56(%rip), %rax	# MEM[(long unsigned int *)&cpu_info + 56B], pfo_val__
# 0 "" 2
# /work/main/build/src/arch/x86/kernel/apic/apic.c:665: 	struct clock_event_device *levt = this_cpu_ptr(&lapic_events);
# 665 "/work/main/build/src/arch/x86/kernel/apic/apic.c" 1
	add %gs:this_cpu_off(%rip), %rdi	# this_cpu_off, tcp_ptr__
# 0 "" 2
# /work/main/build/src/arch/x86/kernel/apic/apic.c:667: 	if (!this_cpu_has(X86_FEATURE_TSC_DEADLINE_TIMER))
#NO_APP
	btl	$24, %eax	#, pfo_val__
	jnc	.L44	#,
# /work/main/build/src/arch/x86/kernel/apic/apic.c:670: 	clockevents_update_freq(levt, tsc_khz * (1000 / TSC_DIVISOR));
	imull	$125, tsc_khz(%rip), %esi	#, tsc_khz, tmp96
	jmp	clockevents_update_freq	#
.L44:
# /work/main/build/src/arch/x86/kernel/apic/apic.c:671: }
	ret	
	.size	__lapic_update_tsc_freq, .-__lapic_update_tsc_freq
	.section	.init.text
	.type	lapic_cal_handler, @function
lapic_cal_handler:
	pushq	%rbx	#
# /work/main/build/src/arch/x86/kernel/apic/apic.c:718: 	long tapic = apic_read(APIC_TMCCT);
	movl	$912, %edi	#,
	call	apic_read	#
# /work/main/build/src/arch/x86/kernel/apic/apic.c:718: 	long tapic = apic_read(APIC_TMCCT);
	movl	%eax, %ebx	# tmp111, tapic
# /work/main/build/src/include/linux/acpi_pmtmr.h:23: 	if (!pmtmr_ioport)
	movl	pmtmr_ioport(%rip), %eax	# pmtmr_ioport, pmtmr_ioport.66_33
# /work/main/build/src/include/linux/acpi_pmtmr.h:23: 	if (!pmtmr_ioport)
	testl	%eax, %eax	# pmtmr_ioport.66_33
	je	.L47	#,
# /work/main/build/src/include/linux/acpi_pmtmr.h:26: 	return acpi_pm_read_verified() & ACPI_PM_MASK;
	call	acpi_pm_read_verified	#
# /work/main/build/src/include/linux/acpi_pmtmr.h:26: 	return acpi_pm_read_verified() & ACPI_PM_MASK;
	andl	$16777215, %eax	#, pmtmr_ioport.66_33
.L47:
# /work/main/build/src/arch/x86/include/asm/bitops.h:207: 		(addr[nr >> _BITOPS_LONG_SHIFT])) != 0;
	movq	boot_cpu_data+40(%rip), %rdx	# MEM[(const volatile long unsigned int *)&boot_cpu_data + 40B], _26
# /work/main/build/src/arch/x86/kernel/apic/apic.c:719: 	unsigned long pm = acpi_pm_read_early();
	movl	%eax, %ecx	# pmtmr_ioport.66_33, pm
# /work/main/build/src/arch/x86/kernel/apic/apic.c:717: 	unsigned long long tsc = 0;
	xorl	%eax, %eax	# tsc
# /work/main/build/src/arch/x86/kernel/apic/apic.c:721: 	if (boot_cpu_has(X86_FEATURE_TSC))
	andb	$16, %dl	#, _26
	je	.L48	#,
# /work/main/build/src/arch/x86/include/asm/msr.h:184: 	asm volatile("rdtsc" : EAX_EDX_RET(val, low, high));
#APP
# 184 "/work/main/build/src/arch/x86/include/asm/msr.h" 1
	rdtsc	
# 0 "" 2
# /work/main/build/src/arch/x86/include/asm/msr.h:186: 	return EAX_EDX_VAL(val, low, high);
#NO_APP
	salq	$32, %rdx	#, tmp105
	orq	%rdx, %rax	# tmp105, tsc
.L48:
# /work/main/build/src/arch/x86/kernel/apic/apic.c:724: 	switch (lapic_cal_loops++) {
	movl	lapic_cal_loops(%rip), %edx	# lapic_cal_loops, lapic_cal_loops.61_3
	leal	1(%rdx), %esi	#, tmp106
	movl	%esi, lapic_cal_loops(%rip)	# tmp106, lapic_cal_loops
# /work/main/build/src/arch/x86/kernel/apic/apic.c:724: 	switch (lapic_cal_loops++) {
	testl	%edx, %edx	# lapic_cal_loops.61_3
	je	.L49	#,
	cmpl	$25, %edx	#, lapic_cal_loops.61_3
	je	.L50	#,
	jmp	.L46	#
.L49:
# /work/main/build/src/arch/x86/kernel/apic/apic.c:727: 		lapic_cal_tsc1 = tsc;
	movq	%rax, lapic_cal_tsc1(%rip)	# tsc, lapic_cal_tsc1
# /work/main/build/src/arch/x86/kernel/apic/apic.c:729: 		lapic_cal_j1 = jiffies;
	movq	jiffies(%rip), %rax	# jiffies, jiffies.63_5
# /work/main/build/src/arch/x86/kernel/apic/apic.c:726: 		lapic_cal_t1 = tapic;
	movq	%rbx, lapic_cal_t1(%rip)	# tapic, lapic_cal_t1
# /work/main/build/src/arch/x86/kernel/apic/apic.c:728: 		lapic_cal_pm1 = pm;
	movq	%rcx, lapic_cal_pm1(%rip)	# pm, lapic_cal_pm1
# /work/main/build/src/arch/x86/kernel/apic/apic.c:729: 		lapic_cal_j1 = jiffies;
	movq	%rax, lapic_cal_j1(%rip)	# jiffies.63_5, lapic_cal_j1
# /work/main/build/src/arch/x86/kernel/apic/apic.c:730: 		break;
	jmp	.L46	#
.L50:
# /work/main/build/src/arch/x86/kernel/apic/apic.c:735: 		if (pm < lapic_cal_pm1)
	cmpq	lapic_cal_pm1(%rip), %rcx	# lapic_cal_pm1, pm
# /work/main/build/src/arch/x86/kernel/apic/apic.c:733: 		lapic_cal_t2 = tapic;
	movq	%rbx, lapic_cal_t2(%rip)	# tapic, lapic_cal_t2
# /work/main/build/src/arch/x86/kernel/apic/apic.c:734: 		lapic_cal_tsc2 = tsc;
	movq	%rax, lapic_cal_tsc2(%rip)	# tsc, lapic_cal_tsc2
# /work/main/build/src/arch/x86/kernel/apic/apic.c:735: 		if (pm < lapic_cal_pm1)
	jnb	.L52	#,
# /work/main/build/src/arch/x86/kernel/apic/apic.c:736: 			pm += ACPI_PM_OVRRUN;
	addq	$16777216, %rcx	#, pm
.L52:
# /work/main/build/src/arch/x86/kernel/apic/apic.c:738: 		lapic_cal_j2 = jiffies;
	movq	jiffies(%rip), %rax	# jiffies, jiffies.65_7
# /work/main/build/src/arch/x86/kernel/apic/apic.c:737: 		lapic_cal_pm2 = pm;
	movq	%rcx, lapic_cal_pm2(%rip)	# pm, lapic_cal_pm2
# /work/main/build/src/arch/x86/kernel/apic/apic.c:738: 		lapic_cal_j2 = jiffies;
	movq	%rax, lapic_cal_j2(%rip)	# jiffies.65_7, lapic_cal_j2
.L46:
# /work/main/build/src/arch/x86/kernel/apic/apic.c:741: }
	popq	%rbx	#
	ret	
	.size	lapic_cal_handler, .-lapic_cal_handler
	.type	lapic_init_clockevent, @function
lapic_init_clockevent:
# /work/main/build/src/arch/x86/kernel/apic/apic.c:796: 	if (!lapic_timer_period)
	movl	lapic_timer_period(%rip), %eax	# lapic_timer_period, lapic_timer_period.75_1
# /work/main/build/src/arch/x86/kernel/apic/apic.c:797: 		return -1;
	orl	$-1, %edx	#, <retval>
# /work/main/build/src/arch/x86/kernel/apic/apic.c:796: 	if (!lapic_timer_period)
	testl	%eax, %eax	# lapic_timer_period.75_1
	je	.L59	#,
# /work/main/build/src/include/linux/clockchips.h:174: 	u64 tmp = ((u64)ticks) << shift;
	movl	lapic_clockevent+52(%rip), %ecx	# lapic_clockevent.shift, lapic_clockevent.shift
# /work/main/build/src/arch/x86/kernel/apic/apic.c:800: 	lapic_clockevent.mult = div_sc(lapic_timer_period/APIC_DIVISOR,
	shrl	$4, %eax	#,
# /work/main/build/src/include/linux/clockchips.h:176: 	do_div(tmp, nsec);
	xorl	%edx, %edx	# tmp100
# /work/main/build/src/arch/x86/kernel/apic/apic.c:803: 		clockevent_delta2ns(0x7FFFFFFF, &lapic_clockevent);
	movl	$2147483647, %edi	#,
	movq	$lapic_clockevent, %rsi	#,
# /work/main/build/src/include/linux/clockchips.h:174: 	u64 tmp = ((u64)ticks) << shift;
	salq	%cl, %rax	# lapic_clockevent.shift, tmp
# /work/main/build/src/include/linux/clockchips.h:176: 	do_div(tmp, nsec);
	movl	$4000000, %ecx	#, tmp101
	divq	%rcx	# tmp101
# /work/main/build/src/arch/x86/kernel/apic/apic.c:800: 	lapic_clockevent.mult = div_sc(lapic_timer_period/APIC_DIVISOR,
	movl	%eax, lapic_clockevent+48(%rip)	# tmp, lapic_clockevent.mult
# /work/main/build/src/arch/x86/kernel/apic/apic.c:803: 		clockevent_delta2ns(0x7FFFFFFF, &lapic_clockevent);
	call	clockevent_delta2ns	#
# /work/main/build/src/arch/x86/kernel/apic/apic.c:806: 		clockevent_delta2ns(0xF, &lapic_clockevent);
	movq	$lapic_clockevent, %rsi	#,
	movl	$15, %edi	#,
# /work/main/build/src/arch/x86/kernel/apic/apic.c:804: 	lapic_clockevent.max_delta_ticks = 0x7FFFFFFF;
	movq	$2147483647, lapic_clockevent+144(%rip)	#, lapic_clockevent.max_delta_ticks
# /work/main/build/src/arch/x86/kernel/apic/apic.c:802: 	lapic_clockevent.max_delta_ns =
	movq	%rax, lapic_clockevent+32(%rip)	# tmp107, lapic_clockevent.max_delta_ns
# /work/main/build/src/arch/x86/kernel/apic/apic.c:806: 		clockevent_delta2ns(0xF, &lapic_clockevent);
	call	clockevent_delta2ns	#
# /work/main/build/src/arch/x86/kernel/apic/apic.c:809: 	return 0;
	xorl	%edx, %edx	# <retval>
# /work/main/build/src/arch/x86/kernel/apic/apic.c:807: 	lapic_clockevent.min_delta_ticks = 0xF;
	movq	$15, lapic_clockevent+136(%rip)	#, lapic_clockevent.min_delta_ticks
# /work/main/build/src/arch/x86/kernel/apic/apic.c:805: 	lapic_clockevent.min_delta_ns =
	movq	%rax, lapic_clockevent+40(%rip)	# tmp108, lapic_clockevent.min_delta_ns
.L59:
# /work/main/build/src/arch/x86/kernel/apic/apic.c:810: }
	movl	%edx, %eax	# <retval>,
	ret	
	.size	lapic_init_clockevent, .-lapic_init_clockevent
	.section	.rodata.str1.1
.LC8:
	.string	"lapic-deadline"
	.text
	.type	setup_APIC_timer, @function
setup_APIC_timer:
# /work/main/build/src/arch/x86/kernel/apic/apic.c:636: 	struct clock_event_device *levt = this_cpu_ptr(&lapic_events);
	movq	$lapic_events, %rax	#, tcp_ptr__
# /work/main/build/src/arch/x86/include/asm/percpu.h:365: 	return ((1UL << (nr % BITS_PER_LONG)) & raw_cpu_read_8(*a)) != 0;
#APP
# 365 "/work/main/build/src/arch/x86/include/asm/percpu.h" 1
	movq %gs:cpu_info+96(%rip), %rdx	# MEM[(long unsigned int *)&cpu_info + 96B], pfo_val__
# 0 "" 2
# /work/main/build/src/arch/x86/kernel/apic/apic.c:636: 	struct clock_event_device *levt = this_cpu_ptr(&lapic_events);
# 636 "/work/main/build/src/arch/x86/kernel/apic/apic.c" 1
	add %gs:this_cpu_off(%rip), %rax	# this_cpu_off, tcp_ptr__
# 0 "" 2
# /work/main/build/src/arch/x86/kernel/apic/apic.c:638: 	if (this_cpu_has(X86_FEATURE_ARAT)) {
#NO_APP
	andb	$4, %dl	#, pfo_val__
	je	.L63	#,
# /work/main/build/src/arch/x86/kernel/apic/apic.c:639: 		lapic_clockevent.features &= ~CLOCK_EVT_FEAT_C3STOP;
	andl	$-9, lapic_clockevent+60(%rip)	#, lapic_clockevent.features
# /work/main/build/src/arch/x86/kernel/apic/apic.c:641: 		lapic_clockevent.rating = 150;
	movl	$150, lapic_clockevent+160(%rip)	#, lapic_clockevent.rating
.L63:
# /work/main/build/src/arch/x86/kernel/apic/apic.c:645: 	levt->cpumask = cpumask_of(smp_processor_id());
#APP
# 645 "/work/main/build/src/arch/x86/kernel/apic/apic.c" 1
	movl %gs:cpu_number(%rip), %edx	# cpu_number, pfo_val__
# 0 "" 2
# /work/main/build/src/arch/x86/kernel/apic/apic.c:644: 	memcpy(levt, &lapic_clockevent, sizeof(*levt));
#NO_APP
	movq	$lapic_clockevent, %rsi	#, tmp118
	movl	$64, %ecx	#, tmp121
	movq	%rax, %rdi	# tcp_ptr__, _12
	rep movsl
# /work/main/build/src/include/linux/cpumask.h:1006: 	const unsigned long *p = cpu_bit_bitmap[1 + cpu % BITS_PER_LONG];
	movl	%edx, %ecx	# pfo_val__, tmp124
# /work/main/build/src/include/linux/cpumask.h:1007: 	p -= cpu / BITS_PER_LONG;
	shrl	$6, %edx	#,
# /work/main/build/src/include/linux/cpumask.h:1006: 	const unsigned long *p = cpu_bit_bitmap[1 + cpu % BITS_PER_LONG];
	andl	$63, %ecx	#, tmp124
# /work/main/build/src/include/linux/cpumask.h:1007: 	p -= cpu / BITS_PER_LONG;
	subq	%rdx, %rcx	# tmp127, tmp128
	leaq	cpu_bit_bitmap+8(,%rcx,8), %rdx	#, tmp130
	movq	%rdx, 176(%rax)	# tmp130, _12->cpumask
# /work/main/build/src/arch/x86/include/asm/percpu.h:365: 	return ((1UL << (nr % BITS_PER_LONG)) & raw_cpu_read_8(*a)) != 0;
#APP
# 365 "/work/main/build/src/arch/x86/include/asm/percpu.h" 1
	movq %gs:cpu_info+56(%rip), %rdx	# MEM[(long unsigned int *)&cpu_info + 56B], pfo_val__
# 0 "" 2
# /work/main/build/src/arch/x86/kernel/apic/apic.c:647: 	if (this_cpu_has(X86_FEATURE_TSC_DEADLINE_TIMER)) {
#NO_APP
	btl	$24, %edx	#, pfo_val__
	jnc	.L64	#,
# /work/main/build/src/arch/x86/kernel/apic/apic.c:649: 		levt->features &= ~(CLOCK_EVT_FEAT_PERIODIC |
	andl	$-18, 60(%rax)	#, _12->features
# /work/main/build/src/arch/x86/kernel/apic/apic.c:652: 		clockevents_config_and_register(levt,
	orq	$-1, %rcx	#,
	movl	$15, %edx	#,
	movq	%rax, %rdi	# tcp_ptr__,
# /work/main/build/src/arch/x86/kernel/apic/apic.c:651: 		levt->set_next_event = lapic_next_deadline;
	movq	$lapic_next_deadline, 8(%rax)	#, _12->set_next_event
# /work/main/build/src/arch/x86/kernel/apic/apic.c:652: 		clockevents_config_and_register(levt,
	imull	$125, tsc_khz(%rip), %esi	#, tsc_khz, tmp137
# /work/main/build/src/arch/x86/kernel/apic/apic.c:648: 		levt->name = "lapic-deadline";
	movq	$.LC8, 152(%rax)	#, _12->name
# /work/main/build/src/arch/x86/kernel/apic/apic.c:652: 		clockevents_config_and_register(levt,
	jmp	clockevents_config_and_register	#
.L64:
# /work/main/build/src/arch/x86/kernel/apic/apic.c:656: 		clockevents_register_device(levt);
	movq	%rax, %rdi	# tcp_ptr__,
	jmp	clockevents_register_device	#
	.size	setup_APIC_timer, .-setup_APIC_timer
	.section	.rodata.str1.1
.LC9:
	.string	"debug"
.LC10:
	.string	"verbose"
.LC11:
	.string	"\0014APIC Verbosity level %s not recognised use apic=verbose or apic=debug\n"
	.section	.init.text
	.type	apic_set_verbosity, @function
apic_set_verbosity:
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2958: 	if (!arg)  {
	testq	%rdi, %rdi	# arg
	je	.L77	#,
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2957: {
	pushq	%rbx	#
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2966: 	if (strcmp("debug", arg) == 0)
	movq	%rdi, %rsi	# arg,
	movq	%rdi, %rbx	# tmp89, arg
	movq	$.LC9, %rdi	#,
	call	strcmp	#
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2966: 	if (strcmp("debug", arg) == 0)
	testl	%eax, %eax	# tmp90
	jne	.L71	#,
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2967: 		apic_verbosity = APIC_DEBUG;
	movl	$2, apic_verbosity(%rip)	#, apic_verbosity
	jmp	.L70	#
.L71:
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2968: 	else if (strcmp("verbose", arg) == 0)
	movq	%rbx, %rsi	# arg,
	movq	$.LC10, %rdi	#,
	call	strcmp	#
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2968: 	else if (strcmp("verbose", arg) == 0)
	testl	%eax, %eax	# tmp91
	jne	.L72	#,
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2969: 		apic_verbosity = APIC_VERBOSE;
	movl	$1, apic_verbosity(%rip)	#, apic_verbosity
.L70:
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2961: 		return 0;
	xorl	%eax, %eax	# <retval>
	jmp	.L68	#
.L72:
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2972: 		pr_warn("APIC Verbosity level %s not recognised"
	movq	%rbx, %rsi	# arg,
	movq	$.LC11, %rdi	#,
	call	_printk	#
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2974: 		return -EINVAL;
	movl	$-22, %eax	#, <retval>
.L68:
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2979: }
	popq	%rbx	#
	ret	
.L77:
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2960: 		skip_ioapic_setup = 0;
	xorl	%eax, %eax	#
	movl	%eax, skip_ioapic_setup(%rip)	#, skip_ioapic_setup
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2961: 		return 0;
	xorl	%eax, %eax	# <retval>
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2979: }
	ret	
	.size	apic_set_verbosity, .-apic_set_verbosity
	.type	lapic_insert_resource, @function
lapic_insert_resource:
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2984: 	if (!apic_phys)
	movq	apic_phys(%rip), %rax	# apic_phys, apic_phys.198_1
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2985: 		return -1;
	orl	$-1, %edx	#, <retval>
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2984: 	if (!apic_phys)
	testq	%rax, %rax	# apic_phys.198_1
	je	.L78	#,
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2988: 	lapic_resource.start = apic_phys;
	movq	%rax, lapic_resource(%rip)	# apic_phys.198_1, lapic_resource.start
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2990: 	insert_resource(&iomem_resource, &lapic_resource);
	movq	$lapic_resource, %rsi	#,
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2989: 	lapic_resource.end = lapic_resource.start + PAGE_SIZE - 1;
	addq	$4095, %rax	#, tmp87
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2990: 	insert_resource(&iomem_resource, &lapic_resource);
	movq	$iomem_resource, %rdi	#,
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2989: 	lapic_resource.end = lapic_resource.start + PAGE_SIZE - 1;
	movq	%rax, lapic_resource+8(%rip)	# tmp87, lapic_resource.end
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2990: 	insert_resource(&iomem_resource, &lapic_resource);
	call	insert_resource	#
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2992: 	return 0;
	xorl	%edx, %edx	# <retval>
.L78:
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2993: }
	movl	%edx, %eax	# <retval>,
	ret	
	.size	lapic_insert_resource, .-lapic_insert_resource
	.type	apic_set_disabled_cpu_apicid, @function
apic_set_disabled_cpu_apicid:
	pushq	%rcx	#
# /work/main/build/src/arch/x86/kernel/apic/apic.c:3002: {
	movq	%rdi, (%rsp)	# arg, arg
# /work/main/build/src/arch/x86/kernel/apic/apic.c:3003: 	if (!arg || !get_option(&arg, &disabled_cpu_apicid))
	testq	%rdi, %rdi	# tmp88
	je	.L82	#,
# /work/main/build/src/arch/x86/kernel/apic/apic.c:3003: 	if (!arg || !get_option(&arg, &disabled_cpu_apicid))
	movq	$disabled_cpu_apicid, %rsi	#,
	movq	%rsp, %rdi	#,
	call	get_option	#
	movl	%eax, %edx	#, tmp89
# /work/main/build/src/arch/x86/kernel/apic/apic.c:3006: 	return 0;
	xorl	%eax, %eax	# <retval>
# /work/main/build/src/arch/x86/kernel/apic/apic.c:3003: 	if (!arg || !get_option(&arg, &disabled_cpu_apicid))
	testl	%edx, %edx	# tmp89
	jne	.L81	#,
.L82:
# /work/main/build/src/arch/x86/kernel/apic/apic.c:3004: 		return -EINVAL;
	movl	$-22, %eax	#, <retval>
.L81:
# /work/main/build/src/arch/x86/kernel/apic/apic.c:3007: }
	popq	%rdx	#
	ret	
	.size	apic_set_disabled_cpu_apicid, .-apic_set_disabled_cpu_apicid
	.text
	.type	__setup_APIC_LVTT, @function
__setup_APIC_LVTT:
	pushq	%r12	#
	movl	%esi, %r12d	# tmp110, oneshot
	pushq	%rbp	#
	movl	%edi, %ebp	# tmp109, clocks
	pushq	%rbx	#
	movl	$131308, %ebx	#, lvtt_value
# /work/main/build/src/arch/x86/kernel/apic/apic.c:342: 	if (!oneshot)
	testl	%esi, %esi	# oneshot
	je	.L87	#,
# /work/main/build/src/arch/x86/include/asm/bitops.h:207: 		(addr[nr >> _BITOPS_LONG_SHIFT])) != 0;
	movq	boot_cpu_data+56(%rip), %rax	# MEM[(const volatile long unsigned int *)&boot_cpu_data + 56B], _13
# /work/main/build/src/arch/x86/include/asm/bitops.h:207: 		(addr[nr >> _BITOPS_LONG_SHIFT])) != 0;
	shrq	$24, %rax	#, tmp95
	andl	$1, %eax	#, tmp96
# /work/main/build/src/arch/x86/kernel/apic/apic.c:341: 	lvtt_value = LOCAL_TIMER_VECTOR;
	cmpb	$1, %al	#, tmp96
	sbbl	%ebx, %ebx	# lvtt_value
	andl	$-262144, %ebx	#, lvtt_value
	addl	$262380, %ebx	#, lvtt_value
.L87:
# /work/main/build/src/arch/x86/kernel/apic/apic.c:356: 	if (!irqen)
	testl	%edx, %edx	# irqen
	jne	.L88	#,
# /work/main/build/src/arch/x86/kernel/apic/apic.c:357: 		lvtt_value |= APIC_LVT_MASKED;
	orl	$65536, %ebx	#, lvtt_value
.L88:
# /work/main/build/src/arch/x86/kernel/apic/apic.c:359: 	apic_write(APIC_LVTT, lvtt_value);
	movl	%ebx, %esi	# lvtt_value,
	movl	$800, %edi	#,
	call	apic_write	#
# /work/main/build/src/arch/x86/kernel/apic/apic.c:361: 	if (lvtt_value & APIC_LVT_TIMER_TSCDEADLINE) {
	btl	$18, %ebx	#, lvtt_value
	jnc	.L89	#,
# /work/main/build/src/arch/x86/kernel/apic/apic.c:367: 		asm volatile("mfence" : : : "memory");
#APP
# 367 "/work/main/build/src/arch/x86/kernel/apic/apic.c" 1
	mfence	
# 0 "" 2
# /work/main/build/src/arch/x86/kernel/apic/apic.c:368: 		return;
#NO_APP
	jmp	.L86	#
.L89:
# /work/main/build/src/arch/x86/kernel/apic/apic.c:374: 	tmp_value = apic_read(APIC_TDCR);
	movl	$992, %edi	#,
	call	apic_read	#
# /work/main/build/src/arch/x86/kernel/apic/apic.c:375: 	apic_write(APIC_TDCR,
	movl	$992, %edi	#,
# /work/main/build/src/arch/x86/kernel/apic/apic.c:376: 		(tmp_value & ~(APIC_TDR_DIV_1 | APIC_TDR_DIV_TMBASE)) |
	andl	$-16, %eax	#, tmp112
	movl	%eax, %esi	# tmp112, tmp98
# /work/main/build/src/arch/x86/kernel/apic/apic.c:375: 	apic_write(APIC_TDCR,
	orl	$3, %esi	#, tmp99
	call	apic_write	#
# /work/main/build/src/arch/x86/kernel/apic/apic.c:379: 	if (!oneshot)
	testl	%r12d, %r12d	# oneshot
	jne	.L86	#,
# /work/main/build/src/arch/x86/kernel/apic/apic.c:380: 		apic_write(APIC_TMICT, clocks / APIC_DIVISOR);
	movl	%ebp, %esi	# clocks, clocks
# /work/main/build/src/arch/x86/kernel/apic/apic.c:381: }
	popq	%rbx	#
# /work/main/build/src/arch/x86/kernel/apic/apic.c:380: 		apic_write(APIC_TMICT, clocks / APIC_DIVISOR);
	movl	$896, %edi	#,
# /work/main/build/src/arch/x86/kernel/apic/apic.c:381: }
	popq	%rbp	#
# /work/main/build/src/arch/x86/kernel/apic/apic.c:380: 		apic_write(APIC_TMICT, clocks / APIC_DIVISOR);
	shrl	$4, %esi	#, clocks
# /work/main/build/src/arch/x86/kernel/apic/apic.c:381: }
	popq	%r12	#
# /work/main/build/src/arch/x86/kernel/apic/apic.c:380: 		apic_write(APIC_TMICT, clocks / APIC_DIVISOR);
	jmp	apic_write	#
.L86:
# /work/main/build/src/arch/x86/kernel/apic/apic.c:381: }
	popq	%rbx	#
	popq	%rbp	#
	popq	%r12	#
	ret	
	.size	__setup_APIC_LVTT, .-__setup_APIC_LVTT
	.type	lapic_next_deadline, @function
lapic_next_deadline:
# /work/main/build/src/arch/x86/include/asm/processor.h:888: 	alternative("mfence; lfence", "", ALT_NOT(X86_FEATURE_APIC_MSRS_FENCE));
#APP
# 888 "/work/main/build/src/arch/x86/include/asm/processor.h" 1
	# ALT: oldnstr
661:
	mfence; lfence
662:
# ALT: padding
.skip -(((6651f-6641f)-(662b-661b)) > 0) * ((6651f-6641f)-(662b-661b)),0x90
663:
.pushsection .altinstructions,"a"
 .long 661b - .
 .long 6641f - .
 .word (((11*32+27)) | (1 << 15))
 .byte 663b-661b
 .byte 6651f-6641f
.popsection
.pushsection .altinstr_replacement, "ax"
# ALT: replacement 1
6641:
	
6651:
.popsection

# 0 "" 2
# /work/main/build/src/arch/x86/include/asm/msr.h:184: 	asm volatile("rdtsc" : EAX_EDX_RET(val, low, high));
# 184 "/work/main/build/src/arch/x86/include/asm/msr.h" 1
	rdtsc	
# 0 "" 2
# /work/main/build/src/arch/x86/include/asm/msr.h:186: 	return EAX_EDX_VAL(val, low, high);
#NO_APP
	salq	$32, %rdx	#, tmp96
# /work/main/build/src/arch/x86/include/asm/msr.h:94: 	asm volatile("1: wrmsr\n"
	movl	$1760, %ecx	#, tmp99
# /work/main/build/src/arch/x86/include/asm/msr.h:186: 	return EAX_EDX_VAL(val, low, high);
	orq	%rax, %rdx	# low, tmp97
# /work/main/build/src/arch/x86/kernel/apic/apic.c:491: 	wrmsrl(MSR_IA32_TSC_DEADLINE, tsc + (((u64) delta) * TSC_DIVISOR));
	leaq	(%rdx,%rdi,8), %rax	#, _2
# /work/main/build/src/arch/x86/include/asm/msr.h:262: 	native_write_msr(msr, (u32)(val & 0xffffffffULL), (u32)(val >> 32));
	movq	%rax, %rdx	# _2, tmp100
	shrq	$32, %rdx	#, tmp100
# /work/main/build/src/arch/x86/include/asm/msr.h:94: 	asm volatile("1: wrmsr\n"
#APP
# 94 "/work/main/build/src/arch/x86/include/asm/msr.h" 1
	1: wrmsr
2:
 .pushsection "__ex_table","a"
 .balign 4
 .long (1b) - .
 .long (2b) - .
 .long 8 
 .popsection

# 0 "" 2
# /work/main/build/src/arch/x86/kernel/apic/apic.c:493: }
#NO_APP
	xorl	%eax, %eax	#
	ret	
	.size	lapic_next_deadline, .-lapic_next_deadline
	.section	.text.unlikely,"ax",@progbits
	.type	cpumask_weight.constprop.0, @function
cpumask_weight.constprop.0:
# /work/main/build/src/include/linux/bitmap.h:453: 	return __bitmap_weight(src, nbits);
	movl	nr_cpu_ids(%rip), %esi	# nr_cpu_ids,
	movq	$__cpu_possible_mask, %rdi	#,
	jmp	__bitmap_weight	#
	.size	cpumask_weight.constprop.0, .-cpumask_weight.constprop.0
	.text
	.type	bitmap_empty.constprop.0, @function
bitmap_empty.constprop.0:
# /work/main/build/src/include/linux/find.h:173: 	return _find_first_bit(addr, size);
	movl	$256, %esi	#,
	call	_find_first_bit	#
# /work/main/build/src/include/linux/bitmap.h:437: 	return find_first_bit(src, nbits) == nbits;
	cmpq	$256, %rax	#, tmp88
	sete	%al	#, tmp86
# /work/main/build/src/include/linux/bitmap.h:438: }
	ret	
	.size	bitmap_empty.constprop.0, .-bitmap_empty.constprop.0
	.section	.rodata.str1.1
.LC12:
	.string	"arch/x86/kernel/apic/apic.c"
.LC13:
	.string	"\0014APIC: Stale IRR: %256pb ISR: %256pb\n"
.LC14:
	.string	"enabled ExtINT on CPU#%d\n"
.LC15:
	.string	"masked ExtINT on CPU#%d\n"
	.text
	.type	setup_local_APIC, @function
setup_local_APIC:
	pushq	%r15	#
	pushq	%r14	#
	pushq	%r13	#
	pushq	%r12	#
	pushq	%rbp	#
	pushq	%rbx	#
	subq	$64, %rsp	#,
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1579: 	if (disable_apic) {
	movl	disable_apic(%rip), %ebx	# disable_apic, disable_apic.106_1
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1576: 	int cpu = smp_processor_id();
#APP
# 1576 "/work/main/build/src/arch/x86/kernel/apic/apic.c" 1
	movl %gs:cpu_number(%rip), %r14d	# cpu_number, pfo_val__
# 0 "" 2
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1579: 	if (disable_apic) {
#NO_APP
	testl	%ebx, %ebx	# disable_apic.106_1
	je	.L100	#,
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1732: }
	addq	$64, %rsp	#,
	popq	%rbx	#
	popq	%rbp	#
	popq	%r12	#
	popq	%r13	#
	popq	%r14	#
	popq	%r15	#
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1580: 		disable_ioapic_support();
	jmp	disable_ioapic_support	#
.L100:
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1588: 	value = apic_read(APIC_SPIV);
	movl	$240, %edi	#,
	call	apic_read	#
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1590: 	apic_write(APIC_SPIV, value);
	movl	$240, %edi	#,
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1589: 	value &= ~APIC_SPIV_APIC_ENABLED;
	andb	$-2, %ah	#, tmp150
	movl	%eax, %esi	# tmp150, value
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1590: 	apic_write(APIC_SPIV, value);
	call	apic_write	#
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1605: 	BUG_ON(!apic->apic_id_registered());
	movq	apic(%rip), %rax	# apic, apic
	call	*160(%rax)	# apic.107_2->apic_id_registered
	testl	%eax, %eax	# tmp151
	jne	.L101	#,
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1605: 	BUG_ON(!apic->apic_id_registered());
#APP
# 1605 "/work/main/build/src/arch/x86/kernel/apic/apic.c" 1
	1:	.byte 0x0f, 0x0b
.pushsection __bug_table,"aw"
2:	.long 1b - .	# bug_entry::bug_addr
	.long .LC12 - .	# bug_entry::file	#
	.word 1605	# bug_entry::line	#
	.word 0	# bug_entry::flags	#
	.org 2b+12	#
.popsection

# 0 "" 2
#NO_APP
.L101:
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1612: 	apic->init_apic_ldr();
	movq	apic(%rip), %rax	# apic, apic
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1556: 	union apic_ir irr, isr;
	movl	$512, %r13d	#, ivtmp_100
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1612: 	apic->init_apic_ldr();
	call	*176(%rax)	# apic.108_8->init_apic_ldr
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1638: 	value = apic_read(APIC_TASKPRI);
	movl	$128, %edi	#,
	call	apic_read	#
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1641: 	apic_write(APIC_TASKPRI, value);
	movl	$128, %edi	#,
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1639: 	value &= ~APIC_TPRI_MASK;
	xorb	%al, %al	# tmp152
	movl	%eax, %esi	# tmp152, value
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1640: 	value |= 0x10;
	orl	$16, %esi	#, value
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1641: 	apic_write(APIC_TASKPRI, value);
	call	apic_write	#
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1556: 	union apic_ir irr, isr;
	movl	%ebx, %eax	# disable_apic.106_1, disable_apic.106_1
	movl	$8, %ecx	#, tmp133
	movq	%rsp, %r12	#, tmp130
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1556: 	union apic_ir irr, isr;
	leaq	32(%rsp), %rbp	#, tmp134
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1556: 	union apic_ir irr, isr;
	movq	%r12, %rdi	# tmp130, tmp131
	rep stosl
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1556: 	union apic_ir irr, isr;
	movl	$8, %ecx	#, tmp137
	movq	%rbp, %rdi	# tmp134, tmp135
	rep stosl
.L102:
	movq	%r12, %r15	# tmp130, ivtmp.492
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1575: {
	movl	$512, %ebx	#, ivtmp.490
.L103:
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1515: 		irr->regs[i] = apic_read(APIC_IRR + i * 0x10);
	movl	%ebx, %edi	# ivtmp.490,
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1514: 	for (i = 0; i < APIC_IR_REGS; i++)
	addl	$16, %ebx	#, ivtmp.490
	addq	$4, %r15	#, ivtmp.492
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1515: 		irr->regs[i] = apic_read(APIC_IRR + i * 0x10);
	call	apic_read	#
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1515: 		irr->regs[i] = apic_read(APIC_IRR + i * 0x10);
	movl	%eax, -4(%r15)	# tmp153, MEM <u32> [(union apic_ir *)_107]
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1514: 	for (i = 0; i < APIC_IR_REGS; i++)
	cmpl	$640, %ebx	#, ivtmp.490
	jne	.L103	#,
	movq	%rbp, %r15	# tmp134, ivtmp.482
	movl	$256, %ebx	#, ivtmp.480
.L104:
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1519: 		isr->regs[i] = apic_read(APIC_ISR + i * 0x10);
	movl	%ebx, %edi	# ivtmp.480,
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1518: 	for (i = 0; i < APIC_IR_REGS; i++)
	addl	$16, %ebx	#, ivtmp.480
	addq	$4, %r15	#, ivtmp.482
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1519: 		isr->regs[i] = apic_read(APIC_ISR + i * 0x10);
	call	apic_read	#
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1519: 		isr->regs[i] = apic_read(APIC_ISR + i * 0x10);
	movl	%eax, -4(%r15)	# tmp154, MEM <u32> [(union apic_ir *)_60]
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1518: 	for (i = 0; i < APIC_IR_REGS; i++)
	cmpl	$384, %ebx	#, ivtmp.480
	jne	.L104	#,
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1526: 	if (!bitmap_empty(isr->map, APIC_IR_BITS)) {
	movq	%rbp, %rdi	# tmp134,
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1532: 		for_each_set_bit(bit, isr->map, APIC_IR_BITS)
	xorl	%ebx, %ebx	# bit
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1526: 	if (!bitmap_empty(isr->map, APIC_IR_BITS)) {
	call	bitmap_empty.constprop.0	#
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1526: 	if (!bitmap_empty(isr->map, APIC_IR_BITS)) {
	testb	%al, %al	# tmp155
	jne	.L132	#,
.L106:
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1532: 		for_each_set_bit(bit, isr->map, APIC_IR_BITS)
	movslq	%ebx, %rdx	# bit, bit
# /work/main/build/src/include/linux/find.h:62: 	return _find_next_bit(addr, size, offset);
	movl	$256, %esi	#,
	movq	%rbp, %rdi	# tmp134,
	call	_find_next_bit	#
	movq	%rax, %rbx	# tmp156, _72
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1532: 		for_each_set_bit(bit, isr->map, APIC_IR_BITS)
	cmpl	$255, %eax	#, _72
	jg	.L108	#,
# /work/main/build/src/arch/x86/include/asm/apic.h:445: 	apic_eoi();
	call	apic_eoi	#
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1532: 		for_each_set_bit(bit, isr->map, APIC_IR_BITS)
	incl	%ebx	# bit
	jmp	.L106	#
.L132:
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1537: 	return !bitmap_empty(irr->map, APIC_IR_BITS);
	movq	%r12, %rdi	# tmp130,
	call	bitmap_empty.constprop.0	#
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1561: 		if (!apic_check_and_ack(&irr, &isr))
	testb	%al, %al	# tmp157
	jne	.L109	#,
.L108:
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1560: 	for (i = 0; i < 512; i++) {
	decl	%r13d	# ivtmp_100
	jne	.L102	#,
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1565: 	pr_warn("APIC: Stale IRR: %256pb ISR: %256pb\n", irr.map, isr.map);
	movq	%rbp, %rdx	# tmp134,
	movq	%r12, %rsi	# tmp130,
	movq	$.LC13, %rdi	#,
	call	_printk	#
.L109:
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1649: 	value = apic_read(APIC_SPIV);
	movl	$240, %edi	#,
	call	apic_read	#
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1688: 	apic_write(APIC_SPIV, value);
	movl	$240, %edi	#,
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1687: 	value |= SPURIOUS_APIC_VECTOR;
	orl	$511, %eax	#, tmp158
	movl	%eax, %esi	# tmp158, value
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1688: 	apic_write(APIC_SPIV, value);
	call	apic_write	#
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1690: 	perf_events_lapic_init();
	call	perf_events_lapic_init	#
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1702: 	value = apic_read(APIC_LVT0) & APIC_LVT_MASKED;
	movl	$848, %edi	#,
	call	apic_read	#
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1703: 	if (!cpu && (pic_mode || !value || skip_ioapic_setup)) {
	testl	%r14d, %r14d	# pfo_val__
	jne	.L111	#,
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1703: 	if (!cpu && (pic_mode || !value || skip_ioapic_setup)) {
	btl	$16, %eax	#, _10
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1703: 	if (!cpu && (pic_mode || !value || skip_ioapic_setup)) {
	movl	pic_mode(%rip), %ecx	# pic_mode, pic_mode.109_11
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1708: 		apic_printk(APIC_VERBOSE, "masked ExtINT on CPU#%d\n", cpu);
	movl	apic_verbosity(%rip), %edx	# apic_verbosity, pretmp_92
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1703: 	if (!cpu && (pic_mode || !value || skip_ioapic_setup)) {
	jnc	.L112	#,
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1703: 	if (!cpu && (pic_mode || !value || skip_ioapic_setup)) {
	orl	skip_ioapic_setup(%rip), %ecx	# skip_ioapic_setup, tmp160
	je	.L113	#,
.L112:
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1705: 		apic_printk(APIC_VERBOSE, "enabled ExtINT on CPU#%d\n", cpu);
	testl	%edx, %edx	# pretmp_92
	jle	.L131	#,
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1705: 		apic_printk(APIC_VERBOSE, "enabled ExtINT on CPU#%d\n", cpu);
	xorl	%esi, %esi	#
	movq	$.LC14, %rdi	#,
	call	_printk	#
.L131:
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1710: 	apic_write(APIC_LVT0, value);
	movl	$1792, %esi	#,
	jmp	.L128	#
.L113:
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1708: 		apic_printk(APIC_VERBOSE, "masked ExtINT on CPU#%d\n", cpu);
	testl	%edx, %edx	# pretmp_92
	jle	.L129	#,
	xorl	%esi, %esi	#
	movq	$.LC15, %rdi	#,
	call	_printk	#
	jmp	.L129	#
.L111:
	cmpl	$0, apic_verbosity(%rip)	#, apic_verbosity
	jle	.L130	#,
	movl	%r14d, %esi	# pfo_val__,
	movq	$.LC15, %rdi	#,
	call	_printk	#
.L130:
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1710: 	apic_write(APIC_LVT0, value);
	movl	$67328, %esi	#,
	movl	$848, %edi	#,
	call	apic_write	#
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1716: 	if ((!cpu && apic_extnmi != APIC_EXTNMI_NONE) ||
	cmpl	$1, apic_extnmi(%rip)	#, apic_extnmi
	jne	.L119	#,
	jmp	.L121	#
.L129:
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1710: 	apic_write(APIC_LVT0, value);
	movl	$67328, %esi	#,
.L128:
	movl	$848, %edi	#,
	call	apic_write	#
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1716: 	if ((!cpu && apic_extnmi != APIC_EXTNMI_NONE) ||
	cmpl	$2, apic_extnmi(%rip)	#, apic_extnmi
	je	.L119	#,
.L121:
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1718: 		value = APIC_DM_NMI;
	movl	$1024, %esi	#, value
	jmp	.L120	#
.L119:
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1720: 		value = APIC_DM_NMI | APIC_LVT_MASKED;
	movl	$66560, %esi	#, value
.L120:
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1732: }
	addq	$64, %rsp	#,
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1725: 	apic_write(APIC_LVT1, value);
	movl	$864, %edi	#,
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1732: }
	popq	%rbx	#
	popq	%rbp	#
	popq	%r12	#
	popq	%r13	#
	popq	%r14	#
	popq	%r15	#
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1725: 	apic_write(APIC_LVT1, value);
	jmp	apic_write	#
	.size	setup_local_APIC, .-setup_local_APIC
	.section	.init.text
	.type	parse_nolapic_timer, @function
parse_nolapic_timer:
	movl	$1, disable_apic_timer(%rip)	#, disable_apic_timer
	xorl	%eax, %eax	#
	ret	
	.size	parse_nolapic_timer, .-parse_nolapic_timer
	.text
	.type	lapic_timer_set_periodic, @function
lapic_timer_set_periodic:
# /work/main/build/src/arch/x86/kernel/apic/apic.c:526: 	if (evt->features & CLOCK_EVT_FEAT_DUMMY)
	testb	$16, 60(%rdi)	#, MEM[(unsigned int *)evt_2(D) + 60B]
	jne	.L135	#,
# /work/main/build/src/arch/x86/kernel/apic/apic.c:529: 	__setup_APIC_LVTT(lapic_timer_period, oneshot, 1);
	movl	lapic_timer_period(%rip), %edi	# lapic_timer_period,
	movl	$1, %edx	#,
	xorl	%esi, %esi	#
	call	__setup_APIC_LVTT	#
.L135:
# /work/main/build/src/arch/x86/kernel/apic/apic.c:536: }
	xorl	%eax, %eax	#
	ret	
	.size	lapic_timer_set_periodic, .-lapic_timer_set_periodic
	.type	lapic_timer_set_oneshot, @function
lapic_timer_set_oneshot:
# /work/main/build/src/arch/x86/kernel/apic/apic.c:526: 	if (evt->features & CLOCK_EVT_FEAT_DUMMY)
	testb	$16, 60(%rdi)	#, MEM[(unsigned int *)evt_2(D) + 60B]
	jne	.L137	#,
# /work/main/build/src/arch/x86/kernel/apic/apic.c:529: 	__setup_APIC_LVTT(lapic_timer_period, oneshot, 1);
	movl	lapic_timer_period(%rip), %edi	# lapic_timer_period,
	movl	$1, %edx	#,
	movl	$1, %esi	#,
	call	__setup_APIC_LVTT	#
.L137:
# /work/main/build/src/arch/x86/kernel/apic/apic.c:541: }
	xorl	%eax, %eax	#
	ret	
	.size	lapic_timer_set_oneshot, .-lapic_timer_set_oneshot
	.type	lapic_timer_shutdown, @function
lapic_timer_shutdown:
	pushq	%rbp	#
	pushq	%rbx	#
# /work/main/build/src/arch/x86/kernel/apic/apic.c:500: 	if (evt->features & CLOCK_EVT_FEAT_DUMMY)
	movl	60(%rdi), %ebx	# evt_6(D)->features, evt_6(D)->features
# /work/main/build/src/arch/x86/kernel/apic/apic.c:500: 	if (evt->features & CLOCK_EVT_FEAT_DUMMY)
	andl	$16, %ebx	#, tmp89
	jne	.L139	#,
# /work/main/build/src/arch/x86/kernel/apic/apic.c:503: 	v = apic_read(APIC_LVTT);
	movl	$800, %edi	#,
	call	apic_read	#
# /work/main/build/src/arch/x86/kernel/apic/apic.c:505: 	apic_write(APIC_LVTT, v);
	movl	$800, %edi	#,
# /work/main/build/src/arch/x86/kernel/apic/apic.c:504: 	v |= (APIC_LVT_MASKED | LOCAL_TIMER_VECTOR);
	movl	%eax, %esi	# v, v
# /work/main/build/src/arch/x86/kernel/apic/apic.c:503: 	v = apic_read(APIC_LVTT);
	movl	%eax, %ebp	# tmp98, v
# /work/main/build/src/arch/x86/kernel/apic/apic.c:504: 	v |= (APIC_LVT_MASKED | LOCAL_TIMER_VECTOR);
	orl	$65772, %esi	#, v
# /work/main/build/src/arch/x86/kernel/apic/apic.c:505: 	apic_write(APIC_LVTT, v);
	call	apic_write	#
# /work/main/build/src/arch/x86/kernel/apic/apic.c:514: 	if (v & APIC_LVT_TIMER_TSCDEADLINE)
	btl	$18, %ebp	#, v
	jnc	.L140	#,
# /work/main/build/src/arch/x86/include/asm/msr.h:94: 	asm volatile("1: wrmsr\n"
	movl	$1760, %ecx	#, tmp93
	movl	%ebx, %eax	# tmp89, tmp89
	movl	%ebx, %edx	# tmp89, tmp89
#APP
# 94 "/work/main/build/src/arch/x86/include/asm/msr.h" 1
	1: wrmsr
2:
 .pushsection "__ex_table","a"
 .balign 4
 .long (1b) - .
 .long (2b) - .
 .long 8 
 .popsection

# 0 "" 2
# /work/main/build/src/arch/x86/include/asm/msr.h:149: }
#NO_APP
	jmp	.L139	#
.L140:
# /work/main/build/src/arch/x86/kernel/apic/apic.c:517: 		apic_write(APIC_TMICT, 0);
	xorl	%esi, %esi	#
	movl	$896, %edi	#,
	call	apic_write	#
.L139:
# /work/main/build/src/arch/x86/kernel/apic/apic.c:520: }
	xorl	%eax, %eax	#
	popq	%rbx	#
	popq	%rbp	#
	ret	
	.size	lapic_timer_shutdown, .-lapic_timer_shutdown
	.section	.rodata.str1.1
.LC16:
	.string	"\0014Spurious LAPIC timer interrupt on cpu %d\n"
	.text
	.type	__sysvec_apic_timer_interrupt, @function
__sysvec_apic_timer_interrupt:
	pushq	%rbp	#
	pushq	%rbx	#
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1081: 	struct clock_event_device *evt = this_cpu_ptr(&lapic_events);
	movq	$lapic_events, %rbx	#, tcp_ptr__
# /work/main/build/src/include/asm-generic/irq_regs.h:28: 	old_regs = __this_cpu_read(__irq_regs);
#APP
# 28 "/work/main/build/src/include/asm-generic/irq_regs.h" 1
	movq %gs:__irq_regs(%rip), %rbp	# __irq_regs, pfo_val__
# 0 "" 2
# /work/main/build/src/include/asm-generic/irq_regs.h:29: 	__this_cpu_write(__irq_regs, new_regs);
# 29 "/work/main/build/src/include/asm-generic/irq_regs.h" 1
	movq %rdi, %gs:__irq_regs(%rip)	# tmp98, __irq_regs
# 0 "" 2
# /work/main/build/src/arch/x86/include/asm/apic.h:445: 	apic_eoi();
#NO_APP
	call	apic_eoi	#
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1081: 	struct clock_event_device *evt = this_cpu_ptr(&lapic_events);
#APP
# 1081 "/work/main/build/src/arch/x86/kernel/apic/apic.c" 1
	add %gs:this_cpu_off(%rip), %rbx	# this_cpu_off, tcp_ptr__
# 0 "" 2
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1094: 	if (!evt->event_handler) {
#NO_APP
	cmpq	$0, (%rbx)	#, _10->event_handler
	jne	.L143	#,
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1095: 		pr_warn("Spurious LAPIC timer interrupt on cpu %d\n",
	movq	$.LC16, %rdi	#,
#APP
# 1095 "/work/main/build/src/arch/x86/kernel/apic/apic.c" 1
	movl %gs:cpu_number(%rip), %esi	# cpu_number, pfo_val__
# 0 "" 2
#NO_APP
	call	_printk	#
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1098: 		lapic_timer_shutdown(evt);
	movq	%rbx, %rdi	# tcp_ptr__,
	call	lapic_timer_shutdown	#
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1099: 		return;
	jmp	.L144	#
.L143:
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1105: 	inc_irq_stat(apic_timer_irqs);
#APP
# 1105 "/work/main/build/src/arch/x86/kernel/apic/apic.c" 1
	incl %gs:irq_stat+8(%rip)	# irq_stat.apic_timer_irqs
# 0 "" 2
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1107: 	evt->event_handler(evt);
#NO_APP
	movq	%rbx, %rdi	# tcp_ptr__,
	call	*(%rbx)	# _10->event_handler
.L144:
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1128: }
	popq	%rbx	#
# /work/main/build/src/include/asm-generic/irq_regs.h:29: 	__this_cpu_write(__irq_regs, new_regs);
#APP
# 29 "/work/main/build/src/include/asm-generic/irq_regs.h" 1
	movq %rbp, %gs:__irq_regs(%rip)	# pfo_val__, __irq_regs
# 0 "" 2
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1128: }
#NO_APP
	popq	%rbp	#
	ret	
	.size	__sysvec_apic_timer_interrupt, .-__sysvec_apic_timer_interrupt
	.section	.rodata.str1.1
.LC17:
	.string	"\0013Kernel does not support x2APIC, please recompile with CONFIG_X86_X2APIC.\n"
.LC18:
	.string	"\0013Disabling APIC, expect reduced performance and functionality.\n"
	.section	.init.text
	.globl	check_x2apic
	.type	check_x2apic, @function
check_x2apic:
# /work/main/build/src/arch/x86/include/asm/msr.h:131: 	asm volatile("1: rdmsr ; xor %[err],%[err]\n"
	movl	$27, %ecx	#, tmp91
#APP
# 131 "/work/main/build/src/arch/x86/include/asm/msr.h" 1
	1: rdmsr ; xor %ecx,%ecx	# err
2:
	 .pushsection "__ex_table","a"
 .balign 4
 .long (1b) - .
 .long (2b) - .
.macro extable_type_reg type:req reg:req
.set .Lfound, 0
.set .Lregnr, 0
.irp rs,rax,rcx,rdx,rbx,rsp,rbp,rsi,rdi,r8,r9,r10,r11,r12,r13,r14,r15
.ifc \reg, %\rs
.set .Lfound, .Lfound+1
.long \type + (.Lregnr << 8)
.endif
.set .Lregnr, .Lregnr+1
.endr
.set .Lregnr, 0
.irp rs,eax,ecx,edx,ebx,esp,ebp,esi,edi,r8d,r9d,r10d,r11d,r12d,r13d,r14d,r15d
.ifc \reg, %\rs
.set .Lfound, .Lfound+1
.long \type + (.Lregnr << 8)
.endif
.set .Lregnr, .Lregnr+1
.endr
.if (.Lfound != 1)
.error "extable_type_reg: bad register argument"
.endif
.endm
extable_type_reg reg=%ecx, type=11 	# err
.purgem extable_type_reg
 .popsection

# 0 "" 2
# /work/main/build/src/arch/x86/include/asm/apic.h:125: 	if (rdmsrl_safe(MSR_IA32_APICBASE, &msr))
#NO_APP
	testl	%ecx, %ecx	# err
	jne	.L146	#,
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1947: 	if (!apic_is_x2apic_enabled())
	btl	$10, %eax	#, low
	jnc	.L146	#,
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1952: 	pr_err("Kernel does not support x2APIC, please recompile with CONFIG_X86_X2APIC.\n");
	movq	$.LC17, %rdi	#,
	call	_printk	#
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1953: 	pr_err("Disabling APIC, expect reduced performance and functionality.\n");
	movq	$.LC18, %rdi	#,
	call	_printk	#
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1956: 	setup_clear_cpu_cap(X86_FEATURE_APIC);
	movl	$9, %edi	#,
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1955: 	disable_apic = 1;
	movl	$1, disable_apic(%rip)	#, disable_apic
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1956: 	setup_clear_cpu_cap(X86_FEATURE_APIC);
	jmp	setup_clear_cpu_cap	#
.L146:
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1957: }
	ret	
	.size	check_x2apic, .-check_x2apic
	.globl	apic_set_eoi_write
	.type	apic_set_eoi_write, @function
apic_set_eoi_write:
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2628: 	for (drv = __apicdrivers; drv < __apicdrivers_end; drv++) {
	movq	$__apicdrivers, %rax	#, drv
.L152:
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2628: 	for (drv = __apicdrivers; drv < __apicdrivers_end; drv++) {
	cmpq	$__apicdrivers_end, %rax	#, drv
	jnb	.L155	#,
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2630: 		WARN_ON((*drv)->eoi_write == eoi_write);
	movq	(%rax), %rdx	# MEM[(struct apic * *)drv_7], _1
	movq	(%rdx), %rcx	# _1->eoi_write, _2
	cmpq	%rdi, %rcx	# eoi_write, _2
	jne	.L153	#,
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2630: 		WARN_ON((*drv)->eoi_write == eoi_write);
#APP
# 2630 "/work/main/build/src/arch/x86/kernel/apic/apic.c" 1
	1:	.byte 0x0f, 0x0b
.pushsection __bug_table,"aw"
2:	.long 1b - .	# bug_entry::bug_addr
	.long .LC12 - .	# bug_entry::file	#
	.word 2630	# bug_entry::line	#
	.word 2305	# bug_entry::flags	#
	.org 2b+12	#
.popsection
998:
	.pushsection .discard.reachable
	.long 998b - .
	.popsection
	
# 0 "" 2
#NO_APP
.L153:
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2631: 		(*drv)->native_eoi_write = (*drv)->eoi_write;
	movq	%rcx, 8(%rdx)	# _2, _1->native_eoi_write
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2632: 		(*drv)->eoi_write = eoi_write;
	movq	(%rax), %rdx	# MEM[(struct apic * *)drv_7], _6
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2628: 	for (drv = __apicdrivers; drv < __apicdrivers_end; drv++) {
	addq	$8, %rax	#, drv
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2632: 		(*drv)->eoi_write = eoi_write;
	movq	%rdi, (%rdx)	# eoi_write, _6->eoi_write
	jmp	.L152	#
.L155:
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2634: }
	ret	
	.size	apic_set_eoi_write, .-apic_set_eoi_write
	.text
	.globl	native_apic_wait_icr_idle
	.type	native_apic_wait_icr_idle, @function
native_apic_wait_icr_idle:
.L157:
# /work/main/build/src/arch/x86/kernel/apic/apic.c:253: 	while (apic_read(APIC_ICR) & APIC_ICR_BUSY)
	movl	$768, %edi	#,
	call	apic_read	#
	btl	$12, %eax	#, tmp85
	jnc	.L159	#,
# /work/main/build/src/arch/x86/include/asm/vdso/processor.h:13: 	asm volatile("rep; nop" ::: "memory");
#APP
# 13 "/work/main/build/src/arch/x86/include/asm/vdso/processor.h" 1
	rep; nop	
# 0 "" 2
# /work/main/build/src/arch/x86/include/asm/vdso/processor.h:19: }
#NO_APP
	jmp	.L157	#
.L159:
# /work/main/build/src/arch/x86/kernel/apic/apic.c:255: }
	ret	
	.size	native_apic_wait_icr_idle, .-native_apic_wait_icr_idle
	.globl	native_safe_apic_wait_icr_idle
	.type	native_safe_apic_wait_icr_idle, @function
native_safe_apic_wait_icr_idle:
	pushq	%rbx	#
	movl	$1001, %ebx	#, ivtmp_12
	pushq	%rcx	#
.L162:
# /work/main/build/src/arch/x86/kernel/apic/apic.c:264: 		send_status = apic_read(APIC_ICR) & APIC_ICR_BUSY;
	movl	$768, %edi	#,
	call	apic_read	#
# /work/main/build/src/arch/x86/kernel/apic/apic.c:265: 		if (!send_status)
	andl	$4096, %eax	#, <retval>
	je	.L160	#,
	movl	%eax, 4(%rsp)	# <retval>, %sfp
# /work/main/build/src/arch/x86/kernel/apic/apic.c:267: 		inc_irq_stat(icr_read_retry_count);
#APP
# 267 "/work/main/build/src/arch/x86/kernel/apic/apic.c" 1
	incl %gs:irq_stat+16(%rip)	# irq_stat.icr_read_retry_count
# 0 "" 2
# /work/main/build/src/arch/x86/kernel/apic/apic.c:268: 		udelay(100);
#NO_APP
	movl	$429500, %edi	#,
	call	__const_udelay	#
# /work/main/build/src/arch/x86/kernel/apic/apic.c:269: 	} while (timeout++ < 1000);
	decl	%ebx	# ivtmp_12
	movl	4(%rsp), %eax	# %sfp, <retval>
	jne	.L162	#,
.L160:
# /work/main/build/src/arch/x86/kernel/apic/apic.c:272: }
	popq	%rdx	#
	popq	%rbx	#
	ret	
	.size	native_safe_apic_wait_icr_idle, .-native_safe_apic_wait_icr_idle
	.globl	native_apic_icr_write
	.type	native_apic_icr_write, @function
native_apic_icr_write:
	pushq	%rbp	#
	pushq	%rbx	#
# /work/main/build/src/arch/x86/kernel/apic/apic.c:275: {
	movl	%edi, %ebx	# tmp90, low
# /work/main/build/src/arch/x86/include/asm/irqflags.h:29: 	asm volatile("# __raw_save_flags\n\t"
#APP
# 29 "/work/main/build/src/arch/x86/include/asm/irqflags.h" 1
	# __raw_save_flags
	pushf ; pop %rbp	# flags
# 0 "" 2
# /work/main/build/src/arch/x86/include/asm/irqflags.h:40: 	asm volatile("cli": : :"memory");
# 40 "/work/main/build/src/arch/x86/include/asm/irqflags.h" 1
	cli	
# 0 "" 2
# /work/main/build/src/arch/x86/kernel/apic/apic.c:279: 	apic_write(APIC_ICR2, SET_XAPIC_DEST_FIELD(id));
#NO_APP
	movl	$784, %edi	#,
	sall	$24, %esi	#, tmp88
	call	apic_write	#
# /work/main/build/src/arch/x86/kernel/apic/apic.c:280: 	apic_write(APIC_ICR, low);
	movl	%ebx, %esi	# low,
	movl	$768, %edi	#,
	call	apic_write	#
# /work/main/build/src/arch/x86/include/asm/irqflags.h:137: 	if (!arch_irqs_disabled_flags(flags))
	btl	$9, %ebp	#, flags
	jnc	.L168	#,
# /work/main/build/src/arch/x86/include/asm/irqflags.h:45: 	asm volatile("sti": : :"memory");
#APP
# 45 "/work/main/build/src/arch/x86/include/asm/irqflags.h" 1
	sti	
# 0 "" 2
#NO_APP
.L168:
# /work/main/build/src/arch/x86/kernel/apic/apic.c:282: }
	popq	%rbx	#
	popq	%rbp	#
	ret	
	.size	native_apic_icr_write, .-native_apic_icr_write
	.globl	native_apic_icr_read
	.type	native_apic_icr_read, @function
native_apic_icr_read:
	pushq	%rbx	#
# /work/main/build/src/arch/x86/kernel/apic/apic.c:288: 	icr2 = apic_read(APIC_ICR2);
	movl	$784, %edi	#,
	call	apic_read	#
# /work/main/build/src/arch/x86/kernel/apic/apic.c:289: 	icr1 = apic_read(APIC_ICR);
	movl	$768, %edi	#,
# /work/main/build/src/arch/x86/kernel/apic/apic.c:288: 	icr2 = apic_read(APIC_ICR2);
	movl	%eax, %ebx	# tmp92, icr2
# /work/main/build/src/arch/x86/kernel/apic/apic.c:289: 	icr1 = apic_read(APIC_ICR);
	call	apic_read	#
# /work/main/build/src/arch/x86/kernel/apic/apic.c:291: 	return icr1 | ((u64)icr2 << 32);
	salq	$32, %rbx	#, tmp90
# /work/main/build/src/arch/x86/kernel/apic/apic.c:291: 	return icr1 | ((u64)icr2 << 32);
	movl	%eax, %eax	# tmp93, icr1
	orq	%rbx, %rax	# tmp90, tmp88
# /work/main/build/src/arch/x86/kernel/apic/apic.c:292: }
	popq	%rbx	#
	ret	
	.size	native_apic_icr_read, .-native_apic_icr_read
	.globl	lapic_get_maxlvt
	.type	lapic_get_maxlvt, @function
lapic_get_maxlvt:
# /work/main/build/src/arch/x86/kernel/apic/apic.c:313: 	return lapic_is_integrated() ? GET_APIC_MAXLVT(apic_read(APIC_LVR)) : 2;
	movl	$48, %edi	#,
	call	apic_read	#
	shrl	$16, %eax	#, tmp87
# /work/main/build/src/arch/x86/kernel/apic/apic.c:313: 	return lapic_is_integrated() ? GET_APIC_MAXLVT(apic_read(APIC_LVR)) : 2;
	movzbl	%al, %eax	# tmp87, tmp86
# /work/main/build/src/arch/x86/kernel/apic/apic.c:314: }
	ret	
	.size	lapic_get_maxlvt, .-lapic_get_maxlvt
	.section	.rodata.str1.1
.LC19:
	.string	"\0016Leaving ESR disabled.\n"
.LC20:
	.string	"ESR value before enabling vector: 0x%08x  after: 0x%08x\n"
	.text
	.type	lapic_setup_esr, @function
lapic_setup_esr:
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1468: 	if (apic->disable_esr) {
	movq	apic(%rip), %rax	# apic, apic
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1468: 	if (apic->disable_esr) {
	cmpl	$0, 96(%rax)	#, apic.119_1->disable_esr
	je	.L178	#,
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1475: 		pr_info("Leaving ESR disabled.\n");
	movq	$.LC19, %rdi	#,
	jmp	_printk	#
.L178:
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1460: {
	pushq	%rbx	#
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1479: 	maxlvt = lapic_get_maxlvt();
	call	lapic_get_maxlvt	#
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1480: 	if (maxlvt > 3)		/* Due to the Pentium erratum 3AP. */
	cmpl	$3, %eax	#, tmp90
	ja	.L179	#,
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1482: 	oldvalue = apic_read(APIC_ESR);
	movl	$640, %edi	#,
	call	apic_read	#
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1486: 	apic_write(APIC_LVTERR, value);
	movl	$254, %esi	#,
	movl	$880, %edi	#,
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1482: 	oldvalue = apic_read(APIC_ESR);
	movl	%eax, %ebx	# tmp91, oldvalue
	jmp	.L184	#
.L179:
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1481: 		apic_write(APIC_ESR, 0);
	xorl	%esi, %esi	#
	movl	$640, %edi	#,
	call	apic_write	#
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1482: 	oldvalue = apic_read(APIC_ESR);
	movl	$640, %edi	#,
	call	apic_read	#
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1486: 	apic_write(APIC_LVTERR, value);
	movl	$254, %esi	#,
	movl	$880, %edi	#,
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1482: 	oldvalue = apic_read(APIC_ESR);
	movl	%eax, %ebx	# tmp92, oldvalue
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1486: 	apic_write(APIC_LVTERR, value);
	call	apic_write	#
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1492: 		apic_write(APIC_ESR, 0);
	xorl	%esi, %esi	#
	movl	$640, %edi	#,
.L184:
	call	apic_write	#
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1493: 	value = apic_read(APIC_ESR);
	movl	$640, %edi	#,
	call	apic_read	#
	movl	%eax, %edx	# tmp93, value
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1494: 	if (value != oldvalue)
	cmpl	%ebx, %eax	# oldvalue, value
	je	.L177	#,
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1495: 		apic_printk(APIC_VERBOSE, "ESR value before enabling "
	cmpl	$0, apic_verbosity(%rip)	#, apic_verbosity
	jle	.L177	#,
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1495: 		apic_printk(APIC_VERBOSE, "ESR value before enabling "
	movl	%ebx, %esi	# oldvalue,
	movq	$.LC20, %rdi	#,
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1498: }
	popq	%rbx	#
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1495: 		apic_printk(APIC_VERBOSE, "ESR value before enabling "
	jmp	_printk	#
.L177:
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1498: }
	popq	%rbx	#
	ret	
	.size	lapic_setup_esr, .-lapic_setup_esr
	.section	.rodata.str1.1
.LC21:
	.string	"\0017APIC error on CPU%d: %02x"
.LC22:
	.string	"\001c : %s"
.LC23:
	.string	"\001c\n"
	.text
	.type	__sysvec_error_interrupt, @function
__sysvec_error_interrupt:
	pushq	%rbp	#
	pushq	%rbx	#
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2270: 	if (lapic_get_maxlvt() > 3)	/* Due to the Pentium erratum 3AP. */
	call	lapic_get_maxlvt	#
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2270: 	if (lapic_get_maxlvt() > 3)	/* Due to the Pentium erratum 3AP. */
	cmpl	$3, %eax	#, tmp98
	jle	.L186	#,
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2271: 		apic_write(APIC_ESR, 0);
	xorl	%esi, %esi	#
	movl	$640, %edi	#,
	call	apic_write	#
.L186:
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2272: 	v = apic_read(APIC_ESR);
	movl	$640, %edi	#,
	call	apic_read	#
	movl	%eax, %ebx	# tmp99, v
# /work/main/build/src/arch/x86/include/asm/apic.h:445: 	apic_eoi();
	call	apic_eoi	#
# /work/main/build/src/arch/x86/include/asm/atomic.h:95: 	asm volatile(LOCK_PREFIX "incl %0"
#APP
# 95 "/work/main/build/src/arch/x86/include/asm/atomic.h" 1
	.pushsection .smp_locks,"a"
.balign 4
.long 671f - .
.popsection
671:
	lock; incl irq_err_count(%rip)	# irq_err_count.counter
# 0 "" 2
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2276: 	apic_printk(APIC_DEBUG, KERN_DEBUG "APIC error on CPU%d: %02x",
#NO_APP
	cmpl	$1, apic_verbosity(%rip)	#, apic_verbosity
	jle	.L187	#,
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2276: 	apic_printk(APIC_DEBUG, KERN_DEBUG "APIC error on CPU%d: %02x",
	movl	%ebx, %edx	# v,
	movq	$.LC21, %rdi	#,
#APP
# 2276 "/work/main/build/src/arch/x86/kernel/apic/apic.c" 1
	movl %gs:cpu_number(%rip), %esi	# cpu_number, pfo_val__
# 0 "" 2
#NO_APP
	call	_printk	#
.L187:
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2279: 	v &= 0xff;
	movzbl	%bl, %ebx	# v, v
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2265: 	u32 v, i = 0;
	xorl	%ebp, %ebp	# i
.L188:
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2282: 			apic_printk(APIC_DEBUG, KERN_CONT " : %s", error_interrupt_reason[i]);
	movl	apic_verbosity(%rip), %eax	# apic_verbosity, pretmp_31
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2280: 	while (v) {
	testl	%ebx, %ebx	# v
	je	.L196	#,
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2281: 		if (v & 0x1)
	testb	$1, %bl	#, v
	je	.L189	#,
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2282: 			apic_printk(APIC_DEBUG, KERN_CONT " : %s", error_interrupt_reason[i]);
	decl	%eax	# pretmp_31
	jle	.L189	#,
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2282: 			apic_printk(APIC_DEBUG, KERN_CONT " : %s", error_interrupt_reason[i]);
	movl	%ebp, %eax	# i, i
	movq	$.LC22, %rdi	#,
	movq	error_interrupt_reason.0(,%rax,8), %rsi	# error_interrupt_reason[i_8], error_interrupt_reason[i_8]
	call	_printk	#
.L189:
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2283: 		i++;
	incl	%ebp	# i
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2284: 		v >>= 1;
	shrl	%ebx	# v
	jmp	.L188	#
.L196:
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2287: 	apic_printk(APIC_DEBUG, KERN_CONT "\n");
	decl	%eax	# pretmp_31
	jle	.L185	#,
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2290: }
	popq	%rbx	#
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2287: 	apic_printk(APIC_DEBUG, KERN_CONT "\n");
	movq	$.LC23, %rdi	#,
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2290: }
	popq	%rbp	#
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2287: 	apic_printk(APIC_DEBUG, KERN_CONT "\n");
	jmp	_printk	#
.L185:
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2290: }
	popq	%rbx	#
	popq	%rbp	#
	ret	
	.size	__sysvec_error_interrupt, .-__sysvec_error_interrupt
	.section	.rodata.str1.1
.LC24:
	.string	"\0016LVT offset %d assigned for vector 0x%02x\n"
.LC25:
	.string	"\0013[Firmware Bug]: cpu %d, try to use APIC%lX (LVT offset %d) for vector 0x%x, but the register is already in use for vector 0x%x on another cpu\n"
.LC26:
	.string	"\0013[Firmware Bug]: cpu %d, try to use APIC%lX (LVT offset %d) for vector 0x%x, but the register is already in use for vector 0x%x on this cpu\n"
	.text
	.globl	setup_APIC_eilvt
	.type	setup_APIC_eilvt, @function
setup_APIC_eilvt:
	pushq	%r14	#
# /work/main/build/src/arch/x86/kernel/apic/apic.c:446: 	new = (mask << 16) | (msg_type << 8) | vector;
	movzbl	%dl, %edx	# tmp153, msg_type
# /work/main/build/src/arch/x86/kernel/apic/apic.c:446: 	new = (mask << 16) | (msg_type << 8) | vector;
	movzbl	%sil, %esi	# tmp152, vector
# /work/main/build/src/arch/x86/kernel/apic/apic.c:446: 	new = (mask << 16) | (msg_type << 8) | vector;
	movzbl	%cl, %ecx	# tmp154, mask
# /work/main/build/src/arch/x86/kernel/apic/apic.c:442: {
	pushq	%r13	#
# /work/main/build/src/arch/x86/kernel/apic/apic.c:446: 	new = (mask << 16) | (msg_type << 8) | vector;
	sall	$8, %edx	#, tmp130
# /work/main/build/src/arch/x86/kernel/apic/apic.c:443: 	unsigned long reg = APIC_EILVTn(offset);
	movzbl	%dil, %r13d	# offset, _1
# /work/main/build/src/arch/x86/kernel/apic/apic.c:446: 	new = (mask << 16) | (msg_type << 8) | vector;
	sall	$16, %ecx	#, tmp134
# /work/main/build/src/arch/x86/kernel/apic/apic.c:442: {
	pushq	%r12	#
# /work/main/build/src/arch/x86/kernel/apic/apic.c:446: 	new = (mask << 16) | (msg_type << 8) | vector;
	orl	%esi, %edx	# vector, tmp132
# /work/main/build/src/arch/x86/kernel/apic/apic.c:442: {
	pushq	%rbp	#
# /work/main/build/src/arch/x86/kernel/apic/apic.c:443: 	unsigned long reg = APIC_EILVTn(offset);
	leal	80(%r13), %ebp	#, tmp128
# /work/main/build/src/arch/x86/kernel/apic/apic.c:446: 	new = (mask << 16) | (msg_type << 8) | vector;
	orl	%ecx, %edx	# tmp134, tmp132
# /work/main/build/src/arch/x86/kernel/apic/apic.c:442: {
	pushq	%rbx	#
# /work/main/build/src/arch/x86/kernel/apic/apic.c:443: 	unsigned long reg = APIC_EILVTn(offset);
	sall	$4, %ebp	#, _3
# /work/main/build/src/arch/x86/kernel/apic/apic.c:442: {
	movl	%edi, %ebx	# tmp151, offset
	pushq	%r8	#
# /work/main/build/src/arch/x86/kernel/apic/apic.c:447: 	old = apic_read(reg);
	movl	%ebp, %edi	# _3,
# /work/main/build/src/arch/x86/kernel/apic/apic.c:443: 	unsigned long reg = APIC_EILVTn(offset);
	movslq	%ebp, %r12	# _3, reg
# /work/main/build/src/arch/x86/kernel/apic/apic.c:446: 	new = (mask << 16) | (msg_type << 8) | vector;
	movl	%edx, (%rsp)	# _10, %sfp
# /work/main/build/src/arch/x86/kernel/apic/apic.c:447: 	old = apic_read(reg);
	call	apic_read	#
# /work/main/build/src/arch/x86/kernel/apic/apic.c:416: 	if (offset >= APIC_EILVT_NR_MAX)
	cmpl	$3, %r13d	#, _1
	movl	(%rsp), %r8d	# %sfp, _10
	jg	.L206	#,
# /work/main/build/src/arch/x86/kernel/apic/apic.c:419: 	rsvd = atomic_read(&eilvt_offsets[offset]);
	movzbl	%bl, %ebx	# offset, offset
	movl	%eax, %r9d	# tmp155, old
	leaq	eilvt_offsets(,%rbx,4), %rsi	#, _33
# /work/main/build/src/arch/x86/include/asm/atomic.h:29: 	return __READ_ONCE((v)->counter);
	movl	eilvt_offsets(,%rbx,4), %eax	# MEM[(const volatile int *)_33], rsvd
	movl	%r8d, %ebx	# _10, _83
	andl	$-65537, %ebx	#, _83
.L202:
# /work/main/build/src/arch/x86/kernel/apic/apic.c:408: 		|| (new == APIC_EILVT_MASKED)
	cmpl	$65536, %r8d	#, _10
# /work/main/build/src/arch/x86/kernel/apic/apic.c:422: 		if (vector && !eilvt_entry_is_changeable(vector, new))
	movl	%eax, %edi	# rsvd, vector
# /work/main/build/src/arch/x86/kernel/apic/apic.c:408: 		|| (new == APIC_EILVT_MASKED)
	sete	%cl	#, tmp137
# /work/main/build/src/arch/x86/kernel/apic/apic.c:422: 		if (vector && !eilvt_entry_is_changeable(vector, new))
	andl	$-65537, %edi	#, vector
	sete	%dl	#, tmp139
# /work/main/build/src/arch/x86/kernel/apic/apic.c:408: 		|| (new == APIC_EILVT_MASKED)
	movl	%ecx, %r14d	# tmp137, _55
	orb	%cl, %dl	# tmp137, _39
	jne	.L199	#,
# /work/main/build/src/arch/x86/kernel/apic/apic.c:409: 		|| ((new & ~APIC_EILVT_MASKED) == old);
	cmpl	%ebx, %edi	# _83, vector
	je	.L199	#,
# /work/main/build/src/arch/x86/kernel/apic/apic.c:450: 	if (reserved != new) {
	cmpl	%eax, %r8d	# rsvd, _10
	jne	.L198	#,
	jmp	.L200	#
.L199:
# /work/main/build/src/arch/x86/include/asm/atomic.h:202: 	return arch_try_cmpxchg(&v->counter, old, new);
#APP
# 202 "/work/main/build/src/arch/x86/include/asm/atomic.h" 1
	.pushsection .smp_locks,"a"
.balign 4
.long 671f - .
.popsection
671:
	lock; cmpxchgl %r8d, (%rsi)	# _10, MEM[(volatile u32 *)_33]
	/* output condition code z*/

# 0 "" 2
#NO_APP
	jne	.L202	#,
# /work/main/build/src/arch/x86/kernel/apic/apic.c:428: 	if (rsvd && rsvd != vector)
	cmpl	%ebx, %edi	# _83, vector
	je	.L207	#,
	testl	%ebx, %ebx	# _83
	je	.L207	#,
# /work/main/build/src/arch/x86/kernel/apic/apic.c:429: 		pr_info("LVT offset %d assigned for vector 0x%02x\n",
	movl	%ebx, %edx	# _83,
	movl	%r13d, %esi	# _1,
	movq	$.LC24, %rdi	#,
	movl	%r8d, (%rsp)	# _10, %sfp
	movl	%r9d, 4(%rsp)	# old, %sfp
	call	_printk	#
	movl	(%rsp), %r8d	# %sfp, _10
	movl	4(%rsp), %r9d	# %sfp, old
	jmp	.L203	#
.L206:
# /work/main/build/src/arch/x86/kernel/apic/apic.c:417: 		return ~0;
	orl	$-1, %eax	#, rsvd
.L198:
# /work/main/build/src/arch/x86/kernel/apic/apic.c:451: 		pr_err(FW_BUG "cpu %d, try to use APIC%lX (LVT offset %d) for "
	movl	%eax, %r9d	# rsvd,
	movl	%r13d, %ecx	# _1,
	movq	%r12, %rdx	# reg,
	movq	$.LC25, %rdi	#,
#APP
# 451 "/work/main/build/src/arch/x86/kernel/apic/apic.c" 1
	movl %gs:cpu_number(%rip), %esi	# cpu_number, pfo_val__
# 0 "" 2
#NO_APP
	call	_printk	#
# /work/main/build/src/arch/x86/kernel/apic/apic.c:455: 		return -EINVAL;
	movl	$-22, %eax	#, <retval>
	jmp	.L197	#
.L207:
# /work/main/build/src/arch/x86/kernel/apic/apic.c:408: 		|| (new == APIC_EILVT_MASKED)
	movl	%ecx, %edx	# tmp137, _39
.L200:
	movl	%edx, %r14d	# _39, _55
.L203:
	btl	$16, %r9d	#, old
	jc	.L205	#,
	testb	%r14b, %r14b	# _55
	jne	.L205	#,
# /work/main/build/src/arch/x86/kernel/apic/apic.c:409: 		|| ((new & ~APIC_EILVT_MASKED) == old);
	cmpl	%ebx, %r9d	# _83, old
	je	.L205	#,
# /work/main/build/src/arch/x86/kernel/apic/apic.c:459: 		pr_err(FW_BUG "cpu %d, try to use APIC%lX (LVT offset %d) for "
	movl	%r13d, %ecx	# _1,
	movq	%r12, %rdx	# reg,
	movq	$.LC26, %rdi	#,
#APP
# 459 "/work/main/build/src/arch/x86/kernel/apic/apic.c" 1
	movl %gs:cpu_number(%rip), %esi	# cpu_number, pfo_val__
# 0 "" 2
#NO_APP
	call	_printk	#
# /work/main/build/src/arch/x86/kernel/apic/apic.c:463: 		return -EBUSY;
	movl	$-16, %eax	#, <retval>
	jmp	.L197	#
.L205:
# /work/main/build/src/arch/x86/kernel/apic/apic.c:466: 	apic_write(reg, new);
	movl	%r8d, %esi	# _10,
	movl	%ebp, %edi	# _3,
	call	apic_write	#
# /work/main/build/src/arch/x86/kernel/apic/apic.c:468: 	return 0;
	xorl	%eax, %eax	# <retval>
.L197:
# /work/main/build/src/arch/x86/kernel/apic/apic.c:469: }
	popq	%rdx	#
	popq	%rbx	#
	popq	%rbp	#
	popq	%r12	#
	popq	%r13	#
	popq	%r14	#
	ret	
	.size	setup_APIC_eilvt, .-setup_APIC_eilvt
	.globl	lapic_update_tsc_freq
	.type	lapic_update_tsc_freq, @function
lapic_update_tsc_freq:
# /work/main/build/src/include/linux/smp.h:71: 	on_each_cpu_cond_mask(NULL, func, info, wait, cpu_online_mask);
	movq	$__cpu_online_mask, %r8	#,
	xorl	%ecx, %ecx	#
	xorl	%edx, %edx	#
	xorl	%edi, %edi	#
	movq	$__lapic_update_tsc_freq, %rsi	#,
	jmp	on_each_cpu_cond_mask	#
	.size	lapic_update_tsc_freq, .-lapic_update_tsc_freq
	.section	.init.text
	.globl	apic_needs_pit
	.type	apic_needs_pit, @function
apic_needs_pit:
# /work/main/build/src/arch/x86/kernel/apic/apic.c:818: 	if (!tsc_khz || !cpu_khz)
	cmpl	$0, tsc_khz(%rip)	#, tsc_khz
# /work/main/build/src/arch/x86/kernel/apic/apic.c:819: 		return true;
	movb	$1, %al	#, <retval>
# /work/main/build/src/arch/x86/kernel/apic/apic.c:818: 	if (!tsc_khz || !cpu_khz)
	je	.L216	#,
# /work/main/build/src/arch/x86/kernel/apic/apic.c:818: 	if (!tsc_khz || !cpu_khz)
	cmpl	$0, cpu_khz(%rip)	#, cpu_khz
	je	.L216	#,
# /work/main/build/src/arch/x86/include/asm/bitops.h:207: 		(addr[nr >> _BITOPS_LONG_SHIFT])) != 0;
	movq	boot_cpu_data+40(%rip), %rax	# MEM[(const volatile long unsigned int *)&boot_cpu_data + 40B], _13
# /work/main/build/src/arch/x86/include/asm/bitops.h:207: 		(addr[nr >> _BITOPS_LONG_SHIFT])) != 0;
	shrq	$9, %rax	#, tmp99
# /work/main/build/src/arch/x86/kernel/apic/apic.c:822: 	if (!boot_cpu_has(X86_FEATURE_APIC) || disable_apic)
	andb	$1, %al	#, <retval>
	je	.L220	#,
# /work/main/build/src/arch/x86/kernel/apic/apic.c:822: 	if (!boot_cpu_has(X86_FEATURE_APIC) || disable_apic)
	cmpl	$0, disable_apic(%rip)	#, disable_apic
	jne	.L216	#,
# /work/main/build/src/arch/x86/kernel/apic/apic.c:830: 	if (apic_intr_mode == APIC_PIC ||
	testl	$-3, apic_intr_mode(%rip)	#, apic_intr_mode
	je	.L216	#,
# /work/main/build/src/arch/x86/include/asm/bitops.h:207: 		(addr[nr >> _BITOPS_LONG_SHIFT])) != 0;
	movq	boot_cpu_data+96(%rip), %rdx	# MEM[(const volatile long unsigned int *)&boot_cpu_data + 96B], _16
# /work/main/build/src/arch/x86/include/asm/bitops.h:207: 		(addr[nr >> _BITOPS_LONG_SHIFT])) != 0;
	shrq	$2, %rdx	#, tmp103
# /work/main/build/src/arch/x86/kernel/apic/apic.c:835: 	if (!boot_cpu_has(X86_FEATURE_ARAT))
	andb	$1, %dl	#, _18
	je	.L216	#,
# /work/main/build/src/arch/x86/include/asm/bitops.h:207: 		(addr[nr >> _BITOPS_LONG_SHIFT])) != 0;
	movq	boot_cpu_data+56(%rip), %rcx	# MEM[(const volatile long unsigned int *)&boot_cpu_data + 56B], _19
# /work/main/build/src/arch/x86/kernel/apic/apic.c:840: 		return false;
	xorl	%eax, %eax	# <retval>
# /work/main/build/src/arch/x86/kernel/apic/apic.c:839: 	if (boot_cpu_has(X86_FEATURE_TSC_DEADLINE_TIMER))
	btl	$24, %ecx	#, _19
	jc	.L216	#,
# /work/main/build/src/arch/x86/kernel/apic/apic.c:843: 	if (disable_apic_timer)
	cmpl	$0, disable_apic_timer(%rip)	#, disable_apic_timer
# /work/main/build/src/arch/x86/kernel/apic/apic.c:819: 		return true;
	movl	%edx, %eax	# _18, <retval>
# /work/main/build/src/arch/x86/kernel/apic/apic.c:843: 	if (disable_apic_timer)
	jne	.L216	#,
# /work/main/build/src/arch/x86/kernel/apic/apic.c:849: 	return lapic_timer_period == 0;
	cmpl	$0, lapic_timer_period(%rip)	#, lapic_timer_period
	sete	%al	#, <retval>
	ret	
.L220:
# /work/main/build/src/arch/x86/kernel/apic/apic.c:819: 		return true;
	movb	$1, %al	#, <retval>
.L216:
# /work/main/build/src/arch/x86/kernel/apic/apic.c:850: }
	ret	
	.size	apic_needs_pit, .-apic_needs_pit
	.section	.rodata.str1.1
.LC27:
	.string	"\0016Disabling APIC timer\n"
.LC28:
	.string	"lapic timer already calibrated %d\n"
.LC29:
	.string	"Using local APIC timer interrupts.\ncalibrating APIC timer ...\n"
.LC30:
	.string	"... lapic delta = %ld\n"
.LC31:
	.string	"... PM-Timer delta = %ld\n"
.LC32:
	.string	"... PM-Timer result ok\n"
.LC33:
	.string	"\0014APIC calibration not consistent with PM-Timer: %ldms instead of 100ms\n"
.LC34:
	.string	"\0016APIC delta adjusted to PM-Timer: %lu (%ld)\n"
.LC35:
	.string	"TSC delta adjusted to PM-Timer: %lu (%ld)\n"
.LC36:
	.string	"..... delta %ld\n"
.LC37:
	.string	"..... mult: %u\n"
.LC38:
	.string	"..... calibration result: %u\n"
.LC39:
	.string	"..... CPU clock speed is %ld.%04ld MHz.\n"
.LC40:
	.string	"..... host bus clock speed is %u.%04u MHz.\n"
.LC41:
	.string	"\0014APIC frequency too slow, disabling apic timer\n"
.LC42:
	.string	"... verify APIC timer\n"
.LC43:
	.string	"... jiffies delta = %lu\n"
.LC44:
	.string	"... jiffies result ok\n"
.LC45:
	.string	"\0014APIC timer disabled due to verification failure\n"
	.section	.init.text
	.globl	setup_boot_APIC_clock
	.type	setup_boot_APIC_clock, @function
setup_boot_APIC_clock:
	pushq	%r15	#
	pushq	%r14	#
	pushq	%r13	#
	pushq	%r12	#
	pushq	%rbp	#
	pushq	%rbx	#
	pushq	%rsi	#
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1041: 	if (disable_apic_timer) {
	movl	disable_apic_timer(%rip), %r13d	# disable_apic_timer, disable_apic_timer.21_1
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1041: 	if (disable_apic_timer) {
	testl	%r13d, %r13d	# disable_apic_timer.21_1
	je	.L230	#,
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1042: 		pr_info("Disabling APIC timer\n");
	movq	$.LC27, %rdi	#,
	call	_printk	#
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1044: 		if (num_possible_cpus() > 1) {
	call	cpumask_weight.constprop.0	#
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1044: 		if (num_possible_cpus() > 1) {
	cmpl	$1, %eax	#, tmp272
	jbe	.L229	#,
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1045: 			lapic_clockevent.mult = 1;
	movl	$1, lapic_clockevent+48(%rip)	#, lapic_clockevent.mult
	jmp	.L281	#
.L230:
# /work/main/build/src/arch/x86/include/asm/bitops.h:207: 		(addr[nr >> _BITOPS_LONG_SHIFT])) != 0;
	movq	boot_cpu_data+56(%rip), %rax	# MEM[(const volatile long unsigned int *)&boot_cpu_data + 56B], _25
# /work/main/build/src/arch/x86/kernel/apic/apic.c:854: 	struct clock_event_device *levt = this_cpu_ptr(&lapic_events);
	movq	$lapic_events, %r12	#, tcp_ptr__
#APP
# 854 "/work/main/build/src/arch/x86/kernel/apic/apic.c" 1
	add %gs:this_cpu_off(%rip), %r12	# this_cpu_off, tcp_ptr__
# 0 "" 2
# /work/main/build/src/arch/x86/kernel/apic/apic.c:861: 	if (boot_cpu_has(X86_FEATURE_TSC_DEADLINE_TIMER))
#NO_APP
	btl	$24, %eax	#, _25
	jc	.L236	#,
# /work/main/build/src/arch/x86/kernel/apic/apic.c:869: 	if (!lapic_init_clockevent()) {
	call	lapic_init_clockevent	#
# /work/main/build/src/arch/x86/kernel/apic/apic.c:869: 	if (!lapic_init_clockevent()) {
	testl	%eax, %eax	# tmp273
	jne	.L234	#,
# /work/main/build/src/arch/x86/kernel/apic/apic.c:870: 		apic_printk(APIC_VERBOSE, "lapic timer already calibrated %d\n",
	cmpl	$0, apic_verbosity(%rip)	#, apic_verbosity
	jle	.L235	#,
	movl	lapic_timer_period(%rip), %esi	# lapic_timer_period,
	movq	$.LC28, %rdi	#,
	call	_printk	#
.L235:
# /work/main/build/src/arch/x86/kernel/apic/apic.c:876: 		lapic_clockevent.features &= ~CLOCK_EVT_FEAT_DUMMY;
	andl	$-17, lapic_clockevent+60(%rip)	#, lapic_clockevent.features
	jmp	.L236	#
.L234:
# /work/main/build/src/arch/x86/kernel/apic/apic.c:880: 	apic_printk(APIC_VERBOSE, "Using local APIC timer interrupts.\n"
	cmpl	$0, apic_verbosity(%rip)	#, apic_verbosity
	jle	.L237	#,
	movq	$.LC29, %rdi	#,
	call	_printk	#
.L237:
# /work/main/build/src/arch/x86/include/asm/irqflags.h:40: 	asm volatile("cli": : :"memory");
#APP
# 40 "/work/main/build/src/arch/x86/include/asm/irqflags.h" 1
	cli	
# 0 "" 2
# /work/main/build/src/arch/x86/kernel/apic/apic.c:894: 	__setup_APIC_LVTT(0xffffffff, 0, 0);
#NO_APP
	xorl	%edx, %edx	#
	xorl	%esi, %esi	#
	orl	$-1, %edi	#,
	call	__setup_APIC_LVTT	#
# /work/main/build/src/arch/x86/kernel/apic/apic.c:903: 	if (tsc_khz) {
	movl	tsc_khz(%rip), %ebx	# tsc_khz,
# /work/main/build/src/arch/x86/kernel/apic/apic.c:901: 	jif_start = READ_ONCE(jiffies);
	movq	jiffies(%rip), %rcx	# jiffies, jif_start
# /work/main/build/src/arch/x86/kernel/apic/apic.c:903: 	if (tsc_khz) {
	testl	%ebx, %ebx	# tsc_khz.28_35
	je	.L267	#,
# /work/main/build/src/arch/x86/include/asm/msr.h:184: 	asm volatile("rdtsc" : EAX_EDX_RET(val, low, high));
#APP
# 184 "/work/main/build/src/arch/x86/include/asm/msr.h" 1
	rdtsc	
# 0 "" 2
# /work/main/build/src/arch/x86/kernel/apic/apic.c:905: 		tsc_perj = div_u64((u64)tsc_khz * 1000, HZ);
#NO_APP
	imulq	$1000, %rbx, %rbx	#, tsc_khz.28_35, tmp197
# /work/main/build/src/arch/x86/include/asm/msr.h:186: 	return EAX_EDX_VAL(val, low, high);
	salq	$32, %rdx	#, tmp195
# /work/main/build/src/include/linux/math64.h:29: 	return dividend / divisor;
	movl	$250, %esi	#, tmp201
# /work/main/build/src/arch/x86/include/asm/msr.h:186: 	return EAX_EDX_VAL(val, low, high);
	orq	%rax, %rdx	# low, tmp195
	movq	%rdx, %rbp	# tmp195, tsc_start
# /work/main/build/src/include/linux/math64.h:29: 	return dividend / divisor;
	xorl	%edx, %edx	# tmp200
	movq	%rbx, %rax	# tmp197, tmp197
	divq	%rsi	# tmp201
	movq	%rax, %rbx	# tmp197, tsc_perj
	jmp	.L238	#
.L267:
# /work/main/build/src/arch/x86/kernel/apic/apic.c:855: 	u64 tsc_perj = 0, tsc_start = 0;
	xorl	%ebp, %ebp	# tsc_start
# /work/main/build/src/arch/x86/kernel/apic/apic.c:855: 	u64 tsc_perj = 0, tsc_start = 0;
	xorl	%ebx, %ebx	# tsc_perj
.L238:
# /work/main/build/src/arch/x86/include/asm/irqflags.h:45: 	asm volatile("sti": : :"memory");
#APP
# 45 "/work/main/build/src/arch/x86/include/asm/irqflags.h" 1
	sti	
# 0 "" 2
#NO_APP
.L239:
# /work/main/build/src/arch/x86/kernel/apic/apic.c:914: 	while (lapic_cal_loops <= LAPIC_CAL_LOOPS) {
	cmpl	$25, lapic_cal_loops(%rip)	#, lapic_cal_loops
	jg	.L282	#,
.L243:
# /work/main/build/src/arch/x86/kernel/apic/apic.c:917: 			if (tsc_khz) {
	cmpl	$0, tsc_khz(%rip)	#, tsc_khz
	je	.L240	#,
# /work/main/build/src/arch/x86/include/asm/msr.h:184: 	asm volatile("rdtsc" : EAX_EDX_RET(val, low, high));
#APP
# 184 "/work/main/build/src/arch/x86/include/asm/msr.h" 1
	rdtsc	
# 0 "" 2
# /work/main/build/src/arch/x86/include/asm/msr.h:186: 	return EAX_EDX_VAL(val, low, high);
#NO_APP
	salq	$32, %rdx	#, tmp207
	orq	%rax, %rdx	# low, tmp208
# /work/main/build/src/arch/x86/kernel/apic/apic.c:919: 				if ((tsc_now - tsc_start) >= tsc_perj) {
	subq	%rbp, %rdx	# tsc_start, tmp209
# /work/main/build/src/arch/x86/kernel/apic/apic.c:919: 				if ((tsc_now - tsc_start) >= tsc_perj) {
	cmpq	%rbx, %rdx	# tsc_perj, tmp209
	jb	.L241	#,
# /work/main/build/src/arch/x86/kernel/apic/apic.c:920: 					tsc_start += tsc_perj;
	addq	%rbx, %rbp	# tsc_perj, tsc_start
# /work/main/build/src/arch/x86/kernel/apic/apic.c:921: 					break;
	movq	%rcx, %r14	# jif_start, _52
	jmp	.L242	#
.L240:
# /work/main/build/src/arch/x86/kernel/apic/apic.c:924: 				unsigned long jif_now = READ_ONCE(jiffies);
	movq	jiffies(%rip), %r14	# jiffies, _52
# /work/main/build/src/arch/x86/kernel/apic/apic.c:926: 				if (time_after(jif_now, jif_start)) {
	cmpq	%r14, %rcx	# _52, jif_start
	js	.L242	#,
.L241:
# /work/main/build/src/arch/x86/include/asm/vdso/processor.h:13: 	asm volatile("rep; nop" ::: "memory");
#APP
# 13 "/work/main/build/src/arch/x86/include/asm/vdso/processor.h" 1
	rep; nop	
# 0 "" 2
# /work/main/build/src/arch/x86/include/asm/vdso/processor.h:19: }
#NO_APP
	jmp	.L243	#
.L242:
# /work/main/build/src/arch/x86/include/asm/irqflags.h:40: 	asm volatile("cli": : :"memory");
#APP
# 40 "/work/main/build/src/arch/x86/include/asm/irqflags.h" 1
	cli	
# 0 "" 2
# /work/main/build/src/arch/x86/kernel/apic/apic.c:936: 		lapic_cal_handler(NULL);
#NO_APP
	xorl	%edi, %edi	#
	call	lapic_cal_handler	#
# /work/main/build/src/arch/x86/include/asm/irqflags.h:45: 	asm volatile("sti": : :"memory");
#APP
# 45 "/work/main/build/src/arch/x86/include/asm/irqflags.h" 1
	sti	
# 0 "" 2
# /work/main/build/src/arch/x86/include/asm/irqflags.h:81: }
#NO_APP
	movq	%r14, %rcx	# _52, jif_start
	jmp	.L239	#
.L282:
# /work/main/build/src/arch/x86/include/asm/irqflags.h:40: 	asm volatile("cli": : :"memory");
#APP
# 40 "/work/main/build/src/arch/x86/include/asm/irqflags.h" 1
	cli	
# 0 "" 2
# /work/main/build/src/arch/x86/kernel/apic/apic.c:943: 	delta = lapic_cal_t1 - lapic_cal_t2;
#NO_APP
	movq	lapic_cal_t1(%rip), %r14	# lapic_cal_t1, lapic_cal_t1
	subq	lapic_cal_t2(%rip), %r14	# lapic_cal_t2, delta
# /work/main/build/src/arch/x86/kernel/apic/apic.c:944: 	apic_printk(APIC_VERBOSE, "... lapic delta = %ld\n", delta);
	cmpl	$0, apic_verbosity(%rip)	#, apic_verbosity
	jle	.L244	#,
	movq	%r14, %rsi	# delta,
	movq	$.LC30, %rdi	#,
	call	_printk	#
.L244:
# /work/main/build/src/arch/x86/kernel/apic/apic.c:946: 	deltatsc = (long)(lapic_cal_tsc2 - lapic_cal_tsc1);
	movq	lapic_cal_tsc2(%rip), %r15	# lapic_cal_tsc2, lapic_cal_tsc2
# /work/main/build/src/arch/x86/kernel/apic/apic.c:949: 	pm_referenced = !calibrate_by_pmtimer(lapic_cal_pm2 - lapic_cal_pm1,
	movq	lapic_cal_pm2(%rip), %rbp	# lapic_cal_pm2, lapic_cal_pm2
# /work/main/build/src/arch/x86/kernel/apic/apic.c:946: 	deltatsc = (long)(lapic_cal_tsc2 - lapic_cal_tsc1);
	subq	lapic_cal_tsc1(%rip), %r15	# lapic_cal_tsc1, _63
# /work/main/build/src/arch/x86/kernel/apic/apic.c:949: 	pm_referenced = !calibrate_by_pmtimer(lapic_cal_pm2 - lapic_cal_pm1,
	subq	lapic_cal_pm1(%rip), %rbp	# lapic_cal_pm1, _67
# /work/main/build/src/arch/x86/kernel/apic/apic.c:755: 	apic_printk(APIC_VERBOSE, "... PM-Timer delta = %ld\n", deltapm);
	cmpl	$0, apic_verbosity(%rip)	#, apic_verbosity
# /work/main/build/src/arch/x86/kernel/apic/apic.c:946: 	deltatsc = (long)(lapic_cal_tsc2 - lapic_cal_tsc1);
	movq	%r15, %rbx	# _63, deltatsc
# /work/main/build/src/arch/x86/kernel/apic/apic.c:755: 	apic_printk(APIC_VERBOSE, "... PM-Timer delta = %ld\n", deltapm);
	jle	.L245	#,
	movq	%rbp, %rsi	# _67,
	movq	$.LC31, %rdi	#,
	call	_printk	#
.L245:
# /work/main/build/src/arch/x86/kernel/apic/apic.c:758: 	if (!deltapm)
	testq	%rbp, %rbp	# _67
	je	.L268	#,
# /work/main/build/src/arch/x86/kernel/apic/apic.c:763: 	if (deltapm > (pm_100ms - pm_thresh) &&
	leaq	-354376(%rbp), %rax	#, tmp214
# /work/main/build/src/arch/x86/kernel/apic/apic.c:763: 	if (deltapm > (pm_100ms - pm_thresh) &&
	cmpq	$7156, %rax	#, tmp214
	ja	.L247	#,
# /work/main/build/src/arch/x86/kernel/apic/apic.c:765: 		apic_printk(APIC_VERBOSE, "... PM-Timer result ok\n");
	cmpl	$0, apic_verbosity(%rip)	#, apic_verbosity
	jle	.L246	#,
	movq	$.LC32, %rdi	#,
	call	_printk	#
	jmp	.L246	#
.L247:
# /work/main/build/src/arch/x86/kernel/apic/apic.c:769: 	res = (((u64)deltapm) *  mult) >> 22;
	imulq	$1171742219, %rbp, %rax	#, _67, tmp215
# /work/main/build/src/arch/x86/kernel/apic/apic.c:770: 	do_div(res, 1000000);
	movl	$1000000, %ecx	#, tmp219
	xorl	%edx, %edx	# tmp218
	movl	%ebp, %ebp	# _67, _213
# /work/main/build/src/arch/x86/kernel/apic/apic.c:771: 	pr_warn("APIC calibration not consistent "
	movq	$.LC33, %rdi	#,
# /work/main/build/src/arch/x86/kernel/apic/apic.c:769: 	res = (((u64)deltapm) *  mult) >> 22;
	shrq	$22, %rax	#, res
# /work/main/build/src/arch/x86/kernel/apic/apic.c:770: 	do_div(res, 1000000);
	divq	%rcx	# tmp219
# /work/main/build/src/arch/x86/kernel/apic/apic.c:771: 	pr_warn("APIC calibration not consistent "
	movq	%rax, %rsi	# res,
	call	_printk	#
# /work/main/build/src/arch/x86/kernel/apic/apic.c:775: 	res = (((u64)(*delta)) * pm_100ms);
	imulq	$357954, %r14, %rax	#, delta, res
# /work/main/build/src/arch/x86/kernel/apic/apic.c:776: 	do_div(res, deltapm);
	xorl	%edx, %edx	# tmp225
# /work/main/build/src/arch/x86/kernel/apic/apic.c:777: 	pr_info("APIC delta adjusted to PM-Timer: "
	movq	$.LC34, %rdi	#,
# /work/main/build/src/arch/x86/kernel/apic/apic.c:776: 	do_div(res, deltapm);
	divq	%rbp	# _213
# /work/main/build/src/arch/x86/kernel/apic/apic.c:777: 	pr_info("APIC delta adjusted to PM-Timer: "
	movq	%r14, %rdx	# delta,
	movq	%rax, %rsi	# res,
# /work/main/build/src/arch/x86/kernel/apic/apic.c:776: 	do_div(res, deltapm);
	movq	%rax, (%rsp)	# res, %sfp
# /work/main/build/src/arch/x86/kernel/apic/apic.c:777: 	pr_info("APIC delta adjusted to PM-Timer: "
	call	_printk	#
# /work/main/build/src/arch/x86/include/asm/bitops.h:207: 		(addr[nr >> _BITOPS_LONG_SHIFT])) != 0;
	movq	boot_cpu_data+40(%rip), %rax	# MEM[(const volatile long unsigned int *)&boot_cpu_data + 40B], _126
# /work/main/build/src/arch/x86/kernel/apic/apic.c:779: 	*delta = (long)res;
	movq	(%rsp), %r14	# %sfp, delta
# /work/main/build/src/arch/x86/kernel/apic/apic.c:782: 	if (boot_cpu_has(X86_FEATURE_TSC)) {
	testb	$16, %al	#, _126
	je	.L246	#,
# /work/main/build/src/arch/x86/kernel/apic/apic.c:783: 		res = (((u64)(*deltatsc)) * pm_100ms);
	imulq	$357954, %r15, %rbx	#, _63, res
# /work/main/build/src/arch/x86/kernel/apic/apic.c:784: 		do_div(res, deltapm);
	xorl	%edx, %edx	# tmp230
	movq	%rbx, %rax	# res, res
	divq	%rbp	# _213
# /work/main/build/src/arch/x86/kernel/apic/apic.c:785: 		apic_printk(APIC_VERBOSE, "TSC delta adjusted to "
	cmpl	$0, apic_verbosity(%rip)	#, apic_verbosity
# /work/main/build/src/arch/x86/kernel/apic/apic.c:784: 		do_div(res, deltapm);
	movq	%rax, %rbx	# res, tmp229
# /work/main/build/src/arch/x86/kernel/apic/apic.c:785: 		apic_printk(APIC_VERBOSE, "TSC delta adjusted to "
	jle	.L246	#,
	movq	%r15, %rdx	# _63,
	movq	%rax, %rsi	# tmp229,
	movq	$.LC35, %rdi	#,
	call	_printk	#
	jmp	.L246	#
.L268:
# /work/main/build/src/arch/x86/kernel/apic/apic.c:759: 		return -1;
	orl	$-1, %r13d	#, disable_apic_timer.21_1
.L246:
# /work/main/build/src/arch/x86/kernel/apic/apic.c:952: 	lapic_timer_period = (delta * APIC_DIVISOR) / LAPIC_CAL_LOOPS;
	movq	%r14, %rax	# delta, tmp231
# /work/main/build/src/arch/x86/kernel/apic/apic.c:952: 	lapic_timer_period = (delta * APIC_DIVISOR) / LAPIC_CAL_LOOPS;
	movl	$25, %ecx	#, tmp235
# /work/main/build/src/arch/x86/kernel/apic/apic.c:952: 	lapic_timer_period = (delta * APIC_DIVISOR) / LAPIC_CAL_LOOPS;
	salq	$4, %rax	#, tmp231
# /work/main/build/src/arch/x86/kernel/apic/apic.c:952: 	lapic_timer_period = (delta * APIC_DIVISOR) / LAPIC_CAL_LOOPS;
	cqto
	idivq	%rcx	# tmp235
# /work/main/build/src/arch/x86/kernel/apic/apic.c:952: 	lapic_timer_period = (delta * APIC_DIVISOR) / LAPIC_CAL_LOOPS;
	movl	%eax, lapic_timer_period(%rip)	# tmp233, lapic_timer_period
# /work/main/build/src/arch/x86/kernel/apic/apic.c:953: 	lapic_init_clockevent();
	call	lapic_init_clockevent	#
# /work/main/build/src/arch/x86/kernel/apic/apic.c:955: 	apic_printk(APIC_VERBOSE, "..... delta %ld\n", delta);
	cmpl	$0, apic_verbosity(%rip)	#, apic_verbosity
	jle	.L266	#,
	movq	%r14, %rsi	# delta,
	movq	$.LC36, %rdi	#,
	call	_printk	#
# /work/main/build/src/arch/x86/kernel/apic/apic.c:956: 	apic_printk(APIC_VERBOSE, "..... mult: %u\n", lapic_clockevent.mult);
	cmpl	$0, apic_verbosity(%rip)	#, apic_verbosity
	jle	.L266	#,
	movl	lapic_clockevent+48(%rip), %esi	# lapic_clockevent.mult,
	movq	$.LC37, %rdi	#,
	call	_printk	#
# /work/main/build/src/arch/x86/kernel/apic/apic.c:957: 	apic_printk(APIC_VERBOSE, "..... calibration result: %u\n",
	cmpl	$0, apic_verbosity(%rip)	#, apic_verbosity
	jle	.L266	#,
	movl	lapic_timer_period(%rip), %esi	# lapic_timer_period,
	movq	$.LC38, %rdi	#,
	call	_printk	#
.L266:
# /work/main/build/src/arch/x86/include/asm/bitops.h:207: 		(addr[nr >> _BITOPS_LONG_SHIFT])) != 0;
	movq	boot_cpu_data+40(%rip), %rdx	# MEM[(const volatile long unsigned int *)&boot_cpu_data + 40B], _79
# /work/main/build/src/arch/x86/kernel/apic/apic.c:961: 		apic_printk(APIC_VERBOSE, "..... CPU clock speed is "
	movl	apic_verbosity(%rip), %eax	# apic_verbosity, pretmp_218
# /work/main/build/src/arch/x86/kernel/apic/apic.c:960: 	if (boot_cpu_has(X86_FEATURE_TSC)) {
	andb	$16, %dl	#, _79
	je	.L251	#,
# /work/main/build/src/arch/x86/kernel/apic/apic.c:961: 		apic_printk(APIC_VERBOSE, "..... CPU clock speed is "
	testl	%eax, %eax	# pretmp_218
	jle	.L253	#,
	movq	%rbx, %rax	# deltatsc, tmp242
	movl	$25, %ecx	#, tmp244
	cqto
	idivq	%rcx	# tmp244
	movl	$4000, %ecx	#, tmp248
	cqto
	idivq	%rcx	# tmp248
	movq	%rbx, %rax	# deltatsc, deltatsc
	movl	$100000, %ecx	#, tmp252
	movq	%rdx, %rdi	# tmp246, tmp246
	cqto
	idivq	%rcx	# tmp252
	movq	%rdi, %rdx	# tmp246,
	movq	$.LC39, %rdi	#,
	movq	%rax, %rsi	# deltatsc, tmp250
	call	_printk	#
.L251:
# /work/main/build/src/arch/x86/kernel/apic/apic.c:967: 	apic_printk(APIC_VERBOSE, "..... host bus clock speed is "
	cmpl	$0, apic_verbosity(%rip)	#, apic_verbosity
	movl	lapic_timer_period(%rip), %eax	# lapic_timer_period, pretmp_130
	jle	.L253	#,
	movl	$4000, %ecx	#, tmp256
	xorl	%edx, %edx	# tmp254
	movq	$.LC40, %rdi	#,
	divl	%ecx	# tmp256
	movl	%eax, %esi	# tmp255,
	call	_printk	#
.L253:
# /work/main/build/src/arch/x86/kernel/apic/apic.c:975: 	if (lapic_timer_period < (1000000 / HZ)) {
	cmpl	$3999, lapic_timer_period(%rip)	#, lapic_timer_period
	ja	.L255	#,
# /work/main/build/src/arch/x86/include/asm/irqflags.h:45: 	asm volatile("sti": : :"memory");
#APP
# 45 "/work/main/build/src/arch/x86/include/asm/irqflags.h" 1
	sti	
# 0 "" 2
# /work/main/build/src/arch/x86/kernel/apic/apic.c:977: 		pr_warn("APIC frequency too slow, disabling apic timer\n");
#NO_APP
	movq	$.LC41, %rdi	#,
	jmp	.L280	#
.L255:
# /work/main/build/src/arch/x86/kernel/apic/apic.c:981: 	levt->features &= ~CLOCK_EVT_FEAT_DUMMY;
	andl	$-17, 60(%r12)	#, _22->features
# /work/main/build/src/arch/x86/kernel/apic/apic.c:988: 	if (!pm_referenced && global_clock_event) {
	testl	%r13d, %r13d	# disable_apic_timer.21_1
	je	.L258	#,
# /work/main/build/src/arch/x86/kernel/apic/apic.c:988: 	if (!pm_referenced && global_clock_event) {
	cmpq	$0, global_clock_event(%rip)	#, global_clock_event
	je	.L258	#,
# /work/main/build/src/arch/x86/kernel/apic/apic.c:989: 		apic_printk(APIC_VERBOSE, "... verify APIC timer\n");
	cmpl	$0, apic_verbosity(%rip)	#, apic_verbosity
	jle	.L260	#,
	movq	$.LC42, %rdi	#,
	call	_printk	#
.L260:
# /work/main/build/src/arch/x86/kernel/apic/apic.c:994: 		levt->event_handler = lapic_cal_handler;
	movq	$lapic_cal_handler, (%r12)	#, _22->event_handler
# /work/main/build/src/arch/x86/kernel/apic/apic.c:995: 		lapic_timer_set_periodic(levt);
	movq	%r12, %rdi	# tcp_ptr__,
	call	lapic_timer_set_periodic	#
# /work/main/build/src/arch/x86/kernel/apic/apic.c:996: 		lapic_cal_loops = -1;
	movl	$-1, lapic_cal_loops(%rip)	#, lapic_cal_loops
# /work/main/build/src/arch/x86/include/asm/irqflags.h:45: 	asm volatile("sti": : :"memory");
#APP
# 45 "/work/main/build/src/arch/x86/include/asm/irqflags.h" 1
	sti	
# 0 "" 2
#NO_APP
.L261:
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1001: 		while (lapic_cal_loops <= LAPIC_CAL_LOOPS)
	cmpl	$25, lapic_cal_loops(%rip)	#, lapic_cal_loops
	jg	.L283	#,
# /work/main/build/src/arch/x86/include/asm/vdso/processor.h:13: 	asm volatile("rep; nop" ::: "memory");
#APP
# 13 "/work/main/build/src/arch/x86/include/asm/vdso/processor.h" 1
	rep; nop	
# 0 "" 2
# /work/main/build/src/arch/x86/include/asm/vdso/processor.h:19: }
#NO_APP
	jmp	.L261	#
.L283:
# /work/main/build/src/arch/x86/include/asm/irqflags.h:40: 	asm volatile("cli": : :"memory");
#APP
# 40 "/work/main/build/src/arch/x86/include/asm/irqflags.h" 1
	cli	
# 0 "" 2
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1006: 		lapic_timer_shutdown(levt);
#NO_APP
	movq	%r12, %rdi	# tcp_ptr__,
	call	lapic_timer_shutdown	#
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1009: 		deltaj = lapic_cal_j2 - lapic_cal_j1;
	movq	lapic_cal_j2(%rip), %rbx	# lapic_cal_j2, lapic_cal_j2
	subq	lapic_cal_j1(%rip), %rbx	# lapic_cal_j1, deltaj
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1010: 		apic_printk(APIC_VERBOSE, "... jiffies delta = %lu\n", deltaj);
	cmpl	$0, apic_verbosity(%rip)	#, apic_verbosity
	jle	.L263	#,
	movq	%rbx, %rsi	# deltaj,
	movq	$.LC43, %rdi	#,
	call	_printk	#
.L263:
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1013: 		if (deltaj >= LAPIC_CAL_LOOPS-2 && deltaj <= LAPIC_CAL_LOOPS+2)
	subq	$23, %rbx	#, tmp263
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1013: 		if (deltaj >= LAPIC_CAL_LOOPS-2 && deltaj <= LAPIC_CAL_LOOPS+2)
	cmpq	$4, %rbx	#, tmp263
	ja	.L264	#,
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1014: 			apic_printk(APIC_VERBOSE, "... jiffies result ok\n");
	cmpl	$0, apic_verbosity(%rip)	#, apic_verbosity
	jle	.L258	#,
	movq	$.LC44, %rdi	#,
	call	_printk	#
	jmp	.L258	#
.L264:
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1016: 			levt->features |= CLOCK_EVT_FEAT_DUMMY;
	orl	$16, 60(%r12)	#, _22->features
.L258:
# /work/main/build/src/arch/x86/include/asm/irqflags.h:45: 	asm volatile("sti": : :"memory");
#APP
# 45 "/work/main/build/src/arch/x86/include/asm/irqflags.h" 1
	sti	
# 0 "" 2
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1020: 	if (levt->features & CLOCK_EVT_FEAT_DUMMY) {
#NO_APP
	testb	$16, 60(%r12)	#, _22->features
	je	.L236	#,
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1021: 		pr_warn("APIC timer disabled due to verification failure\n");
	movq	$.LC45, %rdi	#,
.L280:
	call	_printk	#
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1053: 		if (num_possible_cpus() > 1)
	call	cpumask_weight.constprop.0	#
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1053: 		if (num_possible_cpus() > 1)
	cmpl	$1, %eax	#, tmp274
	jbe	.L229	#,
.L281:
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1068: }
	popq	%rcx	#
	popq	%rbx	#
	popq	%rbp	#
	popq	%r12	#
	popq	%r13	#
	popq	%r14	#
	popq	%r15	#
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1054: 			setup_APIC_timer();
	jmp	setup_APIC_timer	#
.L236:
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1063: 	lapic_clockevent.features &= ~CLOCK_EVT_FEAT_DUMMY;
	andl	$-17, lapic_clockevent+60(%rip)	#, lapic_clockevent.features
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1066: 	setup_APIC_timer();
	call	setup_APIC_timer	#
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1068: }
	popq	%rdx	#
	popq	%rbx	#
	popq	%rbp	#
	popq	%r12	#
	popq	%r13	#
	popq	%r14	#
	popq	%r15	#
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1067: 	amd_e400_c1e_apic_setup();
	jmp	amd_e400_c1e_apic_setup	#
.L229:
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1068: }
	popq	%rax	#
	popq	%rbx	#
	popq	%rbp	#
	popq	%r12	#
	popq	%r13	#
	popq	%r14	#
	popq	%r15	#
	ret	
	.size	setup_boot_APIC_clock, .-setup_boot_APIC_clock
	.text
	.globl	setup_secondary_APIC_clock
	.type	setup_secondary_APIC_clock, @function
setup_secondary_APIC_clock:
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1072: 	setup_APIC_timer();
	call	setup_APIC_timer	#
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1073: 	amd_e400_c1e_apic_setup();
	jmp	amd_e400_c1e_apic_setup	#
	.size	setup_secondary_APIC_clock, .-setup_secondary_APIC_clock
	.section	.noinstr.text,"ax",@progbits
	.globl	sysvec_apic_timer_interrupt
	.type	sysvec_apic_timer_interrupt, @function
sysvec_apic_timer_interrupt:
	pushq	%rbp	#
	pushq	%rbx	#
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1118: DEFINE_IDTENTRY_SYSVEC(sysvec_apic_timer_interrupt)
	movq	%rdi, %rbx	# tmp93, regs
	call	irqentry_enter	#
	movl	%eax, %ebp	# tmp94, state
	testb	$3, 136(%rbx)	#, regs_2(D)->cs
	jne	.L286	#,
#APP
# 1118 "/work/main/build/src/arch/x86/kernel/apic/apic.c" 1
	movb %gs:hardirq_stack_inuse(%rip), %al	# hardirq_stack_inuse, pfo_val__
# 0 "" 2
#NO_APP
	testb	%al, %al	# pfo_val__
	je	.L287	#,
.L286:
	call	irq_enter_rcu	#
	movq	%rbx, %rdi	# regs,
	call	__sysvec_apic_timer_interrupt	#
	call	irq_exit_rcu	#
	jmp	.L288	#
.L287:
#APP
# 1118 "/work/main/build/src/arch/x86/kernel/apic/apic.c" 1
	movb $1, %gs:hardirq_stack_inuse(%rip)	#, hardirq_stack_inuse
# 0 "" 2
# 1118 "/work/main/build/src/arch/x86/kernel/apic/apic.c" 1
	movq %gs:hardirq_stack_ptr(%rip), %r11	# hardirq_stack_ptr, pfo_val__
# 0 "" 2
# 1118 "/work/main/build/src/arch/x86/kernel/apic/apic.c" 1
	movq	%rsp, (%r11)					# tos
movq	%r11, %rsp					# tos
call irq_enter_rcu				
movq	%rbx, %rdi					# regs
call __sysvec_apic_timer_interrupt					#
998:
	.pushsection .discard.reachable
	.long 998b - .
	.popsection
	call irq_exit_rcu				
popq	%rsp					

# 0 "" 2
# 1118 "/work/main/build/src/arch/x86/kernel/apic/apic.c" 1
	movb $0, %gs:hardirq_stack_inuse(%rip)	#, hardirq_stack_inuse
# 0 "" 2
#NO_APP
.L288:
	movl	%ebp, %esi	# state,
	movq	%rbx, %rdi	# regs,
	popq	%rbx	#
	popq	%rbp	#
	jmp	irqentry_exit	#
	.size	sysvec_apic_timer_interrupt, .-sysvec_apic_timer_interrupt
	.text
	.globl	fred_sysvec_apic_timer_interrupt
	.type	fred_sysvec_apic_timer_interrupt, @function
fred_sysvec_apic_timer_interrupt:
	pushq	%rbx	#
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1118: DEFINE_IDTENTRY_SYSVEC(sysvec_apic_timer_interrupt)
	movq	%rdi, %rbx	# tmp92, regs
	testb	$3, 136(%rdi)	#, regs_2(D)->cs
	jne	.L291	#,
#APP
# 1118 "/work/main/build/src/arch/x86/kernel/apic/apic.c" 1
	movb %gs:hardirq_stack_inuse(%rip), %al	# hardirq_stack_inuse, pfo_val__
# 0 "" 2
#NO_APP
	testb	%al, %al	# pfo_val__
	je	.L292	#,
.L291:
	call	irq_enter_rcu	#
	movq	%rbx, %rdi	# regs,
	call	__sysvec_apic_timer_interrupt	#
	popq	%rbx	#
	jmp	irq_exit_rcu	#
.L292:
#APP
# 1118 "/work/main/build/src/arch/x86/kernel/apic/apic.c" 1
	movb $1, %gs:hardirq_stack_inuse(%rip)	#, hardirq_stack_inuse
# 0 "" 2
# 1118 "/work/main/build/src/arch/x86/kernel/apic/apic.c" 1
	movq %gs:hardirq_stack_ptr(%rip), %r11	# hardirq_stack_ptr, pfo_val__
# 0 "" 2
# 1118 "/work/main/build/src/arch/x86/kernel/apic/apic.c" 1
	movq	%rsp, (%r11)					# tos
movq	%r11, %rsp					# tos
call irq_enter_rcu				
movq	%rbx, %rdi					# regs
call __sysvec_apic_timer_interrupt					#
998:
	.pushsection .discard.reachable
	.long 998b - .
	.popsection
	call irq_exit_rcu				
popq	%rsp					

# 0 "" 2
# 1118 "/work/main/build/src/arch/x86/kernel/apic/apic.c" 1
	movb $0, %gs:hardirq_stack_inuse(%rip)	#, hardirq_stack_inuse
# 0 "" 2
#NO_APP
	popq	%rbx	#
	ret	
	.size	fred_sysvec_apic_timer_interrupt, .-fred_sysvec_apic_timer_interrupt
	.globl	clear_local_APIC
	.type	clear_local_APIC, @function
clear_local_APIC:
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1147: 	if (!x2apic_mode && !apic_phys)
	cmpq	$0, apic_phys(%rip)	#, apic_phys
	je	.L294	#,
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1142: {
	pushq	%rbx	#
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1150: 	maxlvt = lapic_get_maxlvt();
	call	lapic_get_maxlvt	#
	movl	%eax, %ebx	# tmp99, maxlvt
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1155: 	if (maxlvt >= 3) {
	cmpl	$2, %eax	#, maxlvt
	jle	.L296	#,
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1157: 		apic_write(APIC_LVTERR, v | APIC_LVT_MASKED);
	movl	$65790, %esi	#,
	movl	$880, %edi	#,
	call	apic_write	#
.L296:
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1163: 	v = apic_read(APIC_LVTT);
	movl	$800, %edi	#,
	call	apic_read	#
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1164: 	apic_write(APIC_LVTT, v | APIC_LVT_MASKED);
	movl	$800, %edi	#,
	orl	$65536, %eax	#, tmp100
	movl	%eax, %esi	# tmp100, tmp94
	call	apic_write	#
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1165: 	v = apic_read(APIC_LVT0);
	movl	$848, %edi	#,
	call	apic_read	#
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1166: 	apic_write(APIC_LVT0, v | APIC_LVT_MASKED);
	movl	$848, %edi	#,
	orl	$65536, %eax	#, tmp101
	movl	%eax, %esi	# tmp101, tmp95
	call	apic_write	#
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1167: 	v = apic_read(APIC_LVT1);
	movl	$864, %edi	#,
	call	apic_read	#
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1168: 	apic_write(APIC_LVT1, v | APIC_LVT_MASKED);
	movl	$864, %edi	#,
	orl	$65536, %eax	#, tmp102
	movl	%eax, %esi	# tmp102, tmp96
	call	apic_write	#
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1169: 	if (maxlvt >= 4) {
	cmpl	$3, %ebx	#, maxlvt
	jle	.L298	#,
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1170: 		v = apic_read(APIC_LVTPC);
	movl	$832, %edi	#,
	call	apic_read	#
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1171: 		apic_write(APIC_LVTPC, v | APIC_LVT_MASKED);
	movl	$832, %edi	#,
	orl	$65536, %eax	#, tmp103
	movl	%eax, %esi	# tmp103, tmp97
	call	apic_write	#
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1176: 	if (maxlvt >= 5) {
	cmpl	$4, %ebx	#, maxlvt
	je	.L298	#,
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1177: 		v = apic_read(APIC_LVTTHMR);
	movl	$816, %edi	#,
	call	apic_read	#
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1178: 		apic_write(APIC_LVTTHMR, v | APIC_LVT_MASKED);
	movl	$816, %edi	#,
	orl	$65536, %eax	#, tmp104
	movl	%eax, %esi	# tmp104, tmp98
	call	apic_write	#
.L298:
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1192: 	apic_write(APIC_LVTT, APIC_LVT_MASKED);
	movl	$65536, %esi	#,
	movl	$800, %edi	#,
	call	apic_write	#
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1193: 	apic_write(APIC_LVT0, APIC_LVT_MASKED);
	movl	$65536, %esi	#,
	movl	$848, %edi	#,
	call	apic_write	#
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1194: 	apic_write(APIC_LVT1, APIC_LVT_MASKED);
	movl	$65536, %esi	#,
	movl	$864, %edi	#,
	call	apic_write	#
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1195: 	if (maxlvt >= 3)
	cmpl	$2, %ebx	#, maxlvt
	jle	.L301	#,
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1196: 		apic_write(APIC_LVTERR, APIC_LVT_MASKED);
	movl	$65536, %esi	#,
	movl	$880, %edi	#,
	call	apic_write	#
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1197: 	if (maxlvt >= 4)
	cmpl	$3, %ebx	#, maxlvt
	je	.L301	#,
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1198: 		apic_write(APIC_LVTPC, APIC_LVT_MASKED);
	movl	$65536, %esi	#,
	movl	$832, %edi	#,
	call	apic_write	#
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1204: 			apic_write(APIC_ESR, 0);
	xorl	%esi, %esi	#
	movl	$640, %edi	#,
	call	apic_write	#
.L301:
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1205: 		apic_read(APIC_ESR);
	movl	$640, %edi	#,
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1207: }
	popq	%rbx	#
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1205: 		apic_read(APIC_ESR);
	jmp	apic_read	#
.L294:
	ret	
	.size	clear_local_APIC, .-clear_local_APIC
	.globl	apic_soft_disable
	.type	apic_soft_disable, @function
apic_soft_disable:
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1224: 	clear_local_APIC();
	call	clear_local_APIC	#
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1227: 	value = apic_read(APIC_SPIV);
	movl	$240, %edi	#,
	call	apic_read	#
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1229: 	apic_write(APIC_SPIV, value);
	movl	$240, %edi	#,
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1228: 	value &= ~APIC_SPIV_APIC_ENABLED;
	andb	$-2, %ah	#, tmp85
	movl	%eax, %esi	# tmp85, value
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1229: 	apic_write(APIC_SPIV, value);
	jmp	apic_write	#
	.size	apic_soft_disable, .-apic_soft_disable
	.globl	disable_local_APIC
	.type	disable_local_APIC, @function
disable_local_APIC:
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1238: 	if (!x2apic_mode && !apic_phys)
	cmpq	$0, apic_phys(%rip)	#, apic_phys
	je	.L313	#,
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1241: 	apic_soft_disable();
	jmp	apic_soft_disable	#
.L313:
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1256: }
	ret	
	.size	disable_local_APIC, .-disable_local_APIC
	.globl	lapic_shutdown
	.type	lapic_shutdown, @function
lapic_shutdown:
# /work/main/build/src/arch/x86/include/asm/bitops.h:207: 		(addr[nr >> _BITOPS_LONG_SHIFT])) != 0;
	movq	boot_cpu_data+40(%rip), %rax	# MEM[(const volatile long unsigned int *)&boot_cpu_data + 40B], _5
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1268: 	if (!boot_cpu_has(X86_FEATURE_APIC) && !apic_from_smp_config())
	btl	$9, %eax	#, _5
	jc	.L316	#,
# /work/main/build/src/arch/x86/include/asm/apic.h:92: 	return smp_found_config && !disable_apic;
	cmpl	$0, smp_found_config(%rip)	#, smp_found_config
	je	.L324	#,
	cmpl	$0, disable_apic(%rip)	#, disable_apic
	jne	.L324	#,
.L316:
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1265: {
	pushq	%rbx	#
# /work/main/build/src/arch/x86/include/asm/irqflags.h:29: 	asm volatile("# __raw_save_flags\n\t"
#APP
# 29 "/work/main/build/src/arch/x86/include/asm/irqflags.h" 1
	# __raw_save_flags
	pushf ; pop %rbx	# flags
# 0 "" 2
# /work/main/build/src/arch/x86/include/asm/irqflags.h:40: 	asm volatile("cli": : :"memory");
# 40 "/work/main/build/src/arch/x86/include/asm/irqflags.h" 1
	cli	
# 0 "" 2
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1278: 		disable_local_APIC();
#NO_APP
	call	disable_local_APIC	#
# /work/main/build/src/arch/x86/include/asm/irqflags.h:137: 	if (!arch_irqs_disabled_flags(flags))
	btl	$9, %ebx	#, flags
	jnc	.L315	#,
# /work/main/build/src/arch/x86/include/asm/irqflags.h:45: 	asm volatile("sti": : :"memory");
#APP
# 45 "/work/main/build/src/arch/x86/include/asm/irqflags.h" 1
	sti	
# 0 "" 2
#NO_APP
.L315:
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1282: }
	popq	%rbx	#
	ret	
.L324:
	ret	
	.size	lapic_shutdown, .-lapic_shutdown
	.section	.rodata.str1.1
.LC46:
	.string	"Synchronizing Arb IDs.\n"
	.section	.init.text
	.globl	sync_Arb_IDs
	.type	sync_Arb_IDs, @function
sync_Arb_IDs:
# /work/main/build/src/arch/x86/kernel/apic/apic.c:230: 	if (boot_cpu_data.x86_vendor == X86_VENDOR_AMD &&
	movb	boot_cpu_data+1(%rip), %al	# boot_cpu_data.x86_vendor, _11
# /work/main/build/src/arch/x86/kernel/apic/apic.c:230: 	if (boot_cpu_data.x86_vendor == X86_VENDOR_AMD &&
	cmpb	$2, %al	#, _11
	jne	.L327	#,
# /work/main/build/src/arch/x86/kernel/apic/apic.c:230: 	if (boot_cpu_data.x86_vendor == X86_VENDOR_AMD &&
	cmpb	$14, boot_cpu_data(%rip)	#, boot_cpu_data.x86
	jbe	.L328	#,
	ret	
.L327:
# /work/main/build/src/arch/x86/kernel/apic/apic.c:235: 	if (boot_cpu_data.x86_vendor == X86_VENDOR_HYGON)
	cmpb	$9, %al	#, _11
	je	.L326	#,
.L328:
# /work/main/build/src/arch/x86/kernel/apic/apic.c:213: 	return GET_APIC_VERSION(apic_read(APIC_LVR));
	movl	$48, %edi	#,
	call	apic_read	#
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1293: 	if (modern_apic() || boot_cpu_data.x86_vendor == X86_VENDOR_AMD)
	cmpb	$19, %al	#, tmp96
	ja	.L326	#,
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1293: 	if (modern_apic() || boot_cpu_data.x86_vendor == X86_VENDOR_AMD)
	cmpb	$2, boot_cpu_data+1(%rip)	#, boot_cpu_data.x86_vendor
	je	.L326	#,
# /work/main/build/src/arch/x86/include/asm/apic.h:414: 	apic->wait_icr_idle();
	movq	apic(%rip), %rax	# apic, apic
	call	*32(%rax)	# apic.91_20->wait_icr_idle
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1301: 	apic_printk(APIC_DEBUG, "Synchronizing Arb IDs.\n");
	cmpl	$1, apic_verbosity(%rip)	#, apic_verbosity
	jle	.L331	#,
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1301: 	apic_printk(APIC_DEBUG, "Synchronizing Arb IDs.\n");
	movq	$.LC46, %rdi	#,
	call	_printk	#
.L331:
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1302: 	apic_write(APIC_ICR, APIC_DEST_ALLINC |
	movl	$558336, %esi	#,
	movl	$768, %edi	#,
	jmp	apic_write	#
.L326:
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1304: }
	ret	
	.size	sync_Arb_IDs, .-sync_Arb_IDs
	.section	.rodata.str1.1
.LC47:
	.string	"\0016APIC disabled via kernel command line\n"
.LC48:
	.string	"\0016APIC disabled by BIOS\n"
.LC49:
	.string	"\0016APIC: ACPI MADT or MP tables are not detected\n"
.LC50:
	.string	"\0016APIC: SMP mode deactivated\n"
.LC51:
	.string	"Boot APIC ID in local APIC unexpected (%d vs %d)"
	.section	.init.text
	.globl	apic_intr_mode_select
	.type	apic_intr_mode_select, @function
apic_intr_mode_select:
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1311: 	if (disable_apic) {
	cmpl	$0, disable_apic(%rip)	#, disable_apic
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1372: {
	pushq	%rbx	#
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1312: 		pr_info("APIC disabled via kernel command line\n");
	movq	$.LC47, %rdi	#,
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1311: 	if (disable_apic) {
	jne	.L345	#,
# /work/main/build/src/arch/x86/include/asm/bitops.h:207: 		(addr[nr >> _BITOPS_LONG_SHIFT])) != 0;
	movq	boot_cpu_data+40(%rip), %rax	# MEM[(const volatile long unsigned int *)&boot_cpu_data + 40B], _7
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1319: 	if (!boot_cpu_has(X86_FEATURE_APIC)) {
	btl	$9, %eax	#, _7
	jc	.L338	#,
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1320: 		disable_apic = 1;
	movl	$1, disable_apic(%rip)	#, disable_apic
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1321: 		pr_info("APIC disabled by BIOS\n");
	movq	$.LC48, %rdi	#,
.L345:
	call	_printk	#
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1313: 		return APIC_PIC;
	xorl	%eax, %eax	# _16
	jmp	.L340	#
.L338:
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1344: 	if (!smp_found_config) {
	cmpl	$0, smp_found_config(%rip)	#, smp_found_config
	jne	.L339	#,
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1345: 		disable_ioapic_support();
	call	disable_ioapic_support	#
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1346: 		if (!acpi_lapic) {
	cmpl	$0, acpi_lapic(%rip)	#, acpi_lapic
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1350: 		return APIC_VIRTUAL_WIRE;
	movl	$1, %eax	#, _16
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1346: 		if (!acpi_lapic) {
	jne	.L340	#,
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1347: 			pr_info("APIC: ACPI MADT or MP tables are not detected\n");
	movq	$.LC49, %rdi	#,
	call	_printk	#
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1348: 			return APIC_VIRTUAL_WIRE_NO_CONFIG;
	movl	$2, %eax	#, _16
	jmp	.L340	#
.L339:
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1355: 	if (!setup_max_cpus) {
	cmpl	$0, setup_max_cpus(%rip)	#, setup_max_cpus
	jne	.L341	#,
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1356: 		pr_info("APIC: SMP mode deactivated\n");
	movq	$.LC50, %rdi	#,
	call	_printk	#
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1357: 		return APIC_SYMMETRIC_IO_NO_ROUTING;
	movl	$4, %eax	#, _16
	jmp	.L340	#
.L341:
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1360: 	if (read_apic_id() != boot_cpu_physical_apicid) {
	call	read_apic_id	#
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1360: 	if (read_apic_id() != boot_cpu_physical_apicid) {
	movl	boot_cpu_physical_apicid(%rip), %ebx	# boot_cpu_physical_apicid, boot_cpu_physical_apicid.96_14
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1360: 	if (read_apic_id() != boot_cpu_physical_apicid) {
	cmpl	%ebx, %eax	# boot_cpu_physical_apicid.96_14, tmp97
	je	.L343	#,
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1361: 		panic("Boot APIC ID in local APIC unexpected (%d vs %d)",
	call	read_apic_id	#
	movl	%ebx, %edx	# boot_cpu_physical_apicid.96_14,
	movq	$.LC51, %rdi	#,
	movl	%eax, %esi	# tmp98, _15
	call	panic	#
.L343:
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1367: 	return APIC_SYMMETRIC_IO;
	movl	$3, %eax	#, _16
.L340:
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1373: 	apic_intr_mode = __apic_intr_mode_select();
	movl	%eax, apic_intr_mode(%rip)	# _16, apic_intr_mode
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1374: }
	popq	%rbx	#
	ret	
	.size	apic_intr_mode_select, .-apic_intr_mode_select
	.globl	init_bsp_APIC
	.type	init_bsp_APIC, @function
init_bsp_APIC:
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1387: 	if (smp_found_config || !boot_cpu_has(X86_FEATURE_APIC))
	cmpl	$0, smp_found_config(%rip)	#, smp_found_config
	jne	.L346	#,
# /work/main/build/src/arch/x86/include/asm/bitops.h:207: 		(addr[nr >> _BITOPS_LONG_SHIFT])) != 0;
	movq	boot_cpu_data+40(%rip), %rax	# MEM[(const volatile long unsigned int *)&boot_cpu_data + 40B], _14
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1387: 	if (smp_found_config || !boot_cpu_has(X86_FEATURE_APIC))
	btl	$9, %eax	#, _14
	jnc	.L346	#,
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1393: 	clear_local_APIC();
	call	clear_local_APIC	#
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1398: 	value = apic_read(APIC_SPIV);
	movl	$240, %edi	#,
	call	apic_read	#
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1411: 	apic_write(APIC_SPIV, value);
	movl	$240, %edi	#,
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1410: 	value |= SPURIOUS_APIC_VECTOR;
	orl	$1023, %eax	#, tmp101
	movl	%eax, %esi	# tmp101, value
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1411: 	apic_write(APIC_SPIV, value);
	call	apic_write	#
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1416: 	apic_write(APIC_LVT0, APIC_DM_EXTINT);
	movl	$1792, %esi	#,
	movl	$848, %edi	#,
	call	apic_write	#
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1420: 	if (apic_extnmi == APIC_EXTNMI_NONE)
	movl	$66560, %esi	#, tmp99
	movl	$1024, %eax	#, tmp100
	cmpl	$2, apic_extnmi(%rip)	#, apic_extnmi
	cmovne	%eax, %esi	# tmp99,, tmp100, value
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1422: 	apic_write(APIC_LVT1, value);
	movl	$864, %edi	#,
	jmp	apic_write	#
.L346:
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1423: }
	ret	
	.size	init_bsp_APIC, .-init_bsp_APIC
	.section	.rodata.str1.1
.LC52:
	.string	"\0016APIC: Keep in PIC mode(8259)\n"
.LC53:
	.string	"\0016APIC: Switch to virtual wire mode setup\n"
.LC54:
	.string	"\0016APIC: Switch to virtual wire mode setup with no configuration\n"
.LC55:
	.string	"\0016APIC: Switch to symmetric I/O mode setup\n"
.LC56:
	.string	"\0016APIC: Switch to symmetric I/O mode setup in no SMP routine\n"
	.section	.init.text
	.globl	apic_intr_mode_init
	.type	apic_intr_mode_init, @function
apic_intr_mode_init:
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1432: 	switch (apic_intr_mode) {
	cmpl	$4, apic_intr_mode(%rip)	#, apic_intr_mode
	ja	.L354	#,
	movl	apic_intr_mode(%rip), %eax	# apic_intr_mode, apic_intr_mode
	jmp	*.L356(,%rax,8)	#
	.section	.rodata
	.align 8
	.align 4
.L356:
	.quad	.L360
	.quad	.L359
	.quad	.L358
	.quad	.L357
	.quad	.L355
	.section	.init.text
.L360:
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1434: 		pr_info("APIC: Keep in PIC mode(8259)\n");
	movq	$.LC52, %rdi	#,
	jmp	_printk	#
.L359:
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1437: 		pr_info("APIC: Switch to virtual wire mode setup\n");
	movq	$.LC53, %rdi	#,
	jmp	.L379	#
.L358:
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1440: 		pr_info("APIC: Switch to virtual wire mode setup with no configuration\n");
	movq	$.LC54, %rdi	#,
	call	_printk	#
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1451: 	default_setup_apic_routing();
	call	default_setup_apic_routing	#
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1453: 	if (x86_platform.apic_post_init)
	movq	x86_platform+80(%rip), %rax	# x86_platform.apic_post_init, _71
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1453: 	if (x86_platform.apic_post_init)
	testq	%rax, %rax	# _71
	je	.L364	#,
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1454: 		x86_platform.apic_post_init();
	call	*%rax	# _71
	jmp	.L364	#
.L357:
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1444: 		pr_info("APIC: Switch to symmetric I/O mode setup\n");
	movq	$.LC55, %rdi	#,
	jmp	.L379	#
.L355:
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1447: 		pr_info("APIC: Switch to symmetric I/O mode setup in no SMP routine\n");
	movq	$.LC56, %rdi	#,
.L379:
	call	_printk	#
.L354:
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1451: 	default_setup_apic_routing();
	call	default_setup_apic_routing	#
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1453: 	if (x86_platform.apic_post_init)
	movq	x86_platform+80(%rip), %rax	# x86_platform.apic_post_init, _64
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1453: 	if (x86_platform.apic_post_init)
	testq	%rax, %rax	# _64
	je	.L362	#,
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1454: 		x86_platform.apic_post_init();
	call	*%rax	# _64
	jmp	.L362	#
.L364:
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2639: 	apic_write(APIC_ID, apic->set_apic_id(boot_cpu_physical_apicid));
	movq	apic(%rip), %rax	# apic, apic
	movl	boot_cpu_physical_apicid(%rip), %edi	# boot_cpu_physical_apicid,
	call	*240(%rax)	# apic.102_19->set_apic_id
	movl	$32, %edi	#,
	movl	%eax, %esi	# tmp110, _22
	call	apic_write	#
# /work/main/build/src/include/linux/bitmap.h:249: 		memset(dst, 0, len);
	movq	$phys_cpu_present_map, %rdx	#, tmp105
	xorl	%eax, %eax	# tmp107
	movl	$1024, %ecx	#, tmp108
	movq	%rdx, %rdi	# tmp105, tmp105
	rep stosl
# /work/main/build/src/arch/x86/include/asm/mpspec.h:136: 	physid_set(physid, *map);
	movslq	boot_cpu_physical_apicid(%rip), %rax	# boot_cpu_physical_apicid, _26
# /work/main/build/src/arch/x86/include/asm/bitops.h:60: 		asm volatile(LOCK_PREFIX __ASM_SIZE(bts) " %1,%0"
#APP
# 60 "/work/main/build/src/arch/x86/include/asm/bitops.h" 1
	.pushsection .smp_locks,"a"
.balign 4
.long 671f - .
.popsection
671:
	lock;  btsq  %rax,phys_cpu_present_map(%rip)	# _26, MEM[(volatile long int *)&phys_cpu_present_map]
# 0 "" 2
#NO_APP
.L362:
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2662: 	setup_local_APIC();
	call	setup_local_APIC	#
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2664: 	enable_IO_APIC();
	call	enable_IO_APIC	#
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1736: 	lapic_setup_esr();
	call	lapic_setup_esr	#
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2667: 	setup_IO_APIC();
	call	setup_IO_APIC	#
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2668: 	lapic_update_legacy_vectors();
	jmp	lapic_update_legacy_vectors	#
	.size	apic_intr_mode_init, .-apic_intr_mode_init
	.text
	.globl	apic_ap_setup
	.type	apic_ap_setup, @function
apic_ap_setup:
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1756: 	setup_local_APIC();
	call	setup_local_APIC	#
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1736: 	lapic_setup_esr();
	jmp	lapic_setup_esr	#
	.size	apic_ap_setup, .-apic_ap_setup
	.section	.rodata.str1.1
.LC57:
	.string	"\0016Not enabling interrupt remapping due to skipped IO-APIC setup\n"
	.section	.init.text
	.globl	enable_IR_x2apic
	.type	enable_IR_x2apic, @function
enable_IR_x2apic:
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1969: 	if (skip_ioapic_setup) {
	cmpl	$0, skip_ioapic_setup(%rip)	#, skip_ioapic_setup
	je	.L381	#,
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1970: 		pr_info("Not enabling interrupt remapping due to skipped IO-APIC setup\n");
	movq	$.LC57, %rdi	#,
	jmp	_printk	#
.L381:
# /work/main/build/src/arch/x86/kernel/apic/apic.c:1998: }
	ret	
	.size	enable_IR_x2apic, .-enable_IR_x2apic
	.section	.rodata.str1.1
.LC58:
	.string	"mapped APIC to %16lx (%16lx)\n"
	.section	.init.text
	.globl	register_lapic_address
	.type	register_lapic_address, @function
register_lapic_address:
	pushq	%rbx	#
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2174: {
	movq	%rdi, %rbx	# tmp96, address
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2175: 	mp_lapic_addr = address;
	movq	%rdi, mp_lapic_addr(%rip)	# address, mp_lapic_addr
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2178: 		set_fixmap_nocache(FIX_APIC_BASE, address);
	movl	$3, %edi	#,
	call	cachemode2protval	#
# /work/main/build/src/arch/x86/include/asm/fixmap.h:167: 	native_set_fixmap(idx, phys, flags);
	movq	%rbx, %rsi	# address,
	movl	$514, %edi	#,
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2178: 		set_fixmap_nocache(FIX_APIC_BASE, address);
	movq	%rax, %rdx	#, tmp97
	movabsq	$-9223372036854775453, %rax	#, tmp94
	orq	%rax, %rdx	# tmp94, tmp93
	andq	__default_kernel_pte_mask(%rip), %rdx	# __default_kernel_pte_mask, tmp95
# /work/main/build/src/arch/x86/include/asm/fixmap.h:167: 	native_set_fixmap(idx, phys, flags);
	call	native_set_fixmap	#
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2179: 		apic_printk(APIC_VERBOSE, "mapped APIC to %16lx (%16lx)\n",
	cmpl	$0, apic_verbosity(%rip)	#, apic_verbosity
	jle	.L384	#,
	movq	%rbx, %rdx	# address,
	movq	$-10498048, %rsi	#,
	movq	$.LC58, %rdi	#,
	call	_printk	#
.L384:
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2182: 	if (boot_cpu_physical_apicid == -1U) {
	cmpl	$-1, boot_cpu_physical_apicid(%rip)	#, boot_cpu_physical_apicid
	jne	.L383	#,
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2183: 		boot_cpu_physical_apicid  = read_apic_id();
	call	read_apic_id	#
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2184: 		boot_cpu_apic_version = GET_APIC_VERSION(apic_read(APIC_LVR));
	movl	$48, %edi	#,
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2183: 		boot_cpu_physical_apicid  = read_apic_id();
	movl	%eax, boot_cpu_physical_apicid(%rip)	# tmp98, boot_cpu_physical_apicid
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2184: 		boot_cpu_apic_version = GET_APIC_VERSION(apic_read(APIC_LVR));
	call	apic_read	#
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2184: 		boot_cpu_apic_version = GET_APIC_VERSION(apic_read(APIC_LVR));
	movb	%al, boot_cpu_apic_version(%rip)	# tmp99, boot_cpu_apic_version
.L383:
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2186: }
	popq	%rbx	#
	ret	
	.size	register_lapic_address, .-register_lapic_address
	.section	.rodata.str1.1
.LC59:
	.string	"\0013[Firmware Bug]: TSC_DEADLINE disabled due to Errata; please update microcode to version: 0x%x (or later)\n"
.LC60:
	.string	"\0016TSC deadline timer available\n"
.LC61:
	.string	"\0016No local APIC present\n"
.LC62:
	.string	"\0016APIC: disable apic facility\n"
.LC63:
	.string	"\0016APIC: switched to apic NOOP\n"
	.section	.init.text
	.globl	init_apic_mappings
	.type	init_apic_mappings, @function
init_apic_mappings:
# /work/main/build/src/arch/x86/include/asm/bitops.h:207: 		(addr[nr >> _BITOPS_LONG_SHIFT])) != 0;
	movq	boot_cpu_data+56(%rip), %rax	# MEM[(const volatile long unsigned int *)&boot_cpu_data + 56B], _27
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2128: {
	pushq	%rbx	#
# /work/main/build/src/arch/x86/kernel/apic/apic.c:610: 	if (!boot_cpu_has(X86_FEATURE_TSC_DEADLINE_TIMER))
	btl	$24, %eax	#, _27
	jnc	.L388	#,
# /work/main/build/src/arch/x86/include/asm/bitops.h:207: 		(addr[nr >> _BITOPS_LONG_SHIFT])) != 0;
	movq	boot_cpu_data+56(%rip), %rax	# MEM[(const volatile long unsigned int *)&boot_cpu_data + 56B], _30
# /work/main/build/src/arch/x86/kernel/apic/apic.c:612: 	if (boot_cpu_has(X86_FEATURE_HYPERVISOR))
	btl	$31, %eax	#, _30
	jc	.L389	#,
# /work/main/build/src/arch/x86/kernel/apic/apic.c:615: 	m = x86_match_cpu(deadline_match);
	movq	$deadline_match, %rdi	#,
	call	x86_match_cpu	#
# /work/main/build/src/arch/x86/kernel/apic/apic.c:616: 	if (!m)
	testq	%rax, %rax	# m
	je	.L389	#,
# /work/main/build/src/arch/x86/kernel/apic/apic.c:619: 	rev = (u32)m->driver_data;
	movq	16(%rax), %rax	# m_33->driver_data, m_33->driver_data
# /work/main/build/src/arch/x86/kernel/apic/apic.c:621: 	if (boot_cpu_data.microcode >= rev)
	cmpl	%eax, boot_cpu_data+280(%rip)	# m_33->driver_data, boot_cpu_data.microcode
# /work/main/build/src/arch/x86/kernel/apic/apic.c:619: 	rev = (u32)m->driver_data;
	movl	%eax, %ebx	# m_33->driver_data, rev
# /work/main/build/src/arch/x86/kernel/apic/apic.c:621: 	if (boot_cpu_data.microcode >= rev)
	jnb	.L389	#,
# /work/main/build/src/arch/x86/kernel/apic/apic.c:624: 	setup_clear_cpu_cap(X86_FEATURE_TSC_DEADLINE_TIMER);
	movl	$152, %edi	#,
	call	setup_clear_cpu_cap	#
# /work/main/build/src/arch/x86/kernel/apic/apic.c:625: 	pr_err(FW_BUG "TSC_DEADLINE disabled due to Errata; "
	movl	%ebx, %esi	# rev,
	movq	$.LC59, %rdi	#,
	call	_printk	#
	jmp	.L388	#
.L389:
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2132: 		pr_info("TSC deadline timer available\n");
	movq	$.LC60, %rdi	#,
	call	_printk	#
.L388:
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2140: 	if (!smp_found_config && detect_init_APIC()) {
	cmpl	$0, smp_found_config(%rip)	#, smp_found_config
	je	.L390	#,
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2145: 		apic_phys = mp_lapic_addr;
	movq	mp_lapic_addr(%rip), %rax	# mp_lapic_addr, mp_lapic_addr
	movq	%rax, apic_phys(%rip)	# mp_lapic_addr, apic_phys
	jmp	.L391	#
.L390:
# /work/main/build/src/arch/x86/include/asm/bitops.h:207: 		(addr[nr >> _BITOPS_LONG_SHIFT])) != 0;
	movq	boot_cpu_data+40(%rip), %rax	# MEM[(const volatile long unsigned int *)&boot_cpu_data + 40B], _38
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2009: 	if (!boot_cpu_has(X86_FEATURE_APIC)) {
	btl	$9, %eax	#, _38
	jc	.L392	#,
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2010: 		pr_info("No local APIC present\n");
	movq	$.LC61, %rdi	#,
	call	_printk	#
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2142: 		pr_info("APIC: disable apic facility\n");
	movq	$.LC62, %rdi	#,
	call	_printk	#
# /work/main/build/src/arch/x86/kernel/apic/apic.c:247: 	pr_info("APIC: switched to apic NOOP\n");
	movq	$.LC63, %rdi	#,
	call	_printk	#
# /work/main/build/src/arch/x86/kernel/apic/apic.c:248: 	apic = &apic_noop;
	movq	$apic_noop, apic(%rip)	#, apic
# /work/main/build/src/arch/x86/kernel/apic/apic.c:249: }
	jmp	.L391	#
.L392:
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2014: 	mp_lapic_addr = APIC_DEFAULT_PHYS_BASE;
	movl	$4276092928, %eax	#, tmp120
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2151: 		if (!acpi_lapic && !smp_found_config)
	cmpl	$0, acpi_lapic(%rip)	#, acpi_lapic
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2014: 	mp_lapic_addr = APIC_DEFAULT_PHYS_BASE;
	movq	%rax, mp_lapic_addr(%rip)	# tmp120, mp_lapic_addr
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2145: 		apic_phys = mp_lapic_addr;
	movq	%rax, apic_phys(%rip)	# tmp121, apic_phys
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2151: 		if (!acpi_lapic && !smp_found_config)
	jne	.L391	#,
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2152: 			register_lapic_address(apic_phys);
	movq	%rax, %rdi	#, tmp115
	call	register_lapic_address	#
.L391:
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2159: 	new_apicid = read_apic_id();
	call	read_apic_id	#
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2160: 	if (boot_cpu_physical_apicid != new_apicid) {
	cmpl	%eax, boot_cpu_physical_apicid(%rip)	# new_apicid, boot_cpu_physical_apicid
	je	.L387	#,
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2169: 		boot_cpu_apic_version = GET_APIC_VERSION(apic_read(APIC_LVR));
	movl	$48, %edi	#,
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2161: 		boot_cpu_physical_apicid = new_apicid;
	movl	%eax, boot_cpu_physical_apicid(%rip)	# new_apicid, boot_cpu_physical_apicid
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2169: 		boot_cpu_apic_version = GET_APIC_VERSION(apic_read(APIC_LVR));
	call	apic_read	#
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2169: 		boot_cpu_apic_version = GET_APIC_VERSION(apic_read(APIC_LVR));
	movb	%al, boot_cpu_apic_version(%rip)	# tmp118, boot_cpu_apic_version
.L387:
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2171: }
	popq	%rbx	#
	ret	
	.size	init_apic_mappings, .-init_apic_mappings
	.section	.noinstr.text
	.globl	spurious_interrupt
	.type	spurious_interrupt, @function
spurious_interrupt:
	pushq	%r12	#
	pushq	%rbp	#
	movq	%rdi, %rbp	# tmp99, regs
	pushq	%rbx	#
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2240: DEFINE_IDTENTRY_IRQ(spurious_interrupt)
	movq	%rsi, %rbx	# tmp100, error_code
	call	irqentry_enter	#
	movl	%eax, %r12d	# tmp101, state
	testb	$3, 136(%rbp)	#, regs_4(D)->cs
	jne	.L402	#,
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2240: DEFINE_IDTENTRY_IRQ(spurious_interrupt)
#APP
# 2240 "/work/main/build/src/arch/x86/kernel/apic/apic.c" 1
	movb %gs:hardirq_stack_inuse(%rip), %al	# hardirq_stack_inuse, pfo_val__
# 0 "" 2
#NO_APP
	testb	%al, %al	# pfo_val__
	je	.L403	#,
.L402:
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2240: DEFINE_IDTENTRY_IRQ(spurious_interrupt)
	call	irq_enter_rcu	#
	movzbl	%bl, %esi	# error_code, vector
	movq	%rbp, %rdi	# regs,
	call	__spurious_interrupt	#
	call	irq_exit_rcu	#
	jmp	.L404	#
.L403:
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2240: DEFINE_IDTENTRY_IRQ(spurious_interrupt)
#APP
# 2240 "/work/main/build/src/arch/x86/kernel/apic/apic.c" 1
	movb $1, %gs:hardirq_stack_inuse(%rip)	#, hardirq_stack_inuse
# 0 "" 2
# 2240 "/work/main/build/src/arch/x86/kernel/apic/apic.c" 1
	movq %gs:hardirq_stack_ptr(%rip), %r11	# hardirq_stack_ptr, pfo_val__
# 0 "" 2
#NO_APP
	movzbl	%bl, %ebx	# error_code, error_code
#APP
# 2240 "/work/main/build/src/arch/x86/kernel/apic/apic.c" 1
	movq	%rsp, (%r11)					# tos
movq	%r11, %rsp					# tos
call irq_enter_rcu				
movq	%rbx, %rsi					# error_code
movq	%rbp, %rdi					# regs
call __spurious_interrupt					#
998:
	.pushsection .discard.reachable
	.long 998b - .
	.popsection
	call irq_exit_rcu				
popq	%rsp					

# 0 "" 2
# 2240 "/work/main/build/src/arch/x86/kernel/apic/apic.c" 1
	movb $0, %gs:hardirq_stack_inuse(%rip)	#, hardirq_stack_inuse
# 0 "" 2
#NO_APP
.L404:
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2240: DEFINE_IDTENTRY_IRQ(spurious_interrupt)
	popq	%rbx	#
	movl	%r12d, %esi	# state,
	movq	%rbp, %rdi	# regs,
	popq	%rbp	#
	popq	%r12	#
	jmp	irqentry_exit	#
	.size	spurious_interrupt, .-spurious_interrupt
	.globl	sysvec_spurious_apic_interrupt
	.type	sysvec_spurious_apic_interrupt, @function
sysvec_spurious_apic_interrupt:
	pushq	%rbp	#
	pushq	%rbx	#
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2245: DEFINE_IDTENTRY_SYSVEC(sysvec_spurious_apic_interrupt)
	movq	%rdi, %rbx	# tmp93, regs
	call	irqentry_enter	#
	movl	%eax, %ebp	# tmp94, state
	testb	$3, 136(%rbx)	#, regs_2(D)->cs
	jne	.L407	#,
#APP
# 2245 "/work/main/build/src/arch/x86/kernel/apic/apic.c" 1
	movb %gs:hardirq_stack_inuse(%rip), %al	# hardirq_stack_inuse, pfo_val__
# 0 "" 2
#NO_APP
	testb	%al, %al	# pfo_val__
	je	.L408	#,
.L407:
	call	irq_enter_rcu	#
	movq	%rbx, %rdi	# regs,
	call	__sysvec_spurious_apic_interrupt	#
	call	irq_exit_rcu	#
	jmp	.L409	#
.L408:
#APP
# 2245 "/work/main/build/src/arch/x86/kernel/apic/apic.c" 1
	movb $1, %gs:hardirq_stack_inuse(%rip)	#, hardirq_stack_inuse
# 0 "" 2
# 2245 "/work/main/build/src/arch/x86/kernel/apic/apic.c" 1
	movq %gs:hardirq_stack_ptr(%rip), %r11	# hardirq_stack_ptr, pfo_val__
# 0 "" 2
# 2245 "/work/main/build/src/arch/x86/kernel/apic/apic.c" 1
	movq	%rsp, (%r11)					# tos
movq	%r11, %rsp					# tos
call irq_enter_rcu				
movq	%rbx, %rdi					# regs
call __sysvec_spurious_apic_interrupt					#
998:
	.pushsection .discard.reachable
	.long 998b - .
	.popsection
	call irq_exit_rcu				
popq	%rsp					

# 0 "" 2
# 2245 "/work/main/build/src/arch/x86/kernel/apic/apic.c" 1
	movb $0, %gs:hardirq_stack_inuse(%rip)	#, hardirq_stack_inuse
# 0 "" 2
#NO_APP
.L409:
	movl	%ebp, %esi	# state,
	movq	%rbx, %rdi	# regs,
	popq	%rbx	#
	popq	%rbp	#
	jmp	irqentry_exit	#
	.size	sysvec_spurious_apic_interrupt, .-sysvec_spurious_apic_interrupt
	.text
	.globl	fred_sysvec_spurious_apic_interrupt
	.type	fred_sysvec_spurious_apic_interrupt, @function
fred_sysvec_spurious_apic_interrupt:
	pushq	%rbx	#
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2245: DEFINE_IDTENTRY_SYSVEC(sysvec_spurious_apic_interrupt)
	movq	%rdi, %rbx	# tmp92, regs
	testb	$3, 136(%rdi)	#, regs_2(D)->cs
	jne	.L412	#,
#APP
# 2245 "/work/main/build/src/arch/x86/kernel/apic/apic.c" 1
	movb %gs:hardirq_stack_inuse(%rip), %al	# hardirq_stack_inuse, pfo_val__
# 0 "" 2
#NO_APP
	testb	%al, %al	# pfo_val__
	je	.L413	#,
.L412:
	call	irq_enter_rcu	#
	movq	%rbx, %rdi	# regs,
	call	__sysvec_spurious_apic_interrupt	#
	popq	%rbx	#
	jmp	irq_exit_rcu	#
.L413:
#APP
# 2245 "/work/main/build/src/arch/x86/kernel/apic/apic.c" 1
	movb $1, %gs:hardirq_stack_inuse(%rip)	#, hardirq_stack_inuse
# 0 "" 2
# 2245 "/work/main/build/src/arch/x86/kernel/apic/apic.c" 1
	movq %gs:hardirq_stack_ptr(%rip), %r11	# hardirq_stack_ptr, pfo_val__
# 0 "" 2
# 2245 "/work/main/build/src/arch/x86/kernel/apic/apic.c" 1
	movq	%rsp, (%r11)					# tos
movq	%r11, %rsp					# tos
call irq_enter_rcu				
movq	%rbx, %rdi					# regs
call __sysvec_spurious_apic_interrupt					#
998:
	.pushsection .discard.reachable
	.long 998b - .
	.popsection
	call irq_exit_rcu				
popq	%rsp					

# 0 "" 2
# 2245 "/work/main/build/src/arch/x86/kernel/apic/apic.c" 1
	movb $0, %gs:hardirq_stack_inuse(%rip)	#, hardirq_stack_inuse
# 0 "" 2
#NO_APP
	popq	%rbx	#
	ret	
	.size	fred_sysvec_spurious_apic_interrupt, .-fred_sysvec_spurious_apic_interrupt
	.section	.noinstr.text
	.globl	sysvec_error_interrupt
	.type	sysvec_error_interrupt, @function
sysvec_error_interrupt:
	pushq	%rbp	#
	pushq	%rbx	#
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2253: DEFINE_IDTENTRY_SYSVEC(sysvec_error_interrupt)
	movq	%rdi, %rbx	# tmp93, regs
	call	irqentry_enter	#
	movl	%eax, %ebp	# tmp94, state
	testb	$3, 136(%rbx)	#, regs_2(D)->cs
	jne	.L416	#,
#APP
# 2253 "/work/main/build/src/arch/x86/kernel/apic/apic.c" 1
	movb %gs:hardirq_stack_inuse(%rip), %al	# hardirq_stack_inuse, pfo_val__
# 0 "" 2
#NO_APP
	testb	%al, %al	# pfo_val__
	je	.L417	#,
.L416:
	call	irq_enter_rcu	#
	movq	%rbx, %rdi	# regs,
	call	__sysvec_error_interrupt	#
	call	irq_exit_rcu	#
	jmp	.L418	#
.L417:
#APP
# 2253 "/work/main/build/src/arch/x86/kernel/apic/apic.c" 1
	movb $1, %gs:hardirq_stack_inuse(%rip)	#, hardirq_stack_inuse
# 0 "" 2
# 2253 "/work/main/build/src/arch/x86/kernel/apic/apic.c" 1
	movq %gs:hardirq_stack_ptr(%rip), %r11	# hardirq_stack_ptr, pfo_val__
# 0 "" 2
# 2253 "/work/main/build/src/arch/x86/kernel/apic/apic.c" 1
	movq	%rsp, (%r11)					# tos
movq	%r11, %rsp					# tos
call irq_enter_rcu				
movq	%rbx, %rdi					# regs
call __sysvec_error_interrupt					#
998:
	.pushsection .discard.reachable
	.long 998b - .
	.popsection
	call irq_exit_rcu				
popq	%rsp					

# 0 "" 2
# 2253 "/work/main/build/src/arch/x86/kernel/apic/apic.c" 1
	movb $0, %gs:hardirq_stack_inuse(%rip)	#, hardirq_stack_inuse
# 0 "" 2
#NO_APP
.L418:
	movl	%ebp, %esi	# state,
	movq	%rbx, %rdi	# regs,
	popq	%rbx	#
	popq	%rbp	#
	jmp	irqentry_exit	#
	.size	sysvec_error_interrupt, .-sysvec_error_interrupt
	.text
	.globl	fred_sysvec_error_interrupt
	.type	fred_sysvec_error_interrupt, @function
fred_sysvec_error_interrupt:
	pushq	%rbx	#
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2253: DEFINE_IDTENTRY_SYSVEC(sysvec_error_interrupt)
	movq	%rdi, %rbx	# tmp92, regs
	testb	$3, 136(%rdi)	#, regs_2(D)->cs
	jne	.L421	#,
#APP
# 2253 "/work/main/build/src/arch/x86/kernel/apic/apic.c" 1
	movb %gs:hardirq_stack_inuse(%rip), %al	# hardirq_stack_inuse, pfo_val__
# 0 "" 2
#NO_APP
	testb	%al, %al	# pfo_val__
	je	.L422	#,
.L421:
	call	irq_enter_rcu	#
	movq	%rbx, %rdi	# regs,
	call	__sysvec_error_interrupt	#
	popq	%rbx	#
	jmp	irq_exit_rcu	#
.L422:
#APP
# 2253 "/work/main/build/src/arch/x86/kernel/apic/apic.c" 1
	movb $1, %gs:hardirq_stack_inuse(%rip)	#, hardirq_stack_inuse
# 0 "" 2
# 2253 "/work/main/build/src/arch/x86/kernel/apic/apic.c" 1
	movq %gs:hardirq_stack_ptr(%rip), %r11	# hardirq_stack_ptr, pfo_val__
# 0 "" 2
# 2253 "/work/main/build/src/arch/x86/kernel/apic/apic.c" 1
	movq	%rsp, (%r11)					# tos
movq	%r11, %rsp					# tos
call irq_enter_rcu				
movq	%rbx, %rdi					# regs
call __sysvec_error_interrupt					#
998:
	.pushsection .discard.reachable
	.long 998b - .
	.popsection
	call irq_exit_rcu				
popq	%rsp					

# 0 "" 2
# 2253 "/work/main/build/src/arch/x86/kernel/apic/apic.c" 1
	movb $0, %gs:hardirq_stack_inuse(%rip)	#, hardirq_stack_inuse
# 0 "" 2
#NO_APP
	popq	%rbx	#
	ret	
	.size	fred_sysvec_error_interrupt, .-fred_sysvec_error_interrupt
	.globl	disconnect_bsp_APIC
	.type	disconnect_bsp_APIC, @function
disconnect_bsp_APIC:
	pushq	%rbx	#
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2322: {
	movl	%edi, %ebx	# tmp95, virt_wire_setup
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2343: 	value = apic_read(APIC_SPIV);
	movl	$240, %edi	#,
	call	apic_read	#
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2347: 	apic_write(APIC_SPIV, value);
	movl	$240, %edi	#,
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2344: 	value &= ~APIC_VECTOR_MASK;
	xorb	%al, %al	# tmp96
	movl	%eax, %esi	# tmp96, value
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2346: 	value |= 0xf;
	orl	$271, %esi	#, value
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2347: 	apic_write(APIC_SPIV, value);
	call	apic_write	#
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2363: 		apic_write(APIC_LVT0, APIC_LVT_MASKED);
	movl	$65536, %esi	#,
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2349: 	if (!virt_wire_setup) {
	testl	%ebx, %ebx	# virt_wire_setup
	jne	.L428	#,
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2354: 		value = apic_read(APIC_LVT0);
	movl	$848, %edi	#,
	call	apic_read	#
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2355: 		value &= ~(APIC_MODE_MASK | APIC_SEND_PENDING |
	andl	$-128769, %eax	#, tmp97
	movl	%eax, %esi	# tmp97, value
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2359: 		value = SET_APIC_DELIVERY_MODE(value, APIC_MODE_EXTINT);
	orl	$22272, %esi	#, value
.L428:
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2363: 		apic_write(APIC_LVT0, APIC_LVT_MASKED);
	movl	$848, %edi	#,
	call	apic_write	#
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2370: 	value = apic_read(APIC_LVT1);
	movl	$864, %edi	#,
	call	apic_read	#
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2376: 	apic_write(APIC_LVT1, value);
	movl	$864, %edi	#,
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2377: }
	popq	%rbx	#
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2371: 	value &= ~(APIC_MODE_MASK | APIC_SEND_PENDING |
	andl	$-128769, %eax	#, tmp98
	movl	%eax, %esi	# tmp98, value
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2375: 	value = SET_APIC_DELIVERY_MODE(value, APIC_MODE_NMI);
	orl	$21504, %esi	#, value
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2376: 	apic_write(APIC_LVT1, value);
	jmp	apic_write	#
	.size	disconnect_bsp_APIC, .-disconnect_bsp_APIC
	.globl	arch_match_cpu_phys_id
	.type	arch_match_cpu_phys_id, @function
arch_match_cpu_phys_id:
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2398: 	return phys_id == cpuid_to_apicid[cpu];
	movslq	%edi, %rdi	# tmp93, cpu
	movslq	cpuid_to_apicid(,%rdi,4), %rax	# cpuid_to_apicid[cpu_4(D)], cpuid_to_apicid[cpu_4(D)]
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2398: 	return phys_id == cpuid_to_apicid[cpu];
	cmpq	%rsi, %rax	# tmp94, cpuid_to_apicid[cpu_4(D)]
	sete	%al	#, tmp92
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2399: }
	ret	
	.size	arch_match_cpu_phys_id, .-arch_match_cpu_phys_id
	.globl	apic_id_is_primary_thread
	.type	apic_id_is_primary_thread, @function
apic_id_is_primary_thread:
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2410: 	if (smp_num_siblings == 1)
	movl	smp_num_siblings(%rip), %edx	# smp_num_siblings, smp_num_siblings.136_1
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2411: 		return true;
	movb	$1, %al	#, <retval>
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2410: 	if (smp_num_siblings == 1)
	cmpl	$1, %edx	#, smp_num_siblings.136_1
	je	.L430	#,
# /work/main/build/src/arch/x86/include/asm/bitops.h:373: 	asm("bsrl %1,%0"
	orl	$-1, %eax	#, tmp91
	movl	%eax, %ecx	# tmp91, r
#APP
# 373 "/work/main/build/src/arch/x86/include/asm/bitops.h" 1
	bsrl %edx,%ecx	# smp_num_siblings.136_1, r
# 0 "" 2
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2414: 	return !(apicid & mask);
#NO_APP
	sall	%cl, %eax	# r, tmp92
	notl	%eax	# tmp94
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2414: 	return !(apicid & mask);
	testl	%edi, %eax	# apicid, tmp94
	sete	%al	#, <retval>
.L430:
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2415: }
	ret	
	.size	apic_id_is_primary_thread, .-apic_id_is_primary_thread
	.section	.rodata.str1.1
.LC64:
	.string	"\0014APIC: Disabling requested cpu. Processor %d/0x%x ignored.\n"
.LC65:
	.string	"\0014APIC: NR_CPUS/possible_cpus limit of %i almost reached. Keeping one slot for boot cpu.  Processor %d/0x%x ignored.\n"
.LC66:
	.string	"\0014APIC: NR_CPUS/possible_cpus limit of %i reached. Processor %d/0x%x ignored.\n"
.LC67:
	.string	"APIC: NR_CPUS/possible_cpus limit of %u reached. Processor %d/0x%x and the rest are ignored.\n"
.LC68:
	.string	"\0014BIOS bug: APIC version is 0 for CPU %d/0x%x, fixing up to 0x10\n"
.LC69:
	.string	"\0014BIOS bug: APIC version mismatch, boot CPU: %x, CPU %d: version %x\n"
	.text
	.globl	generic_processor_info
	.type	generic_processor_info, @function
generic_processor_info:
	pushq	%r13	#
# /work/main/build/src/arch/x86/include/asm/bitops.h:240: 					  variable_test_bit(nr, addr);
	movl	boot_cpu_physical_apicid(%rip), %eax	# boot_cpu_physical_apicid, boot_cpu_physical_apicid
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2448: {
	pushq	%r12	#
	movl	%esi, %r12d	# tmp191, version
	pushq	%rbp	#
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2449: 	int cpu, max = nr_cpu_ids;
	movl	nr_cpu_ids(%rip), %ebp	# nr_cpu_ids, nr_cpu_ids.139_1
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2448: {
	pushq	%rbx	#
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2448: {
	movslq	%edi, %rbx	# tmp190,
# /work/main/build/src/arch/x86/include/asm/bitops.h:228: 	asm volatile(__ASM_SIZE(bt) " %2,%1"
#APP
# 228 "/work/main/build/src/arch/x86/include/asm/bitops.h" 1
	 btq  %rax,phys_cpu_present_map(%rip)	# boot_cpu_physical_apicid, MEM[(long unsigned int *)&phys_cpu_present_map]
	/* output condition code c*/

# 0 "" 2
#NO_APP
	setc	%r13b	#, oldbit
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2472: 	if (disabled_cpu_apicid != BAD_APICID &&
	cmpl	$65535, disabled_cpu_apicid(%rip)	#, disabled_cpu_apicid
	je	.L434	#,
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2473: 	    disabled_cpu_apicid != read_apic_id() &&
	call	read_apic_id	#
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2473: 	    disabled_cpu_apicid != read_apic_id() &&
	movl	disabled_cpu_apicid(%rip), %edx	# disabled_cpu_apicid, disabled_cpu_apicid.145_12
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2472: 	if (disabled_cpu_apicid != BAD_APICID &&
	cmpl	%edx, %eax	# disabled_cpu_apicid.145_12, tmp192
	je	.L434	#,
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2475: 		int thiscpu = num_processors + disabled_cpus;
	movl	num_processors(%rip), %esi	# num_processors, pretmp_185
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2473: 	    disabled_cpu_apicid != read_apic_id() &&
	cmpl	%ebx, %edx	# apicid, disabled_cpu_apicid.145_12
	jne	.L434	#,
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2475: 		int thiscpu = num_processors + disabled_cpus;
	addl	disabled_cpus(%rip), %esi	# disabled_cpus, thiscpu
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2477: 		pr_warn("APIC: Disabling requested cpu."
	movq	$.LC64, %rdi	#,
	call	_printk	#
	jmp	.L457	#
.L434:
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2488: 	if (!boot_cpu_detected && num_processors >= nr_cpu_ids - 1 &&
	movl	nr_cpu_ids(%rip), %esi	# nr_cpu_ids, pretmp_53
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2488: 	if (!boot_cpu_detected && num_processors >= nr_cpu_ids - 1 &&
	movl	num_processors(%rip), %eax	# num_processors, pretmp_176
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2488: 	if (!boot_cpu_detected && num_processors >= nr_cpu_ids - 1 &&
	testb	%r13b, %r13b	# oldbit
	jne	.L436	#,
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2488: 	if (!boot_cpu_detected && num_processors >= nr_cpu_ids - 1 &&
	leal	-1(%rsi), %edx	#, tmp153
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2488: 	if (!boot_cpu_detected && num_processors >= nr_cpu_ids - 1 &&
	cmpl	%edx, %eax	# tmp153, pretmp_176
	jb	.L436	#,
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2488: 	if (!boot_cpu_detected && num_processors >= nr_cpu_ids - 1 &&
	cmpl	boot_cpu_physical_apicid(%rip), %ebx	# boot_cpu_physical_apicid, apicid
	je	.L436	#,
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2490: 		int thiscpu = max + disabled_cpus - 1;
	movl	disabled_cpus(%rip), %edx	# disabled_cpus, tmp154
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2492: 		pr_warn("APIC: NR_CPUS/possible_cpus limit of %i almost"
	movl	%ebx, %ecx	# apicid,
	movl	%ebp, %esi	# nr_cpu_ids.139_1,
	movq	$.LC65, %rdi	#,
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2490: 		int thiscpu = max + disabled_cpus - 1;
	addl	%ebp, %edx	# nr_cpu_ids.139_1, tmp154
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2490: 		int thiscpu = max + disabled_cpus - 1;
	decl	%edx	# thiscpu
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2492: 		pr_warn("APIC: NR_CPUS/possible_cpus limit of %i almost"
	call	_printk	#
.L457:
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2496: 		disabled_cpus++;
	movl	disabled_cpus(%rip), %eax	# disabled_cpus, tmp197
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2481: 		return -ENODEV;
	movl	$-19, %ebp	#, <retval>
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2496: 		disabled_cpus++;
	incl	%eax	# _14
	movl	%eax, disabled_cpus(%rip)	# _14, disabled_cpus
	jmp	.L433	#
.L436:
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2500: 	if (num_processors >= nr_cpu_ids) {
	cmpl	%esi, %eax	# pretmp_53, pretmp_176
	jb	.L438	#,
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2501: 		int thiscpu = max + disabled_cpus;
	movl	disabled_cpus(%rip), %edx	# disabled_cpus, thiscpu
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2503: 		pr_warn("APIC: NR_CPUS/possible_cpus limit of %i reached. "
	movl	%ebx, %ecx	# apicid,
	movl	%ebp, %esi	# nr_cpu_ids.139_1,
	movq	$.LC66, %rdi	#,
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2501: 		int thiscpu = max + disabled_cpus;
	addl	%ebp, %edx	# nr_cpu_ids.139_1, thiscpu
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2503: 		pr_warn("APIC: NR_CPUS/possible_cpus limit of %i reached. "
	call	_printk	#
	jmp	.L447	#
.L438:
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2510: 	if (apicid == boot_cpu_physical_apicid) {
	cmpl	boot_cpu_physical_apicid(%rip), %ebx	# boot_cpu_physical_apicid, apicid
	je	.L440	#,
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2430: 	for (i = 0; i < nr_logical_cpuids; i++) {
	movl	nr_logical_cpuids(%rip), %ebp	# nr_logical_cpuids, <retval>
	xorl	%eax, %eax	# ivtmp.642
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2431: 		if (cpuid_to_apicid[i] == apicid)
	movabsq	$cpuid_to_apicid-4, %rdx	#, tmp189
	jmp	.L441	#
.L440:
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2521: 		cpuid_to_apicid[0] = apicid;
	movl	%ebx, cpuid_to_apicid(%rip)	# apicid, cpuid_to_apicid[0]
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2518: 		cpu = 0;
	xorl	%ebp, %ebp	# <retval>
	jmp	.L442	#
.L444:
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2431: 		if (cpuid_to_apicid[i] == apicid)
	leaq	1(%rax), %rcx	#, ivtmp.642
	cmpl	4(%rdx,%rax,4), %ebx	# MEM[(int *)&cpuid_to_apicid + -4B + ivtmp.642_123 * 4], apicid
	je	.L443	#,
	movq	%rcx, %rax	# ivtmp.642, ivtmp.642
.L441:
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2430: 	for (i = 0; i < nr_logical_cpuids; i++) {
	cmpl	%eax, %ebp	# ivtmp.642, <retval>
	jg	.L444	#,
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2436: 	if (nr_logical_cpuids >= nr_cpu_ids) {
	cmpl	%esi, %ebp	# pretmp_53, <retval>
	jb	.L445	#,
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2437: 		WARN_ONCE(1, "APIC: NR_CPUS/possible_cpus limit of %u reached. "
	cmpb	$0, __already_done.1(%rip)	#, __already_done
	jne	.L447	#,
	movl	%ebx, %ecx	# apicid,
	movl	%ebp, %edx	# <retval>,
	movq	$.LC67, %rdi	#,
	movb	$1, __already_done.1(%rip)	#, __already_done
	call	__warn_printk	#
#APP
# 2437 "/work/main/build/src/arch/x86/kernel/apic/apic.c" 1
	1:	.byte 0x0f, 0x0b
.pushsection __bug_table,"aw"
2:	.long 1b - .	# bug_entry::bug_addr
	.long .LC12 - .	# bug_entry::file	#
	.word 2437	# bug_entry::line	#
	.word 2313	# bug_entry::flags	#
	.org 2b+12	#
.popsection
998:
	.pushsection .discard.reachable
	.long 998b - .
	.popsection
	
# 0 "" 2
#NO_APP
	jmp	.L447	#
.L445:
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2443: 	cpuid_to_apicid[nr_logical_cpuids] = apicid;
	movslq	%ebp, %rax	# <retval>, <retval>
	movl	%ebx, cpuid_to_apicid(,%rax,4)	# apicid, cpuid_to_apicid[nr_logical_cpuids.180_138]
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2444: 	return nr_logical_cpuids++;
	leal	1(%rbp), %eax	#, tmp167
	movl	%eax, nr_logical_cpuids(%rip)	# tmp167, nr_logical_cpuids
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2524: 		if (cpu < 0) {
	testl	%ebp, %ebp	# <retval>
	jns	.L442	#,
.L447:
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2525: 			disabled_cpus++;
	movl	disabled_cpus(%rip), %eax	# disabled_cpus, tmp200
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2507: 		return -EINVAL;
	movl	$-22, %ebp	#, <retval>
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2525: 			disabled_cpus++;
	incl	%eax	# _143
	movl	%eax, disabled_cpus(%rip)	# _143, disabled_cpus
	jmp	.L433	#
.L443:
	movl	%eax, %ebp	# ivtmp.642, <retval>
.L442:
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2533: 	if (version == 0x0) {
	testl	%r12d, %r12d	# version
	jne	.L449	#,
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2534: 		pr_warn("BIOS bug: APIC version is 0 for CPU %d/0x%x, fixing up to 0x10\n",
	movl	%ebx, %edx	# apicid,
	movl	%ebp, %esi	# <retval>,
	movq	$.LC68, %rdi	#,
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2536: 		version = 0x10;
	movl	$16, %r12d	#, version
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2534: 		pr_warn("BIOS bug: APIC version is 0 for CPU %d/0x%x, fixing up to 0x10\n",
	call	_printk	#
.L449:
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2539: 	if (version != boot_cpu_apic_version) {
	movzbl	boot_cpu_apic_version(%rip), %esi	# boot_cpu_apic_version, _40
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2539: 	if (version != boot_cpu_apic_version) {
	cmpl	%r12d, %esi	# version, _40
	je	.L450	#,
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2540: 		pr_warn("BIOS bug: APIC version mismatch, boot CPU: %x, CPU %d: version %x\n",
	movl	%r12d, %ecx	# version,
	movl	%ebp, %edx	# <retval>,
	movq	$.LC69, %rdi	#,
	call	_printk	#
.L450:
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2544: 	if (apicid > max_physical_apicid)
	cmpl	%ebx, max_physical_apicid(%rip)	# apicid, max_physical_apicid
	jnb	.L451	#,
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2545: 		max_physical_apicid = apicid;
	movl	%ebx, max_physical_apicid(%rip)	# apicid, max_physical_apicid
.L451:
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2548: 	early_per_cpu(x86_cpu_to_apicid, cpu) = apicid;
	movq	x86_cpu_to_apicid_early_ptr(%rip), %rax	# x86_cpu_to_apicid_early_ptr, x86_cpu_to_apicid_early_ptr.172_42
	movslq	%ebp, %rdx	# <retval>, <retval>
	testq	%rax, %rax	# x86_cpu_to_apicid_early_ptr.172_42
	je	.L452	#,
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2548: 	early_per_cpu(x86_cpu_to_apicid, cpu) = apicid;
	leaq	(%rdx,%rdx), %rcx	#, tmp170
	addq	%rcx, %rax	# tmp170, iftmp.171_61
	jmp	.L453	#
.L452:
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2548: 	early_per_cpu(x86_cpu_to_apicid, cpu) = apicid;
	movq	$x86_cpu_to_apicid, %rax	#, __ptr
	addq	__per_cpu_offset(,%rdx,8), %rax	# __per_cpu_offset[cpu_58], iftmp.171_61
.L453:
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2548: 	early_per_cpu(x86_cpu_to_apicid, cpu) = apicid;
	movw	%bx, (%rax)	# apicid, *iftmp.171_61
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2549: 	early_per_cpu(x86_bios_cpu_apicid, cpu) = apicid;
	movq	x86_bios_cpu_apicid_early_ptr(%rip), %rax	# x86_bios_cpu_apicid_early_ptr, x86_bios_cpu_apicid_early_ptr.175_48
	testq	%rax, %rax	# x86_bios_cpu_apicid_early_ptr.175_48
	je	.L454	#,
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2549: 	early_per_cpu(x86_bios_cpu_apicid, cpu) = apicid;
	leaq	(%rdx,%rdx), %rcx	#, tmp177
	addq	%rcx, %rax	# tmp177, iftmp.174_62
	jmp	.L455	#
.L454:
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2549: 	early_per_cpu(x86_bios_cpu_apicid, cpu) = apicid;
	movq	$x86_bios_cpu_apicid, %rax	#, __ptr
	addq	__per_cpu_offset(,%rdx,8), %rax	# __per_cpu_offset[cpu_58], iftmp.174_62
.L455:
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2549: 	early_per_cpu(x86_bios_cpu_apicid, cpu) = apicid;
	movw	%bx, (%rax)	# apicid, *iftmp.174_62
# /work/main/build/src/arch/x86/include/asm/bitops.h:60: 		asm volatile(LOCK_PREFIX __ASM_SIZE(bts) " %1,%0"
#APP
# 60 "/work/main/build/src/arch/x86/include/asm/bitops.h" 1
	.pushsection .smp_locks,"a"
.balign 4
.long 671f - .
.popsection
671:
	lock;  btsq  %rdx,__cpu_possible_mask(%rip)	# <retval>, MEM[(volatile long int *)&__cpu_possible_mask]
# 0 "" 2
# 60 "/work/main/build/src/arch/x86/include/asm/bitops.h" 1
	.pushsection .smp_locks,"a"
.balign 4
.long 671f - .
.popsection
671:
	lock;  btsq  %rbx,phys_cpu_present_map(%rip)	# _54, MEM[(volatile long int *)&phys_cpu_present_map]
# 0 "" 2
# 60 "/work/main/build/src/arch/x86/include/asm/bitops.h" 1
	.pushsection .smp_locks,"a"
.balign 4
.long 671f - .
.popsection
671:
	lock;  btsq  %rdx,__cpu_present_mask(%rip)	# <retval>, MEM[(volatile long int *)&__cpu_present_mask]
# 0 "" 2
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2558: 	num_processors++;
#NO_APP
	incl	num_processors(%rip)	# num_processors
.L433:
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2561: }
	popq	%rbx	#
	movl	%ebp, %eax	# <retval>,
	popq	%rbp	#
	popq	%r12	#
	popq	%r13	#
	ret	
	.size	generic_processor_info, .-generic_processor_info
	.globl	hard_smp_processor_id
	.type	hard_smp_processor_id, @function
hard_smp_processor_id:
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2565: 	return read_apic_id();
	jmp	read_apic_id	#
	.size	hard_smp_processor_id, .-hard_smp_processor_id
	.globl	__irq_msi_compose_msg
	.type	__irq_msi_compose_msg, @function
__irq_msi_compose_msg:
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2570: {
	movq	%rdi, %r8	# tmp138, cfg
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2571: 	memset(msg, 0, sizeof(*msg));
	xorl	%eax, %eax	# tmp100
	movl	$3, %ecx	#, tmp101
	movq	%rsi, %rdi	# msg, msg
	rep stosl
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2573: 	msg->arch_addr_lo.base_address = X86_MSI_BASE_ADDRESS_LOW;
	movw	$-288, 2(%rsi)	#, msg_20(D)->D.54563.arch_addr_lo.D.54549.D.54539.base_address
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2574: 	msg->arch_addr_lo.dest_mode_logical = apic->dest_mode_logical;
	movq	apic(%rip), %rax	# apic, apic
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2570: {
	movl	%edx, %r9d	# dmar, tmp140
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2574: 	msg->arch_addr_lo.dest_mode_logical = apic->dest_mode_logical;
	movb	104(%rax), %dl	# apic.194_1->dest_mode_logical, _2
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2574: 	msg->arch_addr_lo.dest_mode_logical = apic->dest_mode_logical;
	movb	(%rsi), %al	# msg_20(D)->D.54563.arch_addr_lo.D.54549.D.54539.dest_mode_logical, tmp112
	andl	$1, %edx	#, tmp109
	andl	$-5, %eax	#, tmp112
	sall	$2, %edx	#, tmp110
	orl	%edx, %eax	# tmp110, tmp113
	movb	%al, (%rsi)	# tmp113, msg_20(D)->D.54563.arch_addr_lo.D.54549.D.54539.dest_mode_logical
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2575: 	msg->arch_addr_lo.destid_0_7 = cfg->dest_apicid & 0xFF;
	movzbl	(%r8), %edx	# cfg_24(D)->dest_apicid, cfg_24(D)->dest_apicid
	movl	(%rsi), %eax	#* msg, tmp119
	sall	$12, %edx	#, tmp117
	andl	$-1044481, %eax	#, tmp119
	orl	%edx, %eax	# tmp117, tmp120
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2590: 	if (dmar)
	testb	%r9b, %r9b	# tmp140
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2575: 	msg->arch_addr_lo.destid_0_7 = cfg->dest_apicid & 0xFF;
	movl	%eax, (%rsi)	# tmp120,* msg
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2578: 	msg->arch_data.vector = cfg->vector;
	movl	4(%r8), %eax	# cfg_24(D)->vector, cfg_24(D)->vector
	movb	%al, 8(%rsi)	# cfg_24(D)->vector, msg_20(D)->D.54571.arch_data.D.54526.D.54524.vector
	movl	(%r8), %eax	# cfg_24(D)->dest_apicid, pretmp_15
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2590: 	if (dmar)
	je	.L460	#,
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2591: 		msg->arch_addr_hi.destid_8_31 = cfg->dest_apicid >> 8;
	movzbl	4(%rsi), %edx	#, tmp127
	xorb	%al, %al	# tmp125
	orl	%edx, %eax	# tmp127, tmp128
	movl	%eax, 4(%rsi)	# tmp128,
	ret	
.L460:
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2592: 	else if (virt_ext_dest_id && cfg->dest_apicid < 0x8000)
	cmpb	$0, virt_ext_dest_id(%rip)	#, virt_ext_dest_id
	je	.L462	#,
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2592: 	else if (virt_ext_dest_id && cfg->dest_apicid < 0x8000)
	cmpl	$32767, %eax	#, pretmp_15
	ja	.L463	#,
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2593: 		msg->arch_addr_lo.virt_destid_8_14 = cfg->dest_apicid >> 8;
	movl	(%rsi), %edx	#* msg, tmp134
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2593: 		msg->arch_addr_lo.virt_destid_8_14 = cfg->dest_apicid >> 8;
	shrl	$8, %eax	#, tmp129
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2593: 		msg->arch_addr_lo.virt_destid_8_14 = cfg->dest_apicid >> 8;
	andl	$127, %eax	#, tmp131
	sall	$5, %eax	#, tmp132
	andw	$-4065, %dx	#, tmp134
	orl	%edx, %eax	# tmp134, tmp135
	movw	%ax, (%rsi)	# tmp135,* msg
	ret	
.L462:
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2595: 		WARN_ON_ONCE(cfg->dest_apicid > 0xFF);
	cmpl	$255, %eax	#, pretmp_15
	jbe	.L459	#,
.L463:
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2595: 		WARN_ON_ONCE(cfg->dest_apicid > 0xFF);
#APP
# 2595 "/work/main/build/src/arch/x86/kernel/apic/apic.c" 1
	1:	.byte 0x0f, 0x0b
.pushsection __bug_table,"aw"
2:	.long 1b - .	# bug_entry::bug_addr
	.long .LC12 - .	# bug_entry::file	#
	.word 2595	# bug_entry::line	#
	.word 2307	# bug_entry::flags	#
	.org 2b+12	#
.popsection
998:
	.pushsection .discard.reachable
	.long 998b - .
	.popsection
	
# 0 "" 2
#NO_APP
.L459:
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2596: }
	ret	
	.size	__irq_msi_compose_msg, .-__irq_msi_compose_msg
	.globl	x86_msi_msg_get_destid
	.type	x86_msi_msg_get_destid, @function
x86_msi_msg_get_destid:
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2600: 	u32 dest = msg->arch_addr_lo.destid_0_7;
	movl	(%rdi), %eax	# *msg_7(D), tmp92
	shrl	$12, %eax	#, tmp92
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2600: 	u32 dest = msg->arch_addr_lo.destid_0_7;
	movzbl	%al, %eax	# tmp92, <retval>
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2602: 	if (extid)
	testb	%sil, %sil	# tmp102
	je	.L464	#,
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2603: 		dest |= msg->arch_addr_hi.destid_8_31 << 8;
	movl	4(%rdi), %edx	# *msg_7(D), *msg_7(D)
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2603: 		dest |= msg->arch_addr_hi.destid_8_31 << 8;
	xorb	%dl, %dl	# tmp99
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2603: 		dest |= msg->arch_addr_hi.destid_8_31 << 8;
	orl	%edx, %eax	# tmp99, <retval>
.L464:
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2605: }
	ret	
	.size	x86_msi_msg_get_destid, .-x86_msi_msg_get_destid
	.section	.init.text
	.globl	acpi_wake_cpu_handler_update
	.type	acpi_wake_cpu_handler_update, @function
acpi_wake_cpu_handler_update:
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2613: 	for (drv = __apicdrivers; drv < __apicdrivers_end; drv++)
	movq	$__apicdrivers, %rax	#, drv
.L467:
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2613: 	for (drv = __apicdrivers; drv < __apicdrivers_end; drv++)
	cmpq	$__apicdrivers_end, %rax	#, drv
	jnb	.L469	#,
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2614: 		(*drv)->wakeup_secondary_cpu_64 = handler;
	movq	(%rax), %rdx	# MEM[(struct apic * *)drv_2], _1
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2613: 	for (drv = __apicdrivers; drv < __apicdrivers_end; drv++)
	addq	$8, %rax	#, drv
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2614: 		(*drv)->wakeup_secondary_cpu_64 = handler;
	movq	%rdi, 256(%rdx)	# handler, _1->wakeup_secondary_cpu_64
	jmp	.L467	#
.L469:
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2615: }
	ret	
	.size	acpi_wake_cpu_handler_update, .-acpi_wake_cpu_handler_update
	.text
	.globl	apic_is_clustered_box
	.type	apic_is_clustered_box, @function
apic_is_clustered_box:
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2895: 	if (multi_checked)
	cmpl	$0, multi_checked(%rip)	#, multi_checked
	jne	.L471	#,
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2899: 	multi_checked = 1;
	movl	$1, multi_checked(%rip)	#, multi_checked
.L471:
# /work/main/build/src/arch/x86/kernel/apic/apic.c:2914: }
	xorl	%eax, %eax	#
	ret	
	.size	apic_is_clustered_box, .-apic_is_clustered_box
	.section	.rodata.str1.1
.LC70:
	.string	"Send CS error"
.LC71:
	.string	"Receive CS error"
.LC72:
	.string	"Send accept error"
.LC73:
	.string	"Receive accept error"
.LC74:
	.string	"Redirectable IPI"
.LC75:
	.string	"Send illegal vector"
.LC76:
	.string	"Received illegal vector"
.LC77:
	.string	"Illegal register address"
	.section	.rodata
	.align 32
	.type	error_interrupt_reason.0, @object
	.size	error_interrupt_reason.0, 64
error_interrupt_reason.0:
	.quad	.LC70
	.quad	.LC71
	.quad	.LC72
	.quad	.LC73
	.quad	.LC74
	.quad	.LC75
	.quad	.LC76
	.quad	.LC77
	.section	.init.setup,"aw"
	.align 8
	.type	__setup_apic_set_extnmi, @object
	.size	__setup_apic_set_extnmi, 24
__setup_apic_set_extnmi:
# str:
	.quad	__setup_str_apic_set_extnmi
# setup_func:
	.quad	apic_set_extnmi
# early:
	.long	1
	.zero	4
	.section	.init.rodata,"a"
	.type	__setup_str_apic_set_extnmi, @object
	.size	__setup_str_apic_set_extnmi, 12
__setup_str_apic_set_extnmi:
	.string	"apic_extnmi"
	.section	.init.setup
	.align 8
	.type	__setup_apic_set_disabled_cpu_apicid, @object
	.size	__setup_apic_set_disabled_cpu_apicid, 24
__setup_apic_set_disabled_cpu_apicid:
# str:
	.quad	__setup_str_apic_set_disabled_cpu_apicid
# setup_func:
	.quad	apic_set_disabled_cpu_apicid
# early:
	.long	1
	.zero	4
	.section	.init.rodata
	.type	__setup_str_apic_set_disabled_cpu_apicid, @object
	.size	__setup_str_apic_set_disabled_cpu_apicid, 19
__setup_str_apic_set_disabled_cpu_apicid:
	.string	"disable_cpu_apicid"
	.section	.discard.addressable,"aw"
	.align 8
	.type	__UNIQUE_ID___addressable_lapic_insert_resource266, @object
	.size	__UNIQUE_ID___addressable_lapic_insert_resource266, 8
__UNIQUE_ID___addressable_lapic_insert_resource266:
	.quad	lapic_insert_resource
	.section	.init.setup
	.align 8
	.type	__setup_apic_set_verbosity, @object
	.size	__setup_apic_set_verbosity, 24
__setup_apic_set_verbosity:
# str:
	.quad	__setup_str_apic_set_verbosity
# setup_func:
	.quad	apic_set_verbosity
# early:
	.long	1
	.zero	4
	.section	.init.rodata
	.type	__setup_str_apic_set_verbosity, @object
	.size	__setup_str_apic_set_verbosity, 5
__setup_str_apic_set_verbosity:
	.string	"apic"
	.section	.init.setup
	.align 8
	.type	__setup_parse_nolapic_timer, @object
	.size	__setup_parse_nolapic_timer, 24
__setup_parse_nolapic_timer:
# str:
	.quad	__setup_str_parse_nolapic_timer
# setup_func:
	.quad	parse_nolapic_timer
# early:
	.long	1
	.zero	4
	.section	.init.rodata
	.type	__setup_str_parse_nolapic_timer, @object
	.size	__setup_str_parse_nolapic_timer, 14
__setup_str_parse_nolapic_timer:
	.string	"nolapic_timer"
	.section	.init.setup
	.align 8
	.type	__setup_parse_disable_apic_timer, @object
	.size	__setup_parse_disable_apic_timer, 24
__setup_parse_disable_apic_timer:
# str:
	.quad	__setup_str_parse_disable_apic_timer
# setup_func:
	.quad	parse_disable_apic_timer
# early:
	.long	1
	.zero	4
	.section	.init.rodata
	.type	__setup_str_parse_disable_apic_timer, @object
	.size	__setup_str_parse_disable_apic_timer, 12
__setup_str_parse_disable_apic_timer:
	.string	"noapictimer"
	.section	.init.setup
	.align 8
	.type	__setup_parse_lapic_timer_c2_ok, @object
	.size	__setup_parse_lapic_timer_c2_ok, 24
__setup_parse_lapic_timer_c2_ok:
# str:
	.quad	__setup_str_parse_lapic_timer_c2_ok
# setup_func:
	.quad	parse_lapic_timer_c2_ok
# early:
	.long	1
	.zero	4
	.section	.init.rodata
	.type	__setup_str_parse_lapic_timer_c2_ok, @object
	.size	__setup_str_parse_lapic_timer_c2_ok, 18
__setup_str_parse_lapic_timer_c2_ok:
	.string	"lapic_timer_c2_ok"
	.section	.init.setup
	.align 8
	.type	__setup_setup_nolapic, @object
	.size	__setup_setup_nolapic, 24
__setup_setup_nolapic:
# str:
	.quad	__setup_str_setup_nolapic
# setup_func:
	.quad	setup_nolapic
# early:
	.long	1
	.zero	4
	.section	.init.rodata
	.type	__setup_str_setup_nolapic, @object
	.size	__setup_str_setup_nolapic, 8
__setup_str_setup_nolapic:
	.string	"nolapic"
	.section	.init.setup
	.align 8
	.type	__setup_setup_disableapic, @object
	.size	__setup_setup_disableapic, 24
__setup_setup_disableapic:
# str:
	.quad	__setup_str_setup_disableapic
# setup_func:
	.quad	setup_disableapic
# early:
	.long	1
	.zero	4
	.section	.init.rodata
	.type	__setup_str_setup_disableapic, @object
	.size	__setup_str_setup_disableapic, 12
__setup_str_setup_disableapic:
	.string	"disableapic"
	.local	multi_checked
	.comm	multi_checked,4,4
	.section	.data.once,"aw"
	.type	__already_done.1, @object
	.size	__already_done.1, 1
__already_done.1:
	.zero	1
	.data
	.align 32
	.type	cpuid_to_apicid, @object
	.size	cpuid_to_apicid, 32
cpuid_to_apicid:
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.align 4
	.type	nr_logical_cpuids, @object
	.size	nr_logical_cpuids, 4
nr_logical_cpuids:
	.long	1
	.globl	apic_intr_mode
	.section	.data..ro_after_init,"aw"
	.align 4
	.type	apic_intr_mode, @object
	.size	apic_intr_mode, 4
apic_intr_mode:
	.zero	4
	.section	.init.data,"aw"
	.align 8
	.type	lapic_cal_j2, @object
	.size	lapic_cal_j2, 8
lapic_cal_j2:
	.zero	8
	.align 8
	.type	lapic_cal_j1, @object
	.size	lapic_cal_j1, 8
lapic_cal_j1:
	.zero	8
	.align 8
	.type	lapic_cal_pm2, @object
	.size	lapic_cal_pm2, 8
lapic_cal_pm2:
	.zero	8
	.align 8
	.type	lapic_cal_pm1, @object
	.size	lapic_cal_pm1, 8
lapic_cal_pm1:
	.zero	8
	.align 8
	.type	lapic_cal_tsc2, @object
	.size	lapic_cal_tsc2, 8
lapic_cal_tsc2:
	.zero	8
	.align 8
	.type	lapic_cal_tsc1, @object
	.size	lapic_cal_tsc1, 8
lapic_cal_tsc1:
	.zero	8
	.align 8
	.type	lapic_cal_t2, @object
	.size	lapic_cal_t2, 8
lapic_cal_t2:
	.zero	8
	.align 8
	.type	lapic_cal_t1, @object
	.size	lapic_cal_t1, 8
lapic_cal_t1:
	.zero	8
	.align 4
	.type	lapic_cal_loops, @object
	.size	lapic_cal_loops, 4
lapic_cal_loops:
	.long	-1
	.section	.init.rodata
	.align 32
	.type	deadline_match, @object
	.size	deadline_match, 480
deadline_match:
# vendor:
	.value	0
# family:
	.value	6
# model:
	.value	63
# steppings:
	.value	4
# feature:
	.value	0
# flags:
	.value	1
# driver_data:
	.zero	4
	.quad	58
# vendor:
	.value	0
# family:
	.value	6
# model:
	.value	63
# steppings:
	.value	16
# feature:
	.value	0
# flags:
	.value	1
# driver_data:
	.zero	4
	.quad	15
# vendor:
	.value	0
# family:
	.value	6
# model:
	.value	79
# steppings:
	.value	0
# feature:
	.value	0
# flags:
	.value	1
# driver_data:
	.zero	4
	.quad	184549408
# vendor:
	.value	0
# family:
	.value	6
# model:
	.value	86
# steppings:
	.value	4
# feature:
	.value	0
# flags:
	.value	1
# driver_data:
	.zero	4
	.quad	17
# vendor:
	.value	0
# family:
	.value	6
# model:
	.value	86
# steppings:
	.value	8
# feature:
	.value	0
# flags:
	.value	1
# driver_data:
	.zero	4
	.quad	117440526
# vendor:
	.value	0
# family:
	.value	6
# model:
	.value	86
# steppings:
	.value	16
# feature:
	.value	0
# flags:
	.value	1
# driver_data:
	.zero	4
	.quad	251658252
# vendor:
	.value	0
# family:
	.value	6
# model:
	.value	86
# steppings:
	.value	32
# feature:
	.value	0
# flags:
	.value	1
# driver_data:
	.zero	4
	.quad	234881027
# vendor:
	.value	0
# family:
	.value	6
# model:
	.value	85
# steppings:
	.value	8
# feature:
	.value	0
# flags:
	.value	1
# driver_data:
	.zero	4
	.quad	16777526
# vendor:
	.value	0
# family:
	.value	6
# model:
	.value	85
# steppings:
	.value	16
# feature:
	.value	0
# flags:
	.value	1
# driver_data:
	.zero	4
	.quad	33554452
# vendor:
	.value	0
# family:
	.value	6
# model:
	.value	85
# steppings:
	.value	-32
# feature:
	.value	0
# flags:
	.value	1
# driver_data:
	.zero	4
	.quad	0
# vendor:
	.value	0
# family:
	.value	6
# model:
	.value	60
# steppings:
	.value	0
# feature:
	.value	0
# flags:
	.value	1
# driver_data:
	.zero	4
	.quad	34
# vendor:
	.value	0
# family:
	.value	6
# model:
	.value	69
# steppings:
	.value	0
# feature:
	.value	0
# flags:
	.value	1
# driver_data:
	.zero	4
	.quad	32
# vendor:
	.value	0
# family:
	.value	6
# model:
	.value	70
# steppings:
	.value	0
# feature:
	.value	0
# flags:
	.value	1
# driver_data:
	.zero	4
	.quad	23
# vendor:
	.value	0
# family:
	.value	6
# model:
	.value	61
# steppings:
	.value	0
# feature:
	.value	0
# flags:
	.value	1
# driver_data:
	.zero	4
	.quad	37
# vendor:
	.value	0
# family:
	.value	6
# model:
	.value	71
# steppings:
	.value	0
# feature:
	.value	0
# flags:
	.value	1
# driver_data:
	.zero	4
	.quad	23
# vendor:
	.value	0
# family:
	.value	6
# model:
	.value	78
# steppings:
	.value	0
# feature:
	.value	0
# flags:
	.value	1
# driver_data:
	.zero	4
	.quad	178
# vendor:
	.value	0
# family:
	.value	6
# model:
	.value	94
# steppings:
	.value	0
# feature:
	.value	0
# flags:
	.value	1
# driver_data:
	.zero	4
	.quad	178
# vendor:
	.value	0
# family:
	.value	6
# model:
	.value	142
# steppings:
	.value	0
# feature:
	.value	0
# flags:
	.value	1
# driver_data:
	.zero	4
	.quad	82
# vendor:
	.value	0
# family:
	.value	6
# model:
	.value	158
# steppings:
	.value	0
# feature:
	.value	0
# flags:
	.value	1
# driver_data:
	.zero	4
	.quad	82
	.zero	24
	.section	.data..percpu,"aw"
	.align 64
	.type	lapic_events, @object
	.size	lapic_events, 256
lapic_events:
	.zero	256
	.section	.rodata.str1.1
.LC78:
	.string	"lapic"
	.data
	.align 64
	.type	lapic_clockevent, @object
	.size	lapic_clockevent, 256
lapic_clockevent:
# set_next_event:
	.zero	8
	.quad	lapic_next_event
# shift:
	.zero	36
	.long	32
# features:
	.zero	4
	.long	27
# set_state_periodic:
	.zero	8
	.quad	lapic_timer_set_periodic
# set_state_oneshot:
	.quad	lapic_timer_set_oneshot
# set_state_oneshot_stopped:
	.quad	lapic_timer_shutdown
# set_state_shutdown:
	.quad	lapic_timer_shutdown
# broadcast:
	.zero	8
	.quad	lapic_timer_broadcast
# name:
	.zero	32
	.quad	.LC78
# rating:
	.long	100
# irq:
	.long	-1
	.zero	88
	.local	eilvt_offsets
	.comm	eilvt_offsets,16,16
	.section	.data..ro_after_init
	.align 8
	.type	apic_phys, @object
	.size	apic_phys, 8
apic_phys:
	.zero	8
	.globl	lapic_timer_period
	.bss
	.align 4
	.type	lapic_timer_period, @object
	.size	lapic_timer_period, 4
lapic_timer_period:
	.zero	4
	.section	.rodata.str1.1
.LC79:
	.string	"Local APIC"
	.data
	.align 32
	.type	lapic_resource, @object
	.size	lapic_resource, 64
lapic_resource:
# name:
	.zero	16
	.quad	.LC79
# flags:
	.quad	2147484160
	.zero	32
	.globl	smp_found_config
	.section	.data..ro_after_init
	.align 4
	.type	smp_found_config, @object
	.size	smp_found_config, 4
smp_found_config:
	.zero	4
	.globl	pic_mode
	.align 4
	.type	pic_mode, @object
	.size	pic_mode, 4
pic_mode:
	.zero	4
	.globl	apic_verbosity
	.align 4
	.type	apic_verbosity, @object
	.size	apic_verbosity, 4
apic_verbosity:
	.zero	4
	.globl	local_apic_timer_c2_ok
	.align 4
	.type	local_apic_timer_c2_ok, @object
	.size	local_apic_timer_c2_ok, 4
local_apic_timer_c2_ok:
	.zero	4
	.section	.init.data
	.align 4
	.type	disable_apic_timer, @object
	.size	disable_apic_timer, 4
disable_apic_timer:
	.zero	4
	.globl	disable_apic
	.section	.data..ro_after_init
	.align 4
	.type	disable_apic, @object
	.size	disable_apic, 4
disable_apic:
	.zero	4
	.globl	mp_lapic_addr
	.align 8
	.type	mp_lapic_addr, @object
	.size	mp_lapic_addr, 8
mp_lapic_addr:
	.zero	8
	.section	.init.setup
	.align 8
	.type	__setup_setup_apicpmtimer, @object
	.size	__setup_setup_apicpmtimer, 24
__setup_setup_apicpmtimer:
# str:
	.quad	__setup_str_setup_apicpmtimer
# setup_func:
	.quad	setup_apicpmtimer
# early:
	.long	0
	.zero	4
	.section	.init.rodata
	.type	__setup_str_setup_apicpmtimer, @object
	.size	__setup_str_setup_apicpmtimer, 12
__setup_str_setup_apicpmtimer:
	.string	"apicpmtimer"
	.section	.init.setup
	.align 8
	.type	__setup_parse_lapic, @object
	.size	__setup_parse_lapic, 24
__setup_parse_lapic:
# str:
	.quad	__setup_str_parse_lapic
# setup_func:
	.quad	parse_lapic
# early:
	.long	1
	.zero	4
	.section	.init.rodata
	.type	__setup_str_parse_lapic, @object
	.size	__setup_str_parse_lapic, 6
__setup_str_parse_lapic:
	.string	"lapic"
	.globl	x86_cpu_to_acpiid_early_ptr
	.section	.ref.data,"aw"
	.align 8
	.type	x86_cpu_to_acpiid_early_ptr, @object
	.size	x86_cpu_to_acpiid_early_ptr, 8
x86_cpu_to_acpiid_early_ptr:
	.quad	x86_cpu_to_acpiid_early_map
	.globl	x86_cpu_to_acpiid_early_map
	.section	.init.data
	.align 32
	.type	x86_cpu_to_acpiid_early_map, @object
	.size	x86_cpu_to_acpiid_early_map, 32
x86_cpu_to_acpiid_early_map:
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.globl	x86_bios_cpu_apicid_early_ptr
	.section	.ref.data
	.align 8
	.type	x86_bios_cpu_apicid_early_ptr, @object
	.size	x86_bios_cpu_apicid_early_ptr, 8
x86_bios_cpu_apicid_early_ptr:
	.quad	x86_bios_cpu_apicid_early_map
	.globl	x86_bios_cpu_apicid_early_map
	.section	.init.data
	.align 16
	.type	x86_bios_cpu_apicid_early_map, @object
	.size	x86_bios_cpu_apicid_early_map, 16
x86_bios_cpu_apicid_early_map:
	.value	-1
	.value	-1
	.value	-1
	.value	-1
	.value	-1
	.value	-1
	.value	-1
	.value	-1
	.globl	x86_cpu_to_apicid_early_ptr
	.section	.ref.data
	.align 8
	.type	x86_cpu_to_apicid_early_ptr, @object
	.size	x86_cpu_to_apicid_early_ptr, 8
x86_cpu_to_apicid_early_ptr:
	.quad	x86_cpu_to_apicid_early_map
	.globl	x86_cpu_to_apicid_early_map
	.section	.init.data
	.align 16
	.type	x86_cpu_to_apicid_early_map, @object
	.size	x86_cpu_to_apicid_early_map, 16
x86_cpu_to_apicid_early_map:
	.value	-1
	.value	-1
	.value	-1
	.value	-1
	.value	-1
	.value	-1
	.value	-1
	.value	-1
	.section	.data..ro_after_init
	.type	virt_ext_dest_id, @object
	.size	virt_ext_dest_id, 1
virt_ext_dest_id:
	.zero	1
	.align 4
	.type	apic_extnmi, @object
	.size	apic_extnmi, 4
apic_extnmi:
	.zero	4
	.align 4
	.type	disabled_cpu_apicid, @object
	.size	disabled_cpu_apicid, 4
disabled_cpu_apicid:
	.long	65535
	.globl	phys_cpu_present_map
	.bss
	.align 32
	.type	phys_cpu_present_map, @object
	.size	phys_cpu_present_map, 4096
phys_cpu_present_map:
	.zero	4096
	.local	max_physical_apicid
	.comm	max_physical_apicid,4,4
	.globl	boot_cpu_apic_version
	.section	.data..ro_after_init
	.type	boot_cpu_apic_version, @object
	.size	boot_cpu_apic_version, 1
boot_cpu_apic_version:
	.zero	1
	.globl	boot_cpu_physical_apicid
	.align 4
	.type	boot_cpu_physical_apicid, @object
	.size	boot_cpu_physical_apicid, 4
boot_cpu_physical_apicid:
	.long	-1
	.globl	disabled_cpus
	.bss
	.align 4
	.type	disabled_cpus, @object
	.size	disabled_cpus, 4
disabled_cpus:
	.zero	4
	.globl	num_processors
	.align 4
	.type	num_processors, @object
	.size	num_processors, 4
num_processors:
	.zero	4
	.globl	x86_bios_cpu_apicid
	.section	.data..percpu..read_mostly,"aw"
	.align 2
	.type	x86_bios_cpu_apicid, @object
	.size	x86_bios_cpu_apicid, 2
x86_bios_cpu_apicid:
	.value	-1
	.globl	x86_cpu_to_acpiid
	.align 4
	.type	x86_cpu_to_acpiid, @object
	.size	x86_cpu_to_acpiid, 4
x86_cpu_to_acpiid:
	.long	-1
	.globl	x86_cpu_to_apicid
	.align 2
	.type	x86_cpu_to_apicid, @object
	.size	x86_cpu_to_apicid, 2
x86_cpu_to_apicid:
	.value	-1
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
