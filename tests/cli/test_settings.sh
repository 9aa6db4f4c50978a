#!/bin/sh
# The settings file: its deck folders are searched (after RUCKSACK_PATH,
# before the user's own), --help names them, a bad line is said at
# FILE:LINE on standard error and skipped, never fatal, and a file others
# may write is not read at all.
. "$SRCDIR/tests/cli/lib.sh"
conf="$HOME/.config/rucksack"
mkdir -p "$conf" "$TMPDIR/team" && cd "$TMPDIR" || fail "no folders"
cp "$DATA/a/colours.json" team/ || fail "no deck to share"
cat >"$conf/settings" <<T
# The team's shared decks
decks = $TMPDIR/team
deck = /typo
decks = relative/decks
decks = $TMPDIR/gone
facilitator = Ade
T
chmod 600 "$conf/settings"
rs list
status 0 "list with settings"
same "$ERR" "bad settings lines" <<T
$conf/settings:3:1: warning: unknown setting "deck"; did you mean "decks"?; line ignored
$conf/settings:4:1: warning: a deck folder must start with / or ~/; line ignored
$TMPDIR/gone: warning: no such folder (named by --decks, RUCKSACK_PATH or the settings file); no decks or flows are read from it
T
grep -q "^colours  *deck  .* $TMPDIR/team/colours.json\$" "$OUT" || fail "the settings' folder: $(cat "$OUT")"

RUCKSACK_PATH="$TMPDIR/first" rs --help
sed -n '/^Decks and flows are looked for/,/^$/p' "$OUT" | sed -n '3,5p' >folders
same folders "--help names the settings' folders in their place" <<T
  $TMPDIR/first
  $TMPDIR/team
  $TMPDIR/gone
T

# Others could point the program at their decks: the file is not read.
chmod 620 "$conf/settings"
rs list
status 0 "list with a settings file others may write"
same "$ERR" "a settings file others may write" <<T
$conf/settings: warning: not read: it must be yours, and no one else may write to it (chmod go-w on it)
T
grep -q colours "$OUT" && fail "read a settings file others may write"
exit 0
