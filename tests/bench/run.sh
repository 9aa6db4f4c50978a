#!/bin/sh
# make bench: runs every tests/bench/bench_*.sh and prints their figures.
# Benchmarks measure; they never fail a build on timing.
set -u
: "${RUCKSACK:?set RUCKSACK to the binary}"
for b in tests/bench/bench_*.sh; do
	[ -e "$b" ] || continue
	echo "== ${b##*/}"
	sh "$b" || echo "bench ${b##*/} could not run"
done
