#!/bin/sh
# rucksack lint in plain words: what a word processor, Notepad or a
# programmer's habit slips into a deck, each named with how to fix it, and
# the place still first.  Each input is written here, byte for byte.
. "$SRCDIR/tests/cli/lib.sh"
mkdir -p "$TMPDIR/plain" && cd "$TMPDIR/plain" || fail "no scratch folder"

# deck NAME LINES: a deck's first lines, then LINES (a printf format: \351
# is the byte 0xE9), then the closing brace.
deck() {
	printf "{\n  \"format\": 1,\n  \"id\": \"t\",\n$2\n}\n" >"$1.json"
}

# Curly quotes and an invisible space, pasted from a word processor.
deck curly '  \342\200\234title\342\200\235: "T"'
deck curly-value '  "title": \342\200\230T\342\200\231'
deck nbsp '  "title":\302\240"T"'
rs lint curly.json curly-value.json nbsp.json
status 1 "pasted characters"
same "$OUT" "pasted characters" <<'T'
curly.json:4:3: error: a curly quote; JSON needs straight quotes "
curly-value.json:4:12: error: a curly quote; JSON needs straight quotes "
nbsp.json:4:11: error: a non-breaking space (U+00A0), an invisible character; outside quotes JSON allows only ordinary spaces: delete it and type a space
T
# Other invisible characters are named as such too.
deck zwsp '  "title":\342\200\213"T"'
deck linesep '  "title": "T"\342\200\250'
rs lint zwsp.json linesep.json
status 1 "invisible characters"
same "$OUT" "invisible characters" <<'T'
zwsp.json:4:11: error: a zero-width space (U+200B), an invisible character; outside quotes JSON allows only ordinary spaces: delete it and type a space
linesep.json:4:15: error: a line separator (U+2028), an invisible character; outside quotes JSON allows only ordinary spaces: delete it and type a space
T

# Saved as "Unicode" (UTF-16, with a byte-order mark or without) or as
# Windows-1252 ("ANSI").
printf '\377\376{\000\n\000}\000' >utf16le.json
printf '{\000\n\000}\000' >utf16-nobom.json
deck cp1252 '  "title": "Caf\351 \223chat\224"'
rs lint utf16le.json utf16-nobom.json cp1252.json
status 1 "not UTF-8"
same "$OUT" "not UTF-8" <<'T'
utf16le.json:1:1: error: the file is saved as UTF-16 ("Unicode" in Notepad); save it as UTF-8
utf16-nobom.json:1:1: error: the file is saved as UTF-16 ("Unicode" in Notepad); save it as UTF-8
cp1252.json:4:16: error: invalid UTF-8: byte 0xE9 is "é" in Windows-1252, so the file seems saved as Windows-1252 ("ANSI"); save it as UTF-8
T

# A missing comma is placed where it belongs: after the value, at the end
# of line 3, not at the quote that starts line 4.
printf '{\n  "format": 1,\n  "id": "t"\n  "title": "T"\n}\n' >comma.json
deck quote '  "title": "He said "hi" today"'
deck path '  "title": "C:\\Reports"'
deck capital '  "x-ready": True'
deck false '  "x-ready": False'
deck none '  "x-ready": None'
rs lint comma.json quote.json path.json capital.json false.json none.json
status 1 "programmer's habits"
same "$OUT" "programmer's habits" <<'T'
comma.json:3:12: error: missing ',' here, after this value (the next one starts on line 4)
quote.json:4:21: error: this quote ends the text early; a quote inside text is written \"
path.json:4:15: error: invalid escape \R; for a backslash in text, write \\
capital.json:4:14: error: "True" is not a JSON value; write true, false or null in lower case
false.json:4:14: error: "False" is not a JSON value; write true, false or null in lower case
none.json:4:14: error: "None" is not a JSON value; write true, false or null in lower case
T
# Following the hint for the backslash gives no other error there.
deck path '  "title": "C:\\\\Reports",\n  "cards": [{"id": "a", "title": "A"}]'
rs lint path.json
status 0 "the backslash written as asked"

# An unclosed string, and a tab typed in a title: the hint does not lead to
# the next error (a title may not hold \t either, so it says: a space).
deck open '  "title": "T,\n  "cards": [{"id": "a", "title": "A"}]'
deck tab '  "title": "a\tb"'
rs lint open.json tab.json
status 1 "unclosed string, tab"
same "$OUT" "unclosed string, tab" <<'T'
open.json:4:15: error: line break inside quotes: is a closing " missing? (a line break in text is written \n, in description, body, guidance, prompts and examples only)
tab.json:4:14: error: tab inside quotes: type a space instead (a tab may be written \t, in description, body, guidance, prompts and examples only)
T
deck tab '  "title": "a b",\n  "cards": [{"id": "a", "title": "A"}]'
rs lint tab.json
status 0 "the tab replaced as asked"
# A misspelt name: the nearest valid one, or the few valid ones.  One
# misspelt "suits" is one error, not one for every card naming a suit.
cat >lenses.json <<'J'
{
  "format": 1,
  "id": "lenses",
  "title": "Lenses",
  "suts": [{"id": "people", "title": "People"}],
  "cards": [
    {"id": "a", "title": "A", "suit": "people", "promts": ["Who?"]},
    {"id": "b", "title": "B", "suit": "people"},
    {"id": "c", "title": "C", "suit": "people"}
  ]
}
J
rs lint lenses.json
status 1 "misspelt suits"
same "$OUT" "misspelt suits" <<'T'
lenses.json:5:3: warning: unknown field "suts"; did you mean "suits"?
lenses.json:7:39: error: card "a", suit: no suit "people" in this deck: it has no suits (is "suits" missing or misspelt?)
lenses.json:7:49: warning: card "a": unknown field "promts"; did you mean "prompts"?
T
sed 's/"suts"/"suits"/; s/"suit": "people"}/"suit": "peeple"}/' lenses.json >lenses2.json
cat >huddle.json <<'J'
{
  "format": 1,
  "kind": "flow",
  "id": "huddle",
  "title": "Huddle",
  "roles": [
    {"id": "presenter", "title": "Presenter"},
    {"id": "team", "title": "Team", "count": "rest"}
  ],
  "phases": [
    {"id": "tell", "title": "Tell", "who": "presentor",
     "deal": {"deck": "lense", "to": "team"}},
    {"id": "ask", "title": "Ask", "who": "all",
     "deal": {"deck": "lenses", "to": "team", "suit": "place"}}
  ]
}
J
rs lint huddle.json lenses2.json
status 1 "misspelt deck, suit, role"
same "$OUT" "misspelt deck, suit, role" <<'T'
huddle.json:11:44: error: phase "tell", who: no role "presentor" in this flow; did you mean "presenter"?
lenses2.json:7:49: warning: card "a": unknown field "promts"; did you mean "prompts"?
lenses2.json:8:39: error: card "b", suit: no suit "peeple" in this deck; did you mean "people"?
lenses2.json:9:39: error: card "c", suit: no suit "peeple" in this deck; did you mean "people"?
T
# A role far from every name lists the flow's roles (they are few).
sed 's/"who": "presentor"/"who": "chair"/' huddle.json >chair.json
rs lint chair.json lenses2.json
status 1 "a role listed"
grep -qxF 'chair.json:11:44: error: phase "tell", who: no role "chair" in this flow (its roles: presenter, team)' "$OUT" ||
	fail "the roles are not listed: $(cat "$OUT")"
# Deals are checked once the flow loads: the role spelt right, the deck and
# the suit named wrong, against a deck that loads.
sed 's/"presentor"/"presenter"/' huddle.json >huddle2.json
sed 's/"suts"/"suits"/' lenses.json >lenses3.json
rs lint huddle2.json lenses3.json
same "$OUT" "misspelt deck and suit" <<'T'
huddle2.json:12:23: error: phase "tell", deal.deck: no deck "lense" on the search path or among the files named; did you mean "lenses"?
huddle2.json:14:55: error: phase "ask", deal.suit: deck "lenses" has no suit "place" (its suits: people)
lenses3.json:7:49: warning: card "a": unknown field "promts"; did you mean "prompts"?
T
# A flow without "kind": "flow" is told so once, not read as a deck that
# lacks cards and has two fields in the wrong place.
grep -v '"kind"' huddle2.json >nokind.json
rs lint nokind.json lenses3.json
status 1 "a flow without kind"
same "$OUT" "a flow without kind" <<'T'
nokind.json:1:1: error: this looks like a flow (it has roles or phases, and no cards), but a file without "kind" is a deck: add "kind": "flow",
lenses3.json:7:49: warning: card "a": unknown field "promts"; did you mean "prompts"?
T
# A card is named by its id, or by its place when it has none: never
# cards[5].
cat >named.json <<'J'
{
  "format": 1,
  "id": "named",
  "title": "Named",
  "cards": [
    {"id": "a", "title": "A"}, {"id": "b", "title": "B"}, {"id": "c", "title": "C"},
    {"id": "d", "title": "D"}, {"id": "curiosity", "title": "E", "weight": 0},
    {"title": "F"}
  ]
}
J
rs lint named.json
status 1 "cards named"
same "$OUT" "cards named" <<'T'
named.json:7:76: error: card "curiosity", weight: expected a positive integer, found 0
named.json:8:5: error: the 6th card: missing field "id"
T
# A flow linted with a deck that does not load is told the deck failed to
# load, and where, not that no such deck is on the search path: whether the
# deck got as far as its id, or its name says it (a syntax error).
mkdir broken && cd broken || fail "no folder"
cat >huddle.json <<'J'
{
  "format": 1,
  "kind": "flow",
  "id": "huddle",
  "title": "Huddle",
  "roles": [{"id": "team", "title": "Team", "count": "rest"}],
  "phases": [
    {"id": "tell", "title": "Tell", "who": "all", "deal": {"deck": "lenses", "to": "team"}},
    {"id": "ask", "title": "Ask", "who": "all", "deal": {"deck": "places", "to": "team"}}
  ]
}
J
deck lenses-draft '  "title": "Lenses",\n  "cards": [{"id": "a", "title": "A", "weight": 0}]'
sed 's/"id": "t"/"id": "lenses"/' lenses-draft.json >lenses.json && rm lenses-draft.json
deck places '  "title": "Places",\n  "cards": [{"id": "a", "title": "A",}]'
rs lint huddle.json lenses.json places.json
status 1 "a broken deck named"
same "$OUT" "a broken deck named" <<'T'
huddle.json:8:68: error: phase "tell", deal.deck: deck "lenses" failed to load: lenses.json has errors; fix them first
huddle.json:9:66: error: phase "ask", deal.deck: deck "places" failed to load: places.json has errors; fix them first
lenses.json:5:49: error: card "a", weight: expected a positive integer, found 0
places.json:5:37: error: trailing comma before '}'
T
# The same decks found on the search path.
mkdir ../shelf && mv lenses.json places.json ../shelf/
rs --decks ../shelf lint huddle.json
status 1 "a broken deck on the search path"
same "$OUT" "a broken deck on the search path" <<'T'
huddle.json:8:68: error: phase "tell", deal.deck: deck "lenses" failed to load: ../shelf/lenses.json has errors; fix them first
huddle.json:9:66: error: phase "ask", deal.deck: deck "places" failed to load: ../shelf/places.json has errors; fix them first
T
cd .. || fail "no folder"
# A backup copy beside the deck being edited: the file named after the id
# is the one used, and the copy is the duplicate, though it sorts first.
mkdir copies && cd copies || fail "no folder"
deck genogram '  "title": "Being edited",\n  "cards": [{"id": "a", "title": "A"}]'
sed 's/"id": "t"/"id": "genogram"/' genogram.json >g && mv g genogram.json
sed 's/Being edited/Old copy/' genogram.json >genogram-copy.json
rs lint genogram-copy.json genogram.json
status 1 "a copy beside the deck"
same "$OUT" "a copy beside the deck" <<'T'
genogram-copy.json:3:9: error: id: duplicate id "genogram" (rucksack uses genogram.json)
T
rs --decks . list
same "$ERR" "a copy beside the deck: list" <<'T'
./genogram-copy.json:3:9: error: id: duplicate id "genogram" in this folder (rucksack uses ./genogram.json)
T
grep -q 'Being edited' "$OUT" || fail "list does not use the deck named after its id"
cd .. || fail "no folder"
exit 0
