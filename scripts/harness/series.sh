# shellcheck shell=bash
# The patch series: series.d/NN-slug/ holds, per patch,
#   message    subject line, blank line, body (Signed-off-by is added)
#   files      tree-shaped paths of this repository the patch adds or updates
#              (their content as it is in this repository), one per line
#   edits.diff optional: edits to files of the kernel tree, applied with
#              'git apply' on top of the previous patches
#   cocci      optional, empty: the edits are generated instead, by running
#              the semantic patches of scripts/coccinelle/previrt/ on the
#              pristine base (scripts/harness/cocci.sh), so the series always
#              holds exactly what they produce
# patches/ is generated from it and never edited by hand.

PV_SERIES_D=$PV_ROOT/series.d
PV_TREE_DIRS="kernel/previrt arch/x86/previrt arch/ia64/previrt scripts/previrt
 scripts/coccinelle/previrt Documentation/virt/previrt tools/testing/selftests/previrt
 arch/x86/include/asm/previrt_kinds.h arch/x86/include/asm/previrt_kind_list.h
 arch/x86/include/asm/previrt_classify.h arch/x86/include/asm/previrt_mem.h
 arch/x86/include/asm/previrt_mem_kind_list.h
 arch/x86/include/asm/previrt.h include/linux/previrt.h"

series_dirs() { find "$PV_SERIES_D" -mindepth 1 -maxdepth 1 -type d | sort; }

# series_worktree DIR: a clean checkout of the base at DIR (reused).
series_worktree() {
	local dir=$1
	if [ ! -d "$dir/.git" ] && [ ! -f "$dir/.git" ]; then
		rm -rf "$dir"
		git -C "$PV_BASE" worktree prune
		git -C "$PV_BASE" worktree add -q --detach "$dir" base ||
			die "cannot create worktree $dir"
	fi
	git -C "$dir" am --abort >/dev/null 2>&1
	git -C "$dir" checkout -q -f --detach base &&
		git -C "$dir" clean -q -f -d -x || die "cannot reset $dir to the base"
}

# Every tree-shaped file of the repository must belong to exactly one patch.
series_check_ownership() {
	local listed all f rc=0
	listed=$(cat "$PV_SERIES_D"/*/files | grep -v '^#' | sed '/^$/d' | sort)
	dup=$(printf '%s\n' "$listed" | uniq -d)
	[ -z "$dup" ] || { say "series: files listed in more than one patch: $dup"; rc=1; }
	all=$(cd "$PV_ROOT" && for d in $PV_TREE_DIRS; do
		[ -e "$d" ] && git ls-files --cached --others --exclude-standard -- "$d"; done | sort -u)
	for f in $all; do
		printf '%s\n' "$listed" | grep -qxF "$f" ||
			{ say "series: $f is in no patch (add it to a series.d/*/files)"; rc=1; }
	done
	for f in $listed; do
		[ -f "$PV_ROOT/$f" ] || { say "series: listed file $f does not exist"; rc=1; }
	done
	return $rc
}

# series_commit_all DIR: turn series.d/ into commits on top of the base in DIR.
series_commit_all() {
	local dir=$1 p f subject
	for p in $(series_dirs); do
		[ -f "$p/message" ] && [ -f "$p/files" ] || die "$p: needs message and files"
		while read -r f; do
			case $f in ''|'#'*) continue ;; esac
			mkdir -p "$dir/$(dirname "$f")"
			cp "$PV_ROOT/$f" "$dir/$f"
			git -C "$dir" add -f -- "$f"
		done < "$p/files"
		if [ -f "$p/edits.diff" ]; then
			git -C "$dir" apply --index --whitespace=nowarn "$p/edits.diff" ||
				die "$p/edits.diff does not apply"
		fi
		if [ -f "$p/cocci" ]; then
			cocci_generate "$PV_BASE" "$PV_BUILD/cocci-edits.diff" ||
				die "$p: the semantic patches failed on the base"
			git -C "$dir" apply --index --whitespace=nowarn "$PV_BUILD/cocci-edits.diff" ||
				die "$p: the Coccinelle edits do not apply"
		fi
		git -C "$dir" diff --cached --quiet && die "$p: the patch is empty"
		{ cat "$p/message"; printf '\nSigned-off-by: %s <%s>\n' \
			"$GIT_AUTHOR_NAME" "$GIT_AUTHOR_EMAIL"; } |
			git -C "$dir" commit -q -F - || die "$p: commit failed"
		subject=$(head -n 1 "$p/message")
		case $subject in *:*) ;; *) die "$p: subject needs a subsystem prefix" ;; esac
	done
}

# series_generate OUTDIR: regenerate the series into OUTDIR.
series_generate() {
	local out=$1 gen=$PV_BUILD/series-gen tmp
	series_check_ownership || die "series.d/ does not cover the tree-shaped files"
	series_worktree "$gen"
	series_commit_all "$gen"
	tmp=$(mktemp -d "$PV_BUILD/patches.XXXXXX")
	git -C "$gen" format-patch -q --zero-commit --no-signature --no-stat -N \
		-o "$tmp" base..HEAD || die "format-patch failed"
	(cd "$tmp" && ls ./*.patch | sed 's|^\./||' > series)
	rm -rf "$out" && mv "$tmp" "$out"
	step "wrote $(grep -c . "$out/series") patches to ${out#"$PV_ROOT"/}"
}

# Normalise a patch for the staleness comparison: blob ids and hunk line
# numbers move when Debian moves the base to a newer 6.1.y release.
series_normalise() { sed -e '/^index [0-9a-f]*\.\.[0-9a-f]*/d' -e 's/^@@ -[0-9,]* +[0-9,]* @@/@@/' "$@"; }

# series_same DIR1 DIR2: the same series, up to blob ids and line numbers.
series_same() {
	local f
	cmp -s "$1/series" "$2/series" || return 1
	for f in $(cat "$2/series"); do
		cmp -s <(series_normalise "$1/$f") <(series_normalise "$2/$f") || return 1
	done
}

# series_check: stale? applies? checkpatch-clean? (prints ok/FAIL lines)
series_check() {
	local fresh=$PV_BUILD/patches.fresh am=$PV_BUILD/series-am f rc=0 out
	rm -rf "$fresh"
	( series_generate "$fresh" ) 2>"$PV_BUILD/series-gen.log" ||
		{ cat "$PV_BUILD/series-gen.log" >&2; t_result FAIL series-generate "cannot regenerate"; return 1; }
	if series_same "$PV_ROOT/patches" "$fresh"; then
		t_result ok series-in-sync
	else
		t_result FAIL series-in-sync "patches/ is stale: run scripts/harness/previrt series"
		diff -ru "$PV_ROOT/patches" "$fresh" | head -40 >&2
		rc=1
	fi
	series_worktree "$am"
	if (cd "$am" && git am -q --whitespace=error-all $(sed "s|^|$PV_ROOT/patches/|" "$PV_ROOT/patches/series")) \
		>"$PV_BUILD/series-am.log" 2>&1; then
		t_result ok series-git-am "$(grep -c . "$PV_ROOT/patches/series") patches onto $(base_banner)"
	else
		t_result FAIL series-git-am "$(tail -5 "$PV_BUILD/series-am.log" | tr '\n' ' ')"
		(cd "$am" && git am --abort >/dev/null 2>&1)
		rc=1
	fi
	# checkpatch runs scripts/spdxcheck.py with "python3" from PATH: the
	# Debian one, which has python3-ply (a pyenv python3 first in PATH has
	# not, and spdxcheck would only print a traceback).
	out=$(cd "$am" && PATH=/usr/bin:/bin:$PATH perl scripts/checkpatch.pl --strict --no-summary --terse \
		--ignore FILE_PATH_CHANGES $(sed "s|^|$PV_ROOT/patches/|" "$PV_ROOT/patches/series") 2>&1)
	printf '%s\n' "$out" > "$PV_BUILD/checkpatch.log"
	local nerr nwarn
	nerr=$(grep -c -e ': ERROR:' -e '^Traceback' "$PV_BUILD/checkpatch.log")
	nwarn=$(grep -c -e ': WARNING:' -e ': CHECK:' "$PV_BUILD/checkpatch.log")
	if [ "$nerr" = 0 ]; then
		t_result ok checkpatch-strict "0 errors, $nwarn warnings/checks (build/checkpatch.log)"
	else
		grep -e ': ERROR:' -e '^Traceback' -A3 "$PV_BUILD/checkpatch.log" | head -20 >&2
		t_result FAIL checkpatch-strict "$nerr errors (build/checkpatch.log)"
		rc=1
	fi
	return $rc
}

# series_apply: build/src = base + patches/, keeping mtimes of unchanged files
# so that incremental builds stay incremental.
series_apply() {
	local src=$PV_BUILD/src want have
	want=$(cat "$PV_ROOT"/patches/*.patch | sha1sum | cut -c1-40)
	have=$(cat "$src/.git-previrt-applied" 2>/dev/null)
	if [ -e "$src/.git" ] && [ "$want" = "$have" ] && git -C "$src" diff --quiet HEAD; then
		return 0
	fi
	step "applying patches/ onto $(base_banner) in build/src"
	series_worktree "$src"
	(cd "$src" && git am -q $(sed "s|^|$PV_ROOT/patches/|" "$PV_ROOT/patches/series")) ||
		die "the series does not apply (see git am output above)"
	printf '%s\n' "$want" > "$src/.git-previrt-applied"
}

# series_bisect: build the previrt configuration after each patch.
series_bisect() {
	local dir=$PV_BUILD/bisect n=0 p fail=0 total
	total=$(grep -c . "$PV_ROOT/patches/series")
	series_worktree "$dir"
	for p in $(cat "$PV_ROOT/patches/series"); do
		n=$((n + 1))
		(cd "$dir" && git am -q "$PV_ROOT/patches/$p") || { t_result FAIL "bisect-$n" "$p does not apply"; return 1; }
		if PV_SRC=$dir kernel_build previrt bisect >/dev/null 2>&1; then
			t_result ok "bisect-$n/$total" "$p builds"
		else
			t_result FAIL "bisect-$n/$total" "$p does not build (build/logs/build-bisect.log)"
			fail=1
		fi
	done
	return $fail
}
