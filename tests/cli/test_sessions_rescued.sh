#!/bin/sh
# Rescue copies (QA F9): sessions and export look in the rescue folders too
# ($XDG_DATA_HOME/rucksack/rescue, $HOME/rucksack-rescue,
# $TMPDIR/rucksack-rescue-UID).  A rescue copy with more events than the
# journal it rescued is the one listed, marked rescued, with where it is,
# and a warning that there are two copies; export ID reads it.
. "$SRCDIR/tests/cli/lib.sh"
export TZ=UTC
dir="$XDG_DATA_HOME/rucksack/sessions"
rescue="$HOME/rucksack-rescue"
id=20231115-080000-beef
mkdir -p "$dir" "$rescue"
head -n 11 "$SRCDIR/tests/data/session/transcript.jsonl" >"$dir/$id.jsonl"
cp "$SRCDIR/tests/data/session/transcript.jsonl" "$rescue/$id.jsonl"

rs sessions
status 0 "sessions"
same "$OUT" "the rescue copy, listed once" <<T
ID                    FLOW        STARTED           STATE           REFLECTIONS  NOTES  PEOPLE
$id  round-test  2023-11-15 08:00  ended, rescued            2      1  Ana, Ben, Chi, Dee
$id rescued to $rescue/$id.jsonl (its folder could not be written)
T
same "$ERR" "two copies said" <<T
$dir/$id.jsonl: warning: round $id has two copies and no pointer from one to the other: $rescue/$id.jsonl (17 events) is listed, not this one (11 events)
T
rs export "$id"
status 0 "export ID"
grep -q "Thanks, Ben and Dee" "$OUT" || fail "export read the older journal, not the rescue copy"

# One in the temporary folder's rescue folder alone is listed too.
rm -rf "$rescue" "$dir/$id.jsonl"
tmp="$TMPDIR/rucksack-rescue-$(id -u)"
mkdir -m 700 "$tmp"
cp "$SRCDIR/tests/data/session/transcript.jsonl" "$tmp/$id.jsonl"
rs sessions --format=json
status 0 "sessions --format=json"
json "$OUT" "
assert len(v) == 1 and v[0]['rescued'] is True and v[0]['path'] == '$tmp/$id.jsonl', v
"

# Issue 10, 15: a rescue copy with its ID.from names the journal it was made
# from: that is a pointer, and what a rescue leaves; listed with no warning.
rm -rf "$tmp"
mkdir -p "$dir" "$rescue"
head -n 11 "$SRCDIR/tests/data/session/transcript.jsonl" >"$dir/$id.jsonl"
cp "$SRCDIR/tests/data/session/transcript.jsonl" "$rescue/$id.jsonl"
printf '{"v":1,"at":1700036000000,"from":"%s/%s.jsonl"}\n' "$dir" "$id" >"$rescue/$id.from"
rs sessions
status 0 "sessions, rescue copy with its .from"
grep -q "^$id .*ended, rescued" "$OUT" || fail "the rescue copy not listed"
same "$ERR" "no warning of two copies with no pointer" </dev/null
# the journal it came from went further since: that one is listed, and the
# warning says what the other is
head -n 9 "$SRCDIR/tests/data/session/transcript.jsonl" >"$rescue/$id.jsonl"
rs sessions
status 0 "sessions, rescue copy behind"
same "$ERR" "the rescue copy behind, said" <<T
$rescue/$id.jsonl: warning: this rescue copy of round $id (9 events, its $id.from names where it was made from) is not listed: $dir/$id.jsonl has gone further since (11 events)
T
