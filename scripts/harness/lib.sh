# shellcheck shell=bash
# Common helpers of the previrt harness (sourced by scripts/harness/previrt).

PV_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
PV_BUILD=${PV_BUILD:-$PV_ROOT/build}
PV_CACHE=${PV_CACHE:-$PV_ROOT/cache}
# shellcheck source=scripts/harness/base.conf
. "$PV_ROOT/scripts/harness/base.conf"

PV_BASE=$PV_BUILD/base            # pristine base tree, a git repo with one commit
# On the command line of every test boot of a kernel under emulation (tcg,
# kvm-tcg's L2, Xen domUs).  noreplace-smp: with one CPU the kernel turns
# every "lock" prefix into "ds" (alternatives_smp_unlock()), and QEMU 7.2's
# TCG adds the base of an explicit ds to the address in 64-bit mode, where
# hardware ignores it; after a user program loaded ds with a based selector
# (ldt_gdt_64), kernel atomics then hit the wrong memory and the guest
# freezes in nested double faults (Documentation/virt/previrt/testing.rst).
PV_EMU_CMDLINE=${PV_EMU_CMDLINE-noreplace-smp}
PV_JOBS=${PV_JOBS:-$(nproc)}

export GIT_AUTHOR_NAME="previrt developers" GIT_AUTHOR_EMAIL="previrt@lists.invalid"
export GIT_COMMITTER_NAME="$GIT_AUTHOR_NAME" GIT_COMMITTER_EMAIL="$GIT_AUTHOR_EMAIL"
# Fixed dates keep the regenerated series byte-stable.
export GIT_AUTHOR_DATE="2026-11-25T00:00:00+0000" GIT_COMMITTER_DATE="2026-11-25T00:00:00+0000"

say()  { printf '%s\n' "$*" >&2; }
die()  { printf 'previrt: error: %s\n' "$*" >&2; exit 1; }
# A step, with the time since the command started.
step() { printf '==> [%d:%02d] %s\n' $((SECONDS / 60)) $((SECONDS % 60)) "$*" >&2; }

# apt_need PKG...: install the Debian packages that are missing.
apt_need() {
	local p need=()
	for p in "$@"; do
		dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'ok installed' || need+=("$p")
	done
	((${#need[@]})) || return 0
	step "apt-get install ${need[*]}"
	[ "$(id -u)" = 0 ] || die "need root to install: ${need[*]}"
	if [ ! -f "$PV_CACHE/.apt-updated" ] || ! apt-cache show "${need[0]}" >/dev/null 2>&1; then
		apt-get update -q >&2 || die "apt-get update failed"
		mkdir -p "$PV_CACHE" && touch "$PV_CACHE/.apt-updated"
	fi
	DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
		-o DPkg::Lock::Timeout=600 "${need[@]}" >&2 || die "apt-get install ${need[*]} failed"
}

# The host packages every command needs.
PV_HOST_PKGS="build-essential bc bison flex libelf-dev libssl-dev cpio xz-utils git
 python3 python3-ply python3-git perl kmod ccache busybox-static qemu-system-x86
 coccinelle sparse clang libclang-rt-14-dev binutils time"

base_version() { cat "$PV_BASE/.git/previrt-base" 2>/dev/null; }

# ensure_base: unpack the pinned base tree into build/base as a git repo with one commit.
ensure_base() {
	local pkgver
	apt_need $BASE_PACKAGE
	pkgver=$(dpkg-query -W -f='${Version}' "$BASE_PACKAGE")
	if [ -f "$PV_BASE/.git/previrt-base" ] &&
	   grep -q "^package $BASE_PACKAGE $pkgver\$" "$PV_BASE/.git/previrt-base"; then
		return 0
	fi
	step "unpacking $BASE_PACKAGE $pkgver into $PV_BASE"
	rm -rf "$PV_BASE" "$PV_BUILD/base.tmp"
	mkdir -p "$PV_BUILD/base.tmp"
	tar -C "$PV_BUILD/base.tmp" -xJf "$BASE_TARBALL" || die "cannot unpack $BASE_TARBALL"
	mv "$PV_BUILD"/base.tmp/linux-source-* "$PV_BASE"
	rmdir "$PV_BUILD/base.tmp"
	local kv
	kv=$(make -s -C "$PV_BASE" kernelversion) || die "make kernelversion failed"
	(
		cd "$PV_BASE" &&
		git init -q -b master . &&
		git config core.autocrlf false && git config gc.auto 0 &&
		git add -f -A . &&
		git commit -q -m "base: Linux $kv from Debian $BASE_PACKAGE $pkgver" &&
		git tag base
	) || die "cannot make a git repository of the base"
	printf 'package %s %s\nkernelversion %s\n' "$BASE_PACKAGE" "$pkgver" "$kv" \
		> "$PV_BASE/.git/previrt-base"
}

# base_banner: the line every report starts with.
base_banner() {
	local kv pkg
	kv=$(awk '/^kernelversion/{print $2}' "$PV_BASE/.git/previrt-base" 2>/dev/null)
	pkg=$(awk '/^package/{print $2" "$3}' "$PV_BASE/.git/previrt-base" 2>/dev/null)
	printf 'base: Linux %s (Debian %s)\n' "${kv:-unknown}" "${pkg:-unknown}"
}
