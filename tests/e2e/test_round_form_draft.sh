#!/bin/sh
# Nothing typed is lost in a form either: an action half typed (what and
# who, no by-when yet) survives kill -9, and resuming opens the form again
# with it, where it is finished and saved; the case form, half typed, is
# kept through a quit in the same way.  Esc drops the draft.
. "$SRCDIR/tests/e2e/round_lib.sh"

rl_start 80 24 run --flow "$RL_FLOW" --people "'Ana,Ben,Chi,Dee'" --seed 7
rl_wait "Roles and ground rules"
rl_keys a; rl_wait "An action agreed"
rl_type "Ring the school nurse"; rl_keys Tab; rl_type "Dr Khan"
id=$(rl_session_id)
draft="$XDG_DATA_HOME/rucksack/sessions/$id.draft"
n=50; until grep -qF "Dr Khan" "$draft" 2>/dev/null || [ $n -eq 0 ]; do sleep 0.1; n=$((n - 1)); done
[ $n -gt 0 ] || rl_fail "the half-typed action was not kept as a draft"
pid=$(rl_pid) || rl_fail "no rucksack process"
kill -9 "$pid"
rl_wait "EXITED-137"

rl_start 80 24 resume
rl_wait "What you typed is back in the form"
rl_wait "Ring the school nurse"; rl_wait "Dr Khan"
rl_keys Tab Tab; rl_type "Friday"; rl_keys C-s; rl_wait "Action added"
rl_wait "Ring the school nurse — Dr Khan, by Friday"
[ -e "$draft" ] && rl_fail "the draft stayed after the action was saved"

rl_keys C; rl_wait "The case and the question"
rl_type "K (3)"
n=50; until grep -qF "K (3)" "$draft" 2>/dev/null || [ $n -eq 0 ]; do sleep 0.1; n=$((n - 1)); done
[ $n -gt 0 ] || rl_fail "the half-typed case was not kept as a draft"
rl_keys C-c; rl_wait "Quit"; rl_keys y; rl_wait "EXITED-0"	# quit: kept as it is
rl_start 80 24 resume
rl_wait "What you typed is back in the form"; rl_wait "K (3)"
rl_keys Escape; rl_gone "The case and the question"		# Esc: dropped
[ -e "$draft" ] && rl_fail "the draft stayed after Esc"
rl_keys "$K_QUIT"; rl_wait "Leave the round?"; rl_keys "$K_YES"; rl_wait "EXITED-0"
rl_stop
"$RUCKSACK" --decks "$RL_DECKS" export "$id" | grep -qxF "| Ring the school nurse | Dr Khan | Friday |" ||
	rl_fail "the action finished after the resume is not in the transcript"
echo ok
