#!/bin/sh
# make check-print: runs every tests/print/test_*.sh (or those named) as the
# CLI tests run (tests/cli/run.sh: a scratch HOME and XDG folders each), with
# fontconfig seeing DejaVu and WenQuanYi only (fonts.conf.in), so text and
# pictures are the same on every machine that has those two.
set -u
: "${RUCKSACK:?set RUCKSACK to the binary}"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
sed "s|@CACHE@|$tmp/cache|" tests/print/fonts.conf.in >"$tmp/fonts.conf"
[ $# -gt 0 ] || set -- tests/print/test_*.sh
FONTCONFIG_FILE="$tmp/fonts.conf" TESTS_NAME=print sh tests/cli/run.sh "$@"
