"""The Name it drill on tomm-questions is fair: every example is an object
with a neutral context (who is asked, and when) and a why; no context holds
a word that names or defines a type or subtype, so the answer is never given
away before it is asked; every type keeps at least 15 examples and every
subtype some; an example's also names another card of the deck, and its why
says why the border is blurred (it names the other card's kind)."""
import re
import sys

from decklib import check, check_example, check_giveaway_list, giveaway_pattern, load_deck, report

# Words that define a type or subtype (Tomm 1987, 1988) or say the asker's
# intent, each matched at the start of a word, any case.  A context that
# holds one of them answers the question it comes with.
GIVEAWAY = [
    # the axes and the four types
    "orient", "influenc", "lineal", "circular", "strategic", "reflexive", "intent",
    "assum", "cause", "pattern", "recursive",
    # what the interviewer means to do
    "to find out", "to understand", "to learn", "to help", "to get", "to make",
    "to open", "open up", "new choice", "new option", "look ahead", "looking ahead",
    "map", "explor", "float", "idea", "suggest", "steer", "lead", "correct",
    "challeng", "confront", "persuad", "nudg", "plan",
    # the subtypes' names
    "difference", "sequence", "effect", "hypothe", "triadic", "future",
    "observer", "perspective", "outside", "context change", "reframe", "embedded",
    "normative", "compar", "norm", "distinction", "distinguish", "clarif",
    "interrupt", "here and now", "process",
]
MIN_PER_TYPE = 15

deck = load_deck("tomm-questions")
cards = {c["id"]: c for c in deck["cards"]}
suit_cards = {}
for c in deck["cards"]:
    suit_cards.setdefault(c["suit"], []).append(c["id"])

pattern = giveaway_pattern(GIVEAWAY)
per_suit = {}
for c in deck["cards"]:
    for i, e in enumerate(c.get("examples", [])):
        where = f"{c['id']}/examples[{i}]"
        if check_example(where, e, pattern) is None:
            continue
        for other in e.get("also", []):
            check(f"{where}: also names another card", other in cards and other != c["id"],
                  repr(other))
            if other in cards:
                title = cards[other]["title"].split(" (")[0].split("/")[0].strip().lower()
                words = [w for w in re.findall(r"[a-z]+", title)
                         if len(w) > 3 and w not in ("question", "introducing")]
                check(f"{where}: why speaks to the border with {other}",
                      any(w in e.get("why", "").lower() for w in words),
                      f"the why should say why {other} is accepted too")
        per_suit[c["suit"]] = per_suit.get(c["suit"], 0) + 1
    if len(suit_cards[c["suit"]]) > 1:
        check(f"{c['id']}: a subtype with examples", len(c.get("examples", [])) > 0, "none")

for suit in ("lineal", "circular", "strategic", "reflexive"):
    check(f"{suit}: at least {MIN_PER_TYPE} examples", per_suit.get(suit, 0) >= MIN_PER_TYPE,
          f"only {per_suit.get(suit, 0)}")

check_giveaway_list(pattern, ("to a mother, to open up new choices",
                              "to a 15-year-old, floating an idea",
                              "to map how the household works",
                              "to a worker, exploring the network"))
sys.exit(report("tomm examples"))
