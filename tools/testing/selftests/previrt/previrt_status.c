// SPDX-License-Identifier: GPL-2.0
/*
 * Check the previrt statistics in /sys/kernel/debug/previrt/ against what
 * the test harness says the platform is.  The harness passes its
 * expectations on the kernel command line:
 *
 *   pvtest.platform=tcg|kvm|xen-hvm|...   where the kernel was booted
 *   pvtest.runtime=NAME                   the runtime that must be in use
 *   pvtest.chosen=detected|parameter      how it must have been chosen
 *   pvtest.early=yes|no                   whether the early pass ran
 *   pvtest.features=A,B,...               platform features the runtime
 *                                         must say it uses
 *
 * On a kernel without CONFIG_PREVIRT the test is skipped, unless the
 * harness said a runtime must be in use.
 */
#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../kselftest.h"

#define STATUS	"/sys/kernel/debug/previrt/status"
#define KINDS	"/sys/kernel/debug/previrt/kinds"

static char cmdline[4096];

static const char *cmdline_arg(const char *key, char *buf, size_t len)
{
	size_t klen = strlen(key);
	char *p = cmdline;

	while ((p = strstr(p, key))) {
		if ((p == cmdline || p[-1] == ' ') && p[klen] == '=') {
			size_t n = strcspn(p + klen + 1, " \n");

			if (n >= len)
				n = len - 1;
			memcpy(buf, p + klen + 1, n);
			buf[n] = 0;
			return buf;
		}
		p += klen;
	}
	return NULL;
}

static int status_field(const char *text, const char *key, char *buf, size_t len)
{
	const char *p = text;
	size_t klen = strlen(key);

	while (p && *p) {
		if (!strncmp(p, key, klen) && p[klen] == ':') {
			size_t n;

			p += klen + 1;
			while (*p == ' ')
				p++;
			n = strcspn(p, "\n");
			if (n >= len)
				n = len - 1;
			memcpy(buf, p, n);
			buf[n] = 0;
			return 0;
		}
		p = strchr(p, '\n');
		if (p)
			p++;
	}
	return -1;
}

static long status_num(const char *text, const char *key)
{
	char buf[64];

	if (status_field(text, key, buf, sizeof(buf)))
		return -1;
	return strtol(buf, NULL, 10);
}

static size_t read_file(const char *path, char *buf, size_t len)
{
	FILE *f = fopen(path, "r");
	size_t n;

	if (!f)
		return 0;
	n = fread(buf, 1, len - 1, f);
	buf[n] = 0;
	fclose(f);
	return n;
}

/*
 * kind_rewritten() - the "rewritten" column of KIND's row in the kinds table
 * ("kind rewritten native failed replaced idle"), -1 if it has no row.
 */
static long kind_rewritten(const char *kinds, const char *kind)
{
	char key[40];
	const char *p;
	long n;

	snprintf(key, sizeof(key), "\n%s ", kind);
	p = strstr(kinds, key);
	if (!p || sscanf(p + strlen(key), "%ld", &n) != 1)
		return -1;
	return n;
}

/*
 * Kinds the Xen PVH runtime must have rewritten, not left native: it
 * models the 8250 UART of console=ttyS0 on the Xen console ring at the
 * port I/O sites.
 */
static const char *const xen_pvh_kinds[] = { "IN", "OUT" };

/*
 * Where WORD is one of the space-separated words of LIST, alone or as
 * WORD=VALUE; NULL if it is not.
 */
static const char *find_word(const char *list, const char *word)
{
	size_t len = strlen(word);
	const char *p = list;

	while (len && (p = strstr(p, word))) {
		if ((p == list || p[-1] == ' ') &&
		    (!p[len] || p[len] == ' ' || p[len] == '='))
			return p;
		p++;
	}
	return NULL;
}

static bool has_word(const char *list, const char *word)
{
	return find_word(list, word);
}

/*
 * Every comma-separated name of WANT must be a word of the status
 * "features:" line.
 */
static bool features_ok(const char *have, const char *want)
{
	char word[64];
	const char *p = want;

	while (*p) {
		size_t n = strcspn(p, ",");

		if (n >= sizeof(word))
			return false;
		memcpy(word, p, n);
		word[n] = 0;
		if (n && !has_word(have, word))
			return false;
		p += n;
		if (*p == ',')
			p++;
	}
	return true;
}

/* Kinds every x86-64 previrt kernel of the harness configuration has. */
static const char *const expected_kinds[] = {
	"CLI", "STI", "PUSHF", "CR_READ", "CR_WRITE", "RDMSR", "WRMSR",
	"SWAPGS", "SYSRET", "IRET", "HLT", "CPUID", "IN", "OUT", "LGDT",
	"LIDT", "LTR", "INVLPG", "RDTSC", "LRET", "CLAC", "STAC",
};

int main(void)
{
	char status[4096], kinds[16384], want_rt[64], want_chosen[64], want_early[8];
	char platform[64], runtime[64], chosen[128], hv[128], early[16];
	char features[128], want_features[128];
	long records, handed, rewritten, native, failed, replaced, idle, altsites;
	bool expect_previrt, xen_pvh, kvm;
	unsigned int i;

	read_file("/proc/cmdline", cmdline, sizeof(cmdline));
	expect_previrt = cmdline_arg("pvtest.runtime", want_rt, sizeof(want_rt)) != NULL;
	if (!cmdline_arg("pvtest.platform", platform, sizeof(platform)))
		strcpy(platform, "unknown");

	ksft_print_header();
	if (!read_file(STATUS, status, sizeof(status))) {
		if (!expect_previrt)
			ksft_exit_skip("no %s: not a previrt kernel (%s)\n", STATUS,
				       strerror(errno));
		ksft_exit_fail_msg("%s missing but the harness expects runtime %s\n",
				   STATUS, want_rt);
	}
	status_field(status, "runtime", runtime, sizeof(runtime));
	status_field(status, "chosen", chosen, sizeof(chosen));
	status_field(status, "platform", hv, sizeof(hv));
	status_field(status, "early", early, sizeof(early));
	if (status_field(status, "features", features, sizeof(features)))
		strcpy(features, "(no features line)");
	xen_pvh = !strcmp(runtime, "xen-pvh");
	kvm = !strcmp(runtime, "kvm");

	ksft_set_plan(11 + ARRAY_SIZE(expected_kinds) +
		      (xen_pvh ? ARRAY_SIZE(xen_pvh_kinds) : 0) + 2 * kvm);
	ksft_print_msg("platform %s; %s", platform, status);

	if (expect_previrt)
		ksft_test_result(!strcmp(runtime, want_rt),
				 "runtime is %s (expected %s)\n", runtime, want_rt);
	else
		ksft_test_result(!strcmp(runtime, "native"),
				 "runtime is %s (expected native)\n", runtime);

	if (!cmdline_arg("pvtest.chosen", want_chosen, sizeof(want_chosen)))
		strcpy(want_chosen, "detected");
	ksft_test_result(!strncmp(chosen, want_chosen, strlen(want_chosen)),
			 "runtime chosen by '%s' (expected '%s')\n", chosen, want_chosen);

	/* What the kernel says the platform is must match the harness. */
	if (!strcmp(platform, "tcg") || !strcmp(platform, "tcg-smap"))
		ksft_test_result(!strcmp(hv, "bare metal") ||
				 !strcmp(hv, "hypervisor without a known signature"),
				 "platform '%s' on tcg\n", hv);
	else if (!strcmp(platform, "kvm") || !strcmp(platform, "kvm-tcg"))
		ksft_test_result(!strcmp(hv, "KVM"), "platform '%s' on %s\n", hv, platform);
	else if (!strcmp(platform, "xen-hvm"))
		ksft_test_result(!strcmp(hv, "Xen HVM"), "platform '%s' on xen-hvm\n", hv);
	else if (!strcmp(platform, "xen-pvh"))
		ksft_test_result(!strcmp(hv, "Xen PVH"), "platform '%s' on xen-pvh\n", hv);
	else
		ksft_test_result_skip("platform '%s' on %s: no expectation\n", hv, platform);

	if (!cmdline_arg("pvtest.early", want_early, sizeof(want_early)))
		strcpy(want_early, "no");
	ksft_test_result(!strcmp(early, want_early), "early pass: %s (expected %s)\n",
			 early, want_early);

	if (cmdline_arg("pvtest.features", want_features, sizeof(want_features)))
		ksft_test_result(features_ok(features, want_features),
				 "features: %s (expected %s)\n", features, want_features);
	else
		ksft_test_result_skip("features: %s: no expectation\n", features);

	records = status_num(status, "records");
	handed = status_num(status, "handed");
	rewritten = status_num(status, "rewritten");
	native = status_num(status, "native");
	failed = status_num(status, "failed");
	replaced = status_num(status, "replaced");
	idle = status_num(status, "idle");
	altsites = status_num(status, "altsites");
	ksft_test_result(records > 1000, "%ld site records (expected > 1000)\n", records);
	ksft_test_result(failed == 0, "%ld sites failed\n", failed);
	/*
	 * The records are counted from the sizes of the tables, the rest by
	 * what the patcher did with each: every record must have been handed
	 * to the runtime, replaced by an installed alternative, or left idle
	 * in an alternative that was not installed, exactly once.
	 */
	ksft_test_result(records == handed + replaced + idle,
			 "records %ld = handed %ld + replaced %ld + idle %ld\n",
			 records, handed, replaced, idle);
	/*
	 * apply_alternatives() installs replacements with sites on every
	 * x86-64 CPU of the harness (rdtsc_ordered(): rdtscp or lfence;
	 * rdtsc): their sites must have been handed over where they were
	 * copied to.
	 */
	ksft_test_result(altsites > 0, "%ld sites of installed alternatives handed over\n",
			 altsites);
	/* Native folds the padding of every site it can: rewritten. */
	if (!strcmp(runtime, "native"))
		ksft_test_result(rewritten > handed / 2 && native > 0,
				 "native runtime folded %ld of %ld sites (%ld left as they are)\n",
				 rewritten, handed, native);
	else
		ksft_test_result(rewritten > 0, "runtime %s rewrote %ld sites\n",
				 runtime, rewritten);

	if (!read_file(KINDS, kinds, sizeof(kinds))) {
		ksft_test_result_fail("cannot read %s\n", KINDS);
		for (i = 0; i < ARRAY_SIZE(expected_kinds); i++)
			ksft_test_result_skip("kind %s\n", expected_kinds[i]);
		for (i = 0; xen_pvh && i < ARRAY_SIZE(xen_pvh_kinds); i++)
			ksft_test_result_fail("kind %s rewritten: no kinds table\n",
					      xen_pvh_kinds[i]);
		if (kvm) {
			ksft_test_result_fail("kind OUT rewritten: no kinds table\n");
			ksft_test_result_fail("kind MEM_TLB_FLUSH_MULTI: no kinds table\n");
		}
		ksft_finished();
	}
	ksft_test_result_pass("read %s\n", KINDS);
	ksft_print_msg("%s", kinds);

	for (i = 0; i < ARRAY_SIZE(expected_kinds); i++) {
		char key[40];
		const char *p;

		snprintf(key, sizeof(key), "\n%s ", expected_kinds[i]);
		p = strstr(kinds, key);
		ksft_test_result(p != NULL, "kind %s has sites\n", expected_kinds[i]);
	}
	for (i = 0; xen_pvh && i < ARRAY_SIZE(xen_pvh_kinds); i++) {
		long n = kind_rewritten(kinds, xen_pvh_kinds[i]);

		ksft_test_result(n > 0, "runtime xen-pvh rewrote %ld %s sites\n",
				 n, xen_pvh_kinds[i]);
	}
	/*
	 * KVM's NOP_IO_DELAY: the port 0x80 delays become NOPs; the runtime
	 * counts them (nop_io_delay=N), since the kinds table counts the OUT
	 * sites that the native rules fold as rewritten too.
	 */
	if (kvm && has_word(features, "nop_io_delay")) {
		const char *p = find_word(features, "nop_io_delay");
		long n = p[strlen("nop_io_delay")] == '=' ?
			 strtol(p + strlen("nop_io_delay="), NULL, 10) : -1;

		ksft_test_result(n > 0, "runtime kvm made %ld io delays NOPs\n", n);
	} else if (kvm) {
		ksft_test_result_skip("runtime kvm without nop_io_delay: OUT sites native\n");
	}
	/* KVM's PV TLB flush: the call site of flush_tlb_multi() redirected. */
	if (kvm && has_word(features, "pv_tlb_flush")) {
		long n = kind_rewritten(kinds, "MEM_TLB_FLUSH_MULTI");

		ksft_test_result(n > 0, "runtime kvm redirected %ld remote TLB flush sites\n", n);
	} else if (kvm) {
		ksft_test_result_skip("runtime kvm without pv_tlb_flush (one vCPU?)\n");
	}
	ksft_finished();
}
