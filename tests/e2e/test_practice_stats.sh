#!/bin/sh
# Stats after two runs of graces-drill: the second run starts with the
# question missed in the first (spacing across runs); `rucksack stats` and
# the progress screen (home → Practise alone → Your progress, and p from a
# run's summary) show the same numbers for each suit, in the deck's order.
. "$SRCDIR/tests/e2e/practice_lib.sh"

# run N SEED MISS: a run of N questions; the first is missed when MISS is 1.
run() {
	pr_start 80 24 --deck graces-drill --seed "$2" -n "$1"
	ui_wait "$PR_ASK"
	first=$(pr_question)
	if [ "$3" = 1 ]; then pr_answer wrong; else pr_answer right; fi
	while :; do
		ui_keys Enter
		what=$(ui_wait_any "$PR_ASK" "Score:") || ui_fail "neither question nor summary"
		[ "$what" = "Score:" ] && break
		pr_answer right
	done
}

run 3 1 1	# 4 answers, 3 right: the missed one is asked again
missed=$first
ui_keys q; ui_wait "EXITED-0"
run 4 2 0	# 4 answers, all right
[ "$first" = "$missed" ] || ui_fail "the second run began with '$first', not the missed '$missed'"
ui_keys p; ui_wait "Your progress"
ui_wait "Overall: 7 of 8 types right (87%)"
ui_keys q; ui_wait "Score:"; ui_keys q; ui_wait "EXITED-0"

cli=$("$RUCKSACK" --decks "$PR_FIXTURES" stats --deck graces-drill)
printf '%s\n' "$cli" | grep -qF "Overall: 7 of 8 types right (87%)" || ui_fail "stats: $cli"

# The progress screen from the home screen: a bar for every row of the table.
ui_start 80 24 -- --decks "$PR_FIXTURES"
pr_home_practice; ui_wait "Deck: Tomm's question types"	# the default
ui_keys d; ui_wait "Deck: GRACES drill (test fixture)"
ui_keys Down Down; ui_wait "Accuracy per type per week"
ui_keys Enter; ui_wait "Your progress · GRACES drill (test fixture)"
ui_wait "Overall: 7 of 8 types right (87%)"
week=$(printf '%s\n' "$cli" | sed -n '2s/ .*//p')
ui_wait "Week $week"
rows=$(printf '%s\n' "$cli" | sed -n '/^20[0-9][0-9]-W/p')
[ -n "$rows" ] || ui_fail "no rows in rucksack stats"
printf '%s\n' "$rows" | while read -r wk suit asked right pct sub; do
	title=$(pr_suit_title "$suit" | cut -c1-15)
	subs=""; [ "$sub" = - ] || subs="   subtypes $sub"
	ui_screen | grep -qE "$title.* [█░]+ +$right/$asked +$pct$subs\$" ||
		ui_fail "no bar '$title ... $right/$asked $pct$subs' on the progress screen"
done || exit 1
# Both in the deck's order (g r a c e s), as the run's summary has them.
suits=$(printf '%s\n' "$rows" | awk '{ printf "%s ", $2 }')
deck_order=""
for s in g r a c e s; do
	case " $suits" in *" $s "*) deck_order="$deck_order$s " ;; esac
done
[ "$suits" = "$deck_order" ] || ui_fail "rucksack stats: '$suits', not in the deck's order"
last=0
for s in $suits; do
	at=$(ui_screen | grep -nF "$(pr_suit_title "$s" | cut -c1-15)" | head -n 1 | cut -d: -f1)
	[ "${at:-0}" -gt "$last" ] || ui_fail "the progress screen has $s out of the deck's order"
	last=$at
done
ui_keys q; ui_wait "Deck: GRACES"; ui_keys q; ui_wait "Practise alone"
ui_keys q; ui_wait "EXITED-0"
echo ok
