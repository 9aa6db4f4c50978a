#!/bin/sh
# rucksack show: a deck (suits, then cards), one card in full, a flow (roles,
# phases); wrapped at 80 columns when piped and to the width of a terminal,
# UTF-8 never split; unknown ids.
. "$SRCDIR/tests/cli/lib.sh"

rs --decks "$DATA/a" show colours
status 0 "show colours"
same "$OUT" "show colours" <<'T'
Colours
deck colours, 6 cards in 3 suits, version 2.1, en-GB

A small deck for the command-line tests.

By: Ana, Zoë
Licence: CC0-1.0

== Warm (warm) ==
Colours of fire.

Red (red)
  The colour of alarm.
  Prompts:
    - What is urgent here?
    - Who raised the alarm?
  Examples:
    - What would happen if nobody acted?

Orange (orange)

Yellow (yellow)
  Caution    and light.

  A second paragraph.

== Cool (cool) ==

Blue (blue)
  Calm.

Green (green)

Violet (violet)

== Empty suit (empty) ==
T
same "$ERR" "show colours: stderr" </dev/null

rs --decks "$DATA/a" show colours red
status 0 "show colours red"
same "$OUT" "show colours red" <<'T'
Red (red)
  Suit: Warm (warm)
  Deck: Colours (colours)
  The colour of alarm.
  Prompts:
    - What is urgent here?
    - Who raised the alarm?
  Examples:
    - What would happen if nobody acted?
  Tags: loud
  Weight: 3
T

rs --decks "$DATA/a" show mini-round
status 0 "show mini-round"
same "$OUT" "show mini-round" <<'T'
Mini round
flow mini-round, 3 roles, 2 phases, 2 rounds

Two phases for the tests.

Roles:
  Presenter (presenter): 1 person
    Brings the case.
  Team (team): everyone not yet placed
  Mentor (mentor): 1 person, optional

Phases:
  1. The story (story)
     10 min, who: Presenter, capture: none
     The presenter tells the story; the others listen.

  2. Reflections (reflect)
     2.5 min, who: Team, capture: each
     Deal: 1 card each from colours (suit cool) to Team
     Deal: 1 card from colours to the table
     Prompts:
       - What rang a bell?
T

# Piped, the width is 80: the long UTF-8 body wraps, no line is wider, no
# character is split, and the combining accents stay on their letters.
rs --decks "$DATA/a" show wide long
status 0 "show wide long"
same "$OUT" "show wide long (80 columns)" <<'T'
Größenordnung (long)
  Deck: Ünïcödé wörds: 漢字かな交じり文 and emoji 🎒 (wide)
  Schöne grüße aus Köln: naïve café déjà-vu façade.
  日本語の文章はスペースなしで続きますのでどこで折り返すかが大切です。 Ein sehr
  sehr langes Wort:
  Donaudampfschifffahrtselektrizitätenhauptbetriebswerkbauunterbeamtengesellscha
  ft endet hier. ééé combining marks stay with their letters.
T
/usr/bin/python3 - "$OUT" <<'PY' || fail "show wide: widths"
import sys, unicodedata
text = open(sys.argv[1], encoding="utf-8").read()   # fails on split UTF-8
for line in text.splitlines():
    w = sum(0 if unicodedata.combining(c) else
            2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in line)
    assert w <= 80, (w, line)
    assert not unicodedata.combining(line.lstrip()[:1] or "a"), line
PY

# On a terminal, its width: 40 columns here (script gives the command a
# terminal); the Japanese run breaks between characters, never inside one.
script -qec "stty cols 40 rows 24; '$RUCKSACK' --decks '$DATA/a' show wide long" /dev/null \
	</dev/null | tr -d '\r' >"$OUT" || fail "show on a terminal"
same "$OUT" "show wide long (a 40-column terminal)" <<'T'
Größenordnung (long)
  Deck: Ünïcödé wörds: 漢字かな交じり文
        and emoji 🎒 (wide)
  Schöne grüße aus Köln: naïve café
  déjà-vu façade.
  日本語の文章はスペースなしで続きますの
  でどこで折り返すかが大切です。 Ein
  sehr sehr langes Wort:
  Donaudampfschifffahrtselektrizitätenha
  uptbetriebswerkbauunterbeamtengesellsc
  haft endet hier. ééé combining marks
  stay with their letters.
T

# Example objects: the context before the question, then why and the cards
# also accepted; a plain string as written.  Suit facets under the suit.
rs --decks "$SRCDIR/tests/data/drill-teach" show borders circ-diff
status 0 "show borders circ-diff"
same "$OUT" "show an example object" <<'T'
Difference question (circ-diff)
  Suit: Circular (circular)
  Deck: Borders (borders)
  Asks about differences.
  Examples:
    - [to a girl of ten, at school] Who would be most surprised if the shouting
      stopped?
      Why: It maps differences between people; as a hypothetical it may also
           stir new thoughts.
      Also right: Future question (rx-future)
T
rs --decks "$SRCDIR/tests/data/drill-teach" show borders
status 0 "show borders"
grep -qx 'Facets: intent: orienting, assumptions: circular' "$OUT" || fail "show: a suit's facets"
grep -qx '    - \[to a mother\] When he shouts, what does his sister do?' "$OUT" ||
	fail "show: a plain example as written"

# Unknown ids and cards: exit 1, a pointer to what exists.
rs --decks "$DATA/a" show nope
status 1 "show nope"
same "$ERR" "show nope: message" <<'T'
rucksack show: no deck or flow 'nope'; see 'rucksack list'
T
rs --decks "$DATA/a" show colours nope
status 1 "show colours nope"
same "$ERR" "show colours nope: message" <<'T'
rucksack show: deck 'colours' has no card 'nope'; see 'rucksack show colours'
T
rs --decks "$DATA/a" show mini-round story
status 1 "show FLOW CARD"
rs --decks "$DATA/a" show
status 2 "show without an id"
rs --decks "$DATA/a" show --help
status 0 "show --help"
grep -q '^usage: rucksack show ID|FILE \[CARD\]$' "$OUT" || fail "show --help: usage line"
exit 0
