#!/bin/sh
# rucksack export: Markdown against the expected file, JSON, --anonymise,
# -o FILE (0600; a link followed, a device written into), unique prefixes,
# no catalog needed, usage and not-found errors.
set -eu
fail() { echo "FAIL: $*"; exit 1; }
dir="$XDG_DATA_HOME/rucksack/sessions"
mkdir -p "$dir"
cp "$SRCDIR/tests/data/session/transcript.jsonl" "$dir/20231115-080000-beef.jsonl"
cp "$SRCDIR/tests/data/session/transcript.jsonl" "$dir/20231115-090000-f00d.jsonl"
export TZ=UTC
# The decks the round used, on the search path, for titles.
export RUCKSACK_PATH="$SRCDIR/tests/data/session/decks"

"$RUCKSACK" export 20231115-080000-beef > got.md || fail "export exit $?"
diff -u "$SRCDIR/tests/data/session/transcript.expected.md" got.md || fail "markdown differs"

# A unique prefix will do; an ambiguous one will not.
"$RUCKSACK" export 20231115-08 > got2.md || fail "prefix"
cmp -s got.md got2.md || fail "prefix gave another transcript"
set +e
"$RUCKSACK" export 20231115 >/dev/null 2>err.txt; rc=$?
set -e
[ $rc -eq 1 ] || fail "ambiguous prefix should exit 1, got $rc"
grep -q "matches 2 rounds" err.txt || fail "ambiguous message: $(cat err.txt)"

# -o FILE: written whole, mode 0600 (even with a permissive umask, and over
# a file that was readable by all), nothing on standard output.
echo old > out.json
chmod 644 out.json
(umask 0; "$RUCKSACK" export 20231115-080000-beef --format json -o out.json > stdout.txt) || fail "-o"
[ "$(stat -c %a out.json)" = 600 ] || fail "mode $(stat -c %a out.json)"
[ -s stdout.txt ] && fail "-o also printed: $(cat stdout.txt)"
ls | grep -q "out.json.tmp" && fail "temporary file left behind"
/usr/bin/python3 -c '
import json, sys
t = json.load(open("out.json"))
assert t["id"] == "20231115-080000-beef"
assert t["flow"]["title"] == "Test Round"
ph = t["rounds"][0]["phases"]
assert [p["id"] for p in ph] == ["story", "ring", "close"], ph
texts = [e["text"] for p in ph for e in p["entries"]]
assert not any("to be deleted" in x for x in texts), texts
assert any(e["edited"] for p in ph for e in p["entries"])
' || fail "json content"

# -o a link: the link stays, the file it leads to gets the transcript.
echo old > target.md
ln -s target.md link.md
"$RUCKSACK" export 20231115-080000-beef -o link.md || fail "-o link exit $?"
[ -L link.md ] || fail "-o replaced the link with a file"
cmp -s got.md target.md || fail "the link's file was not written"
# -o a device: written into, never replaced.  As root (who could rename
# over /dev/null) a null device made here stands in for it, so a regression
# cannot break the machine's /dev/null.
null=/dev/null
if mknod null c 1 3 2>/dev/null; then null=$PWD/null; fi
"$RUCKSACK" export 20231115-080000-beef -o "$null" || fail "-o $null exit $?"
[ -c "$null" ] || fail "$null is no longer a character device"
{ "$RUCKSACK" export 20231115-080000-beef -o /dev/stdout || echo "exit $?"; } | cat > via-pipe.md
cmp -s got.md via-pipe.md || fail "-o /dev/stdout into a pipe: $(diff got.md via-pipe.md | head -5)"
# -o a folder: refused, naming it.
mkdir adir
set +e
"$RUCKSACK" export 20231115-080000-beef -o adir 2>err.txt; rc=$?
set -e
[ $rc -eq 1 ] || fail "-o a folder should exit 1, got $rc"
grep -q "adir" err.txt || fail "-o a folder message: $(cat err.txt)"

# --anonymise: no name left, in the text either.
"$RUCKSACK" export 20231115-080000-beef --anonymise > anon.md
for name in Ana Ben Chi Dee Fay; do
	if grep -qw "$name" anon.md; then fail "$name left in the anonymised transcript"; fi
done
grep -q "P1 spoke of" anon.md || fail "P1 not in text"
grep -q "Anabel" anon.md || fail "a longer word was changed"
"$RUCKSACK" export 20231115-080000-beef --anonymise --format json > anon.json
for name in Ana Ben Chi Dee Fay; do
	if grep -qw "$name" anon.json; then fail "$name left in the anonymised JSON"; fi
done
# Stable labels: the same round exports the same way each time.
"$RUCKSACK" export 20231115-090000-f00d --anonymise > anon2.md
cmp -s anon.md anon2.md || fail "labels not stable: $(diff anon.md anon2.md)"

# Names in lower case or capitals go too, whatever the user's locale.
cat >lower.jsonl <<'J'
{"v":1,"t":"start","at":1700035200000,"id":"lower","flow":"f","rounds":1,"people":["Ana López","Ben"],"phases":["p"],"roles":["r"]}
{"t":"seats","at":1700035200000,"round":0,"seats":[0,0]}
{"t":"phase","at":1700035200000,"round":0,"phase":0}
{"t":"entry","at":1700035260000,"id":1,"round":0,"phase":0,"person":1,"text":"ana and LÓPEZ said BEN's ben, Anabel stays"}
J
LC_ALL=C "$RUCKSACK" export ./lower.jsonl --anonymise > lower.md || fail "export lower.jsonl"
grep -qF "P1 and P1 said P2's P2, Anabel stays" lower.md || fail "any case: $(grep said lower.md)"

# Every part of every name goes, with or without accents, and initials; a
# word that looks like a name no one was told of is shown on standard error.
cat >parts.jsonl <<'J'
{"v":1,"t":"start","at":1700035200000,"id":"parts","flow":"f","rounds":1,"facilitator":"Fay Okafor","people":["Mary-Jane Smith","Jean-Luc Picard","Siobhán Kelly","Maximilian von Hohenberg-Ratibor"],"phases":["p"],"roles":["r"]}
{"t":"seats","at":1700035200000,"round":0,"seats":[0,0,0,0]}
{"t":"phase","at":1700035200000,"round":0,"phase":0}
{"t":"entry","at":1700035260000,"id":1,"round":0,"phase":0,"person":1,"text":"Mary and Jean spoke; Siobhan agreed with MJ.\nMaximilian asked Okafor about Tom's mum."}
J
"$RUCKSACK" export ./parts.jsonl --anonymise > parts.md 2> parts.err || fail "export parts.jsonl"
grep -qF "P1 and P2 spoke; P3 agreed with P1." parts.md || fail "parts: $(cat parts.md)"
grep -qF "P4 asked Facilitator about Tom's mum." parts.md || fail "parts: $(cat parts.md)"
grep -qx "rucksack export: not replaced, check it is not a name: \"Tom's\" in round 1, p, 08:01, line 2: P4 asked Facilitator about Tom's mum." parts.err \
	|| fail "suspects: $(cat parts.err)"
[ "$(wc -l < parts.err)" -eq 1 ] || fail "suspects: $(cat parts.err)"
"$RUCKSACK" export ./parts.jsonl > plain.md 2> plain.err || fail "export parts.jsonl"
[ -s plain.err ] && fail "without --anonymise nothing is checked: $(cat plain.err)"

# Without the decks and flow (moved away), export still works; titles fall back to ids.
RUCKSACK_PATH="" "$RUCKSACK" export 20231115-080000-beef > bare.md || fail "export without decks"
grep -q "### 2. ring" bare.md || fail "phase ids as titles: $(cat bare.md)"

"$RUCKSACK" export --help | grep -q "usage: rucksack export" || fail "--help"
set +e
"$RUCKSACK" export >/dev/null 2>&1; [ $? -eq 2 ] || fail "no ID should exit 2"
"$RUCKSACK" export a b >/dev/null 2>&1; [ $? -eq 2 ] || fail "two IDs should exit 2"
"$RUCKSACK" export x --format pdf >/dev/null 2>&1; [ $? -eq 2 ] || fail "bad format should exit 2"
"$RUCKSACK" export 1999 >/dev/null 2>err.txt; [ $? -eq 1 ] || fail "unknown id should exit 1"
grep -qx "rucksack export: no round '1999'; see 'rucksack sessions'" err.txt || fail "not-found message: $(cat err.txt)"
"$RUCKSACK" export 20231115-080000-beef -o "$TMPDIR/no/such/dir/t.md" 2>/dev/null
[ $? -eq 1 ] || fail "unwritable -o should exit 1"
exit 0
