#!/bin/sh
# Issue 10, 3: export -o and practice --export -o never write over a file
# of a round (journal, draft, lock, pointer; in the sessions folder, a
# rescue folder or the round's own folder) nor of the practice store.  The
# file is known by what it is (device and inode), so a hard link, a
# symbolic link and another spelling of the path are refused as well.
. "$SRCDIR/tests/cli/lib.sh"
dir="$XDG_DATA_HOME/rucksack/sessions"
pdir="$XDG_DATA_HOME/rucksack/practice"
rescue="$HOME/rucksack-rescue"
id=20231115-080000-beef
other=20231116-090000-cafe
mkdir -p "$dir" "$pdir" "$rescue"
chmod 700 "$rescue"
cp "$SRCDIR/tests/data/session/transcript.jsonl" "$dir/$id.jsonl"
cp "$SRCDIR/tests/data/session/transcript.jsonl" "$rescue/$other.jsonl"
printf '{"v":1,"type":"written","deck":"tomm-questions","card":"rx-future","vignettes":"vignettes","vignette":"v01","ts":1795520000,"id":"aa-1","text":"Q?","on_target":null}\n' \
	>"$pdir/journal.jsonl"
for f in "$dir/$id.draft" "$dir/$id.lock" "$dir/$other.moved" "$rescue/$other.from"; do
	echo '{}' >"$f"
done
ln "$dir/$id.jsonl" "$TMPDIR/hard.jsonl"
ln -s "$dir/$id.jsonl" "$TMPDIR/soft.md"
ln "$pdir/journal.jsonl" "$TMPDIR/phard"
ln -s "$pdir/journal.jsonl" "$TMPDIR/psoft"
sum() { cat "$dir/$id.jsonl" "$dir/$id.draft" "$dir/$id.lock" "$dir/$other.moved" \
	"$rescue/$other.jsonl" "$rescue/$other.from" "$pdir/journal.jsonl" | cksum; }
before=$(sum)

# refused: exit 1, a message naming the file it is, nothing written
refused() { # WHAT IS CMD...
	what=$1 is=$2
	shift 2
	rs "$@"
	status 1 "$what"
	grep -qF "not written: this is $is, a file of" "$ERR" || fail "$what: no message naming $is"
	[ "$(sum)" = "$before" ] || fail "$what: a file of ours was changed"
}
refused "export -o the journal" "$dir/$id.jsonl" export "$id" -o "$dir/$id.jsonl"
refused "export -o another spelling" "$dir/$id.jsonl" export "$id" -o "$dir/../sessions/./$id.jsonl"
refused "export -o a hard link" "$dir/$id.jsonl" export "$id" -o "$TMPDIR/hard.jsonl"
refused "export -o a symbolic link" "$dir/$id.jsonl" export "$id" -o "$TMPDIR/soft.md"
refused "export -o the draft" "$dir/$id.draft" export "$id" -o "$dir/$id.draft"
refused "export -o the lock" "$dir/$id.lock" export "$id" --format json -o "$dir/$id.lock"
refused "export -o another round's pointer" "$dir/$other.moved" export "$id" -o "$dir/$other.moved"
refused "export -o a rescue copy" "$rescue/$other.jsonl" export "$id" -o "$rescue/$other.jsonl"
refused "export -o a rescue pointer" "$rescue/$other.from" export "$id" -o "$rescue/$other.from"
refused "export -o the practice journal" "$pdir/journal.jsonl" export "$id" -o "$TMPDIR/phard"
refused "practice --export -o its journal" "$pdir/journal.jsonl" practice --export -o "$pdir/journal.jsonl"
refused "practice --export -o a hard link" "$pdir/journal.jsonl" practice --export -o "$TMPDIR/phard"
refused "practice --export -o a symbolic link" "$pdir/journal.jsonl" practice --export -o "$TMPDIR/psoft"
refused "practice --export -o another spelling" "$pdir/journal.jsonl" practice --export -o "$pdir/../practice/journal.jsonl"
refused "practice --export -o a round's journal" "$dir/$id.jsonl" practice --export -o "$TMPDIR/hard.jsonl"

# the transcript beside the journal, and any other file, are written
rs export "$id" -o "$dir/$id.md"
status 0 "export -o ID.md"
grep -q "Thanks, Ben and Dee" "$dir/$id.md" || fail "export -o ID.md not written"
rs practice --export -o "$TMPDIR/questions.md"
status 0 "practice --export -o a new file"
grep -q "Q?" "$TMPDIR/questions.md" || fail "practice --export -o not written"
[ "$(sum)" = "$before" ] || fail "a file of ours was changed"

# A new file named as one of ours, in our folders, would be taken for ours:
# a round's draft that cannot be read back, a journal of no round, the
# practice store's draft.  Refused, and nothing is made.
made() { # WHAT PATH CMD...
	what=$1 path=$2
	shift 2
	rs "$@"
	status 1 "$what"
	grep -qF "not written: " "$ERR" || fail "$what: no message"
	[ ! -e "$path" ] || fail "$what: $path was made"
}
made "export -o a new draft" "$dir/$other.draft" export "$id" -o "$dir/$other.draft"
made "export -o a new journal" "$dir/new.jsonl" export "$id" -o "$dir/new.jsonl"
made "export -o a new journal, spelt otherwise" "$dir/new.jsonl" export "$id" -o "$dir/../sessions/new.jsonl"
made "export -o a new pointer in a rescue folder" "$rescue/x.from" export "$id" -o "$rescue/x.from"
made "practice --export -o the store's draft" "$pdir/draft.json" practice --export -o "$pdir/draft.json"
made "export -o a new file in the practice folder" "$pdir/notes.md" export "$id" -o "$pdir/notes.md"
[ "$(sum)" = "$before" ] || fail "a file of ours was changed"
