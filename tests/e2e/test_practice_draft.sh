#!/bin/sh
# Write it keeps the question being typed as a draft: killed with -9 before
# Ctrl-S, the next run's editor opens with that text, Ctrl-S keeps it and
# the draft goes; a cancelled one is not offered again.  Killed while the
# text is in $EDITOR (Ctrl-O), what the editor saved comes back the same way.
. "$SRCDIR/tests/e2e/practice_lib.sh"
draft="$XDG_DATA_HOME/rucksack/practice/draft.json"
cat >"$TMPDIR/ed.sh" <<SH
printf 'Saved in the editor, 李明\n' >"\$1"
echo \$\$ >"$TMPDIR/ed.pid"
exec sleep 60
SH
export EDITOR="sh $TMPDIR/ed.sh" VISUAL=
text="Typed, never kept — Zoë 王小明 $(printf 'e\314\201')" # e and a combining acute

pr_start 80 24 --mode write --seed 3 -n 1
ui_wait "Step 1 of 6"
ui_keys Enter Enter; ui_wait "Step 3 of 6 · Write your questions"
ui_keys w; ui_wait "Write a question of this type"
ui_type "$text"
ui_wait "Zoë 王小明"
n=50	# the draft is written once typing pauses
until [ -s "$draft" ] && grep -qF "never kept" "$draft"; do
	n=$((n - 1)); [ $n -gt 0 ] || ui_fail "no draft written"; sleep 0.1
done
kill -9 "$(ui_pid)"
ui_wait "EXITED-137"

pr_start 80 24 --mode write --seed 3 -n 1
ui_wait "Step 1 of 6"
ui_keys Enter Enter; ui_wait "Step 3 of 6 · Write your questions"
ui_keys w; ui_wait "Your unsaved text is back"
ui_wait "$text"
ui_keys C-s; ui_wait "Kept: question 1"
[ ! -e "$draft" ] || ui_fail "the draft stayed after the text was kept"
ui_keys w; ui_wait "Write a question of this type"
ui_screen | grep -qF "never kept" && ui_fail "the kept text came back as a draft"
ui_type "dropped"; ui_wait "dropped"
n=50
until [ -s "$draft" ]; do n=$((n - 1)); [ $n -gt 0 ] || ui_fail "no draft"; sleep 0.1; done
ui_keys Escape; ui_wait "y yes"; ui_keys y; ui_gone "dropped"
[ ! -e "$draft" ] || ui_fail "a cancelled draft stayed"

# Ctrl-O: the editor saves its text, then the program is killed under it
ui_keys w; ui_wait "Write a question of this type"
ui_type "before the editor"; ui_keys C-o
n=50
until [ -s "$TMPDIR/ed.pid" ]; do
	n=$((n - 1)); [ $n -gt 0 ] || ui_fail "the editor did not start"; sleep 0.1
done
kill -9 "$(ui_pid)"
ui_wait "EXITED-137"
kill "$(cat "$TMPDIR/ed.pid")" 2>/dev/null
pr_start 80 24 --mode write --seed 3 -n 1
ui_wait "back in Write it's draft"
ui_keys Enter Enter; ui_wait "Step 3 of 6 · Write your questions"
ui_keys w; ui_wait "Your unsaved text is back"; ui_wait "Saved in the editor, 李明"
ui_keys C-s; ui_wait "Kept: question 1 of this"
ui_stop
out=$("$RUCKSACK" --decks "$UI_DECKS" practice --export)
printf '%s\n' "$out" | grep -qF "> Saved in the editor, 李明" || ui_fail "not exported: $out"
printf '%s\n' "$out" | grep -qF "> $text" || ui_fail "not exported: $out"
echo ok
