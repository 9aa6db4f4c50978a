#!/bin/sh
# Who is here: at setup a name differing only in accents and case from one
# present is refused, and apologies are recorded (m); during the round a late
# arrival joins (L) and someone leaves (O).  After kill -9 and resume both
# are still there, and the exported transcript lists who was present (with
# the times they joined or left) and the apologies; anonymised, it names none
# of them.  The facilitator's name is remembered for the next setup, in a
# file of its own under ~/.config/rucksack (mode 0600); a bad line in it is
# named and ignored.  The next setup starts from the same group with P and
# shows who presented when, proposing who presented longest ago (or never).
. "$SRCDIR/tests/e2e/round_lib.sh"

rl_new_bells "Ana, Zoë, Chi, Ben" "4.  Ben"
rl_keys a; rl_wait "Add people"
rl_type "zoe"; rl_keys Enter; rl_wait "add a surname or an initial"
rl_keys Escape; rl_gone "Add people"
rl_keys y; rl_wait "Apologies"
rl_type "Dana Flynn, Eve"; rl_keys Enter; rl_wait "Apologies (y): Dana Flynn, Eve"
rl_keys y; rl_wait "Expected but absent"
rl_type "Eve"; rl_keys Enter; rl_wait "Apologies (y): Dana Flynn"	# typed again: off
rl_gone "Eve"
rl_keys f; rl_wait "Facilitator"; rl_type "Fay"; rl_keys Enter; rl_wait "Facilitator: Fay"
rl_keys Enter; rl_wait "Roles and ground rules"; rl_wait "Round started"
rl_keys L; rl_wait "Late arrival"
rl_type "Marek Nowak"; rl_keys Enter; rl_wait "Marek Nowak joined (saved)"
rl_keys O; rl_wait "Who has left"
rl_type "ben"; rl_keys Enter; rl_wait "Ben has left (saved)"

pid=$(rl_pid) || rl_fail "no rucksack process"
kill -9 "$pid"
rl_wait "EXITED-137"
rl_stop
id=$(rl_session_id)
[ -n "$id" ] || rl_fail "no journal written"

rl_start 80 24 resume
rl_wait "Roles and ground rules"
rl_keys O; rl_wait "Who has left"
rl_type "Ben"; rl_keys Enter; rl_wait "already gone"	# the leave survived the kill
rl_keys Escape; rl_gone "Who has left"
rl_keys "$K_QUIT"; rl_wait "Leave the round?"; rl_keys "$K_YES"
rl_wait "EXITED-0"
rl_stop

md=$("$RUCKSACK" --decks "$RL_DECKS" export "$id") || rl_fail "export failed"
echo "$md" | rl_normalise | grep -qF -- "- Present: Ana (Presenter), Zoë (Consultant, interviewer), Chi (Action planner), Ben (Observer, reflecting team, left HH:MM), Marek Nowak (Observer, reflecting team, joined HH:MM)" ||
	{ echo "$md" | sed -n 1,14p; rl_fail "no Present line with the joined and left times"; }
echo "$md" | grep -qxF -- "- Apologies: Dana Flynn" || rl_fail "no apologies in the transcript"
anon=$("$RUCKSACK" --decks "$RL_DECKS" export --anonymise "$id" 2>/dev/null) || rl_fail "anonymised export failed"
echo "$anon" | grep -qxF -- "- Apologies: A1" || rl_fail "apologies not anonymised"
echo "$anon" | grep -qE "Dana|Flynn|Marek|Nowak" && rl_fail "a name left in the anonymised transcript"
json=$("$RUCKSACK" --decks "$RL_DECKS" export --format json "$id") || rl_fail "json export failed"
echo "$json" | grep -qF '"apologies":["Dana Flynn"]' || echo "$json" | grep -qF '"Dana Flynn"' ||
	rl_fail "no apologies in the JSON"
echo "$json" | grep -qF '"left_at"' || rl_fail "no attendance in the JSON"

conf="$HOME/.config/rucksack/setup"
[ "$(stat -c %a "$conf")" = 600 ] || rl_fail "the remembered name is not mode 0600"
[ "$(stat -c %a "${conf%/setup}")" = 700 ] || rl_fail "its folder is not mode 0700"
printf 'gibberish\n' >>"$conf"
rl_start 80 24
rl_wait "Resume a round"; rl_keys q	# the start-up offer of the round left
rl_wait "Start a round"
rl_keys Enter; rl_wait "Bells that Ring"
rl_keys Enter; rl_wait "Facilitator: Fay"
rl_wait "setup:3: not understood"
rl_keys P; rl_wait "The same group as on"	# the earlier round's people, the late arrival too
rl_wait "5.  Marek Nowak"
rl_wait "presented longest ago: Zoë"; rl_wait "never presented"
rl_screen | grep -F "1.  Ana" | grep -qF "presented $(date +%-d)" || rl_fail "Ana's last presenting not shown"
rl_keys q q; rl_keys q; rl_wait "EXITED-0"
exit 0
