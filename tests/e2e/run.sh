#!/bin/sh
# Runs every tests/e2e/test_*.sh (or those named): each drives the real
# binary inside tmux, in a scratch HOME and XDG folders, and with no data
# folder of an installed copy on the search path (RUCKSACK_DATADIR points
# into the scratch folder).
set -u
: "${RUCKSACK:?set RUCKSACK to the binary}"
pass=0 fail=0
[ $# -gt 0 ] || set -- tests/e2e/test_*.sh   # or only the tests named
for t in "$@"; do
	# A mistyped name, or a glob that matched nothing (so no test would
	# run), is a failure, not a skip.
	if [ ! -f "$t" ]; then
		fail=$((fail + 1)); echo "FAIL: $t: no such test file"; continue
	fi
	scratch=$(mktemp -d)
	if HOME="$scratch/home" XDG_DATA_HOME="$scratch/data" XDG_DATA_DIRS="$scratch/none" \
	   RUCKSACK_PATH="" RUCKSACK_DATADIR="$scratch/datadir" SRCDIR="$PWD" TMPDIR="$scratch" TMUX_TMPDIR="$scratch" sh "$t" >"$scratch/log" 2>&1; then
		pass=$((pass + 1))
	else
		fail=$((fail + 1))
		echo "FAIL: $t"; sed 's/^/    /' "$scratch/log"
	fi
	# A program the test left running may still be saving as it is stopped:
	# stop its tmux server first, and give the last write a moment.
	TMUX_TMPDIR="$scratch" tmux kill-server 2>/dev/null
	rm -rf "$scratch" 2>/dev/null || { sleep 1; rm -rf "$scratch"; }
done
echo "e2e: $pass passed, $fail failed"
[ $fail -eq 0 ]
