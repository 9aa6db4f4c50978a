#!/bin/sh
# A whole Bells that Ring round at 80x24: four people (one name in Latin with a
# diaeresis, one in CJK), reflections typed in every capture phase (one in
# Arabic, one in Greek), a note, through every phase to the end; the exported
# transcript must match tests/e2e/expected/bells.md once times, dates and ids
# are normalised.  The seed is fixed, so the cards dealt are too.
. "$SRCDIR/tests/e2e/round_lib.sh"

rl_start 80 24 run --flow "$RL_FLOW" --people "'$RL_PEOPLE'" --seed 7 --facilitator Fay
rl_wait "Roles"
rl_gone "Reflection"			# capture none: no capture prompt
rl_keys "$K_NOTE"; rl_wait "Note"
rl_type "Confidentiality agreed."; rl_keys "$K_DONE"; rl_wait "saved"

rl_keys "$K_NEXT"; rl_wait "Present"	# capture one
rl_reflect "How do we keep Zoë's voice in the plan?"
rl_keys "$K_NEXT"; rl_wait "Interview"
rl_reflect "Asked about the school's view; circular questions."
rl_keys "$K_NEXT"; rl_wait "Reflect"	# capture each: the one observer
rl_reflect "ما الذي لفت انتباهي: الصمت."
rl_keys "$K_NEXT"; rl_wait "stood out"	# presenter-response
rl_reflect "The silence fitted; the timeline did not."
rl_keys "$K_NEXT"; rl_wait "next step"	# action
rl_reflect "Ring the school (Ana), family meeting (Ben)."
rl_keys "$K_NEXT"; rl_wait "voice was loudest"	# process: each of the four
for text in "Ana: calmer than expected." "Zoë: Η διαδικασία βοήθησε." \
	    "李明: 我学到了很多。" "Ben: more time to reflect."; do
	rl_reflect "$text"
done
rl_keys "$K_END"; rl_wait "End"; rl_keys "$K_YES"
rl_wait "Transcript"
rl_keys "$K_QUIT"; rl_wait "EXITED-0"

id=$(rl_session_id)
[ -n "$id" ] || rl_fail "no journal"
"$RUCKSACK" sessions | grep -F "$id" | grep -qi unfinished && rl_fail "round still unfinished"
got="$TMPDIR/bells.md"
"$RUCKSACK" --decks "$RL_DECKS" export "$id" --format md | rl_normalise >"$got" ||
	rl_fail "export failed"
diff -u "$SRCDIR/tests/e2e/expected/bells.md" "$got" || rl_fail "transcript differs"
echo ok
