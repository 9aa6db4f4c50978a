#!/bin/sh
# print: every stock deck printed to PDF (a7 on A4, one process each, as a
# user runs it) against linting the same files, one process each; the
# best wall time of RUNS for each and their ratio.  No target: the figure
# says what Pango, fontconfig and Cairo cost beside reading the deck.
set -eu
: "${RUCKSACK:?set RUCKSACK to the binary}"
RUNS=${RUNS:-3}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
decks=$(grep -l '"kind": "deck"' decks/*.json)
export HOME="$tmp/home" XDG_DATA_HOME="$tmp/home/data" XDG_DATA_DIRS="$tmp/none" RUCKSACK_PATH=""
now() { date +%s.%N; }
# best SECONDS of RUNS runs of: each deck through "$@" FILE
best() {
	b="" i=0
	while [ "$i" -lt "$RUNS" ]; do
		t0=$(now)
		for f in $decks; do
			"$@" "$f" >/dev/null 2>&1 || { echo "failed: $* $f" >&2; return 1; }
		done
		t=$(awk -v a="$t0" -v b="$(now)" 'BEGIN { printf "%.4f", b - a }')
		if [ -z "$b" ] || awk -v a="$t" -v b="$b" 'BEGIN { exit !(a < b) }'; then b=$t; fi
		i=$((i + 1))
	done
	echo "$b"
}
n=$(echo "$decks" | wc -w)
lint=$(best "$RUCKSACK" lint -q)
print=$(best "$RUCKSACK" print -o "$tmp/out.pdf")
awk -v n="$n" -v l="$lint" -v p="$print" 'BEGIN {
	printf "%d stock decks, one process each: lint %.3f s, print %.3f s\n", n, l, p
	printf "ratio print / lint: %.1f\n", p / l
}'
