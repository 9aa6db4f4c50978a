#!/bin/sh
# kill -9 mid-phase after saving reflections; starting again offers the round
# (home screen) and `rucksack resume` reopens it on the same phase with every
# saved reflection present.
. "$SRCDIR/tests/e2e/round_lib.sh"

rl_start 80 24 run --flow "$RL_FLOW" --people "'$RL_PEOPLE'" --seed 7
rl_wait "Roles"
rl_keys "$K_NEXT"; rl_wait "Present"
rl_reflect "Was wir brauchen: ein Plan für Zoë — ÄÖÜ"
rl_keys "$K_NEXT"; rl_wait "Interview"
rl_reflect "Ερώτηση: τι άλλαξε;"
rl_keys "$K_NOTE"; rl_wait "Note"
rl_type "mentor: slow down 🐢"; rl_keys "$K_DONE"; rl_wait "saved"

pid=$(rl_pid) || rl_fail "no rucksack process"
kill -9 "$pid"
rl_wait "EXITED-137"
rl_stop

id=$(rl_session_id)
[ -n "$id" ] || rl_fail "no journal written"

# The home screen offers the unfinished round.
rl_start 80 24
rl_wait "Resume"
rl_stop

# `rucksack resume` (no id: the newest unfinished) lands on the same phase.
rl_start 80 24 resume
rl_wait "Interview"
rl_keys "$K_QUIT"; rl_wait "Quit"; rl_keys "$K_YES"; rl_wait "EXITED-0"
rl_stop

# Every saved word is in the journal's export, the round still unfinished.
out=$("$RUCKSACK" --decks "$RL_DECKS" export "$id" --format md) || rl_fail "export failed"
for want in "ein Plan für Zoë — ÄÖÜ" "Ερώτηση: τι άλλαξε;" "mentor: slow down 🐢"; do
	printf '%s\n' "$out" | grep -qF -- "$want" || rl_fail "lost: $want"
done
"$RUCKSACK" sessions | grep -F "$id" | grep -qi unfinished || rl_fail "round not marked unfinished"

# A prefix of the id reopens it too.
rl_start 80 24 resume "$(printf '%s' "$id" | cut -c1-6)"
rl_wait "Interview"
echo ok
