#!/bin/sh
# Time that fits the slot, at 80x24 and 50x14: the setup screen shows the
# round's length (Bells that Ring: 52 min), m fits it to 45 (each phase's
# minutes said), the round starts with the fitted minutes (the first phase
# 3, the interview 13), - takes a minute off and + gives it back, and the
# export says each phase's minutes used and planned.
. "$SRCDIR/tests/e2e/round_lib.sh"

run_at() {
	export XDG_DATA_HOME="$TMPDIR/data-$1x$2"
	rl_start "$1" "$2"
	rl_wait "Start a round"
	rl_keys Enter; rl_wait "Bells that Ring"
	rl_keys Enter; rl_wait "New round"
	rl_wait "Time: 52 min"
	rl_keys a; rl_wait "Add people"; rl_type "Ana,Ben,Chi,Dee"; rl_keys Enter; rl_wait "Dee"
	rl_keys m; rl_wait "Fit the time"; rl_type "3"; rl_keys Enter
	rl_wait "3 min is too short: at a minute a phase, 7 min"	# said, not "Fitted to 7"
	rl_keys m; rl_wait "Fit the time"; rl_type "forty"; rl_keys Enter
	rl_wait "Minutes as a whole number"		# refused: the box stays
	rl_keys BSpace BSpace BSpace BSpace BSpace; rl_type "45"; rl_keys Enter
	rl_wait "Fitted to 45 min: 3 · 7 · 13 · 9 · 4 · 4 · 5"
	rl_wait "Time: 45 min (fitted"
	rl_keys Enter; rl_wait "Roles and ground rules"
	rl_wait "2:5"					# 3 minutes counting down
	rl_keys "$K_PAUSE"; rl_wait "paused"
	rl_keys -; rl_wait "A minute less"; rl_wait "paused 1:5"
	rl_keys -; rl_wait "paused 0:5"			# two minutes off: one is left, the least a phase has
	rl_keys -; rl_wait "cannot be shorter than a minute"
	rl_keys +; rl_wait "paused 1:5"
	rl_keys "$K_NEXT" "$K_NEXT"; rl_wait "Interview"
	rl_wait "12:5"					# 13 minutes, fitted
	rl_keys "$K_END"; rl_wait "End the round?"; rl_keys "$K_YES"; rl_wait "Transcript"
	rl_keys "$K_QUIT"; rl_wait "Start a round"; rl_keys q; rl_wait "EXITED-0"
	rl_stop
	id=$(rl_session_id)
	"$RUCKSACK" --decks "$RL_DECKS" export "$id" >"$TMPDIR/t.md" || rl_fail "export"
	grep -q "min (planned 3, 1 taken off)" "$TMPDIR/t.md" || rl_fail "planned minutes: $(cat "$TMPDIR/t.md")"
	grep -q "min (planned 13)" "$TMPDIR/t.md" || rl_fail "fitted minutes: $(cat "$TMPDIR/t.md")"
	"$RUCKSACK" --decks "$RL_DECKS" export "$id" --format json | grep -q '"planned_minutes":	13' ||
		rl_fail "JSON planned minutes"
}

run_at 80 24
run_at 50 14
echo ok
