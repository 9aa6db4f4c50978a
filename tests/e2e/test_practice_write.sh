#!/bin/sh
# A whole "write it" run at 80x24 through the stock flow solo-practice (stock
# decks, fixed seed), two exercises: each of the flow's six steps with its
# title, guidance, prompts and suggested time; back and forth between steps;
# questions typed with accents, CJK and emoji, one of them on two lines; the
# card's examples beside them; marks; wrong keys; a resize mid-way; Name it
# from the drill step and a note there; the end screen; every question, mark
# and note in the Markdown export.
. "$SRCDIR/tests/e2e/practice_lib.sh"

Q1="Wenn Zoë morgen nicht käme — wer würde es zuerst merken?"
Q1s="Wenn Zoë morgen"	# its start, on the first line in a narrow column
Q2="如果妈妈知道了，会发生什么？ 🙂"
Q3="Who would be most surprised"
Q3b="if she stayed?"
N1="Mixed up strategic and reflexive — twice 🙈"

pr_start 80 24 --mode write --seed 11 -n 2
ui_wait "Step 1 of 6 · Read the vignette"
ui_wait "suggested 2 min · "
ui_wait "Exercise 1 of 2"
ui_wait "Read the vignette you have been dealt"		# the phase's guidance
ui_wait "• Who is in this situation, and who is only at its edges?"	# its prompts
ui_wait "Vignette: "
vig=$(ui_grab 'Vignette: .*' | sed 's/^Vignette: //; s/ *$//')
ui_keys w; ui_wait "Enter: next step · ←: back · Esc: leave"	# nothing to write here

ui_keys Enter; ui_wait "Step 2 of 6 · Draw a question type"
ui_wait "suggested 1 min · "
ui_wait "The question type dealt"
card=$(ui_screen | sed -n '/The question type dealt/{n;p;}' | sed 's/^ *//; s/ *$//')
[ -n "$card" ] || ui_fail "no card title under the heading"
ui_keys Left; ui_wait "Step 1 of 6"; ui_wait "Vignette: $vig"
ui_keys Right; ui_wait "Step 2 of 6"

ui_keys Enter; ui_wait "Step 3 of 6 · Write your questions"
ui_wait "suggested 6 min · "
ui_wait "Write questions of this type"; ui_wait "$card"
ui_wait "Write two or three questions of the type on your card"
ui_keys o; ui_wait "w: write a question · c: compare · Enter: next step"
ui_keys c; ui_wait "w: write a question · c: compare"	# nothing to compare yet
ui_keys w; ui_wait "Write a question of this type: $card"
ui_type "$Q1"; ui_keys C-s; ui_wait "Kept: question 1"
ui_wait "Your questions"; ui_wait "• $Q1"
ui_keys w; ui_wait "0 / 20000 characters"
ui_keys C-s; ui_wait "Type a question first"	# an empty question is not kept
ui_type "$Q2"; ui_keys C-s; ui_wait "Kept: question 2"

ui_keys c; ui_wait "Step 4 of 6 · Check them"; ui_wait "suggested 3 min · "
ui_wait "0 on target · 0 not yet · 2 to mark"
ui_wait "The card: $card"; ui_wait "Examples"
ui_wait "▸ ? $Q1s"
ui_keys o; ui_wait "✓ $Q1s"; ui_wait "▸ ? $Q2"	# on to the next to mark
ui_keys z; ui_wait "↑↓: choose a question · o: on target · x: not yet"
ui_resize 100 30; ui_wait "▸ ? $Q2"
ui_resize 60 20; ui_wait "▸ ? $Q2"; ui_wait "Step 4 of 6"	# one column now
ui_resize 80 24; ui_wait "▸ ? $Q2"
ui_keys x; ui_wait "… $Q2"
ui_wait "1 on target · 1 not yet · 0 to mark"
ui_keys Up; ui_wait "▸ ✓ $Q1s"; ui_keys x; ui_wait "… $Q1s"	# marks can change

ui_keys Enter; ui_wait "Step 5 of 6 · Name the type"; ui_wait "suggested 8 min · "
ui_wait "Sort ten example questions by type"
ui_wait "d: name the type of example questions now · w: write a note"
ui_keys d; ui_wait "$PR_ASK"; ui_wait "Question 1 of 10"
ui_keys q; ui_wait "Step 5 of 6 · Name the type"	# nothing answered: straight back
ui_keys w; ui_wait "Note · Name the type"
ui_type "$N1"; ui_keys C-s; ui_wait "Kept: note 1"
ui_wait "Your notes"; ui_wait "• $N1"

ui_keys Enter; ui_wait "Step 6 of 6 · Notice your stance"; ui_wait "suggested 2 min · "
ui_wait "Which stance felt most natural today"
ui_wait "w: write a note · Enter: the next exercise"
ui_keys Enter; ui_wait "Exercise 2 of 2"; ui_wait "Step 1 of 6"
ui_gone "$Q1s"
ui_keys Enter Enter; ui_wait "Step 3 of 6"
ui_keys w; ui_wait "Write a question of this type"
ui_type "$Q3"; ui_keys Enter; ui_type "$Q3b"; ui_keys C-s; ui_wait "Kept: question 1"
ui_keys c; ui_wait "$Q3"; ui_keys o; ui_wait "✓ $Q3"
ui_keys Enter; ui_wait "Step 5 of 6"
ui_keys Enter; ui_wait "Step 6 of 6"; ui_wait "w: write a note · Enter: finish"
ui_keys Enter; ui_wait "The run is over"
ui_wait "You wrote 3 questions in 2 exercises: 1 on target, 2 not yet."
ui_wait "And 1 note."
ui_wait "rucksack practice --export"
ui_keys Enter; ui_wait "EXITED-0"

out=$("$RUCKSACK" --decks "$UI_DECKS" practice --export) || ui_fail "export failed"
printf '%s\n' "$out" | grep -qF "> $Q1" || ui_fail "export lacks question 1"
printf '%s\n' "$out" | grep -qF "> $Q2" || ui_fail "export lacks question 2"
printf '%s\n' "$out" | grep -qF "> $Q3" || ui_fail "export lacks question 3"
printf '%s\n' "$out" | grep -qF "> $Q3b" || ui_fail "export lacks question 3's second line"
[ "$(printf '%s\n' "$out" | grep -c '^\*\*Not yet\.\*\*$')" = 2 ] || ui_fail "not 2 'not yet'"
[ "$(printf '%s\n' "$out" | grep -c '^\*\*On target\.\*\*$')" = 1 ] || ui_fail "not 1 'on target'"
printf '%s\n' "$out" | grep -qF "· $card · $vig" || ui_fail "export lacks the card's and vignette's titles"
printf '%s\n' "$out" | grep -qF '*Note at “Name the type” (step `drill` of flow `solo-practice`):*' ||
	ui_fail "export lacks the note's step"
printf '%s\n' "$out" | grep -qF "> $N1" || ui_fail "export lacks the note"
"$RUCKSACK" --decks "$UI_DECKS" practice --export -o "$TMPDIR/log.md" || ui_fail "export -o"
[ "$(stat -c %a "$TMPDIR/log.md")" = 600 ] || ui_fail "export -o not 0600"
echo ok
