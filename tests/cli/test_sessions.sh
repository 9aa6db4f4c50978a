#!/bin/sh
# rucksack sessions: lists rounds from hand-written journals, newest first,
# unfinished marked, torn and damaged ones noted, counts of reflections and
# notes; the JSON form; usage errors.
. "$SRCDIR/tests/cli/lib.sh"
export TZ=UTC
dir="$XDG_DATA_HOME/rucksack/sessions"

# No folder yet: nothing to list, and no error.
rs sessions
status 0 "sessions with no folder"
same "$OUT" "empty list" <<'T'
No rounds yet.
T

mkdir -p "$dir"
cp "$SRCDIR/tests/data/session/transcript.jsonl" "$dir/20231115-080000-beef.jsonl"
cat >"$dir/20240301-100000-cafe.jsonl" <<'J'
{"v":1,"t":"start","at":1709287200000,"id":"20240301-100000-cafe","flow":"round-test","rounds":1,"people":["Zoë","Yann"],"decks":{},"phases":["story"],"roles":["presenter"]}
{"t":"seats","at":1709287200000,"round":0,"seats":[0,-1]}
{"t":"phase","at":1709287200000,"round":0,"phase":0}
{"t":"entry","at":1709287260000,"id":1,"note":false,"round":0,"phase":0,"person":0,"text":"one"}
{"t":"entry","at":1709287270000,"id":2,"note":false,"round":0,"phase":0,"person":1,"text":"two"}
{"t":"entry","at":17092872
J
cat >"$dir/20220101-090000-dead.jsonl" <<'J'
{"v":1,"t":"start","at":1641027600000,"id":"20220101-090000-dead","flow":"round-test","rounds":1,"people":["Ana"],"decks":{},"phases":["story"],"roles":["presenter"]}
{"t":"seats","at":1641027600000,"round":0,"seats":[0]}
{"t":"phase","at":1641027600000,"round
{"t":"end","at":1641027700000}
J
echo "not a journal" >"$dir/junk.jsonl"
echo '{"ignored": true}' >"$dir/notes.txt"
cp "$dir/20240301-100000-cafe.jsonl" "$TMPDIR/before"

rs sessions
status 0 "sessions"
same "$OUT" "the list" <<'T'
ID                    FLOW        STARTED           STATE             REFLECTIONS  NOTES  PEOPLE
20240301-100000-cafe  round-test  2024-03-01 10:00  UNFINISHED, torn            2      0  Zoë, Yann
20231115-080000-beef  round-test  2023-11-15 08:00  ended                       2      1  Ana, Ben, Chi, Dee
20220101-090000-dead  round-test  2022-01-01 09:00  DAMAGED                     0      0  Ana
torn: the journal's last line was cut short by a crash; the round resumes
up to the event before it.
DAMAGED: a line of the journal cannot be read, or holds a record its round
cannot take (the warnings name it); the round can be neither resumed nor
exported until that line is mended.
T
grep -q "20220101-090000-dead.jsonl:3:1: warning: line 3 of the journal is not a JSON object" "$ERR" ||
	fail "damage not named with file:line"
grep -q "junk.jsonl:1:1: warning: no round starts here" "$ERR" || fail "junk file not warned about"
grep -q "notes.txt" "$ERR" && fail "a file that is no journal was read"
# Listing never writes: the torn journal is left as it was.
cmp -s "$dir/20240301-100000-cafe.jsonl" "$TMPDIR/before" || fail "listing changed a journal"

rs sessions --format=json
status 0 "sessions --format=json"
json "$OUT" '
assert [r["id"] for r in v] == ["20240301-100000-cafe", "20231115-080000-beef", "20220101-090000-dead"], v
assert v[0]["ended"] is False and v[0]["torn"] is True and v[0]["reflections"] == 2
assert v[0]["people"] == ["Zoë", "Yann"] and v[0]["date"] == "2024-03-01 10:00"
assert v[1]["ended"] is True and v[1]["people"] == ["Ana", "Ben", "Chi", "Dee"]
assert v[1]["reflections"] == 2 and v[1]["notes"] == 1 and v[1]["torn"] is False
assert v[1]["flow"] == "round-test" and v[1]["path"].endswith("/20231115-080000-beef.jsonl")
assert v[1]["started_at"] == 1700035200000 and v[1]["last_at"] == 1700036400000
assert v[2]["damaged"] is True and v[0]["damaged"] is False
assert (v[0]["round"], v[0]["rounds"], v[0]["phase"], v[0]["phases"]) == (1, 1, 1, 1), v[0]
assert (v[1]["round"], v[1]["rounds"], v[1]["phase"], v[1]["phases"]) == (1, 2, 3, 3), v[1]
assert v[0]["draft"] is False
'
# A draft waiting beside a round is said; the listing kept its summaries,
# and a second listing (from them) says the same.
echo '{"v":1,"round":0,"phase":0,"person":-1,"note":true,"text":"half"}' >"$dir/20240301-100000-cafe.draft"
[ -f "$dir/.summaries" ] || fail "no summaries kept"
for pass in 1 2; do
	rs sessions --format=json
	json "$OUT" '
assert v[0]["draft"] is True and v[1]["draft"] is False and v[1]["notes"] == 1, v
'
done
rm "$dir/20240301-100000-cafe.draft"

rs sessions --help
status 0 "--help"
grep -q "^usage: rucksack sessions" "$OUT" || fail "--help"
rs sessions --format=xml
status 2 "bad --format"
same "$ERR" "bad --format message" <<'T'
rucksack sessions: --format must be text or json; see 'rucksack sessions --help'
T
rs sessions extra
status 2 "extra argument"
rs sessions --bogus
status 2 "unknown option"
same "$OUT" "nothing on stdout after bad usage" </dev/null
exit 0
