#!/bin/sh
# Keeping a draft: what one session_draft_save costs (the editor calls it
# after a pause in typing, and at least every EDITOR_DRAFT_MAX_MS while
# typing goes on).  It is an atomic replace: a temp file written, fsync'd,
# renamed over the draft and the folder fsync'd, so most of its time is
# waiting on the disk, during which keys wait in the terminal.  A small C
# driver starts a round in a scratch folder (on $TMPDIR's disk) and saves
# drafts of 500 and of 20,000 characters (the editor's limit) 30 times each:
# the wall time per save (mean and worst) and the CPU time per save.
set -eu
: "${RUCKSACK:?set RUCKSACK to the binary}"
BUILD=${BUILD:-build}
CC=${CC:-cc}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

objs=$(ls "$BUILD"/src/core/*/*.o 2>/dev/null || true)
[ -n "$objs" ] || { echo "could not run: no core objects in $BUILD (make first)" >&2; exit 1; }
cat >"$tmp/driver.c" <<'C'
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "core/deck/catalog.h"
#include "core/round/session.h"

static double ms(clockid_t id)
{
	struct timespec t;
	clock_gettime(id, &t);
	return (double)t.tv_sec * 1e3 + (double)t.tv_nsec / 1e6;
}

static int run(struct session *s, size_t chars)
{
	char *text = malloc(chars * 3 + 1);
	size_t o = 0;
	for (size_t i = 0; i < chars; i++) /* "Zoë said " and so on: two-byte letters too */
		o += (size_t)sprintf(text + o, "%s", i % 10 == 2 ? "ë" : i % 10 == 3 ? " " : "a");
	struct session_draft dr = {.round = 0, .phase = 0, .person = 1, .text = text};
	double worst = 0, wall = 0, cpu = 0;
	const int n = 30;
	for (int i = 0; i < n; i++) {
		struct diags d = {0};
		double w0 = ms(CLOCK_MONOTONIC), c0 = ms(CLOCK_PROCESS_CPUTIME_ID);
		int rc = session_draft_save(s, &dr, &d);
		double w = ms(CLOCK_MONOTONIC) - w0;
		cpu += ms(CLOCK_PROCESS_CPUTIME_ID) - c0;
		wall += w;
		worst = w > worst ? w : worst;
		diags_free(&d);
		if (rc != 0) {
			free(text);
			return 1;
		}
	}
	printf("draft: %zu characters, %.2f ms a save (worst %.2f ms of %d), %.3f ms CPU a save\n",
	       chars, wall / n, worst, n, cpu / n);
	free(text);
	return 0;
}

int main(int argc, char **argv)
{
	struct catalog c = {0};
	struct strv dirs = {0}, people = {0};
	struct diags d = {0};
	strv_push(&dirs, argv[1]);
	catalog_load(&c, &dirs, &d);
	strv_push(&people, "Ana");
	strv_push(&people, "Zoë");
	strv_push(&people, "Ben");
	strv_push(&people, "Chi");
	strv_push(&people, "Dee");
	struct session_opts o = {.flow_id = "round-test", .people = &people, .dir = argv[2]};
	struct session *s = NULL;
	int rc = session_start(&s, &c, &o, &d) != SESSION_OK;
	for (size_t k = 0; k < d.n; k++)
		diag_print_text(stderr, &d.v[k]);
	if (!rc)
		rc = run(s, 500) || run(s, 20000);
	session_free(s);
	catalog_free(&c);
	strv_free(&dirs);
	strv_free(&people);
	diags_free(&d);
	(void)argc;
	return rc;
}
C
if ! $CC -std=c11 -O2 -D_POSIX_C_SOURCE=200809L -Isrc $(pkg-config --cflags libcjson) \
	-o "$tmp/driver" "$tmp/driver.c" $objs $(pkg-config --libs libcjson) -lm 2>"$tmp/cc.log"; then
	echo "could not run: the driver did not build:" >&2
	cat "$tmp/cc.log" >&2
	exit 1
fi
"$tmp/driver" tests/data/session/decks "$tmp/sessions" || { echo "could not run: a draft was not saved" >&2; exit 1; }
