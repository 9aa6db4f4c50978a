#!/bin/sh
# A round saved elsewhere, then killed (QA F10): its old journal stays in
# the sessions folder, stale, with a pointer to where it went.  Starting
# again offers the round once, at its new place ("moved to ..."), and
# resuming, from that offer or with `rucksack resume ID`, reopens the live
# copy with the note written after the move; `sessions` lists it once.
# Then a round whose folder could not be written from the start: saved
# elsewhere, the pointer reaches home once the folder is back.
. "$SRCDIR/tests/e2e/round_lib.sh"

sessions="$XDG_DATA_HOME/rucksack/sessions"
elsewhere="$TMPDIR/elsewhere/sub"
rl_start 80 24 run --flow "$RL_FLOW" --people "'$RL_PEOPLE'" --seed 7
rl_wait "Roles and ground rules"
rl_keys "$K_NOTE"; rl_wait "Note"
rl_type "before the move"; rl_keys "$K_DONE"; rl_wait "Note saved"
rl_keys s; rl_wait "Save elsewhere"
rl_type "$elsewhere"; rl_keys Enter; rl_wait "Saved in"
rl_keys "$K_NOTE"; rl_wait "Note"
rl_type "after the move"; rl_keys "$K_DONE"; rl_wait "Note saved"
pid=$(rl_pid) || rl_fail "no rucksack process"
kill -9 "$pid"
rl_wait "EXITED-137"
id=$(rl_session_id)
[ -n "$id" ] || rl_fail "no journal in the sessions folder"
[ -f "$sessions/$id.moved" ] || rl_fail "no pointer left in the sessions folder"
grep -qF "after the move" "$sessions/$id.jsonl" && rl_fail "the old copy was written after the move"

# One line, at the new place.
"$RUCKSACK" --decks "$RL_DECKS" sessions >"$TMPDIR/list" 2>&1
[ "$(grep -c "^$id" "$TMPDIR/list")" = 2 ] || { cat "$TMPDIR/list"; rl_fail "not listed once (and where)"; }
grep -q "^$id .*UNFINISHED, moved" "$TMPDIR/list" || rl_fail "not marked moved"
grep -qF "$id moved to $elsewhere/$id.jsonl" "$TMPDIR/list" || rl_fail "where it went not said"

# The start-up offer names the new place; Enter reopens the live copy.
rl_start 80 24
rl_wait "Unfinished rounds"; rl_wait "moved to $elsewhere"
rl_keys Enter; rl_wait "Resumed where the round was left"
rl_keys G; rl_wait "after the move"
rl_keys "$K_QUIT"; rl_wait "Leave the round?"; rl_keys "$K_YES"; rl_wait "Browse decks"
rl_stop

# resume ID does the same.
rl_start 80 24 resume "$id"
rl_wait "Resumed where the round was left"
rl_keys G; rl_wait "after the move"
rl_keys "$K_QUIT"; rl_wait "Leave the round?"; rl_keys "$K_YES"; rl_wait "EXITED-0"
"$RUCKSACK" --decks "$RL_DECKS" export "$id" | grep -qF "after the move" ||
	rl_fail "export read the stale copy"

# Its drive unplugged: the older copy is not carried on by id, and the
# resume list says why.
mv "$TMPDIR/elsewhere" "$TMPDIR/away"
rl_start 80 24 resume "$id"
rl_wait "which is not there now"; rl_wait "EXITED-1"
rl_start 80 24
rl_wait "Browse decks"; rl_keys Down Down Down Enter; rl_wait "OLDER COPY"
rl_keys Enter; rl_wait "Plug the drive in"
rl_stop
mv "$TMPDIR/away" "$TMPDIR/elsewhere"

# The sessions folder cannot take the pointer when the round moves (a
# folder stands where it goes), and the program is killed before it can:
# the pointer kept in the rescue folder meanwhile leads to the live copy.
rm -rf "$sessions" "$TMPDIR/elsewhere"
rl_start 80 24 run --flow "$RL_FLOW" --people "'$RL_PEOPLE'" --seed 9
rl_wait "Roles and ground rules"
id=$(rl_session_id)
mkdir "$sessions/$id.moved"
rl_keys s; rl_wait "Save elsewhere"
rl_type "$elsewhere"; rl_keys Enter; rl_wait "Saved in"
rl_keys "$K_NOTE"; rl_wait "Note"
rl_type "pointer kept aside"; rl_keys "$K_DONE"; rl_wait "Note saved"
kill -9 "$(rl_pid)"
rl_wait "EXITED-137"
[ -f "$XDG_DATA_HOME/rucksack/rescue/$id.moved" ] || rl_fail "no pointer kept in the rescue folder"
"$RUCKSACK" sessions 2>&1 | grep -qF "$id moved to $elsewhere/$id.jsonl" || rl_fail "the kept pointer not followed"
rl_start 80 24 resume "$id"
rl_wait "Resumed where the round was left"
rl_keys G; rl_wait "pointer kept aside"
rl_keys "$K_QUIT"; rl_wait "Leave the round?"; rl_keys "$K_YES"; rl_wait "EXITED-0"
rmdir "$sessions/$id.moved"
# Issue 10, 1: with the pointer still only in the rescue folder and the new
# place unplugged, the copy left in the sessions folder is not resumed by
# id (a note typed there would vanish): refused, saying where the round is.
mv "$TMPDIR/elsewhere" "$TMPDIR/away"
rl_start 120 24 resume "$id"
rl_wait "which is not there now"; rl_wait "EXITED-1"
tmux -L "$RL_SOCK" capture-pane -p -J -t t | grep -qF "was saved elsewhere, in $elsewhere/$id.jsonl" ||
	rl_fail "resume did not say where the round lives"
rl_start 80 24
rl_wait "Browse decks"; rl_keys Down Down Down Enter; rl_wait "OLDER COPY"
rl_keys Enter; rl_wait "Plug the drive in"
rl_stop
mv "$TMPDIR/away" "$TMPDIR/elsewhere"

# A sessions folder that cannot be written from the start (as root, a file in
# its place): saved elsewhere, then the folder comes back and the next save
# leaves the pointer there.
rm -rf "$sessions" "$TMPDIR/elsewhere"
: >"$sessions"
rl_start 80 24 run --flow "$RL_FLOW" --people "'$RL_PEOPLE'" --seed 8
rl_wait "NOT SAVED"
rl_keys s; rl_wait "Save elsewhere"
rl_type "$elsewhere"; rl_keys Enter; rl_wait "Saved in"
rm -f "$sessions"; mkdir -m 700 "$sessions"
rl_keys "$K_NOTE"; rl_wait "Note"
rl_type "once home is back"; rl_keys "$K_DONE"; rl_wait "Note saved"
pid=$(rl_pid) || rl_fail "no rucksack process"
kill -9 "$pid"
rl_wait "EXITED-137"
ls "$sessions"/*.moved >/dev/null 2>&1 || rl_fail "no pointer once the folder was back"
rl_start 80 24
rl_wait "Unfinished rounds"; rl_wait "moved to $elsewhere"
rl_keys Enter; rl_wait "Resumed where the round was left"
rl_keys G; rl_wait "once home is back"
echo ok
