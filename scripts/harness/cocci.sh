# shellcheck shell=bash
# The semantic patches of scripts/coccinelle/previrt/: annotate the native
# implementations of the sensitive memory operations of a kernel tree with
# the memory-site macros of asm/previrt_mem.h (sourced by
# scripts/harness/previrt; needs lib.sh).
#
#   cocci_generate TREE OUT.diff [RULE...]
#                                  the edits (of every rule, or of the
#                                  RULEs: names of .cocci files), one
#                                  git-apply-able diff
#   cocci_report TREE              one line per site, make coccicheck style
#   cocci_check TREE               reference list against TREE and its sites
#
# TREE is any kernel tree (only arch/x86 is looked at); it is never written.

PV_COCCI_DIR=$PV_ROOT/scripts/coccinelle/previrt
PV_COCCI_REF=$PV_COCCI_DIR/reference

# The files the rules may touch.  Every rule looks only at functions named
# native_*, (__)paravirt_*, p[mu]dp_establish or (native_)io_apic_*, so a
# file without any of these names cannot match; 32-bit-only files and the
# macros' own headers are left out.
PV_COCCI_GREP='native_|paravirt_|p[mu]dp_establish|io_apic_'
PV_COCCI_SKIP='/pgtable-[23]level[^/]*\.h$|/pgtable_32[^/]*\.h$|_32\.[ch]$|/asm/previrt[^/]*\.h$'

# cocci_rules [RULE...]: the semantic patches (all of them, or the RULEs:
# file names such as pgtable.cocci), as paths, in a fixed order.
cocci_rules() {
	local f
	for f in "$@"; do
		[ -f "$PV_COCCI_DIR/$f" ] ||
			{ say "cocci: no semantic patch $PV_COCCI_DIR/$f"; return 1; }
	done
	if [ $# = 0 ]; then
		for f in "$PV_COCCI_DIR"/*.cocci; do
			[ -f "$f" ] && printf '%s\n' "$f"
		done
	else
		for f in "$@"; do
			printf '%s\n' "$PV_COCCI_DIR/$f"
		done
	fi | LC_ALL=C sort
}

# cocci_files TREE: the candidate files of TREE, relative, sorted.
cocci_files() {
	(cd "$1" && grep -rlE --include='*.[ch]' "$PV_COCCI_GREP" arch/x86) |
		grep -vE "$PV_COCCI_SKIP" | LC_ALL=C sort
}

# cocci_workdir NAME: a new scratch directory (removed by the caller when
# all went well; kept with its spatch.log otherwise).
cocci_workdir() {
	mkdir -p "$PV_BUILD/cocci-scratch" &&
		mktemp -d "$PV_BUILD/cocci-scratch/$1.XXXXXX"
}

# cocci_spatch DIR RULE GROUPS ARGS...: run spatch in DIR on the files of
# GROUPS (one file a group) with the "// Options:" of RULE; its messages go
# to $PV_COCCI_LOG.  With --file-groups spatch reports an exception in a
# file (a failing Python script, say) as "EXN: ..." and goes on to the next
# file with exit status 0: such a message fails the run here.
cocci_spatch() {
	local dir=$1 rule=$2 groups=$3 opts log rc
	shift 3
	opts=$(sed -n 's|^// Options:||p' "$rule")
	log=$(mktemp "$PV_COCCI_LOG.XXXXXX") || return 1
	# shellcheck disable=SC2086 # the options are words
	(cd "$dir" && spatch --very-quiet --sp-file "$rule" $opts \
		--file-groups "$groups" "$@") 2> "$log"
	rc=$?
	cat "$log" >> "$PV_COCCI_LOG"
	if grep -q -e '^EXN:' -e '^Traceback' "$log"; then
		say "cocci: $(basename "$rule"): $({ grep '^EXN:' "$log"; cat "$log"; } | head -n 1)"
		rc=1
	fi
	rm -f "$log"
	return "$rc"
}

# cocci_setup TREE WORK: check the tools and TREE, write WORK/files and
# WORK/groups (the candidate files, as a list and as spatch file groups).
cocci_setup() {
	local tree=$1 work=$2
	command -v spatch > /dev/null || { say "cocci: spatch is not installed"; return 1; }
	command -v python3 > /dev/null || { say "cocci: python3 is not installed"; return 1; }
	[ -d "$tree/arch/x86" ] || { say "cocci: $tree has no arch/x86"; return 1; }
	PV_COCCI_LOG=$work/spatch.log
	: > "$PV_COCCI_LOG"
	cocci_files "$tree" > "$work/files"
	[ -s "$work/files" ] || { say "cocci: no candidate files in $tree/arch/x86"; return 1; }
	awk '{ print; print "" }' "$work/files" > "$work/groups"
}

# cocci_squeeze ORIG NEW: a run of blank lines in NEW that has a line the
# rules added becomes one blank line (spatch leaves two blank lines after a
# function it rewrote); runs that were in ORIG stay as they are.
cocci_squeeze() {
	python3 - "$1" "$2" <<'EOF'
import difflib
import sys

with open(sys.argv[1]) as f:
	old = f.readlines()
with open(sys.argv[2]) as f:
	new = f.readlines()
lines = []
sm = difflib.SequenceMatcher(None, old, new, autojunk=False)
for tag, i1, i2, j1, j2 in sm.get_opcodes():
	lines += [(line, tag != "equal") for line in new[j1:j2]]
out = []
run = []
for line, added in lines + [("-", False)]:
	if line.strip() == "":
		run.append((line, added))
		continue
	if any(a for _, a in run):
		kept = [l for l, a in run if not a]
		out += kept[:1] or [run[0][0]]
	else:
		out += [l for l, _ in run]
	run = []
	out.append(line)
out.pop()
with open(sys.argv[2], "w") as f:
	f.writelines(out)
EOF
}

# cocci_generate TREE OUT [RULE...]: the edits of every semantic patch (or
# of the RULEs) on TREE, as one unified diff (a/ and b/ paths relative to
# TREE, files sorted by path).  The rules run one after the other on a copy
# of the candidate files, so a file touched by several of them gets one
# diff and one #include.
cocci_generate() {
	local tree out work rule f rc rules
	tree=$(cd "$1" && pwd) || return 1
	out=$2
	shift 2
	rules=$(cocci_rules "$@") || return 1
	work=$(cocci_workdir generate) || return 1
	cocci_setup "$tree" "$work" || return 1
	mkdir -p "$work/a" "$work/b"
	(cd "$tree" && xargs -d '\n' cp --parents -t "$work/b") < "$work/files" ||
		return 1
	while IFS= read -r rule; do
		cocci_spatch "$work/b" "$rule" "$work/groups" -D patch --in-place \
			> /dev/null || {
			say "cocci: spatch failed with $(basename "$rule") (log: $PV_COCCI_LOG)"
			return 1
		}
	done <<< "$rules"
	while IFS= read -r f; do
		if cmp -s "$tree/$f" "$work/b/$f"; then
			rm -f "$work/b/$f"
		else
			mkdir -p "$work/a/$(dirname "$f")"
			cp "$tree/$f" "$work/a/$f"
			cocci_squeeze "$work/a/$f" "$work/b/$f" || return 1
		fi
	done < "$work/files"
	find "$work/b" -type d -empty -delete
	mkdir -p "$work/b"
	(cd "$work" && git -c core.quotepath=off -c diff.noprefix=false \
		-c diff.mnemonicprefix=false diff --no-index --no-color \
		--no-ext-diff --no-prefix a b) > "$out"
	rc=$?
	# git diff --no-index: 1 means "differences", 0 "none".
	[ "$rc" -le 1 ] || { say "cocci: git diff failed"; return 1; }
	[ -s "$out" ] || say "cocci: the semantic patches changed nothing in $tree"
	rm -rf "$work"
}

# cocci_report TREE: one line per annotated native operation, positions of
# TREE as it is: "file:line: function: operation (rule NAME) -> KIND".
cocci_report() {
	local tree work rule
	tree=$(cd "$1" && pwd) || return 1
	work=$(cocci_workdir report) || return 1
	cocci_setup "$tree" "$work" || return 1
	while IFS= read -r rule; do
		cocci_spatch "$tree" "$rule" "$work/groups" -D report \
			--no-show-diff || {
			say "cocci: spatch failed with $(basename "$rule") (log: $PV_COCCI_LOG)"
			return 1
		}
	done < <(cocci_rules) > "$work/report"
	LC_ALL=C sort -t: -k1,1 -k2,2n -u "$work/report" && rm -rf "$work"
}

# cocci_pv_ops TREE: the members of pv_ops.cpu and pv_ops.mmu declared in
# TREE's paravirt_types.h, as cpu.NAME and mmu.NAME (a member that is a
# struct of the same header, such as lazy_mode, as mmu.lazy_mode.NAME).
cocci_pv_ops() {
	python3 - "$1/arch/x86/include/asm/paravirt_types.h" <<'EOF'
import re
import sys

src = open(sys.argv[1]).read()
src = re.sub(r"/\*.*?\*/", " ", src, flags=re.S)
src = re.sub(r"//[^\n]*", " ", src)
src = re.sub(r"^\s*#[^\n]*(\\\n[^\n]*)*", " ", src, flags=re.M)

def members(name):
	m = re.search(r"\bstruct\s+%s\s*\{" % name, src)
	if not m:
		return None
	depth, i = 1, m.end()
	while depth:
		depth += {"{": 1, "}": -1}.get(src[i], 0)
		i += 1
	out = []
	for decl in src[m.end():i - 1].split(";"):
		decl = " ".join(decl.split())
		if not decl:
			continue
		f = re.search(r"\(\s*\*\s*(\w+)\s*\)", decl)
		if f:
			out.append((f.group(1), None))
			continue
		t = re.match(r"struct\s+(\w+)\s+(\w+)$", decl)
		if t:
			out.append((t.group(2), t.group(1)))
			continue
		out.append((re.findall(r"\w+", decl)[-1], None))
	return out

def walk(prefix, struct):
	for name, sub in members(struct) or []:
		inner = members(sub) if sub else None
		if inner is not None and sub not in ("paravirt_callee_save",):
			walk(prefix + name + ".", sub)
		else:
			print(prefix + name)

for pre, struct in (("cpu.", "pv_cpu_ops"), ("mmu.", "pv_mmu_ops")):
	if members(struct) is None:
		sys.exit("no struct %s in %s" % (struct, sys.argv[1]))
	walk(pre, struct)
EOF
}

# cocci_check TREE: fail, naming the operation, if a pv_ops.cpu/pv_ops.mmu
# member of TREE is missing from the reference list, or if a "mem" or
# "extra" operation of the list has no site in TREE (no line of
# cocci_report for its function with one of its kinds).
cocci_check() {
	local tree work rc=0 op class kinds fns k fn found kl fl miss
	tree=$(cd "$1" && pwd) || return 1
	work=$(cocci_workdir check) || return 1
	[ -f "$PV_COCCI_REF" ] || { say "cocci: no $PV_COCCI_REF"; return 1; }
	sed 's/#.*//' "$PV_COCCI_REF" | awk 'NF' > "$work/reference"
	cocci_pv_ops "$tree" > "$work/pv_ops" || {
		say "cocci: cannot read the pv_ops of $tree"
		return 1
	}
	while IFS= read -r op; do
		awk -v op="$op" '$1 == op && $2 != "extra" { f = 1 } END { exit !f }' \
			"$work/reference" || {
			say "cocci: pv_ops.$op is not in $PV_COCCI_REF"
			rc=1
		}
	done < "$work/pv_ops"
	while read -r op class _; do
		[ "$class" = extra ] && continue
		grep -qxF "$op" "$work/pv_ops" ||
			say "cocci: note: $op of the reference list is not a pv_ops member of $tree"
	done < "$work/reference"
	cocci_report "$tree" > "$work/report" || return 1
	# "file:line: function: ... -> KIND" as "function KIND"
	sed -n 's/^[^:]*:[0-9]*: \([^:]*\): .* -> PREVIRT_KIND_MEM_\([A-Z0-9_]*\)$/\1 \2/p' \
		"$work/report" | LC_ALL=C sort -u > "$work/sites"
	while read -r op class kinds fns _; do
		case $class in
		mem|extra) ;;
		insn|none) continue ;;
		hook)
			# The tree's generic macro, and the override with its kind.
			if ! grep -q "define $fns()" "$tree/include/linux/pgtable.h"; then
				say "cocci: hook op $op: no generic $fns() in $tree/include/linux/pgtable.h"
				rc=1
			elif ! grep -q "define $fns().*previrt_hook0\?(PREVIRT_KIND_MEM_$kinds[,)]" \
				"$PV_ROOT/arch/x86/include/asm/previrt_mem.h"; then
				say "cocci: hook op $op: asm/previrt_mem.h does not define $fns() as a $kinds hook"
				rc=1
			fi
			continue ;;
		*) say "cocci: $op: unknown class '$class' in $PV_COCCI_REF"; rc=1; continue ;;
		esac
		# A member of another tree (noted above) has no site here.
		[ "$class" = extra ] || grep -qxF "$op" "$work/pv_ops" || continue
		if [ -z "$fns" ]; then
			say "cocci: $op: no function named in $PV_COCCI_REF"
			rc=1
			continue
		fi
		IFS=, read -r -a kl <<< "$kinds"
		IFS=, read -r -a fl <<< "$fns"
		miss=0
		for fn in "${fl[@]}"; do
			found=
			for k in "${kl[@]}"; do
				grep -qxF "$fn $k" "$work/sites" && found=1
			done
			[ -n "$found" ] || {
				say "cocci: $class op $op has no site:" \
					"no PREVIRT_KIND_MEM_${kinds//,/|} site in $fn()"
				miss=1
			}
		done
		for k in "${kl[@]}"; do
			found=
			for fn in "${fl[@]}"; do
				grep -qxF "$fn $k" "$work/sites" && found=1
			done
			[ -n "$found" ] || [ "$miss" = 1 ] || {
				say "cocci: $class op $op has no site:" \
					"no PREVIRT_KIND_MEM_$k site in ${fns//,/(), }()"
				miss=1
			}
		done
		[ "$miss" = 0 ] || rc=1
	done < "$work/reference"
	if [ "$rc" = 0 ]; then
		say "cocci: $(wc -l < "$work/report") sites; every pv_ops member of" \
			"$tree is listed and every mem/extra op has its site"
		rm -rf "$work"
	else
		say "cocci: check failed for $tree (reference: $PV_COCCI_REF)"
	fi
	return "$rc"
}
