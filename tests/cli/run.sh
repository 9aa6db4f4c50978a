#!/bin/sh
# Runs every tests/cli/test_*.sh (or those named) against $RUCKSACK, each in
# a scratch HOME and XDG folders so nothing of the user's is read or written,
# and with no data folder of an installed copy on the search path.  Each runs
# in its scratch folder, so files it writes land there.
set -u
: "${RUCKSACK:?set RUCKSACK to the binary}"
pass=0 fail=0
[ $# -gt 0 ] || set -- tests/cli/test_*.sh tests/cli/walkthrough.sh   # or only those named
for t in "$@"; do
	# A mistyped name, or a glob that matched nothing (so no test would
	# run), is a failure, not a skip.
	if [ ! -f "$t" ]; then
		fail=$((fail + 1)); echo "FAIL: $t: no such test file"; continue
	fi
	abs=$(cd "$(dirname "$t")" && pwd)/${t##*/}
	scratch=$(mktemp -d)
	if HOME="$scratch/home" XDG_DATA_HOME="$scratch/data" XDG_DATA_DIRS="$scratch/none" \
	   RUCKSACK_PATH="" RUCKSACK_DATADIR="$scratch/datadir" SRCDIR="$PWD" TMPDIR="$scratch" \
	   NO_COLOR="" sh -c 'cd "$TMPDIR" && exec sh "$0"' "$abs" >"$scratch/log" 2>&1; then
		pass=$((pass + 1))
	else
		fail=$((fail + 1))
		echo "FAIL: $t"; sed 's/^/    /' "$scratch/log"
	fi
	rm -rf "$scratch"
done
echo "${TESTS_NAME:-cli}: $pass passed, $fail failed"
[ $fail -eq 0 ]
