#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# The harness's row accounting (scripts/harness/tests.sh), with boots
# faked: a row of the kernel under test that fails fails the run and is
# booted again only when a reference kernel showed the same symptom on the
# same platform in that run; a reference row that fails where the same
# kernel passed elsewhere is a "reference failure", counted apart.
set -u
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# scenario NAME EXPECT-RC EXPECT-LINE... -- ROW...: run the rows in a fresh
# shell and compare.  ROW: LABEL:KERNEL:PLATFORM:OUTCOME[,OUTCOME...], one
# outcome per attempt: pass, passcr (CR LF lines), hang=TEST, fail=TEST.
scenario() {
	local name=$1 want_rc=$2 want=() rows=() out rc w
	shift 2
	while [ "$1" != -- ]; do want+=("$1"); shift; done
	shift
	rows=("$@")
	out=$(PV_BUILD=$work/build PV_INITRAMFS_TESTS=${PV_INITRAMFS_TESTS:-} bash -c '
		. "$0/scripts/harness/lib.sh"
		. "$0/scripts/harness/tests.sh"
		PV_LOGS=$PV_BUILD/logs
		mkdir -p "$PV_LOGS"
		declare -A ATTEMPT PLAN
		say() { :; }
		xen_dom0_fault() { return 1; }
		boot_platform() {
			local label=$PV_BOOT_LABEL n o
			n=$((${ATTEMPT[$label]:-0} + 1)); ATTEMPT[$label]=$n
			IFS=, read -r -a o <<< "${PLAN[$label]}"
			o=${o[$((n - 1))]:-pass}
			BOOT_LOG=$PV_LOGS/boot-$label.log BOOT_OUTCOME=
			case $o in
			pass)	printf "%s\n" "# selftests: x86/a" "ok 1 selftests: x86/a" "@@PVTEST-END" > "$BOOT_LOG.txt"
				BOOT_TAP="1 0 0" BOOT_STATUS="booted"; return 0 ;;
			passcr)	printf "%s\r\n" "# selftests: x86/a" "ok 1 selftests: x86/a" "@@PVTEST-END" > "$BOOT_LOG.txt"
				BOOT_TAP="1 0 0" BOOT_STATUS="booted"; return 0 ;;
			hang=*)	printf "%s\n" "ok 1 selftests: x86/a" "# selftests: ${o#hang=}" > "$BOOT_LOG.txt"
				BOOT_TAP="0 0 0" BOOT_STATUS="hung"; return 1 ;;
			fail=*)	printf "%s\n" "not ok 1 selftests: ${o#fail=} # exit=1" "@@PVTEST-END" > "$BOOT_LOG.txt"
				BOOT_TAP="0 1 0" BOOT_STATUS="booted"; return 1 ;;
			esac
		}
		for r in "$@"; do
			IFS=: read -r label k plat plan <<< "$r"
			PLAN[$label]=$plan
			boot_test "$label" "$k" "$plat" 1
		done
		t_settle
		t_summary
		rc=$?
		echo "attempts: $(for l in "${!ATTEMPT[@]}"; do echo "$l=${ATTEMPT[$l]}"; done | sort | tr "\n" " ")"
		exit $rc
	' "$root" "${rows[@]}" 2>&1)
	rc=$?
	for w in "${want[@]}"; do
		if ! grep -qF -- "$w" <<< "$out"; then
			echo "FAIL $name: no line with '$w' in:"
			sed 's/^/    /' <<< "$out"
			return
		fi
	done
	if [ "$rc" != "$want_rc" ]; then
		echo "FAIL $name: exit status $rc, expected $want_rc"
		sed 's/^/    /' <<< "$out"
		return
	fi
	echo "ok $name"
}

scenario previrt-flake-alone-fails 1 \
	"FAIL boot/pv1" "not retried: no reference kernel showed it on tcg" \
	"3 passed, 1 failed" "attempts: pv1=1 st1=1" -- \
	st1:stock:tcg:pass pv1:previrt:tcg:hang=x86/ldt_gdt_64,pass
scenario previrt-retried-after-reference 0 \
	"ok   boot/pv1 - booted (second attempt; first: hung, stopped in x86/ldt_gdt_64, as st2)" \
	"REFERENCE FAILURE boot/st2" "1 reference failures" "attempts: pv1=2 st1=1 st2=1" -- \
	pv1:previrt:tcg:hang=x86/ldt_gdt_64,pass st1:stock:tcg:pass st2:stock:tcg:hang=x86/ldt_gdt_64
scenario previrt-second-attempt-decides 1 \
	"FAIL boot/pv1" "second attempt; first: hung" "attempts: pv1=2" -- \
	pv1:previrt-full:tcg-smap:hang=x86/ldt_gdt_64,hang=x86/ldt_gdt_64 \
	st1:stock:tcg:pass st2:stock:tcg:hang=x86/ldt_gdt_64
scenario other-symptom-no-retry 1 \
	"FAIL boot/pv1" "failed x86/ldt_gdt_64; not retried" "attempts: pv1=1" -- \
	pv1:previrt:tcg:fail=x86/ldt_gdt_64,pass st1:stock:tcg:pass st2:stock:tcg:hang=x86/ldt_gdt_64
scenario other-platform-no-retry 1 \
	"FAIL boot/pv1" "not retried: no reference kernel showed it on kvm-tcg" "attempts: pv1=1" -- \
	pv1:previrt:kvm-tcg:hang=x86/ldt_gdt_64,pass st1:stock:tcg:pass st2:stock:tcg:hang=x86/ldt_gdt_64
scenario reference-failing-everywhere-fails 1 \
	"FAIL boot/st1" "the stock kernel passed no row of this run" "1 passed, 3 failed" -- \
	st1:stock:tcg:fail=x86/a st2:stock:tcg:hang=x86/b
scenario reference-failure-counted-apart 0 \
	"REFERENCE FAILURE boot/po2" "failed: kselftest/po2/x86/fork" "4 passed, 0 failed" -- \
	po1:pvops:tcg:pass po2:pvops:xen-hvm:fail=x86/fork pv1:previrt:tcg:pass
# A test in the initramfs that /init did not run (a script that lost its
# executable bit) fails the row.
printf '%s\n' x86/a previrt/previrt_module.sh > "$work/tests"
PV_INITRAMFS_TESTS=$work/tests scenario test-not-run-fails 1 \
	"FAIL boot/pv1" "FAIL kselftest/pv1/previrt/previrt_module.sh not run" -- \
	pv1:previrt:tcg:pass
printf '%s\n' x86/a > "$work/tests"
PV_INITRAMFS_TESTS=$work/tests scenario all-tests-run-passes 0 "ok   boot/pv1" -- \
	pv1:previrt:tcg:pass
# A Xen domU's console log keeps CR LF: the test still counts as run.
PV_INITRAMFS_TESTS=$work/tests scenario crlf-log-passes 0 "ok   boot/pv1" "ok   kselftest/pv1/x86/a" -- \
	pv1:previrt:xen-hvm:passcr
