# shellcheck shell=bash
# The nested benchmarks: pvbench in each kernel booted as a PVH domU of Xen
# ("previrt bench --xen-pvh") or as the L2 guest of KVM ("previrt bench
# --kvm-tcg"), nested in QEMU TCG under -icount, side by side.
#
# Guest wall time under nested TCG is noise, so the numbers are
# instructions: with -icount shift=0 QEMU's virtual clock, and the TSC it
# gives Xen, advance by one per instruction the machine executes (Xen
# calibrates it at 999.999 MHz), and a domU with tsc_mode "native" reads
# that TSC with an offset and no scaling.  pvbench (pvbench.clock=tsc)
# times each op with rdtsc, so a per-op "tick" is an instruction of the
# whole machine -- the domU's own, Xen's exit and event handling, and
# whatever dom0 runs meanwhile -- independent of the clocksource each
# guest kernel uses.  sleep=off: when every vCPU idles, the clock jumps to
# the next timer instead of following the host's time (pvbench never
# idles while it times an op, and the boots go faster).  pvbench's
# calibration lines check it in every boot: its 200000-instruction loop
# takes 200015 ticks in the domU as on bare TCG (the 15 are the timing
# code), and a cpuid, an exit to Xen, about 6200 (5 on bare TCG).
#
# Xen boots are not repeatable to the instruction (two boots of one kernel
# drift apart by some milliseconds), and fork, exec, mmap and signals
# take different paths with the memory layout and those perturbations
# (fork + exec lands in one of two modes 1.1% apart).  So each kernel
# boots once per domU memory size of PV_XEN_BENCH_MEMS (MiB); the table
# has per op the median over those boots of the median of 7 timings in
# each, and per kernel after the first its ratio to the first (median
# over the layouts, with the range).  One boot (Xen, dom0, the domU,
# pvbench) takes about 40 s here; the default 7 sizes, two kernels: 9 min.
#
# KVM nested in TCG (kvm.sh) the same way: L1's TSC counts the outer
# machine's instructions, L2 reads it with KVM's offset and no scaling, so
# L2's ticks per op include L1's exit handling (KVM and, for port I/O and
# MMIO, L2's QEMU in L1).  Layouts: L2 memory sizes of PV_KVM_BENCH_MEMS;
# no second attempt (nothing is known to lose a KVM guest here).

PV_XEN_BENCH_MEMS=${PV_XEN_BENCH_MEMS:-"416 448 480 512 544 576 608"}
PV_XEN_BENCH_QEMU=${PV_XEN_BENCH_QEMU:-"-icount shift=0,sleep=off"}
PV_KVM_BENCH_MEMS=${PV_KVM_BENCH_MEMS:-"448 480 512 544 576"}
PV_XEN_BENCH_OPS="null_syscall signal pipe_roundtrip context_switch fork_exit fork_exec
 mmap_munmap page_fault cpuid insn_loop background"

# bench_pvbench_result: how pvbench ended in XB_LOG: 0 finished, timing
# with the TSC (XB_STATUS: the boot's seconds), 1 it timed with another
# clock (XB_STATUS says which), 2 it did not finish (no @@BENCH-END).
bench_pvbench_result() {
	grep -q '^@@BENCH-END' "$XB_LOG" 2>/dev/null || return 2
	if ! grep -q '^@@BENCH-CLOCK tsc ' "$XB_LOG"; then
		XB_STATUS="pvbench did not time with the TSC ($(grep -m1 '^@@BENCH-CLOCK' "$XB_LOG"))"
		return 1
	fi
	XB_STATUS="${BOOT_SECONDS}s"
}

# bench_xen_boot KERNEL COLUMN MEM: boot KERNEL as a PVH domU of MEM MiB running
# pvbench; a second attempt when Xen nested in TCG lost the domU (see
# "Flaky platforms" in testing.rst), none when the kernel did not boot.
# Sets XB_LOG (the domU console) and XB_STATUS; returns 0 when pvbench
# finished with the TSC as its clock.
bench_xen_boot() {
	local k=$1 m=$3 label=bench-$2-xen-pvh-m$3 try again= rc
	XB_LOG='' XB_STATUS=''
	for try in 1 2; do
		step "Xen PVH benchmark: $2, domU $m MiB (QEMU $PV_XEN_BENCH_QEMU)$again"
		PV_BOOT_LABEL=$label XEN_DOMU_MEM=$m XEN_QEMU_EXTRA=$PV_XEN_BENCH_QEMU \
			PV_BOOT_EXTRA="quiet norandmaps pvtest.mode=bench pvbench.clock=tsc ${PV_BOOT_EXTRA:-}" \
			boot_xen "$k" xen-pvh 1 2>"$PV_LOGS/boot-$label.harness"
		XB_LOG=$BOOT_LOG.txt
		bench_pvbench_result
		rc=$?
		[ $rc = 2 ] || return $rc
		if [ "$BOOT_OUTCOME" = tests ]; then
			XB_STATUS="the domU ran its /init, but pvbench did not finish (no @@BENCH-END)"
		elif grep -q -E '^reboot: (Power down|System halted)' "$XB_LOG" 2>/dev/null; then
			# Seen with a runtime whose console took no output
			# from user space: the kernel's own messages only.
			BOOT_OUTCOME=shutdown
			XB_STATUS="the domU shut down by itself, and its console has no output of /init"
			XB_STATUS+=" (no @@PVTEST-END; last line: '$(grep -v '^reboot:' "$XB_LOG" | tail -n 1)')"
		else
			XB_STATUS=${BOOT_STATUS:-boot_xen failed (see $PV_LOGS/boot-$label.harness)}
		fi
		# A kernel that Xen refuses or that dies or stops by itself will
		# do so again; a domU that Xen lost may not.
		case $BOOT_OUTCOME in tests|shutdown|init-silent|noloader|triplefault|xl-failed) break ;; esac
		[ "$try" = 1 ] && cp "$XB_LOG" "${XB_LOG%.txt}.first-attempt.txt" 2>/dev/null
		again=", second attempt (first: $XB_STATUS)"
	done
	XB_STATUS="$XB_STATUS; domU console: ${XB_LOG#"$PV_ROOT"/}, Xen and dom0: ${BOOT_LOG#"$PV_ROOT"/}.xen"
	return 1
}

# bench_kvm_boot KERNEL COLUMN MEM: boot KERNEL as KVM's L2 guest of MEM MiB
# running pvbench.  Sets XB_LOG and XB_STATUS like bench_xen_boot.
bench_kvm_boot() {
	local k=$1 m=$3 label=bench-$2-kvm-tcg-m$3 rc
	XB_LOG='' XB_STATUS=''
	step "KVM benchmark: $2, L2 $m MiB (QEMU $PV_XEN_BENCH_QEMU)"
	PV_BOOT_LABEL=$label KVM_TCG_L2_MEM=$m KVM_TCG_QEMU_EXTRA=$PV_XEN_BENCH_QEMU \
		PV_BOOT_EXTRA="quiet norandmaps pvtest.mode=bench pvbench.clock=tsc ${PV_BOOT_EXTRA:-}" \
		boot_kvm_tcg "$k" 1 2>"$PV_LOGS/boot-$label.harness"
	XB_LOG=$BOOT_LOG.txt
	bench_pvbench_result
	rc=$?
	[ $rc = 2 ] || return $rc
	XB_STATUS="${BOOT_STATUS:-boot_kvm_tcg failed} (outcome ${BOOT_OUTCOME:-none}); L2 console:"
	XB_STATUS+=" ${XB_LOG#"$PV_ROOT"/}, L1: ${BOOT_LOG#"$PV_ROOT"/}.l1"
	return 1
}

# bench_xen_pvh KERNEL..., bench_kvm_tcg KERNEL...: the benchmarks.
bench_xen_pvh() { bench_nested xen-pvh "$@"; }
bench_kvm_tcg() { bench_nested kvm-tcg "$@"; }

# bench_nested PLATFORM KERNEL...: the benchmark on PLATFORM (xen-pvh,
# kvm-tcg); the table on stdout and in build/logs/bench-PLATFORM.txt.  A
# kernel that does not boot (or whose pvbench does not finish) in some
# layout gets FAILED and the reason instead of numbers, and the command
# fails.
bench_nested() {
	local plat=$1 k c n rc first m op fmt failed=0 out t0 hv mems title unit
	local -a secs=() cols=()
	shift
	out=$PV_LOGS/bench-$plat.txt
	case $plat in
	xen-pvh) mems=$PV_XEN_BENCH_MEMS unit=domU
		title="pvbench on Xen PVH" ;;
	kvm-tcg) mems=$PV_KVM_BENCH_MEMS unit=L2
		title="pvbench on KVM (L2)" ;;
	*) die "bench_nested: no platform $plat" ;;
	esac
	declare -A B F
	for k in "$@"; do
		[ -f "$(kernel_image "$k")" ] || die "no $k kernel: run 'scripts/harness/previrt build $k' first"
	done
	mkdir -p "$PV_LOGS"
	if [ ! -f "$PV_INITRAMFS" ] || [ "$PV_ROOT/scripts/harness/bench/pvbench.c" -nt "$PV_INITRAMFS" ] ||
	   [ "$PV_ROOT/scripts/harness/guest-init" -nt "$PV_INITRAMFS" ]; then
		initramfs_build || return 1
	fi
	# Columns: the kernels' names, "pvops#2" for a second pvops (the same
	# kernel on both sides shows the noise).
	cols=()
	for k in "$@"; do
		c=$k n=1
		while [[ " ${cols[*]} " == *" $c "* ]]; do n=$((n + 1)) c=$k#$n; done
		cols+=("$c")
	done
	first=${cols[0]}
	t0=$(date +%s)
	for c in "${cols[@]}"; do
		k=${c%#*}
		for m in $mems; do
			if [ "$plat" = xen-pvh ]; then
				bench_xen_boot "$k" "${c/\#/-}" "$m"
				rc=$?
				[ -n "${hv:-}" ] ||
					hv=$(grep -m1 -o 'Xen version [^ ]*' "${BOOT_LOG}.xen" 2>/dev/null | sed 's/ version//')
			else
				bench_kvm_boot "$k" "${c/\#/-}" "$m"
				rc=$?
				[ -n "${hv:-}" ] ||
					hv=$(grep -m1 -o 'kernel=[^ ]*' "${BOOT_LOG}.l1" 2>/dev/null | sed 's/kernel=/Linux /')
			fi
			if [ $rc != 0 ]; then
				F[$c]="$unit $m MiB: $XB_STATUS"
				say "$c: no numbers: ${F[$c]}"
				failed=1
				break
			fi
			secs+=("${XB_STATUS%s}")
			while read -r _ op v _; do B[$c,$m,$op]=$v; done < <(grep -E '^@@BENCH(-CAL)? ' "$XB_LOG")
		done
	done
	{
	case $plat in
	xen-pvh) echo "=== $title: $(base_banner); ${hv:-Xen} in QEMU TCG $PV_XEN_BENCH_QEMU:" \
		"domU TSC ticks per op = instructions of the whole machine (Xen and dom0 included)," \
		"median of 7 per boot, median over domU memory sizes $mems MiB" ;;
	*) echo "=== $title: $(base_banner); KVM of L1 ${hv:-Linux} in QEMU TCG $PV_XEN_BENCH_QEMU:" \
		"L2 TSC ticks per op = instructions of the whole machine (L1's KVM and QEMU included)," \
		"median of 7 per boot, median over L2 memory sizes $mems MiB" ;;
	esac
	printf '%-16s' op; for k in "${cols[@]}"; do printf ' %12s' "$k"; done
	for k in "${cols[@]:1}"; do printf ' %24s' "$k/$first (range)"; done; echo
	for op in $PV_XEN_BENCH_OPS; do
		fmt=%.1f
		case $op in insn_loop|background) fmt=%.6f ;; esac
		printf '%-16s' "$op"
		for k in "${cols[@]}"; do
			if [ -n "${F[$k]:-}" ]; then printf ' %12s' FAILED; continue; fi
			for m in $mems; do echo "${B[$k,$m,$op]:-nan}"; done |
				bench_stats | awk -v f="$fmt" '$1 == "n/a" { printf " %12s", $1; next } { printf " %12s", sprintf(f, $1) }'
		done
		for k in "${cols[@]:1}"; do
			bench_ratio_cell "$k" "$first" "$op" $mems
		done
		echo
	done
	echo "(cpuid: a user-mode cpuid, an exit to the hypervisor; insn_loop: ticks per instruction of a dec/jnz" \
		"loop of 2*10^5 instructions, median of 7; background: the same over 10^7 instructions, median" \
		"of 50: 1.0 plus the share of interrupts and the hypervisor's work)"
	for k in "${cols[@]}"; do
		[ -n "${F[$k]:-}" ] && echo "$k: FAILED, no numbers: ${F[$k]}"
	done
	if [ ${#secs[@]} -gt 0 ]; then
		printf '%s\n' "${secs[@]}" | bench_stats |
			awk -v n=${#secs[@]} '{ printf "%d boots gave numbers, %s s each (median; %s-%s); ", n, $1, $2, $3 }'
	fi
	echo "the benchmark took $(( $(date +%s) - t0 )) s"
	} | tee "$out"
	say "(also in ${out#"$PV_ROOT"/}; per boot: build/logs/boot-bench-KERNEL-$plat-mMEM.log*)"
	return $failed
}
