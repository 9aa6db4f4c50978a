#!/bin/sh
# A page of notes pasted into the editor, and typing at the end of it.  The
# real binary at 80x24 opens a note on an untimed phase of a round (no timer
# redraws in the figure); a text of exactly 20,000 characters (the editor's
# limit: words, accents, CJK, paragraphs) is pasted in one bracketed paste
# (tmux paste-buffer -p), and the process's CPU time and the wall time are
# taken from just before the paste until the counter shows all 20,000 and
# the process waits for input again.  Then 100 keys (50 Backspaces, 50
# letters) are sent one at a time at the end of the full text, each once the
# one before is consumed: the CPU time per key, which must not grow with the
# length of the text.  The draft kept meanwhile counts in both figures.
set -eu
: "${RUCKSACK:?set RUCKSACK to the binary}"
here=$(cd "$(dirname "$0")" && pwd)
SRCDIR=$(cd "$here/../.." && pwd)
# shellcheck source=tests/bench/tui_lib.sh
. "$here/tui_lib.sh"

# 20,000 characters: 400 pieces of 50, a paragraph break after every tenth.
awk 'BEGIN {
	w[0] = "Ana said the school knew; Zoë was not so sure. "	# 47
	w[1] = "Ben: 你好, 李明 — the plan for Monday is fine. "	# 43
	for (i = 0; i < 400; i++) {
		s = w[i % 2]
		pad = (i % 2 ? 43 : 47)
		while (pad < 49) { s = s "x"; pad++ }
		s = s ((i % 10 == 9) ? "\n" : " ")
		printf "%s", s
	}
}' >"$BT_TMP/page.txt"
chars=$(LC_ALL=C.UTF-8 wc -m <"$BT_TMP/page.txt")
[ "$chars" -eq 20000 ] || { echo "could not run: the page has $chars characters, not 20000" >&2; exit 1; }

mkdir -p "$XDG_DATA_HOME/paste"
bt_start paste 80 24 "XDG_DATA_HOME='$XDG_DATA_HOME/paste' '$RUCKSACK' --decks '$SRCDIR/decks' \
	run --flow reflective-case-discussion --people 'Ana,Zoë,李明,Ben' --seed 7"
bt_wait paste "Settling in"
bt_tmux paste send-keys -t t Right; bt_wait paste "The dilemma"
bt_tmux paste send-keys -t t Right; bt_wait paste "Clarifying questions"
bt_tmux paste send-keys -t t n; bt_wait paste "0 / 20000 characters"
pid=$(bt_pid paste)
[ -n "$pid" ] || bt_fail paste "no process in the pane"

# bp_idle: until the process waits for input again.
bp_idle() {
	n=0
	until bt_waiting "$pid"; do
		n=$((n + 1)); [ "$n" -lt 30000 ] || bt_fail paste "never waited for input"
		sleep 0.01
	done
}
bp_idle
bt_tmux paste load-buffer -b page "$BT_TMP/page.txt"
cpu0=$(bt_cpu_ns "$pid") t0=$(bt_ms)
bt_tmux paste paste-buffer -p -d -b page -t t
n=0
until bt_screen paste | grep -qF "20000 / 20000 characters"; do
	n=$((n + 1)); [ "$n" -lt 60000 ] || bt_fail paste "the paste never showed all 20000 characters"
	sleep 0.005
done
bp_idle
cpu1=$(bt_cpu_ns "$pid") t1=$(bt_ms)
awk -v c="$((cpu1 - cpu0))" -v w="$((t1 - t0))" 'BEGIN {
	printf "paste: 20000 characters in one paste, %.1f ms CPU, %.0f ms until shown (80x24)\n",
		c / 1e6, w
}'

# Let the draft of the paste be written, then type at the end of the text.
n=0
until grep -qF "plan for Monday" "$XDG_DATA_HOME"/paste/rucksack/sessions/*.draft 2>/dev/null; do
	n=$((n + 1)); [ "$n" -lt 3000 ] || bt_fail paste "no draft kept"
	sleep 0.01
done
bp_idle
bp_key() {
	bt_io "$pid"
	r0=$bt_r
	bt_tmux paste send-keys -t t "$1"
	n=0
	while :; do
		bt_io "$pid"
		[ "$bt_r" -gt "$r0" ] && bt_waiting "$pid" && return 0
		n=$((n + 1)); [ "$n" -lt 3000 ] || bt_fail paste "a key was not consumed"
		[ "$n" -lt 3 ] || sleep 0.01
	done
}
cpu0=$(bt_cpu_ns "$pid")
i=0
while [ $i -lt 50 ]; do bp_key BSpace; i=$((i + 1)); done
bt_wait paste "19950 / 20000 characters"
i=0
while [ $i -lt 50 ]; do bp_key z; i=$((i + 1)); done
bt_wait paste "20000 / 20000 characters"
cpu1=$(bt_cpu_ns "$pid")
awk -v c="$((cpu1 - cpu0))" 'BEGIN {
	printf "paste: then 100 keys at the end of the 20000 characters, %.1f µs CPU per key\n", c / 1000 / 100
}'
