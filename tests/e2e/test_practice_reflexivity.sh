#!/bin/sh
# Name it on the stock reflexivity deck, at 80x24 with a fixed seed: each
# question is answered with its suit's initial (r or s) and its card's
# number, as decks/reflexivity.json has them; every answer is marked right,
# the feedback names the card, and the summary scores types and subtypes.
. "$SRCDIR/tests/e2e/practice_lib.sh"

# rx_answer_of TEXT: "initial number title" of the example whose question
# starts with TEXT (the first line on screen), looked up in the deck itself.
rx_answer_of() {
	/usr/bin/python3 - "$SRCDIR/decks/reflexivity.json" "$1" <<'PY'
import json, sys
deck = json.load(open(sys.argv[1], encoding="utf-8"))
shown = " ".join(sys.argv[2].split())
for c in deck["cards"]:
    mates = [m["id"] for m in deck["cards"] if m["suit"] == c["suit"]]
    for e in c["examples"]:
        if " ".join(e["text"].split()).startswith(shown):
            print(c["suit"][0], mates.index(c["id"]) + 1, c["title"])
            sys.exit(0)
sys.exit(1)
PY
}

pr_start 80 24 --deck reflexivity --seed 14 -n 3
ui_wait "$PR_ASK"
ui_wait "Question 1 of 3"
ui_wait "r R"
asked=0
while :; do
	q=$(pr_question)
	ans=$(rx_answer_of "$q") || ui_fail "a question not in the reflexivity deck: '$q'"
	set -- $ans
	key=$1 nth=$2; shift 2
	ui_keys "$key"; ui_wait "which one?"; ui_keys "$nth"
	ui_wait "✓ Right"
	ui_wait "$*"
	asked=$((asked + 1))
	ui_keys Enter
	what=$(ui_wait_any "$PR_ASK" "Score:") || ui_fail "neither a question nor the summary"
	[ "$what" = "Score:" ] && break
done
[ "$asked" = 3 ] || ui_fail "asked $asked questions, not 3"
ui_wait "Score: 3 of 3 types right (100%)"
ui_wait "Subtypes: 3 of 3 right (100%)"
ui_keys q; ui_wait "EXITED-0"
ui_tty_restored
[ "$(pr_journal_answers)" = 3 ] || ui_fail "the journal does not hold 3 answers"
echo ok
