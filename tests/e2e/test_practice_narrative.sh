#!/bin/sh
# Name it on the stock narrative deck at 120x30 with a fixed seed: the five
# kinds of narrative question are the types, each with its initial; every
# question shows its context and, once answered right by its suit and card,
# its why; the summary scores all three; the journal keeps them under the
# narrative deck.
. "$SRCDIR/tests/e2e/practice_lib.sh"

# narrative_answer TEXT: "suit-initial card-number why-start" of the example
# whose question begins with TEXT (card-number 0: its suit has one card).
narrative_answer() {
	/usr/bin/python3 - "$SRCDIR/decks/narrative.json" "$1" <<'PY'
import json, sys
deck = json.load(open(sys.argv[1], encoding="utf-8"))
for c in deck["cards"]:
    mates = [m["id"] for m in deck["cards"] if m["suit"] == c["suit"]]
    for e in c["examples"]:
        if e["text"].startswith(sys.argv[2].strip()):
            n = mates.index(c["id"]) + 1 if len(mates) > 1 else 0
            print(c["suit"][0], n, " ".join(e["why"].split()[:4]))
            sys.exit(0)
sys.exit(1)
PY
}

pr_start 120 30 --deck narrative --seed 11 -n 3
ui_wait "$PR_ASK"
ui_wait "1/e Externalising"; ui_wait "2/d Double listening"; ui_wait "3/u Unique outcomes"
ui_wait "4/r Re-authoring"; ui_wait "5/t Thin and thick descriptions"
asked=0
while :; do
	what=$(ui_wait_any "$PR_ASK" "Score:") || ui_fail "neither a question nor the summary"
	[ "$what" = "Score:" ] && break
	q=$(pr_question)
	set -- $(narrative_answer "$q") || ui_fail "a question not in the narrative deck: '$q'"
	suit=$1 card=$2; shift 2; why="$*"
	ui_keys "$suit"
	[ "$card" = 0 ] || { ui_wait "which one?"; ui_keys "$card"; }
	ui_wait "✓ Right"; ui_wait "$why"
	asked=$((asked + 1))
	ui_keys Enter
done
[ "$asked" = 3 ] || ui_fail "asked $asked questions, not 3"
ui_wait "Score: 3 of 3 types right (100%)"
ui_keys q; ui_wait "EXITED-0"
ui_tty_restored
[ "$(pr_journal_answers)" = 3 ] || ui_fail "the journal does not hold 3 answers"
"$RUCKSACK" stats --deck narrative | grep -qF "Overall: 3 of 3 types right (100%)" ||
	ui_fail "rucksack stats does not count the narrative answers"
echo ok
