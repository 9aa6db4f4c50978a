#!/bin/sh
# A card too long even at the floor size is refused at its place in the
# file, saying by how much; nothing is written; on a bigger card the rest
# of the deck is not the problem.
. "$SRCDIR/tests/print/lib.sh"
rs print "$PRINTDATA/long.json" -o long.pdf
status 1 "an over-long card"
grep -qE "^$PRINTDATA/long.json:15:5: error: card \"endless\" does not fit an a7 card even at 6.5 pt: its text runs [0-9.]+ mm \([0-9]+%\) past the foot of the card; shorten it, or print on a bigger card \(--card\)$" "$ERR" ||
	fail "message: $(cat "$ERR")"
grep -q "\"short\"" "$ERR" && fail "the card that fits is named"
[ -e long.pdf ] && fail "a PDF was written"
rs print "$PRINTDATA/long.json" --card poker
status 1 "poker"
grep -q "does not fit a poker card" "$ERR" || fail "poker: $(cat "$ERR")"
[ -e long.pdf ] && fail "a PDF was written under the default name"
# A card a little too long at the card's usual size is set smaller instead,
# all of it there.
rs print "$PRINTDATA/shrink.json" -o shrink.pdf
status 0 "a card that fits when smaller"
has shrink.pdf 1 "Sentence 01 of" "Sentence 30 of a card that needs smaller text to fit."
