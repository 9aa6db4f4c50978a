#!/bin/sh
# Name it teaches, on the fixture deck borders (tests/data/drill-teach): a
# wrong answer shows the example's why and how the two suits differ on their
# facets; an answer naming a card the example also accepts is right (✓, in
# the score, the journal and `rucksack stats`), and says why the border is
# blurred; the summary names the facet that tells the most confused pair apart.
UI_DECKS="$SRCDIR/tests/data/drill-teach"
. "$SRCDIR/tests/e2e/lib.sh"
ASK="What type of question is it?"

ui_start 90 40 -- practice --deck borders --seed 4 -n 4
ui_wait "$ASK"
asked=0 seen_wrong=0 seen_also=0
while :; do
	q=$(ui_grab '“[^”]*')
	asked=$((asked + 1))
	case "$q" in
	*"hit whom"*)
		if [ $seen_wrong = 0 ]; then
			# Lineal taken for circular: the why and the facet contrast.
			ui_keys c; ui_wait "which one?"; ui_keys 2
			ui_wait "✗ Not quite"
			ui_wait "Why: It looks for one cause of one event."
			ui_wait "Same intent (orienting); on assumptions, Lineal is lineal"
			seen_wrong=1
		else
			ui_keys l; ui_wait "✓ Right: Lineal."
		fi ;;
	*"most surprised"*)
		# Filed under circular, and also accepted as reflexive (one card: no subtype asked).
		ui_keys r
		ui_wait "✓ Right: Reflexive is accepted here"
		ui_wait "Why: It maps differences between people"
		ui_wait "Same assumptions (circular); on intent, Circular is orienting"
		ui_wait "Accepted: this example sits on the border"
		seen_also=1 ;;
	*"sister do"*) ui_keys c; ui_wait "which one?"; ui_keys 2; ui_wait "✓ Right" ;;
	*"calmer in a year"*) ui_keys r; ui_wait "✓ Right" ;;
	*) ui_fail "a question not in borders: '$q'" ;;
	esac
	ui_keys Enter
	what=$(ui_wait_any "$ASK" "Score:") || ui_fail "neither a question nor the summary"
	[ "$what" = "Score:" ] && break
done
[ $seen_wrong = 1 ] || ui_fail "the lineal question was never answered wrong"
[ $seen_also = 1 ] || ui_fail "the border question was never asked"
[ $asked = 5 ] || ui_fail "asked $asked questions, not 4 and the one missed"
ui_wait "Score: 4 of 5 types right (80%)"
ui_wait "Lineal and Circular, most often taken for one another, differ on"
ui_wait "(Lineal: lineal, Circular: circular)."
ui_keys q; ui_wait "EXITED-0"
ui_tty_restored

journal="$XDG_DATA_HOME/rucksack/practice/journal.jsonl"
grep -q '"card":"circ-diff","given_suit":"reflexive",.*"suit_ok":true,"card_ok":true,.*"named":"rx-future","also":true' "$journal" ||
	ui_fail "the journal does not record the also answer as right, naming rx-future"
"$RUCKSACK" --decks "$UI_DECKS" stats --deck borders | grep -qF "Overall: 4 of 5 types right (80%)" ||
	ui_fail "rucksack stats does not count the also answer right"
echo ok
