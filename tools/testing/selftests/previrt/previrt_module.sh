#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# Module sites: load previrt_test.ko (built by this directory's Makefile
# against the running kernel's build tree) and check that the patcher took
# every site record of the module exactly once (the counters in
# /sys/kernel/debug/previrt/status grow by the number of records in its
# .previrt.sites and .previrt.altsites, which the build wrote to
# previrt_test.sites), and that its sensitive instructions give the right
# results (else insmod fails).  Then put kprobes on a function of the
# module that contains sites and on one of its sites, run the instructions
# again and check that both probes hit and the results are still right.
#
# A harness that boots several kernels with one initramfs passes
# pvtest.kernel=NAME on the command line: the module is then NAME/previrt_test.ko.

ksft_skip=4
DIR=$(dirname "$0")
STATUS=/sys/kernel/debug/previrt/status
TRACE=/sys/kernel/tracing

for arg in $(cat /proc/cmdline); do
	case $arg in
	pvtest.kernel=*) DIR=$DIR/${arg#pvtest.kernel=} ;;
	esac
done
KO=$DIR/previrt_test.ko

mountpoint -q /sys/kernel/debug 2>/dev/null ||
	mount -t debugfs none /sys/kernel/debug 2>/dev/null
if [ ! -r "$STATUS" ]; then
	echo "SKIP: no $STATUS (kernel without CONFIG_PREVIRT)"
	exit $ksft_skip
fi
if [ ! -r /proc/modules ]; then
	echo "SKIP: kernel without module support"
	exit $ksft_skip
fi
if [ ! -r "$KO" ] || [ ! -r "$DIR/previrt_test.sites" ]; then
	echo "SKIP: $KO was not built"
	exit $ksft_skip
fi

field() { sed -n "s/^$1: //p" "$STATUS"; }
want=$(cat "$DIR/previrt_test.sites")
runtime=$(field runtime)
records0=$(field records)
handed0=$(field handed)
replaced0=$(field replaced)
idle0=$(field idle)
rewritten0=$(field rewritten)
failed0=$(field failed)

rc=0
echo "TAP version 13"
echo "1..8"
if insmod "$KO"; then
	echo "ok 1 insmod previrt_test.ko (its sensitive instructions work)"
else
	echo "not ok 1 insmod previrt_test.ko"
	dmesg | grep previrt_test | sed 's/^/# /'
	exit 1
fi
records=$(($(field records) - records0))
handed=$(($(field handed) - handed0))
replaced=$(($(field replaced) - replaced0))
idle=$(($(field idle) - idle0))
rewritten=$(($(field rewritten) - rewritten0))
failed=$(($(field failed) - failed0))
if [ "$records" -eq "$want" ] && [ "$want" -gt 0 ] &&
   [ "$records" -eq $((handed + replaced + idle)) ]; then
	echo "ok 2 $records module site records: $handed handed to runtime $runtime, $replaced replaced, $idle idle"
else
	echo "not ok 2 $records module site records (expected $want): $handed handed, $replaced replaced, $idle idle"
	rc=1
fi
if [ "$failed" -eq 0 ]; then
	echo "ok 3 no module site failed"
else
	echo "not ok 3 $failed module sites failed"
	rc=1
fi
case $runtime in
native)
	# The module's cli, sti, cpuid, rdmsr, ... all have NOP padding to fold.
	if [ "$rewritten" -gt 0 ]; then
		echo "ok 4 runtime $runtime folded the padding of $rewritten of $handed module sites"
	else
		echo "not ok 4 runtime $runtime folded none of $handed module sites"
		rc=1
	fi ;;
*)
	echo "ok 4 # SKIP runtime $runtime: rewritten $rewritten of $handed" ;;
esac

# kprobes: on a function with sites, and on a site.
if [ ! -w "$TRACE/kprobe_events" ]; then
	mount -t tracefs nodev "$TRACE" 2>/dev/null
fi
if [ -w "$TRACE/kprobe_events" ]; then
	off=$(cat /sys/module/previrt_test/parameters/site_offset)
	if echo 'p:previrt/pvt_fn previrt_test:previrt_test_run' >> "$TRACE/kprobe_events" &&
	   echo "p:previrt/pvt_site previrt_test:previrt_test_cpuid+$off" >> "$TRACE/kprobe_events" &&
	   echo 1 > "$TRACE/events/previrt/enable" &&
	   echo 1 > /sys/module/previrt_test/parameters/run; then
		# kprobe_profile: event name (without its group), hits, misses
		fn=$(awk '$1 == "pvt_fn" { print $2 }' "$TRACE/kprobe_profile")
		site=$(awk '$1 == "pvt_site" { print $2 }' "$TRACE/kprobe_profile")
		if [ "${fn:-0}" -gt 0 ] && [ "${site:-0}" -gt 0 ]; then
			echo "ok 5 kprobes on previrt_test_run and on the site at previrt_test_cpuid+$off hit ($fn, $site times), results right"
		else
			echo "not ok 5 kprobes on previrt_test_run and on the site at previrt_test_cpuid+$off: hits ${fn:-none}, ${site:-none}"
			rc=1
		fi
	else
		echo "not ok 5 kprobes on previrt_test_run and on the site at previrt_test_cpuid+$off could not be set or run"
		dmesg | tail -5 | sed 's/^/# /'
		rc=1
	fi
	echo 0 > "$TRACE/events/previrt/enable" 2>/dev/null
	echo > "$TRACE/kprobe_events" 2>/dev/null
else
	echo "ok 5 # SKIP no kprobe events ($TRACE/kprobe_events)"
fi
if echo 1 > /sys/module/previrt_test/parameters/run; then
	echo "ok 6 sensitive instructions of the module give the right results again"
else
	echo "not ok 6 sensitive instructions of the module give wrong results"
	rc=1
fi
# IPIs through struct apic's mask hooks; the kvm runtime's PV IPIs when
# it uses them (debugfs previrt/kvm counts the hypercalls KVM took).
KVM=/sys/kernel/debug/previrt/kvm
kvmnum() { sed -n "s/^$1: //p" "$KVM" 2>/dev/null; }
ncpus=$(grep -c '^processor' /proc/cpuinfo)
if [ "$ncpus" -lt 2 ]; then
	echo "ok 7 # SKIP one CPU: no IPIs to send"
else
	pv=no
	grep -q '^features:.*\bpv_ipi\b' "$KVM" 2>/dev/null && pv=yes
	calls0=$(kvmnum pv_ipi_hypercalls)
	if echo 1 > /sys/module/previrt_test/parameters/ipi; then
		calls=$(($(kvmnum pv_ipi_hypercalls) - ${calls0:-0}))
		refused=$(kvmnum pv_ipi_refused)
		sent=$((20 * (ncpus - 1)))
		if [ $pv = no ]; then
			echo "ok 7 $sent reschedule IPIs through struct apic arrived"
		elif [ "$calls" -ge "$sent" ] && [ "${refused:-1}" -eq 0 ]; then
			echo "ok 7 $sent reschedule IPIs arrived, by $calls KVM_HC_SEND_IPI hypercalls"
		else
			echo "not ok 7 $sent reschedule IPIs arrived," \
				"but KVM_HC_SEND_IPI made $calls (refused ${refused:-?})"
			rc=1
		fi
	else
		echo "not ok 7 reschedule IPIs through struct apic did not arrive"
		dmesg | grep previrt_test | tail -3 | sed 's/^/# /'
		rc=1
	fi
fi
if rmmod previrt_test; then
	echo "ok 8 rmmod previrt_test"
else
	echo "not ok 8 rmmod previrt_test"
	rc=1
fi
exit $rc
