#!/bin/sh
# The global options and the dispatcher: --help, --version, bad usage is exit
# 2 with a one-line hint, --help on every command, no command opens the
# full-screen program (which refuses without a terminal).
. "$SRCDIR/tests/cli/lib.sh"
cd "$DATA" || fail "no test data"

rs --help
status 0 "--help"
grep -q '^usage: rucksack ' "$OUT" || fail "--help: usage line"
for c in list show deal lint stats; do
	grep -q "^  $c  " "$OUT" || fail "--help does not list $c"
done
cp "$OUT" "$TMPDIR/help"
rs -h
status 0 "-h"
cmp -s "$OUT" "$TMPDIR/help" || fail "-h differs from --help"

rs --version
status 0 "--version"
grep -qx 'rucksack [0-9][0-9.]*' "$OUT" || fail "--version: $(cat "$OUT")"

# Every command listed answers --help with its usage and exit 0.
"$RUCKSACK" --help | sed -n 's/^  \([a-z][a-z]*\)  .*/\1/p' >"$TMPDIR/commands"
[ "$(wc -l <"$TMPDIR/commands")" -ge 5 ] || fail "fewer than five commands listed"
while read -r c; do
	rs "$c" --help
	status 0 "$c --help"
	grep -q "^usage: rucksack $c" "$OUT" || fail "$c --help: no usage line"
	same "$ERR" "$c --help: stderr" </dev/null
done <"$TMPDIR/commands"

# Bad usage: exit 2, one line on stderr, nothing on stdout.
check_usage() {
	want=$1
	shift
	rs "$@"
	status 2 "$*"
	same "$OUT" "$*: stdout" </dev/null
	# not through a pipe: same would fail in a subshell, and the test go on
	printf '%s\n' "$want" >"$TMPDIR/want.msg"
	same "$ERR" "$*: message" <"$TMPDIR/want.msg"
}
check_usage "rucksack: unknown command 'frobnicate'; see 'rucksack --help'" frobnicate
check_usage "rucksack: unknown option '--colour'; see 'rucksack --help'" --colour list
check_usage "rucksack: option '--decks' needs an argument; see 'rucksack --help'" --decks
check_usage "rucksack list: unknown option '--long'; see 'rucksack list --help'" list --long
check_usage "rucksack list: unexpected argument 'x'; see 'rucksack list --help'" list x
check_usage "rucksack list: --format must be text or json; see 'rucksack list --help'" \
	list --format=yaml
check_usage "rucksack sessions: --format must be text or json; see 'rucksack sessions --help'" \
	sessions --format=yaml
# What the user typed is quoted with control characters made visible.
esc=$(printf '\033')
check_usage "rucksack list: unexpected argument '␛[31mx'; see 'rucksack list --help'" \
	list "$esc[31mx"
check_usage "rucksack lint: which files? name at least one; see 'rucksack lint --help'" lint
check_usage "rucksack show: which deck or flow? give its ID; see 'rucksack show --help'" show
check_usage "rucksack deal: which deck? give its ID; see 'rucksack deal --help'" deal
check_usage "rucksack run: which flow? give --flow ID (rucksack list shows them); see 'rucksack run --help'" \
	run --people A,B,C
check_usage "rucksack run: who is present? give --people \"Ana,Ben,Chi\"; see 'rucksack run --help'" \
	run --flow bells-that-ring
check_usage "rucksack run: --seed needs a whole number; see 'rucksack run --help'" \
	run --flow bells-that-ring --people A,B,C --seed -1
check_usage "rucksack run: --rounds needs a whole number from 1 to 1000; see 'rucksack run --help'" \
	run --flow bells-that-ring --people A,B,C --rounds 0
# A name with a control character is refused before the terminal is taken,
# C1 controls (U+0080-U+009F: CSI moves a terminal as ESC [ does) as C0 and DEL.
for bad in "$esc[2J" "$(printf '\302\233')2J" "$(printf '\302\205')" "$(printf '\177')"; do
	rs --decks "$SRCDIR/decks" run --flow bells-that-ring --people "Ana,Ben$bad,Chi,Dee"
	status 1 "run --people with a control character"
	same "$ERR" "run --people with a control character: stderr" <<EOF
rucksack run: --people: a name cannot hold control characters
EOF
done
# Names that differ only in case or accents are refused, present or absent.
rs --decks "$SRCDIR/decks" run --flow bells-that-ring --people "Zoë,Ben,Chi,Dee" --apologies "Eve,zoe"
status 1 "run --apologies alike a name present"
same "$ERR" "run --apologies alike a name present: stderr" <<EOF
rucksack run: --apologies: "zoe" reads the same as "Zoë": add a surname or an initial
EOF
# --seat: an optional role by name, for someone present; the mentor is not a
# seat to fill from the group's size, so four others must still be there
rs --decks "$SRCDIR/decks" run --flow bells-that-ring --people "Ana,Ben,Chi,Dee" \
	--seat "mentor=Dee,presenter=Ana,mentor=Zed"
status 1 "run --seat with a required role and someone absent"
same "$ERR" "run --seat errors: stderr" <<EOF
rucksack run: --seat: bells-that-ring has no optional role "presenter"
rucksack run: --seat: "Zed" is not among the people present
EOF
# what was typed is quoted back visibly, never as a raw escape
rs --decks "$SRCDIR/decks" run --flow bells-that-ring --people "Ana,Ben,Chi,Dee" --seat "x$esc[31mRED"
status 1 "run --seat with an escape"
same "$ERR" "run --seat with an escape: stderr" <<EOF
rucksack run: --seat: "x␛[31mRED": give ROLE=NAME, as mentor=Dee
EOF
rs --decks "$SRCDIR/decks" run --flow bells-that-ring --people "Ana,Ben,Chi,Dee" --seat mentor=Dee
status 1 "run --seat leaving too few"
same "$ERR" "run --seat leaving too few: stderr" <<EOF
rucksack run: flow 'bells-that-ring' needs at least 5 people, with those seated by --seat; 4 given
EOF
check_usage "rucksack run: unknown option '--colour'; see 'rucksack run --help'" run --colour
check_usage "rucksack run: option '--flow' needs an argument; see 'rucksack run --help'" run --flow
check_usage "rucksack run: unexpected argument '␛[1mx'; see 'rucksack run --help'" \
	run --flow f --people A "$esc[1mx"
check_usage "rucksack resume: unknown option '--all'; see 'rucksack resume --help'" resume --all
check_usage "rucksack resume: unexpected argument 'b' (one round at a time); see 'rucksack resume --help'" \
	resume a b

# No command: the list, as `rucksack list` prints it.
rs --decks a list
cp "$OUT" "$TMPDIR/list"
# No command opens the full-screen program; with stdin and stdout not a
# terminal it refuses in one line on stderr that points at `rucksack list`.
rs --decks a </dev/null
status 1 "no command without a terminal"
[ ! -s "$OUT" ] || fail "no command without a terminal: wrote to stdout"
[ "$(wc -l <"$ERR")" -eq 1 ] || fail "no command without a terminal: not one line"
grep -q 'rucksack list' "$ERR" || fail "no command without a terminal: no hint at rucksack list"

# --no-color and NO_COLOR are accepted anywhere among the global options.
rs --no-color --decks a list
status 0 "--no-color"
cmp -s "$OUT" "$TMPDIR/list" || fail "--no-color changed the list"
NO_COLOR=1 "$RUCKSACK" --decks a list >"$OUT" 2>"$ERR" || fail "NO_COLOR=1"
cmp -s "$OUT" "$TMPDIR/list" || fail "NO_COLOR changed the list"

# Global options go before the command; after it they are the command's.
rs list --decks a
status 2 "list --decks"
exit 0
