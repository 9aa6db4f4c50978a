#!/bin/sh
# Resize mid-phase 80x24 -> 40x12 -> 200x60 -> 30x8 -> 80x24: the phase, the
# seats and a reflection being typed all survive; below 40x12 a clear screen
# and no key acts blind.
. "$SRCDIR/tests/e2e/round_lib.sh"

rl_start 80 24 run --flow "$RL_FLOW" --people "'$RL_PEOPLE'" --seed 7
rl_wait "Roles and ground rules"
rl_keys "$K_NEXT"; rl_wait "Presenting the work"
rl_keys "$K_CAPTURE"; rl_wait "Reflection"
rl_type "half typed, مرحبا"

rl_resize 40 12; rl_wait "Reflection"; rl_wait "half typed"
rl_resize 200 60; rl_wait "half typed, مرحبا"
rl_resize 30 8; rl_wait "larger"
rl_keys Escape; rl_keys q				# ignored while too small
rl_resize 80 24; rl_wait "half typed, مرحبا"
rl_type " and finished"; rl_keys "$K_DONE"; rl_wait "Reflection saved"
rl_wait "Presenting the work"; rl_wait "half typed, مرحبا and finished"

rl_resize 40 12; rl_wait "Presenting the work"; rl_wait "Written: 1"
rl_resize 200 60; rl_wait "Presenting the work"; rl_wait "Consultant (interviewer): 2 Zoë"
rl_wait "Action planner: 3 李明"
rl_keys "$K_QUIT"; rl_wait "Leave the round?"; rl_keys "$K_YES"; rl_wait "EXITED-0"

id=$(rl_session_id)
"$RUCKSACK" --decks "$RL_DECKS" export "$id" --format md |
	grep -qF "half typed, مرحبا and finished" || rl_fail "reflection lost across resizes"
echo ok
