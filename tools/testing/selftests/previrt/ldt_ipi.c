// SPDX-License-Identifier: GPL-2.0
/*
 * Interrupts on the way in from and out to user mode, many times over:
 * CPU 0 spins in user mode with SS loaded from its LDT while CPU 1 clears
 * that LDT entry.  modify_ldt() on CPU 1 sends CPU 0 an IPI, whose return
 * to user mode (an IRET from the espfix64 stack) must fault and end in
 * SIGSEGV.  The kernel's ldt_gdt selftest does this five times; a runtime
 * whose interrupt delivery breaks under that load (Xen's callback vector
 * on a PVH domU was delivered a second time inside its own entry stub)
 * needs hundreds.  Arguments: at most ITERS iterations (default 1000) in
 * at most SECONDS (default 20; the emulated platforms differ tenfold).
 */
#define _GNU_SOURCE
#include <asm/ldt.h>
#include <errno.h>
#include <linux/futex.h>
#include <pthread.h>
#include <sched.h>
#include <setjmp.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

#include "../kselftest.h"

/* 0: CPU 1 is idle; 1: armed; 2: go (CPU 0 runs on SS 0x7); 3: quit. */
static atomic_int state;
static sigjmp_buf jmp;
/* Not locals: a local changed after sigsetjmp() is indeterminate after siglongjmp(). */
static int faults, missed;

/* A flat 32-bit writable data segment, DPL 3, at LDT entry @n. */
static int install_ldt_entry(unsigned int n)
{
	struct user_desc d = {
		.entry_number	= n,
		.limit		= 0xfffff,
		.seg_32bit	= 1,
		.limit_in_pages	= 1,
	};

	return syscall(SYS_modify_ldt, 0x11, &d, sizeof(d));
}

/* modify_ldt(1) with base and limit 0 clears the entry (entry 0 here). */
static int clear_ldt_entry0(void)
{
	struct user_desc d = { 0 };

	return syscall(SYS_modify_ldt, 1, &d, sizeof(d));
}

static int pin(int cpu)
{
	cpu_set_t set;

	CPU_ZERO(&set);
	CPU_SET(cpu, &set);
	return sched_setaffinity(0, sizeof(set), &set);
}

static void wait_state(int old)
{
	syscall(SYS_futex, &state, FUTEX_WAIT, old, NULL, NULL, 0);
}

static void wake(void)
{
	syscall(SYS_futex, &state, FUTEX_WAKE, 1, NULL, NULL, 0);
}

static void *cpu1(void *arg)
{
	int s;

	if (pin(1))
		return (void *)1L;
	for (;;) {
		s = atomic_load(&state);
		if (s == 3)
			return NULL;
		if (s == 0) {
			wait_state(0);
			continue;
		}
		if (s != 2)
			continue;
		/* Entry 0 goes away under CPU 0's SS: an IPI to CPU 0. */
		if (clear_ldt_entry0())
			return (void *)2L;
		atomic_store(&state, 0);
	}
}

static void segv(int sig)
{
	siglongjmp(jmp, 1);
}

int main(int argc, char **argv)
{
	int iters = argc > 1 ? atoi(argv[1]) : 1000;
	int secs = argc > 2 ? atoi(argv[2]) : 20;
	struct sigaction sa = { .sa_handler = segv, .sa_flags = SA_NODEFER };
	struct timespec t0, now;
	unsigned short ss;
	pthread_t t;
	void *ret;
	int i;

	ksft_print_header();
	ksft_set_plan(1);
	if (sysconf(_SC_NPROCESSORS_ONLN) < 2 || pin(0))
		ksft_exit_skip("needs CPUs 0 and 1\n");
	/* A 64 KiB LDT, as the kernel's ldt_gdt selftest leaves it. */
	if (install_ldt_entry(8191))
		ksft_exit_skip("modify_ldt: %s\n", strerror(errno));
	if (sigaction(SIGSEGV, &sa, NULL) || pthread_create(&t, NULL, cpu1, NULL))
		ksft_exit_fail_msg("sigaction or pthread_create failed\n");
	asm volatile ("mov %%ss, %0" : "=rm" (ss));
	clock_gettime(CLOCK_MONOTONIC, &t0);

	for (i = 0; i < iters; i++) {
		while (atomic_load(&state) != 0)
			;
		clock_gettime(CLOCK_MONOTONIC, &now);
		if (now.tv_sec - t0.tv_sec >= secs)
			break;
		if (install_ldt_entry(0))
			ksft_exit_fail_msg("modify_ldt: %s\n", strerror(errno));
		if (sigsetjmp(jmp, 1)) {
			/* The IRET to SS 0x7 faulted: what should happen. */
			faults++;
			continue;
		}
		atomic_store(&state, 1);
		wake();
		/* LDT entry 0, RPL 3. */
		asm volatile ("mov %0, %%ss" : : "r" (0x7));
		atomic_store(&state, 2);
		while (atomic_load(&state) == 2)
			;
		/* CPU 1 cleared the entry and we came back without a fault. */
		asm volatile ("mov %0, %%ss" : : "rm" (ss));
		missed++;
	}
	while (atomic_load(&state) != 0)
		;
	atomic_store(&state, 3);
	wake();
	pthread_join(t, &ret);
	if (ret)
		ksft_exit_fail_msg("CPU 1's thread failed (%ld)\n", (long)ret);
	ksft_test_result(i > 0 && faults == i && !missed,
			 "%d cross-CPU LDT invalidations in %ld s: %d faulted, %d did not\n",
			 i, (long)(now.tv_sec - t0.tv_sec), faults, missed);
	ksft_finished();
}
