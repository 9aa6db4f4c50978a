#!/bin/sh
# A draft flow tried before it is installed: the starter of rucksack new
# flow, moved out of the deck folder and edited, runs with run --flow FILE,
# dealing its second phase's cards from the stock deck on the search path.
. "$SRCDIR/tests/e2e/round_lib.sh"

"$RUCKSACK" new flow huddle >"$TMPDIR/new.out" 2>&1 || rl_fail "new flow: $(cat "$TMPDIR/new.out")"
mkdir -p "$TMPDIR/drafts"
sed 's/"title": "The story"/"title": "Our story"/' "$XDG_DATA_HOME/rucksack/decks/huddle.json" \
	>"$TMPDIR/drafts/huddle.json" && rm "$XDG_DATA_HOME/rucksack/decks/huddle.json" ||
	rl_fail "cannot move the draft"

rl_start 80 24 run --flow "'$TMPDIR/drafts/huddle.json'" --people "'Ana,Ben,Chi'" --seed 5
rl_wait "Our story"
rl_keys "$K_NEXT"; rl_wait "Listening through a card"
rl_wait "Cards in hand"; rl_wait "Ben, Team: "; rl_wait "· Social GRACES ·"
rl_keys "$K_QUIT"; rl_wait "Leave the round?"; rl_keys "$K_YES"; rl_wait "EXITED-0"
echo ok
