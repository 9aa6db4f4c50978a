#!/bin/sh
# Every card's title and prompts on its page; with --backs the backs (deck
# title, card id, examples) on the page after their faces, in mirrored
# order; --examples none, --suit, and a suit the deck lacks.
. "$SRCDIR/tests/print/lib.sh"
rs print "$PRINTDATA/ten.json" --card poker --backs -o t.pdf
status 0 "poker with backs"
for i in 01 02 03 04 05 06 07 08 09 10; do
	page=1
	[ "$i" = 10 ] && page=3
	has t.pdf $page "Title$i card" "Prompt${i}a asks one thing?" "Prompt${i}b asks another?"
	has t.pdf $((page + 1)) "c$i" "Example$i question"
	lacks t.pdf $((page + 1)) "Title$i card"
done
lacks t.pdf 1 "Title10"
has t.pdf 1 "North suit" "South suit"
has t.pdf 2 "Ten cards"
# A row of backs reads right to left: c03 c02 c01 across the top.
pdftotext -layout -f 2 -l 2 t.pdf - | grep -q "c03.*c02.*c01" || fail "backs not mirrored: $(pdftotext -layout -f 2 -l 2 t.pdf -)"

rs print "$PRINTDATA/ten.json" --card poker --backs --examples none -o n.pdf
lacks n.pdf 2 "Example"
has n.pdf 2 c01

rs print "$PRINTDATA/ten.json" --suit north -o s.pdf
status 0 "--suit north"
[ "$(pages s.pdf)" = 2 ] || fail "--suit north: $(pages s.pdf) pages, wanted 2 (5 cards)"
has s.pdf 1 Title01 Title03 Title05 Title07
lacks s.pdf 1 Title02 Title04

rs print "$PRINTDATA/ten.json" --suit west -o w.pdf
status 1 "--suit west"
grep -q "deck 'ten' has no suit 'west'; its suits: north, south" "$ERR" || fail "unknown suit: $(cat "$ERR")"
[ -e w.pdf ] && fail "unknown suit wrote a file"
exit 0
