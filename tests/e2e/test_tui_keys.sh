#!/bin/sh
# Keys: the terminal is raw while the program runs; a paste is never taken
# for keys; ? opens the help of the screen you are on; keys a screen does not
# take change nothing; Ctrl-C asks before quitting (n, Esc or y; a second
# Ctrl-C quits); NO_COLOR and --no-color draw with attributes only.
. "$SRCDIR/tests/e2e/lib.sh"

# Keys no screen here takes; F5 (reload) only the home screen and Browse
# decks take, so it is a wrong key on a deck and a card alone.
WRONG="x Z 1 Tab BTab DC IC C-t C-g"

ui_start 80 24
ui_wait "Browse decks"
# raw mode: no flow control to swallow Ctrl-S (the editor's save), Ctrl-C is a key
modes=$(stty -a -F "$(ui_tmux display -p -t t '#{pane_tty}')" | tr ' ' '\n')
for m in -ixon -isig -icanon -echo; do
	echo "$modes" | grep -qx -- "$m" || ui_fail "terminal not in raw mode: $m missing"
done
ui_keys '?'; ui_wait "Keys on this screen (Home)"; ui_wait "Quit rucksack (asks first)"
ui_wait "Enter → l   Open the selected entry; on a round, resume it"
ui_keys '?'; ui_gone "Keys on this screen"	# ? closes it again
ui_mark; ui_keys $WRONG M-x Escape; ui_same "wrong keys changed the home screen"

# a paste is text, never keys: pasted into a menu it does nothing
ui_mark
ui_tmux set-buffer "$(printf 'jjq\r\rq')"; ui_tmux paste-buffer -p -t t
ui_same "a paste acted as keys"
ui_keys F5; ui_wait "Reloaded: 2 decks found"	# F5 reloads here

ui_home_open "Read the decks"; ui_wait "Plain deck"
ui_keys F1; ui_wait "Keys on this screen (Browse decks)"; ui_keys q; ui_wait "Plain deck"
ui_mark; ui_keys $WRONG n p; ui_same "wrong keys changed the deck list"
ui_keys F5; ui_wait "Reloaded: 2 decks found"	# and here
ui_keys Enter; ui_wait "Zoë's voice"
ui_mark; ui_keys $WRONG F5 n p; ui_same "wrong keys changed the deck"
ui_keys Enter; ui_wait "card 1 of 30"
ui_mark; ui_keys $WRONG F5 Enter; ui_same "wrong keys changed the card"
ui_keys '?'; ui_wait "Show the previous card of the deck"; ui_keys Escape

ui_keys C-c; ui_wait "Quit rucksack?"
ui_keys x; ui_keys n; ui_gone "Quit rucksack?"; ui_wait "card 1 of 30"
ui_keys C-c; ui_wait "Quit rucksack?"; ui_keys Escape; ui_gone "Quit rucksack?"
ui_keys C-c; ui_wait "Quit rucksack?"; ui_keys C-c; ui_wait "EXITED-0"
ui_tty_restored

ui_start 80 24
ui_home_open "Read the decks"; ui_wait "Plain deck"
ui_keys C-c; ui_wait "Quit rucksack?"; ui_keys y; ui_wait "EXITED-0"

# Colour: with it the title bar has a background colour, without it none.
colours() { ui_tmux capture-pane -e -p -t t | grep -cE '\[([0-9;]*;)?(3[0-7]|4[0-7])(;[0-9;]*)?m'; }
ui_start 80 24
ui_wait "Browse decks"
[ "$(colours)" -gt 0 ] || ui_fail "no colour by default"
ui_start 80 24 NO_COLOR=1
ui_wait "Browse decks"
[ "$(colours)" -eq 0 ] || ui_fail "colour despite NO_COLOR"
ui_home_open "Read the decks"; ui_wait "Plain deck"
[ "$(colours)" -eq 0 ] || ui_fail "colour despite NO_COLOR (deck list)"
ui_start 80 24 -- --no-color
ui_wait "Browse decks"
[ "$(colours)" -eq 0 ] || ui_fail "colour despite --no-color"
ui_keys q; ui_wait "EXITED-0"
echo ok
