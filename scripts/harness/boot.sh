# shellcheck shell=bash
# Booting one kernel on one platform, and reading its kselftest results.

PV_BOOT_TIMEOUT=${PV_BOOT_TIMEOUT:-300}

# qemu_args PLATFORM: the accelerator and CPU model of a platform.
qemu_args() {
	case $1 in
	# -smap: with SMAP, QEMU 7.2's TCG oopses the kernel on a user-mode lretq.
	tcg) echo "-accel tcg -cpu max,-smap" ;;
	# SMAP on; the kernel's own x86 selftest sysret_ss_attrs must then be
	# left out of the row (pvtest.skip=sysret_ss_attrs_64).
	tcg-smap) echo "-accel tcg -cpu max" ;;
	# -arch-capabilities: QEMU aborts on MSR 0x10a with -cpu host here.
	kvm) echo "-accel kvm -cpu host,-arch-capabilities" ;;
	*) die "unknown platform '$1' (tcg, tcg-smap, kvm)" ;;
	esac
}

# emu_cmdline PLATFORM: PV_EMU_CMDLINE where the CPU is QEMU's TCG.
emu_cmdline() {
	case $1 in tcg|tcg-smap|kvm-tcg|xen-*) echo "$PV_EMU_CMDLINE" ;; esac
}

# qemu_cmdline PLATFORM: kernel command line additions of a platform.
qemu_cmdline() {
	case $1 in
	# Keep the HPET: under TCG the refined TSC calibration, a second
	# after boot, depends on the host's load and may switch clocksources
	# in the middle of the tests; one clocksource keeps runs (and the
	# icount benchmark) alike.
	tcg|tcg-smap) echo "clocksource=hpet" ;;
	esac
}

# boot_qemu KERNEL_IMAGE PLATFORM SMP LOG [EXTRA_CMDLINE]: returns qemu's rc.
boot_qemu() {
	local img=$1 plat=$2 smp=$3 log=$4 extra=${5:-}
	mkdir -p "$(dirname "$log")"
	# shellcheck disable=SC2046
	timeout --foreground -k 5 "$PV_BOOT_TIMEOUT" qemu-system-x86_64 $(qemu_args "$plat") \
		-m 512 -smp "$smp" -no-reboot -display none -monitor none -nodefaults \
		-serial "file:$log" -kernel "$img" -initrd "$PV_INITRAMFS" \
		-append "console=ttyS0 panic=-1 oops=panic pvtest.platform=$plat $(qemu_cmdline "$plat") $(emu_cmdline "$plat") $extra" \
		</dev/null >"$log.qemu" 2>&1
}

# tap_summary LOG: "pass fail skip" of the top-level kselftest TAP lines.
tap_summary() {
	awk '/^ok [0-9]+ .*# SKIP/{s++; next} /^ok [0-9]+ /{p++} /^not ok [0-9]+ /{f++}
	     END{printf "%d %d %d\n", p, f, s}' "$1"
}

# boot_platform KERNEL PLATFORM [SMP]: boot, print a result line per
# kselftest and a summary; returns 0 only when the guest ran every test and
# none failed.
boot_platform() {
	local k=$1 plat=$2 smp=${3:-1} img log rc t0 t1 sum
	# BOOT_OUTCOME and BOOT_MSG: only a Xen or a kvm-tcg boot tells
	# (boot_xen, boot_kvm_tcg).
	BOOT_OUTCOME='' BOOT_MSG=''
	case $plat in
	xen-*) boot_xen "$@"; return ;;
	kvm-tcg) boot_kvm_tcg "$k" "$smp"; return ;;
	esac
	img=$(kernel_image "$k")
	[ -f "$img" ] || die "no $k kernel: run 'scripts/harness/previrt build $k' first"
	[ -f "$PV_INITRAMFS" ] || die "no initramfs: run 'scripts/harness/previrt initramfs' first"
	log=$PV_LOGS/boot-${PV_BOOT_LABEL:-$k-$plat-smp$smp}.log
	BOOT_LOG=$log
	t0=$(date +%s.%N)
	boot_qemu "$img" "$plat" "$smp" "$log" "${PV_BOOT_EXTRA:-}"
	rc=$?
	t1=$(date +%s.%N)
	BOOT_SECONDS=$(awk -v a="$t0" -v b="$t1" 'BEGIN{printf "%.1f", b-a}')
	tr -d '\r' < "$log" > "$log.txt"
	if ! grep -q '^@@PVTEST-END' "$log.txt"; then
		if [ "$rc" = 124 ] || [ "$rc" = 137 ]; then
			BOOT_STATUS="hung (killed after ${PV_BOOT_TIMEOUT}s)"
		else
			BOOT_STATUS="did not finish (qemu rc=$rc)"
		fi
		say "$k on $plat smp$smp: $BOOT_STATUS; console tail ($log):"
		tail -n 25 "$log.txt" | sed 's/^/    /' >&2
		BOOT_TAP="0 0 0"
		return 1
	fi
	BOOT_STATUS="booted in ${BOOT_SECONDS}s"
	boot_report "$log.txt" "$k" "$plat" "$smp"
}

# boot_report LOG KERNEL PLATFORM SMP: a guest that ran every test: set
# BOOT_TAP from its TAP lines, print them and the summary; returns 0 when
# no test failed.
boot_report() {
	local sum who="$2 on $3 smp$4"
	sum=$(tap_summary "$1")
	BOOT_TAP=$sum
	grep -E '^(not )?ok [0-9]+ ' "$1" | sed "s/^/    [$2 $3 smp$4] /" >&2
	set -- $sum
	say "$who: ${BOOT_STATUS}, kselftests: $1 passed, $2 failed, $3 skipped"
	[ "$2" = 0 ]
}

# kvm_probe: can KVM boot a kernel here?  Sets KVM_OK=1 or KVM_WHY.
kvm_probe() {
	local log=$PV_LOGS/kvm-probe.log img rc
	KVM_OK=0 KVM_WHY=
	if [ ! -c /dev/kvm ]; then KVM_WHY="no /dev/kvm"; return 1; fi
	img=$(kernel_image stock)
	[ -f "$img" ] || { KVM_WHY="no stock kernel built to probe with"; return 1; }
	[ -f "$PV_INITRAMFS" ] || initramfs_build
	mkdir -p "$PV_LOGS"
	PV_BOOT_TIMEOUT=60 boot_qemu "$img" kvm 1 "$log" "pvtest.timeout=5 rdinit=/bin/true"
	rc=$?
	tr -d '\r' < "$log" > "$log.txt"
	if grep -q -e '^@@PVTEST-BEGIN' -e 'Run /bin/true as init' -e 'Kernel panic - not syncing: Attempted to kill init' "$log.txt"; then
		KVM_OK=1
		return 0
	fi
	KVM_WHY="the stock kernel did not reach init under -accel kvm in 60 s (qemu rc=$rc; console tail: '$(tail -n 3 "$log.txt" | tr '\n' '|')'; a nested PVM /dev/kvm crawls through the decompressor and cannot emulate xrstor or int3: see Documentation/virt/previrt/testing.rst)"
	return 1
}

# bench_kernels KERNEL[@RUNTIME]...: run pvbench in each kernel under TCG with
# -icount shift=0,sleep=off (guest ns = guest instructions), side by side,
# and print per op: instructions per op for each kernel and the ratio of
# each to the first.
#
# One boot gives the same counts every time, but how much a fork, an mmap
# or a signal costs also depends on which free pages the allocator hands
# out, and that moves with the size of the kernel image and the initramfs
# (seen: mmap + munmap 0.98 to 1.05 of stock between runs).  So every
# kernel is booted once per guest memory size of PV_BENCH_MEMS (MiB), the
# table has the median over those layouts (each the median of 7 timings in
# the guest), and the ratio column the median of the per-layout ratios with
# their range.
PV_BENCH_MEMS=${PV_BENCH_MEMS:-"448 480 512 544 576"}
bench_kernels() {
	local k first=$1 log op m kern extra
	declare -A B
	for k in "$@"; do
		# KERNEL@RUNTIME boots KERNEL with previrt=RUNTIME.
		kern=${k%@*} extra=
		[ "$kern" != "$k" ] && extra="previrt=${k#*@}"
		[ -f "$(kernel_image "$kern")" ] || die "no $kern kernel: build it first"
		for m in $PV_BENCH_MEMS; do
			log=$PV_LOGS/bench-$k-m$m.log
			step "benchmark: $k, $m MiB (tcg, -icount shift=0,sleep=off)"
			timeout -k 5 "${PV_BOOT_TIMEOUT:-600}" \
				qemu-system-x86_64 -accel tcg -cpu max,-smap -icount shift=0,sleep=off \
				-m "$m" -smp 1 -no-reboot -display none -monitor none -nodefaults \
				-serial "file:$log" -kernel "$(kernel_image "$kern")" -initrd "$PV_INITRAMFS" \
				-append "console=ttyS0 panic=-1 quiet norandmaps pvtest.mode=bench $(qemu_cmdline tcg) $extra" \
				</dev/null >"$log.qemu" 2>&1
			tr -d '\r' < "$log" > "$log.txt"
			grep -q '^@@BENCH-END' "$log.txt" || { say "benchmark in $k ($m MiB) did not finish:"; tail -20 "$log.txt" >&2; return 1; }
			while read -r _ op v _; do B[$k,$m,$op]=$v; done < <(grep '^@@BENCH ' "$log.txt")
		done
	done
	echo "=== pvbench: $(base_banner); TCG -icount shift=0 (guest instructions per op," \
		"median of 7 per boot, median over guest memory sizes $PV_BENCH_MEMS MiB)"
	printf '%-16s' op; for k in "$@"; do printf ' %12s' "$k"; done
	for k in "${@:2}"; do printf ' %24s' "$k/$first (range)"; done; echo
	for op in null_syscall signal pipe_roundtrip context_switch fork_exit fork_exec mmap_munmap page_fault; do
		printf '%-16s' "$op"
		for k in "$@"; do
			for m in $PV_BENCH_MEMS; do echo "${B[$k,$m,$op]:-nan}"; done |
				bench_stats | awk '$1 == "n/a" { printf " %12s", $1; next } { printf " %12.1f", $1 }'
		done
		for k in "${@:2}"; do
			bench_ratio_cell "$k" "$first" "$op" $PV_BENCH_MEMS
		done
		echo
	done
}

# bench_ratio_cell K FIRST OP MEM...: the "median (min-max)" cell of K's
# per-layout ratios to FIRST for OP, from the caller's array B[K,MEM,OP].
bench_ratio_cell() {
	local k=$1 first=$2 op=$3 m
	shift 3
	for m in "$@"; do
		awk -v a="${B[$k,$m,$op]:-0}" -v b="${B[$first,$m,$op]:-0}" \
			'BEGIN{ if (a > 0 && b > 0) printf "%.4f\n", a / b; else print "nan" }'
	done | bench_stats |
		awk 'NF == 1 { printf " %24s", $1; next }
		     { printf " %24s", sprintf("%.4f (%.4f-%.4f)", $1, $2, $3) }'
}

# bench_stats: "MEDIAN MIN MAX" of the numbers on stdin, or "n/a" if one
# is missing ("nan").
bench_stats() {
	sort -g | awk 'BEGIN { OFMT = "%.10g" } /nan/ { bad = 1 } { v[NR] = $1 }
		END { if (bad || !NR) { print "n/a"; exit }
		      med = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
		      print med, v[1], v[NR] }'
}
