#!/bin/sh
# show, deal, practice --deck and run --flow take a file as well as an id (an
# argument holding a '/' or ending in .json), so a draft is tried before it
# is installed: the file wins over an installed deck of its id, its problems
# are printed as lint prints them (exit 1), and a flow read from a file finds
# the decks it deals from on the search path.
. "$SRCDIR/tests/cli/lib.sh"
A="--decks $DATA/a"
# A draft of the installed deck colours: the card red renamed.
sed 's/"title": "Red"/"title": "Scarlet"/' "$DATA/a/colours.json" >colours.json
mkdir drafts
cp "$DATA/a/mini-round.json" drafts/round

# The draft's card is the installed one (test_show.sh) under its new title.
rs $A show colours red
grep -qx 'Red (red)' "$OUT" || fail "show ID: the installed deck"
sed 's/^Red (red)$/Scarlet (red)/' "$OUT" >renamed
rs $A show colours.json red
status 0 "show FILE CARD"
same "$OUT" "show FILE CARD: the draft, not the installed deck" <renamed
same "$ERR" "show FILE: stderr" </dev/null
rs show "$DATA/a/colours.json"
status 0 "show a FILE with no deck folder"
grep -qx 'deck colours, 6 cards in 3 suits, version 2.1, en-GB' "$OUT" || fail "show FILE: $(cat "$OUT")"

rs $A deal ./colours.json --seed 7 -n 6
status 0 "deal FILE"
grep -qx 'Scarlet (red)' "$OUT" || fail "deal FILE: the draft's cards"
rs $A deal ./colours.json --seed 7 -n 6 --suit warmth
status 1 "deal FILE --suit it lacks"
same "$ERR" "deal FILE --suit it lacks" <<'T'
rucksack deal: deck 'colours' has no suit 'warmth'; its suits: warm, cool, empty
T

# A draft with an error: printed as lint prints it; no draft, said so.
rs show "$DATA/lint/bad.json"
status 1 "show a broken FILE"
same "$ERR" "show a broken FILE" <<T
$DATA/lint/bad.json:6:46: error: card "a", weight: expected a positive integer, found 0
T
rs deal missing.json
status 1 "deal a missing FILE"
same "$ERR" "deal a missing FILE" <<'T'
missing.json: error: cannot open: No such file or directory
T

# A flow read from a file deals from the decks of the search path: with
# them it gets as far as wanting a terminal; without them it says which is missing.
rs $A run --flow drafts/round --people Ana,Ben,Chi </dev/null
status 1 "run --flow FILE without a terminal"
same "$ERR" "run --flow FILE: accepted" <<'T'
rucksack: the full-screen program needs a terminal; try `rucksack list` or `rucksack --help`
T
rs run --flow drafts/round --people Ana,Ben,Chi </dev/null
status 1 "run --flow FILE whose deck is missing"
same "$ERR" "run --flow FILE whose deck is missing" <<'T'
drafts/round:17:26: error: phase "reflect", the 1st deal, deck: no deck "colours" on the search path or among the files named
drafts/round:18:26: error: phase "reflect", the 2nd deal, deck: no deck "colours" on the search path or among the files named
T
rs $A run --flow colours.json --people Ana,Ben,Chi </dev/null
status 1 "run --flow a deck's FILE"
same "$ERR" "run --flow a deck's FILE" <<'T'
rucksack run: 'colours' is a deck, not a flow; see 'rucksack list'
T

# practice --deck FILE: checked as a deck of the catalog, then the screen.
rs practice --deck ./colours.json </dev/null
status 1 "practice --deck FILE without a terminal"
same "$ERR" "practice --deck FILE: accepted" <<'T'
rucksack: the full-screen program needs a terminal; try `rucksack list` or `rucksack --help`
T
rs practice --deck ./colours.json --suit zz </dev/null
status 1 "practice --deck FILE --suit it lacks"
grep -qF "error: no suit 'zz' in this deck" "$ERR" || fail "practice --deck FILE --suit: says which"
rs practice --deck nope.json </dev/null
status 1 "practice --deck a missing FILE"
same "$ERR" "practice --deck a missing FILE" <<'T'
nope.json: error: cannot open: No such file or directory
T
echo ok
