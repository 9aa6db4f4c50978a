"""The Name it drill on the narrative deck is fair, as on Tomm's: every
example is an object with a neutral context (who is asked, and when) and a
why; no context holds a word that names or defines a kind of narrative
question, so the answer is never given away before it is asked; every card
has at least three examples, each a question, none repeated; and the deck
fits the drill's keys (at most nine suits, and nine cards a suit)."""
import sys

from decklib import check, check_example, check_giveaway_list, giveaway_pattern, load_deck, report

# Words that name a kind of narrative question (White & Epston 1990; White
# 2007) or say what the asker is after, each matched at the start of a word,
# any case.  A context that holds one of them answers the question it comes
# with.
GIVEAWAY = [
    # the suits
    "externalis", "double", "listen", "unique", "outcome", "author", "thin", "thick",
    # the cards
    "name", "problem", "effect", "influence", "position", "stand", "evaluat", "judge",
    "verdict", "absent", "implicit", "distress", "respon", "hardship", "exception",
    "landscape", "action", "identity", "member", "club", "witness", "audience",
    "ceremon", "conclusion", "label", "descri",
    # what the asker is after
    "value", "hope", "meaning", "story", "stories", "history", "prefer", "alternative",
    "rich", "map", "trace", "sequence", "to find", "to help", "to get", "to open",
    "to make", "to bring", "to invite", "invit", "explor", "separat", "apart",
]
MIN_PER_CARD = 3
MAX_KEYS = 9  # PRACTICE_MAX_KEYS in src/core/practice/practice_items.h

deck = load_deck("narrative")
pattern = giveaway_pattern(GIVEAWAY)

suits = [s["id"] for s in deck.get("suits", [])]
check("at most nine suits", 0 < len(suits) <= MAX_KEYS, f"{len(suits)}")
cards = deck.get("cards", [])
check("at least 8 cards", len(cards) >= 8, f"only {len(cards)}")
seen = {}
for sid in suits:
    n = sum(c.get("suit") == sid for c in cards)
    check(f"suit {sid}: one to nine cards", 1 <= n <= MAX_KEYS, f"{n}")
for c in cards:
    where = c["id"]
    check(f"{where}: in a suit of the deck", c.get("suit") in suits, repr(c.get("suit")))
    check(f"{where}: at least 3 prompts", len(c.get("prompts", [])) >= 3, "")
    ex = c.get("examples", [])
    check(f"{where}: at least {MIN_PER_CARD} examples", len(ex) >= MIN_PER_CARD, f"only {len(ex)}")
    for i, e in enumerate(ex):
        at = f"{where}/examples[{i}]"
        if check_example(at, e, pattern) is None:
            continue
        text = e.get("text", "")
        check(f"{at}: a question", text.strip().endswith("?"), text[:40])
        key = text.strip().lower()
        check(f"{at}: not repeated", key not in seen, f"also under {seen.get(key)}")
        seen[key] = where

check_giveaway_list(pattern, ("to a mother, externalising the worry",
                              "to a boy, looking for an exception",
                              "to a father, about what he values",
                              "to a carer, as an outsider witness"))
sys.exit(report("narrative examples"))
