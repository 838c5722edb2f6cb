#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# Build the afterburn libFuzzer target into build/ and run it for SECONDS
# (default 60) on a copy of fuzz-corpus/.  Exits non-zero on a crash or a
# sanitizer report.  Needs clang with libFuzzer (Debian: clang
# libclang-rt-14-dev).
set -eu
secs=${1:-60}
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
out=$root/build/fuzz
mkdir -p "$out/corpus" "$out/artifacts"
cc=${CLANG:-clang}
if ! command -v "$cc" >/dev/null; then
	echo "run-fuzz.sh: clang not found (apt-get install -y clang libclang-rt-14-dev)" >&2
	exit 1
fi
"$cc" -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all \
	-I "$root/arch/x86/include" -o "$out/afterburn-fuzz" "$here/fuzz.c"
cp "$here"/fuzz-corpus/* "$here"/cases/*.s "$out/corpus/" 2>/dev/null || true
rc=0
UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
ASAN_OPTIONS=detect_leaks=1 \
"$out/afterburn-fuzz" -max_total_time="$secs" -max_len=4096 -timeout=10 \
	-artifact_prefix="$out/artifacts/" -print_final_stats=1 \
	-dict=<(printf '"%s"\n' cli sti pushf popf mov %cr0 %cr3 %db7 %fs %gs rep \
		outsb insb in out int '$3' .macro .endm .rept .endr .irp .section \
		.pushsection .popsection .previous .text .data .code32 .code64 \
		'"ax"' .altinstr_replacement '#APP' '# 1 "a.h" 1' '# 0 "" 2' \
		'/*' '*/' ';' ':' '\\' "'" .end .subsection lock rex.W '{disp32}' \
		.byte 0x0f 0x01 0xc8 '\\op' .altinstructions \
		.if .ifc .ifdef .ifb .elseif .else .endif '==' '<<' '&&' '||' '!') \
	"$out/corpus" 2>"$out/fuzz.log" || rc=$?
tail -n 15 "$out/fuzz.log"
exit $rc
