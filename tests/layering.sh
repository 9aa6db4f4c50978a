#!/bin/sh
# Layering: the core includes neither curses nor the tui nor the cli; the cli
# parses arguments and calls the core (and the tui's entry points) but never
# draws.  Fails naming the file and line.
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
[ $status -eq 0 ] && echo "layering: core free of curses/tui/cli; cli free of curses"
exit $status
