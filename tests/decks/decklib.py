"""What the stock-deck tests share: where the decks are, a tally of named
checks that reports the same way in every test, and the fairness checks on a
Name it drill's examples (an example's context must not give its answer
away).  Each test runs as its own process, so the tally lives here."""
import glob
import json
import os
import re

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
# DECKS_DIR points the tests at a broken copy, to see each assertion fail.
DECKS = os.environ.get("DECKS_DIR", os.path.join(ROOT, "decks"))
failures = []
passed = 0


def check(name, ok, detail=""):
    global passed
    if ok:
        passed += 1
    else:
        failures.append(f"{name}: {detail}")


def report(label):
    """Prints the failures and the tally; returns the exit status."""
    for line in failures:
        print("FAIL", line)
    print(f"{label}: {passed} passed, {len(failures)} failed")
    return 1 if failures else 0


def load_json(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def stock_paths():
    """Every deck and flow file, in order; the schema is not one."""
    return sorted(p for p in glob.glob(os.path.join(DECKS, "*.json"))
                  if os.path.basename(p) != "schema.json")


def load_deck(stem):
    return load_json(os.path.join(DECKS, stem + ".json"))


def giveaway_pattern(words):
    """Matches any of words at the start of a word, any case."""
    return re.compile(r"\b(" + "|".join(re.escape(w) for w in words) + ")", re.I)


def check_example(where, example, giveaway):
    """The checks every drill example needs: an object with a context that
    gives nothing away, a why, and no bracketed context left in its text.
    Returns the example when it is an object, else None."""
    check(f"{where}: an object", isinstance(example, dict), repr(example)[:60])
    if not isinstance(example, dict):
        return None
    ctx, text = example.get("context", ""), example.get("text", "")
    check(f"{where}: has a context", ctx.strip() != "", "")
    check(f"{where}: has a why", example.get("why", "").strip() != "", "")
    check(f"{where}: the text holds no bracketed context",
          not text.lstrip().startswith("["), text[:40])
    m = giveaway.search(ctx)
    check(f"{where}: context gives nothing away", m is None,
          f"{m.group(0)!r} in {ctx!r}" if m else "")
    return example


def check_giveaway_list(giveaway, caught, let_by=()):
    """The giveaway check itself catches what it should, and lets a plain
    context by."""
    for bad in caught:
        check(f"the giveaway list catches {bad!r}", giveaway.search(bad) is not None, "")
    for fine in let_by:
        check(f"the giveaway list lets {fine!r} by", giveaway.search(fine) is None, "")
