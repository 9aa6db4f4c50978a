#!/bin/sh
# A champion's first deck, from nothing to the program that is already
# open: rucksack new deck writes the starter into the user's deck folder, a
# scripted edit (sed, as a text editor would) renames the deck and its first
# card, lint --werror passes it, show on its path prints the change, and
# after r (reload) on the home screen the deck is in Browse decks, its
# renamed card readable.
. "$SRCDIR/tests/e2e/lib.sh"

ui_start 80 24
ui_wait "2 decks found."

"$RUCKSACK" new deck team-cards >"$TMPDIR/new.out" 2>&1 || ui_fail "new deck: $(cat "$TMPDIR/new.out")"
deck=$(sed -n 's/^Wrote a starter deck: //p' "$TMPDIR/new.out")
[ "$deck" = "$XDG_DATA_HOME/rucksack/decks/team-cards.json" ] || ui_fail "new deck wrote '$deck'"
sed -i -e 's/"title": "Team cards"/"title": "Our team cards"/' \
	-e 's/"title": "First words"/"title": "Words the family uses"/' "$deck"

"$RUCKSACK" lint --werror "$deck" >"$TMPDIR/lint.out" 2>&1 || ui_fail "lint: $(cat "$TMPDIR/lint.out")"
grep -qx "1 file checked: no problems" "$TMPDIR/lint.out" || ui_fail "lint said: $(cat "$TMPDIR/lint.out")"
"$RUCKSACK" show "$deck" >"$TMPDIR/show.out" 2>&1 || ui_fail "show: $(cat "$TMPDIR/show.out")"
grep -qx "Words the family uses (first-words)" "$TMPDIR/show.out" || ui_fail "show: $(cat "$TMPDIR/show.out")"

ui_keys r; ui_wait "Reloaded: 3 decks found; no problems."
ui_home_open "Read the decks"; ui_wait "Our team cards"
ui_keys End Enter; ui_wait "Words the family uses"
ui_keys Enter; ui_wait "The words people use when they first describe the worry."
ui_keys q q q; ui_wait "3 decks found."
ui_keys q; ui_wait "EXITED-0"
ui_tty_restored
echo ok
