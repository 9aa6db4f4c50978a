#!/bin/sh
# The bell setting is the round's (QA F27): `b` (flash instead of ringing at
# zero) goes into the journal, so after leaving and `rucksack resume` the
# timer reaching zero flashes and does not ring.  A round left with the bell
# on rings at the same point, so the test tells the two apart (tmux's
# window_bell_flag is set by a BEL, not by a flash).
. "$SRCDIR/tests/e2e/round_lib.sh"

RL_DECKS="$SRCDIR/tests/data/round/quick" # a flow whose phases last 6 seconds
sessions="$XDG_DATA_HOME/rucksack/sessions"

bell_flag() { tmux -L "$RL_SOCK" display -p -t t '#{window_bell_flag}'; }
# The bell (BEL) is written before the screen that shows the overtime, so
# once " over" is on screen a ring has reached tmux: no wait is needed for a
# bell that must not ring, and one that must is polled for.
rang() {
	n=30
	while [ "$(bell_flag)" != 1 ]; do
		n=$((n - 1)); [ "$n" -gt 0 ] || return 1; sleep 0.1
	done
}

# round BELLKEY: starts a round, pauses its timer at once, presses BELLKEY
# (or nothing), leaves it, resumes it, lets its timer run out; prints the id.
round() {
	rm -rf "$sessions"
	rl_start 80 24 run --flow quick-timer --people A,B
	rl_wait "Telling"
	rl_keys "$K_PAUSE"; rl_wait "Timer paused"
	rl_grab 'paused 0:0[1-6]' | grep -q . || rl_fail "the timer ran out before it could be paused"
	if [ -n "$1" ]; then
		rl_keys "$1"; rl_wait "Bell off: a flash at zero (saved)"
	fi
	rl_keys "$K_QUIT"; rl_wait "Leave the round?"; rl_keys "$K_YES"; rl_wait "EXITED-0"
	id=$(rl_session_id)
	rl_start 80 24 resume "$id"
	rl_wait "paused 0:0"
	[ "$(bell_flag)" = 0 ] || rl_fail "the bell rang before the timer ran"
	rl_keys "$K_PAUSE"; rl_wait "Timer running again"
	rl_wait " over" 15
}

round ""
rang || rl_fail "with the bell on, no bell rang at zero after resume"
grep -q '"t":"bell"' "$sessions/$id.jsonl" && rl_fail "a bell record without b"

round b
grep -q '"t":"bell","at":[0-9]*,"ring":false' "$sessions/$id.jsonl" ||
	rl_fail "b is not in the journal"
[ "$(bell_flag)" = 0 ] || rl_fail "the bell rang at zero after resume although b had silenced it"
rl_keys "$K_NEXT"; rl_wait "Answering" # and in the next phase too: the round's setting
rl_wait " over" 15
[ "$(bell_flag)" = 0 ] || rl_fail "the bell rang in the next phase"
rl_keys b; rl_wait "Bell on: it rings at zero (saved)"
rl_stop
echo "ok"
