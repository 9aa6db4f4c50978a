#!/bin/sh
# The layering check checked: on a tiny fake tree, tests/layering.sh passes
# while the tree keeps the rules, and fails naming the file and line of each
# back-edge between the core's parts (and of curses in the core, and of
# cJSON included by another name) once one is added.  Run by make check-layering.
set -u
here=$(cd "$(dirname "$0")" && pwd)
tree=$(mktemp -d)
trap 'rm -rf "$tree"' EXIT
pass=0 fail=0
ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL: $*"; }

# put FILE LINE...: writes the lines into the fake tree's FILE.
put() {
	f=$tree/$1
	shift
	mkdir -p "$(dirname "$f")"
	printf '%s\n' "$@" >"$f"
}

put src/core/base/utf8.h '#include <stddef.h>'
put src/core/deck/model.c '#include <stdlib.h>' '#include "core/base/utf8.h"'
put src/core/round/session.c '#include "core/deck/model.h"' '#include "core/base/utf8.h"'
put src/core/practice/drill.c '#include "core/deck/model.h"'
put src/tui/term.h '#include <curses.h>'
put src/tui/view.c '#include "term.h"' '#include "core/round/session.h"'
put src/cli/cli.c '#include "core/round/session.h"'
put src/cli/cmd_print.c '#include "core/round/session.h"' '#include "print/print.h"'
put src/print/print_card.c '#include <pango/pangocairo.h>' '#include "core/deck/model.h"'

# expect_pass WHAT: the tree as it is passes.
expect_pass() {
	if out=$(sh "$here/layering.sh" "$tree" 2>&1); then ok; else bad "$1: refused: $out"; fi
}
# expect_fail WHAT WANT: the tree fails, and the message holds WANT (file:line).
expect_fail() {
	if out=$(sh "$here/layering.sh" "$tree" 2>&1); then
		bad "$1: passed"
	elif printf '%s\n' "$out" | grep -qF "layering: $2"; then
		ok
	else
		bad "$1: does not name $2: $out"
	fi
}

expect_pass "a clean tree"

# Each back-edge alone, on the file's third line, then taken out again.
for edge in deck:round base:deck base:practice round:practice practice:round; do
	from=${edge%%:*} to=${edge#*:}
	put src/core/"$from"/edge.c '#include <string.h>' '' "#include \"core/$to/x.h\""
	expect_fail "$from including $to" "src/core/$from/edge.c:3: #include \"core/$to/x.h\""
	rm "$tree/src/core/$from/edge.c"
done
put src/core/deck/edge.h '#  include   "core/round/session.h"'
expect_fail "a spaced include in a header" 'src/core/deck/edge.h:1:'
rm "$tree/src/core/deck/edge.h"
put src/tui/peek.c '#include "core/round/session_int.h"'
expect_fail "session internals outside the session files" 'src/tui/peek.c:1:'
rm "$tree/src/tui/peek.c"
put src/core/deck/term.c '#include <ncursesw/curses.h>'
expect_fail "curses in the core" 'src/core/deck/term.c:1:'
rm "$tree/src/core/deck/term.c"
put src/core/deck/draw.c '#include <stdio.h>' '#include <cairo.h>'
expect_fail "Cairo in the core" 'src/core/deck/draw.c:2:'
rm "$tree/src/core/deck/draw.c"
put src/core/round/text.h '#include <pango/pango.h>'
expect_fail "Pango in the core" 'src/core/round/text.h:1:'
rm "$tree/src/core/round/text.h"
put src/core/base/pdf.c '#include "print/print.h"'
expect_fail "the core including print" 'src/core/base/pdf.c:1:'
rm "$tree/src/core/base/pdf.c"
put src/print/view.c '#include "core/deck/model.h"' '#include <ncursesw/curses.h>'
expect_fail "curses in print" 'src/print/view.c:2:'
put src/print/view.c '#include "tui/term.h"'
expect_fail "the tui in print" 'src/print/view.c:1:'
put src/print/view.c '#include <stdio.h>' 'static FILE *f(void) { return fopen("a.pdf", "w"); }'
expect_fail "an fopen in print" 'src/print/view.c:2:'
rm "$tree/src/print/view.c"
put src/cli/cmd_export.c '#include "cli/cli.h"' '#include "print/print.h"'
expect_fail "print in rucksack's cli" 'src/cli/cmd_export.c:2:'
rm "$tree/src/cli/cmd_export.c"
put src/tui/view_pdf.c '#include <pango/pangocairo.h>'
expect_fail "Pango in the tui" 'src/tui/view_pdf.c:1:'
rm "$tree/src/tui/view_pdf.c"
put tests/unit/check_x.c '#include <check.h>' '#include <cjson/cJSON.h>'
expect_fail "cJSON by another name" 'tests/unit/check_x.c:2:'
rm "$tree/tests/unit/check_x.c"

put src/core/round/save.c '#include <stdio.h>' 'static int f(void) { return rename("a", "b"); }'
expect_fail "a rename outside atomicfile.c" 'src/core/round/save.c:2:'
rm "$tree/src/core/round/save.c"
put src/core/deck/read.c '#include <stdio.h>' 'static FILE *f(void) { return fopen("a", "r"); }'
expect_fail "an fopen outside fileio.c" 'src/core/deck/read.c:2:'
rm "$tree/src/core/deck/read.c"
put src/core/base/lock.c '#include <fcntl.h>' 'static int f(void) { return open("a", O_RDONLY); }'
expect_fail "an open outside fileio.c" 'src/core/base/lock.c:2:'
put src/core/base/fileio.c '#include <fcntl.h>' 'static int f(void) { return open("a", O_RDONLY); }'
rm "$tree/src/core/base/lock.c"
expect_pass "an open inside fileio.c"
rm "$tree/src/core/base/fileio.c"

expect_pass "the clean tree again"
echo "layering_test: $pass passed, $fail failed"
[ $fail -eq 0 ]
