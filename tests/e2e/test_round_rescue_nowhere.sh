#!/bin/sh
# Issue 10, 4: when the journal cannot be written and leaving must rescue,
# the user's own runtime folder ($XDG_RUNTIME_DIR/rucksack-rescue, which no
# one else can make first) is tried before $TMPDIR; and when every rescue
# folder refuses (the temporary one made first by another user), the
# changes are said to be lost, place by place, and the exit status is 1.
# (As root, folder modes stop nothing: a file in the place of a folder does;
# the folder made first by another user is one chowned to nobody, which
# needs root: run as another user, that case uses a folder open to others.)
. "$SRCDIR/tests/e2e/round_lib.sh"

sessions="$XDG_DATA_HOME/rucksack/sessions"
mkdir -p "$XDG_DATA_HOME/rucksack" "$HOME" "$TMPDIR/run"
chmod 700 "$TMPDIR/run"
: >"$sessions"; : >"$XDG_DATA_HOME/rucksack/rescue"; : >"$HOME/rucksack-rescue"
export XDG_RUNTIME_DIR="$TMPDIR/run"

leave_with_note() { # NOTE SEED
	rl_start 100 24 run --flow "$RL_FLOW" --people "'$RL_PEOPLE'" --seed "$2"
	rl_wait "NOT SAVED"
	rl_keys "$K_NOTE"; rl_wait "Note"
	rl_type "$1"; rl_keys "$K_DONE"; rl_wait "Not saved"
	rl_keys "$K_QUIT"; rl_wait "Leave with changes not saved?"; rl_keys "$K_YES"
}

leave_with_note "kept in the runtime folder" 8
rl_wait "EXITED-0"
rl_wait "all of it is in a rescue copy"
grep -qF "kept in the runtime folder" "$TMPDIR/run/rucksack-rescue"/*.jsonl ||
	rl_fail "not rescued to \$XDG_RUNTIME_DIR/rucksack-rescue"
[ -e "$TMPDIR/rucksack-rescue-$(id -u)" ] && rl_fail "the temporary folder used first"

# Nowhere: the runtime folder blocked, the temporary one another's.
rm -rf "$TMPDIR/run/rucksack-rescue"; : >"$TMPDIR/run/rucksack-rescue"
tmp="$TMPDIR/rucksack-rescue-$(id -u)"
mkdir "$tmp"
if [ "$(id -u)" = 0 ] && id nobody >/dev/null 2>&1; then
	chown nobody "$tmp"; chmod 700 "$tmp"
else
	echo "not root: the folder made first by another user is skipped; one open to others instead"
	chmod 777 "$tmp"
fi
leave_with_note "lost for want of a folder" 9
rl_wait "EXITED-1"
screen=$(tmux -L "$RL_SOCK" capture-pane -p -J -t t)
printf '%s\n' "$screen" | grep -q "NOT SAVED: [0-9]* changes to round .* could not be written anywhere .* and are lost" ||
	rl_fail "the loss not said"
printf '%s\n' "$screen" | grep -qF "  $tmp: not used for a rescue" || rl_fail "the temporary folder's refusal not said"
[ -z "$(ls -A "$tmp")" ] || rl_fail "written into a folder of another user"
rl_stop
echo ok
