#!/bin/sh
# A short round (the first two phases, then end) at 40x12 and at 200x60: the
# timer counts down, pauses, takes a minute more; the projector view shows the
# phase and any key returns; help opens; everything typed reaches the export.
. "$SRCDIR/tests/e2e/round_lib.sh"

run_at() {
	rl_start "$1" "$2" run --flow "$RL_FLOW" --people "'$RL_PEOPLE'" --seed 7
	rl_wait "Roles"
	rl_wait "2:5"				# 3 minutes counting down
	rl_keys "$K_PAUSE"; rl_wait "paused"
	rl_keys "$K_MINUTE"; rl_wait "3:5"
	rl_keys "$K_PAUSE"; rl_gone "paused"
	rl_keys "$K_HELP"; rl_wait "Keys"; rl_keys Escape; rl_gone "Keys"
	rl_keys "$K_PROJECTOR"; rl_gone "李明"; rl_wait "Roles"
	rl_keys x; rl_wait "李明"
	rl_keys "$K_NEXT"; rl_wait "Present"
	rl_reflect "small $1x$2: Zoë 🙂"
	rl_keys "$K_END"; rl_wait "End"; rl_keys "$K_YES"; rl_wait "Transcript"
	rl_keys "$K_QUIT"; rl_wait "EXITED-0"
	rl_stop
	id=$(ls -t "$XDG_DATA_HOME/rucksack/sessions" | sed -n 's/\.jsonl$//p' | head -n 1)
	"$RUCKSACK" --decks "$RL_DECKS" export "$id" --format md |
		grep -qF "small $1x$2: Zoë 🙂" || rl_fail "reflection lost at $1x$2"
}
run_at 40 12
run_at 200 60
echo ok
