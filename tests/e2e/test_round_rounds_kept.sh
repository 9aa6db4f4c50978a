#!/bin/sh
# The rounds kept (issue 11): an ended round and one left with text typed
# and not saved (kill -9).  Start-up offers the unfinished one, saying the
# phase it reached and that a draft waits; Rounds kept on the home screen
# lists both, newest first, and ? names its keys; t reads the ended one's
# transcript (rebuilt from its journal, scrolling), e exports it anonymised
# as Markdown to the file offered and, the second time, asks before
# replacing it, and as JSON; x deletes it after asking (n keeps it); Enter
# resumes the other with its text back.  The key line follows the round
# selected.
. "$SRCDIR/tests/e2e/round_lib.sh"

rl_two_rounds "Eve,Fay,Gil,Hal"
[ -f "$sessions/$ended.md" ] || rl_fail "no transcript beside the journal"

rl_start 80 24
rl_wait "Unfinished rounds"; rl_wait "phase 3 of 7"; rl_wait "a draft waits"
rl_keys q; rl_wait "Rounds kept"
rl_keys a				# every round kept
rl_wait "Rounds kept on this machine, newest first."
rl_wait "Bells that Ring · ended"; rl_wait "phase 3 of 7 · a draft waits"; rl_wait "Eve, Fay, Gil, Hal · 0 reflections, 0 notes"
rl_screen | grep -n "phase 3 of 7\|· ended" | head -n 1 | grep -q "phase 3" || rl_fail "not newest first"
rl_keys '?'; rl_wait "Read the selected round's transcript"; rl_wait "Delete the selected round for good"
rl_keys q; rl_wait "Rounds kept on this machine"
# the key line follows the round selected: resume for the unfinished one,
# open for the ended one, and export, delete, help and back on both
rl_screen | tail -n 1 | grep -qE "^ *Enter resume  t transcript  e export  x delete  \? help  q back" ||
	rl_fail "key line for an unfinished round: $(rl_screen | tail -n 1)"
rl_keys j; rl_wait "Enter open  t transcript"; rl_keys k; rl_wait "Enter resume"

# t: the ended round's transcript, read in the program
rl_keys j t; rl_wait "Bells that Ring (bells-that-ring)"
rl_wait "People and roles"; rl_screen | grep -qF '**' && rl_fail "Markdown marks left in"
rl_keys G; rl_wait "Zoë spoke of the grandmother"
rl_keys q; rl_wait "Rounds kept on this machine"

# e: Markdown, anonymised, to the file offered; then again, asking first
out="$HOME/rucksack-$ended-anonymised.md"
rl_keys e; rl_wait "Markdown, anonymised"; rl_keys Down Enter
rl_wait "~/rucksack-$ended-anonymised.md"; rl_keys Enter
rl_wait "Exported to"
[ -f "$out" ] || rl_fail "nothing at $out"
grep -qF "P1" "$out" && ! grep -qF "Zoë" "$out" || rl_fail "not anonymised: $(cat "$out")"
echo mine >"$out"
rl_keys e; rl_wait "Markdown, anonymised"; rl_keys Down Enter
rl_wait "~/rucksack-$ended-anonymised.md"; rl_keys Enter
rl_wait "Replace"; rl_wait "there already"
rl_keys n; rl_gone "Replace"
[ "$(cat "$out")" = mine ] || rl_fail "replaced without a yes"
rl_keys e; rl_wait "Markdown, anonymised"; rl_keys Down Enter
rl_wait "~/rucksack-$ended-anonymised.md"; rl_keys Enter
rl_wait "Replace"; rl_keys y; rl_wait "Exported to"
grep -qF "# Bells that Ring" "$out" || rl_fail "not replaced on yes"
rl_keys e; rl_wait "JSON, anonymised"; rl_keys Down Down Enter
rl_wait "~/rucksack-$ended.json"; rl_keys Enter; rl_wait "Exported to"
grep -qF '"Zoë"' "$HOME/rucksack-$ended.json" || rl_fail "no JSON export"

# x: asks, n keeps it, y deletes it and all kept beside it
rl_keys x; rl_wait "cannot be undone"; rl_keys n; rl_gone "cannot be undone"
[ -f "$sessions/$ended.jsonl" ] || rl_fail "deleted on no"
rl_keys x; rl_wait "cannot be undone"; rl_keys y; rl_wait "Deleted"
rl_gone "· ended"
for ext in jsonl md draft lock; do
	[ -e "$sessions/$ended.$ext" ] && rl_fail "$ended.$ext left"
done
"$RUCKSACK" sessions | grep -qF "$ended" && rl_fail "still listed"

# Enter: the other resumes, its text back
rl_keys g Enter
rl_wait "unsaved text is back"; rl_wait "half a thought"
rl_stop
