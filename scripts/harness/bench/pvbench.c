// SPDX-License-Identifier: GPL-2.0
/*
 * pvbench: lmbench-style kernel microbenchmarks, run inside the guest.
 *
 * Under QEMU TCG with -icount shift=0,sleep=off every guest instruction
 * advances guest time by 1 ns, so the "ns per op" printed here are guest
 * instructions per op: deterministic, and comparable between kernels run
 * side by side.  Each op is timed REPS times over ITER iterations; the
 * median is printed as "@@BENCH <op> <ns-per-op> <min> <max>".
 *
 * With "pvbench.clock=tsc" on the kernel command line (or --tsc) the ops
 * are timed with rdtsc instead, in TSC ticks per op: the Xen benchmark
 * uses it, because a domU's TSC (tsc_mode "native") under -icount counts
 * the instructions of the whole machine, Xen's included, while each guest
 * kernel's clocksource (Xen's pvclock, the TSC with its own calibration)
 * scales them its own way.  After the ops come the clock's ticks per
 * instruction of a short dec/jnz loop and of 50 longer ones ("@@BENCH-CAL
 * insn_loop", "@@BENCH-CAL background") and one more op, cpuid (an exit
 * to the hypervisor under Xen).
 *
 * With "pvbench.exits=1" nothing is timed: each op runs ITER times
 * between two marks, "@@PVEXITS begin|end OP ITER" lines on the console,
 * after each of which pvbench waits for a newline on the console.  The
 * KVM benchmark's L1 reads its exit counters when it sees a mark and then
 * sends the newline (scripts/harness/kvm.sh), so that the difference is
 * the VM exits of ITER ops plus those of one mark; the op "empty" gives
 * the latter.
 */
#define _GNU_SOURCE
#include <fcntl.h>
#include <poll.h>
#include <sched.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <termios.h>
#include <time.h>
#include <unistd.h>

#define REPS 7

static int use_tsc;
static int exits_fd = -1;
static struct termios exits_tio;

/*
 * Exits mode: print the mark and wait for L1's newline (non-canonical,
 * without echo, so that the answer adds no console output); give up
 * after 60 s.
 */
static void exits_mark(const char *what, const char *op, int iter)
{
	char buf[128], c;
	struct pollfd pfd = { .fd = exits_fd, .events = POLLIN };
	int n = snprintf(buf, sizeof(buf), "@@PVEXITS %s %s %d\n", what, op, iter);

	fflush(stdout);
	if (write(1, buf, n) != n || poll(&pfd, 1, 60000) != 1 || read(exits_fd, &c, 1) != 1) {
		printf("@@PVEXITS-NOANSWER %s %s\n", what, op);
		tcsetattr(exits_fd, TCSANOW, &exits_tio);
		exit(1);
	}
}

static void exits_open(void)
{
	struct termios t;

	exits_fd = open("/dev/console", O_RDWR | O_NOCTTY);
	if (exits_fd < 0 || tcgetattr(exits_fd, &exits_tio)) {
		printf("@@PVEXITS-NOCONSOLE\n");
		exit(1);
	}
	t = exits_tio;
	t.c_lflag &= ~(ICANON | ECHO);
	t.c_cc[VMIN] = 1;
	t.c_cc[VTIME] = 0;
	tcsetattr(exits_fd, TCSANOW, &t);
	tcflush(exits_fd, TCIFLUSH);
}

static double now_ns(void)
{
	struct timespec ts;

	if (use_tsc) {
		unsigned int lo, hi;

		asm volatile("lfence; rdtsc" : "=a" (lo), "=d" (hi) :: "memory");
		return (double)((unsigned long long)hi << 32 | lo);
	}
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1e9 + ts.tv_nsec;
}

/* The first line of FILE, newline stripped, into BUF ("?" if none). */
static void read_line(const char *file, char *buf, int len)
{
	FILE *f = fopen(file, "r");

	if (!f || !fgets(buf, len, f))
		snprintf(buf, len, "?");
	if (f)
		fclose(f);
	buf[strcspn(buf, "\n")] = 0;
}

static int cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return x < y ? -1 : x > y;
}

static void report_n(const char *tag, const char *fmt, const char *op, double *v, int n)
{
	qsort(v, n, sizeof(*v), cmp_double);
	printf("%s %s ", tag, op);
	printf(fmt, v[n / 2], v[0], v[n - 1]);
	printf("\n");
	if (!use_tsc)
		fflush(stdout);
}

static void report(const char *op, double *v)
{
	report_n("@@BENCH", "%.1f %.1f %.1f", op, v, REPS);
}

#define BENCH(op, iter, body) do {					\
	double v[REPS];							\
	int r, i;							\
	for (i = 0; i < (iter) / 10 + 1; i++) { body; }			\
	if (exits_fd >= 0) {						\
		exits_mark("begin", op, iter);				\
		for (i = 0; i < (iter); i++) { body; }			\
		exits_mark("end", op, iter);				\
		break;							\
	}								\
	for (r = 0; r < REPS; r++) {					\
		double t0 = now_ns();					\
		for (i = 0; i < (iter); i++) { body; }			\
		v[r] = (now_ns() - t0) / (iter);			\
	}								\
	report(op, v);							\
} while (0)

static void do_cpuid(void)
{
	unsigned int a = 0, b, c = 0, d;

	asm volatile("cpuid" : "+a" (a), "=b" (b), "+c" (c), "=d" (d));
}

static volatile sig_atomic_t hits;
static void handler(int sig) { hits++; }

static void pin(int cpu)
{
	cpu_set_t set;

	CPU_ZERO(&set);
	CPU_SET(cpu, &set);
	sched_setaffinity(0, sizeof(set), &set);
}

int main(int argc, char **argv)
{
	int p1[2], p2[2];
	char c = 0, line[4096], cs[64];
	pid_t pid;

	if (argc > 1 && !strcmp(argv[1], "--exit"))
		return 0;
	read_line("/proc/cmdline", line, sizeof(line));
	use_tsc = (argc > 1 && !strcmp(argv[1], "--tsc")) ||
		  strstr(line, "pvbench.clock=tsc");
	read_line("/sys/devices/system/clocksource/clocksource0/current_clocksource",
		  cs, sizeof(cs));
	pin(0);
	if (strstr(line, "pvbench.exits=1")) {
		setvbuf(stdout, NULL, _IOLBF, 0);
		exits_open();
		use_tsc = 0;
	} else if (use_tsc) {
		/*
		 * The TSC counts what the whole machine executes: under Xen
		 * the console's traffic (dom0's xenconsoled, the relay to
		 * the serial line) would run during the timings.  So the
		 * results wait in the buffer until the end (the children
		 * leave with _exit() or exec, never flushing a copy), and
		 * the console drains first (idle time costs nothing under
		 * -icount sleep=off).
		 */
		setvbuf(stdout, NULL, _IOFBF, 1 << 16);
		sleep(2);
	} else {
		setvbuf(stdout, NULL, _IOLBF, 0);
	}
	printf("@@BENCH-CLOCK %s clocksource=%s\n",
	       exits_fd >= 0 ? "exits" : use_tsc ? "tsc" : "monotonic", cs);

	/*
	 * The exits of a mark alone; the second counts (the first window
	 * also had the console's first answer).
	 */
	if (exits_fd >= 0) {
		BENCH("empty", 2000, asm volatile("" ::: "memory"));
		BENCH("empty", 2000, asm volatile("" ::: "memory"));
	}

	BENCH("null_syscall", 20000, syscall(SYS_getppid));

	signal(SIGUSR1, handler);
	BENCH("signal", 5000, kill(getpid(), SIGUSR1));

	if (pipe(p1) || pipe(p2))
		return 1;
	pid = fork();
	if (pid == 0) {
		close(p1[1]);
		close(p2[0]);
		while (read(p1[0], &c, 1) == 1)
			if (write(p2[1], &c, 1) != 1)
				break;
		_exit(0);
	}
	BENCH("pipe_roundtrip", 2000,
	      if (write(p1[1], &c, 1) != 1 || read(p2[0], &c, 1) != 1) return 1);
	close(p1[1]);
	close(p2[0]);
	waitpid(pid, NULL, 0);

	pid = fork();
	if (pid == 0) {
		for (;;)
			sched_yield();
	}
	BENCH("context_switch", 2000, sched_yield());
	kill(pid, SIGKILL);
	waitpid(pid, NULL, 0);

	BENCH("fork_exit", 200,
	      pid = fork(); if (!pid) _exit(0); waitpid(pid, NULL, 0));

	BENCH("fork_exec", 100,
	      pid = fork();
	      if (!pid) { execl(argv[0], argv[0], "--exit", NULL); _exit(1); }
	      waitpid(pid, NULL, 0));

	BENCH("mmap_munmap", 2000,
	      void *m = mmap(NULL, 65536, PROT_READ | PROT_WRITE,
			     MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	      munmap(m, 65536));

	{
		size_t len = 256 * 4096, off;
		double v[REPS];
		int r;

		for (r = 0; r < REPS; r++) {
			if (exits_fd >= 0 && r)
				break;
			char *m = mmap(NULL, len, PROT_READ | PROT_WRITE,
				       MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
			double t0 = now_ns();

			if (exits_fd >= 0)
				exits_mark("begin", "page_fault", len / 4096);
			for (off = 0; off < len; off += 4096)
				m[off] = 1;
			if (exits_fd >= 0)
				exits_mark("end", "page_fault", len / 4096);
			v[r] = (now_ns() - t0) / (len / 4096);
			munmap(m, len);
		}
		if (exits_fd < 0)
			report("page_fault", v);
	}

	/*
	 * Calibration: the clock's ticks per instruction, from a loop of
	 * 2 * 100000 instructions (1.0 under -icount shift=0 when nothing
	 * else runs; interrupts and other domains add to it), and a cpuid,
	 * which Xen's guests exit on.
	 */
	if (exits_fd < 0) {
		double v[REPS];
		int r;

		for (r = 0; r < REPS; r++) {
			unsigned long n = 100000;
			double t0 = now_ns();

			asm volatile("1: dec %0; jnz 1b" : "+r" (n));
			v[r] = (now_ns() - t0) / 200000;
		}
		report_n("@@BENCH-CAL", "%.6f %.6f %.6f", "insn_loop", v, REPS);
	}
	/*
	 * The share of the machine this program gets: ticks per instruction
	 * of 50 stretches of 10^7 instructions (10 ms each under -icount
	 * shift=0), median, min and max.  Above 1.0 by what timer
	 * interrupts, the hypervisor and other domains took meanwhile: the
	 * median is the steady load (the timer tick), the max shows rarer
	 * work (Xen's dom0 runs "xl list" once a second).
	 */
	if (exits_fd < 0) {
		double v[50];
		int r;

		for (r = 0; r < 50; r++) {
			unsigned long n = 5000000;
			double t0 = now_ns();

			asm volatile("1: dec %0; jnz 1b" : "+r" (n));
			v[r] = (now_ns() - t0) / 10000000;
		}
		report_n("@@BENCH-CAL", "%.6f %.6f %.6f", "background", v, 50);
	}
	BENCH("cpuid", 2000, do_cpuid());
	if (exits_fd >= 0)
		tcsetattr(exits_fd, TCSANOW, &exits_tio);
	printf("@@BENCH-END\n");
	return 0;
}
