#!/bin/sh
# rucksack print runs rucksack-print from the folder of the binary itself,
# links followed: a copy of the two together, or a link to rucksack from
# elsewhere, prints.  The settings file is reported on once.  rucksack-print
# alone has no other command.
. "$SRCDIR/tests/print/lib.sh"
helper="$(dirname "$RUCKSACK")/rucksack-print"

mkdir pair
cp "$RUCKSACK" "$helper" pair/
"$PWD/pair/rucksack" print "$PRINTDATA/ten.json" -o pair.pdf >"$OUT" 2>"$ERR" ||
	fail "the copied pair does not print"
[ "$(pages pair.pdf)" = 3 ] || fail "the pair: $(pages pair.pdf) pages"

mkdir bin
ln -s "$RUCKSACK" bin/rucksack
bin/rucksack print "$PRINTDATA/ten.json" -o linked.pdf >"$OUT" 2>"$ERR" ||
	fail "a link to rucksack does not print"
grep -qx "rucksack print: wrote linked.pdf" "$ERR" || fail "linked: $(cat "$ERR")"

# The settings file's problems are said once, by rucksack, not again by
# rucksack-print.
mkdir -p "$HOME/.config/rucksack"
printf 'no equals sign\n' >"$HOME/.config/rucksack/settings"
rs print "$PRINTDATA/ten.json" -o said.pdf
status 0 "print with a bad settings line"
[ "$(grep -c 'line ignored' "$ERR")" = 1 ] || fail "the settings warning not said once: $(cat "$ERR")"
rm "$HOME/.config/rucksack/settings"

"$helper" >"$OUT" 2>"$ERR"
rc=$?
status 2 "rucksack-print with no command"
same "$ERR" "rucksack-print alone" <<'E'
rucksack-print: run by 'rucksack print'; see 'rucksack print --help'
E
exit 0
