#!/bin/sh
# The program built in the source tree and run as build/rucksack, from
# another folder, with no deck folder of the user's and no installed copy,
# finds that tree's stock decks; a copy of it outside the tree does not.
# --help names the folders looked in, in order.
. "$SRCDIR/tests/cli/lib.sh"
mkdir -p "$TMPDIR/elsewhere" "$TMPDIR/empty" && cd "$TMPDIR/elsewhere" || fail "no folder"
tree=$(cd "$SRCDIR" && pwd -P)
case $(cd "$(dirname "$RUCKSACK")" && pwd -P) in
"$tree"/*) ;;
*) fail "$RUCKSACK is not built inside $tree, as this test needs" ;;
esac
# run.sh points RUCKSACK_DATADIR into the scratch folder; a user has none.
stock() {
	env -u RUCKSACK_DATADIR XDG_DATA_HOME="$TMPDIR/empty" "$@" >"$OUT" 2>"$ERR"
	rc=$?
}

stock "$RUCKSACK" list
status 0 "list from elsewhere"
same "$ERR" "list from elsewhere: stderr" </dev/null
grep -q "^cmm  *deck  .* $tree/decks/cmm.json\$" "$OUT" || fail "the tree's decks not found: $(cat "$OUT")"

stock "$RUCKSACK" --decks mine --help
status 0 "--help"
sed -n '/^Decks and flows are looked for/,/^$/p' "$OUT" >folders
same folders "--help names the folders" <<T
Decks and flows are looked for in these folders, in this order (of files
with one id, the first found is used):
  mine
  $TMPDIR/empty/rucksack/decks
  $TMPDIR/none/rucksack/decks
  $tree/decks

T

# A copy outside the tree is an installed program: its data folder, not the
# tree's (here the compiled-in one, which names no tree).
cp "$RUCKSACK" "$TMPDIR/rucksack-copy" || fail "cannot copy"
stock "$TMPDIR/rucksack-copy" --help
grep -q "^  $tree/decks\$" "$OUT" && fail "a copy outside the tree looks in it"
# RUCKSACK_DATADIR still overrides, from the tree too.
mkdir -p "$TMPDIR/datadir2"
RUCKSACK_DATADIR="$TMPDIR/datadir2" XDG_DATA_HOME="$TMPDIR/empty" "$RUCKSACK" --help >"$OUT"
tail -4 "$OUT" | head -1 | grep -qx "  $TMPDIR/datadir2" || fail "RUCKSACK_DATADIR: $(cat "$OUT")"
exit 0
