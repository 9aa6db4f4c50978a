#!/bin/sh
# The genogram supervision flow end to end at 80x24: four people (Ana
# presents; Zoë, 李明 and Ben are colleagues), every phase walked in order,
# the presenter's question and response typed, two colleagues' reflections
# in the reflecting phase, an action agreed, the round ended; the exported
# Markdown has every phase, a genogram card and a grace card dealt to each
# colleague while the presenter draws, the worker card on the table, the
# words typed and the action in its table.
. "$SRCDIR/tests/e2e/round_lib.sh"

rl_start 80 24 run --flow genogram-supervision --people "'Ana,Zoë,李明,Ben'" --seed 7 --facilitator Fay
rl_wait "Setting up"
rl_keys "$K_NEXT"; rl_wait "Drawing the genogram"
rl_reflect "Which grandparent is missing from my drawing?"
rl_keys "$K_NEXT"; rl_wait "Colleagues reflect"
rl_wait "not yet: 2 Zoë, 3 李明, 4 Ben"
rl_keys 2; rl_wait "Reflection · Zoë"
rl_type "Dad's side of the drawing is empty."; rl_keys "$K_DONE"; rl_wait "Reflection saved"
rl_keys 4; rl_wait "Reflection · Ben"
rl_type "The worker sits close to nan."; rl_keys "$K_DONE"; rl_wait "Reflection saved"
rl_keys "$K_NEXT"; rl_wait "The presenter responds"
rl_reflect "I will add dad's parents."
rl_keys "$K_NEXT"; rl_wait "Actions"
rl_action "Draw the genogram with mum" Ana "next visit"
md="$TMPDIR/genogram.md"
rl_end_export "$md"

for phase in "Setting up" "Drawing the genogram" "Colleagues reflect" "The presenter responds" "Actions"; do
	grep -q "^### [0-9]\. $phase — " "$md" || { cat "$md"; rl_fail "no phase \"$phase\" in the transcript"; }
done
# order: the phases as the flow lists them
[ "$(grep '^### ' "$md" | sed 's/ — .*//' | tr '\n' '|')" = \
  "### 1. Setting up|### 2. Drawing the genogram|### 3. Colleagues reflect|### 4. The presenter responds|### 5. Actions|" ] ||
	{ cat "$md"; rl_fail "phases out of order"; }
drawing=$(sed -n '/^### 2\. Drawing the genogram/,/^### /p' "$md")
for who in Zoë 李明 Ben; do
	echo "$drawing" | grep -q "(Genograms and ecomaps) — to $who\$" || { cat "$md"; rl_fail "no genogram card to $who"; }
	echo "$drawing" | grep -q "(Social GRACES) — to $who\$" || { cat "$md"; rl_fail "no grace card to $who"; }
done
sed -n '/^### 3\. Colleagues reflect/,/^### /p' "$md" | grep -q "(Genograms and ecomaps) — to the group" ||
	{ cat "$md"; rl_fail "no worker card on the table"; }
for text in "Which grandparent is missing" "Dad's side of the drawing is empty." \
	    "The worker sits close to nan." "I will add dad's parents."; do
	grep -qF -- "$text" "$md" || { cat "$md"; rl_fail "lost: $text"; }
done
for want in '## Actions agreed' '| Draw the genogram with mum | Ana | next visit |'; do
	grep -qxF -- "$want" "$md" || { cat "$md"; rl_fail "no line \"$want\" in the transcript"; }
done
grep -qF '(`genogram-supervision`)' "$md" || rl_fail "the transcript does not name the flow"
echo ok
