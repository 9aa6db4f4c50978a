#!/bin/sh
# The case, the question and the actions, through the screens at 80x24: the
# case and question given at setup (the field warns off a family's names)
# and shown on the phases; an action added from the first phase (its who
# picked from those present) and one in the action-planning step (its who
# typed); ending says the phase it is at; the round reopened for an
# addendum and ended again.  The exported Markdown heads with the case and
# question, has the actions as a table, and the addendum after the end.
# rucksack run takes the case and question as options.
. "$SRCDIR/tests/e2e/round_lib.sh"

rl_start 80 24
rl_wait "Start a round"
rl_keys Enter; rl_wait "Bells that Ring"
rl_keys Enter; rl_wait "New round · Bells that Ring"
rl_keys a; rl_wait "Add people"; rl_type "$RL_PEOPLE"; rl_keys Enter; rl_wait "4.  Ben"
rl_keys d; rl_wait "Seed"; rl_type "7"; rl_keys Enter; rl_wait "Seed: 7"
rl_keys f; rl_wait "Facilitator"; rl_type "Fay"; rl_keys Enter; rl_wait "Facilitator: Fay"
rl_keys C; rl_wait "The case and the question"; rl_wait "never a family's names"
rl_type "J (7) | ref 4471"; rl_keys Tab; rl_type "What am I missing?"; rl_keys Enter
rl_wait "Case: J (7) | ref 4471 · Question: What am I missing?"
rl_keys Enter; rl_wait "Roles and ground rules"
rl_wait "Case: J (7) | ref 4471 · Question: What am I missing?"

rl_keys a; rl_wait "An action agreed"			# from a phase that plans nothing
rl_type "Ask Ms K about J's dad"; rl_keys Enter
rl_keys C-t; rl_wait "Ana"; rl_keys Enter
rl_type "next visit"; rl_keys Enter; rl_wait "Action added"
rl_wait "Ask Ms K about J's dad — Ana, by next visit"

rl_keys Right Right Right Right Right; rl_wait "Action planning"
rl_wait "Actions agreed: 1 (a adds one)"
rl_wait "Case: J (7) | ref 4471"
rl_keys a; rl_wait "An action agreed"
rl_type "Check attendance"; rl_keys Enter
rl_type "Dr Khan"; rl_keys Enter
rl_type "Friday 5 Dec"; rl_keys Enter; rl_wait "Action added"
rl_wait "Actions agreed: 2 (a adds one)"

rl_keys "$K_END"; rl_wait "End the round? It is at phase 6 of 7."; rl_keys "$K_YES"
rl_wait "Transcript written"
rl_keys R; rl_wait "Reopen the round"; rl_keys "$K_YES"; rl_wait "Reopened"
rl_keys "$K_NOTE"; rl_wait "Note"; rl_type "School check booked."; rl_keys "$K_DONE"
rl_wait "saved"
rl_keys "$K_END"; rl_wait "End the round?"; rl_keys "$K_YES"; rl_wait "Transcript written"
rl_keys "$K_QUIT"; rl_wait "Start a round"
rl_keys q; rl_wait "EXITED-0"
rl_stop

id=$(rl_session_id)
[ -n "$id" ] || rl_fail "no journal"
md="$TMPDIR/actions.md"
"$RUCKSACK" --decks "$RL_DECKS" export "$id" --format md >"$md" || rl_fail "export failed"
for want in '- Case: J (7) \| ref 4471' "- Presenter's question: What am I missing?" \
	    '## Actions agreed' '| what | who | by when |' \
	    "| Ask Ms K about J's dad | Ana | next visit |" \
	    '| Check attendance | Dr Khan | Friday 5 Dec |' '## Added after the end'; do
	grep -qxF -- "$want" "$md" || { cat "$md"; rl_fail "no line \"$want\" in the transcript"; }
done
# the addendum is after the end, and only there
after=$(sed -n '/^## Added after the end$/,$p' "$md")
echo "$after" | grep -qF "  > School check booked." || { cat "$md"; rl_fail "addendum not after the end"; }
[ "$(grep -cF "School check booked." "$md")" -eq 1 ] || rl_fail "addendum listed twice"
"$RUCKSACK" --decks "$RL_DECKS" export "$id" --format json | grep -qF '"who":	"Dr Khan"' ||
	rl_fail "the JSON export lacks the typed who"

# run takes them too, skipping setup
export XDG_DATA_HOME="$TMPDIR/data-run"
rl_start 80 24 run --flow "$RL_FLOW" --people "'$RL_PEOPLE'" --case "'K (3)'" --question "'Why now?'"
rl_wait "Case: K (3) · Question: Why now?"
rl_keys "$K_QUIT"; rl_wait "Leave the round?"; rl_keys "$K_YES"; rl_wait "EXITED-0"
rl_stop
id=$(rl_session_id)
"$RUCKSACK" --decks "$RL_DECKS" export "$id" | grep -qxF -- '- Case: K (3)' || rl_fail "run lost the case"
echo ok
