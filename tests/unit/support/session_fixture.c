#include "session_fixture.h"

#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "core/base/clock.h"
#include "core/base/journal.h"
/* session_int.h on purpose: sfx_same_state compares what replay rebuilds,
 * the next entry id included. */
#include "core/round/session_int.h"
#include "core/base/xalloc.h"
#include "core/deck/catalog.h"
#include "core/round/round_setup.h"

struct session_fixture sfx;

static int64_t sfx_tick(void)
{
	return sfx.ms += 1000;
}

static int64_t sfx_still(void)
{
	return sfx.ms;
}

void sfx_open(const char *tag, const char *decks, const char *people)
{
	memset(&sfx, 0, sizeof sfx);
	snprintf(sfx.dir, sizeof sfx.dir, "/tmp/ck-%s-XXXXXX", tag);
	ck_assert_ptr_nonnull(mkdtemp(sfx.dir));
	const char *src = getenv("RUCKSACK_SRCDIR");
	struct strv dirs = {0};
	strv_push_owned(&dirs, xasprintf("%s/tests/data/session/%s", src ? src : ".", decks));
	struct diags d = {0};
	catalog_load(&sfx.cat, &dirs, &d);
	ck_assert_msg(diags_count_errors(&d, false) == 0, "the test decks in %s have errors",
		      dirs.v[0]);
	strv_free(&dirs);
	diags_free(&d);
	strv_split(&sfx.people, people, ',');
	sfx.ms = SFX_T0;
}

void sfx_clock_ticking(void)
{
	sfx.ms = SFX_T0;
	now_set_wall_clock(sfx_tick);
}

void sfx_clock_still(void)
{
	sfx.ms = SFX_T0;
	now_set_wall_clock(sfx_still);
}

void sfx_close(void)
{
	now_set_wall_clock(NULL);
	journal_set_fsync_hook(NULL);
	catalog_free(&sfx.cat);
	strv_free(&sfx.people);
	char *cmd = xasprintf("rm -rf '%s'", sfx.dir);
	ck_assert_int_eq(system(cmd), 0);
	free(cmd);
}

char *sfx_path(const char *rel)
{
	return xasprintf("%s/%s", sfx.dir, rel);
}

struct session *sfx_start(const char *flow, uint64_t seed, const char *dir, int want)
{
	struct session_opts o = {.flow_id = flow, .people = &sfx.people, .has_seed = true,
				 .seed = seed, .dir = dir ? dir : sfx.dir};
	struct session *s = NULL;
	struct diags d = {0};
	ck_assert_int_eq(session_start(&s, &sfx.cat, &o, &d), want);
	diags_free(&d);
	return s;
}

struct session *sfx_load(const char *name, const char *text, bool with_catalog)
{
	char *path = sfx_path(name);
	FILE *f = fopen(path, "w");
	ck_assert_ptr_nonnull(f);
	fputs(text, f);
	ck_assert_int_eq(fclose(f), 0);
	struct session *s = NULL;
	struct diags d = {0};
	ck_assert_int_eq(session_load(&s, with_catalog ? &sfx.cat : NULL, path, &d), 0);
	diags_free(&d);
	free(path);
	return s;
}

void sfx_records(const struct session *s, struct strv *out)
{
	bool torn = false;
	struct diags d = {0};
	ck_assert_int_eq(journal_read(session_journal_path(s), out, &torn, &d), 0);
	diags_free(&d);
}

size_t sfx_n_records(const struct session *s)
{
	struct strv v = {0};
	sfx_records(s, &v);
	size_t n = v.n;
	strv_free(&v);
	return n;
}

struct session *sfx_start_in(uint64_t seed, const char *sub)
{
	char *dir = xasprintf("%s/%s", sfx.dir, sub);
	ck_assert_int_eq(mkdir(dir, 0700), 0);
	/* Chi is seated as the (optional) mentor, as a facilitator would at
	 * setup, when the others are enough for the required roles */
	struct rsetup rs;
	rsetup_init(&rs, catalog_find_kind(&sfx.cat, "round-test", DOC_FLOW));
	for (size_t p = 0; p < sfx.people.n; p++)
		ck_assert_int_eq(rsetup_add(&rs, sfx.people.v[p], &(struct diags){0}), 0);
	struct diags d = {0};
	long chi = strv_find(&rs.people, "Chi");
	if (chi >= 0 && rsetup_place_list(&rs, "mentor=Chi", &d) == 0 && !rs.seated)
		rsetup_place(&rs, (size_t)chi, -1, &d);
	ck_assert_uint_eq(d.n, 0);
	struct session_opts o = {.flow_id = "round-test", .people = &sfx.people, .has_seed = true,
				 .seed = seed, .facilitator = "Fay", .dir = dir,
				 .seats = rs.seated ? rs.seats : NULL};
	struct session *s = NULL;
	ck_assert_int_eq(session_start(&s, &sfx.cat, &o, &d), 0);
	rsetup_free(&rs);
	ck_assert_ptr_nonnull(s);
	ck_assert_uint_eq(d.n, 0);
	free(dir);
	return s;
}

void sfx_same_cards(const struct session *a, const struct session *b)
{
	ck_assert_uint_eq(session_n_dealt(a), session_n_dealt(b));
	for (size_t i = 0; i < session_n_dealt(a); i++) {
		ck_assert_str_eq(session_dealt(a, i)->deck, session_dealt(b, i)->deck);
		ck_assert_str_eq(session_dealt(a, i)->card, session_dealt(b, i)->card);
		ck_assert_int_eq(session_dealt(a, i)->person, session_dealt(b, i)->person);
		ck_assert_uint_eq(session_dealt(a, i)->round, session_dealt(b, i)->round);
		ck_assert_uint_eq(session_dealt(a, i)->phase, session_dealt(b, i)->phase);
		ck_assert_int_eq(session_dealt(a, i)->withdrawn, session_dealt(b, i)->withdrawn);
		ck_assert_int_eq(session_dealt(a, i)->put_back, session_dealt(b, i)->put_back);
	}
}

static void sfx_same_str(const char *a, const char *b)
{
	if (a && b)
		ck_assert_str_eq(a, b);
	else
		ck_assert_ptr_eq(a, b);
}

void sfx_same_case_actions(const struct session *a, const struct session *b)
{
	sfx_same_str(session_case_ref(a), session_case_ref(b));
	sfx_same_str(session_question(a), session_question(b));
	ck_assert_int_eq(session_ended_at(a), session_ended_at(b));
	ck_assert_int_eq(session_first_ended_at(a), session_first_ended_at(b));
	ck_assert_uint_eq(session_n_actions(a), session_n_actions(b));
	for (size_t i = 0; i < session_n_actions(a); i++) {
		const struct round_action *x = session_action(a, i), *y = session_action(b, i);
		ck_assert_uint_eq(x->id, y->id);
		ck_assert_uint_eq(x->round, y->round);
		ck_assert_uint_eq(x->phase, y->phase);
		ck_assert_int_eq(x->person, y->person);
		sfx_same_str(x->who, y->who);
		ck_assert_str_eq(x->what, y->what);
		ck_assert_str_eq(x->by, y->by);
		ck_assert_int_eq(x->at, y->at);
		ck_assert_int_eq(x->edited_at, y->edited_at);
		ck_assert_int_eq(x->deleted, y->deleted);
	}
	ck_assert_uint_eq(a->next_action_id, b->next_action_id);
}

void sfx_same_state(const struct session *a, const struct session *b)
{
	ck_assert_uint_eq(session_round_index(a), session_round_index(b));
	ck_assert_uint_eq(session_phase_index(a), session_phase_index(b));
	sfx_same_cards(a, b);
	ck_assert_uint_eq(session_n_entries(a), session_n_entries(b));
	for (size_t i = 0; i < session_n_entries(a); i++) {
		ck_assert_uint_eq(session_entry(a, i)->id, session_entry(b, i)->id);
		ck_assert_str_eq(session_entry(a, i)->text, session_entry(b, i)->text);
		ck_assert_int_eq(session_entry(a, i)->deleted, session_entry(b, i)->deleted);
		ck_assert_uint_eq(session_entry(a, i)->revisions, session_entry(b, i)->revisions);
		ck_assert_int_eq(session_entry(a, i)->at, session_entry(b, i)->at);
		ck_assert_int_eq(session_entry(a, i)->person, session_entry(b, i)->person);
		ck_assert_pstr_eq(session_entry(a, i)->deck, session_entry(b, i)->deck);
		ck_assert_pstr_eq(session_entry(a, i)->card, session_entry(b, i)->card);
	}
	const int *sa = session_seats(a, session_round_index(a));
	const int *sb = session_seats(b, session_round_index(b));
	for (size_t p = 0; p < session_people(a)->n; p++)
		ck_assert_int_eq(sa[p], sb[p]);
	ck_assert_int_eq(a->next_entry_id, b->next_entry_id);
	sfx_same_case_actions(a, b);
}

static void sfx_steps(const struct sfx_script *sc, struct session *s, int from, int to,
		      struct diags *d)
{
	for (int k = from; k < to; k++)
		ck_assert_int_eq(sc->step(s, k, d), SESSION_OK);
}

void sfx_kill_after(const struct sfx_script *sc, int kill)
{
	struct diags d = {0};
	int64_t t0 = sfx.ms;
	struct session *live = sc->start("live");
	sfx_steps(sc, live, 0, kill + 1, &d);
	sfx.ms = t0;
	struct session *killed = sc->start("killed");
	sfx_steps(sc, killed, 0, kill + 1, &d);
	char *path = xstrdup(session_journal_path(killed));
	session_free(killed); /* no end: as after kill -9 */
	struct session *back = NULL;
	ck_assert_int_eq(session_resume(&back, &sfx.cat, path, &d), SESSION_OK);
	sc->same(live, back);
	int64_t t1 = sfx.ms;
	sfx_steps(sc, live, kill + 1, sc->n_steps, &d);
	sfx.ms = t1;
	sfx_steps(sc, back, kill + 1, sc->n_steps, &d);
	sc->same(live, back);
	ck_assert_uint_eq(d.n, 0);
	session_free(live);
	session_free(back);
	free(path);
}
