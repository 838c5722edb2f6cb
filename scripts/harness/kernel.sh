# shellcheck shell=bash
# Kernel configuration and builds, initramfs.

PV_CONFIGS=$PV_ROOT/scripts/harness/configs
PV_LOGS=$PV_BUILD/logs
export CCACHE_DIR=${CCACHE_DIR:-$PV_CACHE/ccache}
export CCACHE_MAXSIZE=${CCACHE_MAXSIZE:-5G}
# The same source tree built with O= in several places: make ccache hit.
export CCACHE_BASEDIR=$PV_BUILD CCACHE_NOHASHDIR=1

need_host_deps() { apt_need $PV_HOST_PKGS; }

kernel_fragments() {
	case $1 in
	stock|previrt|pvops) echo "$PV_CONFIGS/base.config $PV_CONFIGS/$1.config" ;;
	previrt-full) echo "$PV_CONFIGS/base.config $PV_CONFIGS/previrt.config $PV_CONFIGS/previrt-full.config" ;;
	*) die "unknown kernel '$1' (stock, previrt, previrt-full, pvops)" ;;
	esac
}

# kernel_config_verify OBJ FRAGMENT...: every option of the fragments took.
kernel_config_verify() {
	local obj=$1 f line opt val bad=0
	shift
	for f in "$@"; do
		while IFS= read -r line; do
			case $line in
			CONFIG_*=*) opt=${line%%=*}; val=${line#*=}
				grep -qxF "$opt=$val" "$obj/.config" ||
					{ say "config: $opt=$val did not take (${f##*/})"; bad=1; } ;;
			'# CONFIG_'*' is not set') opt=${line#\# }; opt=${opt%% *}
				grep -q "^$opt=" "$obj/.config" &&
					{ say "config: $opt should be off (${f##*/})"; bad=1; } ;;
			esac
		done < "$f"
	done
	return $bad
}

# kernel_build KERNEL [NAME]: configure and build build/obj-NAME (NAME
# defaults to KERNEL) from $PV_SRC (default build/src).
kernel_build() {
	local k=$1 name=${2:-$1} src=${PV_SRC:-$PV_BUILD/src} obj log t0 t1
	obj=$PV_BUILD/obj-$name
	log=$PV_LOGS/build-$name.log
	mkdir -p "$obj" "$PV_LOGS" "$CCACHE_DIR"
	step "building the $k kernel in ${obj#"$PV_ROOT"/} (log: ${log#"$PV_ROOT"/})"
	t0=$(date +%s.%N)
	{
		make -C "$src" O="$obj" -s tinyconfig &&
		"$src/scripts/kconfig/merge_config.sh" -m -O "$obj" "$obj/.config" \
			$(kernel_fragments "$k") >/dev/null &&
		make -C "$src" O="$obj" -s olddefconfig &&
		if [ "$name" != bisect ]; then
			kernel_config_verify "$obj" $(kernel_fragments "$k")
		fi &&
		make -C "$src" O="$obj" -j"$PV_JOBS" CC="ccache gcc" bzImage modules
	} > "$log" 2>&1
	local rc=$?
	t1=$(date +%s.%N)
	printf '%s\n' "$(awk -v a="$t0" -v b="$t1" 'BEGIN{printf "%.1f", b-a}')" > "$obj/.previrt-build-seconds"
	if [ $rc != 0 ]; then
		say "build of $k failed; last lines of $log:"
		grep -v '^  [A-Z]' "$log" | tail -25 >&2
		return 1
	fi
	say "built $k in $(cat "$obj/.previrt-build-seconds") s: $(make -s -C "$src" O="$obj" kernelrelease 2>/dev/null)"
}

kernel_image() { echo "$PV_BUILD/obj-$1/arch/x86/boot/bzImage"; }

# ---- initramfs --------------------------------------------------------------
PV_INITRAMFS=$PV_BUILD/initramfs.cpio.gz
PV_INITRAMFS_TESTS=$PV_BUILD/initramfs.tests
PV_X86_SELFTESTS="sigreturn ldt_gdt iopl ioperm single_step_syscall syscall_nt
 sysret_ss_attrs sysret_rip test_mremap_vdso syscall_arg_fault
 fsgsbase sigaltstack check_initial_reg_state"
# Left out: mov_ss_trap (a data breakpoint on a MOV SS operand kills the
# process with SIGSEGV under QEMU 7.2 TCG, with the stock kernel too), the
# 32-bit-only tests (no multilib here).

initramfs_build() {
	local src=${PV_SRC:-$PV_BUILD/src} r=$PV_BUILD/initramfs t out extra
	[ -d "$src" ] || src=$PV_BASE
	step "building the initramfs (busybox + kselftests)"
	rm -rf "$r" && mkdir -p "$r"/{bin,dev,proc,sys,tmp,kselftest}
	cp /bin/busybox "$r/bin/busybox" || die "busybox-static missing"
	cp "$PV_ROOT/scripts/harness/guest-init" "$r/init" && chmod +x "$r/init"
	# The kernel's own x86 selftests: signals, LDT/GDT, iopl/ioperm, sysret,
	# single-step over syscalls: the paths full of sensitive instructions.
	mkdir -p "$r/kselftest/x86"
	for t in $PV_X86_SELFTESTS; do
		out="$r/kselftest/x86/${t}_64"
		extra=
		case $t in
		sysret_ss_attrs) extra=$src/tools/testing/selftests/x86/thunks.S ;;
		check_initial_reg_state) extra=-Wl,-ereal_start ;;
		esac
		gcc -static -O2 -g0 -w -D_GNU_SOURCE -o "$out" \
			"$src/tools/testing/selftests/x86/$t.c" $extra -lrt -ldl -pthread -lm \
			2>"$PV_LOGS/selftest-$t.log" || die "cannot build x86 selftest $t"
	done
	# previrt's own kselftests (tools/testing/selftests/previrt).
	if [ -f "$src/tools/testing/selftests/previrt/Makefile" ]; then
		mkdir -p "$r/kselftest/previrt"
		make -s -C "$src/tools/testing/selftests/previrt" OUTPUT="$r/kselftest/previrt" \
			CFLAGS="-static -O2 -Wall -I$src/tools/testing/selftests" LDLIBS="-lpthread" \
			"$r/kselftest/previrt/previrt_status" "$r/kselftest/previrt/sensitive_paths" \
			"$r/kselftest/previrt/ldt_ipi" \
			>"$PV_LOGS/selftest-previrt.log" 2>&1 ||
			die "cannot build the previrt kselftests (build/logs/selftest-previrt.log)"
		cp "$src/tools/testing/selftests/previrt/"*.sh "$r/kselftest/previrt/" 2>/dev/null
		previrt_test_module "$src" "$r/kselftest/previrt" || return 1
	fi
	mkdir -p "$r/bench"
	gcc -static -O2 -Wall -o "$r/bench/pvbench" "$PV_ROOT/scripts/harness/bench/pvbench.c" ||
		die "cannot build pvbench"
	# The tests a test boot must report, one TAP line each: what /init runs
	# (the executable files under /kselftest) and every script, so that a
	# script that lost its mode is reported as not run, not forgotten.
	(cd "$r/kselftest" && find . -type f \( -perm -u+x -o -name '*.sh' \) |
		sed 's|^\./||' | LC_ALL=C sort) > "$PV_INITRAMFS_TESTS"
	(cd "$r" && find . | LC_ALL=C sort | cpio -o -H newc --quiet) | gzip -1 > "$PV_INITRAMFS"
	say "initramfs: $(du -h "$PV_INITRAMFS" | cut -f1), $(find "$r/kselftest" -type f | wc -l) test programs"
}

# previrt_test_module SRC DIR: the module of previrt_module.sh, built by
# the selftest's Makefile against each previrt kernel that is built: for
# the previrt kernel into DIR, for another (previrt-full) into DIR/NAME,
# which previrt_module.sh uses with pvtest.kernel=NAME.  Each with its
# previrt_test.sites (the number of its site records).
PV_PREVIRT_KERNELS="previrt previrt-full"
previrt_test_module() {
	local src=$1 dir=$2 k out
	for k in $PV_PREVIRT_KERNELS; do
		[ -f "$PV_BUILD/obj-$k/Module.symvers" ] || continue
		out=$dir
		[ "$k" = previrt ] || out=$dir/$k
		mkdir -p "$out"
		if ! make -C "$src/tools/testing/selftests/previrt" KDIR="$PV_BUILD/obj-$k" \
			OUTPUT="$out" "$out/previrt_test.ko" "$out/previrt_test.sites" \
			>"$PV_LOGS/previrt-test-module-$k.log" 2>&1; then
			say "cannot build the previrt test module for $k (build/logs/previrt-test-module-$k.log)"
			return 1
		fi
		rm -rf "$out/test_module.build"
	done
}

# children_cpu VAR: user+sys seconds of all finished children of this shell
# into VAR ("times" must run in this shell, not in a $(...) subshell).
children_cpu() {
	local f=$PV_BUILD/.times
	times > "$f"
	printf -v "$1" '%s' "$(awk 'NR == 2 {
		split($1, u, /[ms]/); split($2, s, /[ms]/)
		printf "%.1f", u[1] * 60 + u[2] + s[1] * 60 + s[2] }' "$f")"
}

# build_time KERNEL...: cold builds (fresh O= directories, ccache off) of
# each kernel one after the other: wall time, CPU time (user+sys, less
# sensitive to other load on the machine) and ratios to the first.
build_time() {
	local k first=$1 c0 c1
	declare -A W C
	for k in "$@"; do
		rm -rf "$PV_BUILD/obj-time-$k"
		children_cpu c0
		CCACHE_DISABLE=1 kernel_build "$k" "time-$k" >&2 || return 1
		children_cpu c1
		W[$k]=$(cat "$PV_BUILD/obj-time-$k/.previrt-build-seconds")
		C[$k]=$(awk -v a="$c0" -v b="$c1" 'BEGIN{printf "%.1f", b - a}')
	done
	echo "=== cold build time, -j$PV_JOBS, ccache off: $(base_banner)"
	printf '%-10s %10s %8s %12s %8s\n' kernel "wall (s)" ratio "cpu (s)" ratio
	for k in "$@"; do
		awk -v k="$k" -v w="${W[$k]}" -v wb="${W[$first]}" -v c="${C[$k]}" -v cb="${C[$first]}" \
			'BEGIN{ printf "%-10s %10.1f %8.3f %12.1f %8.3f\n", k, w, w / wb, c, c / cb }'
	done
}
