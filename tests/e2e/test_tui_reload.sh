#!/bin/sh
# A champion sees a deck in the program at once: a deck file written into
# the --decks folder while the program is on the home screen shows after r
# (reload), in Browse decks too, and can be read; a broken file's problem is
# counted at once; and one added while Browse decks is open shows when the
# home screen comes back, without r.  At 80x24 and 40x12.
UI_DECKS="$TMPDIR/champion-decks"
. "$SRCDIR/tests/e2e/lib.sh"

# new_deck FILE ID TITLE: a copy of the fixture's plain deck under a new id and title.
new_deck() {
	sed -e "s/\"id\": *\"plain\"/\"id\": \"$2\"/" -e "s/\"title\": *\"Plain deck\"/\"title\": \"$3\"/" \
		"$SRCDIR/tests/data/tui/decks/plain.json" >"$UI_DECKS/$1.tmp" &&
		mv "$UI_DECKS/$1.tmp" "$UI_DECKS/$1" || ui_fail "cannot write $1"
}

reload_at() {
	rm -rf "$UI_DECKS"; mkdir -p "$UI_DECKS"
	cp "$SRCDIR/tests/data/tui/decks/"*.json "$UI_DECKS/"
	ui_start "$1" "$2"
	ui_wait "2 decks found."
	new_deck fresh.json fresh "Fresh deck"
	ui_keys r; ui_wait "Reloaded: 3 decks found; no problems."
	ui_home_open "Read the decks"; ui_wait "Fresh deck"
	ui_keys Enter; ui_wait "First plain card"	# the new deck opens and reads
	ui_keys Enter; ui_wait "Nothing special: the first card."
	ui_keys q q; ui_wait "Fresh deck"
	printf '{"format": 1, "kind": "deck",' >"$UI_DECKS/broken.json"
	ui_keys r; ui_wait "1 problem"
	rm "$UI_DECKS/broken.json"
	new_deck later.json later "Later deck"	# while Browse decks is open
	ui_keys q; ui_wait "Reloaded: 4 decks found; no problems."
	ui_gone "1 problem"
	ui_keys Enter; ui_wait "Later deck"
	ui_keys q; ui_wait "4 decks found."
	ui_keys q; ui_wait "EXITED-0"
	ui_tty_restored
}

reload_at 80 24
reload_at 40 12
echo ok
