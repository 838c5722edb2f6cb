#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# The afterburn parser under libFuzzer (ASan + UBSan), bounded in time
# (PV_FUZZ_SECONDS, default 30): ok when it ends with no crash, no
# sanitizer report and no timeout.
here=$(cd "$(dirname "$0")" && pwd)
secs=${PV_FUZZ_SECONDS:-30}
log=$(mktemp)
if bash "$here/../afterburn/run-fuzz.sh" "$secs" >"$log" 2>&1; then
	runs=$(sed -n 's/.*stat::number_of_executed_units: *//p' "$log" | tail -n 1)
	echo "ok afterburn-fuzz ($secs s, ${runs:-?} inputs, 0 crashes)"
	echo "1 passed, 0 failed"
	rm -f "$log"
	exit 0
fi
echo "FAIL afterburn-fuzz: crash, sanitizer report or build failure:"
sed 's/^/    /' "$log" | tail -n 20
echo "0 passed, 1 failed"
rm -f "$log"
exit 1
