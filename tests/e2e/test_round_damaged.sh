#!/bin/sh
# A round whose journal is damaged in the middle cannot be resumed: start-up
# does not offer it, the resume list marks it DAMAGED and names FILE:LINE and
# what to do, and Enter on it only says so.  A round that can be resumed is
# offered at start-up as before, the damaged one listed beside it.
. "$SRCDIR/tests/e2e/round_lib.sh"

rl_start 80 24 run --flow "$RL_FLOW" --people "'$RL_PEOPLE'" --seed 7
rl_wait "Roles and ground rules"
rl_keys "$K_NEXT"; rl_wait "Presenting the work"
rl_keys "$K_QUIT"; rl_wait "Leave the round?"; rl_keys "$K_YES"; rl_wait "EXITED-0"
id=$(rl_session_id)
journal="$XDG_DATA_HOME/rucksack/sessions/$id.jsonl"
sed -i '3s/^/XX/' "$journal"			# a damaged line in the middle

rl_start 80 24
rl_wait "Start a round"; rl_wait "Resume a round"	# home, not the resume list
rl_screen | grep -qF "Unfinished rounds" && rl_fail "a damaged round offered at start-up"
for k in Down Down Down; do rl_keys $k; done
rl_wait "Carry on with a round"; rl_keys Enter
rl_wait "DAMAGED · "; rl_wait "line 3 is damaged"
rl_wait "$id.jsonl:3:"; rl_wait "Mend or delete that line"
rl_keys Enter; rl_wait "Cannot be resumed: "
rl_screen | grep -qF "Presenting the work" && rl_fail "a damaged round opened"
rl_keys q; rl_wait "Browse decks"; rl_keys q; rl_wait "EXITED-0"

rl_start 40 12 run --flow "$RL_FLOW" --people "'Eve,Fay,Gil,Hal'"
rl_wait "Roles and"
rl_keys "$K_QUIT"; rl_wait "Leave the round?"; rl_keys "$K_YES"; rl_wait "EXITED-0"
rl_start 40 12
rl_wait "Unfinished rounds"			# offered: one can be resumed
rl_wait "Eve, Fay, Gil, Hal"; rl_wait "↓ more"
rl_keys G; rl_wait "DAMAGED · "; rl_wait "Cannot be resumed:"	# the damaged one, marked
rl_keys g; rl_wait "Eve, Fay, Gil, Hal"; rl_keys Enter; rl_wait "Roles and"
rl_keys "$K_QUIT"; rl_wait "Leave the round?"; rl_keys "$K_YES"
rl_wait "Browse decks"; rl_keys q; rl_wait "EXITED-0"
echo ok
