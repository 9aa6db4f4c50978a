#!/bin/sh
# The journal cannot be written and the program must go (QA F9): SIGHUP
# with a reflection kept in memory and another being typed writes a rescue
# copy of the whole round, and the draft, to the first rescue folder that
# takes it, says where, and the next start offers it; resumed, it goes back
# to the sessions folder once that can be written, with the draft.  Leaving
# with q does the same; with the data and home rescue folders blocked the
# copy goes to $TMPDIR.  (As root, folder modes stop nothing: a file in the
# place of a folder does.)
. "$SRCDIR/tests/e2e/round_lib.sh"

unset XDG_RUNTIME_DIR # its rescue folder comes before $TMPDIR's (test_round_rescue_nowhere.sh)
sessions="$XDG_DATA_HOME/rucksack/sessions"
rescue="$XDG_DATA_HOME/rucksack/rescue"
mkdir -p "$XDG_DATA_HOME/rucksack" "$HOME"
: >"$sessions"

rl_start 80 24 run --flow "$RL_FLOW" --people "'$RL_PEOPLE'" --seed 7
rl_wait "NOT SAVED"
rl_keys "$K_NEXT"; rl_wait "Presenting the work"
rl_keys "$K_CAPTURE"; rl_wait "Reflection"
rl_type "unsaved precious text, Zoë"; rl_keys "$K_DONE"; rl_wait "Not saved"
rl_keys "$K_NOTE"; rl_wait "Note"
rl_type "half typed when the lid closed"; rl_wait "half typed when the lid closed"
kill -HUP "$(rl_pid)"
rl_wait "EXITED-129"
rl_wait "all of it is in a rescue copy"
id=$(ls "$rescue" | sed -n 's/\.jsonl$//p')
[ -n "$id" ] || rl_fail "no rescue copy in $rescue"
grep -qF "unsaved precious text, Zoë" "$rescue/$id.jsonl" || rl_fail "reflection not rescued"
grep -qF "half typed when the lid closed" "$rescue/$id.draft" || rl_fail "draft not rescued"
[ "$(stat -c %a "$rescue")" = 700 ] || rl_fail "rescue folder not 0700"
[ "$(stat -c %a "$rescue/$id.jsonl")" = 600 ] || rl_fail "rescue copy not 0600"
[ "$(stat -c %a "$rescue/$id.draft")" = 600 ] || rl_fail "rescued draft not 0600"
rl_screen | tr -d '\n' | grep -qF "rucksack resume $id" || rl_fail "how to carry on not said"

# Listed, and said where.
"$RUCKSACK" sessions >"$TMPDIR/list" 2>&1
grep -q "^$id .*UNFINISHED, rescued" "$TMPDIR/list" || { cat "$TMPDIR/list"; rl_fail "not listed"; }
grep -qF "$id rescued to $rescue/$id.jsonl" "$TMPDIR/list" || rl_fail "where not said"

# The sessions folder can be written again: the start-up offer names the
# rescue copy; resumed, the round goes home, the draft back in the editor.
rm -f "$sessions"; mkdir -m 700 "$sessions"
rl_start 80 24
rl_wait "Unfinished rounds"; rl_wait "rescued to $rescue"
rl_keys Enter; rl_wait "half typed when the lid closed"
rl_keys "$K_DONE"; rl_wait "Note saved"
rl_keys "$K_QUIT"; rl_wait "Leave the round?"; rl_keys "$K_YES"; rl_wait "Browse decks"
rl_stop
[ -d "$rescue" ] && rl_fail "the rescue copy stayed after going home"
grep -qF "unsaved precious text, Zoë" "$sessions/$id.jsonl" || rl_fail "not put back home"
grep -qF "half typed when the lid closed" "$sessions/$id.jsonl" || rl_fail "draft not saved home"

# q, with the data and home rescue folders blocked too: the copy goes to $TMPDIR.
rm -rf "$sessions"; : >"$sessions"; : >"$rescue"; : >"$HOME/rucksack-rescue"
rl_start 80 24 run --flow "$RL_FLOW" --people "'$RL_PEOPLE'" --seed 8
rl_wait "NOT SAVED"
rl_keys "$K_NOTE"; rl_wait "Note"
rl_type "kept by q"; rl_keys "$K_DONE"; rl_wait "Not saved"
rl_keys "$K_QUIT"; rl_wait "Leave with changes not saved?"; rl_keys "$K_YES"
rl_wait "EXITED-0"
tmp="$TMPDIR/rucksack-rescue-$(id -u)"
rl_wait "all of it is in a rescue copy"
ls "$tmp"/*.jsonl >/dev/null 2>&1 || rl_fail "no rescue copy in $tmp"
grep -qF "kept by q" "$tmp"/*.jsonl || rl_fail "note not rescued by q"
[ "$(stat -c %a "$tmp")" = 700 ] || rl_fail "temporary rescue folder not 0700"
"$RUCKSACK" sessions | grep -q "UNFINISHED, rescued" || rl_fail "rescue in \$TMPDIR not listed"
echo ok
