#!/bin/sh
# Runs every tests/cli/test_*.sh against $RUCKSACK, each in a scratch HOME and
# XDG folders so nothing of the user's is read or written.
set -u
: "${RUCKSACK:?set RUCKSACK to the binary}"
pass=0 fail=0
for t in tests/cli/test_*.sh; do
	[ -e "$t" ] || continue
	scratch=$(mktemp -d)
	if HOME="$scratch/home" XDG_DATA_HOME="$scratch/data" XDG_DATA_DIRS="$scratch/none" \
	   RUCKSACK_PATH="" SRCDIR="$PWD" TMPDIR="$scratch" sh "$t" >"$scratch/log" 2>&1; then
		pass=$((pass + 1))
	else
		fail=$((fail + 1))
		echo "FAIL: $t"; sed 's/^/    /' "$scratch/log"
	fi
	rm -rf "$scratch"
done
echo "cli: $pass passed, $fail failed"
[ $fail -eq 0 ]
