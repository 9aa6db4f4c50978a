/* Who is here: apologies at setup, in the journal, the transcript and the
 * anonymised transcript; rounds journalled before them read as before. */
#include <check.h>
#include <cJSON.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/deck/catalog.h"
#include "core/round/round_setup.h"
#include "core/round/session.h"
#include "core/round/transcript.h"
#include "core/base/xalloc.h"

#include "../support/session_fixture.h"

static void at_setup(void)
{
	sfx_open("attend", "decks", "Ana,Ben,Chi,Dee");
	sfx_clock_ticking();
}

static void at_teardown(void)
{
	sfx_close();
}

/* The whole output of a transcript writer, as a string. */
static char *at_capture(int (*fn)(FILE *, const struct session *, bool, struct diags *),
			const struct session *s, bool anon)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);
	struct diags d = {0};
	ck_assert_int_eq(fn(f, s, anon, &d), 0);
	fclose(f);
	diags_free(&d);
	return buf;
}

/* round-test for sfx.people with apologies from absent (comma-separated). */
static struct session *at_start_absent(const char *absent)
{
	const struct doc *flow = catalog_find_kind(&sfx.cat, "round-test", DOC_FLOW);
	struct rsetup rs;
	struct diags d = {0};
	rsetup_init(&rs, flow);
	for (size_t i = 0; i < sfx.people.n; i++)
		ck_assert_int_eq(rsetup_add(&rs, sfx.people.v[i], &d), 0);
	ck_assert_int_eq(rsetup_add_apologies(&rs, absent, &d), 0);
	rs.facilitator = xstrdup("Fay");
	struct session_opts o = {0};
	ck_assert_int_eq(rsetup_opts(&rs, &o), 0);
	o.has_seed = true, o.seed = 4, o.dir = sfx.dir;
	struct session *s = NULL;
	ck_assert_int_eq(session_start(&s, &sfx.cat, &o, &d), SESSION_OK);
	ck_assert_uint_eq(d.n, 0);
	rsetup_free(&rs);
	return s;
}

START_TEST(test_apology_rules)
{
	const struct doc *flow = catalog_find_kind(&sfx.cat, "round-test", DOC_FLOW);
	struct rsetup rs;
	struct diags d = {0};
	rsetup_init(&rs, flow);
	ck_assert_int_eq(rsetup_add(&rs, "Zoë", &d), 0);
	ck_assert_int_eq(rsetup_add_apologies(&rs, " Dana Flynn ,Eve", &d), 0);
	ck_assert_str_eq(rs.apologies.v[0], "Dana Flynn");
	static const char *const refused[] = {"Zoe", "Zoë", "eve", "Eve", "", "Al\x1b"};
	for (size_t i = 0; i < sizeof refused / sizeof refused[0]; i++) {
		ck_assert_int_eq(rsetup_add_apology(&rs, refused[i], &d), -1);
		ck_assert_int_eq(rsetup_add(&rs, refused[i], &d), -1);
	}
	ck_assert_ptr_nonnull(strstr(d.v[0].message, "add a surname or an initial"));
	ck_assert_uint_eq(rs.apologies.n, 2);
	ck_assert_uint_eq(rs.people.n, 1);
	rsetup_remove_apology(&rs, 0);
	rsetup_remove_apology(&rs, 5);
	ck_assert_uint_eq(rs.apologies.n, 1);
	ck_assert_str_eq(rs.apologies.v[0], "Eve");
	ck_assert_int_eq(rsetup_toggle_apologies(&rs, "Eve , Gus", &d), 0);
	ck_assert_uint_eq(rs.apologies.n, 1);
	ck_assert_str_eq(rs.apologies.v[0], "Gus");
	diags_free(&d);
	rsetup_free(&rs);
}
END_TEST

/* The start record carries them; a resumed round has them as started. */
START_TEST(test_apologies_resumed)
{
	struct session *s = at_start_absent("Dana Flynn,Eve");
	ck_assert_uint_eq(session_apologies(s)->n, 2);
	char *path = xstrdup(session_journal_path(s));
	session_free(s); /* as after kill -9 */
	struct diags d = {0};
	ck_assert_int_eq(session_resume(&s, &sfx.cat, path, &d), SESSION_OK);
	ck_assert_uint_eq(session_apologies(s)->n, 2);
	ck_assert_str_eq(session_apologies(s)->v[0], "Dana Flynn");
	ck_assert_str_eq(session_apologies(s)->v[1], "Eve");
	session_free(s);
	free(path);
	diags_free(&d);
}
END_TEST

START_TEST(test_apologies_refused_by_start)
{
	struct strv absent = {0};
	strv_push(&absent, "Ana");
	struct session_opts o = {.flow_id = "round-test", .people = &sfx.people,
				 .apologies = &absent, .dir = sfx.dir};
	struct session *s = NULL;
	struct diags d = {0};
	ck_assert_int_eq(session_start(&s, &sfx.cat, &o, &d), SESSION_INVALID);
	ck_assert_ptr_null(s);
	ck_assert_ptr_nonnull(strstr(d.v[0].message, "apology 1"));
	strv_free(&absent);
	diags_free(&d);
}
END_TEST

START_TEST(test_apologies_transcript)
{
	struct session *s = at_start_absent("Dana Flynn,Eve");
	struct diags d = {0};
	ck_assert_int_eq(session_add_entry(s, true, -1, NULL, NULL, "Dana sent word; eve too", NULL, &d),
			 SESSION_OK);
	char *md = at_capture(transcript_write_md, s, false);
	ck_assert_msg(strstr(md, "- Facilitator: Fay\n- Apologies: Dana Flynn and Eve\n"), "%s", md);
	free(md);
	md = at_capture(transcript_write_md, s, true);
	ck_assert_msg(strstr(md, "- Apologies: A1 and A2\n"), "%s", md);
	ck_assert_msg(strstr(md, "A1 sent word; A2 too"), "%s", md);
	ck_assert_msg(!strstr(md, "Dana") && !strstr(md, "Flynn") && !strstr(md, "eve"), "%s", md);
	free(md);
	char *js = at_capture(transcript_write_json, s, false);
	cJSON *o = cJSON_Parse(js);
	const cJSON *ap = cJSON_GetObjectItemCaseSensitive(o, "apologies");
	ck_assert_int_eq(cJSON_GetArraySize(ap), 2);
	ck_assert_str_eq(cJSON_GetArrayItem(ap, 0)->valuestring, "Dana Flynn");
	cJSON_Delete(o);
	free(js);
	session_free(s);
	diags_free(&d);
}
END_TEST

/* A round without apologies (and every journal from before them) has no
 * apologies line, field or record key. */
START_TEST(test_no_apologies_as_before)
{
	struct session *s = sfx_start("round-test", 4, NULL, SESSION_OK);
	struct strv recs = {0};
	sfx_records(s, &recs);
	ck_assert_ptr_null(strstr(recs.v[0], "apologies"));
	char *md = at_capture(transcript_write_md, s, false);
	ck_assert_ptr_null(strstr(md, "Apologies"));
	free(md);
	char *js = at_capture(transcript_write_json, s, false);
	ck_assert_ptr_null(strstr(js, "apologies"));
	free(js);
	strv_free(&recs);
	session_free(s);
}
END_TEST

Suite *attendance_suite(void);
Suite *attendance_suite(void)
{
	Suite *s = suite_create("attendance");
	TCase *tc = tcase_create("attendance");
	tcase_add_checked_fixture(tc, at_setup, at_teardown);
	tcase_add_test(tc, test_apology_rules);
	tcase_add_test(tc, test_apologies_resumed);
	tcase_add_test(tc, test_apologies_refused_by_start);
	tcase_add_test(tc, test_apologies_transcript);
	tcase_add_test(tc, test_no_apologies_as_before);
	suite_add_tcase(s, tc);
	return s;
}
