#!/bin/sh
# The README's "Write your first deck" cannot drift: its commands (the
# fenced blocks after a "<!-- walkthrough" line) are run as written, in a
# scratch HOME with no XDG_DATA_HOME, so ~/.local/share/rucksack/decks is
# the deck folder it names.  The editor of step 2 is a stand-in making the
# change the README asks for.  Then what the README says they print is
# checked: where the deck went, lint's line, the renamed card, and the
# problem it shows for curly quotes, word for word.
. "$SRCDIR/tests/cli/lib.sh"
README="$SRCDIR/README.md"
unset XDG_DATA_HOME
mkdir -p "$HOME" "$TMPDIR/bin"
ln -s "$RUCKSACK" "$TMPDIR/bin/rucksack"
PATH="$TMPDIR/bin:$PATH"

# The commands, in order, one block after another.
awk '/^<!-- walkthrough/ { mark = 1; next }
     mark && /^```sh$/ { run = 1; mark = 0; next }
     run && /^```$/ { run = 0; next }
     run { print }
     { mark = 0 }' "$README" >"$TMPDIR/steps.sh"
[ "$(grep -c '^rucksack ' "$TMPDIR/steps.sh")" -ge 5 ] || fail "the README's steps were not found: $(cat "$TMPDIR/steps.sh")"
grep -q '^nano ' "$TMPDIR/steps.sh" || fail "no editor step in the README"
{
	echo 'set -e'
	echo 'nano() { sed -i "s/\"title\": \"First words\"/\"title\": \"Words the family uses\"/" "$1"; }'
	cat "$TMPDIR/steps.sh"
} >"$TMPDIR/run.sh"
sh "$TMPDIR/run.sh" >"$OUT" 2>"$ERR" || fail "a step of the README failed: $(cat "$OUT")"

FOLDER="$HOME/.local/share/rucksack/decks"
grep -qx "Wrote a starter deck: $FOLDER/team-cards.json" "$OUT" || fail "new deck: $(cat "$OUT")"
grep -qx "1 file checked: no problems" "$ERR" || fail "lint: not clean"
grep -qx "Words the family uses (first-words)" "$OUT" || fail "show: the card was not renamed"
[ "$(grep -c '^  Suit: ' "$OUT")" -ge 3 ] || fail "show CARD and deal -n 2: $(cat "$OUT")"

# The problem the README shows for curly quotes is what lint says.
sed -i 's/"title": "Words the family uses"/"title": “Words the family uses”/' "$FOLDER/team-cards.json"
rs lint "$FOLDER/team-cards.json"
status 1 "lint of curly quotes"
sed "s|^$HOME/|/home/you/|; s/^/    /" "$OUT" >"$TMPDIR/said"
grep -qxF -f "$TMPDIR/said" "$README" || fail "the README does not show lint's words: $(cat "$TMPDIR/said")"
echo ok
