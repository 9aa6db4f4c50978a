"""decks/schema.json and rucksack lint disagree in one way only, and the
README says so: a field the format does not define is an error for the
schema (additionalProperties) and a warning for lint (an error with
--werror); an "x-" field passes both."""
import json
import os
import subprocess
import sys
import tempfile

import jsonschema

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
RUCKSACK = os.environ["RUCKSACK"]
with open(os.path.join(ROOT, "decks", "schema.json"), encoding="utf-8") as f:
    validator = jsonschema.Draft202012Validator(json.load(f))


def deck(extra_top=None, extra_suit=None, extra_card=None, extra_example=None):
    card = {"id": "a", "title": "A", "suit": "s",
            "examples": [dict({"text": "T"}, **(extra_example or {}))]}
    return dict({"format": 1, "id": "d", "title": "D",
                 "suits": [dict({"id": "s", "title": "S"}, **(extra_suit or {}))],
                 "cards": [dict(card, **(extra_card or {}))]}, **(extra_top or {}))


def flow(extra_role=None, extra_phase=None, extra_deal=None):
    return {"format": 1, "kind": "flow", "id": "f", "title": "F",
            "roles": [dict({"id": "r", "title": "R"}, **(extra_role or {}))],
            "phases": [dict({"id": "p", "title": "P", "who": "r",
                             "deal": dict({"deck": "d", "to": "r"}, **(extra_deal or {}))},
                            **(extra_phase or {}))]}


UNKNOWN = {"promts": ["typo"]}
EXT = {"x-team": "ours"}
CASES = [  # (name, document, field the format does not define)
    ("top", deck(extra_top=UNKNOWN), True),
    ("deck field in a flow", dict(flow(), cards=[{"id": "a", "title": "A"}]), True),
    ("suit", deck(extra_suit=UNKNOWN), True),
    ("card", deck(extra_card={"promts": ["x"]}), True),
    ("example", deck(extra_example={"whyy": "x"}), True),
    ("role", flow(extra_role={"cout": 2}), True),
    ("phase", flow(extra_phase={"minuets": 5}), True),
    ("deal", flow(extra_deal={"too": "r"}), True),
    ("x- everywhere", deck(EXT, EXT, EXT, EXT), False),
    ("x- in a flow", flow(EXT, EXT, EXT), False),
]

def refused_as_unknown(errors):
    """Each error is, or is made of, a field refused: additionalProperties,
    or a field the schema sets to false (a deck's field in a flow)."""
    def ok(e):
        if e.validator == "additionalProperties" or e.validator_value is False or \
                e.validator is None and e.schema is False:
            return True
        return bool(e.context) and any(ok(c) for c in e.context)
    return all(ok(e) for e in errors)


failures = []
with tempfile.TemporaryDirectory() as tmp:
    with open(os.path.join(tmp, "d.json"), "w", encoding="utf-8") as f:
        json.dump(deck(), f)
    for name, doc, unknown in CASES:
        path = os.path.join(tmp, "case.json")
        with open(path, "w", encoding="utf-8") as f:
            json.dump(doc, f, indent=2)
        errors = list(validator.iter_errors(doc))
        if unknown != bool(errors) or not refused_as_unknown(errors):
            failures.append(f"{name}: schema: {[e.message for e in errors]}")
        env = dict(os.environ, RUCKSACK_DATADIR=tmp)
        for werror in (False, True):
            args = [RUCKSACK, "--decks", tmp, "lint", "-q"] + (["--werror"] if werror else []) + [path]
            r = subprocess.run(args, capture_output=True, text=True, env=env)
            want_rc = 1 if unknown and werror else 0
            lines = r.stdout.splitlines()
            if r.returncode != want_rc or len(lines) != (1 if unknown else 0) or \
                    any(": warning: " not in l for l in lines):
                failures.append(f"{name}: lint{' --werror' if werror else ''}: "
                                f"exit {r.returncode}: {r.stdout}{r.stderr}")

readme = open(os.path.join(ROOT, "README.md"), encoding="utf-8").read()
if "is an **error** in an editor using the schema" not in readme or \
        "a **warning** from lint" not in readme:
    failures.append("README no longer says how the schema and lint differ")

for f in failures:
    print("FAIL:", f)
print(f"schema and lint: {len(CASES) - len(failures)} of {len(CASES)} cases agree as documented"
      if not failures else "")
sys.exit(1 if failures else 0)
