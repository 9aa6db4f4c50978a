#!/bin/sh
# Each paper and card size: how many pages ten cards take (a4 holds 2 a6, 4
# a7 or 9 poker cards a page; letter 2, 4 or 8, turned landscape when that
# holds more) and the page size in points; --backs doubles the pages; the
# paper of a sheet and a transcript.
. "$SRCDIR/tests/print/lib.sh"
while read -r paper card want size; do
	rs print "$PRINTDATA/ten.json" --paper "$paper" --card "$card" -o t.pdf
	status 0 "$paper $card"
	[ "$(pages t.pdf)" = "$want" ] || fail "$paper $card: $(pages t.pdf) pages, wanted $want"
	[ "$(pagesize t.pdf)" = "$size" ] || fail "$paper $card: page $(pagesize t.pdf), wanted $size"
	rs print "$PRINTDATA/ten.json" --paper "$paper" --card "$card" --backs -o b.pdf
	[ "$(pages b.pdf)" = $((2 * want)) ] || fail "$paper $card --backs: $(pages b.pdf) pages"
done <<'LIST'
a4 a6 5 842 x 595
a4 a7 3 595 x 842
a4 poker 2 595 x 842
letter a6 5 792 x 612
letter a7 3 612 x 792
letter poker 2 792 x 612
LIST
# a7 on a4 is the default
rs print "$PRINTDATA/ten.json" -o d.pdf
[ "$(pages d.pdf)" = 3 ] && [ "$(pagesize d.pdf)" = "595 x 842" ] || fail "default sizes"
# A flow's sheet and a transcript take --paper too.
rs print "$SRCDIR/decks/bells-that-ring.json" --paper letter -o f.pdf
status 0 "sheet on letter"
[ "$(pagesize f.pdf)" = "612 x 792" ] || fail "sheet on letter: $(pagesize f.pdf)"
rs print "$SRCDIR/decks/bells-that-ring.json" -o f4.pdf
[ "$(pagesize f4.pdf)" = "595 x 842" ] || fail "sheet on a4: $(pagesize f4.pdf)"
mkdir -p "$XDG_DATA_HOME/rucksack/sessions"
cp "$SRCDIR/tests/data/session/transcript.jsonl" "$XDG_DATA_HOME/rucksack/sessions/20231115-080000-beef.jsonl"
rs print --transcript 20231115 --paper letter -o t.pdf
status 0 "transcript on letter"
[ "$(pagesize t.pdf)" = "612 x 792" ] || fail "transcript on letter: $(pagesize t.pdf)"
