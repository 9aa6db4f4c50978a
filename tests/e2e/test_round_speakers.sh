#!/bin/sh
# Who said it, in a reflecting conversation at 80x24 (Dee mentors and Pat
# watches the process, both seated by run --seat; Eve and Ben observe): the
# facilitator picks
# the observers out of order with their numbers, one speaks twice, a text is
# given to someone else after saving, a card taken by mistake is put back;
# the exported Markdown names each author with their role, in the order
# spoken, and leaves the card out.
. "$SRCDIR/tests/e2e/round_lib.sh"

PEOPLE="Ana,Zoë,李明,Dee,Pat,Eve,Ben"
rl_start 80 24 run --flow "$RL_FLOW" --people "'$PEOPLE'" --seed 7 --facilitator Fay \
	--seat "mentor=Dee,process-observer=Pat"
rl_wait "Roles and ground rules"
rl_keys "$K_NEXT"; rl_wait "Presenting the work"
rl_keys "$K_NEXT"; rl_wait "Interview"
rl_keys "$K_NEXT"; rl_wait "Reflecting conversation"
rl_wait "not yet: 6 Eve, 7 Ben"
# Ben first (7), then again, then Eve (6): in the room's order, not the list's
rl_keys 7; rl_wait "Reflection · Ben"
rl_type "Dad is invisible in the plan."; rl_keys "$K_DONE"; rl_wait "Reflection saved"
rl_wait "not yet: 6 Eve"
rl_keys 7; rl_wait "Reflection · Ben"
rl_type "Ms K's church, twice over."; rl_keys "$K_DONE"; rl_wait "Reflection saved"
rl_keys 6; rl_wait "Reflection · Eve"
rl_type "Our fear of getting it wrong."; rl_keys "$K_DONE"; rl_wait "Reflection saved"
rl_wait "Spoken: all 2"
# It was Dee (4) who said the last: given to her after saving
# (↓ selects, and stops at the last item: the text just saved)
rl_keys j j j j j j j j j j j j j j j j j j j j A; rl_wait "Give the selected text to"
rl_type "4"; rl_keys Enter; rl_wait "Author changed (saved)"
# a card taken to the table by mistake, and put back
rl_keys c; rl_wait "for the table"
rl_keys Enter; rl_wait "Card chosen by hand (saved)"
rl_keys u; rl_wait "Card put back (saved)"
rl_keys "$K_END"; rl_wait "End the round?"; rl_keys "$K_YES"; rl_wait "Transcript written"
rl_keys "$K_QUIT"; rl_wait "EXITED-0"
rl_stop

id=$(rl_session_id)
journal="$XDG_DATA_HOME/rucksack/sessions/$id.jsonl"
grep -q '"t":"credit".*"person":3' "$journal" || rl_fail "no credit record"
grep -q '"t":"putback"' "$journal" || rl_fail "no putback record"
out=$("$RUCKSACK" --decks "$RL_DECKS" export "$id" --format md) || rl_fail "export failed"
said=$(printf '%s\n' "$out" | sed -n "/^### 4. Reflecting conversation/,/^### /p" | grep '^- \*\*.*:$' |
	sed -E 's/, [0-9]{2}:[0-9]{2}:$//')
# each on their own card (the seed is fixed); Eve's lens did not go to Dee
want='- **Ben** (Observer, reflecting team), on *Voiced / unvoiced*
- **Ben** (Observer, reflecting team), on *Voiced / unvoiced*
- **Dee** (Systemic mentor), on *Hypotheses that include us*'
[ "$said" = "$want" ] || rl_fail "authors in the transcript: $said"
printf '%s\n' "$out" | grep -q "chosen by hand" && rl_fail "the card put back is listed"
for text in "Dad is invisible" "Ms K's church" "Our fear of getting it wrong."; do
	printf '%s\n' "$out" | grep -qF -- "$text" || rl_fail "lost: $text"
done
echo ok
