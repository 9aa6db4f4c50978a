/* A round's planned minutes (fitted to the slot at setup) are journalled in
 * its start record and replayed; journals without them use the flow's; a
 * minute taken off a phase is a record, refused when it would jump into
 * overtime or leave the phase under a minute. */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/base/xalloc.h"
#include "core/round/session.h"
#include "core/round/transcript.h"

#include "../support/session_fixture.h"

static void tm_setup(void)
{
	sfx_open("minutes", "timed", "Ana,Ben,Chi");
	sfx_clock_still();
}

static void tm_teardown(void)
{
	sfx_close();
}

static struct session *tm_resume(const struct session *s)
{
	struct session *r = NULL;
	struct diags d = {0};
	ck_assert_int_eq(session_load(&r, &sfx.cat, session_journal_path(s), &d), 0);
	ck_assert_uint_eq(d.n, 0);
	return r;
}

/* Fitted minutes replace the flow's, for the timer and the record, in every round. */
START_TEST(test_fitted_minutes_journalled)
{
	unsigned fitted[] = {7, 0, 2};
	struct session_opts o = {.flow_id = "timed-test", .people = &sfx.people, .has_seed = true,
				 .seed = 3, .dir = sfx.dir, .minutes = fitted};
	struct session *s = NULL;
	struct diags d = {0};
	ck_assert_int_eq(session_start(&s, &sfx.cat, &o, &d), SESSION_OK);
	ck_assert_int_eq(session_timer_length(s), 7 * 60000);
	ck_assert(session_planned_minutes(s, 2) == 2);
	struct strv recs = {0};
	sfx_records(s, &recs);
	ck_assert_ptr_nonnull(strstr(recs.v[0], "\"minutes\":[7,0,2]"));
	strv_free(&recs);
	ck_assert_int_eq(session_goto(s, 1, 0, &d), SESSION_OK);
	ck_assert_int_eq(session_timer_length(s), 7 * 60000);
	struct session *r = tm_resume(s);
	ck_assert_int_eq(session_timer_length(r), 7 * 60000);
	ck_assert(session_planned_minutes(r, 0) == 7 && session_planned_minutes(r, 1) == 0);
	session_free(r);
	session_free(s);
	diags_free(&d);
}
END_TEST

/* Without fitting, the start record carries the flow's minutes. */
START_TEST(test_flow_minutes_journalled)
{
	struct session *s = sfx_start("timed-test", 3, NULL, SESSION_OK);
	struct strv recs = {0};
	sfx_records(s, &recs);
	ck_assert_ptr_nonnull(strstr(recs.v[0], "\"minutes\":[5,0,3]"));
	strv_free(&recs);
	session_free(s);
}
END_TEST

/* A journal written before minutes[] (or with a list that does not fit the
 * phases) plans with the flow's minutes, as it always did. */
START_TEST(test_old_journal_uses_flow)
{
	static const char *const starts[] = {
		"{\"t\":\"start\",\"at\":1,\"v\":1,\"id\":\"old\",\"flow\":\"timed-test\",\"seed\":\"3\","
		"\"rounds\":1,\"people\":[\"Ana\",\"Ben\"],\"phases\":[\"tell\",\"think\",\"answer\"]}\n",
		"{\"t\":\"start\",\"at\":1,\"v\":1,\"id\":\"old\",\"flow\":\"timed-test\",\"seed\":\"3\","
		"\"rounds\":1,\"people\":[\"Ana\",\"Ben\"],\"phases\":[\"tell\",\"think\",\"answer\"],"
		"\"minutes\":[9]}\n",
	};
	for (size_t i = 0; i < 2; i++) {
		struct session *s = sfx_load("old.jsonl", starts[i], true);
		ck_assert(session_planned_minutes(s, 0) == 5);
		ck_assert(session_planned_minutes(s, 2) == 3);
		session_free(s);
	}
	struct session *s = sfx_load("old.jsonl", starts[0], false);
	ck_assert(session_planned_minutes(s, 0) == 0); /* no flow, no minutes: unknown */
	session_free(s);
}
END_TEST

/* A minute off shortens the phase and replays; it stays off when the phase is left. */
START_TEST(test_minute_off)
{
	struct session *s = sfx_start("timed-test", 3, NULL, SESSION_OK);
	struct diags d = {0};
	sfx.ms = SFX_T0 + 60000;
	ck_assert_int_eq(session_timer(s, SESSION_TIMER_LESS, &d), SESSION_OK);
	ck_assert_int_eq(session_timer(s, SESSION_TIMER_LESS, &d), SESSION_OK);
	ck_assert_int_eq(session_timer_length(s), 3 * 60000);
	ck_assert_int_eq(session_timer(s, SESSION_TIMER_MINUTE, &d), SESSION_OK);
	ck_assert_int_eq(session_timer_length(s), 4 * 60000);
	struct strv recs = {0};
	sfx_records(s, &recs);
	ck_assert_ptr_nonnull(strstr(recs.v[recs.n - 2], "\"op\":\"less\",\"added\":-2"));
	strv_free(&recs);
	struct session *r = tm_resume(s);
	ck_assert_int_eq(session_timer_length(r), 4 * 60000);
	ck_assert_int_eq(session_clock_of(r, 0, 0)->added_ms, -60000);
	session_free(r);
	session_free(s);
	diags_free(&d);
}
END_TEST

/* Refused, nothing written: less than a minute left (it would jump into
 * overtime), a phase that would be under a minute, an untimed phase. */
START_TEST(test_minute_off_refused)
{
	struct session *s = sfx_start("timed-test", 3, NULL, SESSION_OK);
	struct diags d = {0};
	sfx.ms = SFX_T0 + 4 * 60000 + 1; /* 5 minutes, a little under one left */
	size_t before = sfx_n_records(s);
	ck_assert_int_eq(session_timer(s, SESSION_TIMER_LESS, &d), SESSION_INVALID);
	ck_assert_str_eq(d.v[d.n - 1].message, "less than a minute is left");
	sfx.ms = SFX_T0 + 4 * 60000; /* exactly one left: it may go */
	ck_assert_int_eq(sfx_n_records(s), before);
	ck_assert_int_eq(session_timer(s, SESSION_TIMER_LESS, &d), SESSION_OK);
	ck_assert_int_eq(session_next(s, &d), SESSION_OK);
	ck_assert_int_eq(session_timer(s, SESSION_TIMER_LESS, &d), SESSION_INVALID); /* untimed */
	ck_assert_int_eq(session_next(s, &d), SESSION_OK);
	ck_assert_int_eq(session_timer(s, SESSION_TIMER_PAUSE, &d), SESSION_OK);
	ck_assert_int_eq(session_timer(s, SESSION_TIMER_LESS, &d), SESSION_OK);
	ck_assert_int_eq(session_timer(s, SESSION_TIMER_LESS, &d), SESSION_OK);
	ck_assert_int_eq(session_timer_length(s), 60000);
	before = sfx_n_records(s);
	ck_assert_int_eq(session_timer(s, SESSION_TIMER_LESS, &d), SESSION_INVALID);
	ck_assert_str_eq(d.v[d.n - 1].message, "the phase cannot be shorter than a minute");
	ck_assert_int_eq(sfx_n_records(s), before);
	session_free(s);
	diags_free(&d);
}
END_TEST

/* The transcript of the round (Markdown or JSON), as a string the caller frees. */
static char *tm_transcript(const struct session *s, bool json)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);
	struct diags d = {0};
	ck_assert_int_eq(json ? transcript_write_json(f, s, false, &d) : transcript_write_md(f, s, false, &d), 0);
	fclose(f);
	return buf;
}

/* Each phase's minutes used and planned (fitted), with those added or taken
 * off, counted by the journal: the same at any later export. */
START_TEST(test_transcript_minutes)
{
	unsigned fitted[] = {7, 0, 2};
	struct session_opts o = {.flow_id = "timed-test", .people = &sfx.people, .has_seed = true,
				 .seed = 3, .dir = sfx.dir, .minutes = fitted};
	struct session *s = NULL;
	struct diags d = {0};
	ck_assert_int_eq(session_start(&s, &sfx.cat, &o, &d), SESSION_OK);
	sfx.ms = SFX_T0 + 60000;
	ck_assert_int_eq(session_timer(s, SESSION_TIMER_MINUTE, &d), SESSION_OK);
	sfx.ms = SFX_T0 + 9 * 60000 + 20000;
	ck_assert_int_eq(session_next(s, &d), SESSION_OK);
	sfx.ms += 4 * 60000;
	ck_assert_int_eq(session_next(s, &d), SESSION_OK);
	ck_assert_int_eq(session_timer(s, SESSION_TIMER_LESS, &d), SESSION_OK);
	sfx.ms += 50000;
	ck_assert_int_eq(session_end(s, &d), SESSION_OK);
	sfx.ms += 3600000; /* exported an hour later: the same figures */
	char *md = tm_transcript(s, false);
	ck_assert_msg(strstr(md, "- Time: 14 min (planned 9)\n"), "%s", md); /* the round's, in all */
	ck_assert_msg(strstr(md, "### 1. Telling — 9 min (planned 7, 1 added)\n"), "%s", md);
	ck_assert_msg(strstr(md, "### 2. Thinking — 4 min\n"), "%s", md);
	ck_assert_msg(strstr(md, "### 3. Answering — 1 min (planned 2, 1 taken off)\n"), "%s", md);
	char *json = tm_transcript(s, true);
	ck_assert_msg(strstr(json, "\"planned_minutes\":\t7,\n\t\t\t\t\t\"minutes_added\":\t1,\n\t\t\t\t\t\"used_minutes\":\t9")
		      || strstr(json, "\"planned_minutes\":7,\"minutes_added\":1,\"used_minutes\":9"), "%s", json);
	ck_assert_msg(strstr(json, "\"planned_minutes\":\tnull") || strstr(json, "\"planned_minutes\":null"), "%s", json);
	free(md);
	free(json);
	session_free(s);
	diags_free(&d);
}
END_TEST

Suite *session_minutes_suite(void);
Suite *session_minutes_suite(void)
{
	Suite *s = suite_create("session_minutes");
	TCase *tc = tcase_create("session_minutes");
	tcase_add_checked_fixture(tc, tm_setup, tm_teardown);
	tcase_add_test(tc, test_fitted_minutes_journalled);
	tcase_add_test(tc, test_flow_minutes_journalled);
	tcase_add_test(tc, test_old_journal_uses_flow);
	tcase_add_test(tc, test_minute_off);
	tcase_add_test(tc, test_minute_off_refused);
	tcase_add_test(tc, test_transcript_minutes);
	suite_add_tcase(s, tc);
	return s;
}
