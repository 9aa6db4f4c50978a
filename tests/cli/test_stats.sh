#!/bin/sh
# rucksack stats: reads the practice journal from $XDG_DATA_HOME and prints
# accuracy per suit per ISO week and the most-confused pairs.
set -eu
fail() { echo "FAIL: $*"; exit 1; }

# No records yet: a friendly line, exit 0.
out=$("$RUCKSACK" stats) || fail "stats with no journal exited $?"
[ "$out" = "No practice answers yet." ] || fail "empty: got '$out'"

dir="$XDG_DATA_HOME/rucksack/practice"
mkdir -p "$dir"
# Monday 2026-11-23 (2026-W48) and the Tuesday a week later (2026-W49);
# the last line is torn, as a crash mid-write would leave it.
a='"v":1,"type":"answer","deck":"tomm-questions"'
cat > "$dir/journal.jsonl" <<JSON
{$a,"ts":1795392000,"item":"lineal#1","suit":"lineal","card":"lineal","given_suit":"lineal","given_card":null,"suit_ok":true,"card_ok":true}
{$a,"ts":1795392060,"item":"circ-a#2","suit":"circular","card":"circ-a","given_suit":"lineal","given_card":null,"suit_ok":false,"card_ok":false}
{$a,"ts":1795392120,"item":"circ-a#2","suit":"circular","card":"circ-a","given_suit":"circular","given_card":"circ-a","suit_ok":true,"card_ok":true}
{$a,"ts":1796083200,"item":"rx-1#3","suit":"reflexive","card":"rx-1","given_suit":"circular","given_card":"circ-b","suit_ok":false,"card_ok":false}
{$a,"ts":1796083260,"item":"rx-2#4","suit":"reflexive","card":"rx-2","given_suit":"circular","given_card":"circ-a","suit_ok":false,"card_ok":false}
{$a,"ts":1796083320,"item":"circ-b#5","suit":"circular","card":"circ-b","given_suit":"circular","given_card":"circ-a","suit_ok":true,"card_ok":false}
{"v":1,"type":"answer","deck":"other","ts":1796083260,"item":"x#5","suit":"a","card":"x","given_suit":"a","given_card":null,"suit_ok":true,"card_ok":true}
{"v":1,"type":"answ
JSON
printf '%s' "$(cat "$dir/journal.jsonl")" > "$dir/journal.jsonl.tmp" && mv "$dir/journal.jsonl.tmp" "$dir/journal.jsonl"

"$RUCKSACK" stats --deck tomm-questions > out.txt 2> err.txt || fail "stats exited $?"
cat out.txt
# "right" is the type (suit) named right; subtypes are counted apart, where
# the type was right: the half-right answer of W49 is a type right and a
# subtype missed.
want='week      suit                   asked   right  accuracy  subtypes
2026-W48  circular                   2       1       50%       1/1
2026-W48  lineal                     1       1      100%         -
2026-W49  circular                   1       1      100%       0/1
2026-W49  reflexive                  2       0        0%         -

Overall: 3 of 6 types right (50%); 1 of 2 subtypes right (50%)

Most confused (right suit -> answer given):
  reflexive            -> circular             2
  circular             -> lineal               1'
[ "$(cat out.txt)" = "$want" ] || fail "table differs"
grep -q "torn" err.txt || fail "no warning about the torn last line"

# With the stock decks on the path, suits come in the deck's order (Tomm's:
# lineal, circular, strategic, reflexive), as on a run's summary; the deck
# "other" is not on the path, so its suit comes after them, by id.
"$RUCKSACK" --decks "$SRCDIR/decks" stats > ordered.txt || fail "stats --decks exited $?"
want='2026-W48 lineal
2026-W48 circular
2026-W49 circular
2026-W49 reflexive
2026-W49 a'
[ "$(awk '/^2026-W/ { print $1, $2 }' ordered.txt)" = "$want" ] ||
	fail "not in the deck's order: $(cat ordered.txt)"

# Every deck, and JSON.
"$RUCKSACK" stats | grep -q "Overall: 4 of 7 types right (57%); 1 of 2 subtypes right (50%)" ||
	fail "all decks"
"$RUCKSACK" stats --format=json --deck tomm-questions > out.json
/usr/bin/python3 - out.json <<'PY' || fail "json"
import json, sys
j = json.load(open(sys.argv[1]))
assert j["answers"] == 6 and j["right"] == 3, j
assert j["subtypes_asked"] == 2 and j["subtypes_right"] == 1, j
assert j["weeks"][0] == {"week": "2026-W48", "suit": "circular", "asked": 2, "right": 1,
                         "subtypes_asked": 1, "subtypes_right": 1}, j
assert j["weeks"][2]["subtypes_asked"] == 1 and j["weeks"][2]["subtypes_right"] == 0, j
assert j["confused"][0] == {"right": "reflexive", "given": "circular", "count": 2}, j
PY

# A deck with no answers is named, not "no answers yet" (others have some);
# one not installed is said to be missing.
out=$("$RUCKSACK" --decks "$SRCDIR/decks" stats --deck narrative) || fail "stats --deck narrative exited $?"
[ "$out" = 'No practice answers for deck "narrative".' ] || fail "deck without answers: $out"
out=$("$RUCKSACK" --decks "$SRCDIR/decks" stats --deck narative) || fail "stats --deck narative exited $?"
[ "$out" = 'No practice answers for deck "narative".
No deck "narative" is on the search path (rucksack list names them).' ] || fail "unknown deck: $out"

# Bad usage is exit 2.
set +e
"$RUCKSACK" stats --format=xml 2>/dev/null; [ $? -eq 2 ] || fail "--format=xml not exit 2"
"$RUCKSACK" stats --bogus 2>/dev/null; [ $? -eq 2 ] || fail "--bogus not exit 2"

# No place for private files: the program's error, not ": error:" after no name.
err="$TMPDIR/stats.err"
HOME= XDG_DATA_HOME= "$RUCKSACK" stats >/dev/null 2>"$err"; [ $? -eq 1 ] || fail "no HOME: not exit 1"
grep -qx "rucksack: error: cannot find a place for private files: neither XDG_DATA_HOME nor HOME is set" "$err" ||
	fail "no HOME: $(cat "$err")"

# A damaged line in the middle of the practice journal: refused, saying what
# to do, and the file left as it was.
j="$XDG_DATA_HOME/rucksack/practice/journal.jsonl"
sed -i '2i garbage, not JSON' "$j"
sum=$(cksum < "$j")
"$RUCKSACK" stats >/dev/null 2>"$err"; [ $? -eq 1 ] || fail "damaged journal: not exit 1"
grep -qF "journal.jsonl:2:1: error: line 2 of the journal is not a JSON object" "$err" &&
grep -qF "journal.jsonl: error: the practice journal is damaged and was left as it is: correct or remove that line in a text editor, then practise again" "$err" ||
	fail "damaged journal: $(cat "$err")"
[ "$(cksum < "$j")" = "$sum" ] || fail "damaged journal: the file was changed"
echo "ok"
