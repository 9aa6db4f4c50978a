#!/bin/sh
# A whole reflective case discussion at 80x24, and the record it leaves,
# against golden files (tests/e2e/golden/rcd.*; see the README there).
# Started with rucksack run (people, seed, facilitator, case and question);
# the time fitted to 45 minutes is set up on the setup screen instead, so
# this goes through setup: four people (one name in CJK, one with a
# diaeresis), the case and question, the fit.  In the round: a late arrival
# during the dilemma (a discussion member, dealt a grace card on arrival),
# the optional clarifying step passed over, members picked out of order in
# the discussion (one twice), someone leaving, a minute added, an action
# picked from those present and one typed, a text given to someone else
# after saving, the end, a reopen, an action and a note added after the end,
# and the end again.
. "$SRCDIR/tests/e2e/round_lib.sh"

rl_start 80 24
rl_wait "Start a round"
rl_keys Enter; rl_wait "Reflective case discussion · 60 min"
n=0	# down the list until its description shows: selected (other flows come and go)
until rl_screen | grep -qF "Gillian Ruch's reflective case discussion"; do
	n=$((n + 1)); [ $n -gt 9 ] && rl_fail "no reflective case discussion in the list"
	rl_keys Down; sleep 0.2
done
rl_keys Enter; rl_wait "New round · Reflective case discussion"
rl_keys a; rl_wait "Add people"
rl_type "Ana Silva, Ben Cole, Zoë Brandt, 李明"; rl_keys Enter; rl_wait "4.  李明"
rl_keys f; rl_wait "Facilitator"; rl_type "Fay Kerr"; rl_keys Enter; rl_wait "Facilitator: Fay Kerr"
rl_keys d; rl_wait "Seed"; rl_type "3"; rl_keys Enter; rl_wait "Seed: 3"
rl_keys C; rl_wait "The case and the question"
rl_type "K (9), ref 1180"; rl_keys Tab; rl_type "Am I too close to this family?"; rl_keys Enter
rl_wait "Case: K (9), ref 1180"
rl_keys m; rl_wait "Fit the time"; rl_type "45"; rl_keys Enter; rl_wait "Fitted to 45 min"
rl_keys Enter; rl_wait "Settling in"; rl_wait "Round started"

rl_keys "$K_NOTE"; rl_wait "Note"
rl_type "Phones away; Ana presents today."; rl_keys "$K_DONE"; rl_wait "Note saved"
rl_keys "$K_NEXT"; rl_wait "The dilemma"
rl_keys L; rl_wait "Late arrival"; rl_type "Eve Marsh"; rl_keys Enter; rl_wait "Eve Marsh joined (saved)"
rl_reflect "K (9) is sleeping at her nan's most nights; mum says it is fine."
rl_keys "$K_NEXT"; rl_wait "Clarifying questions (optional)"
rl_keys "$K_NEXT"; rl_wait "Discussion, presenter silent"
rl_wait "not yet: 2 Ben Cole, 3 Zoë Brandt, 4 李明, 5 Eve Marsh"
rl_reflect_by 4 "李明" "外婆家是不是她的安全地方？"
rl_reflect_by 5 "Eve Marsh" "What would mum lose if the nan's were named as the plan?"
rl_reflect_by 4 "李明" "And who speaks for K in the meetings?"
rl_reflect_by 3 "Zoë Brandt" "Closeness is not the problem; being the only one close is."
rl_keys O; rl_wait "Who has left"; rl_type "2"; rl_keys Enter; rl_wait "Ben Cole has left (saved)"
rl_keys "$K_PAUSE"; rl_wait "paused"
rl_keys "$K_MINUTE"; rl_wait "A minute more"

rl_keys "$K_NEXT"; rl_wait "The presenter returns"
rl_reflect "The only-one-close point struck a chord."
rl_keys "$K_NEXT"; rl_wait "Whole-group discussion"
rl_action "Ask mum and nan together who K can call" "Ana Silva" "before the review"
rl_action "Share the plan with the school nurse" "School nurse" "this week"
rl_keys "$K_NEXT"; rl_wait "Reviewing the model"
rl_reflect "The silence was hard and useful."
# it was Eve who said it: given to her after saving (↓ to the last item, the
# second action; ↑ twice, the text just saved)
rl_keys j j j j j j j j j j j j j j j j j j j j k k A; rl_wait "Give the selected text to"
rl_type "5"; rl_keys Enter; rl_wait "Author changed (saved)"
rl_keys "$K_END"; rl_wait "End the round? It is at phase 7 of 7."; rl_keys "$K_YES"
rl_wait "Transcript written"
rl_keys R; rl_wait "Reopen the round"; rl_keys "$K_YES"; rl_wait "Reopened"
rl_action "Book the review" "Fay Kerr" "Monday"
rl_keys "$K_NOTE"; rl_wait "Note"; rl_type "Ana asked for the review to be booked."; rl_keys "$K_DONE"
rl_wait "saved"
rl_keys "$K_END"; rl_wait "End the round?"; rl_keys "$K_YES"; rl_wait "Transcript written"
rl_keys "$K_QUIT"; rl_wait "Start a round"; rl_keys q; rl_wait "EXITED-0"
rl_golden_round rcd
echo ok
