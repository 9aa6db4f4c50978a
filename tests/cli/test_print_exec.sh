#!/bin/sh
# rucksack does not load Pango or Cairo: `rucksack print` runs
# rucksack-print, found beside the binary or in the libexec folder.  With
# neither there, a clear error naming both places; the arguments are still
# checked (--help, usage errors) by rucksack itself.
. "$SRCDIR/tests/cli/lib.sh"
command -v readelf >/dev/null || fail "readelf (binutils) is needed"
needs=$(readelf -d "$RUCKSACK" | grep NEEDED) || fail "readelf -d: no NEEDED entries"
printf '%s\n' "$needs" | grep -Eiq 'pango|cairo|harfbuzz|fontconfig' &&
	fail "rucksack links Pango or Cairo: $needs"
helper="$(dirname "$RUCKSACK")/rucksack-print"
readelf -d "$helper" | grep NEEDED | grep -q pango || fail "$helper does not link Pango"

mkdir alone
cp "$RUCKSACK" alone/rucksack
"$PWD/alone/rucksack" print "$SRCDIR/decks/cmm.json" -o x.pdf >"$OUT" 2>"$ERR"
rc=$?
status 1 "print without rucksack-print"
grep -qF "rucksack print: cannot find rucksack-print, which makes the PDFs; looked for $PWD/alone/rucksack-print and " "$ERR" ||
	fail "the message does not name the folder beside the binary"
grep -q "libexec/rucksack/rucksack-print; reinstall rucksack\$" "$ERR" ||
	fail "the message does not name the libexec folder"
[ "$(wc -l <"$ERR")" -eq 1 ] || fail "more than one line said"
[ -s "$OUT" ] && fail "wrote on standard output"
[ -e x.pdf ] && fail "a PDF was written"

# What rucksack checks itself needs no rucksack-print.
"$PWD/alone/rucksack" print --help >"$OUT" 2>"$ERR"
rc=$?
status 0 "print --help without rucksack-print"
grep -q "^usage: rucksack print ID|FILE" "$OUT" || fail "print --help: $(cat "$OUT")"
"$PWD/alone/rucksack" print cmm --bogus >"$OUT" 2>"$ERR"
rc=$?
status 2 "a bad option without rucksack-print"
same "$ERR" "a bad option" <<'E'
rucksack print: unknown option '--bogus'; see 'rucksack print --help'
E
exit 0
