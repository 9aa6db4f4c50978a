# Sourced by the CLI tests; run.sh sets $RUCKSACK, $SRCDIR and a scratch
# $TMPDIR, HOME and XDG folders.
set -u
DATA="$SRCDIR/tests/data/cli"
OUT="$TMPDIR/out"
ERR="$TMPDIR/err"
fail() {
	echo "FAIL: $*"
	[ -s "$ERR" ] && sed 's/^/  stderr: /' "$ERR"
	exit 1
}
# rs ARGS...: runs rucksack; stdout in $OUT, stderr in $ERR, status in $rc.
rs() {
	"$RUCKSACK" "$@" >"$OUT" 2>"$ERR"
	rc=$?
}
# status N WHAT: the last run exited with N.
status() {
	[ "$rc" -eq "$1" ] || fail "$2: exit $rc, wanted $1"
}
# same FILE WHAT <<EOF ... EOF: FILE holds exactly what the heredoc says.
same() {
	cat >"$TMPDIR/want"
	diff -u "$TMPDIR/want" "$1" >"$TMPDIR/diff" || { cat "$TMPDIR/diff"; fail "$2"; }
}
# json FILE PYTHON: FILE parses as JSON (as v) and the Python assertions hold.
json() {
	/usr/bin/python3 -c "import json, sys
v = json.loads(open(sys.argv[1], encoding='utf-8').read())
$2" "$1" || fail "json checks on $1"
}
