#!/bin/sh
# rucksack new deck|flow ID: a starter file in the user's deck folder (made
# 0700), the exact words said, each starter passing lint --werror (the flow
# against the stock decks it deals from); never over a file already there;
# never one that would not be read (its id taken before the deck folder on
# the search path, or by another file of it), and a word when it takes a
# stock deck's place; a bad id named at its first wrong character; bad usage.
. "$SRCDIR/tests/cli/lib.sh"
FOLDER="$XDG_DATA_HOME/rucksack/decks"

rs new deck team-cards
status 0 "new deck"
same "$OUT" "new deck" <<T
Wrote a starter deck: $FOLDER/team-cards.json
Change it in a text editor, then check it with:
    rucksack lint $FOLDER/team-cards.json
and read it with:
    rucksack show team-cards
The program shows it too (press r on its home screen to reload).
T
same "$ERR" "new deck: stderr" </dev/null
[ "$(stat -c %a "$XDG_DATA_HOME/rucksack")" = 700 ] || fail "rucksack/ not 0700"
[ "$(stat -c %a "$FOLDER")" = 700 ] || fail "decks/ not 0700"
[ "$(stat -c %a "$FOLDER/team-cards.json")" = 600 ] || fail "the deck not 0600"

rs new flow huddle
status 0 "new flow"
same "$OUT" "new flow" <<T
Wrote a starter flow: $FOLDER/huddle.json
Change it in a text editor, then check it with:
    rucksack lint $FOLDER/huddle.json
and read it with:
    rucksack show huddle
The program shows it too (press r on its home screen to reload).
T

# As written, each passes the strictest check; the flow deals from a stock deck.
RUCKSACK_DATADIR="$SRCDIR/decks" rs lint --werror "$FOLDER/team-cards.json" "$FOLDER/huddle.json"
status 0 "lint --werror on the starters"
same "$OUT" "lint the starters" </dev/null
rs show team-cards
status 0 "show the new deck by its id"
grep -qx 'deck team-cards, 3 cards in 2 suits, version 0.1.0, en-GB' "$OUT" || fail "show: $(cat "$OUT")"
RUCKSACK_DATADIR="$SRCDIR/decks" rs show huddle
status 0 "show the new flow by its id"
grep -qx 'flow huddle, 2 roles, 3 phases, version 0.1.0, en-GB' "$OUT" || fail "show flow: $(cat "$OUT")"

# Never over a file: the edited deck stays as it is, for a deck or a flow.
echo edited >"$FOLDER/team-cards.json"
for kind in deck flow; do
	rs new $kind team-cards
	status 1 "new $kind over a file"
	same "$OUT" "new $kind over a file: stdout" </dev/null
	same "$ERR" "new $kind over a file" <<T
rucksack new: $FOLDER/team-cards.json already exists, and rucksack new never replaces a file: edit that one, or choose another id
T
	[ "$(cat "$FOLDER/team-cards.json")" = edited ] || fail "new $kind replaced the file"
done
ln -s nowhere "$FOLDER/dangling.json"
rs new deck dangling
status 1 "new over a dangling link"
[ "$(readlink "$FOLDER/dangling.json")" = nowhere ] || fail "the link was replaced"

# A bad id: where, why, and an id to use instead; nothing is written.
rs new deck "Team Cards.json"
status 1 "bad id"
same "$ERR" "bad id" <<'T'
rucksack new: 'Team Cards.json' is not a valid id: at character 1, 'T' is a capital letter; an id is 1 to 64 of a-z, 0-9 and '-', not starting with '-': try 'team-cards'
T
rs new flow "caf$(printf '\303\251')"
status 1 "bad id: a letter with an accent"
same "$ERR" "bad id: accent" <<T
rucksack new: 'caf$(printf '\303\251')' is not a valid id: at character 4, '$(printf '\303\251')' is not allowed; an id is 1 to 64 of a-z, 0-9 and '-', not starting with '-': try 'caf'
T
[ "$(ls "$FOLDER" | wc -l)" -eq 3 ] || fail "a bad id wrote a file: $(ls "$FOLDER")"

# Bad usage.
rs new card x
status 2 "new card"
same "$ERR" "new card" <<'T'
rucksack new: 'deck' or 'flow', not 'card'; see 'rucksack new --help'
T
rs new deck
status 2 "new deck without an id"
same "$ERR" "new deck without an id" <<'T'
rucksack new: what to make? give 'deck ID' or 'flow ID'; see 'rucksack new --help'
T

# A folder name that a shell would split is quoted in the command to type.
XDG_DATA_HOME="$TMPDIR/my data" rs new deck spaced
status 0 "new deck into a folder with a space"
grep -qx "    rucksack lint '$TMPDIR/my data/rucksack/decks/spaced.json'" "$OUT" || fail "quoting: $(cat "$OUT")"
# A deck folder that is there keeps its mode: a champion may share it.
chmod 755 "$TMPDIR/my data/rucksack/decks"
XDG_DATA_HOME="$TMPDIR/my data" rs new flow spaced-flow
status 0 "new flow into a folder opened to others"
[ "$(stat -c %a "$TMPDIR/my data/rucksack/decks")" = 755 ] || fail "the deck folder was tightened"
# No HOME and no XDG_DATA_HOME: said, exit 1.
env -u HOME -u XDG_DATA_HOME "$RUCKSACK" new deck lost >"$OUT" 2>"$ERR"; rc=$?
status 1 "new without a home"
same "$ERR" "new without a home" <<'T'
rucksack new: cannot find your deck folder: neither XDG_DATA_HOME nor HOME is set
T

# An id a stock deck has: written, and said that it now stands for that id.
RUCKSACK_DATADIR="$SRCDIR/decks" rs new deck social-graces
status 0 "new deck with a stock deck's id"
same "$ERR" "new deck with a stock deck's id" <<T
rucksack new: warning: the new file takes the place of the deck social-graces in $SRCDIR/decks/social-graces.json, wherever the id social-graces is used (the first file with an id wins): if that is not what you want, delete the new file and choose another id
T
[ -f "$FOLDER/social-graces.json" ] || fail "not written"
rm "$FOLDER/social-graces.json"
# Its id in a folder before the deck folder (--decks): it would never be read.
rs --decks "$SRCDIR/decks" new flow bells-that-ring
status 1 "new flow hidden by --decks"
same "$ERR" "new flow hidden by --decks" <<T
rucksack new: the flow bells-that-ring in $SRCDIR/decks/bells-that-ring.json comes before your deck folder on the search path, so a new file with that id would never be read: choose another id, or change that one
T
[ -e "$FOLDER/bells-that-ring.json" ] && fail "written where it would never be read"
# Another file of the deck folder with that id: two would be refused.
rs new deck our-cards
mv "$FOLDER/our-cards.json" "$FOLDER/renamed.json"
rs new flow our-cards
status 1 "new flow with an id of the folder"
same "$ERR" "new flow with an id of the folder" <<T
rucksack new: $FOLDER/renamed.json in your deck folder has the id our-cards already, and two files of one folder cannot share an id: edit that one, or choose another id
T
[ -e "$FOLDER/our-cards.json" ] && fail "a duplicate id written"
echo ok
