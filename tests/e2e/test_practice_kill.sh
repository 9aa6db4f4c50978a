#!/bin/sh
# kill -9 in the middle of a run loses no recorded answer and no written
# question: naming, killed on the fourth question after three answers (one
# wrong); writing, killed while comparing, before the second question was
# marked.  Starting again reads the journal and goes on.
. "$SRCDIR/tests/e2e/practice_lib.sh"

pr_start 80 24 --deck graces-drill --seed 7 -n 8
ui_wait "$PR_ASK"
pr_answer wrong
for i in 2 3; do
	ui_keys Enter; ui_wait "Question $i of"; ui_wait "$PR_ASK"; pr_answer right
done
ui_keys Enter; ui_wait "Question 4 of"
ui_wait "so far 2 of 3 types right, 2 of 2 subtypes"
pid=$(ui_pid) || ui_fail "no rucksack process"
kill -9 "$pid"
ui_wait "EXITED-137"
[ "$(pr_journal_answers)" = 3 ] || ui_fail "$(pr_journal_answers) answers kept, not 3"
"$RUCKSACK" stats --deck graces-drill | grep -qF "Overall: 2 of 3 types right (66%); 2 of 2 subtypes right (100%)" ||
	ui_fail "stats after the kill"

# Writing: one question marked, one not, then killed.
pr_start 80 24 --mode write --seed 3 -n 2
ui_wait "Exercise 1 of 2"
ui_keys Enter Enter; ui_wait "Step 3 of 6 · Write your questions"
ui_keys w; ui_wait "Write a question of this type"
ui_type "Kept before the kill — ¿sí? 🐢"; ui_keys C-s; ui_wait "Kept: question 1"
ui_keys w; ui_wait "Write a question of this type"
ui_type "Not marked yet"; ui_keys C-s; ui_wait "Kept: question 2"
ui_keys c; ui_wait "▸ ? Kept before"; ui_keys o; ui_wait "✓ Kept before"
kill -9 "$(ui_pid)"
ui_wait "EXITED-137"
out=$("$RUCKSACK" --decks "$UI_DECKS" practice --export)
printf '%s\n' "$out" | grep -A2 -F "> Kept before the kill — ¿sí? 🐢" | grep -qF "**On target.**" ||
	ui_fail "the marked question or its mark was lost: $out"
printf '%s\n' "$out" | grep -A2 -F "> Not marked yet" | grep -qF "*Not marked.*" ||
	ui_fail "the unmarked question was lost: $out"

# A torn last line (a write cut short) is dropped and the next run goes on.
printf '{"v":1,"type":"answer","ts":17' >>"$XDG_DATA_HOME/rucksack/practice/journal.jsonl"
pr_start 80 24 --deck graces-drill --seed 7 -n 1
ui_wait "$PR_ASK"
pr_answer right
ui_keys Enter; ui_wait "Score: 1 of 1 types right (100%)"
ui_keys q; ui_wait "EXITED-0"
[ "$(pr_journal_answers)" = 4 ] || ui_fail "$(pr_journal_answers) answers after the torn line, not 4"
echo ok
