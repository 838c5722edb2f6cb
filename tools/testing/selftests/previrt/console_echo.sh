#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# Console input: print a line with a random token on /dev/console and wait
# for the answer "<token>-pong" to come back in on /dev/console.  The
# console is the one the kernel was booted with (hvc0 for a pv-ops kernel
# on Xen, ttyS0 for a previrt kernel, whose runtime models the 8250 UART on
# the platform's console), so this fails when the kernel's console cannot
# receive, whatever else works.
#
# Only a harness that answers can run it: it passes pvtest.console_echo=1
# on the command line where something reads the console and answers
#
#   @@PVTEST-CONSOLE-PING <token>
#
# with "<token>-pong" and a newline (scripts/harness/xen.sh: dom0 writes
# it into xenconsoled's pty of the domU).  Without that the test is
# skipped.  pvtest.console_echo_timeout=SECONDS (default 60) bounds the wait.
#
# The answer cannot come from anything but the responder: the token is new
# in every run and the ping line does not hold "<token>-pong", so neither
# an echo of the ping (by a line discipline on the way) nor input left over
# from earlier passes.  Lines that were already waiting are read and
# dropped before the ping goes out.

# The initramfs's sh is busybox ash, whose read has -t (fractions too).
# shellcheck disable=SC3045
ksft_skip=4
CONSOLE=/dev/console
tmo=60
enabled=0

# shellcheck disable=SC2013 # words, not lines
for arg in $(cat /proc/cmdline); do
	case $arg in
	pvtest.console_echo=1) enabled=1 ;;
	pvtest.console_echo_timeout=*) tmo=${arg#*=} ;;
	esac
done

if [ $enabled != 1 ]; then
	echo "SKIP: nothing answers on this platform's console" \
	     "(the harness passes pvtest.console_echo=1 where it does)"
	exit $ksft_skip
fi

# One open file for the whole exchange: reading and writing the same
# console, no line lost between two opens.
if ! exec 3<>"$CONSOLE"; then
	echo "not ok: cannot open $CONSOLE"
	exit 1
fi

# Drop complete lines that were waiting (a partial one stays: it would only
# be in front of the answer on the same line, which still matches).
i=0
while [ $i -lt 100 ] && read -r -t 0.2 stale <&3; do
	echo "# dropped a waiting input line: $stale"
	i=$((i + 1))
done

tok=$(od -An -N6 -tx1 /dev/urandom | tr -d ' \n')
if [ ${#tok} != 12 ]; then
	echo "not ok: no random token from /dev/urandom ('$tok')"
	exit 1
fi
want=$tok-pong

# The ping goes to the console only: the test's standard output is
# collected and printed after it ends.
echo "@@PVTEST-CONSOLE-PING $tok" >&3
echo "# sent the ping with token $tok on $CONSOLE; waiting up to ${tmo}s for '$want'"

t0=$(cut -d. -f1 /proc/uptime)
end=$((t0 + tmo))
n=0
while :; do
	now=$(cut -d. -f1 /proc/uptime)
	left=$((end - now))
	[ $left -gt 0 ] || break
	if read -r -t "$left" line <&3; then
		case $line in
		*"$want"*)
			now=$(cut -d. -f1 /proc/uptime)
			echo "ok: '$want' came back on $CONSOLE within $((now - t0 + 1))s"
			exit 0 ;;
		esac
		n=$((n + 1))
		echo "# read another line: $line"
	else
		# End of file or a read error: do not spin until the deadline.
		sleep 1
	fi
done
echo "not ok: no '$want' on $CONSOLE within ${tmo}s ($n other lines read)"
exit 1
