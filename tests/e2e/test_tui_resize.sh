#!/bin/sh
# Resizing at any moment re-lays out: a card being read keeps its place
# through 80x24 -> 40x12 -> 200x60; below 40x12 a "make the window larger"
# screen that ignores keys (nothing can act unseen) and gives everything
# back when the window grows; help follows the size too.
. "$SRCDIR/tests/e2e/lib.sh"

ui_start 80 24
ui_home_open "Read the decks"; ui_wait "Plain deck"
ui_keys Enter; ui_wait "Zoë's voice"
ui_keys j; ui_wait "Filler card 01"	# the list keeps its selection...
ui_keys Enter; ui_wait "card 2 of 30"
ui_keys j j j
ui_resize 40 12; ui_wait "card 2 of 30"; ui_wait "↓ more"
ui_resize 200 60; ui_wait "Prompt 8 of card 1"; ui_wait "card 2 of 30"
ui_resize 30 8; ui_wait "larger"; ui_wait "40x12"
ui_keys q q q Escape l Enter		# ignored while too small
ui_resize 39 12; ui_wait "this window is 39x12"
ui_resize 40 11; ui_wait "this window is 40x11"
ui_resize 80 24; ui_wait "card 2 of 30"; ui_gone "larger"
ui_keys '?'; ui_wait "Keys on this screen (Card)"
ui_resize 40 12; ui_wait "Keys on this screen (Card)"
ui_resize 20 5; ui_wait "larger"
ui_resize 80 24; ui_wait "Keys on this screen (Card)"
ui_keys Escape; ui_wait "card 2 of 30"
ui_keys q; ui_wait "Filler card 01"	# ...and is back on it
ui_keys q q q; ui_wait "EXITED-0"
ui_tty_restored
echo ok
