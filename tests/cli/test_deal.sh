#!/bin/sh
# rucksack deal: the same seed deals the same cards; no repeats until the
# deck runs out; --suit; a fresh seed is printed and repeats the deal; errors.
. "$SRCDIR/tests/cli/lib.sh"
cd "$DATA" || fail "no test data"

# Titles of the cards dealt, one a line, sorted.
titles() { grep -v '^ ' "$OUT" | grep -v '^$' | sed 's/ (.*//' | sort; }

rs deal --help
status 0 "deal --help"
grep -q '^usage: rucksack deal ID|FILE \[-n N\] \[--seed S\] \[--suit SUIT\]$' "$OUT" ||
	fail "deal --help: usage line"

rs --decks a deal colours -n 6 --seed 42
status 0 "deal -n 6"
cp "$OUT" "$TMPDIR/first"
same "$ERR" "deal with --seed says nothing on stderr" </dev/null
# Six cards from a deck of six: each card once.
titles >"$TMPDIR/titles"
same "$TMPDIR/titles" "six cards, no repeats" <<'T'
Blue
Green
Orange
Red
Violet
Yellow
T
# Each card as show prints it, with its suit: Red in full.
grep -q '^Red (red)$' "$OUT" || fail "card title line"
grep -q '^  Suit: Warm (warm)$' "$OUT" || fail "suit line"

rs --decks a deal colours -n 6 --seed 42
cmp -s "$OUT" "$TMPDIR/first" || fail "the same seed dealt differently"
rs --decks a deal colours --seed=42 -n6
cmp -s "$OUT" "$TMPDIR/first" || fail "--seed=42 -n6 dealt differently"
rs --decks a deal colours -n 6 --seed 43
cmp -s "$OUT" "$TMPDIR/first" && fail "seeds 42 and 43 dealt the same order"

# The deal for a seed is fixed for good, on every machine: a round dealt
# with seed 42 today deals the same cards next year.
rs --decks a deal colours -n 3 --seed 42
same "$OUT" "the cards of seed 42" <<'T'
Green (green)
  Suit: Cool (cool)

Red (red)
  Suit: Warm (warm)
  The colour of alarm.
  Prompts:
    - What is urgent here?
    - Who raised the alarm?
  Examples:
    - What would happen if nobody acted?

Yellow (yellow)
  Suit: Warm (warm)
  Caution    and light.

  A second paragraph.
T

# Without --seed: the seed is on stderr, and dealing with it again repeats.
rs --decks a deal colours -n 3
status 0 "deal without --seed"
seed=$(sed -n 's/^rucksack deal: seed \([0-9]*\) (deal these again with --seed \1)$/\1/p' "$ERR")
[ -n "$seed" ] || fail "no seed on stderr"
cp "$OUT" "$TMPDIR/fresh"
rs --decks a deal colours -n 3 --seed "$seed"
cmp -s "$OUT" "$TMPDIR/fresh" || fail "--seed $seed did not repeat the fresh deal"

# Past the end of the deck it is reshuffled, and says so.
rs --decks a deal colours -n 7 --seed 1
status 0 "deal -n 7"
[ "$(titles | wc -l)" -eq 7 ] || fail "seven cards"
grep -q "reshuffled" "$ERR" || fail "no word of the reshuffle"

# --suit deals from that suit only.
rs --decks a deal colours -n 3 --suit cool --seed 5
status 0 "deal --suit cool"
titles >"$TMPDIR/titles"
same "$TMPDIR/titles" "--suit cool" <<'T'
Blue
Green
Violet
T

rs --decks a deal colours --suit nope --seed 5
status 1 "deal --suit nope"
same "$ERR" "unknown suit" <<'T'
rucksack deal: deck 'colours' has no suit 'nope'; its suits: warm, cool, empty
T
rs --decks a deal colours --suit empty --seed 5
status 1 "deal --suit empty"
same "$ERR" "empty suit" <<'T'
rucksack deal: suit 'empty' of deck 'colours' has no cards
T
rs --decks a deal mini-round
status 1 "deal a flow"
same "$ERR" "deal a flow" <<'T'
rucksack deal: 'mini-round' is a flow, not a deck; see 'rucksack list'
T
rs --decks a deal nope
status 1 "deal nope"
same "$ERR" "deal nope" <<'T'
rucksack deal: no deck or flow 'nope'; see 'rucksack list'
T
rs --decks a deal
status 2 "deal without an id"
rs --decks a deal colours extra
status 2 "deal with two ids"
rs --decks a deal colours -n 1001
status 2 "deal -n 1001"
rs --decks a deal colours --seed 12x
status 2 "deal --seed 12x"
exit 0
