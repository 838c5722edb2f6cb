# SPDX-License-Identifier: GPL-2.0
#
# Shared by the host test runners (tests/host/*/run.sh, POSIX sh): one
# "ok NAME" or "FAIL NAME: why" line per test, then a summary line.

passed=0
failed=0

ok()
{
	echo "ok $1"
	passed=$((passed + 1))
}

fail()
{
	echo "FAIL $1: $2"
	failed=$((failed + 1))
}

# Print the summary and exit: nonzero if a test failed.
finish()
{
	echo "$passed passed, $failed failed"
	[ "$failed" -eq 0 ]
	exit
}
