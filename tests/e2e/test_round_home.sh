#!/bin/sh
# The rounds on the home screen (issue 11): an ended round and a newer one
# left with text typed and not saved (kill -9).  The start-up offer says the
# phase reached and that a draft waits; the home screen lists both, newest
# first, with the unsaved mark, at 80x24 (under the menu), 200x60 (beside
# it) and 40x12 (a line saying how to see them).  From the home screen: t
# reads the ended round's transcript, e exports it, Enter resumes the other
# with its text back, x deletes the ended one after asking; a lists them all.
. "$SRCDIR/tests/e2e/round_lib.sh"

rl_two_rounds "Åsa Öberg,Eve,Fay,Gil"
# the start-up offer: the phase reached, and the text waiting
rl_start 80 24
rl_wait "Unfinished rounds"; rl_wait "phase 3 of 7 · a draft waits"
rl_keys q; rl_wait "Rounds kept, newest first (*: unsaved text waits)"
rl_screen | grep -n "Åsa Öberg\|Ana, Zoë" | head -n 1 | grep -q "Åsa" || rl_fail "not newest first"
rl_screen | grep -q '^  \* .*Bells that Ring  phase 3 of 7  Åsa Öberg' || rl_fail "no row for the round left"
rl_screen | grep -q '^    .*Bells that Ring  ended         Ana, Zoë, 李明, Ben' ||
	rl_fail "the ended round's columns not lined up with the other's"
rl_wait "a all rounds"

# t: the ended round (the last) read in the program
rl_keys G; rl_wait "Enter read  t transcript  e export  x delete"
rl_wait "Ana, Zoë, 李明, Ben · 1 reflection, 0 notes"	# its details, where the menu's sentence goes
rl_keys t; rl_wait "Bells that Ring (bells-that-ring)"
rl_keys G; rl_wait "Zoë spoke of the grandmother"
rl_keys q; rl_wait "Rounds kept, newest first"

# e: exported as JSON, anonymised, to the file offered
rl_keys e; rl_wait "JSON, anonymised"; rl_keys Down Down Down Enter
rl_wait "~/rucksack-$ended-anonymised.json"; rl_keys Enter; rl_wait "Exported to"
out="$HOME/rucksack-$ended-anonymised.json"
[ -f "$out" ] || rl_fail "nothing at $out"
grep -qF "Zoë" "$out" && rl_fail "not anonymised"

# the other sizes: beside the menu, then a line saying how to see them
rl_resize 200 60
n=50	# the list was on screen before: wait for it to be redrawn beside the menu
until rl_screen | sed -n 3p | grep -q "rucksack  *Rounds kept, newest first"; do
	n=$((n - 1)); [ "$n" -gt 0 ] || rl_fail "not beside the menu at 200x60"; sleep 0.1
done
rl_resize 40 12
rl_wait "2 rounds kept: a lists them"
rl_screen | grep -q "Rounds kept, newest first" && rl_fail "the list squeezed into 40x12"
rl_keys a; rl_wait "Rounds kept on this machine"; rl_keys q
rl_wait "2 rounds kept: a lists them"
rl_resize 80 24; rl_wait "Rounds kept, newest first"

# x: asks, n keeps it, y deletes it (the selection back on the ended round:
# the window too short for the list had left it on the menu)
rl_keys G; rl_wait "Enter read"
rl_keys x; rl_wait "cannot be undone"; rl_keys n; rl_gone "cannot be undone"
[ -f "$sessions/$ended.jsonl" ] || rl_fail "deleted on no"
rl_keys x; rl_wait "cannot be undone"; rl_keys y; rl_wait "Deleted"
rl_gone "Ana, Zoë, 李明, Ben"
for ext in jsonl md; do
	[ -e "$sessions/$ended.$ext" ] && rl_fail "$ended.$ext left"
done

# Enter on the round left: resumed, its text back
rl_keys G; rl_wait "Enter resume"
rl_keys Enter
rl_wait "unsaved text is back"; rl_wait "half a thought"
rl_stop
