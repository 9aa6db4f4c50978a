#!/bin/sh
# Installs what rucksack needs on a Debian-like machine, and nothing when it is
# all there.  `build` is what compiling needs; `test` adds what `make check`
# runs (tmux for the end-to-end tests, Debian's jsonschema for the schema test,
# mandoc for the man-page lint, poppler-utils and a CJK font for the print
# tests) and valgrind for make valgrind; `fuzz` adds
# clang and its libFuzzer runtime for make fuzz alone (.ci/run installs clang).
set -u
what=${1:-build}
pkgs=""
need_pc() { pkg-config --exists "$1" 2>/dev/null || pkgs="$pkgs $2"; }
need_cmd() { command -v "$1" >/dev/null 2>&1 || pkgs="$pkgs $2"; }

need_cmd pkg-config pkg-config
need_cmd cc gcc
need_cmd make make
if command -v pkg-config >/dev/null 2>&1; then
	need_pc ncursesw libncurses-dev
	need_pc libcjson libcjson-dev
	need_pc check check
	need_pc pangocairo libpango1.0-dev
	need_pc cairo-pdf libcairo2-dev
else
	pkgs="$pkgs libncurses-dev libcjson-dev check libpango1.0-dev libcairo2-dev"
fi
# need_font FILE PACKAGE: a font rucksack print names (DejaVu Sans) or falls back to.
need_font() { [ -e "/usr/share/fonts/truetype/$1" ] || pkgs="$pkgs $2"; }
need_font dejavu/DejaVuSans.ttf fonts-dejavu-core
if [ "$what" = test ]; then
	need_cmd tmux tmux
	# the end-to-end tests find the program inside its pane with pgrep
	need_cmd pgrep procps
	need_cmd mandoc mandoc
	need_cmd valgrind valgrind
	# the print tests read the PDFs back (pdfinfo, pdftotext, pdftoppm) and
	# print Chinese, which DejaVu lacks, with WenQuanYi
	need_cmd pdftoppm poppler-utils
	need_font wqy/wqy-microhei.ttc fonts-wqy-microhei
	/usr/bin/python3 -c 'import jsonschema' >/dev/null 2>&1 || pkgs="$pkgs python3 python3-jsonschema"
	# tmux needs a UTF-8 locale to show non-ASCII text as typed.
	locale -a 2>/dev/null | grep -qi '^C.utf-\?8$' || pkgs="$pkgs locales"
fi
if [ "$what" = fuzz ]; then
	# make fuzz only: clang and its libFuzzer runtime (not needed by make check)
	need_cmd clang clang
	echo 'int LLVMFuzzerTestOneInput(const char *d, unsigned long n) { (void)d; return (int)n * 0; }' |
		clang -x c - -fsanitize=fuzzer,address,undefined -o /dev/null >/dev/null 2>&1 ||
		pkgs="$pkgs libclang-rt-14-dev"
fi
[ -z "$pkgs" ] && exit 0

cmd="apt-get update && apt-get install -y$pkgs"
if ! command -v apt-get >/dev/null 2>&1; then
	echo "rucksack: missing (Debian names):$pkgs" >&2
	echo "rucksack: install the equivalent packages with your system's package manager" >&2
	exit 1
fi
if [ "$(id -u)" -eq 0 ]; then
	sudo=""
elif command -v sudo >/dev/null 2>&1; then
	sudo="sudo"
else
	echo "rucksack: missing:$pkgs" >&2
	echo "rucksack: as root, run: $cmd" >&2
	exit 1
fi
echo "rucksack: installing$pkgs" >&2
export DEBIAN_FRONTEND=noninteractive
# The package lists come first: a fresh machine may have none yet.
# shellcheck disable=SC2086
if ! $sudo apt-get update -qq >/dev/null || ! $sudo apt-get install -y -qq $pkgs >/dev/null; then
	echo "rucksack: could not install them; as root, run: $cmd" >&2
	exit 1
fi
