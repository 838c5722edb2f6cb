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
# The KVM benchmark also counts VM exits per op, in one more boot per kernel
# (L1's kvm:kvm_exit histogram costs L1 instructions: not in the timed
# boots); PV_KVM_BENCH_EXITS=0 leaves that out.
PV_KVM_BENCH_EXITS=${PV_KVM_BENCH_EXITS:-1}
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

# bench_xen_boot KERNEL COLUMN MEM [PLATFORM]: boot KERNEL as a PVH (or,
# PLATFORM xen-pv, PV) domU of MEM MiB running pvbench; a second attempt when Xen nested in TCG lost the domU (see
# "Flaky platforms" in testing.rst), none when the kernel did not boot.
# Sets XB_LOG (the domU console) and XB_STATUS; returns 0 when pvbench
# finished with the TSC as its clock.
bench_xen_boot() {
	local k=$1 m=$3 plat=${4:-xen-pvh} label try again= rc
	label=bench-$2-$plat-m$3
	XB_LOG='' XB_STATUS=''
	for try in 1 2; do
		step "Xen ${plat#xen-} benchmark: $2, domU $m MiB (QEMU $PV_XEN_BENCH_QEMU)$again"
		PV_BOOT_LABEL=$label XEN_DOMU_MEM=$m XEN_QEMU_EXTRA=$PV_XEN_BENCH_QEMU \
			PV_BOOT_EXTRA="quiet norandmaps pvtest.mode=bench pvbench.clock=tsc ${PV_BOOT_EXTRA:-}" \
			boot_xen "$k" "$plat" 1 2>"$PV_LOGS/boot-$label.harness"
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

# bench_exits_report COLUMN...: one exits boot per kernel (the first memory
# size of PV_KVM_BENCH_MEMS), the table of exits per op appended to
# build/logs/bench-kvm-tcg.txt.
bench_exits_report() {
	local c k m rc failed=0 out=$PV_LOGS/bench-kvm-tcg.txt op
	local -A X D
	m=${PV_KVM_BENCH_MEMS%% *}
	for c in "$@"; do
		k=${c%#*}
		bench_kvm_exits "$k" "${c/\#/-}" "$m"
		rc=$?
		if [ $rc != 0 ]; then
			X[$c,failed]=$XB_STATUS
			say "$c: no exit counts: $XB_STATUS"
			failed=1
			continue
		fi
		while read -r op tot det; do
			X[$c,$op]=$tot D[$c,$op]=$det
		done < <(bench_exits_table "$XB_LOG")
	done
	{
	echo "=== VM exits per op on KVM (L2), from L1's histogram of kvm:kvm_exit by SVM exit code," \
		"one boot per kernel (L2 $m MiB), the exits of a mark alone (op 'empty') subtracted"
	printf '%-16s' op; for c in "$@"; do printf ' %10s' "$c"; done; echo
	for op in $PV_XEN_BENCH_OPS; do
		case $op in insn_loop|background) continue ;; esac
		printf '%-16s' "$op"
		for c in "$@"; do
			if [ -n "${X[$c,failed]:-}" ]; then printf ' %10s' FAILED
			else printf ' %10s' "${X[$c,$op]:-n/a}"; fi
		done
		echo
	done
	echo "by exit reason (per op):"
	for op in $PV_XEN_BENCH_OPS; do
		case $op in insn_loop|background) continue ;; esac
		for c in "$@"; do
			[ -n "${X[$c,failed]:-}" ] && continue
			printf '  %-16s %-8s %s\n' "$op" "$c" "${D[$c,$op]:-n/a}"
		done
	done
	for c in "$@"; do
		[ -n "${X[$c,failed]:-}" ] && echo "$c: FAILED, no exit counts: ${X[$c,failed]}"
	done
	} | tee -a "$out"
	return $failed
}

# bench_xen_pvh KERNEL..., bench_kvm_tcg KERNEL...: the benchmarks.
# bench_kvm_exits KERNEL COLUMN MEM: boot KERNEL as KVM's L2 guest of MEM
# MiB with pvbench counting exits (pvbench.exits=1, L1's histogram of
# kvm:kvm_exit read at each mark).  Sets XB_LOG (L1's log, with the
# "@@KVMEXITS" lines) and XB_STATUS; returns 0 when every op has its
# two marks.
bench_kvm_exits() {
	local k=$1 m=$3 label=bench-exits-$2-kvm-tcg-m$3
	XB_LOG='' XB_STATUS=''
	step "KVM exits per op: $2, L2 $m MiB (QEMU $PV_XEN_BENCH_QEMU)"
	PV_BOOT_LABEL=$label KVM_TCG_L2_MEM=$m KVM_TCG_QEMU_EXTRA=$PV_XEN_BENCH_QEMU \
		KVM_TCG_L2_EXITS=1 \
		PV_BOOT_EXTRA="quiet norandmaps pvtest.mode=bench pvbench.exits=1 ${PV_BOOT_EXTRA:-}" \
		boot_kvm_tcg "$k" 1 2>"$PV_LOGS/boot-$label.harness"
	XB_LOG=$BOOT_LOG.l1
	if ! grep -q '^@@BENCH-END' "$BOOT_LOG.txt" 2>/dev/null; then
		XB_STATUS="pvbench did not finish: ${BOOT_STATUS:-boot_kvm_tcg failed}"
		grep -q '@@KVMEXITS-UNAVAILABLE' "$XB_LOG" && XB_STATUS+=" (no hist trigger in L1)"
		XB_STATUS+="; L2 console: ${BOOT_LOG#"$PV_ROOT"/}.txt, L1: ${XB_LOG#"$PV_ROOT"/}"
		return 1
	fi
	if [ "$(grep -c '@@KVMEXITS end ' "$XB_LOG")" -lt 2 ]; then
		XB_STATUS="no exit counts in L1's log ${XB_LOG#"$PV_ROOT"/}"
		return 1
	fi
}

# bench_exits_table L1LOG: from the "@@KVMEXITS begin|end OP ITER
# CODE=COUNT..." lines, per op: "OP TOTAL NAME=N,NAME=N..." with the exits
# per op (the op "empty", a mark alone, subtracted), reasons by SVM exit
# code name, largest first, those of at least 0.005 per op; of two
# "empty" ops the last.
bench_exits_table() {
	sed -n 's/.*@@KVMEXITS //p' "$1" | tr -d '\r' | awk '
	function svm(c) {
		if (c < 16) return "cr" c "_read"
		if (c < 32) return "cr" (c - 16) "_write"
		if (c < 48) return "dr" (c - 32) "_read"
		if (c < 64) return "dr" (c - 48) "_write"
		if (c < 96) return "exception" (c - 64)
		if (c in N) return N[c]
		return "code" c
	}
	BEGIN {
		split("96:intr 97:nmi 98:smi 99:init 100:vintr 101:cr0_sel_write 102:idtr_read " \
		      "103:gdtr_read 104:ldtr_read 105:tr_read 106:idtr_write 107:gdtr_write " \
		      "108:ldtr_write 109:tr_write 110:rdtsc 111:rdpmc 112:pushf 113:popf " \
		      "114:cpuid 115:rsm 116:iret 117:swint 118:invd 119:pause 120:hlt " \
		      "121:invlpg 122:invlpga 123:ioio 124:msr 125:task_switch 126:ferr_freeze " \
		      "127:shutdown 128:vmrun 129:vmmcall 130:vmload 131:vmsave 132:stgi " \
		      "133:clgi 134:skinit 135:rdtscp 136:icebp 137:wbinvd 138:monitor " \
		      "139:mwait 140:mwait_cond 141:xsetbv 142:rdpru 143:efer_write_trap " \
		      "163:invpcid 1024:npf 1025:avic_incomplete_ipi 1026:avic_unaccelerated_access", a, " ")
		for (i in a) { split(a[i], kv, ":"); N[kv[1]] = kv[2] }
	}
	{
		key = $2; it[key] = $3
		for (i = 4; i <= NF; i++) {
			split($i, kv, "=")
			if ($1 == "begin") B[key, kv[1]] = kv[2]
			else { E[key, kv[1]] = kv[2]; codes[kv[1]] = 1 }
		}
		if ($1 == "end") ops[++n] = key
	}
	END {
		for (c in codes) Z[c] = E["empty", c] - B["empty", c]
		for (j = 1; j <= n; j++) {
			op = ops[j]
			if (op == "empty") continue
			tot = 0; m = 0; delete d
			for (c in codes) {
				v = (E[op, c] - B[op, c] - Z[c]) / it[op]
				tot += v
				if (v >= 0.005 || v <= -0.005) { d[++m] = v; nm[m] = svm(c + 0) }
			}
			# largest first
			for (x = 1; x <= m; x++) for (y = x + 1; y <= m; y++)
				if (d[y] > d[x]) { t = d[x]; d[x] = d[y]; d[y] = t; t = nm[x]; nm[x] = nm[y]; nm[y] = t }
			s = ""
			for (x = 1; x <= m; x++) s = s (x > 1 ? "," : "") nm[x] "=" sprintf("%.2f", d[x])
			printf "%s %.2f %s\n", op, tot, (s == "" ? "-" : s)
		}
	}'
}

bench_xen_pvh() { bench_nested xen-pvh "$@"; }
bench_xen_pv() { bench_nested xen-pv "$@"; }
bench_kvm_tcg() { bench_nested kvm-tcg "$@"; }

# bench_nested PLATFORM KERNEL...: the benchmark on PLATFORM (xen-pvh,
# xen-pv, kvm-tcg); the table on stdout and in build/logs/bench-PLATFORM.txt.  A
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
	xen-pv) mems=$PV_XEN_BENCH_MEMS unit=domU
		title="pvbench on Xen PV" ;;
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
			if [ "$plat" != kvm-tcg ]; then
				bench_xen_boot "$k" "${c/\#/-}" "$m" "$plat"
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
	xen-pv*) echo "=== $title: $(base_banner); ${hv:-Xen} in QEMU TCG $PV_XEN_BENCH_QEMU:" \
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
	if [ "$plat" = kvm-tcg ] && [ "$PV_KVM_BENCH_EXITS" = 1 ]; then
		bench_exits_report "${cols[@]}" || failed=1
	fi
	say "(also in ${out#"$PV_ROOT"/}; per boot: build/logs/boot-bench-KERNEL-$plat-mMEM.log*)"
	return $failed
}
