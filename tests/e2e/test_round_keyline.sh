#!/bin/sh
# Finding the keys, at 80x24 and 44x14: the key line shows the keys beside
# "Round started" (at 80 columns); with the timer running it offers pause, then resume once
# paused; cards, projector and time are on it at 80 columns; the editor
# shows the phase's clock and whose turn it is; the projector switches to
# the phase's prompts and roles and back; on the last phase the key line
# leads with how to end.
. "$SRCDIR/tests/e2e/round_lib.sh"

bottom() { rl_screen | tail -n 1; }

run_at() {
	export XDG_DATA_HOME="$TMPDIR/data-$1x$2"
	rl_start "$1" "$2" run --flow "$RL_FLOW" --people "'Ana,Ben,Chi,Dee'" --seed 7
	rl_wait "Round started"
	# beside the message where there is room; on a small window, after the next key
	[ "$1" -ge 80 ] && { bottom | grep -qF "Space pause" || rl_fail "no keys beside the start message: $(bottom)"; }
	rl_keys "$K_NEXT" "$K_NEXT"; rl_wait "Interview"
	if [ "$1" -ge 80 ]; then
		for k in "Space pause" "? help" "o card" "p projector" "+ min"; do
			bottom | grep -qF "$k" || rl_fail "\"$k\" not on the key line: $(bottom)"
		done
	fi
	rl_keys "$K_PAUSE"; rl_wait "Space resume"
	rl_keys "$K_PAUSE"; rl_wait "Space pause"
	rl_keys "$K_CAPTURE"; rl_wait "characters"
	rl_wait "left"						# the clock, in the editor
	[ "$1" -ge 80 ] && rl_wait "Turn: Consultant (interviewer) — Ben"
	rl_keys Escape; rl_wait "Space pause"
	rl_keys "$K_PROJECTOR"; rl_gone "Space pause"
	rl_screen | grep -qF "Presenter: Ana" && rl_fail "roles on the card view"
	rl_keys Tab; rl_wait "Presenter: Ana"			# the phase: who holds which role
	rl_keys v; rl_gone "Presenter: Ana"
	rl_keys Escape; rl_wait "Space pause"
	rl_keys "$K_NEXT" "$K_NEXT" "$K_NEXT" "$K_NEXT"; rl_wait "How the round went"
	rl_wait "E end"
	bottom | grep -qE "(^ *| · )E end" || rl_fail "the last phase does not lead with the end: $(bottom)"
	bottom | grep -qF "→" && rl_fail "next offered on the last phase: $(bottom)"
	rl_keys "$K_END"; rl_wait "End the round?"; rl_keys "$K_YES"; rl_wait "Transcript"
	rl_keys "$K_QUIT"; rl_wait "EXITED-0"
	rl_stop
}

run_at 80 24
run_at 44 14
echo ok
