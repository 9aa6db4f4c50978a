#!/bin/sh
# Layering: the core includes neither curses nor the tui nor the cli; the cli
# parses arguments and calls the core (and the tui's entry points) but never
# draws.  The core replaces files whole in one place only (atomicfile.c:
# temporary file, fsync, rename).  Fails naming the file and line.
status=0
for f in src/core/*.c src/core/*.h; do
	[ -e "$f" ] || continue
	if grep -nE '#[[:space:]]*include[[:space:]]*[<"]([^">]*curses|tui/|cli/)' "$f"; then
		echo "layering: $f (core) includes curses, the tui or the cli" >&2
		status=1
	fi
done
for f in src/cli/*.c src/cli/*.h; do
	[ -e "$f" ] || continue
	if grep -nE '#[[:space:]]*include[[:space:]]*[<"][^">]*curses' "$f"; then
		echo "layering: $f (cli) includes curses" >&2
		status=1
	fi
done
# Within the tui, curses comes through one wrapper header, term.h.
for f in src/tui/*.c src/tui/*.h src/*.c; do
	[ -e "$f" ] || continue
	[ "$f" = src/tui/term.h ] && continue
	if grep -nE '#[[:space:]]*include[[:space:]]*[<"][^">]*curses' "$f"; then
		echo "layering: $f includes curses directly (use tui/term.h)" >&2
		status=1
	fi
done
# One implementation of atomic writes: no other file of the core renames.
for f in src/core/*.c; do
	[ "$f" = src/core/atomicfile.c ] && continue
	if grep -nE '(^|[^_[:alnum:]])rename[[:space:]]*\(' "$f"; then
		echo "layering: $f renames a file itself (use atomic_write, src/core/atomicfile.h)" >&2
		status=1
	fi
done
[ $status -eq 0 ] && echo "layering: core free of curses/tui/cli; cli free of curses; curses only via tui/term.h; atomic writes only in atomicfile.c"
exit $status
