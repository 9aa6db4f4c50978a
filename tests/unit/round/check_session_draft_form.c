/* Drafts of the action's and the case's forms: kept with their kind and
 * texts (and the action being changed), read back after a crash; a draft
 * of a reflection, as written before forms had drafts, reads as before;
 * a form's draft that does not fit is refused and left in place. */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/base/xalloc.h"
#include "core/round/session.h"

#include "../support/session_fixture.h"

static void df_setup(void)
{
	sfx_open("draft-form", "decks", "Ana,Ben,Chi,Dee");
	sfx_clock_ticking();
}

static void df_teardown(void)
{
	sfx_close();
}

START_TEST(test_action_draft)
{
	struct session *s = sfx_start_in(3, "a");
	struct diags d = {0};
	ck_assert_int_eq(session_next(s, &d), SESSION_OK);
	struct session_draft dr = {.kind = SESSION_DRAFT_ACTION, .n_fields = 3, .round = 0,
				   .phase = 1, .person = -1, .edit_id = 2,
				   .fields = {(char *)"Ring the school", (char *)"Zoë", (char *)""}};
	ck_assert_int_eq(session_draft_save(s, &dr, &d), 0);
	char *path = xstrdup(session_journal_path(s));
	session_free(s); /* as after kill -9 */
	struct session *back = NULL;
	ck_assert_int_eq(session_resume(&back, &sfx.cat, path, &d), SESSION_OK);
	struct session_draft got;
	ck_assert_int_eq(session_draft_load(back, &got, &d), 1);
	ck_assert_int_eq(got.kind, SESSION_DRAFT_ACTION);
	ck_assert_uint_eq(got.n_fields, 3);
	ck_assert_str_eq(got.fields[0], "Ring the school");
	ck_assert_str_eq(got.fields[1], "Zoë");
	ck_assert_str_eq(got.fields[2], "");
	ck_assert_uint_eq(got.edit_id, 2);
	ck_assert_uint_eq(got.phase, 1);
	session_draft_free(&got);
	session_draft_clear(back);
	ck_assert_int_eq(session_draft_load(back, &got, &d), 0);
	ck_assert_uint_eq(d.n, 0);
	session_free(back);
	free(path);
}
END_TEST

START_TEST(test_case_draft)
{
	struct session *s = sfx_start_in(3, "c");
	struct diags d = {0};
	struct session_draft dr = {.kind = SESSION_DRAFT_CASE, .n_fields = 2, .person = -1,
				   .fields = {(char *)"J (7)", (char *)"What am I missing?"}};
	ck_assert_int_eq(session_draft_save(s, &dr, &d), 0);
	struct session_draft got;
	ck_assert_int_eq(session_draft_load(s, &got, &d), 1);
	ck_assert_int_eq(got.kind, SESSION_DRAFT_CASE);
	ck_assert_uint_eq(got.n_fields, 2);
	ck_assert_str_eq(got.fields[1], "What am I missing?");
	session_draft_free(&got);
	session_free(s);
}
END_TEST

/* Written by hand: a reflection's draft as older programs wrote it; a form's
 * with the wrong number of fields, or a kind unknown. */
static int df_load_text(struct session *s, const char *text, struct session_draft *out,
			struct diags *d)
{
	char *path = xasprintf("%.*s.draft", (int)(strlen(session_journal_path(s)) - 6),
			       session_journal_path(s));
	FILE *f = fopen(path, "w");
	ck_assert_ptr_nonnull(f);
	fputs(text, f);
	fclose(f);
	free(path);
	return session_draft_load(s, out, d);
}

START_TEST(test_old_and_bad_drafts)
{
	struct session *s = sfx_start_in(3, "o");
	struct diags d = {0};
	struct session_draft got;
	ck_assert_int_eq(df_load_text(s, "{\"v\":1,\"at\":1,\"round\":0,\"phase\":0,\"person\":1,"
					 "\"note\":false,\"edit\":0,\"text\":\"half typed\"}\n", &got, &d), 1);
	ck_assert_int_eq(got.kind, SESSION_DRAFT_TEXT);
	ck_assert_uint_eq(got.n_fields, 0);
	ck_assert_str_eq(got.text, "half typed");
	session_draft_free(&got);
	ck_assert_int_eq(df_load_text(s, "{\"v\":1,\"at\":1,\"round\":0,\"phase\":0,\"person\":-1,"
					 "\"note\":false,\"edit\":0,\"text\":\"\",\"kind\":\"action\","
					 "\"fields\":[\"a\",\"b\"]}\n", &got, &d), -1);
	ck_assert_int_eq(df_load_text(s, "{\"v\":1,\"at\":1,\"round\":0,\"phase\":0,\"person\":-1,"
					 "\"note\":false,\"edit\":0,\"text\":\"\",\"kind\":\"poem\","
					 "\"fields\":[\"a\",\"b\"]}\n", &got, &d), -1);
	ck_assert_uint_eq(d.n, 2);
	diags_free(&d);
	session_free(s);
}
END_TEST

Suite *session_draft_form_suite(void);
Suite *session_draft_form_suite(void)
{
	Suite *s = suite_create("session_draft_form");
	TCase *tc = tcase_create("session_draft_form");
	tcase_add_checked_fixture(tc, df_setup, df_teardown);
	tcase_add_test(tc, test_action_draft);
	tcase_add_test(tc, test_case_draft);
	tcase_add_test(tc, test_old_and_bad_drafts);
	suite_add_tcase(s, tc);
	return s;
}
