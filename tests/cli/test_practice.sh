#!/bin/sh
# rucksack practice without a screen: --help, bad usage (exit 2, one line),
# decks that cannot be practised (exit 1, saying why, before any screen),
# no terminal (exit 1), and --export of a journal written by hand.
. "$SRCDIR/tests/cli/lib.sh"
DECKS="--decks $SRCDIR/decks --decks $SRCDIR/tests/data/practice"

rs practice --help; status 0 "--help"
grep -q "^usage: rucksack practice" "$OUT" || fail "--help prints the usage"

for bad in "--mode sing" "-n 0" "-n 1001" "--seed x" "--bogus" "extra" "-o x.md" "--deck" \
	   "--flow" "--flow x --mode name" "--flow x --export"; do
	rs practice $bad; status 2 "practice $bad"
	[ "$(wc -l <"$ERR")" -eq 1 ] || fail "practice $bad: not one line"
	grep -q "^rucksack practice: .*see 'rucksack practice --help'" "$ERR" || fail "practice $bad: hint"
done

rs $DECKS practice --deck nope; status 1 "unknown deck"
same "$ERR" "unknown deck" <<'X'
rucksack practice: no deck or flow 'nope'; see 'rucksack list'
X
rs $DECKS practice --deck no-examples; status 1 "no examples"
grep -q "no-examples.json: error: no card has examples, so there is nothing to practise" "$ERR" ||
	fail "no examples: says why"
rs $DECKS practice --deck graces-drill --suit zz; status 1 "unknown suit"
grep -q "error: no suit 'zz' in this deck" "$ERR" || fail "unknown suit: says which"
rs --decks "$SRCDIR/tests/data/practice" practice --deck graces-drill --mode write
status 1 "write without vignettes"
grep -q "writing questions needs the vignette deck 'vignettes', which was not found" "$ERR" ||
	fail "write without vignettes: says why"
rs $DECKS practice --deck graces-drill </dev/null; status 1 "no terminal"
grep -q "needs a terminal" "$ERR" || fail "no terminal: says so"

# --flow: a flow that cannot give write it's steps is an error naming why, before any screen.
BAD="--decks $SRCDIR/tests/data/practice --decks $SRCDIR/tests/data/practice-bad"
SOLO="--decks $SRCDIR/tests/data/practice --decks $SRCDIR/tests/data/practice-solo"
rs $BAD practice --flow one-deal; status 1 "--flow dealing once"
same "$ERR" "--flow dealing once" <<X
$SRCDIR/tests/data/practice-bad/one-deal.json:4:9: error: flow 'one-deal' deals only once; writing questions needs two deals: first the scene (such as a vignette), then the question type
X
rs $BAD practice --flow no-targets; status 1 "--flow without targets"
same "$ERR" "--flow without targets" <<X
$SRCDIR/tests/data/practice-bad/no-targets.json:9:62: error: flow 'no-targets' deals its question types from 'mini-vignettes', where no card has examples or prompts to compare your questions with
X
rs $BAD practice --flow no-writing --mode write; status 1 "--flow with nowhere to write"
same "$ERR" "--flow with nowhere to write" <<X
$SRCDIR/tests/data/practice-bad/no-writing.json:4:9: error: flow 'no-writing' has no phase after its second deal that captures text, to write the questions in
X
rs $BAD practice --flow nope; status 1 "--flow unknown"
same "$ERR" "--flow unknown" <<'X'
rucksack practice: no deck or flow 'nope'; see 'rucksack list'
X
rs $BAD practice --flow graces-drill; status 1 "--flow naming a deck"
grep -qF "graces-drill: error: this is a deck, not a flow" "$ERR" || fail "--flow naming a deck: says so"
rs $SOLO practice --flow graces-solo --deck mini-drill; status 1 "--flow and another --deck"
grep -qF "error: flow 'graces-solo' deals its question types from 'graces-drill', not from 'mini-drill'" "$ERR" ||
	fail "--flow and another --deck: says which"
rs $SOLO practice --flow graces-solo --suit zz; status 1 "--flow and a --suit it lacks"
grep -qF "graces-solo.json:18:23: error: flow 'graces-solo' deals its question types from 'graces-drill', which has no suit 'zz'" "$ERR" ||
	fail "--flow and a --suit it lacks: says which"
rs $SOLO practice --flow graces-solo </dev/null; status 1 "--flow that suits, no terminal"
grep -q "needs a terminal" "$ERR" || fail "--flow that suits: goes as far as the screen"

# --export: nothing yet, then a journal with a question of each kind.
rs practice --export; status 0 "export, nothing written"
same "$OUT" "export, nothing written" <<'X'
# Practice: questions written

No questions written yet.
X
dir="$XDG_DATA_HOME/rucksack/practice"
mkdir -p "$dir"
w='"v":1,"type":"written","deck":"tomm-questions","card":"rx-future","vignettes":"vignettes","vignette":"v01"'
cat >"$dir/journal.jsonl" <<JSON
{$w,"ts":1795520000,"id":"aa-1","text":"What would the baby say, *if* she could?","on_target":null}
{$w,"ts":1795520060,"id":"aa-2","text":"# Who\\nnotices first?","on_target":null}
{"v":1,"type":"mark","deck":"tomm-questions","ts":1795520100,"id":"aa-2","on_target":true}
{"v":1,"type":"written","deck":"other","card":"c","vignette":"v","ts":1795520200,"text":"Other deck","on_target":false}
JSON
# Name it answers over two days, one right through the example's also, one
# of another deck: the export gives the scores by day and in all.
a='"v":1,"type":"answer","deck":"tomm-questions","item":"k","suit":"circular","card":"circ-triadic"'
cat >>"$dir/journal.jsonl" <<JSON
{$a,"ts":1795520300,"given_suit":"circular","given_card":"circ-triadic","suit_ok":true,"card_ok":true}
{$a,"ts":1795520400,"given_suit":"lineal","given_card":null,"suit_ok":false,"card_ok":false}
{$a,"ts":1795610000,"given_suit":"reflexive","given_card":"rx-context-change","suit_ok":true,"card_ok":true,"named":"rx-context-change","also":true}
{"v":1,"type":"answer","deck":"other","item":"k","suit":"s","card":"c","ts":1795610000,"given_suit":"t","given_card":null,"suit_ok":false,"card_ok":false}
JSON
TZ=UTC rs $DECKS practice --export --deck tomm-questions; status 0 "export"
same "$OUT" "export" <<'X'
# Practice: questions written

## 2026-11-24

### 11:33 · Future-oriented · Five weeks old

*Card `rx-future` of `tomm-questions`; vignette `v01` of `vignettes`.*

*The vignette:*

> A couple, both nineteen, have a five-week-old baby. The mother grew up in foster care; the father's family live at the other end of the country. The midwife has noticed that the baby has lost weight, and the father tells her that they are managing fine and do not need anyone checking up on them.

> What would the baby say, *if* she could?

*Not marked.*

> # Who
> notices first?

**On target.**

## Name it: scores

- 2026-11-24: 1 of 2 types right (50%); 1 of 1 subtypes right (100%)
- 2026-11-25: 1 of 1 types right (100%); 1 of 1 subtypes right (100%)
- In all, 2026-11-24 to 2026-11-25: 2 of 3 types right (66%); 2 of 2 subtypes right (100%)
X
cp "$OUT" "$TMPDIR/by-id"
# --deck FILE: the export of that file's deck, as by its id.
TZ=UTC rs $DECKS practice --export --deck "$SRCDIR/decks/tomm-questions.json"; status 0 "export --deck FILE"
cmp -s "$OUT" "$TMPDIR/by-id" || fail "export --deck FILE differs from --deck ID"
rs practice --export --deck nope.json; status 1 "export --deck a missing FILE"
same "$ERR" "export --deck a missing FILE" <<'X'
nope.json: error: cannot open: No such file or directory
X
TZ=UTC rs practice --export -o "$TMPDIR/q.md"; status 0 "export -o"
[ ! -s "$OUT" ] || fail "export -o printed to stdout"
[ "$(stat -c %a "$TMPDIR/q.md")" = 600 ] || fail "export -o: mode not 0600"
grep -q "### 11:36 · c · v" "$TMPDIR/q.md" || fail "export -o: no ids where decks are not found"
grep -q "^\*\*Not yet\.\*\*$" "$TMPDIR/q.md" || fail "export -o: the first format's mark"
# -o a link: the link stays and the file it leads to gets the questions, as export does
: > "$TMPDIR/target.md"; ln -s "$TMPDIR/target.md" "$TMPDIR/qlink.md"
TZ=UTC rs practice --export -o "$TMPDIR/qlink.md"; status 0 "export -o a link"
[ -L "$TMPDIR/qlink.md" ] || fail "export -o replaced the link with a file"
cmp -s "$TMPDIR/q.md" "$TMPDIR/target.md" || fail "export -o: the link's file was not written"
# -o -: standard output, as export and print take it, and no file named "-"
TZ=UTC rs practice --export -o -; status 0 "export -o -"
cmp -s "$OUT" "$TMPDIR/q.md" || fail "export -o -: not the questions on standard output"
[ ! -e ./- ] || fail "export -o -: wrote a file named -"
rs practice --export -o /nonexistent/q.md; status 1 "export -o to nowhere"
grep -q "^/nonexistent/q.md: error: cannot write the questions" "$ERR" || fail "export -o: says why"
echo ok
