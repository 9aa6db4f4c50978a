#!/bin/sh
# The setup screen at 40x12: five people take more seat lines than fit above
# the footer, and the last line shown says how many more there are (the
# footer's case line once hid a mark under it); a taller window shows them all.
. "$SRCDIR/tests/e2e/round_lib.sh"

rl_start 40 12
rl_wait "Start a round"
rl_keys Enter; rl_wait "Bells that Ring"
rl_keys Enter; rl_wait "New round"
rl_keys a; rl_wait "Add people"
rl_type "Ana,Ben,Chi,Dee,Eve"; rl_keys Enter
rl_wait "Seats"; rl_wait "Presenter: Ana"
rl_wait "more seats: a taller"
rl_wait "Case: none"			# the footer is there too
rl_screen | grep -qF "Observer (reflecting team)" && rl_fail "the last seat fits at 40x12?"
rl_resize 80 40
rl_wait "Observer (reflecting team): Dee, Eve"; rl_gone "more seats"
rl_keys q q; rl_wait "Browse decks"; rl_keys q; rl_wait "EXITED-0"
echo ok
