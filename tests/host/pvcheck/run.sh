#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# Build pvcheck with the host compiler and test it on the small assembler
# files in cases/.
#
# Usage: tests/host/pvcheck/run.sh [SOURCE_TREE]
#
# SOURCE_TREE is a Linux tree that provides tools/arch/x86 (the decoder),
# tools/include and the opcode map; it defaults to build/base of this
# repository (scripts/harness/previrt base).
# The previrt headers come from this repository.  pvcheck is built into
# build/host/ of this repository.
#
# A case cases/NAME.s is assembled with "as --64" and checked with pvcheck.
# Optional files describe what must happen:
#   NAME.rc      expected exit status (default 0)
#   NAME.err     expected error messages, exactly (default: none)
#   NAME.counts  expected "pvcheck --counts" lines, without all-zero
#                "kind" lines
#   NAME.lds     link NAME.o into an ET_EXEC with this script first
#   NAME.args    more pvcheck options (--exempt-code=...), one line
# Prints "ok NAME" or "FAIL NAME: why" per case and a summary line.

set -u

HERE=$(cd "$(dirname "$0")" && pwd)
REPO=$(cd "$HERE/../../.." && pwd)
SRC=$(cd "${1:-$REPO/build/base}" && pwd) || exit 2
OUT=$REPO/build/host
WORK=$OUT/pvcheck-tests
CASES=$HERE/cases
PVCHECK=$OUT/pvcheck

CC=${CC:-cc}
AS=${AS:-as}
LD=${LD:-ld}

# shellcheck source=tests/host/lib.sh
. "$REPO/tests/host/lib.sh"

# Compare file $2 with expected file $3 (or with nothing if $3 is missing).
same()
{
	if [ -f "$3" ]; then
		cmp -s "$2" "$3" && return 0
		diff -u "$3" "$2" | sed -n '3,12p' | sed 's/^/    /'
	else
		[ -s "$2" ] || return 0
		sed -n '1,10p' "$2" | sed 's/^/    /'
	fi
	fail "$1" "$(basename "$2") differs from what was expected"
	return 1
}

# ---- build ----------------------------------------------------------------

rm -rf "$WORK"
mkdir -p "$OUT" "$WORK" || exit 2

if ! awk -f "$SRC/arch/x86/tools/gen-insn-attr-x86.awk" \
	"$SRC/arch/x86/lib/x86-opcode-map.txt" > "$OUT/inat-tables.c"; then
	fail build "cannot generate inat-tables.c from $SRC"
	finish
fi

if ! $CC -O2 -Wall -Wextra -Werror \
	-I"$SRC/tools/arch/x86/lib" -I"$SRC/tools/arch/x86/include" \
	-I"$SRC/tools/include" -I"$OUT" -I"$REPO/arch/x86/include" \
	-o "$PVCHECK" "$REPO/scripts/previrt/pvcheck.c" 2> "$WORK/build.log"; then
	sed -n '1,20p' "$WORK/build.log"
	fail build "$CC failed"
	finish
fi
ok build

# PREVIRT_KIND_<name> and PREVIRT_SIZE_<name> for the assembler.
printf '%s\n' \
	'#define PREVIRT_KIND(n, s, d) .set PREVIRT_KIND_##n, __COUNTER__ ; .set PREVIRT_SIZE_##n, s ;' \
	'#include <asm/previrt_kind_list.h>' \
	'#define PREVIRT_MEM_KIND(n, s, d) .set PREVIRT_KIND_MEM_##n, 0x80 + __COUNTER__ - PREVIRT_KIND_NR ; .set PREVIRT_SIZE_MEM_##n, s ;' \
	'.set PREVIRT_KIND_NR, __COUNTER__ + 1 ;' \
	'#include <asm/previrt_mem_kind_list.h>' |
	$CC -E -P -D__ASSEMBLY__ -I"$REPO/arch/x86/include" -x c - |
	tr ';' '\n' | sed 's/^[[:space:]]*//; /^$/d' > "$WORK/kinds.inc"
if ! grep -q '^\.set PREVIRT_KIND_CLI, 1' "$WORK/kinds.inc"; then
	fail kinds.inc "cannot generate the kind numbers"
	finish
fi

assemble()
{
	$AS --64 -I "$CASES" -I "$WORK" -o "$WORK/$2" "$CASES/$1" \
		2> "$WORK/$1.as.log" && return 0
	sed -n '1,5p' "$WORK/$1.as.log" | sed 's/^/    /'
	return 1
}

# Run pvcheck in $WORK/$2 on $3 (relative, so messages name it as given).
check()
{
	name=$1 dir=$2 file=$3 args=

	[ -f "$CASES/$name.args" ] && args=$(cat "$CASES/$name.args")
	# shellcheck disable=SC2086 # $args is a list of options
	(cd "$dir" && "$PVCHECK" --quiet $args "$file") > "$WORK/$name.out" \
		2> "$WORK/$name.err"
	rc=$?
	expect=0
	[ -f "$CASES/$name.rc" ] && expect=$(cat "$CASES/$name.rc")
	if [ "$rc" != "$expect" ]; then
		sed -n '1,10p' "$WORK/$name.err" | sed 's/^/    /'
		fail "$name" "exit status $rc, expected $expect"
		return
	fi
	if [ -s "$WORK/$name.out" ]; then
		fail "$name" "--quiet printed something on stdout"
		return
	fi
	same "$name" "$WORK/$name.err" "$CASES/$name.err" || return

	# shellcheck disable=SC2086
	(cd "$dir" && "$PVCHECK" --counts $args "$file" 2> /dev/null) |
		grep -v ' sites 0 uncovered 0 exempt 0$' > "$WORK/$name.counts"
	if [ -f "$CASES/$name.counts" ]; then
		same "$name" "$WORK/$name.counts" "$CASES/$name.counts" ||
			return
	fi
	ok "$name"
}

# ---- the cases ------------------------------------------------------------

for s in "$CASES"/*.s; do
	name=$(basename "$s" .s)
	if ! assemble "$name.s" "$name.o"; then
		fail "$name" "$AS failed"
		continue
	fi
	if [ -f "$CASES/$name.lds" ]; then
		mkdir -p "$WORK/$name.dir"
		if ! $LD -Ttext=0xffffffff81000000 -e 0 -T "$CASES/$name.lds" \
			-o "$WORK/$name.dir/$name" "$WORK/$name.o"; then
			fail "$name" "$LD failed"
			continue
		fi
		check "$name" "$WORK/$name.dir" "$name"
	else
		check "$name" "$WORK" "$name.o"
	fi
done

# Every kind once: the complete --counts output, zero lines included.
name=allkinds-full
"$PVCHECK" --counts "$WORK/allkinds.o" > "$WORK/$name.out" 2>&1
if [ $? -ne 0 ]; then
	fail "$name" "pvcheck failed"
elif same "$name" "$WORK/$name.out" "$CASES/allkinds.counts"; then
	ok "$name"
fi

# ET_EXEC without __start_/__stop_ symbols: the tables are found by their
# section names instead.
name=exec-sections
mkdir -p "$WORK/$name"
if ! $LD -Ttext=0xffffffff81000000 -e 0 -o "$WORK/$name/exec" \
	"$WORK/exec.o"; then
	fail "$name" "$LD failed"
else
	# shellcheck disable=SC2046 # the options in exec.args
	(cd "$WORK/$name" &&
	 "$PVCHECK" --quiet $(cat "$CASES/exec.args") exec) 2> "$WORK/$name.err"
	rc=$?
	if [ $rc -ne 1 ]; then
		fail "$name" "exit status $rc, expected 1"
	elif same "$name" "$WORK/$name.err" "$CASES/exec.err"; then
		ok "$name"
	fi
fi

# The same for the altsite table: an ET_EXEC without __start_previrt_altsites
# and __stop_previrt_altsites, but with a .previrt.altsites section.
name=exec-altsite-sections
mkdir -p "$WORK/$name"
if ! $LD -Ttext=0xffffffff81000000 -e 0 -o "$WORK/$name/exec" \
	"$WORK/altsite-exec.o"; then
	fail "$name" "$LD failed"
else
	(cd "$WORK/$name" && "$PVCHECK" --counts exec) > "$WORK/$name.out" \
		2> "$WORK/$name.err"
	rc=$?
	grep -v ' sites 0 uncovered 0 exempt 0$' "$WORK/$name.out" \
		> "$WORK/$name.counts"
	if [ $rc -ne 0 ]; then
		sed -n '1,10p' "$WORK/$name.err" | sed 's/^/    /'
		fail "$name" "exit status $rc, expected 0"
	elif same "$name" "$WORK/$name.counts" "$CASES/altsite-exec.counts"; then
		ok "$name"
	fi
fi

# --raw ignores the site tables: every sensitive instruction is counted.
name=raw
cat > "$WORK/$name.expected" << 'END'
kind CLI sites 0 uncovered 1 exempt 0
kind STI sites 0 uncovered 1 exempt 0
kind CR_READ sites 0 uncovered 1 exempt 0
kind CR_WRITE sites 0 uncovered 1 exempt 0
kind HLT sites 0 uncovered 1 exempt 0
kind INT3 sites 0 uncovered 2 exempt 0
altsites 0
END
"$PVCHECK" --raw --counts "$WORK/covered.o" 2> "$WORK/$name.err" |
	grep -v ' sites 0 uncovered 0 exempt 0$' > "$WORK/$name.out"
if [ -s "$WORK/$name.err" ]; then
	fail "$name" "errors reported in --raw mode"
elif "$PVCHECK" --raw --quiet "$WORK/uncovered.o" 2> /dev/null; then
	same "$name" "$WORK/$name.out" "$WORK/$name.expected" && ok "$name"
else
	fail "$name" "--raw failed on uncovered code"
fi

# The human-readable summary.
name=summary
(cd "$WORK" && "$PVCHECK" int3ud2.o) > "$WORK/$name.out" 2>&1
if ! grep -q '^  int3/ud2 (not checked): 5$' "$WORK/$name.out"; then
	fail "$name" "no 'int3/ud2 (not checked): 5' line"
elif ! grep -q '^int3ud2.o: previrt: 0 errors$' "$WORK/$name.out"; then
	fail "$name" "no '0 errors' line"
elif ! grep -Eq '^  total +1 +5 +0$' "$WORK/$name.out"; then
	fail "$name" "wrong totals"
else
	ok "$name"
fi

# Several files: the worst status wins, --counts names each file.
name=many-files
(cd "$WORK" && "$PVCHECK" --counts covered.o uncovered.o) \
	> "$WORK/$name.out" 2> /dev/null
rc=$?
if [ $rc -ne 1 ]; then
	fail "$name" "exit status $rc, expected 1"
elif [ "$(grep -c '^file ' "$WORK/$name.out")" != 2 ]; then
	fail "$name" "expected two 'file' lines"
else
	ok "$name"
fi

# Input that is not an x86-64 object, and no input at all.
name=bad-input
printf 'cli\n' > "$WORK/bad32.s"
$AS --32 -o "$WORK/bad32.o" "$WORK/bad32.s"
"$PVCHECK" "$CASES/site.inc" > /dev/null 2>&1
rc1=$?
"$PVCHECK" "$WORK/bad32.o" > /dev/null 2>&1
rc2=$?
"$PVCHECK" "$WORK/does-not-exist.o" > /dev/null 2>&1
rc3=$?
"$PVCHECK" > /dev/null 2>&1
rc4=$?
if [ "$rc1 $rc2 $rc3 $rc4" != "2 2 2 2" ]; then
	fail "$name" "exit status $rc1 $rc2 $rc3 $rc4, expected 2 2 2 2"
else
	ok "$name"
fi

finish
