#!/bin/sh
# CPU time per keystroke over a scripted 1,000-key round (target under
# 200 µs per key).  The real binary runs a Bells that Ring round on the stock
# decks in a private tmux server at 80x24; tests/bench/round.keys is sent one
# key at a time, and each key is known to be consumed (the process has read
# it and sleeps again in its wait for input) before the next is sent, so
# every key is drawn on its own, as when a person types.  The CPU time is
# the process's own (the scheduler's count, /proc/PID/schedstat) from just
# before the first key to the last screen; saves are fsyncs, I/O wait, not
# CPU.  The phase timer keeps running and redraws once a second throughout:
# that is part of the figure, as it is of a real round.
# With valgrind present, the same round runs again under callgrind for the
# instructions per key, which a busy machine does not change
# (BENCH_CALLGRIND=0 leaves that out).
set -eu
: "${RUCKSACK:?set RUCKSACK to the binary}"
here=$(cd "$(dirname "$0")" && pwd)
SRCDIR=$(cd "$here/../.." && pwd)
# shellcheck source=tests/bench/tui_lib.sh
. "$here/tui_lib.sh"

# The script as steps, one a line: "k NAME" (a key by name), "h HEX..." (one
# typed character, its bytes), "w TEXT", "r COLS ROWS".  Bytes, not
# characters: awk in the C locale, a UTF-8 continuation byte joins the
# character before it.
LC_ALL=C awk 'BEGIN { for (i = 1; i < 256; i++) ord[sprintf("%c", i)] = i }
/^#/ || /^$/ { next }
/^k / { for (i = 2; i <= NF; i++) print "k " $i; next }
/^t / {
	s = substr($0, 3); n = length(s); hex = ""
	for (i = 1; i <= n; i++) {
		b = ord[substr(s, i, 1)]
		if (b >= 128 && b < 192) { hex = hex sprintf(" %02x", b); continue }
		if (hex != "") print "h" hex
		hex = sprintf(" %02x", b)
	}
	if (hex != "") print "h" hex
	next
}
/^[wr] / { print; next }
{ print "round.keys:" NR ": not a step: " $0 > "/dev/stderr"; exit 1 }' \
	"$here/round.keys" >"$BT_TMP/steps"
keys=$(grep -c '^[kh] ' "$BT_TMP/steps")

# bk_consumed NAME PID R0 BYTES: until the process has read BYTES more than R0
# and waits again (it has dealt with the key and drawn the screen).
bk_consumed() {
	n=0
	while :; do
		bt_io "$2"
		[ "$bt_r" -ge $(($3 + $4)) ] && bt_waiting "$2" && return 0
		n=$((n + 1))
		[ "$n" -lt 3000 ] || bt_fail "$1" "key $k of $keys not consumed"
		[ "$n" -lt 3 ] || sleep 0.01
	done
}

# bk_resized NAME PID W0: until the process has written more than W0 (drawn
# the resized screen) and waits again.
bk_resized() {
	n=0
	while :; do
		bt_io "$2"
		[ "$bt_w" -gt "$3" ] && bt_waiting "$2" && return 0
		n=$((n + 1))
		[ "$n" -lt 3000 ] || bt_fail "$1" "the resize was not drawn"
		sleep 0.01
	done
}

# bk_play NAME PID: sends the steps, each key once the one before is consumed.
bk_play() {
	k=0
	while read -r op arg; do
		case $op in
		k | h)
			k=$((k + 1))
			bt_io "$2"
			r0=$bt_r
			if [ "$op" = k ]; then
				bt_tmux "$1" send-keys -t t "$arg"
				bytes=1
			else
				# shellcheck disable=SC2086
				bt_tmux "$1" send-keys -t t -H $arg
				bytes=$(((${#arg} + 1) / 3)) # "c3 ab": two bytes
			fi
			bk_consumed "$1" "$2" "$r0" "$bytes"
			;;
		w) bt_wait "$1" "$arg" ;;
		r)
			bt_io "$2"
			w0=$bt_w
			bt_tmux "$1" resize-window -t t -x "${arg% *}" -y "${arg#* }"
			bk_resized "$1" "$2" "$w0"
			;;
		esac
	done <"$BT_TMP/steps"
}

# bk_round NAME PREFIX: starts the round (under PREFIX, a wrapper command, if
# any) and waits for its first screen; sets pid.
bk_round() {
	mkdir -p "$XDG_DATA_HOME/$1"
	bt_start "$1" 80 24 "cd '$BT_TMP' && XDG_DATA_HOME='$XDG_DATA_HOME/$1' $2 '$RUCKSACK' \
		--decks '$SRCDIR/decks' run --flow bells-that-ring --people 'Ana,Zoë,李明,Ben' --seed 7"
	bt_wait "$1" "Roles and ground rules"
	pid=$(bt_pid "$1")
	[ -n "$pid" ] || bt_fail "$1" "no process in the pane"
	n=0
	until bt_waiting "$pid"; do
		n=$((n + 1)); [ "$n" -lt 3000 ] || bt_fail "$1" "never waited for input"
		sleep 0.01
	done
}

# bk_quit NAME: leaves the ended round, then checks that it went as scripted
# (every reflection and note saved, the edit, the redeal, the end), so a
# figure is never printed for a round that went astray.
bk_quit() {
	bt_tmux "$1" send-keys -t t q
	bt_wait "$1" "EXITED-0"
	j=$(ls "$XDG_DATA_HOME/$1"/rucksack/sessions/*.jsonl)
	if [ "$(grep -c '"t":"entry"' "$j")" != 11 ] || ! grep -q '"t":"edit"' "$j" ||
		! grep -q '"t":"redeal"' "$j" || ! grep -q '"t":"end"' "$j"; then
		bt_fail "$1" "the round did not go as scripted"
	fi
}

bk_round native ""
cpu0=$(bt_cpu_ns "$pid")
t0=$(bt_ms)
bk_play native "$pid"
cpu1=$(bt_cpu_ns "$pid")
t1=$(bt_ms)
bk_quit native
awk -v n="$keys" -v c="$((cpu1 - cpu0))" -v w="$((t1 - t0))" 'BEGIN {
	us = c / 1000 / n
	printf "keystroke: %d keys, %.1f µs CPU per key (target < 200 µs: %s)\n", n, us,
		us < 200 ? "met" : "MISSED"
	printf "keystroke: %.1f ms CPU in all, over %.1f s of wall time (the timer ticking)\n",
		c / 1e6, w / 1000
}'

[ "${BENCH_CALLGRIND:-1}" != 0 ] || exit 0
if ! command -v valgrind >/dev/null 2>&1 || ! command -v callgrind_control >/dev/null 2>&1; then
	echo "keystroke: no valgrind/callgrind_control, no instruction counts"
	exit 0
fi
cg="$BT_TMP/callgrind.out"
bk_round callgrind "valgrind -q --tool=callgrind --callgrind-out-file='$cg'"
callgrind_control -z "$pid" >/dev/null 2>&1 || bt_fail callgrind "callgrind_control -z failed"
bk_play callgrind "$pid"
callgrind_control -d "$pid" >/dev/null 2>&1 || bt_fail callgrind "callgrind_control -d failed"
bk_quit callgrind
ir=$(awk '/^totals:/ { t = $2 } END { print t + 0 }' "$cg".[0-9]*)
awk -v n="$keys" -v ir="$ir" 'BEGIN {
	printf "keystroke: %d keys, %.0f instructions per key (callgrind, the same round)\n", n, ir / n
}'
