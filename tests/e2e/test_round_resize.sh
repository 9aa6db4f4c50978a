#!/bin/sh
# Resize mid-phase 80x24 -> 40x12 -> 200x60 -> 30x8 -> 80x24: the phase, the
# seats and a reflection being typed all survive; below 40x12 a clear screen.
. "$SRCDIR/tests/e2e/round_lib.sh"

rl_start 80 24 run --flow "$RL_FLOW" --people "'$RL_PEOPLE'" --seed 7
rl_wait "Roles"
rl_keys "$K_NEXT"; rl_wait "Present"
rl_wait "李明"
rl_keys "$K_CAPTURE"; rl_wait "Reflection"
rl_type "half typed, مرحبا"

rl_resize 40 12; rl_wait "Reflection"
rl_resize 200 60; rl_wait "half typed, مرحبا"
rl_resize 30 8; rl_wait "larger"
rl_resize 80 24; rl_wait "half typed, مرحبا"
rl_type " and finished"; rl_keys "$K_DONE"; rl_wait "saved"
rl_wait "Present"; rl_wait "Zoë"

rl_resize 40 12; rl_wait "Present"
rl_resize 200 60; rl_wait "Present"; rl_wait "李明"
rl_keys "$K_QUIT"; rl_wait "Quit"; rl_keys "$K_YES"; rl_wait "EXITED-0"

id=$(rl_session_id)
"$RUCKSACK" --decks "$RL_DECKS" export "$id" --format md |
	grep -qF "half typed, مرحبا and finished" || rl_fail "reflection lost across resizes"
echo ok
