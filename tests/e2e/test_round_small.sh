#!/bin/sh
# A short round (the first two phases, then end) at 40x12 and at 200x60: the
# timer counts down, pauses, takes a minute more; the projector view shows the
# phase (in block letters at 200x60) and any key returns; help opens; a card opens to read; wrong keys
# change nothing; everything typed reaches the export.
. "$SRCDIR/tests/e2e/round_lib.sh"

run_at() {
	export XDG_DATA_HOME="$TMPDIR/data-$1x$2"
	rl_start "$1" "$2" run --flow "$RL_FLOW" --people "'$RL_PEOPLE'" --seed 7
	rl_wait "Roles and ground rules"
	rl_wait "2:5"				# 3 minutes counting down
	rl_keys "$K_PAUSE"; rl_wait "paused"
	rl_keys "$K_MINUTE"; rl_wait "paused 3:5"
	rl_keys "$K_PAUSE"; rl_gone "paused"
	rl_keys "$K_HELP"; rl_wait "Keys on this screen"
	rl_keys Escape; rl_gone "Keys on this screen"
	# the projector: block letters where there is room, spaced-out letters where not
	big="R o l e s"; [ "$1" -ge 80 ] && big="█"
	rl_keys "$K_PROJECTOR"; rl_wait "$big"; rl_gone "Turn:"
	rl_keys x; rl_gone "$big"; rl_wait "Roles and ground rules"
	rl_keys "$K_NEXT"; rl_wait "Presenting the work"
	rl_keys o; rl_wait "Power and position"; rl_wait "card "	# the observer's card, to read
	rl_keys q; rl_wait "Write: by Ana"
	rl_keys F12 Z; rl_wait "Presenting the work"		# keys with no meaning here
	rl_reflect "small $1x$2: Zoë 🙂"
	rl_keys "$K_END"; rl_wait "End the round?"; rl_keys "$K_YES"; rl_wait "Transcript"
	rl_keys "$K_QUIT"; rl_wait "EXITED-0"
	rl_stop
	id=$(rl_session_id)
	"$RUCKSACK" --decks "$RL_DECKS" export "$id" --format md |
		grep -qF "small $1x$2: Zoë 🙂" || rl_fail "reflection lost at $1x$2"
}
run_at 40 12
run_at 200 60
echo ok
