#!/bin/sh
# rucksack lint over 200 decks of 200 cards (about 30 MB) against a plain
# cJSON_Parse of the same files.  Prints both times (best of RUNS), the ratio
# (target <= 1.5) and lint's peak RSS (target <= 3 x the largest file + 8 MB).
set -eu
: "${RUCKSACK:?set RUCKSACK to the binary}"
CC=${CC:-cc}
DECKS=${DECKS:-200}
CARDS=${CARDS:-200}
RUNS=${RUNS:-3}
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/decks" "$tmp/home"

awk -v n="$DECKS" -v m="$CARDS" -v dir="$tmp/decks" -f "$here/gen_decks.awk"
total=$(cat "$tmp"/decks/*.json | wc -c)
largest=$(wc -c "$tmp"/decks/*.json | awk '$2 != "total" && $1 > max { max = $1 } END { print max }')
echo "files: $DECKS decks x $CARDS cards, $total bytes, largest $largest bytes"

cjson_flags=$(pkg-config --cflags libcjson)
cjson_libs=$(pkg-config --libs libcjson)
$CC -O2 -o "$tmp/peakrss" "$here/peakrss.c"
# shellcheck disable=SC2086
$CC -O2 $cjson_flags -o "$tmp/cjson_parse" "$here/cjson_parse.c" $cjson_libs

lint="$RUCKSACK lint"
what="rucksack lint"

# best wall time of RUNS, and the largest peak RSS seen
measure() {
	best="" rss=0
	i=0
	while [ "$i" -lt "$RUNS" ]; do
		# shellcheck disable=SC2086
		out=$(HOME="$tmp/home" XDG_DATA_HOME="$tmp/home/data" XDG_DATA_DIRS="$tmp/none" \
			RUCKSACK_PATH="" "$tmp/peakrss" "$@" "$tmp"/decks/*.json 2>&1 >/dev/null | tail -n 1)
		case $out in wall_s=*) ;; *) echo "run failed: $out" >&2; return 1 ;; esac
		w=${out#wall_s=}; w=${w%% *}
		r=${out#*maxrss_kb=}
		if [ -z "$best" ] || awk -v a="$w" -v b="$best" 'BEGIN { exit !(a < b) }'; then best=$w; fi
		[ "$r" -gt "$rss" ] && rss=$r
		i=$((i + 1))
	done
	echo "$best $rss"
}

set -- $(measure "$tmp/cjson_parse")
base=$1 base_rss=$2
# shellcheck disable=SC2086
set -- $(measure $lint)
t=$1 rss=$2
limit_kb=$(( (3 * largest + 8 * 1024 * 1024) / 1024 ))
awk -v base="$base" -v t="$t" -v rss="$rss" -v lim="$limit_kb" -v brss="$base_rss" -v what="$what" 'BEGIN {
	printf "plain cJSON_Parse: %.3f s (peak RSS %d KB)\n", base, brss
	printf "%s: %.3f s\n", what, t
	printf "ratio: %.2f (target <= 1.5)%s\n", t / base, t / base <= 1.5 ? "" : "  MISSED"
	printf "peak RSS: %d KB (target <= %d KB)%s\n", rss, lim, rss <= lim ? "" : "  MISSED"
}'
