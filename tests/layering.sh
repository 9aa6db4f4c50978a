#!/bin/sh
# Layering, read from the include lines.  Fails naming the file and line.
#  - The core includes neither curses nor the tui nor the cli, nor the
#    print layer nor Cairo or Pango, which only src/print uses.
#  - src/print draws the core's state onto paper: it includes the core,
#    never curses, the tui or the cli.
#  - Within the core, the parts depend one way only:
#      base      on nothing else of the core
#      deck      on base
#      round     on deck and base
#      practice  on deck and base (never on round: a drill is not a round)
#  - The cli parses arguments and calls the core (and the tui's entry points)
#    but never draws; within the tui, curses comes through tui/term.h alone.
#  - print/ (Pango, Cairo) is included by src/cli/cmd_print.c alone, which
#    only rucksack-print links: rucksack does not load them.
#  - The core replaces files whole in one place only (base/atomicfile.c:
#    temporary file, fsync, rename), and opens files in one place only
#    (base/fileio.c: no link, pipe or other user's file where ours belongs);
#    src/print neither renames nor opens a file (Cairo writes into memory).
#  - cJSON is included as <cJSON.h>, the name pkg-config's -I makes found.
# Usage: tests/layering.sh [ROOT]  (ROOT: the tree to check, holding src/;
# the current folder by default; tests/layering_test.sh gives it fake trees).
cd "${1:-.}" || exit 2
status=0
fail() { echo "layering: $*" >&2; status=1; }

# Each include line of file $1 naming a header that matches the regex $2, as
# "LINE:TEXT"; no output (and status 1) when there is none.
includes() { grep -nE '#[[:space:]]*include[[:space:]]*[<"]'"$2" "$1"; }

# fail_lines FILE WHY HITS: one message per "LINE:TEXT" line of HITS, as
# FILE:LINE (a pipe would run the loop in a subshell: status is set here).
fail_lines() {
	printf '%s\n' "$3" | while IFS=: read -r line text; do
		echo "layering: $1:$line: $text: $2" >&2
	done
	status=1
}

check() { # check FILE REGEX WHY
	hits=$(includes "$1" "$2") && fail_lines "$1" "$3" "$hits"
}

for f in src/core/*/*.c src/core/*/*.h; do
	[ -e "$f" ] || continue
	check "$f" '([^">]*curses|tui/|cli/|print/|cairo|pango)' \
		"the core includes curses, the tui, the cli, print, Cairo or Pango"
done
for f in src/print/*.c src/print/*.h; do
	[ -e "$f" ] || continue
	check "$f" '([^">]*curses|tui/|cli/)' "print includes curses, the tui or the cli"
done

# part: the parts of the core it must not include
forbid() {
	part=$1 banned=$2
	for f in src/core/"$part"/*.c src/core/"$part"/*.h; do
		[ -e "$f" ] || continue
		check "$f" "core/($banned)/" "$part includes core/{$banned}: a back-edge between the core's parts"
	done
}
forbid base 'deck|round|practice'
forbid deck 'round|practice'
forbid round 'practice'
forbid practice 'round'

# Nothing of the core sits outside a part: a new file names where it belongs.
for f in src/core/*.c src/core/*.h; do
	[ -e "$f" ] && fail "$f is in src/core/ itself; put it in base/, deck/, round/ or practice/"
done

# struct session is opaque: its definition is for the session files alone.
for f in src/*.c src/*/*.c src/*/*.h src/core/*/*.c src/core/*/*.h; do
	[ -e "$f" ] || continue
	case $f in src/core/round/session*) continue ;; esac
	check "$f" '[^">]*session_int\.h' "includes session_int.h (use session.h's queries)"
done

for f in src/cli/*.c src/cli/*.h; do
	[ -e "$f" ] || continue
	check "$f" '[^">]*curses' "the cli includes curses"
done
# Pango and Cairo are loaded by rucksack-print alone: the cli's one file
# drawing with print/ (and print's main) are linked into it, not into
# rucksack (the Makefile's PRINT_CLI_SRC); any other would drag them back.
for f in src/*.c src/*.h src/cli/*.c src/cli/*.h src/tui/*.c src/tui/*.h; do
	[ -e "$f" ] || continue
	case $f in src/cli/cmd_print.c | src/print_main.c) continue ;; esac
	check "$f" '(print/|cairo|pango)' \
		"includes print, Cairo or Pango outside rucksack-print (src/cli/cmd_print.c)"
done
for f in src/tui/*.c src/tui/*.h src/*.c; do
	[ -e "$f" ] || continue
	[ "$f" = src/tui/term.h ] && continue
	check "$f" '[^">]*curses' "includes curses directly (use tui/term.h)"
done
for f in $(find src tests -name '*.[ch]' 2>/dev/null | sort); do
	check "$f" 'cjson/' "include cJSON as <cJSON.h> (pkg-config --cflags libcjson)"
done
for f in src/core/*/*.c src/print/*.c; do
	[ -e "$f" ] || continue
	[ "$f" = src/core/base/atomicfile.c ] && continue
	hits=$(grep -nE '(^|[^_[:alnum:]])rename[[:space:]]*\(' "$f") &&
		fail_lines "$f" "renames a file itself (use atomic_write, src/core/base/atomicfile.h)" "$hits"
done
for f in src/core/*/*.c src/print/*.c; do
	[ -e "$f" ] || continue
	[ "$f" = src/core/base/fileio.c ] && continue
	hits=$(grep -nE '(^|[^_[:alnum:]])(open|fopen|openat|freopen|creat)[[:space:]]*\(' "$f") &&
		fail_lines "$f" "opens a file itself (use fileio_open, src/core/base/fileio.h)" "$hits"
done
[ $status -eq 0 ] && echo "layering: core free of curses/tui/cli/print/Cairo/Pango; print free of curses/tui/cli; parts base < deck < round, practice with no back-edge; session internals private; cli free of curses; print/ only in rucksack-print's cli; curses only via tui/term.h; atomic writes only in base/atomicfile.c; files opened only in base/fileio.c; cJSON as <cJSON.h>"
exit $status
