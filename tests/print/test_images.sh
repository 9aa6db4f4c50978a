#!/bin/sh
# One page of each kind (a deck's faces, its backs, a flow's sheet, a
# transcript), drawn by pdftoppm at 20 dpi in grey, against the pictures
# in tests/print/ref (pgmdiff.py's tolerance, not byte equality).
# PRINT_UPDATE_REFS=1 writes the pictures instead: look at them first.
# Then the crop marks, seen in the margin of the picture, or not.
. "$SRCDIR/tests/print/lib.sh"
refs="$SRCDIR/tests/print/ref"
export RUCKSACK_PATH="$SRCDIR/decks:$SRCDIR/tests/data/session/decks" TZ=UTC
# picture NAME PDF PAGE: the page against refs/NAME.pgm
picture() {
	pdftoppm -r 20 -gray -f "$3" -l "$3" -singlefile "$2" "$1" || fail "pdftoppm $2"
	if [ "${PRINT_UPDATE_REFS:-}" = 1 ]; then
		cp "$1.pgm" "$refs/$1.pgm"
	else
		/usr/bin/python3 "$SRCDIR/tests/print/pgmdiff.py" "$1.pgm" "$refs/$1.pgm" ||
			fail "$1 differs from $refs/$1.pgm"
	fi
}
rs print "$PRINTDATA/ten.json" --backs -o deck.pdf
status 0 deck
picture deck-face deck.pdf 1
picture deck-backs deck.pdf 2
# a copy of Bells that Ring, so the stock flow may change without this
rs print "$PRINTDATA/sheet.json" -o sheet.pdf
status 0 sheet
picture flow-sheet sheet.pdf 1
dir="$XDG_DATA_HOME/rucksack/sessions"
mkdir -p "$dir"
cp "$SRCDIR/tests/data/session/transcript.jsonl" "$dir/20231115-080000-beef.jsonl"
rs print --transcript 20231115-080000-beef -o round.pdf
status 0 transcript
picture transcript round.pdf 1
# Crop marks sit in the margin above the cards (a7 on a4: the grid starts
# 43.5 mm down, 34 rows at 20 dpi); --no-crop leaves it blank.
margin_ink() {
	pdftoppm -r 20 -gray -f 1 -l 1 -singlefile "$1" margin || fail "pdftoppm $1"
	/usr/bin/python3 - margin.pgm <<'PY'
import sys
data = open(sys.argv[1], "rb").read().split(b"\n", 3)
w = int(data[1].split()[0])
print(sum(1 for v in data[3][:w * 32] if v < 160))
PY
}
rs print "$PRINTDATA/ten.json" --no-crop -o nocrop.pdf
status 0 "--no-crop"
[ "$(margin_ink deck.pdf)" -gt 0 ] || fail "no crop marks in the margin"
[ "$(margin_ink nocrop.pdf)" -eq 0 ] || fail "--no-crop left marks in the margin"
