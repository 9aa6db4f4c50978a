#!/bin/sh
# Issue 10, 12: on a terminal without an alternate screen (TERM=vt100,
# TERM=linux) the last screen stayed on the terminal after q, a round's
# confidential text included.  The program clears it on the way out.
UI_DECKS="$SRCDIR/decks"
. "$SRCDIR/tests/e2e/lib.sh"

for term in vt100 linux; do
	infocmp "$term" >/dev/null 2>&1 || { echo "no terminfo for $term: skipped"; continue; }
	ui_start 80 24 TERM=$term -- run --flow bells-that-ring --people "'Ana,Ben,Chi,Dee'" --seed 7
	ui_wait "Roles and ground rules"
	ui_keys n; ui_wait "Note"
	ui_type "confidential words"; ui_keys C-s; ui_wait "Note saved"
	ui_wait "confidential words"
	ui_keys q; ui_wait "Leave the round?"; ui_keys y
	ui_wait "EXITED-0"
	ui_screen | grep -qF "confidential words" && ui_fail "TERM=$term: the round's text stayed on the screen"
	ui_screen | grep -qF "Roles and ground rules" && ui_fail "TERM=$term: the last screen stayed"
	ui_stop
done
echo ok
