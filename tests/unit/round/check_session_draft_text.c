/*
 * Issue 10, 11: text left in $EDITOR by a program that died goes back into
 * the draft of its round (session_draft_put_text), where it was typed.
 */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "core/round/session.h"
#include "core/base/xalloc.h"

#include "../support/session_fixture.h"

static void sdt_setup(void)
{
	sfx_open("drafttext", "decks", "Ana,Ben,Chi,Dee");
	sfx_clock_ticking();
}

static void sdt_teardown(void)
{
	sfx_close();
}

START_TEST(test_text_back_in_draft)
{
	struct session *s = sfx_start("round-test", 5, NULL, SESSION_OK);
	struct diags d = {0};
	struct session_draft dr = {.round = 0, .phase = 0, .person = 2, .text = (char *)"before $EDITOR"};
	ck_assert_int_eq(session_draft_save(s, &dr, &d), 0);
	char *journal = xstrdup(session_journal_path(s)), *draft = session_sibling(journal, ".draft");
	session_free(s); /* the program died while the editor was open */
	ck_assert_int_eq(session_draft_put_text(draft, "typed in $EDITOR, Zoë", &d), 0);
	ck_assert_uint_eq(d.n, 0);
	ck_assert_int_eq(session_resume(&s, &sfx.cat, journal, &d), SESSION_OK);
	struct session_draft got;
	ck_assert_int_eq(session_draft_load(s, &got, &d), 1);
	ck_assert_str_eq(got.text, "typed in $EDITOR, Zoë");
	ck_assert_int_eq(got.person, 2);
	session_draft_free(&got);
	session_free(s);
	diags_free(&d);
	free(journal);
	free(draft);
}
END_TEST

/* No draft to put it in (or not one): refused, with a reason, nothing made. */
START_TEST(test_no_draft_refused)
{
	struct diags d = {0};
	char *draft = sfx_path("none.draft");
	ck_assert_int_eq(session_draft_put_text(draft, "text", &d), -1);
	ck_assert_uint_ge(d.n, 1);
	diags_free(&d);
	free(draft);
}
END_TEST

Suite *session_draft_text_suite(void);
Suite *session_draft_text_suite(void)
{
	Suite *s = suite_create("session_draft_text");
	TCase *tc = tcase_create("draft_text");
	tcase_add_checked_fixture(tc, sdt_setup, sdt_teardown);
	tcase_add_test(tc, test_text_back_in_draft);
	tcase_add_test(tc, test_no_draft_refused);
	suite_add_tcase(s, tc);
	return s;
}
