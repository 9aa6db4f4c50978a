#!/bin/sh
# rucksack list: aligned columns by display width, search-path order, files
# shadowed by an earlier folder marked, a bad file reported (file:line:col)
# and skipped; --format=json; nothing found says where it looked.
. "$SRCDIR/tests/cli/lib.sh"
cd "$DATA" || fail "no test data"

rs --decks a --decks b list
status 0 "list"
same "$OUT" "list, two folders" <<'T'
ID          KIND  VERSION  TITLE                                             SIZE  FILE
colours     deck  2.1      Colours                                        6 cards  a/colours.json
mini-round  flow  -        Mini round                                    2 phases  a/mini-round.json
wide        deck  -        Ünïcödé wörds: 漢字かな交じり文 and emoji 🎒    1 card  a/wide.json
colours     deck  -        Colours (the other one)                         1 card  b/colours.json     (shadowed)
other       deck  -        Other deck                                     2 cards  b/other.json
T
same "$ERR" "list: the bad file is reported and skipped" <<'T'
b/broken.json:5:39: error: trailing comma before '}'
T

# The other order: b's colours wins and a's is shadowed.
rs --decks b --decks a list
status 0 "list b a"
grep -Eq '^colours +deck +- +Colours \(the other one\) .* b/colours\.json$' "$OUT" ||
	fail "b first: b/colours.json should win"
# a's flow deals from suit cool, which b's colours lacks: refused, and said why.
grep -q 'mini-round' "$OUT" && fail "b first: mini-round cannot deal and must not be listed"
grep -qF 'a/mini-round.json:17:71: error: phase "reflect", the 1st deal, suit: deck "colours" has no suit "cool"' \
	"$ERR" || fail "b first: mini-round's broken reference not reported"
grep -q '  a/colours\.json  *(shadowed)$' "$OUT" || fail "b first: a/colours.json shadowed"

# The environment's folders come after --decks: RUCKSACK_PATH, then XDG_DATA_HOME.
mkdir -p "$XDG_DATA_HOME/rucksack/decks"
cp b/other.json "$XDG_DATA_HOME/rucksack/decks/"
RUCKSACK_PATH="$DATA/b" "$RUCKSACK" --decks a list --format=json >"$OUT" 2>"$ERR" ||
	fail "list with RUCKSACK_PATH"
json "$OUT" "
assert [(d['path'], d['shadowed']) for d in v] == [
    ('a/colours.json', False), ('a/mini-round.json', False), ('a/wide.json', False),
    ('$DATA/b/colours.json', True), ('$DATA/b/other.json', False),
    ('$XDG_DATA_HOME/rucksack/decks/other.json', True)], v"
rm -r "$XDG_DATA_HOME/rucksack"

rs --decks a --decks b list --format=json
status 0 "list --format=json"
json "$OUT" "
assert [(d['id'], d['kind'], d['path'], d['shadowed']) for d in v] == [
    ('colours', 'deck', 'a/colours.json', False),
    ('mini-round', 'flow', 'a/mini-round.json', False),
    ('wide', 'deck', 'a/wide.json', False),
    ('colours', 'deck', 'b/colours.json', True),
    ('other', 'deck', 'b/other.json', False)], v
assert v[0]['cards'] == 6 and 'phases' not in v[0], v[0]
assert v[1]['phases'] == 2 and 'cards' not in v[1], v[1]
assert v[2]['title'] == 'Ünïcödé wörds: 漢字かな交じり文 and emoji 🎒', v[2]"
rs --decks a --decks b list --format=text
"$RUCKSACK" --decks a --decks b list 2>/dev/null | cmp -s - "$OUT" || fail "--format=text differs"

# Nothing found: where it looked, exit 0; as JSON an empty array.
rs --decks "$TMPDIR/empty" list
status 0 "list, nothing found"
same "$OUT" "list, nothing found" <<T
No decks or flows found.  Looked in:
  $TMPDIR/empty
  $XDG_DATA_HOME/rucksack/decks
  $XDG_DATA_DIRS/rucksack/decks
  $RUCKSACK_DATADIR
T
rs --decks "$TMPDIR/empty" list --format=json
json "$OUT" "assert v == [], v"
exit 0
