#!/bin/sh
# File names reach the terminal with control characters made visible: a deck
# in a shared folder named with ESC, BEL or a C1 control (U+009B, CSI) cannot
# retitle or recolour the terminal through list, lint, sessions or export,
# in text (stand-ins) or JSON (\u escapes).
. "$SRCDIR/tests/cli/lib.sh"
export TZ=UTC
evil=$(printf 'x\033]0;PWNED\007\302\23331m')
mkdir decks
printf '{"format":1,' >"decks/${evil}bad.json"
cp "$DATA/a/colours.json" "decks/${evil}good.json"

# raw FILE WHAT: FILE holds no ESC, BEL or C1 CSI byte sequence.
raw() {
	if LC_ALL=C grep -q "$(printf '\033\|\007\|\302\233')" "$1"; then
		od -c "$1" | head -5
		fail "$2: a control character reached the terminal"
	fi
}

rs --decks decks list
status 0 "list"
raw "$OUT" "list"
raw "$ERR" "list's report of the bad file"
grep -qF 'decks/x␛]0;PWNED␇�31mbad.json:1:13: error:' "$ERR" ||
	fail "list: the bad file not reported with stand-ins"
grep -qF 'decks/x␛]0;PWNED␇�31mgood.json' "$OUT" || fail "list: the good file not listed"

rs --decks decks list --format=json
status 0 "list --format=json"
raw "$OUT" "list --format=json"
grep -qF '\u001b]0;PWNED\u0007\u009b31mgood.json' "$OUT" || fail "list --format=json: not escaped"
json "$OUT" "assert v[0]['path'] == 'decks/x\x1b]0;PWNED\x07\x9b31mgood.json', v"

rs lint decks/*
status 1 "lint"
raw "$OUT" "lint"
raw "$ERR" "lint"
grep -qF 'decks/x␛]0;PWNED␇�31mbad.json:1:13: error:' "$OUT" || fail "lint: not reported"
rs lint --format=json decks/*
status 1 "lint --format=json"
raw "$OUT" "lint --format=json"
json "$OUT" "assert v[0]['file'] == 'decks/x\x1b]0;PWNED\x07\x9b31mbad.json', v"

# A round journal with such a name, and one that is no round.
dir="$XDG_DATA_HOME/rucksack/sessions"
mkdir -p "$dir"
cp "$SRCDIR/tests/data/session/transcript.jsonl" "$dir/${evil}.jsonl"
echo "not a journal" >"$dir/${evil}junk.jsonl"
rs sessions
status 0 "sessions"
raw "$OUT" "sessions"
raw "$ERR" "sessions' warning"
grep -qF 'x␛]0;PWNED␇�31mjunk.jsonl:' "$ERR" || fail "sessions: the junk journal not warned of"
rs sessions --format=json
raw "$OUT" "sessions --format=json"
json "$OUT" "assert v[0]['id'] == 'x\x1b]0;PWNED\x07\x9b31m', v"
rs export "$dir/${evil}junk.jsonl"
status 1 "export of the junk journal"
raw "$ERR" "export's error"
grep -qF 'x␛]0;PWNED␇�31mjunk.jsonl:' "$ERR" || fail "export: the error names no file"
exit 0
