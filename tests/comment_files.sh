#!/bin/sh
# Comments name real files: every file name (*.c, *.h, *.sh, *.inc) in a
# comment of the sources, the tests, the Makefile or .ci/run must be a file
# of the tree, by path (some file's path ends with it) or by name.  Names
# with a placeholder in capitals (cmd_NAME.c) are patterns, not files;
# suites.inc is made by the Makefile.  Fails naming the file and line.
# Usage: tests/comment_files.sh [ROOT]
cd "${1:-.}" || exit 2
known=$( (find src tests decks man Makefile .ci -type f; echo build/tests/unit/suites.inc) 2>/dev/null)
out=$(mktemp)
trap 'rm -f "$out"' EXIT
status=0
for f in $(find src tests -type f \( -name '*.c' -o -name '*.h' -o -name '*.sh' -o -name '*.inc' \) \
	! -path 'tests/data/*' | sort) Makefile .ci/run; do
	[ -f "$f" ] || continue
	case $f in *.c | *.h | *.inc) lang=c ;; *) lang=sh ;; esac
	# "LINE NAME" for each file name in a comment
	awk -v lang="$lang" '
	function names(text,   t) {
		while (match(text, /(^|[^A-Za-z0-9_.\/>-])[A-Za-z0-9_.\/-]*[A-Za-z0-9_-]\.(c|h|sh|inc)([^A-Za-z0-9_]|$)/)) {
			t = substr(text, RSTART, RLENGTH)
			sub(/^[^A-Za-z0-9_.\/-]/, "", t); sub(/[^A-Za-z0-9_]$/, "", t)
			if (t !~ /[A-Z][A-Z][A-Z]/) print NR, t
			text = substr(text, RSTART + RLENGTH - 1)
		}
	}
	lang == "sh" { if ($0 ~ /^[ \t]*#/ && $0 !~ /^[ \t]*#[ \t]*include/) names($0); next }
	{
		line = $0; text = ""
		while (line != "") {
			if (inc) {
				e = index(line, "*/")
				if (!e) { text = text " " line; line = "" }
				else { text = text " " substr(line, 1, e - 1); line = substr(line, e + 2); inc = 0 }
			} else {
				s = index(line, "/*"); d = index(line, "//")
				if (d && (!s || d < s)) { text = text " " substr(line, d + 2); line = "" }
				else if (s) { line = substr(line, s + 2); inc = 1 }
				else line = ""
			}
		}
		if (text != "") names(text)
	}' "$f" | while read -r line name; do
		printf '%s\n' "$known" | grep -qE "(^|/)$(printf '%s' "$name" | sed 's/[.]/[.]/g')\$" ||
			echo "comment_files: $f:$line: names $name, which is not a file of the tree"
	done
done >"$out" 2>&1
if [ -s "$out" ]; then cat "$out" >&2; status=1; fi
[ $status -eq 0 ] && echo "comment_files: every file a comment names is in the tree"
exit $status
