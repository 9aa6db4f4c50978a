#!/bin/sh
# The right type with another subtype is half right, and is shown and counted
# as such everywhere: "½ Right type, other subtype" (not ✗, not ✓); the header
# counts it as a type right and a subtype missed; it comes back like a miss;
# the summary, the progress screen and `rucksack stats` count the same.
. "$SRCDIR/tests/e2e/practice_lib.sh"

pr_start 80 24 --deck graces-drill --seed 5 -n 4
ui_wait "$PR_ASK"
ui_wait "Question 1 of 4"
half=0 asked=0 sub=0
while :; do
	q=$(pr_question)
	set -- $(pr_answer_of "$q")
	asked=$((asked + 1))
	[ "$2" = 0 ] || sub=$((sub + 1))
	if [ "$half" = 0 ] && [ "$2" != 0 ]; then
		pr_answer half
		half=$asked
		joined=$(ui_screen | sed 's/^ *//' | tr '\n' ' ')
		case "$joined" in
		*"It is $(pr_suit_title "$1"): "*"; you said $(pr_suit_title "$1"): "*) ;;
		*) ui_fail "the feedback does not name the right and the given subtype" ;;
		esac
		ui_wait "This one comes back later in this run"
		[ "$asked" = 1 ] && s="type" || s="types"
		ui_wait "so far $asked of $asked $s right, $((sub - 1)) of $sub subtype"
		ui_screen | grep -q "Not quite" && ui_fail "a half-right answer said Not quite"
	else
		pr_answer right
	fi
	ui_keys Enter
	what=$(ui_wait_any "$PR_ASK" "Score:") || ui_fail "neither a question nor the summary"
	[ "$what" = "Score:" ] && break
done
[ "$half" != 0 ] || ui_fail "no question with subtypes in the run"
[ "$asked" = 5 ] || ui_fail "asked $asked questions, not 4 and the half-right one again"

# The summary: every type right, one subtype missed, counted beside its type.
ui_wait "Score: 5 of 5 types right (100%)"
ui_wait "Subtypes: $((sub - 1)) of $sub right"
ui_screen | grep -qE "[█░]+ +[0-9]+/[0-9]+ +100%   subtypes [0-9]+/[0-9]+" ||
	ui_fail "no subtypes beside a type's bar"
ui_keys p; ui_wait "Your progress"
ui_wait "Overall: 5 of 5 types right (100%); $((sub - 1)) of $sub subtypes right"
ui_keys q; ui_wait "Score:"; ui_keys q; ui_wait "EXITED-0"

"$RUCKSACK" stats --deck graces-drill > "$TMPDIR/stats.txt"
grep -qF "Overall: 5 of 5 types right (100%); $((sub - 1)) of $sub subtypes right" \
	"$TMPDIR/stats.txt" || ui_fail "rucksack stats: $(cat "$TMPDIR/stats.txt")"
echo ok
