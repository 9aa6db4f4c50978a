#!/bin/sh
# A sessions folder that cannot be written: the round runs in memory with a
# banner saying so, nothing typed is lost, r retries once the folder can be
# written, and s saves the round in another folder.  (As root, permissions
# do not stop writing: a file where the folder should be does.)
. "$SRCDIR/tests/e2e/round_lib.sh"

sessions="$XDG_DATA_HOME/rucksack/sessions"
mkdir -p "$XDG_DATA_HOME/rucksack"
block() {
	if [ "$(id -u)" = 0 ]; then rm -rf "$sessions"; : >"$sessions"
	else mkdir -p "$sessions"; chmod 500 "$sessions"; fi
}
unblock() {
	if [ "$(id -u)" = 0 ]; then rm -f "$sessions"; mkdir -m 700 "$sessions"
	else chmod 700 "$sessions"; fi
}

# Retry once the folder can be written.
block
rl_start 80 24 run --flow "$RL_FLOW" --people "'$RL_PEOPLE'" --seed 7
rl_wait "NOT SAVED"
# The keys that help come first, whole, at 80 and at 40 columns; why is said once.
rl_wait "NOT SAVED · r retry · s save elsewhere"
rl_wait "kept in memory: a file is where a folder should be"
rl_wait "Not saved · r retry · s save elsewhere"		# the key line too
rl_screen | grep -q "Not a directory\|NOT SAVED: Not saved" && rl_fail "repeated wording"
rl_resize 40 12
rl_wait "NOT SAVED · r retry · s save elsewhere"
rl_wait "a file is where a folder should be"
rl_resize 80 24
rl_keys "$K_NEXT"; rl_wait "Presenting the work"
rl_keys "$K_CAPTURE"; rl_wait "Reflection"
rl_type "kept in memory: Zoë"; rl_keys "$K_DONE"; rl_wait "Not saved"
rl_wait "NOT SAVED"
rl_keys "$K_RETRY"; rl_wait "Not saved"			# still blocked: still says so
unblock
rl_keys "$K_RETRY"; rl_wait "everything is on the disk now"; rl_gone "NOT SAVED"
rl_keys "$K_QUIT"; rl_wait "Leave the round?"; rl_keys "$K_YES"; rl_wait "EXITED-0"
id=$(rl_session_id)
[ -n "$id" ] || rl_fail "no journal after retrying"
"$RUCKSACK" --decks "$RL_DECKS" export "$id" | grep -qF "kept in memory: Zoë" ||
	rl_fail "reflection lost after retrying"

# Save elsewhere while the folder stays blocked.
block
rl_start 80 24 run --flow "$RL_FLOW" --people "'$RL_PEOPLE'" --seed 8
rl_wait "NOT SAVED"
rl_keys "$K_NOTE"; rl_wait "Note"
rl_type "saved elsewhere: 李明"; rl_keys "$K_DONE"; rl_wait "NOT SAVED"
rl_keys s; rl_wait "Save elsewhere"
rl_type "$TMPDIR/elsewhere"; rl_keys Enter
rl_wait "Saved in"; rl_gone "NOT SAVED"
rl_keys "$K_QUIT"; rl_wait "Leave the round?"; rl_keys "$K_YES"; rl_wait "EXITED-0"
journal=$(ls "$TMPDIR"/elsewhere/*.jsonl) || rl_fail "nothing saved elsewhere"
"$RUCKSACK" --decks "$RL_DECKS" export "$journal" | grep -qF "saved elsewhere: 李明" ||
	rl_fail "note lost saving elsewhere"
unblock
echo ok
