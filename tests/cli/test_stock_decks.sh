#!/bin/sh
# The stock decks added or grown for issue 14 show and deal from the stock folder:
# show gives the deck's title and its number of cards as the file has them,
# a card in full, and deal deals cards of the deck.  Name it takes the
# reflexivity deck as far as the screen (a deck it could not drill stops
# earlier, saying why).
. "$SRCDIR/tests/cli/lib.sh"
STOCK="--decks $SRCDIR/decks"

# field ID EXPR: a value from decks/ID.json (EXPR in Python, the deck as d).
field() {
	/usr/bin/python3 -c "import json, sys
d = json.load(open(sys.argv[1], encoding='utf-8'))
print($2)" "$SRCDIR/decks/$1.json"
}

for id in reflexivity signs-of-safety local-graces levels-of-practice cmm; do
	title=$(field "$id" "d['title']")
	n=$(field "$id" "len(d['cards'])")
	first=$(field "$id" "d['cards'][0]['id']")
	rs $STOCK show "$id"; status 0 "show $id"
	[ "$(sed -n 1p "$OUT")" = "$title" ] || fail "show $id: title line"
	grep -q "^deck $id, $n cards" "$OUT" || fail "show $id: $n cards"
	rs $STOCK show "$id" "$first"; status 0 "show $id $first"
	grep -q "^  Prompts:" "$OUT" || fail "show $id $first: its prompts"
	rs $STOCK deal "$id" -n 2 --seed 14; status 0 "deal $id"
	ids=$(field "$id" "' '.join(c['id'] for c in d['cards'])")
	dealt=$(sed -n 's/^[^ ].* (\([a-z0-9-]*\))$/\1/p' "$OUT")
	[ "$(echo "$dealt" | wc -l)" -eq 2 ] || fail "deal $id: not two cards: $dealt"
	for c in $dealt; do
		case " $ids " in *" $c "*) ;; *) fail "deal $id: dealt $c, not a card of it" ;; esac
	done
done

rs $STOCK practice --deck reflexivity </dev/null; status 1 "practice reflexivity, no terminal"
grep -q "needs a terminal" "$ERR" || fail "practice reflexivity: passes the checks, up to the screen"
rs $STOCK practice --deck reflexivity --suit self </dev/null; status 1 "practice reflexivity --suit self"
grep -q "needs a terminal" "$ERR" || fail "practice reflexivity --suit self: up to the screen"

# cmm's new cards keep the old ones' ids beside them.
for c in logical-force contextual-force prefigurative-force critical-moment content charmed-loop; do
	rs $STOCK show cmm "$c"; status 0 "show cmm $c"
done
