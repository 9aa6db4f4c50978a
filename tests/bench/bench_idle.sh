#!/bin/sh
# CPU used over BENCH_IDLE_SECONDS (default 60) with nobody typing (target:
# zero wakeups beyond input when no timer runs).  The real binary sits, each
# in its own tmux server at 80x24 and all at the same time, on:
#   the home screen;
#   an untimed phase of a round (Reflective case discussion, "Clarifying
#   questions", 0 minutes);
#   a round's phase with its timer paused;
#   the editor open on that untimed phase, text typed, its draft kept;
#   and, for contrast, a phase with its timer running (about one wakeup a
#   second is expected: the countdown is redrawn each second).
# Wakeups are the process's voluntary context switches during the window
# (/proc/PID/status): each time it goes back to sleep counts one; its
# involuntary switches (made to give way while running) are shown beside
# them, and the target is zero of both.  CPU is the scheduler's count (/proc/PID/schedstat).  The window is
# measured, not waited out for a condition, so it is a plain sleep.
set -eu
: "${RUCKSACK:?set RUCKSACK to the binary}"
here=$(cd "$(dirname "$0")" && pwd)
SRCDIR=$(cd "$here/../.." && pwd)
# shellcheck source=tests/bench/tui_lib.sh
. "$here/tui_lib.sh"
SECONDS_IDLE=${BENCH_IDLE_SECONDS:-60}
DECKS="$SRCDIR/decks"

# bi_start NAME ARGS...: rucksack ARGS on the stock decks, in its own data folder.
bi_start() {
	name=$1; shift
	mkdir -p "$XDG_DATA_HOME/$name"
	bt_start "$name" 80 24 "XDG_DATA_HOME='$XDG_DATA_HOME/$name' '$RUCKSACK' --decks '$DECKS' $*"
}

# bi_settled NAME: NAME's pid once it waits for input (and sets bi_pid).
bi_settled() {
	bi_pid=$(bt_pid "$1")
	[ -n "$bi_pid" ] || bt_fail "$1" "no process in the pane"
	n=0
	until bt_waiting "$bi_pid"; do
		n=$((n + 1)); [ "$n" -lt 3000 ] || bt_fail "$1" "never waited for input"
		sleep 0.01
	done
}

rcd="run --flow reflective-case-discussion --people 'Ana,Zoë,李明,Ben' --seed 7"
bells="run --flow bells-that-ring --people 'Ana,Zoë,李明,Ben' --seed 7"
bi_start home
bi_start untimed "$rcd"
bi_start paused "$bells"
bi_start editor "$rcd"
bi_start timer "$bells"

bt_wait home "Start a round"
for s in untimed editor; do
	bt_wait "$s" "Settling in"
	bt_tmux "$s" send-keys -t t Right; bt_wait "$s" "The dilemma"
	bt_tmux "$s" send-keys -t t Right; bt_wait "$s" "Clarifying questions"
done
bt_tmux editor send-keys -t t n; bt_wait editor "Note"
bt_tmux editor send-keys -t t -l "Ana asked whether the school knew; Zoë nodded"
bt_wait editor "Zoë nodded"
n=0 # the draft is kept after a pause in typing: wait for it to be on the disk
until ls "$XDG_DATA_HOME"/editor/rucksack/sessions/*.draft >/dev/null 2>&1; do
	n=$((n + 1)); [ "$n" -lt 3000 ] || bt_fail editor "no draft kept"
	sleep 0.01
done
bt_wait paused "Roles and ground rules"
bt_tmux paused send-keys -t t Space; bt_wait paused "paused"
bt_wait timer "Roles and ground rules"

names="home untimed paused editor timer"
for s in $names; do
	bi_settled "$s"
	sw=$(bt_switches "$bi_pid")
	eval "pid_$s=\$bi_pid cpu_$s=\$(bt_cpu_ns \$bi_pid) vol_$s=\${sw% *} inv_$s=\${sw#* }"
done
sleep "$SECONDS_IDLE"
for s in $names; do
	eval "pid=\$pid_$s cpu0=\$cpu_$s vol0=\$vol_$s inv0=\$inv_$s"
	[ -d "/proc/$pid" ] || bt_fail "$s" "the program ended while idle"
	cpu=$(($(bt_cpu_ns "$pid") - cpu0)) sw=$(bt_switches "$pid")
	vol=$((${sw% *} - vol0)) inv=$((${sw#* } - inv0))
	case $s in
	home) what="on the home screen" ;;
	untimed) what="on an untimed phase of a round" ;;
	paused) what="on a phase with its timer paused" ;;
	editor) what="in the editor on an untimed phase, draft kept" ;;
	timer) what="on a phase with its timer RUNNING, for contrast" ;;
	esac
	if [ "$s" = timer ]; then
		verdict="expected about $SECONDS_IDLE: one a second"
	elif [ $((vol + inv)) -eq 0 ]; then
		verdict="target 0: met"
	else
		verdict="target 0: MISSED"
	fi
	awk -v t="$SECONDS_IDLE" -v c="$cpu" -v n="$vol" -v i="$inv" -v v="$verdict" -v what="$what" 'BEGIN {
		printf "idle: %d s, %.3f ms CPU, %d wakeups (%s), %d involuntary switches; %s\n",
			t, c / 1e6, n, v, i, what
	}'
done
