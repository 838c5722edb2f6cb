# shellcheck shell=bash
# The kvm-tcg platform: real KVM nested in QEMU TCG.
#
# /dev/kvm on the development machines is a nested PVM hypervisor that
# cannot run an ordinary guest (boot.sh: kvm_probe), but QEMU TCG emulates
# AMD SVM with nested paging well enough for Linux's kvm_amd.  So the
# outer QEMU (TCG, -cpu max,-smap) boots Debian's own 6.1 kernel, L1 (the
# kernel package xen.sh takes as dom0 kernel), with an initramfs of
# busybox, kvm.ko, kvm-amd.ko and their dependencies, and the host's
# qemu-system-x86_64 with its shared libraries and firmware.  L1's /init
# loads kvm_amd and boots the kernel under test, L2, with
# "qemu-system-x86_64 -accel kvm -cpu host" and the test initramfs; L2's
# serial console comes out of L1's console, each line prefixed "@@U ",
# where the harness splits it off (as boot_xen does with a domU).
# Nothing is installed on the host: the kernel .deb is the one xen.sh
# downloaded (cache/xen/debs) or is downloaded into cache/kvm/debs.

PV_KVM=$PV_CACHE/kvm
KVM_TCG_L1_MEM=${KVM_TCG_L1_MEM:-2048}	# MiB of the outer QEMU machine (L1)
KVM_TCG_L2_MEM=${KVM_TCG_L2_MEM:-512}	# MiB of L2, as the QEMU guests of boot_qemu
# vCPUs of L1: one, also under an L2 with two.  With an L1 of two vCPUs
# (the outer QEMU then runs a TCG thread per vCPU) L2 died now and then,
# stock and previrt alike: a reset (triple fault) in fsgsbase_64 or iopl_64,
# or a hang; with one, 6 of 6 previrt boots of L2 smp2 passed where 6 of 8
# had with two (testing.rst).  L2's two vCPUs then share one CPU of L1,
# which preempts them: what pv_tlb_flush and pv_sched_yield are for.
KVM_TCG_L1_SMP=${KVM_TCG_L1_SMP:-1}
KVM_AMD_OPTS=${KVM_AMD_OPTS:-}		# insmod options of kvm-amd.ko in L1 (e.g. npt=0)
KVM_TCG_L2_QEMU_EXTRA=${KVM_TCG_L2_QEMU_EXTRA:-}	# more options of L2's QEMU (in L1)
# The platform's own words on L2's command line.  noxsave: TCG does not
# intercept L2's XSETBV, so L2's XCR0 is not what KVM believes it is, and
# L2 warns "XSAVE consistency problem".
KVM_TCG_L2_CMDLINE=${KVM_TCG_L2_CMDLINE-noxsave}
# The L1 payload: what L2's QEMU needs besides its binary and libraries.
KVM_TCG_QEMU=/usr/bin/qemu-system-x86_64
KVM_TCG_ROMS="/usr/share/seabios/bios-256k.bin /usr/share/qemu/linuxboot_dma.bin
 /usr/share/qemu/linuxboot.bin /usr/share/qemu/kvmvapic.bin"

# kvm_tcg_deb: the Debian kernel package for L1: xen.sh's download if there
# is one, else a download of linux-image-amd64's dependency into cache/kvm/debs.
kvm_tcg_deb() {
	local d kpkg
	d=$(ls "$PV_CACHE"/xen/debs/linux-image-[0-9]*_amd64.deb 2>/dev/null | tail -n 1)
	[ -z "$d" ] && d=$(ls "$PV_KVM"/debs/linux-image-[0-9]*_amd64.deb 2>/dev/null | tail -n 1)
	if [ -z "$d" ]; then
		apt-cache show linux-image-amd64 >/dev/null 2>&1 || apt-get update -q >&2
		kpkg=$(apt-cache depends linux-image-amd64 2>/dev/null |
			awk '/Depends: linux-image-[0-9]/{print $2; exit}')
		[ -n "$kpkg" ] || die "kvm-tcg: cannot tell the kernel package of linux-image-amd64"
		step "kvm-tcg: apt-get download $kpkg into ${PV_KVM#"$PV_ROOT"/}/debs"
		mkdir -p "$PV_KVM/debs"
		(cd "$PV_KVM/debs" && apt-get download "$kpkg" 2>&1 |
			grep -v -e '^W: Download is performed unsandboxed' -e '^Get:' >&2)
		d=$(ls "$PV_KVM"/debs/linux-image-[0-9]*_amd64.deb 2>/dev/null | tail -n 1)
		[ -n "$d" ] || die "kvm-tcg: apt-get download $kpkg failed"
	fi
	echo "$d"
}

# kvm_tcg_fetch: L1's kernel and the kvm-amd modules (dependencies first)
# into $PV_KVM/l1k, once: kept until cache/kvm is removed.  The .deb ships
# no modules.dep: depmod -b on the unpacked tree, then modprobe
# --show-depends gives the insmod order.
kvm_tcg_fetch() {
	local deb u kver m i=0
	[ -f "$PV_KVM/l1k/.done" ] && return 0
	deb=$(kvm_tcg_deb) || return 1
	u=$PV_KVM/unpack
	step "kvm-tcg: unpacking L1's kernel and KVM modules from $(basename "$deb")"
	rm -rf "$u" "$PV_KVM/l1k" && mkdir -p "$u" "$PV_KVM/l1k/mods"
	dpkg-deb -x "$deb" "$u" || die "kvm-tcg: cannot unpack $deb"
	kver=$(ls "$u/lib/modules" | head -n 1)
	[ -n "$kver" ] && cp "$u/boot/vmlinuz-$kver" "$PV_KVM/l1k/vmlinuz" ||
		die "kvm-tcg: no kernel in $deb"
	depmod -b "$u" "$kver" || die "kvm-tcg: depmod failed"
	for m in $(modprobe -d "$u" -S "$kver" --show-depends kvm-amd | awk '$1 == "insmod" {print $2}'); do
		i=$((i + 1))
		case $m in
		*.ko.xz)  xz -dc "$m" ;;
		*.ko.zst) zstd -qdc "$m" ;;
		*)        cat "$m" ;;
		esac > "$PV_KVM/l1k/mods/$(printf %02d $i)-$(basename "${m%.xz}" .zst)" ||
			die "kvm-tcg: cannot copy $m"
	done
	[ "$i" -gt 0 ] && ls "$PV_KVM"/l1k/mods/*kvm-amd.ko >/dev/null 2>&1 ||
		die "kvm-tcg: no kvm-amd module in $deb"
	echo "$kver" > "$PV_KVM/l1k/kver"
	basename "$deb" > "$PV_KVM/l1k/source"
	rm -rf "$u"
	touch "$PV_KVM/l1k/.done"
}

# The L1 /init.  /l2/ (kernel, initramfs, env) comes in a second cpio
# archive appended per boot.
kvm_tcg_l1_init() {
	cat <<'EOF'
#!/bin/busybox sh
# L1 /init of the previrt harness's kvm-tcg platform (scripts/harness/kvm.sh).
/bin/busybox --install -s /bin
export PATH=/bin:/usr/bin LD_LIBRARY_PATH=/lib/x86_64-linux-gnu:/usr/lib/x86_64-linux-gnu
mount -t proc proc /proc; mount -t sysfs sys /sys; mount -t devtmpfs dev /dev
mount -t tmpfs tmp /tmp; mkdir -p /dev/shm; mount -t tmpfs shm /dev/shm
up() { cut -d' ' -f1 /proc/uptime; }
# off: power L1 off; should poweroff fail, init's exit panics the kernel
# (panic=-1, -no-reboot: QEMU ends either way).
off() { echo "@@L1-POWEROFF uptime=$(up)"; poweroff -f; exit 1; }
echo "@@L1-SHELL uptime=$(up) kernel=$(uname -r) cpus=$(grep -c ^processor /proc/cpuinfo)"
. /l2/env
for m in /mods/*.ko; do
	o=
	case $m in *kvm-amd.ko) o=$KVM_AMD_OPTS ;; esac
	insmod "$m" $o 2>&1 | sed 's/^/@@INSMOD /'
done
p() { cat /sys/module/kvm_amd/parameters/$1 2>/dev/null || echo '?'; }
if [ ! -c /dev/kvm ]; then
	echo "@@KVM-UNAVAILABLE no /dev/kvm after insmod; cpu flags: $(grep -m1 -o -w -E 'svm|npt' /proc/cpuinfo | tr '\n' ' ')"
	dmesg | grep -i -E 'kvm|svm' | tail -n 20 | sed 's/^/@@L1-DMESG /'
	off
fi
echo "@@KVM-READY uptime=$(up) kvm_amd: nested=$(p nested) npt=$(p npt) nrips=$(p nrips) vgif=$(p vgif) avic=$(p avic)"
# From here on only emergency messages of L1 on the console: a kernel
# message in the middle of an L2 line would break it.
dmesg -n 1
# L2_EXITS=1 (the KVM benchmark's exit count): a histogram of KVM's exits
# by SVM exit code (trace event kvm:kvm_exit), printed as "@@KVMEXITS
# begin|end OP ITER CODE=COUNT..." each time L2's pvbench prints a mark,
# which then waits for the newline that /bin/pvexits sends into L2's
# serial line (a FIFO as QEMU's stdin).
# L2_WATCH=1 (a debugging aid): every 10 s the same histogram and the
# last kvm_exit events of a 0.2 s trace ("@@KVMWATCH", "@@KVMTRACE"): what
# KVM is doing when L2 has frozen.
exec 3</dev/null
T=/sys/kernel/tracing
if [ "${L2_EXITS:-0}" = 1 ] || [ "${L2_WATCH:-0}" = 1 ]; then
	mount -t tracefs nodev $T
	echo 'hist:keys=exit_reason:vals=hitcount:sort=exit_reason:size=256' \
		> $T/events/kvm/kvm_exit/trigger ||
		echo "@@KVMEXITS-UNAVAILABLE no hist trigger on kvm:kvm_exit"
	# kvmhist: the histogram as "CODE=COUNT ..." on one line.
	cat > /bin/kvmhist <<'EOS'
#!/bin/busybox sh
sed -n 's/^{ exit_reason: *\([0-9]*\) *} *hitcount: *\([0-9]*\).*/\1=\2/p' \
	/sys/kernel/tracing/events/kvm/kvm_exit/hist | tr '\n' ' '
EOS
	chmod +x /bin/kvmhist
fi
if [ "${L2_WATCH:-0}" = 1 ]; then
	# L2's QEMU monitor on FIFOs (pipe:/tmp/l2mon): its registers and the
	# top of its stack with each watch line.
	mkfifo /tmp/l2mon.in /tmp/l2mon.out
	exec 4<>/tmp/l2mon.in 5<>/tmp/l2mon.out
	sed 's/^/@@L2MON /' <&5 &
	L2_QEMU_EXTRA="$L2_QEMU_EXTRA -monitor pipe:/tmp/l2mon"
	while sleep 10; do
		printf 'info registers\nx/48gx $esp\n' >&4
		echo "@@KVMWATCH $(up) $(kvmhist)"
		echo > $T/trace
		echo 1 > $T/events/kvm/kvm_exit/enable
		echo 1 > $T/events/kvm/kvm_entry/enable
		sleep 0.2
		echo 0 > $T/events/kvm/kvm_exit/enable
		echo 0 > $T/events/kvm/kvm_entry/enable
		grep -v '^#' $T/trace | tail -n 6 | sed 's/^/@@KVMTRACE /'
	done &
fi
if [ "${L2_EXITS:-0}" = 1 ]; then
	cat > /bin/pvexits <<'EOS'
#!/bin/busybox sh
echo "@@KVMEXITS $* $(kvmhist)"
echo > /tmp/l2in
EOS
	chmod +x /bin/pvexits
	mkfifo /tmp/l2in
	exec 3<>/tmp/l2in
fi
t0=$(up)
echo "@@L2-START uptime=$t0 smp=$L2_SMP mem=$L2_MEM"
# kvm-apic.vapic=false: QEMU's TPR patching for old Windows guests makes
# QEMU read and write back L2's registers; KVM reports TR as busy (type
# 11), TCG's I/O permission check only takes type 9, and from then on
# every user-mode port access of L2 through its I/O bitmap is a #GP
# (ioperm_64, iopl_64, sensitive_paths failed with the vapic on).
{
	timeout "$L2_DEADLINE" qemu-system-x86_64 -accel kvm -cpu host -smp "$L2_SMP" -m "$L2_MEM" \
		-no-reboot -display none -monitor none -nodefaults -vga none -nic none \
		-global kvm-apic.vapic=false \
		-serial stdio -kernel /l2/kernel -initrd /l2/initramfs.cpio.gz \
		$L2_QEMU_EXTRA -append "$L2_APPEND" <&3 2>/tmp/qemu.err
	echo $? > /tmp/qemu.rc
} | awk -v ex="${L2_EXITS:-0}" '{
	print "@@U " $0; fflush()
	if (ex == 1 && $1 == "@@PVEXITS") {
		l = $0; sub(/\r$/, "", l); split(l, w, " ")
		system("/bin/pvexits " w[2] " " w[3] " " w[4])
	}
}'
# (awk, not sed: a last line cut off without its newline still gets one.)
rc=$(cat /tmp/qemu.rc)
# busybox timeout leaves QEMU's own exit status, 0 when its SIGTERM
# stopped QEMU: the time tells.
if awk -v a="$t0" -v b="$(up)" -v d="$L2_DEADLINE" 'BEGIN { exit !(b - a >= d - 1) }'; then
	echo "@@L2-TIMEOUT after ${L2_DEADLINE}s"
fi
echo "@@L2-END rc=$rc uptime=$(up)"
sed 's/^/@@L2-QEMU /' /tmp/qemu.err
dmesg | grep -i -E 'kvm|svm|warn|bug|error' | tail -n 30 | sed 's/^/@@L1-DMESG /'
off
EOF
}

# kvm_tcg_payload_files: the host files in the L1 initramfs besides the
# kernel modules: busybox, QEMU, its shared libraries (ldd), the loader,
# the firmware.
kvm_tcg_payload_files() {
	echo /bin/busybox "$KVM_TCG_QEMU" /lib64/ld-linux-x86-64.so.2 $KVM_TCG_ROMS
	ldd "$KVM_TCG_QEMU" | awk '/=> \//{print $3}' | sort -u
}

# kvm_tcg_l1_initramfs: build $PV_KVM/l1.cpio (uncompressed: TCG unpacks it
# faster than it inflates a gzip) unless its inputs (the kernel package,
# the host files, L1's /init) are unchanged; bump the "v1" when changing
# what goes in otherwise.
kvm_tcg_l1_initramfs() {
	local r=$PV_KVM/l1 key f
	key=$({ cat "$PV_KVM/l1k/source"; ls "$PV_KVM/l1k/mods"; kvm_tcg_payload_files
		kvm_tcg_payload_files | xargs cat; kvm_tcg_l1_init; echo v1; } | sha256sum | cut -c1-16)
	if [ -f "$PV_KVM/l1.cpio" ] && [ "$(cat "$PV_KVM/l1.key" 2>/dev/null)" = "$key" ]; then
		return 0
	fi
	step "kvm-tcg: building L1's initramfs (busybox, kvm-amd, qemu-system-x86_64 and its libraries)"
	if ldd "$KVM_TCG_QEMU" | grep 'not found' >&2; then
		die "kvm-tcg: shared libraries of $KVM_TCG_QEMU missing on the host"
	fi
	rm -rf "$r" && mkdir -p "$r"/{bin,usr/bin,proc,sys,dev,tmp,run,mods,l2}
	kvm_tcg_l1_init > "$r/init" && chmod +x "$r/init"
	for f in $(kvm_tcg_payload_files); do
		mkdir -p "$r$(dirname "$f")"
		cp -L "$f" "$r$f" || die "kvm-tcg: cannot copy $f (qemu-system-x86, busybox-static)"
	done
	cp "$PV_KVM"/l1k/mods/*.ko "$r/mods/"
	(cd "$r" && find . | LC_ALL=C sort | cpio -o -H newc --quiet) > "$PV_KVM/l1.cpio.tmp" &&
		mv "$PV_KVM/l1.cpio.tmp" "$PV_KVM/l1.cpio" || die "kvm-tcg: cannot write l1.cpio"
	rm -rf "$r"
	echo "$key" > "$PV_KVM/l1.key"
	say "kvm-tcg: L1 initramfs $(du -h "$PV_KVM/l1.cpio" | cut -f1)"
}

kvm_tcg_prepare() {
	apt_need qemu-system-x86 busybox-static cpio kmod
	kvm_tcg_fetch && kvm_tcg_l1_initramfs
}

# kvm_tcg_payload DIR KERNEL_IMAGE SMP CMDLINE DEADLINE: the /l2/ archive, DIR.cpio.
kvm_tcg_payload() {
	local d=$1 img=$2 smp=$3 cmdline=$4 deadline=$5
	rm -rf "$d" && mkdir -p "$d/l2"
	cp "$img" "$d/l2/kernel" && cp "$PV_INITRAMFS" "$d/l2/initramfs.cpio.gz" || return 1
	{
		printf 'L2_SMP=%s\nL2_MEM=%s\nL2_DEADLINE=%s\n' "$smp" "$KVM_TCG_L2_MEM" "$deadline"
		printf 'L2_APPEND="%s"\nKVM_AMD_OPTS="%s"\nL2_QEMU_EXTRA="%s"\n' \
			"$cmdline" "$KVM_AMD_OPTS" "$KVM_TCG_L2_QEMU_EXTRA"
		printf 'L2_EXITS=%s\nL2_WATCH=%s\n' "${KVM_TCG_L2_EXITS:-0}" "${KVM_TCG_L2_WATCH:-0}"
	} > "$d/l2/env"
	(cd "$d" && find . | LC_ALL=C sort | cpio -o -H newc --quiet) > "$d.cpio"
}

# kvm_tcg_qemu RAW SMP INITRD: boot L1; its serial console, stamped
# (xen_stamp), into RAW; returns QEMU's rc.  KVM_TCG_QEMU_EXTRA: more
# QEMU options, split on blanks (a benchmark: -icount shift=0,sleep=off);
# empty by default.
kvm_tcg_qemu() {
	local raw=$1 smp=$2 initrd=$3
	local -a qextra
	read -r -a qextra <<< "${KVM_TCG_QEMU_EXTRA:-}"
	timeout -k 5 "$PV_BOOT_TIMEOUT" qemu-system-x86_64 -accel tcg -cpu max,-smap "${qextra[@]}" \
		-m "$KVM_TCG_L1_MEM" -smp "$smp" -no-reboot -display none -monitor none -nodefaults \
		-serial stdio -kernel "$PV_KVM/l1k/vmlinuz" -initrd "$initrd" \
		-append "console=ttyS0 panic=-1 loglevel=4 rdinit=/init" \
		</dev/null 2>"$raw.qemu" | xen_stamp > "$raw"
	return "${PIPESTATUS[0]}"
}

# boot_kvm_tcg KERNEL [SMP]: boot KERNEL with SMP vCPUs under KVM in L1, a
# Debian kernel in QEMU TCG.  Sets what boot_platform sets (BOOT_STATUS,
# BOOT_TAP, BOOT_SECONDS, BOOT_LOG) and BOOT_OUTCOME (tests, hung,
# l1-died, kvm-unavailable, l2-qemu-failed, l2-died, init-silent) with
# BOOT_MSG and BOOT_TIMES.  Logs: BOOT_LOG L2's console, BOOT_LOG.l1 L1's
# own output, BOOT_LOG.serial both, stamped, L2's lines "@@U "-prefixed.
boot_kvm_tcg() {
	local k=$1 smp=${2:-1} plat=kvm-tcg img log raw l1smp cmdline rc t0 t1
	local ts tl tb te deadline pl label
	BOOT_OUTCOME='' BOOT_MSG='' BOOT_TIMES=''
	img=$(kernel_image "$k")
	[ -f "$img" ] || die "no $k kernel: run 'scripts/harness/previrt build $k' first"
	[ -f "$PV_INITRAMFS" ] || die "no initramfs: run 'scripts/harness/previrt initramfs' first"
	kvm_tcg_prepare || return 1
	label=${PV_BOOT_LABEL:-$k-$plat-smp$smp}
	log=$PV_LOGS/boot-$label.log
	raw=$log.serial
	BOOT_LOG=$log BOOT_TAP="0 0 0"
	mkdir -p "$PV_LOGS"
	cmdline="console=ttyS0 panic=-1 oops=panic pvtest.platform=$plat $KVM_TCG_L2_CMDLINE $(emu_cmdline kvm-tcg) ${PV_BOOT_EXTRA:-}"
	# L1 stops L2 (and reports it) before QEMU is killed.
	deadline=$((PV_BOOT_TIMEOUT - 60))
	[ "$deadline" -gt 30 ] || deadline=30
	l1smp=$KVM_TCG_L1_SMP
	pl=$PV_BUILD/kvm-tcg/$label
	mkdir -p "$PV_BUILD/kvm-tcg"
	kvm_tcg_payload "$pl" "$img" "$smp" "$cmdline" "$deadline" ||
		die "kvm-tcg: cannot build the L2 payload"
	cat "$PV_KVM/l1.cpio" "$pl.cpio" > "$pl.boot.cpio"
	t0=$(date +%s.%N)
	kvm_tcg_qemu "$raw" "$l1smp" "$pl.boot.cpio"
	rc=$?
	t1=$(date +%s.%N)
	rm -rf "$pl" "$pl.cpio" "$pl.boot.cpio"
	BOOT_SECONDS=$(awk -v a="$t0" -v b="$t1" 'BEGIN{printf "%.1f", b-a}')
	# Split: L2's console into the log the TAP parsing reads, L1's next to it.
	sed -n 's/^\[[ 0-9.]*\] @@U //p' "$raw" | tr -d '\r' > "$log"
	cp "$log" "$log.txt"
	grep -v '^\[[ 0-9.]*\] @@U ' "$raw" > "$log.l1"
	ts=$(xen_at "$raw" '@@L1-SHELL')
	tl=$(xen_at "$raw" '@@L2-START')
	tb=$(xen_at "$raw" '@@U @@PVTEST-BEGIN')
	te=$(xen_at "$raw" '@@U @@PVTEST-END')
	BOOT_TIMES="L1 to shell $(xen_dt 0 "$ts") s, L2 to init $(xen_dt "$tl" "$tb") s, kselftests $(xen_dt "$tb" "$te") s"
	printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$label" "$l1smp" "$(xen_dt 0 "$ts")" \
		"$(xen_dt "$tl" "$tb")" "$(xen_dt "$tb" "$te")" "$BOOT_SECONDS" "$rc" "$(date +%FT%T)" \
		>> "$PV_LOGS/kvm-tcg-timings.tsv"
	if grep -q '^@@PVTEST-END' "$log.txt"; then
		BOOT_OUTCOME=tests
		BOOT_STATUS="booted in ${BOOT_SECONDS}s ($BOOT_TIMES)"
		boot_report "$log.txt" "$k" "$plat" "$smp"
		return
	fi
	if [ -z "$ts" ]; then
		if [ "$rc" = 124 ] || [ "$rc" = 137 ]; then
			BOOT_OUTCOME=hung
			BOOT_STATUS="hung: L1 did not reach its /init in ${PV_BOOT_TIMEOUT}s (qemu rc=$rc)"
		else
			BOOT_OUTCOME=l1-died
			BOOT_STATUS="L1 did not reach its /init (qemu rc=$rc)"
		fi
		BOOT_MSG=$(cat "$raw" "$raw.qemu" | grep -o -E 'Kernel panic.*|qemu-system-x86_64: .*' | head -n 1)
	elif grep -q '@@KVM-UNAVAILABLE' "$raw"; then
		BOOT_OUTCOME=kvm-unavailable
		BOOT_MSG=$(grep -m1 -o '@@KVM-UNAVAILABLE .*' "$raw" | sed 's/^@@KVM-UNAVAILABLE //')
		BOOT_STATUS="no KVM in L1: $BOOT_MSG"
	elif grep -q '@@L2-TIMEOUT' "$raw" || [ "$rc" = 124 ] || [ "$rc" = 137 ]; then
		BOOT_OUTCOME=hung
		if grep -q '@@L2-TIMEOUT' "$raw"; then
			BOOT_STATUS="hung (L1 stopped L2 after ${deadline}s)"
		else
			BOOT_STATUS="hung (QEMU killed after ${PV_BOOT_TIMEOUT}s, qemu rc=$rc; L1 did not get to its ${deadline}s deadline)"
		fi
	elif ! grep -q '@@L2-END' "$raw"; then
		BOOT_OUTCOME=l1-died
		BOOT_MSG=$(grep -m1 -o -E 'Kernel panic.*|BUG: .*|general protection.*' "$raw" | head -n 1)
		BOOT_STATUS="L1 stopped before L2 ended (qemu rc=$rc)${BOOT_MSG:+: $BOOT_MSG}"
	elif [ ! -s "$log" ]; then
		BOOT_MSG=$(grep -o '@@L2-QEMU .*' "$raw" | head -n 3 | sed 's/^@@L2-QEMU //' | tr '\n' ' ')
		if grep -q -E '@@L2-QEMU .*(Could not access KVM|failed to initialize kvm|/dev/kvm)' "$raw"; then
			BOOT_OUTCOME=kvm-unavailable
		else
			BOOT_OUTCOME=l2-qemu-failed
		fi
		BOOT_STATUS="L2's QEMU failed: $(grep -o '@@L2-END rc=[0-9]*' "$raw" | sed 's/@@L2-END //') ${BOOT_MSG}"
	else
		BOOT_OUTCOME=l2-died
		BOOT_MSG=$(cat "$log.txt" "$raw" | grep -o -E 'Kernel panic.*|KVM internal error.*|BUG: .*' | head -n 1)
		# QEMU -no-reboot ends quietly, status 0, when the guest resets:
		# seen in the middle of sigreturn_64 with 2 vCPUs.
		if [ -z "$BOOT_MSG" ] && ! grep -q -E '^reboot: (Power down|Restarting)' "$log.txt"; then
			BOOT_MSG="L2 ended without a message from its kernel (a reset: triple fault?)"
		fi
		BOOT_STATUS="L2 did not finish ($(grep -o '@@L2-END rc=[0-9]*' "$raw" | sed 's/@@L2-END //'))${BOOT_MSG:+: $BOOT_MSG}"
	fi
	# As boot_xen: a console that carries the kernel's messages but nothing
	# of user space is the kernel under test, not the platform.
	if grep -q 'Run /init as init process' "$log.txt" && ! grep -q '^@@PVTEST-BEGIN' "$log.txt"; then
		BOOT_OUTCOME=init-silent
		BOOT_STATUS="$BOOT_STATUS; the kernel started /init, but nothing init wrote reached the console"
	fi
	say "$k on $plat smp$smp: $BOOT_STATUS ($BOOT_TIMES); L2 console tail ($log):"
	tail -n 15 "$log.txt" | sed 's/^/    /' >&2
	say "  L1 tail ($log.l1):"
	tail -n 25 "$log.l1" | sed 's/^/    /' >&2
	return 1
}
