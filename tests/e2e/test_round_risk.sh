#!/bin/sh
# The risk conversation flow end to end at 80x24: five people (Ana presents;
# Zoë, 李明, Ben and Eve are colleagues), every phase walked in order: the
# worry typed, where each stands (the presenter and two colleagues), what we
# do not know (one colleague), the presenter's response, the safe-enough
# plan, an action agreed, the round ended; the exported Markdown has every
# phase in order, the risk cards dealt (certainty to each colleague, the
# pull on the table, a risk-taking card to the presenter), the words typed
# and the action in its table.
. "$SRCDIR/tests/e2e/round_lib.sh"

rl_start 80 24 run --flow risk-conversation --people "'Ana,Zoë,李明,Ben,Eve'" --seed 3 --facilitator Fay
rl_wait "Setting up"
rl_keys "$K_NEXT"; rl_wait "The worry"
rl_reflect "Sure the baby is unsafe at night; not sure why."
rl_keys "$K_NEXT"; rl_wait "Where we stand"
rl_reflect_by 1 "Ana" "Unsafe certainty."
rl_reflect_by 3 "李明" "Unsafe uncertainty: I keep changing my mind."
rl_reflect_by 5 "Eve" "Safe certainty, and that worries me."
rl_keys "$K_NEXT"; rl_wait "What we do not know"
rl_reflect_by 4 "Ben" "We have never asked who is there at night."
rl_keys "$K_NEXT"; rl_wait "The presenter responds"
rl_reflect "Less sure, and less frightened."
rl_keys "$K_NEXT"; rl_wait "A safe-enough plan"
rl_reflect "Night checks stay; ask dad about nights; review in two weeks."
rl_keys "$K_NEXT"; rl_wait "Actions"
rl_action "Ask dad who is at home at night" Ana Friday
md="$TMPDIR/risk.md"
rl_end_export "$md"

[ "$(grep '^### ' "$md" | sed 's/ — .*//' | tr '\n' '|')" = \
  "### 1. Setting up|### 2. The worry|### 3. Where we stand|### 4. What we do not know|### 5. The presenter responds|### 6. A safe-enough plan|### 7. Actions|" ] ||
	{ cat "$md"; rl_fail "phases missing or out of order"; }
worry=$(sed -n '/^### 2\. The worry/,/^### /p' "$md")
for who in Zoë 李明 Ben Eve; do
	echo "$worry" | grep -q "(Risk and uncertainty) — to $who\$" || { cat "$md"; rl_fail "no risk card to $who"; }
done
sed -n '/^### 4\. What we do not know/,/^### /p' "$md" | grep -q "(Risk and uncertainty) — to the group" ||
	{ cat "$md"; rl_fail "no card on the table while the colleagues explore"; }
sed -n '/^### 6\. A safe-enough plan/,/^### /p' "$md" | grep -q "(Risk and uncertainty) — to Ana" ||
	{ cat "$md"; rl_fail "no risk-taking card to the presenter"; }
stand=$(sed -n '/^### 3\. Where we stand/,/^### /p' "$md")
for who in Ana 李明 Eve; do
	echo "$stand" | grep -q "^- \*\*$who\*\*" || { cat "$md"; rl_fail "$who's position not in the transcript"; }
done
for text in "Sure the baby is unsafe at night" "Unsafe uncertainty: I keep changing my mind." \
	    "We have never asked who is there at night." "Less sure, and less frightened." \
	    "review in two weeks"; do
	grep -qF -- "$text" "$md" || { cat "$md"; rl_fail "lost: $text"; }
done
for want in '## Actions agreed' '| Ask dad who is at home at night | Ana | Friday |'; do
	grep -qxF -- "$want" "$md" || { cat "$md"; rl_fail "no line \"$want\" in the transcript"; }
done
echo ok
