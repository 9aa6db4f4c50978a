#!/bin/sh
# Issue 10, 11: Ctrl-O hands the text to $EDITOR through a file in a
# private folder of ours ($XDG_DATA_HOME/rucksack/editor/<pid>-XXXXXX,
# 0700), not in $TMPDIR.  SIGTERM while the editor is open ends the editor
# and the program, the editor's text kept as the draft.  After kill -9 the
# file stays private, and the next start puts its text back into the
# round's draft (resuming reopens it) and removes it.
. "$SRCDIR/tests/e2e/round_lib.sh"

sessions="$XDG_DATA_HOME/rucksack/sessions"
handover="$XDG_DATA_HOME/rucksack/editor"
cat >"$TMPDIR/ed.sh" <<SH
printf 'typed in the editor: Zoë\n' >"\$1"
echo "\$1" >"$TMPDIR/ed.file"
echo \$\$ >"$TMPDIR/ed.pid"
exec sleep 60
SH
export EDITOR="sh $TMPDIR/ed.sh" VISUAL=
wait_editor() {
	n=50
	while [ ! -s "$TMPDIR/ed.pid" ] && [ $n -gt 0 ]; do sleep 0.1; n=$((n - 1)); done
	[ -s "$TMPDIR/ed.pid" ] || rl_fail "the editor did not start"
}
open_editor() { # SEED
	rm -f "$TMPDIR/ed.pid" "$TMPDIR/ed.file"
	rl_start 80 24 run --flow "$RL_FLOW" --people "'$RL_PEOPLE'" --seed "$1"
	rl_wait "Roles and ground rules"
	rl_keys "$K_NEXT"; rl_wait "Presenting the work"
	rl_keys "$K_CAPTURE"; rl_wait "Reflection"
	rl_type "typed here first"; rl_wait "typed here first"
	rl_keys C-o
	wait_editor
}

open_editor 7
file=$(cat "$TMPDIR/ed.file")
case $file in "$handover"/*/text.txt) ;; *) rl_fail "the hand-over file is not ours: $file" ;; esac
[ "$(stat -c %a "${file%/*}")" = 700 ] || rl_fail "its folder is not 0700"
[ "$(stat -c %a "$handover")" = 700 ] || rl_fail "the hand-over folder is not 0700"
kill -TERM "$(rl_pid)"
rl_wait "EXITED-143" 8
id=$(rl_session_id)
grep -qF "typed in the editor: Zoë" "$sessions/$id.draft" || rl_fail "the editor's text not kept as the draft on SIGTERM"
[ -e "${file%/*}" ] && rl_fail "the hand-over file stayed after SIGTERM"
kill "$(cat "$TMPDIR/ed.pid")" 2>/dev/null

rm -rf "$sessions"
open_editor 8
file=$(cat "$TMPDIR/ed.file")
kill -9 "$(rl_pid)"
rl_wait "EXITED-137"
kill "$(cat "$TMPDIR/ed.pid")" 2>/dev/null
[ -f "$file" ] || rl_fail "no hand-over file left by kill -9 (the test needs one)"
id=$(rl_session_id)
rl_start 80 24 resume "$id"
rl_wait "typed in the editor: Zoë"
[ -e "${file%/*}" ] && rl_fail "the stale hand-over stayed once its text was back in the draft"
rl_keys "$K_DONE"; rl_wait "Reflection saved"
rl_keys "$K_QUIT"; rl_wait "Leave the round?"; rl_keys "$K_YES"; rl_wait "EXITED-0"
"$RUCKSACK" --decks "$RL_DECKS" export "$id" | grep -qF "typed in the editor: Zoë" ||
	rl_fail "the editor's text did not reach the transcript"
echo ok
