#!/bin/sh
# Decks shared by a team: a folder named in RUCKSACK_PATH is searched, list
# shows each deck's version, and a copy in use that is older than one it
# hides is flagged, on both lines (text) and in JSON.
. "$SRCDIR/tests/cli/lib.sh"
cd "$TMPDIR" || fail "no folder"
own="$XDG_DATA_HOME/rucksack/decks"
mkdir -p team "$own" "$RUCKSACK_DATADIR" || fail "no folders"
# colours 2.1 in the team's folder; an old copy of 1.9 kept in one's own
# folder, which comes after it; and a stock 2.10 (newer than 2.1).
cp "$DATA/a/colours.json" team/
sed 's/"version": "2.1"/"version": "1.9"/; s/"Colours"/"My old colours"/' \
	"$DATA/a/colours.json" >"$own/colours.json"
sed 's/"version": "2.1"/"version": "2.10"/; s/"Colours"/"Stock colours"/' \
	"$DATA/a/colours.json" >"$RUCKSACK_DATADIR/colours.json"
RUCKSACK_PATH="$TMPDIR/team" rs list
status 0 "list"
same "$ERR" "list: stderr" </dev/null
# (the columns' widths depend on the scratch folder's name: spaces squeezed)
tr -s ' ' <"$OUT" >squeezed
same squeezed "a team folder first, older and newer copies hidden" <<T
ID KIND VERSION TITLE SIZE FILE
colours deck 2.1 Colours 6 cards $TMPDIR/team/colours.json (hides newer 2.10)
colours deck 1.9 My old colours 6 cards $own/colours.json (shadowed)
colours deck 2.10 Stock colours 6 cards $RUCKSACK_DATADIR/colours.json (shadowed by older 2.1)
T
RUCKSACK_PATH="$TMPDIR/team" rs list --format=json
json "$OUT" "
assert [(d['version'], d['shadowed'], d.get('hides_newer')) for d in v] == [
    ('2.1', False, '$RUCKSACK_DATADIR/colours.json'), ('1.9', True, None),
    ('2.10', True, None)], v"
# Without the team's folder one's own old copy is in use and hides both.
rs list
grep -q "^colours  *deck  *1.9  .*(hides newer 2.10)\$" "$OUT" || fail "own old copy: $(cat "$OUT")"
exit 0
