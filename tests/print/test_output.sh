#!/bin/sh
# Where the PDF goes: ID.pdf here by default (0644, atomically, whatever the
# umask), -o FILE, -o - (standard output); never over the deck printed nor
# a round's journal; a transcript 0600, --anonymise; bad usage.
. "$SRCDIR/tests/print/lib.sh"
(umask 077; "$RUCKSACK" print "$PRINTDATA/ten.json" >"$OUT" 2>"$ERR") || fail "default name"
[ "$(stat -c %a ten.pdf)" = 644 ] || fail "mode $(stat -c %a ten.pdf)"
grep -qx "rucksack print: wrote ten.pdf" "$ERR" || fail "not told: $(cat "$ERR")"
[ -s "$OUT" ] && fail "wrote on standard output"
ls | grep -q "tmp" && fail "temporary file left: $(ls)"

rs print "$PRINTDATA/ten.json" -o -
status 0 "-o -"
head -c 5 "$OUT" | grep -q "%PDF-" || fail "-o - is not a PDF"
[ "$(pages "$OUT")" = 3 ] || fail "-o -: $(pages "$OUT") pages"

cp "$PRINTDATA/ten.json" mine.json
rs print mine.json -o mine.json
status 1 "over the deck"
grep -q "cannot write the PDF over the file it is printed from" "$ERR" || fail "$(cat "$ERR")"
cmp -s mine.json "$PRINTDATA/ten.json" || fail "the deck was changed"
mkdir found
cp "$PRINTDATA/ten.json" found/
rs --decks found print ten -o found/ten.json
status 1 "over the deck found by its id"
cmp -s found/ten.json "$PRINTDATA/ten.json" || fail "the deck found by its id was changed"

dir="$XDG_DATA_HOME/rucksack/sessions"
mkdir -p "$dir"
cp "$SRCDIR/tests/data/session/transcript.jsonl" "$dir/20231115-080000-beef.jsonl"
export RUCKSACK_PATH="$SRCDIR/tests/data/session/decks" TZ=UTC
rs print --transcript 20231115-080000-beef -o "$dir/20231115-080000-beef.jsonl"
status 1 "over the journal"
head -c 1 "$dir/20231115-080000-beef.jsonl" | grep -q "{" || fail "the journal was replaced"
(umask 0; "$RUCKSACK" print --transcript 20231115-08 >"$OUT" 2>"$ERR") || fail "transcript: $(cat "$ERR")"
[ "$(stat -c %a 20231115-080000-beef.pdf)" = 600 ] || fail "transcript mode"
has 20231115-080000-beef.pdf 1 "Test Round" "Bells ring — 10 min" "Ana spoke of *class* with Ben." \
	"Здравствуйте — 你好" "Fay" "Round 20231115-080000-beef · page 1 of 1"
rs print --transcript 20231115-08 --anonymise -o anon.pdf
status 0 "--anonymise"
has anon.pdf 1 "P1" "Facilitator"
lacks anon.pdf 1 "Fay" "Ana spoke"

rs print bells --transcript --card a6
status 2 "--card with --transcript"
grep -q "rucksack print: --card is for decks, not transcripts" "$ERR" || fail "$(cat "$ERR")"
rs print "$PRINTDATA/ten.json" --anonymise
status 2 "--anonymise for a deck"
rs print "$PRINTDATA/ten.json" --paper a5
status 2 "--paper a5"
rs print no-such-deck
status 1 "unknown id"
grep -q "no deck or flow 'no-such-deck'" "$ERR" || fail "$(cat "$ERR")"
exit 0
