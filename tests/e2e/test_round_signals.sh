#!/bin/sh
# SIGHUP (a dropped ssh, a closed lid) and SIGTERM in the middle of typing:
# the program ends with the terminal given back, the journal whole, and the
# text being typed kept as a draft that resuming gives back.  Ctrl-C asks
# first, a second Ctrl-C quits.
. "$SRCDIR/tests/e2e/round_lib.sh"

sessions="$XDG_DATA_HOME/rucksack/sessions"
for sig in HUP TERM; do
	rm -rf "$sessions"
	rl_start 80 24 run --flow "$RL_FLOW" --people "'$RL_PEOPLE'" --seed 7
	rl_wait "Roles and ground rules"
	rl_keys "$K_NEXT"; rl_wait "Presenting the work"
	rl_keys "$K_CAPTURE"; rl_wait "Reflection"
	rl_type "typed before SIG$sig: Zoë"
	rl_wait "typed before SIG$sig: Zoë"
	kill -"$sig" "$(rl_pid)"
	case $sig in HUP) want=129 ;; TERM) want=143 ;; esac
	rl_wait "EXITED-$want"
	id=$(rl_session_id)
	grep -qF "typed before SIG$sig: Zoë" "$sessions/$id.draft" || rl_fail "draft lost on SIG$sig"
	# every line of the journal is whole JSON
	"$RUCKSACK" sessions | grep -F "$id" | grep -qi -e torn -e damaged && rl_fail "journal not whole"
	rl_start 80 24 resume
	rl_wait "typed before SIG$sig: Zoë"; rl_keys "$K_DONE"; rl_wait "Reflection saved"
	rl_keys C-c; rl_wait "Leave the round?"; rl_keys C-c; rl_wait "EXITED-0"
	"$RUCKSACK" --decks "$RL_DECKS" export "$id" | grep -qF "typed before SIG$sig: Zoë" ||
		rl_fail "reflection typed before SIG$sig lost"
done
echo ok
