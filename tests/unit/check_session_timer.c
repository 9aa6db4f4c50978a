/* Phase timers kept by the journal: time used kept when a phase is left and
 * entered again, pause and minutes added, replay rebuilding them exactly, the
 * time the program was not running counted, leaving stops the count. */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "core/catalog.h"
#include "core/journal.h"
#include "core/session.h"
#include "core/xalloc.h"

#define T0 1700000000000LL

static char tt_dir[64];
static struct catalog tt_cat;
static struct strv tt_people;
static int64_t tt_ms;

static int64_t tt_clock(void)
{
	return tt_ms;
}

static void tt_setup(void)
{
	strcpy(tt_dir, "/tmp/ck-timer-XXXXXX");
	ck_assert_ptr_nonnull(mkdtemp(tt_dir));
	const char *src = getenv("RUCKSACK_SRCDIR");
	struct strv dirs = {0};
	strv_push_owned(&dirs, xasprintf("%s/tests/data/session/timed", src ? src : "."));
	memset(&tt_cat, 0, sizeof tt_cat);
	struct diags d = {0};
	catalog_load(&tt_cat, &dirs, &d);
	ck_assert_uint_eq(diags_count_errors(&d, false), 0);
	ck_assert_ptr_nonnull(catalog_find(&tt_cat, "timed-test"));
	strv_free(&dirs);
	diags_free(&d);
	memset(&tt_people, 0, sizeof tt_people);
	strv_split(&tt_people, "Ana,Ben,Chi", ',');
	tt_ms = T0;
	session_set_clock(tt_clock);
}

static void tt_teardown(void)
{
	session_set_clock(NULL);
	catalog_free(&tt_cat);
	strv_free(&tt_people);
	char *cmd = xasprintf("rm -rf '%s'", tt_dir);
	ck_assert_int_eq(system(cmd), 0);
	free(cmd);
}

static struct session *tt_start(void)
{
	struct session_opts o = {.flow_id = "timed-test", .people = &tt_people, .has_seed = true,
				 .seed = 3, .dir = tt_dir};
	struct session *s = NULL;
	struct diags d = {0};
	ck_assert_int_eq(session_start(&s, &tt_cat, &o, &d), SESSION_OK);
	diags_free(&d);
	return s;
}

static void tt_ok(enum session_status st)
{
	ck_assert_int_eq(st, SESSION_OK);
}

/* The round as a resume after a crash rebuilds it from its journal (the
 * same replay; while s is open a second window could not resume it). */
static struct session *tt_resume(const struct session *s)
{
	struct session *r = NULL;
	struct diags d = {0};
	ck_assert_int_eq(session_load(&r, &tt_cat, s->journal_path, &d), 0);
	ck_assert_uint_eq(d.n, 0);
	return r;
}

static void tt_same_clocks(const struct session *a, const struct session *b)
{
	for (size_t r = 0; r < a->rounds; r++)
		for (size_t p = 0; p < a->n_phases; p++) {
			const struct session_clock *x = session_clock_of(a, r, p);
			const struct session_clock *y = session_clock_of(b, r, p);
			ck_assert_int_eq(x->used_ms, y->used_ms);
			ck_assert_int_eq(x->since, y->since);
			ck_assert_int_eq(x->added_ms, y->added_ms);
			ck_assert_int_eq(x->paused, y->paused);
		}
}

/* Going back to a phase shows the time already used there, and counts on. */
START_TEST(test_back_keeps_time)
{
	struct session *s = tt_start();
	struct diags d = {0};
	ck_assert_int_eq(session_timer_length(s), 5 * 60000);
	tt_ms = T0 + 90000;
	tt_ok(session_next(s, &d));
	ck_assert_int_eq(session_timer_used(s, 0, 0, tt_ms), 90000);
	ck_assert_int_eq(session_timer_length(s), 0); /* Thinking has no minutes */
	tt_ms = T0 + 120000;
	tt_ok(session_prev(s, &d));
	ck_assert_int_eq(session_timer_used(s, 0, 0, tt_ms), 90000);
	ck_assert_int_eq(session_timer_used(s, 0, 0, tt_ms + 10000), 100000);
	ck_assert_int_eq(session_timer_used(s, 0, 1, tt_ms + 10000), 30000); /* left: stopped */
	ck_assert_int_eq(session_clock_of(s, 0, 0)->since, T0 + 120000);
	/* a phase never entered has used nothing */
	ck_assert_int_eq(session_timer_used(s, 1, 2, tt_ms), 0);
	struct session *r = tt_resume(s);
	tt_same_clocks(s, r);
	session_free(r);
	session_free(s);
	diags_free(&d);
}
END_TEST

/* Pause and minutes added are records: they stay when the phase is left and
 * entered again, and replay gives them back. */
START_TEST(test_pause_minute_replay)
{
	struct session *s = tt_start();
	struct diags d = {0};
	tt_ms = T0 + 60000;
	tt_ok(session_timer(s, SESSION_TIMER_PAUSE, &d));
	tt_ok(session_timer(s, SESSION_TIMER_MINUTE, &d));
	tt_ok(session_timer(s, SESSION_TIMER_MINUTE, &d)); /* same millisecond: still two */
	ck_assert_int_eq(session_timer_length(s), 7 * 60000);
	tt_ms = T0 + 200000;
	tt_ok(session_next(s, &d));
	tt_ok(session_next(s, &d));
	ck_assert_int_eq(session_timer_length(s), 3 * 60000);
	tt_ms = T0 + 260000;
	tt_ok(session_prev(s, &d));
	tt_ok(session_prev(s, &d));
	ck_assert_int_eq(session_timer_length(s), 7 * 60000);
	ck_assert(session_clock_of(s, 0, 0)->paused);
	ck_assert_int_eq(session_clock_of(s, 0, 0)->since, -1);
	ck_assert_int_eq(session_timer_used(s, 0, 0, T0 + 999999), 60000);
	ck_assert_int_eq(session_timer_used(s, 0, 2, T0 + 999999), 60000);
	tt_ms = T0 + 300000;
	tt_ok(session_timer(s, SESSION_TIMER_RUN, &d));
	ck_assert_int_eq(session_timer_used(s, 0, 0, T0 + 310000), 70000);
	struct session *r = tt_resume(s);
	tt_same_clocks(s, r);
	ck_assert_int_eq(session_timer_length(r), 7 * 60000);
	session_free(r);
	session_free(s);
	diags_free(&d);
}
END_TEST

/* After a crash the time the program was not running counts as used (the
 * room went on); a timer paused before the crash shows what it showed. */
START_TEST(test_crash_counts)
{
	struct session *s = tt_start();
	struct diags d = {0};
	char *path = xstrdup(s->journal_path);
	tt_ms = T0 + 40000;
	session_free(s); /* as kill -9: nothing more written */
	tt_ms = T0 + 100000;
	struct session *r = NULL;
	ck_assert_int_eq(session_resume(&r, &tt_cat, path, &d), SESSION_OK);
	ck_assert_int_eq(session_timer_used(r, 0, 0, tt_ms), 100000);
	tt_ms = T0 + 130000;
	tt_ok(session_timer(r, SESSION_TIMER_PAUSE, &d));
	session_free(r);
	tt_ms = T0 + 900000;
	ck_assert_int_eq(session_resume(&r, &tt_cat, path, &d), SESSION_OK);
	ck_assert_int_eq(session_timer_used(r, 0, 0, tt_ms), 130000);
	ck_assert(session_clock_of(r, 0, 0)->paused);
	session_free(r);
	free(path);
	diags_free(&d);
}
END_TEST

/* Ending the round stops the clock; what cannot be done is refused, nothing written. */
START_TEST(test_refusals_and_end)
{
	struct session *s = tt_start();
	struct diags d = {0};
	ck_assert_int_eq(session_timer(s, SESSION_TIMER_RUN, &d), SESSION_INVALID);
	tt_ok(session_timer(s, SESSION_TIMER_PAUSE, &d));
	ck_assert_int_eq(session_timer(s, SESSION_TIMER_PAUSE, &d), SESSION_INVALID);
	tt_ok(session_timer(s, SESSION_TIMER_RUN, &d));
	tt_ok(session_next(s, &d));
	size_t before = s->saved.n;
	ck_assert_int_eq(session_timer(s, SESSION_TIMER_MINUTE, &d), SESSION_INVALID); /* untimed */
	ck_assert_int_eq(session_timer(s, SESSION_TIMER_PAUSE, &d), SESSION_INVALID);
	ck_assert_int_eq(session_timer(s, (enum session_timer_op)7, &d), SESSION_INVALID);
	ck_assert_uint_eq(s->saved.n, before);
	tt_ok(session_next(s, &d));
	tt_ms = T0 + 50000;
	tt_ok(session_end(s, &d));
	ck_assert_int_eq(session_clock_of(s, 0, 2)->since, -1);
	ck_assert_int_eq(session_timer_used(s, 0, 2, T0 + 999999), 50000);
	ck_assert_int_eq(session_timer(s, SESSION_TIMER_MINUTE, &d), SESSION_INVALID);
	struct session *r = tt_resume(s);
	tt_same_clocks(s, r);
	session_free(r);
	session_free(s);
	diags_free(&d);
}
END_TEST

/* Hand-written journals: an unknown op is skipped with a warning, a timer
 * out of range is damage (an error naming the line). */
static const struct {
	const char *line;
	int rc;
	size_t warnings;
	long long added_ms;
} bad_timer[] = {
	{"{\"t\":\"timer\",\"at\":5,\"round\":0,\"phase\":0,\"op\":\"rewind\"}", 0, 1, 0},
	{"{\"t\":\"timer\",\"at\":5,\"round\":0,\"phase\":0,\"op\":\"minute\",\"added\":4}", 0, 0, 240000},
	{"{\"t\":\"timer\",\"at\":5,\"round\":0,\"phase\":0,\"op\":\"minute\"}", 0, 0, 60000},
	{"{\"t\":\"timer\",\"at\":5,\"round\":2,\"phase\":0,\"op\":\"pause\"}", -1, 0, 0},
	{"{\"t\":\"timer\",\"at\":5,\"round\":0,\"phase\":3,\"op\":\"pause\"}", -1, 0, 0},
};

START_TEST(test_hand_written)
{
	struct session *s = tt_start();
	char *path = xasprintf("%s/hand.jsonl", tt_dir);
	FILE *f = fopen(path, "w");
	ck_assert_ptr_nonnull(f);
	fprintf(f, "%s\n%s\n%s\n%s\n", s->saved.v[0], s->saved.v[1], s->saved.v[2],
		bad_timer[_i].line);
	fclose(f);
	struct session *r = NULL;
	struct diags d = {0};
	ck_assert_int_eq(session_load(&r, &tt_cat, path, &d), bad_timer[_i].rc);
	if (bad_timer[_i].rc == 0) {
		ck_assert_uint_eq(d.n, bad_timer[_i].warnings);
		ck_assert_int_eq(session_clock_of(r, 0, 0)->added_ms, bad_timer[_i].added_ms);
	} else {
		ck_assert_uint_eq(diags_count_errors(&d, false), 1);
		ck_assert_int_eq(d.v[0].line, 4);
	}
	session_free(r);
	session_free(s);
	diags_free(&d);
	free(path);
}
END_TEST

Suite *session_timer_suite(void);
Suite *session_timer_suite(void)
{
	Suite *s = suite_create("session_timer");
	TCase *tc = tcase_create("session_timer");
	tcase_add_checked_fixture(tc, tt_setup, tt_teardown);
	tcase_add_test(tc, test_back_keeps_time);
	tcase_add_test(tc, test_pause_minute_replay);
	tcase_add_test(tc, test_crash_counts);
	tcase_add_test(tc, test_refusals_and_end);
	tcase_add_loop_test(tc, test_hand_written, 0, sizeof bad_timer / sizeof bad_timer[0]);
	suite_add_tcase(s, tc);
	return s;
}
