#!/bin/sh
# A round saved elsewhere (QA F10): its old journal stays in the sessions
# folder with a pointer (ID.moved) to where it went.  sessions lists it once,
# at its live place, marked moved; export by id or by the old path reads the
# live copy; a pointer to a drive that is not there lists the older copy and
# says so.
. "$SRCDIR/tests/cli/lib.sh"
export TZ=UTC
dir="$XDG_DATA_HOME/rucksack/sessions"
usb="$TMPDIR/usb stick"
id=20231115-080000-beef
mkdir -p "$dir" "$usb"
# the stale copy: up to the second note; the live one has it all
head -n 11 "$SRCDIR/tests/data/session/transcript.jsonl" >"$dir/$id.jsonl"
cp "$SRCDIR/tests/data/session/transcript.jsonl" "$usb/$id.jsonl"
printf '{"v":1,"at":1700036000000,"to":"%s/%s.jsonl"}\n' "$usb" "$id" >"$dir/$id.moved"

rs sessions
status 0 "sessions"
same "$OUT" "listed once, at its live place" <<T
ID                    FLOW        STARTED           STATE         REFLECTIONS  NOTES  PEOPLE
$id  round-test  2023-11-15 08:00  ended, moved            2      1  Ana, Ben, Chi, Dee
$id moved to $usb/$id.jsonl
T
same "$ERR" "no warning" </dev/null

rs sessions --format=json
status 0 "sessions --format=json"
json "$OUT" "
assert len(v) == 1, v
assert v[0]['id'] == '$id' and v[0]['path'] == '$usb/$id.jsonl', v
assert v[0]['moved'] is True and v[0]['rescued'] is False and v[0]['missing'] is None
assert v[0]['events'] == 17 and v[0]['ended'] is True
"

# export by id, and by the old path, read the live copy
rs export "$id"
status 0 "export ID"
grep -q "Thanks, Ben and Dee" "$OUT" || fail "export ID read the stale copy"
rs export "$dir/$id.jsonl"
status 0 "export OLDPATH"
grep -q "Thanks, Ben and Dee" "$OUT" || fail "export OLDPATH read the stale copy"
same "$ERR" "export OLDPATH says where it went" <<T
rucksack export: $dir/$id.jsonl was saved elsewhere; using where it is now, $usb/$id.jsonl
T

# the stick is unplugged: the older copy, said to be one
mv "$usb" "$TMPDIR/away"
rs sessions
status 0 "sessions, live copy missing"
same "$OUT" "the older copy, marked" <<T
ID                    FLOW        STARTED           STATE                   REFLECTIONS  NOTES  PEOPLE
$id  round-test  2023-11-15 08:00  UNFINISHED, older copy            1      1  Ana, Ben, Chi, Dee
$id was saved elsewhere, in $usb/$id.jsonl, which is not there now; listed is its older copy, $dir/$id.jsonl
T
rs export "$id"
status 0 "export ID, live copy missing"
grep -q "Fay noticed the pace" "$OUT" || fail "the older copy not exported"
grep -q "warning: round $id was saved elsewhere, in $usb/$id.jsonl, which is not there" "$ERR" ||
	fail "no warning that the copy is older"
