#!/bin/sh
# The same round in two windows (QA F25): while window 1 has it open,
# window 2's `rucksack resume ID` is refused naming window 1's pid, its
# start-up does not offer the round, and its resume list marks it OPEN
# ELSEWHERE and will not open it.  Once window 1 has left the round,
# window 2 resumes it and finds window 1's note.
. "$SRCDIR/tests/e2e/round_lib.sh"

rl_start 80 24 run --flow "$RL_FLOW" --people "'$RL_PEOPLE'" --seed 7
rl_wait "Roles and ground rules"
rl_keys "$K_QUIT"; rl_wait "Leave the round?"; rl_keys "$K_YES"; rl_wait "EXITED-0"
id=$(rl_session_id)

rl_start 80 24 resume "$id"		# window 1
rl_wait "Roles and ground rules"
W1=$RL_SOCK
pid1=$(rl_pid)
[ -n "$pid1" ] || rl_fail "no rucksack in window 1"
trap 'tmux -L "$W1" kill-server 2>/dev/null; rl_stop' EXIT

# joined: the pane's text with wrapped lines joined again
joined() { tmux -L "$RL_SOCK" capture-pane -p -J -t t 2>/dev/null; }

RL_SOCK=none				# rl_start stops the current server: not window 1
rl_start 80 24 resume "$id"		# window 2
rl_wait "EXITED-1"
joined | grep -qF "this round is open in another window (pid $pid1); carry on there, or close it there first" ||
	rl_fail "window 2's resume not refused as open elsewhere"

rl_start 80 24				# window 2, at start-up
rl_wait "Start a round"; rl_wait "Resume a round"
rl_screen | grep -qF "Unfinished rounds" && rl_fail "a round open elsewhere offered at start-up"
for k in Down Down Down; do rl_keys $k; done
rl_wait "Carry on with a round"; rl_keys Enter
rl_wait "OPEN ELSEWHERE · "
rl_wait "Cannot be resumed here: it is open in another window (pid $pid1). Carry on"
rl_keys Enter; rl_wait "Cannot be resumed here"
rl_screen | grep -qF "Roles and ground rules" && rl_fail "window 2 opened the round"
rl_keys q; rl_wait "Browse decks"

W2=$RL_SOCK
RL_SOCK=$W1				# window 1 writes, then leaves the round
rl_keys "$K_NOTE"; rl_wait "Note"
rl_type "from window one"; rl_keys "$K_DONE"; rl_wait "saved"
rl_keys "$K_QUIT"; rl_wait "Leave the round?"; rl_keys "$K_YES"; rl_wait "EXITED-0"

RL_SOCK=$W2				# window 2 may now carry on
for k in Home Down Down Down; do rl_keys $k; done
rl_wait "Carry on with a round"; rl_keys Enter
rl_wait "Unfinished rounds"
rl_screen | grep -qF "OPEN ELSEWHERE" && rl_fail "still marked open elsewhere"
rl_keys Enter; rl_wait "Roles and ground rules"; rl_wait "from window one"
rl_keys "$K_QUIT"; rl_wait "Leave the round?"; rl_keys "$K_YES"
rl_wait "Browse decks"; rl_keys q; rl_wait "EXITED-0"
echo ok
