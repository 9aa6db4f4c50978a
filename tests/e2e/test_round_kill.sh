#!/bin/sh
# kill -9 mid-phase after saving reflections and a note, with a reflection
# half typed: starting again offers the round, and `rucksack resume` reopens
# it on the same phase with every saved reflection present and the half-typed
# text back in the editor, where it can be finished and saved.  The timers are
# the journal's: a phase paused, left and entered again shows the time it
# showed; after kill -9 and resume the running timer has counted the time the
# program was not running; leaving with q pauses it.  Steady typing without
# a pause, then kill -9: what was typed up to the last few seconds is back.
. "$SRCDIR/tests/e2e/round_lib.sh"

sessions="$XDG_DATA_HOME/rucksack/sessions"
rl_start 80 24 run --flow "$RL_FLOW" --people "'$RL_PEOPLE'" --seed 7
rl_wait "Roles and ground rules"
rl_keys "$K_NEXT"; rl_wait "Presenting the work"
rl_reflect "Was wir brauchen: ein Plan für Zoë — ÄÖÜ"
# paused, left and entered again: the same time, still paused
rl_wait " 7:5"; rl_keys "$K_PAUSE"; rl_wait "Timer paused"
paused=$(rl_grab 'paused 7:5[0-9]')
[ -n "$paused" ] || rl_fail "the paused timer does not show the time used"
rl_keys "$K_NEXT"; rl_wait "Interview"; rl_gone "$paused"
rl_keys "$K_PREV"; rl_wait "Presenting the work"; rl_wait "$paused"
rl_keys "$K_PAUSE"; rl_wait "Timer running again"
rl_keys "$K_NEXT"; rl_wait "Interview"
rl_reflect "Ερώτηση: τι άλλαξε;"
rl_keys "$K_NOTE"; rl_wait "Note"
rl_type "mentor: slow down 🐢"; rl_keys "$K_DONE"; rl_wait "Note saved"
rl_wait " 14:5"	# the Interview's timer runs
left1=$(rl_timer_left) t1=$(date +%s)
rl_keys "$K_CAPTURE"; rl_wait "Reflection · Zoë"	# capture one: the consultant speaks again
rl_keys End; rl_type " — and a draft 未保存"
# the draft reaches the disk after a pause in typing: poll for it
n=100
until grep -qF "a draft 未保存" "$sessions"/*.draft 2>/dev/null; do
	n=$((n - 1)); [ "$n" -gt 0 ] || rl_fail "no draft kept"; sleep 0.1
done

pid=$(rl_pid) || rl_fail "no rucksack process"
kill -9 "$pid"
rl_wait "EXITED-137"
rl_stop
tk=$(date +%s)

id=$(rl_session_id)
[ -n "$id" ] || rl_fail "no journal written"
"$RUCKSACK" sessions | grep -F "$id" | grep -qi unfinished || rl_fail "round not marked unfinished"

# The home screen offers the unfinished round; q leads home.
rl_start 80 24
rl_wait "Resume a round"; rl_wait "Unfinished rounds"; rl_wait "Ana, Zoë, 李明, Ben"
rl_keys q; rl_wait "Browse decks"
rl_stop
# The program stays down a few seconds: that time counts on the timer.
until [ "$(date +%s)" -ge $((tk + 4)) ]; do sleep 0.2; done

# `rucksack resume` (no id: the newest unfinished) lands on the same phase,
# with the half-typed text back in the editor.
rl_start 80 24 resume
rl_wait "Reflection · Zoë"; rl_wait "a draft 未保存"; rl_wait "unsaved text is back"
rl_keys "$K_DONE"; rl_wait "Reflection saved"
rl_wait "Interview"
left2=$(rl_timer_left) t2=$(date +%s)
# where it was, less all the time since (the seconds shown may lag by a second
# each side of the reading of the clock): not from full, not stopped meanwhile
[ "$left2" -le $((left1 - (t2 - t1) + 2)) ] && [ "$left2" -ge $((left1 - (t2 - t1) - 2)) ] ||
	rl_fail "timer after resume: $left2 s left, was $left1 s left $((t2 - t1)) s before"
rl_keys G; rl_wait "Ερώτηση: τι άλλαξε;"; rl_wait "mentor: slow down 🐢"	# the bottom: what was written
[ -e "$sessions/$id.draft" ] && rl_fail "the draft stayed after saving"
rl_keys "$K_QUIT"; rl_wait "Leave the round?"; rl_keys "$K_YES"; rl_wait "EXITED-0"
rl_stop
grep -q '"t":"timer".*"op":"pause"' "$sessions/$id.jsonl" || rl_fail "leaving did not pause the timer"

# Every saved word is in the journal's export (the draft saved as a text of its own), the round still unfinished.
out=$("$RUCKSACK" --decks "$RL_DECKS" export "$id" --format md) || rl_fail "export failed"
for want in "ein Plan für Zoë — ÄÖÜ" "Ερώτηση: τι άλλαξε;" "— and a draft 未保存" "mentor: slow down 🐢"; do
	printf '%s\n' "$out" | grep -qF -- "$want" || rl_fail "lost: $want"
done
"$RUCKSACK" sessions | grep -F "$id" | grep -qi unfinished || rl_fail "round not marked unfinished"

# A prefix of the id reopens it too, with no draft this time.
rl_start 80 24 resume "$(printf '%s' "$id" | cut -c1-15)"
rl_wait "Interview"; rl_wait "Resumed where the round was left"; rl_wait "paused "

# Steady typing, never pausing long enough for the pause-draft (each word
# as soon as the one before is on screen), for 6 s; then kill -9 at once.
# A draft is kept at least every 2 s while typing goes on, so every word
# typed more than 4 s before the kill comes back on resume (2 s of slack
# for a loaded machine: this is about losing words, not about speed).
rl_keys "$K_NOTE"; rl_wait "Note"
now_ms() { date +%s%3N; }
t0=$(now_ms) i=0 : >"$TMPDIR/typed"
while [ $(($(now_ms) - t0)) -lt 6000 ]; do
	i=$((i + 1))
	rl_type "s${i}t "; rl_wait "s${i}t" 5
	echo "$i $(now_ms)" >>"$TMPDIR/typed"
done
pid=$(rl_pid) || rl_fail "no rucksack process"
kill -9 "$pid"
tk=$(now_ms)
rl_wait "EXITED-137"
rl_stop
must=$(awk -v lim=$((tk - 4000)) '$2 <= lim { n = $1 } END { print n + 0 }' "$TMPDIR/typed")
[ "$must" -ge 2 ] || rl_fail "typing too slow to test: $i words in 6 s"
want=$(seq 1 "$must" | awk '{ printf "s%dt ", $1 }')
grep -qF "$want" "$sessions/$id.draft" 2>/dev/null ||
	rl_fail "steady typing then kill -9: the draft lacks the first $must of $i words"
rl_start 80 24 resume
rl_wait "unsaved text is back"; rl_wait "Note"
# the editor shows the text's end: the last word the draft kept (on a fast
# machine the earlier ones have scrolled out of the window)
last=$(grep -o 's[0-9]*t' "$sessions/$id.draft" | tail -n 1)
rl_wait "$last"
rl_keys "$K_DONE"; rl_wait "Note saved"
rl_keys "$K_QUIT"; rl_wait "Leave the round?"; rl_keys "$K_YES"; rl_wait "EXITED-0"
rl_stop
"$RUCKSACK" --decks "$RL_DECKS" export "$id" --format md | grep -qF -- "$want" ||
	rl_fail "the note typed before kill -9 is not in the transcript"
echo ok
