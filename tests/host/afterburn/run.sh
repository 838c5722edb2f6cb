#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# Build scripts/previrt/afterburn into build/host/ and run its host tests:
# the hand-written cases, the malformed inputs and the corpus, then print
# a throughput figure over the corpus.
set -u
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
out=$root/build/host
mkdir -p "$out"
cd "$root"
cc -O2 -Wall -Wextra -Werror -I arch/x86/include -o "$out/afterburn" \
	scripts/previrt/afterburn.c || { echo "FAIL build"; exit 1; }

ab=$out/afterburn
log=$(mktemp)
trap 'rm -f "$log"' EXIT
status=0
python3 "$here/check.py" --afterburn "$ab" "$here/cases" >"$log" || status=1
python3 "$here/check.py" --afterburn "$ab" --bad "$here/bad" >>"$log" || status=1
if compgen -G "$here/corpus/*.s" >/dev/null; then
	python3 "$here/check.py" --afterburn "$ab" "$here/corpus" >>"$log" || status=1
fi
grep -v ' passed, .* failed$' "$log"
passed=$(awk '/ passed, .* failed$/ { p += $1 } END { print p + 0 }' "$log")
failed=$(awk '/ passed, .* failed$/ { f += $3 } END { print f + 0 }' "$log")

# Throughput: the corpus (or the cases) concatenated to >= 16 MB and
# rewritten repeatedly for >= 0.5 s.
files=("$here"/corpus/*.s)
[ -e "${files[0]}" ] || files=("$here"/cases/*.s)
tmp=$(mktemp -d)
python3 - "$ab" "$tmp" "${files[@]}" <<'PY'
import os, subprocess, sys, time
ab, tmp, files = sys.argv[1], sys.argv[2], sys.argv[3:]
blob = b''.join(open(f, 'rb').read() + b'\n' for f in files
               if b'\n\t.end\n' not in open(f, 'rb').read())
big = os.path.join(tmp, 'big.s')
with open(big, 'wb') as f:
    f.write(blob * (16 * 2**20 // len(blob) + 1))
size = os.path.getsize(big)
n, t0 = 0, time.perf_counter()
while time.perf_counter() - t0 < 0.5:
    r = subprocess.run([ab, '-o', os.path.join(tmp, 'o.s'), big], stderr=subprocess.PIPE)
    if r.returncode:
        sys.exit('throughput run failed: %s' % r.stderr.decode()[:200])
    n += 1
dt = time.perf_counter() - t0
print('throughput: %.0f MB/s (%d x %.1f MB in %.2f s)' % (n * size / dt / 1e6, n, size / 1e6, dt))
PY
rm -rf "$tmp"
echo "$passed passed, $failed failed"
[ "$status" = 0 ] && [ "$failed" = 0 ]
