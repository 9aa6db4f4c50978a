"""The structure that makes the stock content correct, beyond what the schema
can say: Tomm's four suits on their two axes with every subtype card and
enough drill examples, every Burnham grace present with prompts, enough and
varied vignettes, and flows that deal only from decks, suits and roles that
exist.  Standard library only.  DECKS_DIR overrides the folder checked, so a
broken copy can be used to see each assertion fail."""
import os
import re
import sys

from decklib import ROOT, check, load_json, report, stock_paths


def load_all():
    docs = {}
    for path in stock_paths():
        doc = load_json(path)
        stem = os.path.splitext(os.path.basename(path))[0]
        check(f"{stem}: id matches file name", doc.get("id") == stem,
              f"id is {doc.get('id')!r}")
        check(f"{stem}: id unique", doc.get("id") not in docs, "id used twice")
        docs[doc.get("id")] = doc
    return docs


def split_context(example):
    """As practice_split_context() in src/core/practice/practice_items.c does
    it for a plain string; an example object has its context apart."""
    if isinstance(example, dict):
        ctx = example.get("context", "").strip() or None
        return ctx, example.get("text", "").strip()
    s = example.lstrip(" \t\n")
    if s.startswith("[") and "]" in s:
        close = s.index("]")
        return s[1:close].strip() or None, s[close + 1:].strip()
    return None, s.strip()


def cards_of(deck, suit):
    return [c for c in deck.get("cards", []) if c.get("suit") == suit]


# --- every file -------------------------------------------------------------

def check_metadata(docs):
    for did, doc in docs.items():
        for field in ("title", "description", "version", "license"):
            v = doc.get(field)
            check(f"{did}: has {field}", isinstance(v, str) and v.strip() != "",
                  f"missing or empty {field}")
        check(f"{did}: lang en-GB", doc.get("lang") == "en-GB", f"lang is {doc.get('lang')!r}")
        for field in ("sources", "authors"):
            v = doc.get(field)
            check(f"{did}: has {field}", isinstance(v, list) and len(v) > 0
                  and all(isinstance(s, str) and s.strip() for s in v),
                  f"{field} missing or empty")
        check(f"{did}: format 1", doc.get("format") == 1, "")


def check_every_card(docs):
    """No card without a body and prompts; no empty prompt or example."""
    for did, doc in docs.items():
        if doc.get("kind", "deck") != "deck":
            continue
        for c in doc.get("cards", []):
            where = f"{did}/{c.get('id')}"
            check(f"{where}: has a body", str(c.get("body", "")).strip() != "", "no body")
            prompts = c.get("prompts", [])
            check(f"{where}: has prompts", len(prompts) >= 1, "no prompts")
            check(f"{where}: prompts non-empty",
                  all(isinstance(p, str) and p.strip() for p in prompts), "empty prompt")
            for e in c.get("examples", []):
                ctx, text = split_context(e)
                check(f"{where}: example has a question", text != "", repr(e))
                raw = e if isinstance(e, str) else e.get("text", "")
                check(f"{where}: brackets balanced",
                      not raw.lstrip().startswith("[") or "]" in raw, repr(e))


# --- what the sources do not settle -------------------------------------------

# Each point the domain brief marks unconfirmed or secondary must be said so in
# the file's description; these are the phrases that carry each point.
UNSETTLED = {
    "tomm-questions": ["quadrants", "stance words", "attribution of the circular subtypes",
                       "usual effects", "from a summary"],
    "social-graces": ["2012 chapter", "publication details", "dates of the first versions",
                      "later additions", "grace grabs you", "critique"],
    "cmm": ["list of levels in the hierarchy", "serpentine model", "luuutt", "daisy model", "pearce (2007)",
            "names of the two kinds of loop", "family-script", "logical force",
            "bifurcation points", "practical and implicative force"],
    "systemic-ideas": ["1999", "production and explanation", "domain of aesthetics",
                       "citation details", "sips", "first- and second-order change",
                       "defines neutrality", "critiques of neutrality", "referring person",
                       "year of irreverence", "reframing card",
                       "year of a systemic approach to consultation"],
    "roles": ["systemic mentors coached", "kept time", "reflecting-team", "ruch's model"],
    "bells-that-ring": ["every timing", "seventh step", "rings a bell", "kept time",
                        "mentors coached", "reflecting-team"],
    "reflective-case-discussion": ["clarifying questions", "rules for the facilitator",
                                   "smaller groups"],
    "solo-practice": ["design of this tool", "stance words"],
    "vignettes": ["invented", "design"],
    "reflexivity": ["2005 chapter", "1993 paper", "secondary quotation",
                    "general systemic usage", "design of this tool"],
    "signs-of-safety": ["1999 book", "publisher", "solution-focused",
                        "design of this tool"],
    "local-graces": ["not from a published list", "secondary", "design of this tool"],
    "levels-of-practice": ["first three levels", "one level or two",
                           "design of this tool"],
    "genograms": ["volume and pages", "emotional cut-off", "symbols", "deck's design"],
    "risk-uncertainty": ["mc kenny", "four positions", "authoritative doubt",
                         "relational risk-taking", "authorised and unauthorised",
                         "deck's design"],
    "genogram-supervision": ["design of this tool", "every timing"],
    "risk-conversation": ["design of this tool", "every timing", "mc kenny",
                          "never to decide whether a child is safe"],
    "narrative": ["secondary only", "double listening", "absent but implicit",
                  "two landscapes", "outsider-witness", "goffman", "geertz", "invented"],
}
HEDGES = ("unconfirmed", "not confirmed", "not settled", "inference", "secondary",
          "invented", "design of this tool")


def check_unsettled(docs):
    for did, doc in docs.items():
        desc = doc.get("description", "").lower()
        check(f"{did}: listed in UNSETTLED", did in UNSETTLED, "say what in it is unsettled")
        check(f"{did}: description says what is unsettled",
              any(h in desc for h in HEDGES), "no hedge word in the description")
        for phrase in UNSETTLED.get(did, []):
            check(f"{did}: description mentions {phrase!r}", phrase in desc, "")


# --- social-graces --------------------------------------------------------------

BURNHAM_2012 = ["gender", "geography", "race", "religion", "age", "ability", "appearance",
                "class", "culture", "ethnicity", "education", "employment", "sexuality",
                "sexual orientation", "spirituality"]
LATER_ADDITIONS = ["caste", "gender identity", "generation", "economics"]


def check_graces(docs):
    deck = docs.get("social-graces")
    check("social-graces exists", deck is not None, "")
    if deck is None:
        return
    by_title = {c["title"].lower(): c for c in deck.get("cards", [])}
    for g in BURNHAM_2012:
        check(f"graces: {g} present", g in by_title, "no card with that title")
    extra = [s for s in deck.get("suits", []) if s["id"] == "extra"]
    check("graces: later additions marked secondary",
          extra != [] and "secondary" in extra[0].get("description", "").lower(), "")
    for g in LATER_ADDITIONS:
        c = by_title.get(g)
        check(f"graces: later addition {g} present", c is not None, "")
        if c is not None:
            check(f"graces: {g} in the later-additions suit", c.get("suit") == "extra", "")
            check(f"graces: {g} says it is a later addition",
                  "later addition" in c.get("body", "").lower(), "")
    ids = {c["id"] for c in deck.get("cards", [])}
    for d in ("visible-invisible", "voiced-unvoiced"):
        check(f"graces: {d} card", d in ids, "")
    for c in deck.get("cards", []):
        check(f"graces/{c['id']}: at least 3 prompts", len(c.get("prompts", [])) >= 3,
              f"{len(c.get('prompts', []))}")


# --- tomm-questions -----------------------------------------------------------

TOMM_AXES = {
    "lineal": ("orienting", "lineal"),
    "circular": ("orienting", "circular"),
    "strategic": ("influencing", "lineal"),
    "reflexive": ("influencing", "circular"),
}
TOMM_CARDS = {
    "lineal": {"lineal"},
    "strategic": {"strategic"},
    "circular": {"circ-difference", "circ-behavioural-effect",
                 "circ-hypothetical", "circ-triadic"},
    "reflexive": {"rx-future", "rx-observer", "rx-context-change",
                  "rx-embedded-suggestion", "rx-normative", "rx-distinction",
                  "rx-hypothesis", "rx-process-interrupt"},
}
MIN_EXAMPLES_PER_SUIT = 15
MIN_EXAMPLES_PER_SUBTYPE = 3


def check_tomm(docs):
    deck = docs.get("tomm-questions")
    check("tomm-questions exists", deck is not None, "no decks/tomm-questions.json")
    if deck is None:
        return
    suits = {s["id"]: s for s in deck.get("suits", [])}
    check("tomm: exactly the four suits", set(suits) == set(TOMM_AXES),
          f"suits are {sorted(suits)}")
    for sid, (intent, assumptions) in TOMM_AXES.items():
        s = suits.get(sid, {})
        facets = s.get("facets", {})
        check(f"tomm/{sid}: facets", facets == {"intent": intent, "assumptions": assumptions},
              f"{facets!r}, want intent {intent!r} and assumptions {assumptions!r}")
        desc = s.get("description", "").lower()
        other_intent = "influencing" if intent == "orienting" else "orienting"
        check(f"tomm/{sid}: description names its axes",
              desc.startswith(f"{intent} intent, {assumptions} assumptions"),
              f"description should open '{intent.capitalize()} intent, "
              f"{assumptions} assumptions': {desc[:60]!r}")
        check(f"tomm/{sid}: description does not claim the other intent",
              other_intent not in desc, f"mentions {other_intent!r}")
        ids = {c["id"] for c in cards_of(deck, sid)}
        check(f"tomm/{sid}: its cards", ids == TOMM_CARDS[sid],
              f"have {sorted(ids)}, want {sorted(TOMM_CARDS[sid])}")
        n = sum(len(c.get("examples", [])) for c in cards_of(deck, sid))
        check(f"tomm/{sid}: at least {MIN_EXAMPLES_PER_SUIT} examples",
              n >= MIN_EXAMPLES_PER_SUIT, f"only {n}")
    total = sum(len(c.get("examples", [])) for c in deck.get("cards", []))
    check("tomm: at least 60 drill items", total >= 60, f"only {total}")
    seen_text = {}
    for c in deck.get("cards", []):
        where = f"tomm/{c['id']}"
        ex = c.get("examples", [])
        check(f"{where}: has examples", len(ex) >= 1, "none")
        check(f"{where}: has at least 3 prompts", len(c.get("prompts", [])) >= 3,
              f"{len(c.get('prompts', []))}")
        if len(TOMM_CARDS.get(c.get("suit"), ())) > 1:
            check(f"{where}: subtype has at least {MIN_EXAMPLES_PER_SUBTYPE} examples",
                  len(ex) >= MIN_EXAMPLES_PER_SUBTYPE, f"only {len(ex)}")
        for e in ex:
            ctx, text = split_context(e)
            check(f"{where}: example has a context", ctx is not None, repr(e))
            check(f"{where}: example is a question", text.endswith("?"), repr(e))
            # The same wording under two cards would make the drill ambiguous.
            key = (ctx, text.lower())
            check(f"{where}: example not repeated", key not in seen_text,
                  f"{e!r} also under {seen_text.get(key)}")
            seen_text[key] = c["id"]


# --- reflexivity --------------------------------------------------------------

REFLEXIVITY_SUITS = {"relational", "self"}
MIN_REFLEXIVITY_CARDS = 8


def check_reflexivity(docs):
    """Burnham's relational reflexivity and self-reflexivity: enough cards,
    each with prompts for the supervisor, and examples the drill can ask."""
    deck = docs.get("reflexivity")
    check("reflexivity exists", deck is not None, "no decks/reflexivity.json")
    if deck is None:
        return
    suits = {s["id"]: s for s in deck.get("suits", [])}
    check("reflexivity: its two suits", set(suits) == REFLEXIVITY_SUITS, f"{sorted(suits)}")
    facets = [tuple(sorted(s.get("facets", {}).items())) for s in suits.values()]
    check("reflexivity: suits told apart by facets",
          len(set(facets)) == len(facets) and all(facets), f"{facets}")
    cards = deck.get("cards", [])
    check(f"reflexivity: at least {MIN_REFLEXIVITY_CARDS} cards",
          len(cards) >= MIN_REFLEXIVITY_CARDS, f"only {len(cards)}")
    for c in cards:
        where = f"reflexivity/{c['id']}"
        prompts = c.get("prompts", [])
        check(f"{where}: at least 3 prompts", len(prompts) >= 3, f"{len(prompts)}")
        check(f"{where}: a prompt for the supervisor",
              any(p.startswith("Supervisor:") for p in prompts), "")
        ex = c.get("examples", [])
        check(f"{where}: has examples", len(ex) >= 3, f"only {len(ex)}")
        for e in ex:
            check(f"{where}: example is an object with context and why",
                  isinstance(e, dict) and e.get("context") and e.get("why"), repr(e)[:60])
            ctx, text = split_context(e)
            check(f"{where}: example is a question", text.endswith("?"), repr(text))


# --- the bridge, local and levels decks ---------------------------------------

def check_bridge_decks(docs):
    """Signs of Safety is labelled a practice framework, not a systemic model;
    the local graces are labelled local additions, not Burnham's list; the
    levels deck holds Hackney's levels in order: the first three as Hackney's
    page lists them, the rest as the domain brief summarises them."""
    sos = docs.get("signs-of-safety", {})
    desc = sos.get("description", "")
    check("signs-of-safety: labelled a practice framework used alongside systemic practice",
          "practice framework" in desc and "alongside systemic practice" in desc, "")
    check("signs-of-safety: labelled not a systemic model", "not a systemic model" in desc, "")
    ids = {c["id"] for c in sos.get("cards", [])}
    for want in ("worried", "working-well", "needs-to-happen", "danger-statement",
                 "safety-goal", "scaling"):
        check(f"signs-of-safety: {want} card", want in ids, "")
    graces = docs.get("local-graces", {})
    check("local-graces: labelled local additions, not Burnham's list",
          "local additions, not Burnham's list" in graces.get("description", ""), "")
    for c in graces.get("cards", []):
        check(f"local-graces/{c['id']}: tagged local-addition",
              "local-addition" in c.get("tags", []), f"{c.get('tags')}")
    titles = {c["title"].lower() for c in graces.get("cards", [])}
    for want in ("care experience", "immigration status", "language", "neurodiversity"):
        check(f"local-graces: {want}", want in titles, "")
    levels = docs.get("levels-of-practice", {})
    got = [c["title"] for c in cards_of(levels, "level")]
    check("levels-of-practice: Hackney's levels in order",
          [t.split(" · ")[0] for t in got] == ["1", "2", "3", "4", "5", "6"] and
          [t.split(" · ")[-1] for t in got] ==
          ["Reflecting on my own practice", "Bringing in the wider system",
           "Case discussion with colleagues", "Working with the network",
           "Formal consultation", "Family therapy"], f"{got}")
    for d, c in [(d, c) for d in ("signs-of-safety", "local-graces", "levels-of-practice")
                 for c in docs.get(d, {}).get("cards", [])]:
        check(f"{d}/{c['id']}: at least 3 prompts", len(c.get("prompts", [])) >= 3, "")


# --- vignettes ----------------------------------------------------------------

MIN_VIGNETTES = 12


def check_vignettes(docs):
    deck = docs.get("vignettes")
    check("vignettes exists", deck is not None, "no decks/vignettes.json")
    if deck is None:
        return
    cards = deck.get("cards", [])
    check(f"vignettes: at least {MIN_VIGNETTES}", len(cards) >= MIN_VIGNETTES,
          f"only {len(cards)}")
    check("vignettes: one suit 'vignette'",
          [s["id"] for s in deck.get("suits", [])] == ["vignette"], "")
    kinds = {"family": set(), "age": set(), "risk": set()}
    cultures = set()
    for c in cards:
        where = f"vignettes/{c['id']}"
        check(f"{where}: suit vignette", c.get("suit") == "vignette", repr(c.get("suit")))
        check(f"{where}: a situation, not a line",
              len(re.findall(r"[.!?]['\u2019]?(\s|$)", c.get("body", ""))) >= 2,
              "body should be at least two sentences")
        tags = c.get("tags", [])
        for kind in kinds:
            mine = {t for t in tags if t.startswith(kind + "-")}
            check(f"{where}: tagged with a {kind}", len(mine) >= 1, f"tags {tags}")
            kinds[kind] |= mine
        check(f"{where}: exactly one risk tag",
              len([t for t in tags if t.startswith("risk-")]) == 1, f"tags {tags}")
        culture = c.get("x-culture", "")
        check(f"{where}: x-culture given", isinstance(culture, str) and culture != "", "")
        if culture != "not stated":
            cultures.add(culture)
    check("vignettes: varied family forms", len(kinds["family"]) >= 5,
          f"only {sorted(kinds['family'])}")
    check("vignettes: varied ages", len(kinds["age"]) >= 4, f"only {sorted(kinds['age'])}")
    check("vignettes: every level of risk",
          kinds["risk"] == {"risk-low", "risk-medium", "risk-high"},
          f"have {sorted(kinds['risk'])}")
    check("vignettes: varied cultures", len(cultures) >= 6, f"only {sorted(cultures)}")
    # decks/README.md says how many are seen from the worker's side; the tags must agree.
    words = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5}
    with open(os.path.join(ROOT, "decks", "README.md"), encoding="utf-8") as f:
        m = re.search(r"(\w+) (?:is|are) seen\s+from the worker's side", f.read())
    tagged = sum("worker-side" in c.get("tags", []) for c in cards)
    check("vignettes: README counts the worker-side vignettes as tagged",
          m is not None and words.get(m.group(1)) == tagged,
          f"README says {m.group(1) if m else 'nothing'}, tags say {tagged}")


# --- the decks of issue 14 ------------------------------------------------------

# Each has at least this many cards, every one with at least three prompts.
MIN_CARDS = {"genograms": 8, "risk-uncertainty": 8, "narrative": 8}
MILAN_ADDED = {"neutrality": "milan", "irreverence": "milan", "positive-connotation": "milan",
               "wider-hypotheses": "milan", "reframing": "change"}
MASON_POSITIONS = {"safe uncertainty", "safe certainty", "unsafe certainty", "unsafe uncertainty"}


def check_issue14_decks(docs):
    for did, least in MIN_CARDS.items():
        deck = docs.get(did)
        check(f"{did} exists", deck is not None and deck.get("kind", "deck") == "deck", "")
        if deck is None:
            continue
        cards = deck.get("cards", [])
        check(f"{did}: at least {least} cards", len(cards) >= least, f"only {len(cards)}")
        for c in cards:
            check(f"{did}/{c['id']}: at least 3 prompts", len(c.get("prompts", [])) >= 3,
                  f"{len(c.get('prompts', []))}")
    # The Milan ideas beyond hypothesising, circularity and curiosity live in
    # systemic-ideas beside them (decks/README.md says why), reframing with the
    # orders of change.
    ideas = {c["id"]: c for c in docs.get("systemic-ideas", {}).get("cards", [])}
    for cid, suit in MILAN_ADDED.items():
        check(f"systemic-ideas: {cid} in suit {suit}", ideas.get(cid, {}).get("suit") == suit,
              repr(ideas.get(cid, {}).get("suit")))
    risk = docs.get("risk-uncertainty", {})
    titles = {c["title"].lower() for c in risk.get("cards", []) if c.get("suit") == "positions"}
    check("risk-uncertainty: Mason's four positions", titles == MASON_POSITIONS, f"{sorted(titles)}")
    # Safe uncertainty is a lens here, never a reason to wait while a child is unsafe.
    desc = risk.get("description", "").lower()
    check("risk-uncertainty: not a tool for deciding safety",
          "not a tool for deciding" in desc and "delay protective action" in desc, "")


# --- flows --------------------------------------------------------------------

def deals_of(phase):
    d = phase.get("deal", [])
    return d if isinstance(d, list) else [d]


def check_flow_references(docs):
    """Every flow deals only from decks and suits that exist, and names only
    roles it defines; every role has a card in the roles deck."""
    flows = {i: d for i, d in docs.items() if d.get("kind") == "flow"}
    role_cards = {c["id"] for c in docs.get("roles", {}).get("cards", [])}
    for fid, flow in flows.items():
        roles = [r["id"] for r in flow.get("roles", [])]
        check(f"{fid}: role ids unique", len(roles) == len(set(roles)), f"{roles}")
        check(f"{fid}: at most one rest role",
              sum(r.get("count") == "rest" for r in flow.get("roles", [])) <= 1, "")
        phases = [p["id"] for p in flow.get("phases", [])]
        check(f"{fid}: phase ids unique", len(phases) == len(set(phases)), f"{phases}")
        for r in roles:
            check(f"{fid}: role {r} has a card in the roles deck", r in role_cards,
                  "add it to decks/roles.json")
        for p in flow.get("phases", []):
            where = f"{fid}/{p['id']}"
            check(f"{where}: who is a role", p.get("who", "all") in roles + ["all"],
                  repr(p.get("who")))
            check(f"{where}: has guidance", p.get("guidance", "").strip() != "", "")
            check(f"{where}: capture stated", p.get("capture") in ("none", "one", "each", "actions"),
                  repr(p.get("capture")))
            for d in deals_of(p):
                deck = docs.get(d.get("deck"))
                check(f"{where}: deals from a deck that exists",
                      deck is not None and deck.get("kind", "deck") == "deck",
                      repr(d.get("deck")))
                if deck is not None and "suit" in d:
                    check(f"{where}: deals from a suit that exists",
                          d["suit"] in {s["id"] for s in deck.get("suits", [])},
                          f"{d['deck']} has no suit {d['suit']!r}")
                check(f"{where}: deals to a role", d.get("to", "group") in
                      roles + ["all", "group"], repr(d.get("to")))
        first = flow.get("phases", [{}])[0].get("guidance", "").lower()
        check(f"{fid}: first phase says timings are suggestions", "suggestion" in first, "")
        if fid != "solo-practice":
            check(f"{fid}: first phase says safety comes first", "safety" in first, "")


def phase_table(flow, key, default=None):
    return [p.get(key, default) for p in flow.get("phases", [])]


def dealt(flow, deck, to, suit=None):
    return [p["id"] for p in flow.get("phases", []) for d in deals_of(p)
            if d.get("deck") == deck and d.get("to", "group") == to
            and (suit is None or d.get("suit") == suit)]


def check_bells(docs):
    flow = docs.get("bells-that-ring")
    check("bells-that-ring exists", flow is not None and flow.get("kind") == "flow", "")
    if flow is None:
        return
    roles = {r["id"]: r for r in flow.get("roles", [])}
    check("bells: roles", set(roles) == {"presenter", "consultant", "action-planner",
                                         "mentor", "process-observer", "observer"},
          f"{sorted(roles)}")
    # The mentor seat is for a trained mentor who is present, not a stand-in;
    # watching the process is a seat of its own, said to be this tool's design.
    check("bells: mentor not a stand-in",
          "whoever holds this seat" not in roles.get("mentor", {}).get("description", ""), "")
    check("bells: process observer optional and this program's design",
          roles.get("process-observer", {}).get("optional") is True and
          "this program's design" in roles.get("process-observer", {}).get("description", ""), "")
    check("bells: mentor optional", roles.get("mentor", {}).get("optional") is True, "")
    check("bells: observers are the rest", roles.get("observer", {}).get("count") == "rest", "")
    check("bells: seven steps in order", phase_table(flow, "id") ==
          ["roles", "present", "interview", "reflect", "presenter-response", "action",
           "process"], f"{phase_table(flow, 'id')}")
    check("bells: who speaks", phase_table(flow, "who") ==
          ["all", "presenter", "consultant", "observer", "consultant", "action-planner",
           "all"], f"{phase_table(flow, 'who')}")
    check("bells: capture", phase_table(flow, "capture", "one") ==
          ["none", "one", "one", "each", "one", "actions", "each"],
          f"{phase_table(flow, 'capture', 'one')}")
    check("bells: every phase timed", all((m or 0) > 0 for m in phase_table(flow, "minutes")), "")
    check("bells: a lens for each observer", dealt(flow, "social-graces", "observer") != [], "")
    check("bells: question types to the consultant",
          dealt(flow, "tomm-questions", "consultant") != [], "")
    check("bells: CMM to the group", dealt(flow, "cmm", "group") != [], "")
    check("bells: a domains card to the action planner",
          dealt(flow, "systemic-ideas", "action-planner", "domains") != [], "")
    lens = [d for p in flow["phases"] for d in deals_of(p) if d.get("to") == "observer"]
    check("bells: one lens per observer", all(d.get("count", 1) == 1 for d in lens), "")


def check_ruch(docs):
    flow = docs.get("reflective-case-discussion")
    check("reflective-case-discussion exists", flow is not None, "")
    if flow is None:
        return
    roles = {r["id"]: r for r in flow.get("roles", [])}
    check("ruch: roles", set(roles) == {"presenter", "members"}, f"{sorted(roles)}")
    ids = phase_table(flow, "id")
    check("ruch: phases in order", ids ==
          ["settle", "present", "clarify", "discuss", "return", "whole-group", "review"],
          f"{ids}")
    phases = {p["id"]: p for p in flow.get("phases", [])}
    discuss = phases.get("discuss", {})
    check("ruch: members discuss", discuss.get("who") == "members", repr(discuss.get("who")))
    g = discuss.get("guidance", "").lower()
    check("ruch: presenter silent while members discuss",
          "presenter" in g and ("silent" in g or "says nothing" in g), g[:80])
    check("ruch: presenter returns after", phases.get("return", {}).get("who") == "presenter", "")
    check("ruch: actions agreed in the whole-group step",
          phases.get("whole-group", {}).get("capture") == "actions",
          repr(phases.get("whole-group", {}).get("capture")))
    clarify = phases.get("clarify", {})
    check("ruch: clarifying step untimed", clarify.get("minutes", 0) == 0,
          repr(clarify.get("minutes")))
    check("ruch: clarifying step optional", "optional" in clarify.get("guidance", "").lower()
          and "optional" in clarify.get("title", "").lower(), "")
    text = " ".join(p.get("guidance", "") for p in flow["phases"]).lower()
    check("ruch: thinking, not fixing", "not to fix" in text or "not fixing" in text, "")


def check_solo(docs):
    flow = docs.get("solo-practice")
    check("solo-practice exists", flow is not None, "")
    if flow is None:
        return
    check("solo: one practitioner", [(r["id"], r.get("count", 1)) for r in flow["roles"]]
          == [("practitioner", 1)], "")
    v = dealt(flow, "vignettes", "practitioner")
    t = dealt(flow, "tomm-questions", "practitioner")
    ids = phase_table(flow, "id")
    check("solo: a vignette, then a target type", v and t and ids.index(v[0]) < ids.index(t[0]),
          f"vignette in {v}, type in {t}")
    check("solo: write, then self-check", "write" in ids and "self-check" in ids
          and ids.index("write") < ids.index("self-check"), f"{ids}")


def check_issue14_flows(docs):
    """Genogram supervision: the presenter draws while colleagues listen through
    a genogram card and a grace card each, colleagues reflect, the presenter
    responds, actions; 30 to 40 minutes.  Risk conversation: risk cards dealt,
    from the worry through where each stands and what is not known to a
    safe-enough plan, ending in actions."""
    geno = docs.get("genogram-supervision")
    check("genogram-supervision exists", geno is not None and geno.get("kind") == "flow", "")
    if geno is not None:
        check("genogram: phases", phase_table(geno, "id") ==
              ["frame", "draw", "reflect", "respond", "actions"], f"{phase_table(geno, 'id')}")
        check("genogram: who", phase_table(geno, "who") ==
              ["all", "presenter", "colleagues", "presenter", "presenter"], "")
        check("genogram: capture", phase_table(geno, "capture", "one") ==
              ["none", "one", "each", "one", "actions"], "")
        total = sum(m or 0 for m in phase_table(geno, "minutes"))
        check("genogram: 30 to 40 minutes", 30 <= total <= 40, f"{total}")
        for deck in ("genograms", "social-graces"):
            check(f"genogram: a {deck} lens to each colleague while the presenter draws",
                  dealt(geno, deck, "colleagues") == ["draw"], f"{dealt(geno, deck, 'colleagues')}")
    risk = docs.get("risk-conversation")
    check("risk-conversation exists", risk is not None and risk.get("kind") == "flow", "")
    if risk is not None:
        ids = phase_table(risk, "id")
        check("risk: phases", ids == ["frame", "worry", "positions", "uncertainty",
                                      "presenter-response", "plan", "actions"], f"{ids}")
        check("risk: capture", phase_table(risk, "capture", "one") ==
              ["none", "one", "each", "each", "one", "one", "actions"], "")
        dealt_from = {d.get("suit") for p in risk["phases"] for d in deals_of(p)
                      if d.get("deck") == "risk-uncertainty"}
        check("risk: deals the risk cards", {"certainty", "pulled", "risk-taking"} <= dealt_from,
              f"{sorted(x for x in dealt_from if x)}")
        guide = {p["id"]: p.get("guidance", "").lower() for p in risk["phases"]}
        check("risk: positions name Mason's four",
              all(w in guide.get("positions", "") for w in
                  ("safe certainty", "unsafe certainty", "unsafe uncertainty", "safe uncertainty")), "")
        check("risk: the plan says what must happen now", "must happen now" in guide.get("plan", ""), "")


def main():
    docs = load_all()
    check_metadata(docs)
    check_every_card(docs)
    check_unsettled(docs)
    check_graces(docs)
    check_tomm(docs)
    check_reflexivity(docs)
    check_bridge_decks(docs)
    check_vignettes(docs)
    check_issue14_decks(docs)
    check_flow_references(docs)
    check_bells(docs)
    check_ruch(docs)
    check_solo(docs)
    check_issue14_flows(docs)
    return report("structure")


if __name__ == "__main__":
    sys.exit(main())
