#!/bin/sh
# make fuzz: builds the libFuzzer harness for load_buffer with clang
# (address and undefined-behaviour sanitizers), seeds a working corpus in
# tests/fuzz/corpus-run/ (git-ignored) from the lint corpus and the stock and
# test decks, and fuzzes for FUZZ_SECONDS (default 600) on one core.
# A crash, leak, hang (over 10 s) or broken promise stops it with status 1;
# the input that did it is left in $BUILD/fuzz/.
set -eu
BUILD=${BUILD:-build}
SECONDS_TO_RUN=${FUZZ_SECONDS:-600}
CLANG=${CLANG:-clang}
src=$(pwd)
out=$BUILD/fuzz
mkdir -p "$out" tests/fuzz/corpus-run

# The whole core (it never needs curses): a hand-kept list of the loader's
# files broke the build each time the loader came to use another module.
# WARN: the Makefile's warnings (with -Werror under WERROR=1).
files=$(ls src/core/*/*.c)
# shellcheck disable=SC2086
$CLANG -std=c11 ${WARN:-} -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined \
	-D_POSIX_C_SOURCE=200809L -D_XOPEN_SOURCE=700 -D_DEFAULT_SOURCE -Isrc \
	$(pkg-config --cflags libcjson) -o "$out/fuzz_load" tests/fuzz/fuzz_load.c $files \
	$(pkg-config --libs libcjson) -lm

for f in tests/data/lint/*/*.json decks/*.json tests/data/session/decks/*.json \
	tests/data/practice/*.json; do
	[ -e "$f" ] || continue
	name=$(echo "$f" | tr '/' '_')
	[ -e "tests/fuzz/corpus-run/$name" ] || cp "$f" "tests/fuzz/corpus-run/$name"
done
echo "fuzz: $(ls tests/fuzz/corpus-run | wc -l) inputs in the corpus, $SECONDS_TO_RUN s"
cd "$out"
rm -f fuzz-0.log
status=0
start=$(date +%s)
./fuzz_load -jobs=1 -workers=1 -max_total_time="$SECONDS_TO_RUN" -timeout=10 \
	-rss_limit_mb=2048 -dict="$src/tests/fuzz/json.dict" -print_final_stats=1 \
	"$src/tests/fuzz/corpus-run" >fuzz-main.log 2>&1 || status=$?
end=$(date +%s)
# the job's own output (libFuzzer writes it to fuzz-0.log with -jobs)
grep -E '^#[0-9]+[[:space:]]+(DONE|INITED)|^Done |^stat::|ERROR|SUMMARY|Test unit written|broken promise' \
	fuzz-0.log fuzz-main.log 2>/dev/null | sed 's/^[^:]*\.log://' | awk '!seen[$0]++' | head -n 40
echo "fuzz: $((end - start)) s wall, exit status $status"
exit "$status"
