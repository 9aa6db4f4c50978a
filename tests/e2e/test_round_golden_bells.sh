#!/bin/sh
# A whole Bells that Ring round at 80x24, as a facilitator runs one, and the
# record it leaves, against golden files (tests/e2e/golden/bells.*; see the
# README there for what is normalised and how to regenerate them).
# Setup: four people, apologies, the facilitator, the case and question, a
# fixed seed, the time fitted to 45 minutes.  In the round: a note, a late
# arrival dealt their card on arrival, a minute taken off the interview, the
# presenter answering in the consultant's turn (picked by number), observers
# picked out of order (one speaks twice), a kill -9 and a resume, the late
# arrival leaving and coming back, the presenter's response credited to her,
# two actions (one picked from those present, one typed), the end, a reopen,
# an addendum and the end again.
. "$SRCDIR/tests/e2e/round_lib.sh"

rl_new_bells "Priya Shah, Tom Reed, Grace Obi, Oluwaseun Adé" "4.  Oluwaseun Adé"
rl_keys y; rl_wait "Apologies"; rl_type "Dana Flynn"; rl_keys Enter; rl_wait "Apologies (y): Dana Flynn"
rl_keys f; rl_wait "Facilitator"; rl_type "Sam Okafor"; rl_keys Enter; rl_wait "Facilitator: Sam Okafor"
rl_keys d; rl_wait "Seed"; rl_type "7"; rl_keys Enter; rl_wait "Seed: 7"
rl_keys C; rl_wait "The case and the question"
rl_type "J (7), CIN, ref 4471"; rl_keys Tab
rl_type "How do I hold the worry about J without losing Ms K?"; rl_keys Enter
rl_wait "Case: J (7), CIN, ref 4471"
rl_keys m; rl_wait "Fit the time"; rl_type "45"; rl_keys Enter
rl_wait "Fitted to 45 min: 3 · 7 · 13 · 9 · 4 · 4 · 5"
rl_keys Enter; rl_wait "Roles and ground rules"; rl_wait "Round started"

rl_keys "$K_NOTE"; rl_wait "Note"
rl_type "Ground rules agreed; initials only."; rl_keys "$K_DONE"; rl_wait "Note saved"
rl_keys "$K_NEXT"; rl_wait "Presenting the work"
rl_keys L; rl_wait "Late arrival"; rl_type "Marek Nowak"; rl_keys Enter
rl_wait "Marek Nowak joined (saved)"
rl_wait "Marek Nowak, Observer (reflecting team): Voiced / unvoiced"	# dealt on arrival
rl_reflect "J (7) and Ms K, third referral this year about neglect."

rl_keys "$K_NEXT"; rl_wait "Interview"
rl_keys "$K_PAUSE"; rl_wait "paused"
rl_keys -; rl_wait "A minute less"
rl_reflect "If J could wave a wand, what would be different at home next week?"
rl_reflect_by 1 "Priya Shah" "J worries about mum being sad."	# she answers in his turn

rl_keys "$K_NEXT"; rl_wait "Reflecting conversation"
rl_wait "not yet: 4 Oluwaseun Adé, 5 Marek Nowak"
rl_reflect_by 5 "Marek Nowak" "Ms K's church is her support, and nobody has asked about it."
rl_reflect_by 4 "Oluwaseun Adé" "The plan is all about mum; dad is invisible."
rl_reflect_by 4 "Oluwaseun Adé" "Is the team's worry also our fear of getting it wrong again?"	# again: twice in a row
rl_wait "Spoken: all 2"

pid=$(rl_pid) || rl_fail "no rucksack process"
kill -9 "$pid"
rl_wait "EXITED-137"
rl_start 80 24 resume
rl_wait "Reflecting conversation"; rl_wait "Spoken: all 2"

rl_keys "$K_NEXT"; rl_wait "Back to the presenter"
rl_keys O; rl_wait "Who has left"; rl_type "Marek Nowak"; rl_keys Enter
rl_wait "Marek Nowak has left (saved)"
rl_reflect_by 1 "Priya Shah" "The dad point jarred; I have never asked Ms K about him."

rl_keys "$K_NEXT"; rl_wait "Action planning"
rl_keys L; rl_wait "Late arrival"; rl_type "marek nowak"; rl_keys Enter
rl_wait "Marek Nowak is back (saved)"
rl_reflect "Two experiments and one safety check."
rl_keys a; rl_wait "An action agreed"
rl_type "Check J's attendance with the class teacher"; rl_keys Enter
rl_keys C-t; rl_wait "Priya Shah"; rl_keys Enter			# picked from those present
rl_type "Friday 5 Dec"; rl_keys Enter; rl_wait "Action added"
rl_action "Offer to invite Ms K's church contact" "Dr Khan" "next CIN meeting"	# typed: not in the room
rl_wait "Actions agreed: 2"

rl_keys "$K_NEXT"; rl_wait "How the round went"
rl_reflect_by 5 "Marek Nowak" "Good pace; would like more time for reflecting."
rl_reflect_by 3 "Grace Obi" "We talked over Marek once."
rl_keys "$K_END"; rl_wait "End the round? It is at phase 7 of 7."; rl_keys "$K_YES"
rl_wait "Transcript written"
rl_keys R; rl_wait "Reopen the round"; rl_keys "$K_YES"; rl_wait "Reopened"
rl_keys "$K_NOTE"; rl_wait "Note"
rl_type "Priya confirmed the school check is booked."; rl_keys "$K_DONE"; rl_wait "saved"
rl_keys "$K_END"; rl_wait "End the round?"; rl_keys "$K_YES"; rl_wait "Transcript written"
rl_keys "$K_QUIT"; rl_wait "EXITED-0"			# resumed: no home screen to go back to
rl_golden_round bells
echo ok
