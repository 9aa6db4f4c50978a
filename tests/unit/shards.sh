#!/bin/sh
# shards.sh N BINARY: runs the unit-test binary as N processes at once, each
# on every Nth suite (UNIT_SHARD, read by tests/unit/runner.c), and prints
# each one's output whole once all have ended.  A run is mostly forks and
# waits, so N processes finish sooner even on a busy machine.  Fails when
# any of them fails.
set -u
n=$1 bin=$2
out=$(mktemp -d) || exit 1
trap 'rm -rf "$out"' EXIT
k=0
while [ "$k" -lt "$n" ]; do
	UNIT_SHARD="$k/$n" "$bin" >"$out/$k" 2>&1 &
	eval "pid_$k=\$!"
	k=$((k + 1))
done
status=0 k=0
while [ "$k" -lt "$n" ]; do
	eval "wait \$pid_$k" || status=1
	cat "$out/$k"
	k=$((k + 1))
done
exit $status
