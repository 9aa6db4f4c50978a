#!/bin/sh
# A whole Bells that Ring round at 80x24, 40x12 and 200x60: four people (one
# name in Latin with a diaeresis, one in CJK), a note in the untimed-capture
# phase, reflections typed in every capture phase (one in Arabic, one in
# Greek, one in CJK), through every phase to the end.  Each time the exported
# transcript must match tests/e2e/expected/bells.md once times, dates and ids
# are normalised: the seed is fixed, so the cards dealt are too.
. "$SRCDIR/tests/e2e/round_lib.sh"

bells_at() {
	export XDG_DATA_HOME="$TMPDIR/data-$1x$2"
	rl_start "$1" "$2" run --flow "$RL_FLOW" --people "'$RL_PEOPLE'" --seed 7 --facilitator Fay
	rl_wait "Roles and ground rules"
	rl_gone "Reflection"			# capture none: nothing asked for
	rl_wait "Nothing to write"
	rl_keys "$K_NOTE"; rl_wait "Note"
	rl_type "Confidentiality agreed."; rl_keys "$K_DONE"; rl_wait "Note saved"

	rl_keys "$K_NEXT"; rl_wait "Presenting the work"	# capture one
	rl_reflect "How do we keep Zoë's voice in the plan?"
	rl_keys "$K_NEXT"; rl_wait "Interview"
	rl_reflect "Asked about the school's view; circular questions."
	rl_keys "$K_NEXT"; rl_wait "Reflecting conversation"	# capture each: the one observer
	rl_reflect "ما الذي لفت انتباهي: الصمت."
	rl_wait "Spoken: all 1"
	rl_keys "$K_NEXT"; rl_wait "Back to the presenter"
	rl_reflect "The silence fitted; the timeline did not."
	rl_keys "$K_NEXT"; rl_wait "Action planning"
	rl_reflect "Ring the school (Ana), family meeting (Ben)."
	rl_keys "$K_NEXT"; rl_wait "How the round went"	# capture each: all four
	for text in "Ana: calmer than expected." "Zoë: Η διαδικασία βοήθησε." \
		    "李明: 我学到了很多。" "Ben: more time to reflect."; do
		rl_reflect "$text"
	done
	rl_wait "Spoken: all 4"
	rl_keys "$K_NEXT"; rl_wait "last phase"		# never past the end
	rl_keys "$K_END"; rl_wait "End the round?"; rl_keys "$K_YES"
	rl_wait "Transcript written"
	rl_keys "$K_QUIT"; rl_wait "EXITED-0"
	rl_stop

	id=$(rl_session_id)
	[ -n "$id" ] || rl_fail "no journal at $1x$2"
	[ -f "$XDG_DATA_HOME/rucksack/sessions/$id.md" ] || rl_fail "no transcript next to the journal"
	"$RUCKSACK" sessions | grep -F "$id" | grep -qi unfinished && rl_fail "round still unfinished"
	got="$TMPDIR/bells-$1x$2.md"
	"$RUCKSACK" --decks "$RL_DECKS" export "$id" --format md | rl_normalise >"$got" ||
		rl_fail "export failed"
	diff -u "$SRCDIR/tests/e2e/expected/bells.md" "$got" || rl_fail "transcript differs at $1x$2"
	# the transcript written at the end says the same as the export
	rl_normalise <"$XDG_DATA_HOME/rucksack/sessions/$id.md" | diff -u "$got" - ||
		rl_fail "the transcript written at the end differs from the export"
}
bells_at 80 24
bells_at 40 12
bells_at 200 60
echo ok
