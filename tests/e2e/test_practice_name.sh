#!/bin/sh
# A whole "name it" run at 80x24 on a drill that is not Tomm's (graces-drill,
# six suits, subtypes), with a fixed seed: the first question is answered
# wrong and must come back later in the run; wrong keys only say which keys
# work; Backspace goes back from the subtype; the summary's numbers follow
# from the answers given; `rucksack stats` agrees with them.
. "$SRCDIR/tests/e2e/practice_lib.sh"

pr_start 80 24 --deck graces-drill --seed 5 -n 6
ui_wait "$PR_ASK"
ui_wait "Question 1 of 6"
ui_wait "1/g G: gender"

# Wrong keys: a letter that is no suit's, a digit past the suits, a function key.
for k in z 9 F5; do
	ui_keys "$k"; ui_wait "Keys 1–6 or g r a c e s name the type"
	ui_keys '?'; ui_wait "Keys on this screen (Name it)"; ui_keys Escape; ui_wait "$PR_ASK"
done
ui_wait "Question 1 of 6"

first=$(pr_question)
set -- $(pr_answer_of "$first")
right_suit=$1
# Into the subtype and back out again: nothing is recorded by that.
ui_keys a; ui_wait "A: age, ability: which one?"
ui_keys 7; ui_wait "Keys 1–2 name the subtype"
ui_keys BSpace; ui_wait "$PR_ASK"
pr_answer wrong
ui_wait "It is $(pr_suit_title "$right_suit")"
ui_wait "This one comes back later in this run"
ui_keys x; ui_wait "Enter or n: the next question"
[ "$(pr_journal_answers)" = 1 ] || ui_fail "the wrong answer is not in the journal"

came_back=0 right=0 sub=0 asked=1 rs_asked=1
while :; do
	ui_keys Enter
	what=$(ui_wait_any "$PR_ASK" "Score:") || ui_fail "neither a question nor the summary"
	[ "$what" = "Score:" ] && break
	q=$(pr_question)
	[ "$q" = "$first" ] && came_back=$((came_back + 1))
	set -- $(pr_answer_of "$q")
	[ "$2" = 0 ] || sub=$((sub + 1))
	[ "$1" = "$right_suit" ] && rs_asked=$((rs_asked + 1))
	pr_answer right
	right=$((right + 1)) asked=$((asked + 1))
done
[ "$came_back" = 1 ] || ui_fail "the missed question came back $came_back times, not once"
[ "$asked" = 7 ] || ui_fail "asked $asked questions, not 6 and the one missed"

wrong_title=$(pr_suit_title g)
[ "$right_suit" = g ] && wrong_title=$(pr_suit_title r)
ui_wait "Score: 6 of 7 types right (85%)"
ui_wait "Subtypes: $sub of $sub right"
ui_wait "$(pr_suit_title "$right_suit") taken for $wrong_title: 1 time"
pct=$(( (rs_asked - 1) * 100 / rs_asked ))
ui_screen | grep -qE "$(pr_suit_title "$right_suit" | cut -c1-12).* [█░]+ +$((rs_asked - 1))/$rs_asked +$pct%" ||
	ui_fail "no $((rs_asked - 1))/$rs_asked bar for the suit missed once"
ui_wait "Rows: the right type; columns: the type you gave."
ui_keys q; ui_wait "EXITED-0"
ui_tty_restored

[ "$(pr_journal_answers)" = 7 ] || ui_fail "the journal does not hold 7 answers"
"$RUCKSACK" stats --deck graces-drill | grep -qF "Overall: 6 of 7 types right (85%); $sub of $sub subtypes right (100%)" ||
	ui_fail "rucksack stats disagrees with the summary"
echo ok
