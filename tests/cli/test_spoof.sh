#!/bin/sh
# Direction overrides, isolates and zero-width characters: lint refuses them
# in ids (FILE:LINE:COL naming the character) and warns of them in text;
# list and show print them visibly as <U+XXXX>, JSON as \u escapes; a joiner
# inside an emoji sequence is text and stays.
set -eu
fail() { echo "FAIL: $*"; exit 1; }
mkdir -p decks bad
# Title: "Invoice" then RLO then "fdp.exe"; a body with a zero-width space
# and an emoji sequence (woman, ZWJ, laptop).
printf '{\n  "format": 1,\n  "id": "spoof",\n  "title": "Invoice\\u202Efdp.exe",\n  "cards": [\n    {"id": "a", "title": "A\342\201\246b\342\201\251", "body": "x\342\200\213y \360\237\221\251\342\200\215\360\237\222\273"}\n  ]\n}\n' > decks/spoof.json
printf '{\n  "format": 1,\n  "id": "bad",\n  "title": "Bad",\n  "cards": [\n    {"id": "a\342\200\256b", "title": "A"}\n  ]\n}\n' > bad/bad.json

set +e
"$RUCKSACK" lint bad/bad.json > out.txt 2>&1; rc=$?
set -e
[ $rc -eq 1 ] || fail "an id with U+202E should fail lint, exit $rc: $(cat out.txt)"
grep -q "bad/bad.json:6:14: error: the 1st card, id: U+202E RIGHT-TO-LEFT OVERRIDE in an id" out.txt ||
	fail "lint message: $(cat out.txt)"

"$RUCKSACK" lint -q decks/spoof.json > out.txt 2>&1 || fail "text with them is only warned of: $(cat out.txt)"
grep -q "decks/spoof.json:4:20: warning: title: U+202E RIGHT-TO-LEFT OVERRIDE" out.txt ||
	fail "lint title warning: $(cat out.txt)"
grep -q "decks/spoof.json:6:28: warning: card \"a\", title: U+2066 LEFT-TO-RIGHT ISOLATE" out.txt ||
	fail "lint card title warning: $(cat out.txt)"
grep -q "decks/spoof.json:6:44: warning: card \"a\", body: U+200B ZERO WIDTH SPACE" out.txt ||
	fail "lint body warning: $(cat out.txt)"
[ "$(wc -l < out.txt)" -eq 3 ] || fail "the emoji's joiner was warned of: $(cat out.txt)"

"$RUCKSACK" --decks decks list > list.txt 2>/dev/null || fail "list exit $?"
grep -qF "Invoice<U+202E>fdp.exe" list.txt || fail "list: $(cat list.txt)"
if LC_ALL=C grep -q "$(printf '\342\200\256')" list.txt; then fail "list printed U+202E raw"; fi
"$RUCKSACK" --decks decks list --format json > list.json 2>/dev/null || fail "list --format json exit $?"
grep -qF 'Invoice\u202efdp.exe' list.json || fail "list json: $(cat list.json)"
"$RUCKSACK" --decks decks show spoof > show.txt 2>/dev/null || fail "show exit $?"
grep -qF "Invoice<U+202E>fdp.exe" show.txt || fail "show title: $(cat show.txt)"
grep -qF "A<U+2066>b<U+2069> (a)" show.txt || fail "show card title: $(cat show.txt)"
grep -qF "x<U+200B>y $(printf '\360\237\221\251\342\200\215\360\237\222\273')" show.txt ||
	fail "show body: $(cat show.txt)"
exit 0
