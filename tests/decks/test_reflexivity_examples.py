"""The Name it drill on reflexivity is fair, as test_tomm_examples.py keeps
it on tomm-questions: every example is an object with a neutral context (who
asks whom, and when) and a why; no context holds a word that names or defines
a suit or card of the deck, so the answer is never given away before it is
asked; every suit keeps enough examples and every card some."""
import sys

from decklib import check, check_example, check_giveaway_list, giveaway_pattern, load_deck, report

# Words that define a suit or card (Burnham 1993, 2005; this deck's cards),
# each matched at the start of a word, any case.  "Supervision" is left out
# on purpose: both suits are asked there.
GIVEAWAY = [
    # the suits and what sets them apart
    "reflex", "relational", "self", "yourself", "herself", "himself", "themselves",
    "inward", "alone", "privately", "out loud", "aloud", "together", "between",
    "conversation", "talk", "chat", "relationship", "own",
    # the relational cards
    "going", "progress", "check", "useful", "help", "steer", "prefer", "manner", "style",
    "pace", "earlier", "previous", "past", "last", "differen", "alike", "likeness",
    "graces",
    # the self cards
    "feel", "stir", "react", "respon", "emotion", "story", "history", "upbring",
    "position", "power", "role", "authority", "stand", "pattern", "part", "sequence",
    "contribut",
]
MIN_PER_SUIT = 10
MIN_PER_CARD = 3

deck = load_deck("reflexivity")
pattern = giveaway_pattern(GIVEAWAY)
per_suit = {}
for c in deck["cards"]:
    examples = c.get("examples", [])
    check(f"{c['id']}: at least {MIN_PER_CARD} examples", len(examples) >= MIN_PER_CARD,
          f"only {len(examples)}")
    for i, e in enumerate(examples):
        where = f"{c['id']}/examples[{i}]"
        if check_example(where, e, pattern) is None:
            continue
        per_suit[c["suit"]] = per_suit.get(c["suit"], 0) + 1

for suit in (s["id"] for s in deck["suits"]):
    check(f"{suit}: at least {MIN_PER_SUIT} examples", per_suit.get(suit, 0) >= MIN_PER_SUIT,
          f"only {per_suit.get(suit, 0)}")

check_giveaway_list(pattern,
                    ("to a mother, checking how the visit is going",
                     "a worker, to herself, after a visit",
                     "a supervisor, about their relationship",
                     "to a father, about his own childhood",
                     "to a worker, on her position in the case"),
                    ("to a mother, at a first home visit",
                     "a supervisor to a worker, in supervision",
                     "a worker, before a core group meeting"))
sys.exit(report("reflexivity examples"))
