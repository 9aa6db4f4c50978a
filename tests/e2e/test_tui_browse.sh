#!/bin/sh
# Home -> browse -> a deck -> a card -> next card -> back to home -> quit, at
# 80x24, 40x12 and 200x60, on a fixture deck with accents, combining marks,
# CJK, right-to-left text and emoji.
. "$SRCDIR/tests/e2e/lib.sh"

browse_at() {
	ui_start "$1" "$2"
	ui_wait "Browse decks"; ui_wait "2 decks found"
	ui_home_open "Read the decks"; ui_wait "Plain deck"; ui_wait "Ünïcode deck: 漢字, مرحبا, 🙂"
	ui_keys Enter; ui_wait "Accents: Zoë, Ana, Renée"; ui_wait "Zoë's voice"
	ui_keys Enter; ui_wait "Whose voice is loudest"
	ui_wait "card 1 of 30"
	ui_keys l; ui_wait "Filler card 01"; ui_wait "card 2 of 30"
	ui_keys h; ui_wait "Zoë's voice"
	ui_keys q; ui_wait "Accents: Zoë, Ana, Renée"
	ui_keys G; ui_wait "Smiles 🙂 and families"; ui_wait "ما الذي لفت انتباهي"
	ui_keys Enter; ui_wait "card 30 of 30"; ui_wait "A flag"
	ui_keys Escape; ui_gone "card 30 of 30"
	ui_keys q; ui_wait "Plain deck"
	ui_keys j Enter; ui_wait "First plain card"
	ui_keys Enter; ui_wait "Nothing special: the first card."
	ui_keys q q q; ui_wait "2 decks found"	# home again
	ui_keys q; ui_wait "EXITED-0"
	ui_tty_restored
}

browse_at 80 24
browse_at 40 12
browse_at 200 60

# CJK wraps by display width: 36 columns of text (18 wide characters) a line.
ui_start 40 12
ui_home_open "Read the decks"; ui_wait "Plain deck"
ui_keys Enter; ui_wait "Zoë's voice"
ui_keys j j j j j j j j j j j j j j; ui_wait "李明の質問"	# the 15th card
ui_keys Enter; ui_wait "我学到了很多"
for line in "  我学到了很多。漢字とかなが混ざった文" "  は、表示幅で折り返されます。長い文章"; do
	ui_screen | grep -qx -- "$line" || ui_fail "CJK not wrapped at 36 columns: $line"
done
ui_keys q q q q; ui_wait "EXITED-0"
echo ok
