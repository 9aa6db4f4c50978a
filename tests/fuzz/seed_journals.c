/*
 * Makes real journals for fuzz_replay's corpus: rounds played through the
 * core as the screens play them (deals, redeals, cards chosen by hand,
 * reflections edited and deleted, notes, timers, the bell, an end), so every
 * kind of record the program writes is in the corpus, and the fuzzer
 * mutates from there.  Usage: seed_journals SRCDIR OUTDIR.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/base/clock.h"
#include "core/deck/catalog.h"
#include "core/round/session.h"
#include "core/base/xalloc.h"

static int64_t seed_ms = 1700035200000LL;

/* A minute later at each reading, so records never share a time. */
static int64_t seed_clock(void)
{
	return seed_ms += 60000;
}

static struct session *seed_start(const struct catalog *c, const char *flow, const char *dir,
				  uint64_t seed, const char *names)
{
	struct strv people = {0};
	strv_split(&people, names, ',');
	struct session_opts o = {.flow_id = flow, .people = &people, .has_seed = true,
				 .seed = seed, .facilitator = "Fay", .dir = dir};
	struct session *s = NULL;
	struct diags d = {0};
	if (session_start(&s, c, &o, &d) != SESSION_OK) {
		fprintf(stderr, "seed_journals: %s: %s\n", flow, d.n ? d.v[0].message : "refused");
		exit(1);
	}
	diags_free(&d);
	strv_free(&people);
	return s;
}

/* Every kind of record, in the round-test flow. */
static void seed_full_round(const struct catalog *c, const char *dir)
{
	struct session *s = seed_start(c, "round-test", dir, 5, "Ana,Ben,Chi,Dee");
	struct diags d = {0};
	unsigned id = 0;
	session_add_entry(s, false, 0, NULL, NULL, "A story about \"home\"\nwith two lines", &id, &d);
	session_redeal(s, 0, &d);
	session_next(s, &d);
	session_add_entry(s, false, -1, NULL, NULL, "the group's thought", NULL, &d);
	session_add_entry(s, true, 1, NULL, NULL, "a note, outside the rule", NULL, &d);
	session_edit_entry(s, id, "A story, edited: Zoë's", &d);
	session_timer(s, SESSION_TIMER_PAUSE, &d);
	session_timer(s, SESSION_TIMER_RUN, &d);
	session_timer(s, SESSION_TIMER_MINUTE, &d);
	session_bell(s, false, &d);
	session_next(s, &d);
	session_delete_entry(s, id, &d);
	session_next(s, &d);
	session_prev(s, &d);
	session_end(s, &d);
	diags_free(&d);
	session_free(s);
}

/* A round left unfinished, with a timed flow. */
static void seed_timed_round(const struct catalog *c, const char *dir)
{
	const struct catalog_entry *e = NULL;
	for (size_t i = 0; i < c->n && !e; i++)
		if (c->v[i].doc->kind == DOC_FLOW && strcmp(c->v[i].doc->id, "round-test") != 0)
			e = &c->v[i];
	if (!e)
		return;
	struct session *s = seed_start(c, e->doc->id, dir, 11, "Ana,Ben,Chi");
	struct diags d = {0};
	session_add_entry(s, false, 2, NULL, NULL, "unfinished", NULL, &d);
	session_timer(s, SESSION_TIMER_PAUSE, &d);
	diags_free(&d);
	session_free(s);
}

int main(int argc, char **argv)
{
	if (argc != 3) {
		fprintf(stderr, "usage: seed_journals SRCDIR OUTDIR\n");
		return 2;
	}
	struct strv dirs = {0};
	strv_push_owned(&dirs, xasprintf("%s/tests/data/session/decks", argv[1]));
	strv_push_owned(&dirs, xasprintf("%s/tests/data/session/timed", argv[1]));
	struct catalog c;
	struct diags d = {0};
	catalog_load(&c, &dirs, &d);
	now_set_wall_clock(seed_clock);
	seed_full_round(&c, argv[2]);
	seed_timed_round(&c, argv[2]);
	catalog_free(&c);
	strv_free(&dirs);
	diags_free(&d);
	return 0;
}
