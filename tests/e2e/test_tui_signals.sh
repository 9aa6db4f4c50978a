#!/bin/sh
# SIGTERM, SIGHUP and SIGINT end the program cleanly from any screen (even
# under a dialog or the "make the window larger" screen): it exits with
# 128 + the signal's number and the terminal's settings are as before.
# Idle, it blocks: no CPU time and no wakeups while nothing happens.
. "$SRCDIR/tests/e2e/lib.sh"

ui_start 80 24
ui_home_open "Read the decks"; ui_wait "Plain deck"
ui_keys Enter; ui_wait "Zoë's voice"
pid=$(ui_pid) || ui_fail "no rucksack process"
# idle: the number of context switches does not move while nobody types
before=$(awk '/^voluntary_ctxt_switches/ { print $2 }' "/proc/$pid/status")
n=0; while [ $n -lt 20 ]; do sleep 0.1; n=$((n + 1)); done	# 2 s of nothing
after=$(awk '/^voluntary_ctxt_switches/ { print $2 }' "/proc/$pid/status")
[ "$before" = "$after" ] || ui_fail "woke up while idle ($before -> $after switches)"
kill -TERM "$pid"; ui_wait "EXITED-143"
ui_tty_restored

ui_start 80 24
ui_home_open "Read the decks"; ui_wait "Plain deck"
ui_keys C-c; ui_wait "Quit rucksack?"
kill -HUP "$(ui_pid)"; ui_wait "EXITED-129"
ui_tty_restored

ui_start 80 24
ui_keys '?'; ui_wait "Keys on this screen"
ui_resize 30 8; ui_wait "larger"
kill -INT "$(ui_pid)"; ui_wait "EXITED-130"
ui_tty_restored
echo ok
