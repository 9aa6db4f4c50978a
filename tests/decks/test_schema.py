"""Every stock deck and flow validates against decks/schema.json with a real
JSON Schema (2020-12) validator, and the schema itself rejects what the format
forbids (so a schema that accepts everything fails this test)."""
import os
import sys

import jsonschema

from decklib import DECKS, check, load_json, report, stock_paths

schema = load_json(os.path.join(DECKS, "schema.json"))
jsonschema.Draft202012Validator.check_schema(schema)
validator = jsonschema.Draft202012Validator(schema)

stock = stock_paths()
check("stock files exist", len(stock) > 0, "no decks/*.json found")
for path in stock:
    doc = load_json(path)
    errors = sorted(validator.iter_errors(doc), key=lambda e: list(e.path))
    check(os.path.basename(path), not errors,
          "; ".join(f"{'/'.join(map(str, e.path))}: {e.message}" for e in errors[:5]))
    check(os.path.basename(path) + " $schema", doc.get("$schema") == "schema.json",
          "must carry \"$schema\": \"schema.json\"")

DECK = {"format": 1, "id": "d", "title": "D", "cards": [{"id": "a", "title": "A"}]}
FLOW = {"format": 1, "kind": "flow", "id": "f", "title": "F",
        "roles": [{"id": "p", "title": "P", "count": "rest"}],
        "phases": [{"id": "one", "title": "One", "deal": [{"deck": "d", "to": "group"}]}]}
check("minimal deck valid", validator.is_valid(DECK))
check("minimal flow valid", validator.is_valid(FLOW))
check("x- extension allowed", validator.is_valid({**DECK, "x-note": {"any": 1}}))
check("newline and tab in a text field allowed",
      validator.is_valid({**DECK, "cards": [{"id": "a", "title": "A", "body": "x\n\ty"}]}))
SUITED = {**DECK, "suits": [{"id": "s", "title": "S", "facets": {"intent": "orienting", "x-n": 1},
                               "colour": "#00aaFF"}],
          "cards": [{"id": "a", "title": "A", "suit": "s"}]}
check("suit facets and colour valid", validator.is_valid(SUITED))
EXAMPLES = {**DECK, "cards": [{"id": "a", "title": "A", "examples": [
    "[ctx] plain", {"text": "Q?", "context": "to a carer", "why": "Because.\nSo.", "also": ["b"], "x-k": 1}]},
    {"id": "b", "title": "B"}]}
check("example strings and objects valid", validator.is_valid(EXAMPLES))


def with_suit(**extra):
    return {**SUITED, "suits": [{"id": "s", "title": "S", **extra}]}


def with_example(ex):
    return {**DECK, "cards": [{"id": "a", "title": "A", "examples": [ex]}]}


bad = {
    "example without text": with_example({"context": "c"}),
    "example with unknown key": with_example({"text": "Q", "whyy": "x"}),
    "example context on two lines": with_example({"text": "Q", "context": "a\nb"}),
    "example also not an array": with_example({"text": "Q", "also": "b"}),
    "example also not slugs": with_example({"text": "Q", "also": ["B c"]}),
    "example a number": with_example(3),
    "facets an array": with_suit(facets=["a"]),
    "facet value a number": with_suit(facets={"intent": 1}),
    "facet name not a slug": with_suit(facets={"Intent": "x"}),
    "colour a name": with_suit(colour="red"),
    "colour short": with_suit(colour="#abc"),
    "unknown field": {**DECK, "promts": []},
    "format 2": {**DECK, "format": 2},
    "bad slug": {**DECK, "id": "Has Caps"},
    "no cards": {**DECK, "cards": []},
    "control char": {**DECK, "title": "bell\u0007"},
    "newline in title": {**DECK, "title": "two\nlines"},
    "tab in a card title": {**DECK, "cards": [{"id": "a", "title": "A\tB"}]},
    "zero weight": {**DECK, "cards": [{"id": "a", "title": "A", "weight": 0}]},
    "reserved role": {**FLOW, "roles": [{"id": "group", "title": "G"}]},
    "bad capture": {**FLOW, "phases": [{"id": "one", "title": "O", "capture": "all"}]},
    "negative minutes": {**FLOW, "phases": [{"id": "one", "title": "O", "minutes": -1}]},
    "flow with cards": {**FLOW, "cards": [{"id": "a", "title": "A"}]},
}
for name, doc in bad.items():
    check("rejects " + name, not validator.is_valid(doc), "schema accepted it")

sys.exit(report("schema"))
