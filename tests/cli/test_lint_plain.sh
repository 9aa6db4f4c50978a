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
deck none '  "x-ready": None'
rs lint comma.json quote.json path.json capital.json none.json
status 1 "programmer's habits"
same "$OUT" "programmer's habits" <<'T'
comma.json:3:12: error: missing ',' here, after this value (the next one starts on line 4)
quote.json:4:21: error: this quote ends the text early; a quote inside text is written \"
path.json:4:15: error: invalid escape \R; for a backslash in text, write \\
capital.json:4:14: error: "True" is not a JSON value; write true, false or null in lower case
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
exit 0
