#!/bin/sh
# From the home screen: Start a round lists the flows with their length, the
# setup screen takes five people (UTF-8, one added with a stray blank, one
# twice by mistake), reorders, removes, swaps two seats (kept through a later
# removal and addition), leaves the optional systemic mentor empty although
# there are people enough (o seats the selected person as mentor, again as
# process observer, again back), takes a seed and
# the facilitator's name, and starts: the phase screen shows those seats, and
# the interview (which deals the mentor a card) deals nothing to nobody.
# The key line leads with adding people, then with starting.
. "$SRCDIR/tests/e2e/round_lib.sh"

rl_start 80 24
rl_wait "Start a round"
rl_keys Enter; rl_wait "Bells that Ring · 52 min · 7 phases"; rl_wait "A round of group supervision"
rl_keys Enter; rl_wait "New round · Bells that Ring"; rl_wait "needs at least 4 people"
# the key line: adding people leads until there are enough, then starting
rl_screen | tail -n 1 | grep -qE "^ *a add  y apologies" || rl_fail "setup key line: $(rl_screen | tail -n 1)"
rl_keys a; rl_wait "Add people"
rl_type "Ana, Zoë ,李明,Ben,Dee,Ana"; rl_keys Enter
rl_wait "already present"; rl_wait "5.  Dee"
rl_keys '?'; rl_wait "Keys on this screen"; rl_keys Escape; rl_gone "Keys on this screen"
rl_screen | tail -n 1 | grep -qE "^ *Enter start  a add  m fit time  C case  y apologies  \\? help  q back" ||
	rl_fail "setup key line once it can start: $(rl_screen | tail -n 1)"
rl_wait "Systemic mentor: (optional, empty)"	# never filled by the group's size
rl_wait "Process observer: (optional, empty)"
rl_keys K; rl_wait "4.  Dee"			# Dee up one
rl_keys o; rl_wait "Systemic mentor: Dee"; rl_wait "Dee seated as Systemic mentor"
rl_keys o; rl_wait "Process observer: Dee"; rl_wait "Systemic mentor: (optional, empty)"
rl_keys o; rl_wait "Process observer: (optional, empty)"
rl_wait "Observer (reflecting team): Dee, Ben"
rl_keys g w j w; rl_wait "Swapped Ana and Zoë"	# w: s is save elsewhere
rl_wait "Presenter: Zoë"; rl_wait "Consultant (interviewer): Ana"
rl_keys G x; rl_gone "5.  Ben"			# remove Ben: the swap stays (QA F1)
rl_wait "Removed Ben."; rl_wait "Presenter: Zoë"
rl_keys a; rl_wait "Add people"; rl_type "Ben"; rl_keys Enter; rl_wait "5.  Ben"
rl_wait "Presenter: Zoë"; rl_wait "Observer (reflecting team): Dee, Ben"	# a late arrival observes
rl_screen | grep -qF "Seats redone" && rl_fail "seats redone by adding a late arrival"
rl_keys d; rl_wait "Seed"; rl_type "7"; rl_keys Enter; rl_wait "Seed: 7"
rl_keys f; rl_wait "Facilitator"; rl_type "Fay"; rl_keys Enter; rl_wait "Facilitator: Fay"
rl_keys Enter; rl_wait "Roles and ground rules"; rl_wait "Round started"
rl_wait "Systemic mentor: (optional, empty)"
rl_keys Right Right; rl_wait "Interview"
rl_keys G; rl_wait "Cards"
rl_screen | grep -q "Systemic ideas" && rl_fail "a card dealt to an empty role"
rl_keys "$K_QUIT"; rl_wait "Leave the round?"; rl_keys "$K_YES"
rl_wait "Browse decks"				# back on the home screen
rl_wait "Resume a round"			# the round left can be resumed
rl_keys q; rl_wait "EXITED-0"
id=$(rl_session_id)
"$RUCKSACK" --decks "$RL_DECKS" export "$id" | grep -qF "Facilitator: Fay" || rl_fail "facilitator lost"
echo ok
