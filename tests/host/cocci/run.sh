#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0
#
# Test the semantic patches of scripts/coccinelle/previrt/ and their driver
# scripts/harness/cocci.sh on the pristine base tree.
#
# Usage: tests/host/cocci/run.sh [BASE_TREE]
#
# BASE_TREE defaults to build/base of this repository; it is only read.
# Scratch files go to build/cocci-scratch/tests/.  Prints "ok NAME",
# "FAIL NAME: why" or "SKIP NAME: why" per test and a summary line; exits
# nonzero if a test failed.  Takes about 40 seconds.

set -u

HERE=$(cd "$(dirname "$0")" && pwd)
REPO=$(cd "$HERE/../../.." && pwd)
BASE=$(cd "${1:-$REPO/build/base}" 2> /dev/null && pwd) || BASE=

# The harness's scratch files (build/cocci-scratch/) go below ours.
WORK=$REPO/build/cocci-scratch/tests
export PV_BUILD=$WORK/build
# shellcheck source=scripts/harness/lib.sh
. "$REPO/scripts/harness/lib.sh"
# shellcheck source=scripts/harness/cocci.sh
. "$REPO/scripts/harness/cocci.sh"

# shellcheck source=tests/host/lib.sh
. "$REPO/tests/host/lib.sh"

# Show the first lines of file $1, indented.
show()
{
	sed -n '1,12p' "$1" | sed 's/^/    /'
}

if ! command -v spatch > /dev/null; then
	echo "SKIP cocci: spatch (coccinelle) is not installed"
	finish
fi
if [ -z "$BASE" ] || [ ! -f "$BASE/arch/x86/include/asm/paravirt_types.h" ]; then
	echo "SKIP cocci: no base tree (scripts/harness/previrt base)"
	finish
fi

rm -rf "$WORK"
mkdir -p "$WORK" || exit 2

# ---- the reference list against the base ----------------------------------

name=check-base
if cocci_check "$BASE" > "$WORK/$name.out" 2>&1; then
	ok "$name"
else
	show "$WORK/$name.out"
	fail "$name" "cocci_check fails on the base"
fi

# ---- the edits ------------------------------------------------------------

name=generate
diff1=$WORK/edits1.diff
diff2=$WORK/edits2.diff
start=$(date +%s)
if ! cocci_generate "$BASE" "$diff1" 2> "$WORK/$name.err"; then
	show "$WORK/$name.err"
	fail "$name" "cocci_generate failed"
	finish
elif [ ! -s "$diff1" ]; then
	fail "$name" "the diff is empty"
	finish
else
	ok "$name ($(($(date +%s) - start)) s)"
fi

name=deterministic
if ! cocci_generate "$BASE" "$diff2" 2> "$WORK/$name.err"; then
	show "$WORK/$name.err"
	fail "$name" "second cocci_generate failed"
elif ! cmp -s "$diff1" "$diff2"; then
	diff -u "$diff1" "$diff2" | sed -n '1,12p' | sed 's/^/    /'
	fail "$name" "two runs gave different diffs"
else
	ok "$name"
fi

# The touched base files, copied to a scratch tree: the diff must apply.
name=apply
files=$(sed -n 's|^diff --git a/\([^ ]*\) b/.*|\1|p' "$diff1")
sorted=$(printf '%s\n' "$files" | LC_ALL=C sort)
tree=$WORK/apply
mkdir -p "$tree"
# its own repository: git apply in a subdirectory of this one would skip
# every path outside it
git init -q "$tree"
(cd "$BASE" && printf '%s\n' "$files" | xargs -d '\n' cp --parents -t "$tree")
if [ "$files" != "$sorted" ]; then
	fail "$name" "the files of the diff are not sorted by path"
elif ! (cd "$tree" && git apply --check "$diff1") > "$WORK/$name.err" 2>&1; then
	show "$WORK/$name.err"
	fail "$name" "git apply --check fails on the touched base files"
elif ! (cd "$tree" && git apply "$diff1") > "$WORK/$name.err" 2>&1; then
	show "$WORK/$name.err"
	fail "$name" "git apply fails"
else
	ok "$name"
fi

# Every touched file includes the macros' header once, and no 32-bit-only
# file or previrt header is touched.
name=include-once
bad=
for f in $files; do
	n=$(grep -c '^#include <asm/previrt_mem.h>$' "$tree/$f")
	[ "$n" = 1 ] || bad="$bad $f($n)"
done
skip=$(printf '%s\n' "$files" | grep -E "$PV_COCCI_SKIP")
if [ -n "$bad" ]; then
	fail "$name" "#include <asm/previrt_mem.h> not exactly once in:$bad"
elif [ -n "$skip" ]; then
	fail "$name" "touches files it must leave alone: $skip"
else
	ok "$name"
fi

# Added lines: at most 100 columns, no trailing white space, no run of two
# blank lines.
name=style
grep '^+[^+]' "$diff1" | sed 's/^+//' | expand |
	awk 'length > 100' > "$WORK/$name.long"
grep -nE '^\+.*[[:space:]]$' "$diff1" > "$WORK/$name.trailing"
# blank-line runs, base against patched
blanks()
{
	awk 'p == "" && $0 == "" && NR > 1 { n++ } { p = $0 } END { print n + 0 }' "$1"
}
for f in $files; do
	[ "$(blanks "$tree/$f")" -le "$(blanks "$BASE/$f")" ] || echo "$f"
done > "$WORK/$name.blank"
if [ -s "$WORK/$name.long" ]; then
	show "$WORK/$name.long"
	fail "$name" "added lines longer than 100 columns"
elif [ -s "$WORK/$name.trailing" ]; then
	show "$WORK/$name.trailing"
	fail "$name" "added lines with trailing white space"
elif [ -s "$WORK/$name.blank" ]; then
	show "$WORK/$name.blank"
	fail "$name" "two blank lines in a row added"
else
	ok "$name"
fi

# The report and the edits describe the same sites: one report line per
# memory kind in the added lines, and the same number per kind.
name=report-matches-diff
line_re='^arch/x86/[^:]*:[0-9]*: [A-Za-z0-9_]*: .* (rule [a-z0-9_]*)'
line_re="$line_re -> PREVIRT_KIND_MEM_[A-Z0-9_]*\$"
if ! cocci_report "$BASE" > "$WORK/report" 2> "$WORK/$name.err"; then
	show "$WORK/$name.err"
	fail "$name" "cocci_report failed"
else
	sed -n 's/.* -> \(PREVIRT_KIND_MEM_[A-Z0-9_]*\)$/\1/p' "$WORK/report" |
		LC_ALL=C sort | uniq -c > "$WORK/$name.report"
	grep '^+[^+]' "$diff1" | grep -o 'PREVIRT_KIND_MEM_[A-Z0-9_]*' |
		LC_ALL=C sort | uniq -c > "$WORK/$name.diff"
	if ! grep -q . "$WORK/report"; then
		fail "$name" "the report is empty"
	elif ! cmp -s "$WORK/$name.report" "$WORK/$name.diff"; then
		diff -u "$WORK/$name.report" "$WORK/$name.diff" | sed -n '3,14p' |
			sed 's/^/    /'
		fail "$name" "sites per kind differ between report and diff"
	elif grep -v "$line_re" "$WORK/report" > "$WORK/$name.bad"; then
		fail "$name" "malformed report line: $(head -n 1 "$WORK/$name.bad")"
	else
		ok "$name ($(wc -l < "$WORK/report") sites)"
	fi
fi

# Report positions are those of the unmodified tree: each reported line of
# the base holds the function's access (its file and line exist and the
# line is not blank).
name=report-lines
bad=
while IFS=: read -r f l _; do
	line=$(sed -n "${l}p" "$BASE/$f")
	[ -n "${line//[[:space:]]/}" ] || bad="$bad $f:$l"
done < "$WORK/report"
if [ -n "$bad" ]; then
	fail "$name" "lines that are not in the base:$bad"
else
	ok "$name"
fi

# ---- negative: cocci_check must notice a lost site and a new pv_ops member --

name=check-negative
neg=$WORK/negative
mkdir -p "$neg/arch/x86/kernel"
cp -r "$BASE/arch/x86/include" "$neg/arch/x86/"
cp -r "$BASE/arch/x86/kernel/apic" "$neg/arch/x86/kernel/"
# native_set_pud() renamed: mmu.set_pud and pud_clear lose their site.
sed -i 's/\<native_set_pud\>/native_store_pud/g' \
	"$neg/arch/x86/include/asm/pgtable_64.h" "$neg/arch/x86/include/asm/pgtable.h"
# A pv_ops.mmu member the reference list does not know.
member='\tvoid (*set_pmd_twice)(pmd_t *pmdp, pmd_t pmdval);'
sed -i "s|^\(\tvoid (\*set_pmd)(pmd_t \*pmdp, pmd_t pmdval);\)\$|\1\n$member|" \
	"$neg/arch/x86/include/asm/paravirt_types.h"
if ! grep -q set_pmd_twice "$neg/arch/x86/include/asm/paravirt_types.h"; then
	fail "$name" "cannot add a member to struct pv_mmu_ops"
elif cocci_check "$neg" > "$WORK/$name.out" 2>&1; then
	fail "$name" "cocci_check passes on a tree without native_set_pud()"
elif ! grep -q 'mmu\.set_pud .*native_set_pud' "$WORK/$name.out"; then
	show "$WORK/$name.out"
	fail "$name" "cocci_check does not name mmu.set_pud"
elif ! grep -q 'pv_ops\.mmu\.set_pmd_twice is not in' "$WORK/$name.out"; then
	show "$WORK/$name.out"
	fail "$name" "cocci_check does not name the new member mmu.set_pmd_twice"
elif grep -q 'mmu\.set_pte \|cpu\.load_sp0 ' "$WORK/$name.out"; then
	show "$WORK/$name.out"
	fail "$name" "cocci_check blames operations that still have their site"
else
	ok "$name"
fi

finish
