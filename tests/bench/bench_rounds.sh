#!/bin/sh
# The rounds kept on the machine (target: the first frame under 20 ms with
# 1,000 of them).  1,000 ended Bells that Ring rounds (gen_rounds.awk) in a
# scratch sessions folder; for none of them, for the 1,000 read the first
# time (no summaries kept yet: every journal replayed, the summaries
# written), and for the 1,000 again (summaries kept): the wall time and CPU
# time from starting the full-screen program in an 80x24 pseudo-terminal
# until its home screen is drawn, and the same for `rucksack sessions`; and
# the time from Enter on "Start a round" (and on the first flow) until the
# setup screen is drawn, which reads the rounds for who presented when.
# Each figure is the best of BENCH_RUNS (3) runs: the machine may be busy.
# With valgrind, the instructions the program runs from its start to the
# first frame (and its clean exit on SIGTERM) are counted under callgrind
# too, a figure a busy machine does not change (BENCH_CALLGRIND=0 skips it).
# With BENCH_BEFORE set to another build of rucksack, it is measured the
# same way beside it (figures before a change and after, in one run).
set -eu
: "${RUCKSACK:?set RUCKSACK to the binary}"
CC=${CC:-cc}
RUNS=${BENCH_RUNS:-3}
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
$CC -std=c11 -O2 -o "$tmp/first_frame" "$here/first_frame.c" -lutil 2>"$tmp/cc.log" ||
	{ echo "could not run: the timing driver did not build" >&2; cat "$tmp/cc.log" >&2; exit 1; }
export LANG=C.UTF-8 LC_ALL=C.UTF-8 TERM=xterm-256color NO_COLOR=1 HOME="$tmp/home" \
	XDG_DATA_DIRS="$tmp/none" RUCKSACK_PATH="" RUCKSACK_DATADIR="$tmp/datadir" \
	XDG_CONFIG_HOME="$tmp/config"
mkdir -p "$HOME"
sessions() { echo "$XDG_DATA_HOME/rucksack/sessions"; }
fresh() { # a data folder with n rounds
	export XDG_DATA_HOME="$tmp/data-$1"
	mkdir -p "$(sessions)"
	chmod 700 "$XDG_DATA_HOME" "$XDG_DATA_HOME/rucksack" "$(sessions)"
	[ "$1" -eq 0 ] || awk -v n="$1" -v dir="$(sessions)" -f "$here/gen_rounds.awk"
}
# best BIN KIND [forget]: the best of RUNS runs of KIND (frame, setup or run), "WALL CPU";
# forget drops the summaries kept before each run.
best() {
	bin=$1 kind=$2 forget=${3:-}
	i=0 out=""
	while [ "$i" -lt "$RUNS" ]; do
		[ -z "$forget" ] || rm -f "$(sessions)"/.summaries "$(sessions)"/*.summary
		if [ "$kind" = frame ]; then
			r=$("$tmp/first_frame" frame "Start a round" "$bin" --decks "$here/../../decks") || return 1
		elif [ "$kind" = setup ]; then # Enter on Start a round, Enter on the first flow
			r=$("$tmp/first_frame" keys "Start a round" "$(printf '\r\r')" "New round" "$bin" \
				--decks "$here/../../decks") || return 1
		else
			r=$("$tmp/first_frame" run "$bin" sessions) || return 1
		fi
		out="$out$r
"
		i=$((i + 1))
	done
	printf '%s' "$out" | awk 'NR == 1 || $1 < w { w = $1 } NR == 1 || $2 < c { c = $2 }
		END { printf "%.1f ms (CPU %.1f ms)", w, c }'
}
# instructions BIN: millions of instructions to the first frame, under callgrind.
instructions() {
	[ "${BENCH_CALLGRIND:-1}" != 0 ] && command -v valgrind >/dev/null 2>&1 || return 1
	rm -f "$tmp/cg.out"
	"$tmp/first_frame" frame "Start a round" valgrind -q --tool=callgrind \
		--callgrind-out-file="$tmp/cg.out" "$1" --decks "$here/../../decks" >/dev/null || return 1
	n=0 # callgrind writes its counts as the program ends
	until [ -s "$tmp/cg.out" ] && grep -q '^summary:' "$tmp/cg.out"; do
		n=$((n + 1)); [ "$n" -lt 100 ] || return 1
		sleep 0.1
	done
	awk '/^summary:/ { printf "%.1f million instructions", $2 / 1e6 }' "$tmp/cg.out"
}
report() { # report LABEL BIN
	fresh 0
	echo "$1 first frame, no rounds: $(best "$2" frame || echo 'could not measure')"
	fresh 1000
	echo "$1 first frame, 1,000 rounds, none read before: $(best "$2" frame forget || echo 'could not measure')"
	best "$2" frame >/dev/null || true # the summaries are kept now
	f=$(best "$2" frame || echo 'could not measure')
	echo "$1 first frame, 1,000 rounds: $f (target under 20 ms)"
	i=$(instructions "$2") && echo "$1 first frame, 1,000 rounds: $i"
	echo "$1 setup screen from the home screen, 1,000 rounds: $(best "$2" setup || echo 'could not measure')"
	echo "$1 rucksack sessions, 1,000 rounds, none read before: $(best "$2" run forget || echo 'could not measure')"
	best "$2" run >/dev/null || true
	echo "$1 rucksack sessions, 1,000 rounds: $(best "$2" run || echo 'could not measure')"
	rm -rf "$tmp"/data-*
}
[ -z "${BENCH_BEFORE:-}" ] || report "before:" "$BENCH_BEFORE"
report "rounds:" "$RUCKSACK"
