// SPDX-License-Identifier: GPL-2.0
/*
 * Exercise, from user space, the kernel paths that are full of previrt
 * sites, and check that the results are right: port I/O after iopl() and
 * ioperm(), signal delivery and sigreturn, fork/exec/exit, page faults,
 * mmap/munmap/mprotect, system calls, the kernel's clock (rdtsc sites in
 * the kernel's TSC clocksource, reached through the system call, not the
 * vDSO), and with two CPUs migration between them and TLB shootdown IPIs.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <pthread.h>
#include <sched.h>
#include <setjmp.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/io.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "../kselftest.h"

static sigjmp_buf fault_jmp;
static volatile sig_atomic_t got_signal;

static void segv_handler(int sig)
{
	siglongjmp(fault_jmp, 1);
}

static void usr1_handler(int sig, siginfo_t *si, void *uc)
{
	got_signal = si->si_signo == SIGUSR1 && si->si_pid == getpid() ? 1 : -1;
}

static void test_port_io(void)
{
	unsigned char stat_b, sec;
	int ok;

	/* Port 0x80 is the POST diagnostic port: writes are harmless. */
	if (ioperm(0x80, 1, 1)) {
		ksft_test_result_skip("ioperm(0x80): %s\n", strerror(errno));
	} else {
		outb(0x42, 0x80);
		ksft_test_result_pass("ioperm + outb to port 0x80\n");
		ioperm(0x80, 1, 0);
	}
	if (iopl(3)) {
		ksft_test_result_skip("iopl(3): %s\n", strerror(errno));
		return;
	}
	/* The RTC seconds register, BCD or binary as status register B says. */
	outb(0x0b, 0x70);
	stat_b = inb(0x71);
	outb(0x00, 0x70);
	sec = inb(0x71);
	iopl(0);
	if (stat_b == 0xff && sec == 0xff) {
		/* All ones: nothing decodes the ports (Xen PV and PVH guests). */
		ksft_test_result_skip("iopl(3) + port I/O worked, but no RTC at 0x70/0x71\n");
		return;
	}
	ok = (stat_b & 4) ? sec < 60 : (sec & 0xf) < 10 && (sec >> 4) < 6;
	ksft_test_result(ok, "iopl(3) + RTC read through ports 0x70/0x71 (B=%#x, sec=%#x)\n",
			 stat_b, sec);
}

static void test_signals(void)
{
	struct sigaction sa = { .sa_sigaction = usr1_handler, .sa_flags = SA_SIGINFO };
	volatile uint64_t canary = 0x0123456789abcdefULL;
	int i, ok = 1;

	sigaction(SIGUSR1, &sa, NULL);
	for (i = 0; i < 1000 && ok; i++) {
		got_signal = 0;
		raise(SIGUSR1);
		ok = got_signal == 1 && canary == 0x0123456789abcdefULL;
	}
	ksft_test_result(ok, "1000 signal deliveries and sigreturns\n");
}

static void test_fork_exec(void)
{
	int i, status, ok = 1;

	for (i = 0; i < 50 && ok; i++) {
		pid_t pid = fork();

		if (pid == 0) {
			/* This program again, which exits at once: see main(). */
			execl("/proc/self/exe", "sensitive_paths", "--exit", NULL);
			_exit(127);
		}
		if (pid < 0) {
			ksft_print_msg("child %d: fork: %s\n", i, strerror(errno));
			ok = 0;
		} else if (waitpid(pid, &status, 0) != pid) {
			ksft_print_msg("child %d: waitpid: %s\n", i, strerror(errno));
			ok = 0;
		} else if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
			ksft_print_msg("child %d: pid %d, %s %d\n", i, pid,
				       WIFSIGNALED(status) ? "signal" : "exit status",
				       WIFSIGNALED(status) ? WTERMSIG(status) :
				       WEXITSTATUS(status));
			ok = 0;
		}
	}
	ksft_test_result(ok, "50 fork + exec + exit + wait\n");
}

static void test_memory(void)
{
	size_t len = 256 * 4096, i;
	unsigned char *p = mmap(NULL, len, PROT_READ | PROT_WRITE,
				MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	int ok = p != MAP_FAILED;

	for (i = 0; ok && i < len; i += 4096)
		p[i] = (unsigned char)(i >> 12);
	for (i = 0; ok && i < len; i += 4096)
		ok = p[i] == (unsigned char)(i >> 12);
	ksft_test_result(ok, "256 page faults, data intact\n");

	ok = ok && !mprotect(p, len, PROT_READ);
	signal(SIGSEGV, segv_handler);
	if (ok && sigsetjmp(fault_jmp, 1) == 0) {
		p[4096] = 0x5a;
		ok = 0;		/* the write must fault */
	}
	signal(SIGSEGV, SIG_DFL);
	ksft_test_result(ok && p[4096] == 1,
			 "write to a read-only mapping faults and does not land (%#x)\n",
			 ok ? p[4096] : 0);
	ksft_test_result(!munmap(p, len), "munmap\n");
}

static void test_syscalls(void)
{
	pid_t pid = getpid();
	int i, ok = 1;

	for (i = 0; i < 10000 && ok; i++)
		ok = syscall(SYS_getpid) == pid;
	ksft_test_result(ok, "10000 getpid system calls\n");
}

/* The kernel's clock, by system call: the vDSO would read the TSC itself. */
static long long kernel_clock_ns(void)
{
	struct timespec ts;

	if (syscall(SYS_clock_gettime, CLOCK_MONOTONIC, &ts))
		return -1;
	return ts.tv_sec * 1000000000LL + ts.tv_nsec;
}

static void test_kernel_clock(void)
{
	long long t0, t1;
	int i, ok = 1;

	t0 = kernel_clock_ns();
	usleep(2000);
	t1 = kernel_clock_ns();
	ksft_test_result(t0 > 0 && t1 - t0 >= 2000000 && t1 - t0 < 2000000000LL,
			 "kernel clock advances %lld ns over a 2 ms sleep\n", t1 - t0);
	for (i = 0; i < 1000 && ok; i++) {
		t1 = kernel_clock_ns();
		ok = t1 >= t0;
		t0 = t1;
	}
	ksft_test_result(ok, "kernel clock monotonic over 1000 reads\n");
}

static atomic_int spin_stop;
static unsigned char *shared_page;
static sigjmp_buf thread_jmp;
static atomic_int thread_faulted, thread_ready;

static void thread_segv(int sig)
{
	siglongjmp(thread_jmp, 1);
}

static void *writer(void *arg)
{
	cpu_set_t set;

	CPU_ZERO(&set);
	CPU_SET(1, &set);
	sched_setaffinity(0, sizeof(set), &set);
	if (sigsetjmp(thread_jmp, 1)) {
		atomic_store(&thread_faulted, 1);
		return NULL;
	}
	/* Keep a TLB entry for the page hot on CPU 1. */
	while (!atomic_load(&spin_stop)) {
		shared_page[0]++;
		atomic_store(&thread_ready, 1);
	}
	return NULL;
}

static void test_smp(void)
{
	long ncpu = sysconf(_SC_NPROCESSORS_ONLN);
	int i, ok = 1, moves = 0;
	pthread_t t;
	cpu_set_t set;

	if (ncpu < 2) {
		ksft_test_result_skip("migration between CPUs: %ld CPU online\n", ncpu);
		ksft_test_result_skip("TLB shootdown IPI: %ld CPU online\n", ncpu);
		return;
	}
	for (i = 0; i < 200 && ok; i++) {
		CPU_ZERO(&set);
		CPU_SET(i & 1, &set);
		ok = !sched_setaffinity(0, sizeof(set), &set) && sched_getcpu() == (i & 1);
		moves += ok;
	}
	ksft_test_result(ok, "%d migrations between CPU 0 and CPU 1\n", moves);

	CPU_ZERO(&set);
	CPU_SET(0, &set);
	sched_setaffinity(0, sizeof(set), &set);
	shared_page = mmap(NULL, 4096, PROT_READ | PROT_WRITE,
			   MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	signal(SIGSEGV, thread_segv);
	pthread_create(&t, NULL, writer, NULL);
	while (!atomic_load(&thread_ready))
		sched_yield();
	/* Revoking write access must reach CPU 1's TLB through an IPI. */
	mprotect(shared_page, 4096, PROT_READ);
	for (i = 0; i < 2000 && !atomic_load(&thread_faulted); i++)
		usleep(1000);
	atomic_store(&spin_stop, 1);
	pthread_join(t, NULL);
	signal(SIGSEGV, SIG_DFL);
	ksft_test_result(atomic_load(&thread_faulted),
			 "write on CPU 1 faults after mprotect on CPU 0 (TLB shootdown)\n");
	munmap(shared_page, 4096);
}

int main(int argc, char **argv)
{
	if (argc > 1 && !strcmp(argv[1], "--exit"))
		return 0;
	ksft_print_header();
	ksft_set_plan(12);
	test_port_io();
	test_signals();
	test_fork_exec();
	test_memory();
	test_syscalls();
	test_kernel_clock();
	test_smp();
	ksft_finished();
}
