# shellcheck shell=bash
# The test command, the demo, and their result accounting.

T_PASS=0 T_FAIL=0 T_SKIP=0 T_XFAIL=0
T_FAILED=()

# t_result ok|FAIL|SKIP|XFAIL NAME [DETAIL]
# XFAIL: an expected failure that happened as expected (e.g. Xen's PV
# loader refusing a kernel without Xen support); counted on its own.
t_result() {
	local r=$1 name=$2 detail=${3:-}
	case $r in
	ok)    T_PASS=$((T_PASS + 1)) ;;
	FAIL)  T_FAIL=$((T_FAIL + 1)); T_FAILED+=("$name") ;;
	SKIP)  T_SKIP=$((T_SKIP + 1)) ;;
	XFAIL) T_XFAIL=$((T_XFAIL + 1)) ;;
	esac
	printf '%-4s %s%s\n' "$r" "$name" "${detail:+ - $detail}"
}

# The closing line is read by CI: exactly "N passed, N failed, N skipped";
# expected failures go on the line before it.
t_summary() {
	echo
	((${#T_FAILED[@]})) && echo "failed: ${T_FAILED[*]}"
	((T_XFAIL)) && echo "$T_XFAIL expected failures"
	((T_REFFAIL)) && echo "$T_REFFAIL reference failures (platform faults, not counted as failures): ${T_REFFAILED[*]}"
	echo "$T_PASS passed, $T_FAIL failed, $T_SKIP skipped"
	[ "$T_FAIL" = 0 ]
}

# t_import NAME-PREFIX OUTPUT-FILE: count a sub-runner's "ok/FAIL/SKIP" lines.
t_import() {
	local prefix=$1 file=$2 line
	while IFS= read -r line; do
		case $line in
		'ok '*)   t_result ok "$prefix/${line#ok }" ;;
		'FAIL '*) t_result FAIL "$prefix/${line#FAIL }" ;;
		'SKIP '*) t_result SKIP "$prefix/${line#SKIP }" ;;
		esac
	done < "$file"
}

# The fast host-side tests: rewriter, checker (seconds, no kernel build).
run_host_tests() {
	local t name out
	mkdir -p "$PV_LOGS"
	for t in "$PV_ROOT"/tests/host/*/run.sh; do
		[ -f "$t" ] || continue
		name=$(basename "$(dirname "$t")")
		out=$PV_LOGS/host-$name.log
		if bash "$t" > "$out" 2>&1; then :; else
			grep -q -e '^FAIL ' "$out" || t_result FAIL "host/$name" "runner failed: $(tail -n 3 "$out" | tr '\n' ' ')"
		fi
		t_import "host/$name" "$out"
	done
}

# checker_report: the coverage checker's per-kind table from the previrt
# build log, and the raw counts of sensitive instructions in the stock vmlinux.
checker_report() {
	local pvcheck=$PV_BUILD/obj-previrt/scripts/previrt/pvcheck
	echo "--- pvcheck on the previrt vmlinux (from build/logs/build-previrt.log)"
	sed -n '/^vmlinux: previrt: [0-9]* sites/,/^vmlinux: previrt: [0-9]* error/p' \
		"$PV_LOGS/build-previrt.log" | tee "$PV_LOGS/pvcheck-previrt.txt"
	if [ -x "$pvcheck" ] && [ -f "$PV_BUILD/obj-stock/vmlinux" ]; then
		echo "--- pvcheck --raw on the stock vmlinux"
		(cd "$PV_BUILD/obj-stock" && "$pvcheck" --raw vmlinux) | tee "$PV_LOGS/pvcheck-stock-raw.txt"
	fi
}

# The table: a row per boot.
declare -A T_TABLE
T_ROWS=()

# xen_expect KERNEL PLATFORM: what a Xen row should do today: "tests" (boot
# and run the kselftests), "noloader" (xl create: "xc_dom_find_loader: no
# loader found: Invalid kernel") or "pv-stopped:STAGE" (the previrt
# kernel's Xen PV entry went through the stages of its boot order up to
# STAGE, which the row's previrt_xen_pv_stop= names, said so and powered
# the domain off).  previrt runs the tests on xen-pvh (the Xen PVH
# runtime) and on xen-pv (the Xen PV runtime); PV_XEN_PV_STAGE=STAGE
# makes its xen-pv rows stop at STAGE instead, to debug the boot order.
PV_XEN_PV_STAGE=${PV_XEN_PV_STAGE:-}
xen_expect() {
	case $1/$2 in
	pvops/*|*/xen-hvm) echo tests ;;
	stock/xen-pv|stock/xen-pvh) echo noloader ;;
	previrt/xen-pv) if [ -n "$PV_XEN_PV_STAGE" ]; then
			echo "pv-stopped:$PV_XEN_PV_STAGE"
		else
			echo tests
		fi ;;
	*) echo tests ;;
	esac
}

# xen_row_extra KERNEL PLATFORM: the command line a Xen row adds, i.e. what
# the kselftests must find.  previrt on xen-pvh and xen-pv: the runtime of
# the platform, with the early pass (chosen at the PVH entry by detection,
# by the Xen PV entry itself); its console (ttyS0, modelled on the Xen
# console ring) must also take input (console_echo.sh: dom0 answers), as
# pv-ops' hvc0 must on PV and PVH.
xen_row_extra() {
	case $1/$2 in
	previrt/xen-pvh) echo "pvtest.runtime=xen-pvh pvtest.chosen=detected pvtest.early=yes pvtest.console_echo=1" ;;
	previrt/xen-pv) if [ -n "$PV_XEN_PV_STAGE" ]; then
			echo "previrt_xen_pv_stop=$PV_XEN_PV_STAGE"
		else
			echo "pvtest.runtime=xen-pv pvtest.chosen=Xen pvtest.early=yes pvtest.console_echo=1"
		fi ;;
	previrt/*) echo "pvtest.runtime=native pvtest.chosen=detected" ;;
	pvops/xen-pv|pvops/xen-pvh) echo "pvtest.console_echo=1" ;;
	esac
}

# xen_dom0_fault XEN-LOG: print (and succeed) the first sign in dom0's own
# output (not the domU console, whose lines start "@@U ") that a dom0
# program crashed: xl, the device model, the C library.  Seen with Debian's
# Xen 4.17.7 and dom0 kernel 6.1.0-57 nested in QEMU TCG: xl dying of
# SIGSEGV or of an ld.so assertion, "malloc(): ... corrupted", after which
# an HVM domU loses its device model and dies in the middle of its tests.
xen_dom0_fault() {
	[ -f "$1" ] || return 1
	grep -v '@@U ' "$1" | grep -m1 -E \
		'Segmentation fault|Inconsistency detected by ld\.so|malloc\(\)|free\(\)|double free|corrupted|Illegal instruction|Bus error' |
		sed -E 's/^\[ *[0-9.]+\] //; s/^@@XL-LIST-FAILED [^:]*: //' | cut -c1-160 | grep .
}

# boot_xfail LABEL KERNEL PLATFORM SMP EXTRA EXPECT: a row expected to fail
# in a known way: XFAIL when it does, FAIL with an explanation otherwise.
boot_xfail() {
	local label=$1 k=$2 plat=$3 smp=$4 extra=$5 expect=$6
	PV_BOOT_EXTRA="$extra" PV_BOOT_LABEL="$label" boot_platform "$k" "$plat" "$smp" 2>"$PV_LOGS/xfail-$label.err"
	if [ "${BOOT_OUTCOME:-}" = "$expect" ]; then
		t_result XFAIL "boot/$label" "expected ($expect): $BOOT_MSG"
		T_TABLE[$label]="$k|$plat|$smp|expected failure: $BOOT_MSG"
	else
		cat "$PV_LOGS/xfail-$label.err" >&2
		t_result FAIL "boot/$label" "expected '$expect', got '${BOOT_OUTCOME:-?}': $BOOT_STATUS"
		T_TABLE[$label]="$k|$plat|$smp|FAIL: expected $expect, got ${BOOT_OUTCOME:-?}: $BOOT_STATUS"
	fi
}

# row_skip LABEL KERNEL PLATFORM SMP SHORT WHY: a row that is not run: a
# SKIP with WHY, and SHORT in the table.
row_skip() {
	T_ROWS+=("$1")
	T_TABLE[$1]="$2|$3|$4|skipped: $5"
	t_result SKIP "boot/$1" "$6"
}

# t_reference KERNEL: the reference kernels, stock and pv-ops.  Their rows
# show what the platform does with a kernel that is not under test.
t_reference() { case $1 in stock|pvops) true ;; *) false ;; esac; }

# row_symptom LOG [TAP]: what went wrong in a row, in words that compare
# across kernels: "failed T1 T2" (kselftests that failed, in the guest or
# in the harness's judgement, TAP), "stopped in T" (the guest stopped, or
# was killed, while test T ran, no test having failed), "stopped before
# the kselftests".
row_symptom() {
	local log=$1 tap=${2:-/dev/null} failed last
	failed=$({ grep -E '^not ok [0-9]+ selftests: ' "$log" 2>/dev/null |
		sed -E 's/^not ok [0-9]+ selftests: ([^ ]*).*/\1/'
		sed -n 's/^FAIL \([^ ]*\).*/\1/p' "$tap" 2>/dev/null; } |
		LC_ALL=C sort -u | tr '\n' ' ')
	if [ -n "$failed" ]; then
		echo "failed ${failed% }"
		return
	fi
	last=$(grep -E '^# selftests: ' "$log" 2>/dev/null | tail -n 1 | sed 's/^# selftests: //')
	if [ -n "$last" ]; then
		echo "stopped in $last"
	else
		echo "stopped before the kselftests"
	fi
}

# Row accounting (issue: "exit status that means something").  A row of a
# kernel under test (previrt, previrt-full) that fails fails the run; it is
# booted a second time only when a reference kernel showed the same symptom
# on the same platform in this run, and that second boot decides.  A
# reference row that fails where the same kernel passed another row of the
# run is a platform fault: reported loudly with its log and counted apart
# ("reference failures"), not as a failure.  Failing rows are settled after
# the last row (t_settle), when every reference row has run.
T_PENDING=()			# LABEL|KERNEL|PLATFORM|SMP|SYMPTOM|STATUS|OUTCOME
declare -A T_EXTRA		# LABEL -> the row's extra command line
declare -A T_KERNEL_OK		# KERNEL -> a label of a row it passed
declare -A T_REF_SYMPTOM	# "PLATFORM|SYMPTOM" -> reference row labels

# t_symptom_key PLATFORM SYMPTOM: platforms that share their noise compare
# as one (tcg with and without SMAP).
t_symptom_key() { echo "${1%-smap}|$2"; }

# boot_row LABEL KERNEL PLATFORM SMP EXTRA: one boot; BOOT_* as
# boot_platform sets them, the row's TAP results in build/logs/tap-LABEL.txt.
boot_row() {
	local label=$1 k=$2 plat=$3 smp=$4 extra=$5 rc line name answered tap
	PV_BOOT_EXTRA="$extra" PV_BOOT_LABEL="$label" boot_platform "$k" "$plat" "$smp"
	rc=$?
	tap=$PV_LOGS/tap-$label.txt
	case " $extra " in *" pvtest.console_echo=1 "*) answered=1 ;; *) answered=0 ;; esac
	# (A Xen domU's console log keeps the guest's CR LF line ends.)
	grep -E '^(not )?ok [0-9]+ ' "$BOOT_LOG.txt" 2>/dev/null | tr -d '\r' |
	while read -r line; do
		name=$(sed -E 's/^(not )?ok [0-9]+ selftests: ([^ ]*).*/\2/' <<< "$line")
		case $line in
		'not ok'*) echo "FAIL $name ${line#*#}" ;;
		*'# SKIP'*)
			# The module test only skips where there is no previrt, the
			# console test only where the harness does not answer.
			if [ "${k#previrt}" != "$k" ] && [ "$name" = previrt/previrt_module.sh ]; then
				echo "FAIL $name skipped on the previrt kernel"
			elif [ "$name" = previrt/console_echo.sh ] && [ "$answered" = 1 ]; then
				echo "FAIL $name skipped with pvtest.console_echo=1"
			else
				echo "SKIP $name"
			fi ;;
		*)	if [ "$name" = previrt/console_echo.sh ] && [ "$answered" != 1 ]; then
				echo "FAIL $name passed where nothing answers"
			else
				echo "ok $name"
			fi ;;
		esac
	done > "$tap"
	# Every test of the initramfs must have a result in a guest that ran
	# them all (pvtest.mode=tests).
	if grep -q '^@@PVTEST-END' "$BOOT_LOG.txt" 2>/dev/null && [ -f "$PV_INITRAMFS_TESTS" ]; then
		while read -r name; do
			grep -q "^[A-Za-z]* $name\( \|\$\)" "$tap" ||
				echo "FAIL $name not run (in the initramfs, but /init did not run it: not executable?)"
		done < "$PV_INITRAMFS_TESTS" >> "$tap"
	fi
	# A test the harness itself judged failed (above) fails the row too.
	[ "$rc" = 0 ] && ! grep -q '^FAIL ' "$tap"
}

# t_row_table LABEL KERNEL PLATFORM SMP [NOTE]: the row's table entry.
t_row_table() {
	local p f s
	read -r p f s <<< "$BOOT_TAP"
	T_TABLE[$1]="$2|$3|$4|${5:+$5: }$BOOT_STATUS; kselftests $p ok, $f failed, $s skipped"
}

# boot_test LABEL KERNEL PLATFORM SMP [CMDLINE]: one row: a boot whose
# kselftests count as tests.  A row that fails is settled by t_settle.
boot_test() {
	local label=$1 k=$2 plat=$3 smp=$4 extra=${5:-} symptom fault
	if [ "$plat" = kvm ] && [ "${KVM_OK:-0}" != 1 ]; then
		row_skip "$label" "$k" "$plat" "$smp" "KVM cannot boot a kernel here" \
			"KVM: skipped (${KVM_WHY:-not probed})"
		return 0
	fi
	T_ROWS+=("$label")
	case $plat in
	xen-*)	local expect
		expect=$(xen_expect "$k" "$plat")
		if [ "$expect" != tests ]; then
			boot_xfail "$label" "$k" "$plat" "$smp" "$extra" "$expect"
			return 0
		fi ;;
	esac
	T_EXTRA[$label]=$extra
	if boot_row "$label" "$k" "$plat" "$smp" "$extra"; then
		t_result ok "boot/$label" "$BOOT_STATUS"
		t_row_table "$label" "$k" "$plat" "$smp"
		t_import "kselftest/$label" "$PV_LOGS/tap-$label.txt"
		T_KERNEL_OK[$k]=${T_KERNEL_OK[$k]:-$label}
		return 0
	fi
	symptom=$(row_symptom "$BOOT_LOG.txt" "$PV_LOGS/tap-$label.txt")
	# Xen nested in TCG: a dom0 program that crashed (xl, the device
	# model, the C library) took the domU with it; no test of the domU
	# failed.  The platform broke, not the kernel under test: skipped,
	# with the evidence.
	if [ "${symptom#stopped}" != "$symptom" ] && fault=$(xen_dom0_fault "$BOOT_LOG.xen"); then
		BOOT_STATUS="$BOOT_STATUS; Xen platform fault in dom0: $fault"
		t_result SKIP "boot/$label" "$BOOT_STATUS"
		t_row_table "$label" "$k" "$plat" "$smp" "skipped"
		return 0
	fi
	cp "$BOOT_LOG.txt" "$BOOT_LOG.first-attempt.txt" 2>/dev/null
	if t_reference "$k"; then
		local key
		key=$(t_symptom_key "$plat" "$symptom")
		T_REF_SYMPTOM[$key]="${T_REF_SYMPTOM[$key]:+${T_REF_SYMPTOM[$key]} }$label"
	fi
	say "$label: $BOOT_STATUS ($symptom): settled after the last row"
	T_PENDING+=("$label|$k|$plat|$smp|$symptom|$BOOT_STATUS|${BOOT_OUTCOME:-}")
	t_row_table "$label" "$k" "$plat" "$smp" "FAIL"
	return 1
}

# t_settle: decide the failing rows (see "Row accounting" above).
T_REFFAIL=0
T_REFFAILED=()
t_settle() {
	local e label k plat smp symptom status outcome refs ok tap
	for e in "${T_PENDING[@]}"; do
		IFS='|' read -r label k plat smp symptom status outcome <<< "$e"
		tap=$PV_LOGS/tap-$label.txt
		if t_reference "$k"; then
			ok=${T_KERNEL_OK[$k]:-}
			if [ -z "$ok" ]; then
				t_result FAIL "boot/$label" "$status ($symptom); the $k kernel passed no row of this run"
				t_import "kselftest/$label" "$tap"
				continue
			fi
			T_REFFAIL=$((T_REFFAIL + 1))
			T_REFFAILED+=("$label")
			T_TABLE[$label]="${T_TABLE[$label]/|FAIL: /|REFERENCE FAILURE (platform fault): }"
			printf '%s\n' "REFERENCE FAILURE boot/$label - $status ($symptom), while $k passed $ok:" \
				"  a platform fault, counted apart; console log build/logs/boot-$label.log.txt, its last lines:"
			tail -n 15 "$PV_LOGS/boot-$label.log.txt" 2>/dev/null | sed 's/^/    | /'
			grep '^FAIL ' "$tap" | sed "s|^FAIL |  failed: kselftest/$label/|"
			continue
		fi
		refs=${T_REF_SYMPTOM[$(t_symptom_key "$plat" "$symptom")]:-}
		case $outcome in noloader|triplefault|init-silent) refs= ;; esac
		if [ -z "$refs" ]; then
			t_result FAIL "boot/$label" "$status ($symptom; not retried: no reference kernel showed it on $plat in this run)"
			t_import "kselftest/$label" "$tap"
			continue
		fi
		say "$label: the reference row(s) $refs showed the same symptom ($symptom): booting $label once more"
		if boot_row "$label" "$k" "$plat" "$smp" "${T_EXTRA[$label]}"; then
			t_result ok "boot/$label" "$BOOT_STATUS (second attempt; first: $status, $symptom, as $refs)"
			t_row_table "$label" "$k" "$plat" "$smp" "second attempt"
		else
			t_result FAIL "boot/$label" "$BOOT_STATUS ($(row_symptom "$BOOT_LOG.txt" "$tap"); second attempt; first: $status, $symptom, as $refs)"
			t_row_table "$label" "$k" "$plat" "$smp" "FAIL (second attempt)"
		fi
		t_import "kselftest/$label" "$tap"
	done
	T_PENDING=()
}

# sparse_check: make C=2 on objects that use the annotated headers in the
# previrt and the stock build, and on the new previrt code in the previrt
# build; a warning the previrt build has and stock has not is new (paths and
# line numbers aside: the annotated headers move lines).
PV_SPARSE_NEW="kernel/previrt/core.o arch/x86/previrt/patch.o arch/x86/previrt/native.o"
PV_SPARSE_OBJS="arch/x86/kernel/apic/io_apic.o arch/x86/kernel/apic/apic.o arch/x86/kernel/process.o
 arch/x86/kernel/ioport.o arch/x86/kernel/ldt.o arch/x86/kernel/tls.o arch/x86/kernel/idt.o
 arch/x86/mm/pgtable.o arch/x86/mm/init_64.o mm/memory.o kernel/fork.o"
sparse_check() {
	local k out=$PV_LOGS n
	for k in stock previrt; do
		# shellcheck disable=SC2046
		make -C "$PV_BUILD/src" O="$PV_BUILD/obj-$k" C=2 $PV_SPARSE_OBJS \
			$([ $k = previrt ] && echo $PV_SPARSE_NEW) \
			> "$out/sparse-$k.log" 2>&1 ||
			{ t_result FAIL sparse "make C=2 failed in obj-$k (build/logs/sparse-$k.log)"; return; }
		grep -E ': (warning|error): ' "$out/sparse-$k.log" |
			sed -E 's|^.*/build/src/||; s|:[0-9]+:[0-9]+:|:|' | LC_ALL=C sort -u > "$out/sparse-$k.txt"
	done
	n=$(LC_ALL=C comm -13 "$out/sparse-stock.txt" "$out/sparse-previrt.txt" | tee "$out/sparse-new.txt" | grep -c .)
	if [ "$n" = 0 ]; then
		t_result ok sparse "no new warnings ($(grep -c . "$out/sparse-previrt.txt") in both builds, $(echo $PV_SPARSE_NEW $PV_SPARSE_OBJS | wc -w) objects)"
	else
		head -5 "$out/sparse-new.txt" >&2
		t_result FAIL sparse "$n new warnings (build/logs/sparse-new.txt)"
	fi
}

# module_check_negative: the previrt test module built without the afterburn
# step must fail to link, with pvcheck naming each sensitive instruction.
module_check_negative() {
	local m=$PV_BUILD/modtest-neg log=$PV_LOGS/module-negative.log n
	rm -rf "$m" && cp -r "$PV_BUILD/src/tools/testing/selftests/previrt/test_module" "$m" || return 1
	if make -C "$PV_BUILD/src" O="$PV_BUILD/obj-previrt" M="$m" AFTERBURN=n modules >"$log" 2>&1; then
		t_result FAIL module-pvcheck "a module built with AFTERBURN=n linked"
		return
	fi
	n=$(grep -c 'previrt_test.ko: error: previrt: .*unannotated' "$log")
	if [ "$n" -gt 0 ] && [ ! -e "$m/previrt_test.ko" ]; then
		t_result ok module-pvcheck "AFTERBURN=n module refused, $n unannotated instructions named"
	else
		t_result FAIL module-pvcheck "no pvcheck error for the AFTERBURN=n module (see $log)"
	fi
}

print_table() {
	local row k plat smp res
	echo
	echo "=== previrt: $(base_banner)"
	printf '%-26s %-8s %-7s %-5s %s\n' run kernel plat vcpus result
	for row in "${T_ROWS[@]}"; do
		IFS='|' read -r k plat smp res <<< "${T_TABLE[$row]}"
		printf '%-26s %-8s %-7s %-5s %s\n' "$row" "$k" "$plat" "$smp" "$res"
	done
	[ "${KVM_OK:-0}" = 1 ] || [ -z "${KVM_WHY:-}" ] || echo "KVM: skipped ($KVM_WHY)"
}

# t_kernels: this run's kernels; pvops, the pv-ops reference kernel, only
# with test --full (PV_FULL=1): CI's cold run has to stay under an hour.
# A function, not a variable set when this file is sourced: the command
# line sets PV_FULL after that (a variable left --full without pv-ops).
t_kernels() {
	echo stock previrt previrt-full
	[ "${PV_FULL:-0}" = 1 ] && echo pvops
	return 0
}
# t_kernel K: K is one of this run's kernels and was built.
t_kernel() { case " $(echo $(t_kernels)) " in *" $1 "*) [ -f "$(kernel_image "$1")" ] ;; *) false ;; esac; }
# The previrt-full rows: SMAP on, so the kernel's sysret_ss_attrs selftest
# is left out (QEMU 7.2 TCG mis-applies SMAP to its user-mode lretq and the
# kernel oopses, stock too).
T_FULL="pvtest.kernel=previrt-full pvtest.skip=sysret_ss_attrs_64"
# Xen rows (PV_XEN_ROWS=0 leaves them out), KERNEL/PLATFORM/VCPUS in the
# order they run; a row ending in "+" only with test --full.  previrt
# first, so that when nested Xen hangs and the time budget runs out the
# rows left are the reference kernels': it must pass on xen-hvm (the
# native runtime) and on xen-pvh (its Xen PVH runtime) with 1 and 2 vCPUs,
# and on xen-pv (its Xen PV runtime; with 2 vCPUs it must boot on one, not
# hang).  xen-hvm before xen-pvh: a PVH runtime that hangs
# the guest costs PV_BOOT_TIMEOUT twice and must not use up the budget of
# rows that work.  pv-ops, the reference, runs only with --full
# (t_kernels).  stock shows what Xen does with a kernel
# without Xen support; its xen-hvm row with 2 vCPUs tests nothing of the
# series and makes room in CI's hour for previrt's PVH rows.
T_XEN_ROWS="previrt/xen-hvm/1 previrt/xen-hvm/2 previrt/xen-pv/1 previrt/xen-pv/2 previrt/xen-pvh/1 previrt/xen-pvh/2
 pvops/xen-pvh/1 pvops/xen-pvh/2 pvops/xen-pv/1 pvops/xen-hvm/1 pvops/xen-hvm/2
 stock/xen-hvm/1 stock/xen-hvm/2+ stock/xen-pv/1 stock/xen-pvh/1"

# Xen lifecycle rows, KERNEL/PLATFORM ("+": --full only): one Xen boot in
# which dom0 starts the domU three times into an interactive shell on its
# console (ttyS0 for previrt), types a command as "xl console" would, and
# ends it by poweroff, reboot and panic; xl must see SCHEDOP_shutdown's
# reason for each (xen.sh: lifecycle).  pv-ops is the reference.
T_XEN_LIFECYCLE="previrt/xen-pvh pvops/xen-pvh+"

# lifecycle_test LABEL KERNEL PLATFORM: a lifecycle row, one result per end.
lifecycle_test() {
	local label=$1 k=$2 plat=$3 end r why
	T_ROWS+=("$label")
	# Three domUs, each given up after 180 s at the most (xen.sh: lifecycle).
	PV_XEN_LIFECYCLE="poweroff reboot crash" PV_BOOT_EXTRA="pvtest.mode=shell" \
		PV_BOOT_TIMEOUT=$((PV_BOOT_TIMEOUT > 600 ? PV_BOOT_TIMEOUT : 600)) \
		PV_BOOT_LABEL=$label boot_xen "$k" "$plat" 1
	if [ "${BOOT_OUTCOME:-}" != lifecycle ]; then
		t_result FAIL "lifecycle/$label" "$BOOT_STATUS"
		T_TABLE[$label]="$k|$plat|1|FAIL: $BOOT_STATUS"
		return 1
	fi
	while read -r end r why; do
		[ -n "$end" ] && t_result "$r" "lifecycle/$label/$end" "$why"
	done <<< "$BOOT_LIFECYCLE"
	T_TABLE[$label]="$k|$plat|1|$BOOT_STATUS"
}

# Build, check, boot: shared by test and demo.
run_kernels() {
	local k
	ensure_base || return 1
	base_banner
	if ! series_apply; then t_result FAIL series-apply; return 1; fi
	for k in $(t_kernels); do
		if kernel_build "$k"; then
			t_result ok "build/$k" "$(cat "$PV_BUILD/obj-$k/.previrt-build-seconds") s"
		else
			t_result FAIL "build/$k" "see build/logs/build-$k.log"
		fi
	done
	if [ -f "$PV_BUILD/obj-previrt/vmlinux" ]; then
		checker_report
		module_check_negative
		[ -f "$PV_BUILD/obj-stock/vmlinux" ] && sparse_check
	fi
	initramfs_build || { t_result FAIL initramfs; return 1; }
	kvm_probe
	# On KVM the kvm runtime, with the features every KVM the harness
	# meets offers (nested KVM: CPUID 0x40000001 EAX 0x01007afb); the
	# SMP ones only with more than one vCPU (pv_kvm_smp).
	local plat smp pv="pvtest.runtime=native pvtest.chosen=detected"
	local pv_kvm="pvtest.runtime=kvm pvtest.chosen=detected pvtest.features=nop_io_delay,kvm-clock,pv_eoi"
	pv_kvm_smp() {
		[ "$1" = 1 ] && { echo "$pv_kvm"; return; }
		echo "$pv_kvm,pv_ipi,pv_tlb_flush,pv_sched_yield"
	}
	for plat in tcg kvm; do
		for smp in 1 2; do
			t_kernel stock && boot_test "stock-$plat-smp$smp" stock "$plat" "$smp"
			if [ "$plat" = kvm ]; then
				t_kernel previrt && boot_test "previrt-$plat-smp$smp" previrt "$plat" "$smp" "$(pv_kvm_smp "$smp")"
			else
				t_kernel previrt && boot_test "previrt-$plat-smp$smp" previrt "$plat" "$smp" "$pv"
			fi
			t_kernel pvops && boot_test "pvops-$plat-smp$smp" pvops "$plat" "$smp"
		done
	done
	# KVM nested in QEMU TCG (scripts/harness/kvm.sh): a real KVM, where
	# /dev/kvm cannot boot a kernel; 30 to 60 s a row, and L1's payload
	# (QEMU and its libraries from Debian) to fetch and pack once.  Stock
	# and previrt in CI (a cold run measured 2788 s without them); the
	# pv-ops rows with --full, like pv-ops everywhere.  (The freeze in
	# ldt_gdt_64 with one vCPU that kept them out was TCG's ds-prefix
	# bug, gone with noreplace-smp: PV_EMU_CMDLINE.)
	for smp in 1 2; do
		t_kernel stock && boot_test "stock-kvm-tcg-smp$smp" stock kvm-tcg "$smp"
		t_kernel previrt && boot_test "previrt-kvm-tcg-smp$smp" previrt kvm-tcg "$smp" "$(pv_kvm_smp "$smp")"
		t_kernel pvops && boot_test "pvops-kvm-tcg-smp$smp" pvops kvm-tcg "$smp"
	done
	if t_kernel previrt-full; then
		for smp in 1 2; do
			boot_test "previrt-full-tcg-smap-smp$smp" previrt-full tcg-smap "$smp" "$pv $T_FULL"
		done
		# The early patch pass (the one a Xen PV guest needs), on bare metal.
		boot_test previrt-full-tcg-smap-early previrt-full tcg-smap 2 \
			"previrt_early pvtest.runtime=native pvtest.chosen=previrt_early pvtest.early=yes $T_FULL"
	fi
	if [ "${PV_XEN_ROWS:-1}" = 1 ]; then
		run_xen_rows
	fi
	t_kernel previrt || { t_settle; return 0; }
	# The override: previrt= forces a runtime; an unknown one falls back.
	# (The diagnostic runtimes native-nop and native-jmp exist only with
	# CONFIG_PREVIRT_DEBUG and no passing row depends on them.)
	boot_test previrt-tcg-forced previrt tcg 2 \
		"previrt=native pvtest.runtime=native pvtest.chosen=previrt="
	boot_test previrt-tcg-unknown previrt tcg 1 \
		"previrt=bogus pvtest.runtime=native pvtest.chosen=detected"
	if grep -q "previrt: unknown runtime 'bogus' in previrt=, detecting the platform instead" \
		"$PV_LOGS/boot-previrt-tcg-unknown.log.txt"; then
		t_result ok previrt-unknown-runtime-message
	else
		t_result FAIL previrt-unknown-runtime-message "no boot message for previrt=bogus"
	fi
	t_settle
}

# run_xen_rows: the rows of T_XEN_ROWS of this run's kernels; Xen in QEMU
# TCG (scripts/harness/xen.sh).  A row that hangs costs PV_BOOT_TIMEOUT
# twice (it is retried), so the rows share a time budget, PV_XEN_BUDGET
# seconds (default 900, so that a cold CI run stays under an hour; 2400
# with test --full); a row that would start after it is skipped, saying so.
# So is a row whose kernel did not start the kselftests (no @@PVTEST-BEGIN
# on its console, twice) on the same platform with fewer vCPUs: it would
# hang as long again.
PV_XEN_BUDGET=${PV_XEN_BUDGET:-900}
run_xen_rows() {
	local row k plat smp t0=$SECONDS
	local -A notests=()
	if ! xen_prepare; then
		t_result FAIL xen-prepare "cannot fetch Xen or build the dom0 initramfs"
		return 1
	fi
	for row in $T_XEN_ROWS; do
		case $row in
		*+) [ "${PV_FULL:-0}" = 1 ] || continue; row=${row%+} ;;
		esac
		IFS=/ read -r k plat smp <<< "$row"
		t_kernel "$k" || continue
		if [ $((SECONDS - t0)) -ge "$PV_XEN_BUDGET" ]; then
			row_skip "$k-$plat-smp$smp" "$k" "$plat" "$smp" "Xen time budget used up" \
				"not run: the Xen rows before it used up their time budget (PV_XEN_BUDGET=$PV_XEN_BUDGET s)"
			continue
		fi
		if [ -n "${notests[$k/$plat]:-}" ]; then
			row_skip "$k-$plat-smp$smp" "$k" "$plat" "$smp" "no tests in ${notests[$k/$plat]}" \
				"not run: the kernel did not start the kselftests in ${notests[$k/$plat]}"
			continue
		fi
		boot_test "$k-$plat-smp$smp" "$k" "$plat" "$smp" "$(xen_row_extra "$k" "$plat")"
		if [ "$(xen_expect "$k" "$plat")" = tests ] &&
		   ! grep -q '^@@PVTEST-BEGIN' "$BOOT_LOG.txt" 2>/dev/null; then
			notests[$k/$plat]=$k-$plat-smp$smp
		fi
	done
	for row in $T_XEN_LIFECYCLE; do
		case $row in
		*+) [ "${PV_FULL:-0}" = 1 ] || continue; row=${row%+} ;;
		esac
		IFS=/ read -r k plat <<< "$row"
		t_kernel "$k" || continue
		if [ $((SECONDS - t0)) -ge "$PV_XEN_BUDGET" ]; then
			row_skip "$k-$plat-lifecycle" "$k" "$plat" 1 "Xen time budget used up" \
				"not run: the Xen rows before it used up their time budget (PV_XEN_BUDGET=$PV_XEN_BUDGET s)"
			continue
		fi
		lifecycle_test "$k-$plat-lifecycle" "$k" "$plat"
	done
	echo "Xen rows: $((SECONDS - t0)) s (per boot: build/logs/xen-timings.tsv)"
}

run_all_tests() {
	local t0=$SECONDS
	# The base tree first: the semantic-patch host test runs on it (on a
	# fresh clone it would otherwise skip).
	ensure_base
	echo "=== host tests"
	run_host_tests
	echo "=== series"
	series_check
	echo "=== kernels"
	run_kernels
	if [ "${PV_BISECT:-0}" = 1 ]; then
		echo "=== bisectability"
		series_bisect
	fi
	print_table
	echo "test wall time: $((SECONDS - t0)) s"
	t_summary
}

# The demo (issue: "a demo that shows the point in 20 minutes"): the stock
# and the previrt kernel built, the one previrt bzImage booted at 1 vCPU on
# every platform with a runtime (tcg: native, xen-hvm: native, xen-pvh: its
# Xen PVH runtime, xen-pv: its Xen PV runtime, kvm-tcg: its KVM runtime),
# and the stock kernel on tcg and xen-pvh for contrast.  The full matrix is 'test'.
T_DEMO_ROWS="previrt/tcg stock/tcg previrt/xen-hvm previrt/xen-pvh stock/xen-pvh previrt/xen-pv previrt/kvm-tcg"

# demo_stats LABEL: what previrt did in a row, from its console: runtime,
# how it was chosen, sites rewritten, features.
demo_stats() {
	local log=$PV_LOGS/boot-$1.log.txt rt rw feat
	[ -f "$log" ] || return 0
	rt=$(grep -m1 -o '^previrt: runtime .*' "$log" | sed 's/^previrt: runtime //')
	rw=$(grep -m1 -o '^# rewritten: [0-9]*' "$log" | sed 's/^# rewritten: //')
	feat=$(grep -m1 -o '^# features: .*' "$log" | sed 's/^# features: //')
	# A quiet kernel (xen-hvm): the status test's own report.
	if [ -z "$rt" ] && grep -q '^# # platform .*; runtime: ' "$log"; then
		rt="$(sed -n 's/^# # platform .*; runtime: //p' "$log" | head -n 1)"
		rt="$rt ($(sed -n 's/^# chosen: //p' "$log" | head -n 1))"
	fi
	[ -n "$rt" ] || rt=$(grep -m1 -o '^previrt: xen-pv: stopped at .*' "$log")
	[ -n "$rt" ] || rt=$(grep -m1 -o '^previrt: xen-pv: .*' "$log")
	printf '  %-22s %s%s%s\n' "$1" "${rt:-no previrt line}" "${rw:+; $rw sites rewritten}" \
		"${feat:+; features: $feat}"
}

run_demo() {
	local row k plat pv="pvtest.runtime=native pvtest.chosen=detected"
	local pv_kvm="pvtest.runtime=kvm pvtest.chosen=detected pvtest.features=nop_io_delay,kvm-clock,pv_eoi"
	ensure_base || return 1
	base_banner
	if ! series_apply; then t_result FAIL series-apply; t_summary; return 1; fi
	# Each kernel is built once, into the build/obj-* that 'test' reuses
	# (make's own incremental build): a cold ccache would only add misses.
	[ -n "$(ls -A "$CCACHE_DIR" 2>/dev/null)" ] || export CCACHE_DISABLE=1
	for k in stock previrt; do
		if kernel_build "$k"; then
			t_result ok "build/$k" "$(cat "$PV_BUILD/obj-$k/.previrt-build-seconds") s"
		else
			t_result FAIL "build/$k" "see build/logs/build-$k.log"
			t_summary
			return 1
		fi
	done
	step "the coverage checker on the previrt vmlinux"
	checker_report
	initramfs_build || { t_result FAIL initramfs; t_summary; return 1; }
	for row in $T_DEMO_ROWS; do
		IFS=/ read -r k plat <<< "$row"
		step "booting the $k kernel on $plat, 1 vCPU"
		case $k/$plat in
		*/xen-*)
			if [ "${PV_XEN_ROWS:-1}" != 1 ]; then
				row_skip "$k-$plat-smp1" "$k" "$plat" 1 "PV_XEN_ROWS=0" "not run: PV_XEN_ROWS=0"
				continue
			fi
			if [ -z "${T_XEN_READY:-}" ]; then
				if ! xen_prepare; then
					t_result FAIL xen-prepare "cannot fetch Xen or build the dom0 initramfs"
					PV_XEN_ROWS=0
					continue
				fi
				T_XEN_READY=1
			fi
			boot_test "$k-$plat-smp1" "$k" "$plat" 1 "$(xen_row_extra "$k" "$plat")" ;;
		previrt/kvm-tcg) boot_test "$k-$plat-smp1" "$k" "$plat" 1 "$pv_kvm" ;;
		previrt/*) boot_test "$k-$plat-smp1" "$k" "$plat" 1 "$pv" ;;
		*)	boot_test "$k-$plat-smp1" "$k" "$plat" 1 ;;
		esac
	done
	t_settle
	print_table
	echo
	echo "=== what previrt did on each platform (the same bzImage: $(sha256sum "$(kernel_image previrt)" | cut -c1-16))"
	for row in $T_DEMO_ROWS; do
		IFS=/ read -r k plat <<< "$row"
		[ "$k" = previrt ] && demo_stats "$k-$plat-smp1"
	done
	echo "demo wall time: $SECONDS s"
	t_summary
}
