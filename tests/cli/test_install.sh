#!/bin/sh
# make install / uninstall honour PREFIX and DESTDIR; the installed binary,
# built for its PREFIX, finds the installed stock decks with no options, and
# rucksack-print in PREFIX/libexec/rucksack for `rucksack print`.
. "$SRCDIR/tests/cli/lib.sh"
build="$TMPDIR/build"
prefix="$TMPDIR/prefix"
# A make of its own: not the jobserver of the make that runs the tests.
mk() {
	env -u MAKEFLAGS -u MFLAGS -u MAKELEVEL make -s -j2 -C "$SRCDIR" BUILD="$build" "$@" \
		>"$TMPDIR/make.log" 2>&1 || { cat "$TMPDIR/make.log"; fail "make $*"; }
}
# The ids of the stock decks and flows (every decks/*.json but the schema).
/usr/bin/python3 - "$SRCDIR"/decks/*.json >"$TMPDIR/ids" <<'PY' || fail "stock ids"
import json, sys
for p in sys.argv[1:]:
    if not p.endswith("/schema.json"):
        print(json.load(open(p, encoding="utf-8"))["id"])
PY
[ -s "$TMPDIR/ids" ] || fail "no stock decks"

mk PREFIX="$prefix" install
for f in bin/rucksack libexec/rucksack/rucksack-print share/man/man1/rucksack.1 share/man/man5/rucksack-deck.5; do
	[ -f "$prefix/$f" ] || fail "make install: no $f"
done
[ -x "$prefix/bin/rucksack" ] || fail "the binary is not executable"
[ -x "$prefix/libexec/rucksack/rucksack-print" ] || fail "rucksack-print is not executable"
[ -e "$prefix/bin/rucksack-print" ] && fail "rucksack-print installed as a command"
for f in "$SRCDIR"/decks/*.json; do
	cmp -s "$f" "$prefix/share/rucksack/decks/${f##*/}" || fail "not installed: decks/${f##*/}"
done

# With no options and no environment pointing anywhere: the installed decks.
env -u RUCKSACK_DATADIR "$prefix/bin/rucksack" list --format=json >"$OUT" 2>"$ERR" ||
	fail "installed rucksack list"
same "$ERR" "installed list: stderr" </dev/null
json "$OUT" "
ids = [l.strip() for l in open('$TMPDIR/ids')]
assert sorted(d['id'] for d in v) == sorted(ids), v
assert all(d['path'].startswith('$prefix/share/rucksack/decks/') for d in v), v"
env -u RUCKSACK_DATADIR "$prefix/bin/rucksack" lint --werror "$prefix"/share/rucksack/decks/*.json \
	>"$OUT" 2>&1 || { cat "$OUT"; fail "the installed decks do not lint clean"; }

# Not beside bin/rucksack: print finds rucksack-print in libexec.
env -u RUCKSACK_DATADIR "$prefix/bin/rucksack" print cmm -o "$TMPDIR/cmm.pdf" >"$OUT" 2>"$ERR" ||
	fail "installed rucksack print"
head -c 5 "$TMPDIR/cmm.pdf" | grep -q "%PDF-" || fail "installed print: no PDF"

mk PREFIX="$prefix" uninstall
left=$(find "$prefix" -type f | sed "s|^$prefix/||")
[ -z "$left" ] || fail "make uninstall left: $left"
[ ! -d "$prefix/share/rucksack" ] || fail "make uninstall left share/rucksack"
[ ! -d "$prefix/libexec/rucksack" ] || fail "make uninstall left libexec/rucksack"

# DESTDIR stages the files under it; the binary still looks in PREFIX.
stage="$TMPDIR/stage"
mk PREFIX=/opt/rs DESTDIR="$stage" install
[ -x "$stage/opt/rs/bin/rucksack" ] || fail "DESTDIR: no binary"
[ -x "$stage/opt/rs/libexec/rucksack/rucksack-print" ] || fail "DESTDIR: no rucksack-print"
[ -f "$stage/opt/rs/share/rucksack/decks/schema.json" ] || fail "DESTDIR: no schema.json"
[ -f "$stage/opt/rs/share/man/man5/rucksack-deck.5" ] || fail "DESTDIR: no man5 page"
env -u RUCKSACK_DATADIR "$stage/opt/rs/bin/rucksack" list >"$OUT" 2>"$ERR"
grep -qx '  /opt/rs/share/rucksack/decks' "$OUT" || { cat "$OUT"; fail "DESTDIR build: data folder"; }
mk PREFIX=/opt/rs DESTDIR="$stage" uninstall
left=$(find "$stage" -type f)
[ -z "$left" ] || fail "make uninstall with DESTDIR left: $left"
exit 0
