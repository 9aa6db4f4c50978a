#!/bin/sh
# make fuzz: builds the libFuzzer harnesses with clang (address and
# undefined-behaviour sanitizers, float-cast-overflow included) and fuzzes
# each for FUZZ_SECONDS (default 600) on one core:
#   load    load_buffer (decks and flows); corpus tests/fuzz/corpus-run/
#           seeded from the lint corpus and the stock and test decks;
#   replay  journal replay as export, resume and sessions meet it
#           (fuzz_replay.c); corpus tests/fuzz/corpus-replay-run/ seeded
#           with the journals in tests/data and ones played through the
#           core by seed_journals.c.
# FUZZ_TARGETS picks some (default: "load replay").  Both corpora are
# git-ignored.  A crash, leak, hang (over 10 s) or broken promise stops a
# harness with status 1; the input that did it is left in $BUILD/fuzz/.
set -eu
BUILD=${BUILD:-build}
SECONDS_TO_RUN=${FUZZ_SECONDS:-600}
TARGETS=${FUZZ_TARGETS:-load replay}
CLANG=${CLANG:-clang}
src=$(pwd)
out=$BUILD/fuzz
mkdir -p "$out"

# The whole core (it never needs curses): a hand-kept list of the loader's
# files broke the build each time the loader came to use another module.
# WARN: the Makefile's warnings (with -Werror under WERROR=1).
files=$(ls src/core/*/*.c)
SAN="-fsanitize=address,undefined,float-cast-overflow -fno-sanitize-recover=all"
cc_core() { # cc_core OUT SANITIZERS SOURCE
	# shellcheck disable=SC2086
	$CLANG -std=c11 ${WARN:-} -g -O1 $2 \
		-D_POSIX_C_SOURCE=200809L -D_XOPEN_SOURCE=700 -D_DEFAULT_SOURCE -Isrc \
		$(pkg-config --cflags libcjson) -o "$1" "$3" $files \
		$(pkg-config --libs libcjson) -lm
}

seed_load() {
	for f in tests/data/lint/*/*.json decks/*.json tests/data/session/decks/*.json \
		tests/data/practice/*.json; do
		[ -e "$f" ] || continue
		name=$(echo "$f" | tr '/' '_')
		[ -e "$1/$name" ] || cp "$f" "$1/$name"
	done
}

seed_replay() {
	cc_core "$out/seed_journals" "$SAN" tests/fuzz/seed_journals.c
	made=$(mktemp -d)
	"$out/seed_journals" "$src" "$made"
	for f in $(find tests/data -name '*.jsonl') "$made"/*.jsonl; do
		name=$(echo "${f#"$made"/}" | tr '/' '_')
		[ -e "$1/$name" ] || cp "$f" "$1/$name"
	done
	rm -rf "$made"
}

# fuzz NAME CORPUS DICT: builds fuzz_NAME, seeds CORPUS, fuzzes; its status.
fuzz() {
	cc_core "$out/fuzz_$1" "-fsanitize=fuzzer $SAN" "tests/fuzz/fuzz_$1.c"
	mkdir -p "$2"
	"seed_$1" "$2"
	echo "fuzz $1: $(ls "$2" | wc -l) inputs in the corpus, $SECONDS_TO_RUN s"
	rm -f "$out/fuzz-0.log" "$out/fuzz-main.log"
	st=0
	start=$(date +%s)
	(cd "$out" && RUCKSACK_SRCDIR="$src" "./fuzz_$1" -jobs=1 -workers=1 \
		-max_total_time="$SECONDS_TO_RUN" -timeout=10 -rss_limit_mb=2048 \
		-dict="$src/tests/fuzz/$3" -print_final_stats=1 \
		"$src/$2" >fuzz-main.log 2>&1) || st=$?
	end=$(date +%s)
	# the job's own output (libFuzzer writes it to fuzz-0.log with -jobs)
	grep -E '^#[0-9]+[[:space:]]+(DONE|INITED)|^Done |^stat::|ERROR|SUMMARY|runtime error|Test unit written|broken promise' \
		"$out/fuzz-0.log" "$out/fuzz-main.log" 2>/dev/null | sed 's/^[^:]*\.log://' |
		awk '!seen[$0]++' | head -n 40
	echo "fuzz $1: $((end - start)) s wall, exit status $st"
	return "$st"
}

status=0
for t in $TARGETS; do
	case $t in
	load) fuzz load tests/fuzz/corpus-run json.dict || status=1 ;;
	replay) fuzz replay tests/fuzz/corpus-replay-run journal.dict || status=1 ;;
	*) echo "fuzz: no harness '$t' (load, replay)" >&2; status=1 ;;
	esac
done
exit "$status"
