"""The Name it drill on reflexivity is fair, as test_tomm_examples.py keeps
it on tomm-questions: every example is an object with a neutral context (who
asks whom, and when) and a why; no context holds a word that names or defines
a suit or card of the deck, so the answer is never given away before it is
asked; every suit keeps enough examples and every card some."""
import json
import os
import re
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
failures = []
passed = 0


def check(name, ok, detail=""):
    global passed
    if ok:
        passed += 1
    else:
        failures.append(f"{name}: {detail}")


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

with open(os.path.join(ROOT, "decks", "reflexivity.json"), encoding="utf-8") as f:
    deck = json.load(f)

pattern = re.compile(r"\b(" + "|".join(re.escape(w) for w in GIVEAWAY) + ")", re.I)
per_suit = {}
for c in deck["cards"]:
    examples = c.get("examples", [])
    check(f"{c['id']}: at least {MIN_PER_CARD} examples", len(examples) >= MIN_PER_CARD,
          f"only {len(examples)}")
    for i, e in enumerate(examples):
        where = f"{c['id']}/examples[{i}]"
        check(f"{where}: an object", isinstance(e, dict), repr(e)[:60])
        if not isinstance(e, dict):
            continue
        ctx = e.get("context", "")
        check(f"{where}: has a context", ctx.strip() != "", "")
        check(f"{where}: has a why", e.get("why", "").strip() != "", "")
        check(f"{where}: the text holds no bracketed context",
              not e.get("text", "").lstrip().startswith("["), e.get("text", "")[:40])
        m = pattern.search(ctx)
        check(f"{where}: context gives nothing away", m is None,
              f"{m.group(0)!r} in {ctx!r}" if m else "")
        per_suit[c["suit"]] = per_suit.get(c["suit"], 0) + 1

for suit in (s["id"] for s in deck["suits"]):
    check(f"{suit}: at least {MIN_PER_SUIT} examples", per_suit.get(suit, 0) >= MIN_PER_SUIT,
          f"only {per_suit.get(suit, 0)}")

# The giveaway check itself catches what it should, and lets a plain context by.
for bad in ("to a mother, checking how the visit is going", "a worker, to herself, after a visit",
            "a supervisor, about their relationship", "to a father, about his own childhood",
            "to a worker, on her position in the case"):
    check(f"the giveaway list catches {bad!r}", pattern.search(bad) is not None, "")
for fine in ("to a mother, at a first home visit", "a supervisor to a worker, in supervision",
             "a worker, before a core group meeting"):
    check(f"the giveaway list lets {fine!r} by", pattern.search(fine) is None, "")

for line in failures:
    print("FAIL", line)
print(f"reflexivity examples: {passed} passed, {len(failures)} failed")
sys.exit(1 if failures else 0)
