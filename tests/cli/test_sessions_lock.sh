#!/bin/sh
# A round open in another window (its lock, ID.lock, held by another
# process) is marked "open elsewhere" by sessions, with the holder's pid, in
# text and JSON; resume (by id, or the newest) refuses it and says so; once
# the other window is gone it is an unfinished round like any other.
. "$SRCDIR/tests/cli/lib.sh"
export TZ=UTC
dir="$XDG_DATA_HOME/rucksack/sessions"
id=20231115-080000-beef
mkdir -p "$dir"
sed '/"t":"end"/d' "$SRCDIR/tests/data/session/transcript.jsonl" >"$dir/$id.jsonl"

# The other window: a process holding the lock as rucksack does (flock,
# its pid in the file).
/usr/bin/python3 -c '
import fcntl, os, sys, time
f = open(sys.argv[1], "a+")
fcntl.flock(f, fcntl.LOCK_EX)
f.truncate(0); f.write("%d\n" % os.getpid()); f.flush()
time.sleep(120)' "$dir/$id.lock" &
holder=$!
trap 'kill $holder 2>/dev/null' EXIT
i=0
until [ "$(cat "$dir/$id.lock" 2>/dev/null)" = "$holder" ]; do
	i=$((i + 1)); [ $i -lt 100 ] || fail "the lock was not taken"; sleep 0.1
done

rs sessions
status 0 "sessions"
grep -q "^$id  round-test  2023-11-15 08:00  UNFINISHED, open elsewhere " "$OUT" ||
	fail "not marked open elsewhere: $(cat "$OUT")"
grep -qx "$id is open in another window (pid $holder): carry on there, or close it there first" \
	"$OUT" || fail "the holder not named: $(cat "$OUT")"
rs sessions --format=json
json "$OUT" "assert v[0]['open_elsewhere'] is True and v[0]['open_pid'] == $holder, v[0]"

# resume needs a terminal: script gives it one.
script -qec "'$RUCKSACK' resume $id" /dev/null </dev/null | tr -d '\r' >"$ERR"
grep -qF "$dir/$id.jsonl: error: this round is open in another window (pid $holder); carry on there, or close it there first" \
	"$ERR" || fail "resume ID: $(cat "$ERR")"
script -qec "'$RUCKSACK' resume" /dev/null </dev/null | tr -d '\r' >"$ERR"
grep -qx "rucksack resume: the unfinished round $id is open in another window (pid $holder); carry on there, or close it there first" \
	"$ERR" || fail "resume: $(cat "$ERR")"

kill $holder
wait $holder 2>/dev/null
rs sessions
grep -q "^$id  round-test  2023-11-15 08:00  UNFINISHED  " "$OUT" || fail "still open: $(cat "$OUT")"
grep -q "open in another window" "$OUT" && fail "still said open: $(cat "$OUT")"
rs sessions --format=json
json "$OUT" "assert v[0]['open_elsewhere'] is False and v[0]['open_pid'] is None, v[0]"
exit 0
