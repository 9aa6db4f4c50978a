#!/bin/sh
# Issue 10, 1: a round saved elsewhere from a full disk, whose old folder
# could not take the pointer, keeps it in a rescue folder
# ($HOME/rucksack-rescue/ID.moved, "for" the old journal).  That pointer
# counts exactly as one beside the journal: while the new place is there
# the round is listed and exported from it; while it is not, the copy left
# in the sessions folder is an older copy, said to be one, and resume by id
# refuses it (resume needs a terminal: tests/e2e/test_round_moved.sh).
. "$SRCDIR/tests/cli/lib.sh"
export TZ=UTC
dir="$XDG_DATA_HOME/rucksack/sessions"
usb="$TMPDIR/usb stick"
kept="$HOME/rucksack-rescue"
id=20231115-080000-beef
mkdir -p "$dir" "$usb" "$kept"
chmod 700 "$kept"
head -n 11 "$SRCDIR/tests/data/session/transcript.jsonl" >"$dir/$id.jsonl"
cp "$SRCDIR/tests/data/session/transcript.jsonl" "$usb/$id.jsonl"
printf '{"v":1,"at":1700036000000,"to":"%s/%s.jsonl","for":"%s/%s.jsonl"}\n' \
	"$usb" "$id" "$dir" "$id" >"$kept/$id.moved"

rs sessions --format=json
status 0 "sessions"
json "$OUT" "
assert len(v) == 1, v
assert v[0]['path'] == '$usb/$id.jsonl' and v[0]['moved'] is True, v
assert v[0]['events'] == 17
"
rs export "$dir/$id.jsonl"
status 0 "export OLDPATH"
grep -q "Thanks, Ben and Dee" "$OUT" || fail "export OLDPATH read the stale copy"
same "$ERR" "export OLDPATH says where it went" <<T
rucksack export: $dir/$id.jsonl was saved elsewhere; using where it is now, $usb/$id.jsonl
T

# the stick is unplugged: the copy at home is the older one, and said so
mv "$usb" "$TMPDIR/away"
rs sessions --format=json
status 0 "sessions, live copy missing"
json "$OUT" "
assert len(v) == 1, v
assert v[0]['path'] == '$dir/$id.jsonl', v
assert v[0]['missing'] == '$usb/$id.jsonl', v
"
rs export "$id"
status 0 "export ID, live copy missing"
grep -q "warning: round $id was saved elsewhere, in $usb/$id.jsonl, which is not there" "$ERR" ||
	fail "export ID: no warning that the copy is older"
rs export "$dir/$id.jsonl"
grep -q "warning: $dir/$id.jsonl was saved elsewhere, in $usb/$id.jsonl, which is not there now" "$ERR" ||
	fail "export OLDPATH: no warning that the copy is older"

# a pointer kept for another journal of that name leads nowhere
printf '{"v":1,"at":1700036000000,"to":"%s/%s.jsonl","for":"/elsewhere/%s.jsonl"}\n' \
	"$usb" "$id" "$id" >"$kept/$id.moved"
rs sessions --format=json
json "$OUT" "
assert len(v) == 1 and v[0]['missing'] is None and v[0]['path'] == '$dir/$id.jsonl', v
"
