# Sourced by the print tests: tests/cli/lib.sh's helpers, and the PDF read
# back with poppler's tools.
. "$SRCDIR/tests/cli/lib.sh"
PRINTDATA="$SRCDIR/tests/data/print"
# pages FILE: its page count.
pages() { pdfinfo "$1" | awk '/^Pages:/ { print $2 }'; }
# pagesize FILE: "W x H" in whole points (of the first page).
pagesize() { pdfinfo "$1" | awk '/^Page size:/ { printf "%.0f x %.0f\n", $3, $5 }'; }
# text FILE PAGE: that page's text.
text() { pdftotext -f "$2" -l "$2" "$1" -; }
# has FILE PAGE WORD...: each WORD is in the text of that page.
has() {
	f=$1 p=$2
	shift 2
	t=$(text "$f" "$p")
	for w in "$@"; do
		printf '%s\n' "$t" | grep -qF -- "$w" || fail "$f page $p lacks '$w'"
	done
}
# lacks FILE PAGE WORD...: none of them is there.
lacks() {
	f=$1 p=$2
	shift 2
	t=$(text "$f" "$p")
	for w in "$@"; do
		printf '%s\n' "$t" | grep -qF -- "$w" && fail "$f page $p has '$w'"
	done
	return 0
}
