#!/bin/sh
# Write it through a champion's own solo flow (tests/data/practice-solo):
# its scenes come from another deck and one suit of it, its question types
# from the GRACES drill, its phases have ids and titles of their own, a step
# comes before the scene, the scene takes a note, one step is untimed, and
# the drill is offered at its last step.  Then the same flow from Practise
# alone with the GRACES drill chosen, and with --suit.
. "$SRCDIR/tests/e2e/practice_lib.sh"
SOLO="--decks $PR_FIXTURES --decks $SRCDIR/tests/data/practice-solo"

N0="Nobody mentions Mira's father — ¿dónde está?"
Q1="Who in your family first said 'our kind of school'?"
N2="Class came in through the word 'kind' 🤔"

ui_start 80 24 -- $SOLO practice --flow graces-solo --seed 5
ui_wait "Write it · GRACES solo practice (test fixture)"
ui_wait "Step 1 of 6 · Settle in"; ui_wait "suggested 1 min · "
ui_wait "Leave the last visit behind before you start."
ui_keys w; ui_wait "Enter: next step · ←: back · Esc: leave"	# no note here

ui_keys Enter; ui_wait "Step 2 of 6 · Meet the family"; ui_wait "suggested 3 min · "
ui_wait "• Who is missing from this scene?"
scene=$(ui_wait_any "Vignette: School gates" "Vignette: Playground fight") ||
	ui_fail "the scene is not one of the suit dealt"
scene=${scene#Vignette: }
ui_keys w; ui_wait "Note · Meet the family"
ui_type "$N0"; ui_keys C-s; ui_wait "Kept: note 1"; ui_wait "• $N0"

ui_keys Enter; ui_wait "Step 3 of 6 · Take up a lens"
ui_screen | sed -n 2p | grep -qF "suggested" && ui_fail "an untimed step shows a time"
ui_wait "The question type dealt"
card=$(ui_screen | sed -n '/The question type dealt/{n;p;}' | sed 's/^ *//; s/ *$//')
[ -n "$card" ] || ui_fail "no card under the heading"
grep -qF "\"title\": \"$card\"" "$PR_FIXTURES/graces-drill.json" ||
	ui_fail "'$card' is not a card of the GRACES drill"

ui_keys Enter; ui_wait "Step 4 of 6 · Draft through the lens"; ui_wait "suggested 5 min · "
ui_wait "Write questions of this type"; ui_wait "Vignette: $scene"
ui_keys w; ui_wait "Write a question of this type: $card"
ui_type "$Q1"; ui_keys C-s; ui_wait "Kept: question 1"

ui_keys Enter; ui_wait "Step 5 of 6 · Review against the lens"
ui_wait "Does each question bring the aspect"
ui_wait "The card: $card"; ui_wait "▸ ? Who in your family"
ui_keys o; ui_wait "✓ Who in your family"

ui_keys Enter; ui_wait "Step 6 of 6 · What the lens showed"
ui_wait "d: name the type of example questions now · w: write a note · Enter: finish"
ui_keys d; ui_wait "Name it · GRACES drill (test fixture)"; ui_wait "$PR_ASK"
pr_answer right
ui_keys q; ui_wait "Score: "; ui_keys q
ui_wait "Step 6 of 6 · What the lens showed"	# back where it was
ui_keys w; ui_wait "Note · What the lens showed"
ui_type "$N2"; ui_keys C-s; ui_wait "Kept: note 2"
ui_keys Enter; ui_wait "The run is over"
ui_wait "You wrote 1 question in 1 exercise: 1 on target, 0 not yet."
ui_wait "And 2 notes."
ui_keys Enter; ui_wait "EXITED-0"

[ "$(pr_journal_answers)" = 1 ] || ui_fail "the answer in Name it was not kept"
out=$("$RUCKSACK" $SOLO practice --export) || ui_fail "export failed"
printf '%s\n' "$out" | grep -qF "· $card · $scene" || ui_fail "export lacks the card and scene: $out"
printf '%s\n' "$out" | grep -qF "vignette \`" || ui_fail "export lacks the ids"
printf '%s\n' "$out" | grep -qF "of \`family-scenes\`" || ui_fail "export lacks the scene deck: $out"
printf '%s\n' "$out" | grep -qF '*Note at “Meet the family” (step `meet` of flow `graces-solo`):*' ||
	ui_fail "export lacks the scene's note: $out"
printf '%s\n' "$out" | grep -qF '(step `reflect` of flow `graces-solo`)' ||
	ui_fail "export lacks the last step's note: $out"
printf '%s\n' "$out" | grep -qF "> $N0" || ui_fail "export lacks note 1"
printf '%s\n' "$out" | grep -qF "> $N2" || ui_fail "export lacks note 2"
printf '%s\n' "$out" | grep -A2 -F "> $Q1" | grep -qF "**On target.**" || ui_fail "export lacks the question"

# Practise alone: with the GRACES drill chosen, Write it walks the champion's flow.
ui_start 80 24 -- $SOLO
pr_home_practice
k=0
until ui_screen | grep -qF "Deck: GRACES drill"; do
	k=$((k + 1)); [ $k -gt 9 ] && ui_fail "no GRACES deck"
	before=$(ui_screen); ui_keys d; t=$((UI_WAIT * 10))
	while [ "$(ui_screen)" = "$before" ] && [ $t -gt 0 ]; do sleep 0.1; t=$((t - 1)); done
done
ui_keys Down; ui_wait "GRACES solo practice (test fixture)."
ui_keys Enter; ui_wait "Step 1 of 6 · Settle in"
ui_keys q; ui_wait "Deck: GRACES drill"	# nothing written: back to the menu
ui_keys q q; ui_wait "EXITED-0"

# --suit keeps the question types to one suit of the flow's deck.
ui_start 80 24 -- $SOLO practice --flow graces-solo --suit r --seed 2
ui_wait "Step 1 of 6"; ui_keys Enter Enter; ui_wait "Step 3 of 6 · Take up a lens"
ui_wait "R: race, religion"
ui_keys Escape; ui_wait "EXITED-0"
echo ok
