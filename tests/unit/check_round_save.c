/* Save messages and the round `resume` picks. */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "tui/round_save.h"

START_TEST(test_messages)
{
	struct diags d = {0};
	char *m = rsave_message(SESSION_OK, &d, "Reflection saved");
	ck_assert_str_eq(m, "Reflection saved");
	free(m);
	m = rsave_message(SESSION_UNSAVED, &d, "Reflection saved");
	ck_assert_str_eq(m, "Not saved: the journal could not be written. r retry · s save elsewhere");
	free(m);
	diags_add(&d, "j.jsonl", 0, 0, DIAG_WARNING, DIAG_IO, "just a warning");
	diags_error(&d, "j.jsonl", 0, 0, DIAG_IO, "No space left on device");
	m = rsave_message(SESSION_UNSAVED, &d, NULL);
	ck_assert_str_eq(m, "Not saved: No space left on device. r retry · s save elsewhere");
	free(m);
	m = rsave_message(SESSION_INVALID, &d, "Saved");
	ck_assert_str_eq(m, "No space left on device");
	free(m);
	diags_free(&d);
}
END_TEST

START_TEST(test_newest_unfinished)
{
	struct session_info v[3] = {{.ended = true}, {.ended = false}, {.ended = false}};
	ck_assert_int_eq(rsave_newest_unfinished(v, 3), 1);
	v[1].ended = v[2].ended = true;
	ck_assert_int_eq(rsave_newest_unfinished(v, 3), -1);
	ck_assert_int_eq(rsave_newest_unfinished(v, 0), -1);
}
END_TEST

START_TEST(test_resume_message)
{
	struct session s = {0};
	ck_assert_ptr_null(strstr(rsave_resume_message(&s), "torn"));
	s.torn_tail = true;
	ck_assert_ptr_nonnull(strstr(rsave_resume_message(&s), "up to the last whole event"));
}
END_TEST

Suite *round_save_suite(void);
Suite *round_save_suite(void)
{
	Suite *s = suite_create("round_save");
	TCase *tc = tcase_create("core");
	tcase_add_test(tc, test_messages);
	tcase_add_test(tc, test_newest_unfinished);
	tcase_add_test(tc, test_resume_message);
	suite_add_tcase(s, tc);
	return s;
}
