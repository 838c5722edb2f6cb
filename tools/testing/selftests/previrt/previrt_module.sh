#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# Module sites: load test_module/previrt_test.ko and check that the runtime
# got every site of the module (the counters in
# /sys/kernel/debug/previrt/status grow by the number of records in its
# .previrt.sites, which the build wrote to previrt_test.sites) and that
# its sensitive instructions give the right results (else insmod fails).

ksft_skip=4
DIR=$(dirname "$0")
STATUS=/sys/kernel/debug/previrt/status
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
sites0=$(field sites)
native0=$(field native)
rewritten0=$(field rewritten)
failed0=$(field failed)

rc=0
echo "TAP version 13"
echo "1..5"
if insmod "$KO"; then
	echo "ok 1 insmod previrt_test.ko (its sensitive instructions work)"
else
	echo "not ok 1 insmod previrt_test.ko"
	dmesg | grep previrt_test | sed 's/^/# /'
	exit 1
fi
sites=$(($(field sites) - sites0))
native=$(($(field native) - native0))
rewritten=$(($(field rewritten) - rewritten0))
failed=$(($(field failed) - failed0))
if [ "$sites" -eq "$want" ] && [ "$want" -gt 0 ]; then
	echo "ok 2 $sites module sites handed to runtime $runtime"
else
	echo "not ok 2 $sites module sites handed to runtime $runtime, expected $want"
	rc=1
fi
if [ "$failed" -eq 0 ]; then
	echo "ok 3 no module site failed"
else
	echo "not ok 3 $failed module sites failed"
	rc=1
fi
case $runtime in
native|native-nop)
	if [ "$native" -eq "$sites" ] && [ "$rewritten" -eq 0 ]; then
		echo "ok 4 runtime $runtime left all $native module sites native"
	else
		echo "not ok 4 runtime $runtime: $native native, $rewritten rewritten of $sites"
		rc=1
	fi ;;
*)
	echo "ok 4 # SKIP runtime $runtime: rewritten $rewritten, native $native" ;;
esac
if rmmod previrt_test; then
	echo "ok 5 rmmod previrt_test"
else
	echo "not ok 5 rmmod previrt_test"
	rc=1
fi
exit $rc
