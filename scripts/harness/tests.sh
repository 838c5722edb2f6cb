# shellcheck shell=bash
# The test command, the demo, and their result accounting.

T_PASS=0 T_FAIL=0 T_SKIP=0
T_FAILED=()

# t_result ok|FAIL|SKIP NAME [DETAIL]
t_result() {
	local r=$1 name=$2 detail=${3:-}
	case $r in
	ok)   T_PASS=$((T_PASS + 1)) ;;
	FAIL) T_FAIL=$((T_FAIL + 1)); T_FAILED+=("$name") ;;
	SKIP) T_SKIP=$((T_SKIP + 1)) ;;
	esac
	printf '%-4s %s%s\n' "$r" "$name" "${detail:+ - $detail}"
}

t_summary() {
	echo
	((${#T_FAILED[@]})) && echo "failed: ${T_FAILED[*]}"
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

# checker_report KERNEL: the coverage checker's per-kind table from the build log.
checker_report() {
	sed -n '/^previrt: sites per kind/,/^previrt: total/p' "$PV_LOGS/build-$1.log"
}

# kernel_tests KERNEL PLATFORM...: boot KERNEL with 1 and 2 vCPUs on each platform.
declare -A T_TABLE
kernel_tests() {
	local k=$1 plat smp p f s
	shift
	for plat in "$@"; do
		for smp in 1 2; do
			if [ "$plat" = kvm ] && [ "${KVM_OK:-0}" != 1 ]; then
				t_result SKIP "boot/$k/kvm/smp$smp" "KVM: skipped (${KVM_WHY:-not probed})"
				T_TABLE[$k,$plat,$smp]="skipped"
				continue
			fi
			if boot_platform "$k" "$plat" "$smp"; then
				t_result ok "boot/$k/$plat/smp$smp" "$BOOT_STATUS"
			else
				t_result FAIL "boot/$k/$plat/smp$smp" "$BOOT_STATUS"
			fi
			read -r p f s <<< "$BOOT_TAP"
			T_TABLE[$k,$plat,$smp]="$BOOT_STATUS; kselftests $p ok, $f failed, $s skipped"
			grep -E '^(not )?ok [0-9]+ ' "$PV_LOGS/boot-$k-$plat-smp$smp.log.txt" 2>/dev/null |
			while read -r line; do
				name=$(sed -E 's/^(not )?ok [0-9]+ selftests: ([^ ]*).*/\2/' <<< "$line")
				case $line in
				'not ok'*) echo "FAIL $name ${line#*#}" ;;
				*'# SKIP'*) echo "SKIP $name" ;;
				*) echo "ok $name" ;;
				esac
			done > "$PV_LOGS/tap-$k-$plat-smp$smp.txt"
			t_import "kselftest/$k/$plat/smp$smp" "$PV_LOGS/tap-$k-$plat-smp$smp.txt"
		done
	done
}

print_table() {
	local k plat smp
	echo
	echo "=== previrt: $(base_banner)"
	printf '%-8s %-4s %-5s %s\n' kernel plat vcpus result
	for k in $T_KERNELS; do
		for plat in $T_PLATFORMS; do
			for smp in 1 2; do
				printf '%-8s %-4s %-5s %s\n' "$k" "$plat" "$smp" "${T_TABLE[$k,$plat,$smp]:-not run}"
			done
		done
	done
	[ "${KVM_OK:-0}" = 1 ] || echo "KVM: skipped (${KVM_WHY:-not probed})"
}

T_KERNELS="stock previrt"
T_PLATFORMS="tcg kvm"

# Build, check, boot: shared by test and demo.
run_kernels() {
	local k
	ensure_base || return 1
	base_banner
	if ! series_apply; then t_result FAIL series-apply; return 1; fi
	for k in $T_KERNELS; do
		if kernel_build "$k"; then
			t_result ok "build/$k" "$(cat "$PV_BUILD/obj-$k/.previrt-build-seconds") s"
		else
			t_result FAIL "build/$k" "see build/logs/build-$k.log"
		fi
	done
	if [ -f "$PV_BUILD/obj-previrt/vmlinux" ]; then
		checker_report previrt
	fi
	initramfs_build || { t_result FAIL initramfs; return 1; }
	kvm_probe
	for k in $T_KERNELS; do
		[ -f "$(kernel_image "$k")" ] || continue
		kernel_tests "$k" $T_PLATFORMS
	done
}

run_all_tests() {
	local t0=$SECONDS
	echo "=== host tests"
	run_host_tests
	echo "=== series"
	ensure_base && series_check
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

run_demo() {
	run_kernels
	print_table
	t_summary
}
