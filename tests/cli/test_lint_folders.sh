#!/bin/sh
# rucksack lint FOLDER: every *.json of the folder, in name order, as the
# program reads a deck folder (not the folders inside it, not schema.json
# nor names starting with '.'); a link to a deck is followed; a pipe named
# .json is refused for what it is, never waited on; folders and files mixed
# keep the order given; a flow finds its decks in the folder; an empty folder
# is a warning.
. "$SRCDIR/tests/cli/lib.sh"
mkdir -p team/inner empty
cp "$DATA/lint/good.json" team/b-good.json
cp "$DATA/lint/warn.json" team/a-warn.json
cp "$DATA/a/colours.json" team/colours.json
cp "$DATA/a/mini-round.json" team/round.json
cp "$DATA/lint/bad.json" team/inner/bad.json	# not read: a folder inside
cp "$DATA/lint/bad.json" team/.draft.json	# not read: an editor's file
cp "$DATA/lint/bad.json" team/notes.txt
echo '{}' >team/schema.json
cp "$DATA/lint/good.json" elsewhere.json
ln -s ../elsewhere.json team/c-link.json
mkfifo team/d-pipe.json

timeout 10 "$RUCKSACK" lint team >"$OUT" 2>"$ERR"; rc=$?
status 1 "lint a folder"
same "$OUT" "lint a folder" <<'T'
team/a-warn.json:6:41: warning: card "a": unknown field "promts"; did you mean "prompts"?
team/c-link.json:3:9: error: id: duplicate id "good" (rucksack uses team/b-good.json)
team/d-pipe.json: error: cannot open: it is a pipe or device, not a file
T
same "$ERR" "lint a folder: stderr" <<'T'
6 files checked: 2 errors, 1 warning
T

# (b-good.json and c-link.json are one deck, so their ids clash.)
rm team/d-pipe.json
rs lint -q team/ "$DATA/lint/bad.json"
status 1 "a folder and a file"
sed "s|^$DATA/|DATA/|" "$OUT" >"$TMPDIR/got"
same "$TMPDIR/got" "a folder and a file, in the order given" <<'T'
team/a-warn.json:6:41: warning: card "a": unknown field "promts"; did you mean "prompts"?
team/c-link.json:3:9: error: id: duplicate id "good" (rucksack uses team/b-good.json)
DATA/lint/bad.json:6:46: error: card "a", weight: expected a positive integer, found 0
T
rm team/c-link.json team/a-warn.json
rs lint --werror team
status 0 "a clean folder, its flow dealing from its deck"
same "$OUT" "a clean folder" </dev/null
same "$ERR" "a clean folder: stderr" <<'T'
3 files checked: no problems
T

rs lint empty
status 0 "an empty folder"
same "$OUT" "an empty folder" <<'T'
empty: warning: no .json files in this folder
T
rs lint --werror empty
status 1 "an empty folder, --werror"
echo ok
