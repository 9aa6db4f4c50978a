/* Phase timers kept by the journal: time used kept when a phase is left and
 * entered again, pause and minutes added, replay rebuilding them exactly, the
 * time the program was not running counted, leaving stops the count; the
 * bell's setting (ring or flash at zero) kept and replayed the same way. */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "core/deck/catalog.h"
#include "core/base/journal.h"
#include "core/round/session.h"
#include "core/base/xalloc.h"

#include "../support/session_fixture.h"

static void tt_setup(void)
{
	sfx_open("timer", "timed", "Ana,Ben,Chi");
	ck_assert_ptr_nonnull(catalog_find(&sfx.cat, "timed-test"));
	sfx_clock_still();
}

static void tt_teardown(void)
{
	sfx_close();
}

static struct session *tt_start(void)
{
	return sfx_start("timed-test", 3, NULL, SESSION_OK);
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
	ck_assert_int_eq(session_load(&r, &sfx.cat, session_journal_path(s), &d), 0);
	ck_assert_uint_eq(d.n, 0);
	return r;
}

static void tt_same_clocks(const struct session *a, const struct session *b)
{
	for (size_t r = 0; r < session_rounds(a); r++)
		for (size_t p = 0; p < session_n_phases(a); p++) {
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
	sfx.ms = SFX_T0 + 90000;
	tt_ok(session_next(s, &d));
	ck_assert_int_eq(session_timer_used(s, 0, 0, sfx.ms), 90000);
	ck_assert_int_eq(session_timer_length(s), 0); /* Thinking has no minutes */
	sfx.ms = SFX_T0 + 120000;
	tt_ok(session_prev(s, &d));
	ck_assert_int_eq(session_timer_used(s, 0, 0, sfx.ms), 90000);
	ck_assert_int_eq(session_timer_used(s, 0, 0, sfx.ms + 10000), 100000);
	ck_assert_int_eq(session_timer_used(s, 0, 1, sfx.ms + 10000), 30000); /* left: stopped */
	ck_assert_int_eq(session_clock_of(s, 0, 0)->since, SFX_T0 + 120000);
	/* a phase never entered has used nothing */
	ck_assert_int_eq(session_timer_used(s, 1, 2, sfx.ms), 0);
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
	sfx.ms = SFX_T0 + 60000;
	tt_ok(session_timer(s, SESSION_TIMER_PAUSE, &d));
	tt_ok(session_timer(s, SESSION_TIMER_MINUTE, &d));
	tt_ok(session_timer(s, SESSION_TIMER_MINUTE, &d)); /* same millisecond: still two */
	ck_assert_int_eq(session_timer_length(s), 7 * 60000);
	sfx.ms = SFX_T0 + 200000;
	tt_ok(session_next(s, &d));
	tt_ok(session_next(s, &d));
	ck_assert_int_eq(session_timer_length(s), 3 * 60000);
	sfx.ms = SFX_T0 + 260000;
	tt_ok(session_prev(s, &d));
	tt_ok(session_prev(s, &d));
	ck_assert_int_eq(session_timer_length(s), 7 * 60000);
	ck_assert(session_clock_of(s, 0, 0)->paused);
	ck_assert_int_eq(session_clock_of(s, 0, 0)->since, -1);
	ck_assert_int_eq(session_timer_used(s, 0, 0, SFX_T0 + 999999), 60000);
	ck_assert_int_eq(session_timer_used(s, 0, 2, SFX_T0 + 999999), 60000);
	sfx.ms = SFX_T0 + 300000;
	tt_ok(session_timer(s, SESSION_TIMER_RUN, &d));
	ck_assert_int_eq(session_timer_used(s, 0, 0, SFX_T0 + 310000), 70000);
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
	char *path = xstrdup(session_journal_path(s));
	sfx.ms = SFX_T0 + 40000;
	session_free(s); /* as kill -9: nothing more written */
	sfx.ms = SFX_T0 + 100000;
	struct session *r = NULL;
	ck_assert_int_eq(session_resume(&r, &sfx.cat, path, &d), SESSION_OK);
	ck_assert_int_eq(session_timer_used(r, 0, 0, sfx.ms), 100000);
	sfx.ms = SFX_T0 + 130000;
	tt_ok(session_timer(r, SESSION_TIMER_PAUSE, &d));
	session_free(r);
	sfx.ms = SFX_T0 + 900000;
	ck_assert_int_eq(session_resume(&r, &sfx.cat, path, &d), SESSION_OK);
	ck_assert_int_eq(session_timer_used(r, 0, 0, sfx.ms), 130000);
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
	size_t before = sfx_n_records(s);
	ck_assert_int_eq(session_timer(s, SESSION_TIMER_MINUTE, &d), SESSION_INVALID); /* untimed */
	ck_assert_int_eq(session_timer(s, SESSION_TIMER_PAUSE, &d), SESSION_INVALID);
	ck_assert_int_eq(session_timer(s, (enum session_timer_op)7, &d), SESSION_INVALID);
	ck_assert_uint_eq(sfx_n_records(s), before);
	tt_ok(session_next(s, &d));
	sfx.ms = SFX_T0 + 50000;
	tt_ok(session_end(s, &d));
	ck_assert_int_eq(session_clock_of(s, 0, 2)->since, -1);
	ck_assert_int_eq(session_timer_used(s, 0, 2, SFX_T0 + 999999), 50000);
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
	char *path = xasprintf("%s/hand.jsonl", sfx.dir);
	FILE *f = fopen(path, "w");
	ck_assert_ptr_nonnull(f);
	struct strv on_disk = {0};
	sfx_records(s, &on_disk);
	fprintf(f, "%s\n%s\n%s\n%s\n", on_disk.v[0], on_disk.v[1], on_disk.v[2],
		bad_timer[_i].line);
	strv_free(&on_disk);
	fclose(f);
	struct session *r = NULL;
	struct diags d = {0};
	ck_assert_int_eq(session_load(&r, &sfx.cat, path, &d), bad_timer[_i].rc);
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

/* The bell off (flash at zero) is a record: a resume keeps it, in any phase
 * and round, until it is switched on again; asking for what is already so,
 * or on an ended round, writes nothing. */
START_TEST(test_bell_replay)
{
	struct session *s = tt_start();
	struct diags d = {0};
	ck_assert(!session_bell_off(s));
	size_t before = sfx_n_records(s);
	ck_assert_int_eq(session_bell(s, true, &d), SESSION_INVALID);
	ck_assert_uint_eq(sfx_n_records(s), before);
	tt_ok(session_bell(s, false, &d));
	ck_assert(session_bell_off(s));
	struct strv on_disk = {0};
	sfx_records(s, &on_disk);
	ck_assert_ptr_nonnull(strstr(on_disk.v[on_disk.n - 1], "\"t\":\"bell\""));
	strv_free(&on_disk);
	struct session *r = tt_resume(s);
	ck_assert(session_bell_off(r));
	session_free(r);
	tt_ok(session_next(s, &d)); /* the round's, not the phase's */
	r = tt_resume(s);
	ck_assert(session_bell_off(r));
	session_free(r);
	tt_ok(session_bell(s, true, &d));
	tt_ok(session_bell(s, false, &d)); /* same millisecond: still both kept */
	tt_ok(session_bell(s, true, &d));
	r = tt_resume(s);
	ck_assert(!session_bell_off(r));
	session_free(r);
	tt_ok(session_bell(s, false, &d));
	tt_ok(session_end(s, &d));
	before = sfx_n_records(s);
	ck_assert_int_eq(session_bell(s, true, &d), SESSION_INVALID);
	ck_assert_uint_eq(sfx_n_records(s), before);
	r = tt_resume(s);
	ck_assert(session_bell_off(r));
	session_free(r);
	session_free(s);
	diags_free(&d);
}
END_TEST

/* A bell record without a ring true or false is damage, named by its line. */
START_TEST(test_bell_hand_written)
{
	static const char *const lines[] = {
		"{\"t\":\"bell\",\"at\":5}",
		"{\"t\":\"bell\",\"at\":5,\"ring\":0}",
		"{\"t\":\"bell\",\"at\":5,\"ring\":false}",
	};
	struct session *s = tt_start();
	char *path = xasprintf("%s/hand.jsonl", sfx.dir);
	FILE *f = fopen(path, "w");
	ck_assert_ptr_nonnull(f);
	struct strv on_disk = {0};
	sfx_records(s, &on_disk);
	fprintf(f, "%s\n%s\n%s\n%s\n", on_disk.v[0], on_disk.v[1], on_disk.v[2], lines[_i]);
	strv_free(&on_disk);
	fclose(f);
	struct session *r = NULL;
	struct diags d = {0};
	int rc = session_load(&r, &sfx.cat, path, &d);
	if (_i == 2) {
		ck_assert_int_eq(rc, 0);
		ck_assert_uint_eq(d.n, 0);
		ck_assert(session_bell_off(r));
	} else {
		ck_assert_int_eq(rc, -1);
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
	tcase_add_test(tc, test_bell_replay);
	tcase_add_loop_test(tc, test_bell_hand_written, 0, 3);
	suite_add_tcase(s, tc);
	return s;
}
