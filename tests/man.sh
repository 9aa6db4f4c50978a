#!/bin/sh
# The man pages pass mandoc's linter with no warnings.
set -u
status=0
for m in man/*.1 man/*.5; do
	[ -e "$m" ] || continue
	out=$(mandoc -T lint -W warning "$m" 2>&1)
	if [ -n "$out" ]; then
		echo "$out"
		status=1
	fi
done
[ $status -eq 0 ] && echo "man: pages lint clean"
exit $status
