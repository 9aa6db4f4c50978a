#!/bin/sh
# Layering, read from the include lines.  Fails naming the file and line.
#  - The core includes neither curses nor the tui nor the cli.
#  - Within the core, the parts depend one way only:
#      base      on nothing else of the core
#      deck      on base
#      round     on deck and base
#      practice  on deck and base (never on round: a drill is not a round)
#  - The cli parses arguments and calls the core (and the tui's entry points)
#    but never draws; within the tui, curses comes through tui/term.h alone.
#  - The core replaces files whole in one place only (base/atomicfile.c:
#    temporary file, fsync, rename).
status=0
fail() { echo "layering: $*" >&2; status=1; }

includes() { grep -nE '#[[:space:]]*include[[:space:]]*[<"]'"$2" "$1"; }

for f in src/core/*/*.c src/core/*/*.h; do
	[ -e "$f" ] || continue
	includes "$f" '([^">]*curses|tui/|cli/)' && fail "$f (core) includes curses, the tui or the cli"
done

# part: the parts of the core it must not include
forbid() {
	part=$1 banned=$2
	for f in src/core/"$part"/*.c src/core/"$part"/*.h; do
		[ -e "$f" ] || continue
		includes "$f" "core/($banned)/" && fail "$f ($part) includes core/{$banned}: a back-edge between the core's parts"
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
	case $f in src/core/round/session*) continue ;; esac
	includes "$f" '[^">]*session_int\.h' && fail "$f includes session_int.h (use session.h's queries)"
done

for f in src/cli/*.c src/cli/*.h; do
	[ -e "$f" ] || continue
	includes "$f" '[^">]*curses' && fail "$f (cli) includes curses"
done
for f in src/tui/*.c src/tui/*.h src/*.c; do
	[ -e "$f" ] || continue
	[ "$f" = src/tui/term.h ] && continue
	includes "$f" '[^">]*curses' && fail "$f includes curses directly (use tui/term.h)"
done
for f in src/core/*/*.c; do
	[ "$f" = src/core/base/atomicfile.c ] && continue
	grep -nE '(^|[^_[:alnum:]])rename[[:space:]]*\(' "$f" &&
		fail "$f renames a file itself (use atomic_write, src/core/base/atomicfile.h)"
done
[ $status -eq 0 ] && echo "layering: core free of curses/tui/cli; parts base < deck < round, practice with no back-edge; session internals private; cli free of curses; curses only via tui/term.h; atomic writes only in base/atomicfile.c"
exit $status
