#!/bin/sh
# A journal torn at its tail (a crash in the middle of writing a line) still
# resumes up to the last whole event, says so, and carries on writing.
. "$SRCDIR/tests/e2e/round_lib.sh"

rl_start 80 24 run --flow "$RL_FLOW" --people "'$RL_PEOPLE'" --seed 7
rl_wait "Roles and ground rules"
rl_keys "$K_NEXT"; rl_wait "Presenting the work"
rl_reflect "before the tear: Zoë"
rl_keys "$K_QUIT"; rl_wait "Leave the round?"; rl_keys "$K_YES"; rl_wait "EXITED-0"

id=$(rl_session_id)
journal="$XDG_DATA_HOME/rucksack/sessions/$id.jsonl"
printf '{"t":"entry","at":17955' >>"$journal"	# half a line, no newline

rl_start 80 24 resume
rl_wait "Presenting the work"; rl_wait "last line was torn"
rl_keys G; rl_wait "before the tear: Zoë"
rl_keys "$K_NOTE"; rl_wait "Note"
rl_type "after the tear"; rl_keys "$K_DONE"; rl_wait "Note saved"
rl_keys "$K_QUIT"; rl_wait "Leave the round?"; rl_keys "$K_YES"; rl_wait "EXITED-0"

# The torn half line is gone and the journal reads whole again.
grep -q '"at":17955$' "$journal" && rl_fail "the torn line is still there"
"$RUCKSACK" sessions | grep -F "$id" | grep -qi torn && rl_fail "still torn after resuming"
out=$("$RUCKSACK" --decks "$RL_DECKS" export "$id") || rl_fail "export failed"
for want in "before the tear: Zoë" "after the tear"; do
	printf '%s\n' "$out" | grep -qF -- "$want" || rl_fail "lost: $want"
done
echo ok
