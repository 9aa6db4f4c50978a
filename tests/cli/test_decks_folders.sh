#!/bin/sh
# A folder named by --decks or RUCKSACK_PATH that does not exist, or is a
# file, is warned of on standard error once (the rest still load); the
# default folders (XDG_DATA_HOME, XDG_DATA_DIRS, the data folder), absent in
# this scratch setup, stay silent.
. "$SRCDIR/tests/cli/lib.sh"
cd "$DATA" || fail "no test data"
W='(named by --decks, RUCKSACK_PATH or the settings file); no decks or flows are read from it'

rs --decks a list
status 0 "list"
same "$ERR" "absent default folders are silent" </dev/null

rs --decks nowhere list
status 0 "list with a missing --decks"
same "$ERR" "a missing --decks folder" <<T
nowhere: warning: no such folder $W
T
grep -q '^No decks or flows found' "$OUT" || fail "nothing to list"

rs --decks a/colours.json --decks a list
status 0 "list with a file as --decks"
same "$ERR" "a file given as --decks" <<T
a/colours.json: warning: not a folder $W
T
grep -q '^colours  *deck  *2.1  *Colours ' "$OUT" || fail "the other folder still loads"

# Named twice (--decks twice, and RUCKSACK_PATH): one warning.
RUCKSACK_PATH="/nope:nowhere:a" "$RUCKSACK" --decks nowhere --decks nowhere list \
	>"$OUT" 2>"$ERR" || fail "list with RUCKSACK_PATH"
same "$ERR" "each missing folder once, in search-path order" <<T
nowhere: warning: no such folder $W
/nope: warning: no such folder $W
T

# Every command that loads the search path says so: show, deal, lint of a flow.
rs --decks nowhere --decks a show colours
status 0 "show"
same "$ERR" "show with a missing --decks" <<T
nowhere: warning: no such folder $W
T
rs --decks nowhere --decks a lint a/mini-round.json
status 0 "lint of a flow"
same "$ERR" "lint: the folder its references were checked without" <<T
nowhere: warning: no such folder $W
1 file checked: no problems
T
same "$OUT" "lint's own report is unchanged" </dev/null
exit 0
