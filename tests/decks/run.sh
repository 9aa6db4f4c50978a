#!/bin/sh
# The stock decks: every file lints clean with --werror, validates against
# decks/schema.json, and has the structure its content depends on.
set -u
: "${RUCKSACK:?set RUCKSACK to the binary}"
status=0
"$RUCKSACK" --decks decks lint --werror decks/*.json || status=1
for t in tests/decks/test_*.py; do
	[ -e "$t" ] || continue
	/usr/bin/python3 -B "$t" || status=1
done
[ $status -eq 0 ] && echo "decks: all stock files pass"
exit $status
