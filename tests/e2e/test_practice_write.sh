#!/bin/sh
# A whole "write it" run at 80x24 (stock decks, fixed seed): two exercises;
# questions typed with accents, CJK and emoji, one of them on two lines; the
# card's examples beside them; marks; wrong keys; a resize mid-way; the end
# screen; every question and mark in the Markdown export.
. "$SRCDIR/tests/e2e/practice_lib.sh"

Q1="Wenn Zoë morgen nicht käme — wer würde es zuerst merken?"
Q1s="Wenn Zoë morgen"	# its start, on the first line in a narrow column
Q2="如果妈妈知道了，会发生什么？ 🙂"
Q3="Who would be most surprised"
Q3b="if she stayed?"

pr_start 80 24 --mode write --seed 11 -n 2
ui_wait "Exercise 1 of 2"
ui_wait "Vignette: "
ui_wait "Write questions of this type"
card=$(ui_screen | sed -n '/Write questions of this type/{n;p;}' | sed 's/^ *//')
[ -n "$card" ] || ui_fail "no card title under the heading"
ui_keys o; ui_wait "w: write a question · c: compare · n: the next exercise"
ui_keys c; ui_wait "w: write a question · c: compare"	# nothing to compare yet

ui_keys w; ui_wait "Write a question of this type: $card"
ui_type "$Q1"; ui_keys C-s; ui_wait "Kept: question 1"
ui_wait "Your questions"; ui_wait "• $Q1"
ui_keys w; ui_wait "0 / 20000 characters"
ui_keys C-s; ui_wait "Type a question first"	# an empty question is not kept
ui_type "$Q2"; ui_keys C-s; ui_wait "Kept: question 2"

ui_keys c; ui_wait "0 on target · 0 not yet · 2 to mark"
ui_wait "The card: $card"; ui_wait "Examples"
ui_wait "▸ ? $Q1s"
ui_keys o; ui_wait "✓ $Q1s"; ui_wait "▸ ? $Q2"	# on to the next to mark
ui_keys z; ui_wait "↑↓: choose a question · o: on target · x: not yet"
ui_resize 100 30; ui_wait "▸ ? $Q2"
ui_resize 60 20; ui_wait "▸ ? $Q2"; ui_wait "Examples"	# one column now
ui_resize 80 24; ui_wait "▸ ? $Q2"
ui_keys x; ui_wait "… $Q2"
ui_wait "1 on target · 1 not yet · 0 to mark"
ui_keys Up; ui_wait "▸ ✓ $Q1s"; ui_keys x; ui_wait "… $Q1s"	# marks can change

ui_keys Enter; ui_wait "Exercise 2 of 2"
ui_gone "$Q1s"
ui_keys w; ui_wait "Write a question of this type"
ui_type "$Q3"; ui_keys Enter; ui_type "$Q3b"; ui_keys C-s; ui_wait "Kept: question 1"
ui_keys c; ui_wait "$Q3"; ui_keys o; ui_wait "✓ $Q3"
ui_keys Enter; ui_wait "The run is over"
ui_wait "You wrote 3 questions in 2 exercises: 1 on target, 2 not yet."
ui_wait "rucksack practice --export"
ui_keys Enter; ui_wait "EXITED-0"

out=$("$RUCKSACK" --decks "$UI_DECKS" practice --export) || ui_fail "export failed"
printf '%s\n' "$out" | grep -qF "> $Q1" || ui_fail "export lacks question 1"
printf '%s\n' "$out" | grep -qF "> $Q2" || ui_fail "export lacks question 2"
printf '%s\n' "$out" | grep -qF "> $Q3" || ui_fail "export lacks question 3"
printf '%s\n' "$out" | grep -qF "> $Q3b" || ui_fail "export lacks question 3's second line"
[ "$(printf '%s\n' "$out" | grep -c '^\*\*Not yet\.\*\*$')" = 2 ] || ui_fail "not 2 'not yet'"
[ "$(printf '%s\n' "$out" | grep -c '^\*\*On target\.\*\*$')" = 1 ] || ui_fail "not 1 'on target'"
printf '%s\n' "$out" | grep -qF "· $card ·" || ui_fail "export lacks the card's title"
"$RUCKSACK" --decks "$UI_DECKS" practice --export -o "$TMPDIR/log.md" || ui_fail "export -o"
[ "$(stat -c %a "$TMPDIR/log.md")" = 600 ] || ui_fail "export -o not 0600"
echo ok
