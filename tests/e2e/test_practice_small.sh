#!/bin/sh
# Practice at 40x12: a short naming run (the keys wrap, the screen scrolls to
# the question), a resize below 40x12 and back in the middle of an answer,
# and writing a question there through the solo flow's steps; nothing is
# lost on the way.
. "$SRCDIR/tests/e2e/practice_lib.sh"

pr_start 40 12 --deck graces-drill --seed 2 -n 2
ui_wait "$PR_ASK"
ui_wait "1/g G: gender"
ui_keys Down Down Down Down Down Down; ui_wait "6/s S: sexuality"
ui_resize 30 8; ui_wait "larger"
ui_keys 1; ui_resize 40 12; ui_wait "$PR_ASK"	# no key acts while too small
[ "$(pr_journal_answers)" = 0 ] || ui_fail "a key acted on a screen too small to see"
ui_keys g; ui_wait "which one?"
ui_resize 200 60; ui_wait "3  Generation"
ui_resize 40 12; ui_wait "which one?"
ui_keys 1; what=$(ui_wait_any "✓ Right" "✗ Not quite") || ui_fail "no feedback"
ui_keys Enter; ui_wait "$PR_ASK"
ui_keys q; ui_wait "Score: "; ui_wait "Accuracy per type"
ui_keys q; ui_wait "EXITED-0"
[ "$(pr_journal_answers)" = 1 ] || ui_fail "the answer was not kept"

pr_start 40 12 --mode write --seed 4 -n 1
ui_wait "1/6 · Read the vignette"	# the step, shortened to fit, and its clock
ui_wait " left"
ui_keys Enter Enter; ui_wait "3/6 · Write your questio…"	# cut to leave room for the clock
ui_wait "Write questions of this type"	# the type first, above the guidance
ui_keys w; ui_wait "characters"
ui_type "Ça va? 你好 👋🏽 كيف"; ui_resize 30 8; ui_wait "larger"
ui_resize 40 12; ui_wait "Ça va? 你好"
ui_keys C-s; ui_wait "Kept: question 1"
ui_keys c; ui_wait "Step 4 of 6 · Check them"; ui_wait "▸ ? Ça va?"
n=0	# page down to the card's examples, below the questions in one column
until ui_screen | grep -qF "Examples"; do
	n=$((n + 1)); [ $n -gt 9 ] && ui_fail "no examples below the questions"
	before=$(ui_screen); ui_keys PageDown
	t=$((UI_WAIT * 10))	# until the page has moved
	while [ "$(ui_screen)" = "$before" ] && [ $t -gt 0 ]; do sleep 0.1; t=$((t - 1)); done
done
ui_keys o; ui_wait "✓ Ça va?"	# marked, and in view again
ui_keys q; ui_wait "The run is over"	# leaving after writing: what was written
ui_keys q; ui_wait "EXITED-0"
"$RUCKSACK" --decks "$UI_DECKS" practice --export | grep -qF "> Ça va? 你好 👋🏽 كيف" ||
	ui_fail "the question typed at 40x12 was not kept whole"
echo ok
