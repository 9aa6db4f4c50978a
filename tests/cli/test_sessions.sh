#!/bin/sh
# rucksack sessions: lists rounds from hand-written journals, newest first,
# unfinished marked; JSON form; usage errors.
set -eu
fail() { echo "FAIL: $*"; exit 1; }
cd "$TMPDIR"
dir="$XDG_DATA_HOME/rucksack/sessions"

# No folder yet: nothing to list, and no error.
out=$("$RUCKSACK" sessions) || fail "sessions with no folder"
echo "$out" | grep -q "No rounds yet" || fail "empty list: $out"

mkdir -p "$dir"
cp "$SRCDIR/tests/data/session/transcript.jsonl" "$dir/20231115-080000-beef.jsonl"
cat > "$dir/20240301-100000-cafe.jsonl" <<'J'
{"v":1,"t":"start","at":1709287200000,"id":"20240301-100000-cafe","flow":"round-test","rounds":1,"people":["Zoë","Yann"],"decks":{},"phases":["story"],"roles":["presenter"]}
{"t":"seats","at":1709287200000,"round":0,"seats":[0,-1]}
{"t":"phase","at":1709287200000,"round":0,"phase":0}
{"t":"entry","at":1709287260000,"id":1,"note":false,"round":0,"phase":0,"person":0,"text":"one"}
{"t":"entry","at":1709287270000,"id":2,"note":false,"round":0,"phase":0,"person":1,"text":"two"}
{"t":"entry","at":17092872
J
echo "not a journal" > "$dir/junk.jsonl"
echo '{"ignored": true}' > "$dir/notes.txt"

out=$("$RUCKSACK" sessions 2>err.txt) || fail "sessions exit $?"
printf '%s\n' "$out"
[ "$(echo "$out" | wc -l)" -eq 2 ] || fail "expected two rounds: $out"
first=$(echo "$out" | head -1)
second=$(echo "$out" | tail -1)
case $first in 20240301-100000-cafe*UNFINISHED*) ;; *) fail "newest first, unfinished: $first" ;; esac
echo "$first" | grep -q "last line torn" || fail "torn tail not shown: $first"
echo "$first" | grep -q "2 reflections" || fail "count: $first"
echo "$first" | grep -q "Zoë, Yann" || fail "people: $first"
case $second in 20231115-080000-beef*round-test*ended*) ;; *) fail "older, ended: $second" ;; esac
echo "$second" | grep -q "2 reflections, 1 note " || fail "deleted ones counted, or notes as reflections: $second"
grep -q "junk.jsonl:1:1: warning" err.txt || fail "junk file not warned about (file:line): $(cat err.txt)"
# Listing never writes: no journal was touched or made whole.
tail -c 20 "$dir/20240301-100000-cafe.jsonl" | grep -q '"at":17092872$' || fail "listing changed a journal"

json=$("$RUCKSACK" sessions --format=json)
echo "$json" | /usr/bin/python3 -c '
import json, sys
v = json.load(sys.stdin)
assert [r["id"] for r in v] == ["20240301-100000-cafe", "20231115-080000-beef"], v
assert v[0]["ended"] is False and v[0]["torn"] is True and v[0]["reflections"] == 2
assert v[1]["ended"] is True and v[1]["people"] == ["Ana", "Ben", "Chi", "Dee"]
assert v[1]["reflections"] == 2 and v[1]["notes"] == 1
assert v[1]["flow"] == "round-test"
' || fail "json: $json"

"$RUCKSACK" sessions --help | grep -q "usage: rucksack sessions" || fail "--help"
set +e
"$RUCKSACK" sessions --format=xml >/dev/null 2>&1; [ $? -eq 2 ] || fail "bad --format should exit 2"
"$RUCKSACK" sessions extra >/dev/null 2>&1; [ $? -eq 2 ] || fail "extra argument should exit 2"
"$RUCKSACK" sessions --bogus >/dev/null 2>&1; [ $? -eq 2 ] || fail "unknown option should exit 2"
exit 0
