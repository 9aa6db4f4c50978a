#!/bin/sh
# Files and folders planted where rucksack's own belong (a folder shared
# with a team's group): a pipe where a journal or the practice journal is
# expected is refused at once by sessions, export, stats and practice (never
# waited on); a journal that is a folder says so; a link at ID.lock makes
# resume refuse, and the file it leads to keeps its text; our folders found
# open to others are closed to 0700; one owned by another user is refused
# (that case needs root, to give the folder away, and is skipped otherwise).
. "$SRCDIR/tests/cli/lib.sh"
export TZ=UTC
top="$XDG_DATA_HOME/rucksack"
dir="$top/sessions"
id=20231115-080000-beef
pipe=20231116-080000-f1f0
folder=20231117-080000-d1d1
mkdir -p "$dir" "$top/practice"
sed '/"t":"end"/d' "$SRCDIR/tests/data/session/transcript.jsonl" >"$dir/$id.jsonl"
mkfifo "$dir/$pipe.jsonl" "$top/practice/journal.jsonl"
mkdir "$dir/$folder.jsonl"

# rst ARGS...: rs, but a run that waits over 10 s exits 124.
rst() {
	timeout 10 "$RUCKSACK" "$@" >"$OUT" 2>"$ERR"
	rc=$?
}

chmod 0777 "$top" "$dir"
rst sessions
status 0 "sessions beside a pipe and a folder"
grep -q "^$id  round-test " "$OUT" || fail "the real round not listed: $(cat "$OUT")"
grep -qxF "$dir/$pipe.jsonl: warning: cannot read the journal: it is a pipe or device, not a file" \
	"$ERR" || fail "the pipe not named"
grep -qxF "$dir/$folder.jsonl: warning: cannot read the journal: it is a folder, not a file" \
	"$ERR" || fail "the folder not named"
[ "$(stat -c %a "$top")" = 700 ] || fail "rucksack/ left $(stat -c %a "$top")"
[ "$(stat -c %a "$dir")" = 700 ] || fail "sessions/ left $(stat -c %a "$dir")"

rst export "$dir/$pipe.jsonl"
status 1 "export of a pipe"
same "$ERR" "export of a pipe" <<EOF
$dir/$pipe.jsonl: error: cannot read the journal: it is a pipe or device, not a file
EOF
rst export "$dir/$folder.jsonl"
status 1 "export of a folder"
same "$ERR" "export of a folder" <<EOF
$dir/$folder.jsonl: error: cannot read the journal: it is a folder, not a file
EOF
for cmd in stats "practice --export"; do
	# shellcheck disable=SC2086
	rst $cmd
	status 1 "$cmd with a pipe for the practice journal"
	grep -qxF "$top/practice/journal.jsonl: error: cannot read the journal: it is a pipe or device, not a file" \
		"$ERR" || fail "$cmd: the pipe not named"
done

# resume needs a terminal: script gives it one.
echo "my own notes" >"$TMPDIR/notes.md"
ln -s "$TMPDIR/notes.md" "$dir/$id.lock"
script -qec "timeout 10 '$RUCKSACK' resume $id" /dev/null </dev/null | tr -d '\r' >"$ERR"
grep -qxF "$dir/$id.lock: error: cannot lock the round: it is a link, which is not followed; remove it if you did not put it there" \
	"$ERR" || fail "resume with a link at the lock: $(cat "$ERR")"
[ "$(cat "$TMPDIR/notes.md")" = "my own notes" ] || fail "the link's file was written"
[ -L "$dir/$id.lock" ] || fail "the link was removed"

if [ "$(id -u)" -ne 0 ]; then
	echo "test_safe_files: a folder of another user: skipped (needs root to chown)"
	exit 0
fi
chown 54321:54321 "$dir"
chmod 0777 "$dir"
rst sessions
status 1 "sessions in a folder of another user"
grep -qxF "rucksack sessions: $dir is not used: it belongs to another user, and rucksack keeps private files only in folders of your own" "$ERR" ||
	fail "the folder's owner not said: $(cat "$ERR")"
[ "$(stat -c %a "$dir")" = 777 ] || fail "another user's folder was changed"
exit 0
