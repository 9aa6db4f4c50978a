#!/bin/sh
# Issue 10, 2: the practice journal in two windows.  While window 1 writes
# questions, window 2's practice is refused naming window 1's pid, and does
# not replace the journal window 1 appends to: what window 1 kept is kept.
. "$SRCDIR/tests/e2e/practice_lib.sh"

pr_start 80 24 --mode write --seed 3 -n 2	# window 1
ui_wait "Exercise 1 of 2"
W1=$UI_SOCK
pid1=$(ui_pid) || ui_fail "no rucksack in window 1"
trap 'tmux -L "$W1" kill-server 2>/dev/null; ui_stop' EXIT
journal="$XDG_DATA_HOME/rucksack/practice/journal.jsonl"
printf '{"v":1,"type":"ans' >>"$journal"	# a torn line, as after a crash

UI_SOCK=none				# ui_start stops the current server: not window 1
pr_start 80 24 --deck graces-drill --seed 7 -n 8	# window 2
ui_wait "EXITED-1"
ui_tmux capture-pane -p -J -t t | grep -qF "practice is open in another window (pid $pid1); carry on there, or close it there first" ||
	ui_fail "window 2 not refused as open elsewhere"
ui_stop

UI_SOCK=$W1
ui_keys Enter Enter; ui_wait "Step 3 of 6 · Write your questions"
ui_keys w; ui_wait "Write a question of this type"
ui_type "Kept with a second window open"; ui_keys C-s; ui_wait "Kept: question 1"
grep -qF "Kept with a second window open" "$journal" ||
	ui_fail "window 1's question is not in the journal"
ui_stop
