# shellcheck shell=bash
# The flake study of the nested platforms: a fixed workload booted N times
# per configuration, crashes counted in dom0 and in the domU.
#
# Workload (one run): the pv-ops kernel as a Xen PV and as a Xen HVM domU
# with one vCPU, each running the kselftests (fork, exec, signals and the
# kernel's x86 selftests) while dom0 runs a fork/exec/signal/xl loop
# (DOM0_STRESS).  Per boot the outcome is one of: ok; "domU: <symptom>"
# (row_symptom: the kselftests that failed, or the test running when the
# guest stopped); and, independently, whether dom0's own output shows a
# crashed program (xen_dom0_fault) or its stress loop saw a step end
# wrongly.

# flake_config NAME: the environment of one configuration.  "base" is the
# harness's own (since the study, the outer CPU without XSAVE), "xsave"
# the former one (with XSAVE); the other suspects of the nested-Xen
# crashes are each one change to "xsave", where they were seen.
flake_config() {
	local xsave="XEN_QEMU_CPU=max,-smap"
	case $1 in
	base)		echo "" ;;
	xsave)		echo "$xsave" ;;
	noxsave)	echo "XEN_QEMU_CPU=max,-smap,-xsave" ;;
	xen-cpuid)	echo "$xsave XEN_CMDLINE_EXTRA=cpuid=no-xsaveopt,no-xsavec,no-xsaves" ;;
	xen-4.17.5)	echo "$xsave XEN_PKG_VERSION=4.17.5+72-g01140da4e8-1" ;;
	qemu-smp2)	echo "$xsave XEN_QEMU_SMP=2" ;;
	*)		return 1 ;;
	esac
}
PV_FLAKE_CONFIGS="base xsave noxsave xen-cpuid xen-4.17.5 qemu-smp2"

# flake_run CONFIG...: PV_FLAKE_RUNS runs (default 10) of PV_FLAKE_ROWS
# (KERNEL/PLATFORM[/SMP], default "pvops/xen-pv pvops/xen-hvm", 1 vCPU) per
# configuration; the table in build/logs/flake.txt, one line per boot in
# build/logs/flake-boots.tsv.
flake_run() {
	local c env row k plat smp i label sym dom0 stress n ok dfail dzero sdied t0
	local runs=${PV_FLAKE_RUNS:-10} rows=${PV_FLAKE_ROWS:-pvops/xen-pv pvops/xen-hvm}
	local out=$PV_LOGS/flake.txt tsv=$PV_LOGS/flake-boots.tsv
	mkdir -p "$PV_LOGS"
	for c in "$@"; do
		flake_config "$c" >/dev/null || die "flake: unknown configuration '$c' ($PV_FLAKE_CONFIGS)"
	done
	for row in $rows; do
		[ -f "$(kernel_image "${row%%/*}")" ] || die "flake: no ${row%%/*} kernel: build it first"
	done
	for c in "$@"; do
		env=$(flake_config "$c")
		n=0 ok=0 dfail=0 dzero=0 sdied=0 t0=$SECONDS
		for i in $(seq 1 "$runs"); do
			for row in $rows; do
				IFS=/ read -r k plat smp <<< "$row"
				smp=${smp:-1}
				label=flake-$c-$k-$plat-smp$smp-$i
				step "flake: $c, run $i of $runs: $k on $plat, $smp vCPUs"
				# shellcheck disable=SC2086
				(export XEN_DOM0_STRESS=1 $env
				 # The per-configuration variables are read when xen.sh is sourced.
				 . "$PV_ROOT/scripts/harness/xen.sh"
				 PV_BOOT_EXTRA=$(xen_row_extra "$k" "$plat") \
				 PV_BOOT_LABEL=$label boot_platform "$k" "$plat" "$smp" >/dev/null 2>&1
				 echo "$?" > "$PV_LOGS/$label.rc")
				n=$((n + 1))
				if [ "$(cat "$PV_LOGS/$label.rc")" = 0 ]; then
					sym=ok
					ok=$((ok + 1))
				else
					sym="domU: $(row_symptom "$PV_LOGS/boot-$label.log.txt")"
					dfail=$((dfail + 1))
				fi
				dom0=$(xen_dom0_fault "$PV_LOGS/boot-$label.log.xen") || dom0=
				[ -z "$dom0" ] || dzero=$((dzero + 1))
				stress=$(grep -c '@@DOM0-STRESS-DIED' "$PV_LOGS/boot-$label.log.xen" 2>/dev/null)
				[ "${stress:-0}" = 0 ] || sdied=$((sdied + 1))
				printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$c" "$i" "$k/$plat/$smp" "$sym" \
					"${dom0:-no dom0 fault}" "${stress:-0} stress deaths" "$(date +%FT%T)" >> "$tsv"
				say "    $sym; ${dom0:-no dom0 fault}; ${stress:-0} stress deaths"
			done
		done
		printf '%-12s %5s %5s %12s %12s %14s %8s\n' "$c" "$n" "$ok" "$dfail" "$dzero" "$sdied" \
			"$((SECONDS - t0))" >> "$out.new"
	done
	{
		echo "=== flake study: $(base_banner); rows: $rows; $runs runs each"
		printf '%-12s %5s %5s %12s %12s %14s %8s\n' config boots ok "domU failed" "dom0 fault" \
			"stress death" "time (s)"
		cat "$out.new"
	} | tee "$out"
	rm -f "$out.new"
}
