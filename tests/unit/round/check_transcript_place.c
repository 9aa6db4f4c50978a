/* Where a round's own transcript is: none until written, then beside the journal. */
#include <check.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "core/round/session.h"
#include "core/round/transcript.h"
#include "core/base/xalloc.h"

#include "../support/session_fixture.h"

static void tp_setup(void)
{
	sfx_open("tplace", "decks", "Ana,Zoë,李明,Ben");
}

static void tp_teardown(void)
{
	sfx_close();
}

/* The journal's path with .jsonl replaced by .md; caller frees. */
static char *tp_beside(const struct session *s)
{
	const char *j = session_journal_path(s);
	return xasprintf("%.*s.md", (int)(strlen(j) - strlen(".jsonl")), j);
}

START_TEST(test_found_once_written)
{
	struct session *s = sfx_start("round-test", 3, NULL, SESSION_OK);
	char *want = tp_beside(s), *path = transcript_path(s);
	ck_assert_str_eq(path, want);
	time_t at = 0;
	ck_assert_ptr_null(transcript_find(s, &at)); /* not written yet */
	ck_assert_int_eq(at, 0);
	struct diags d = {0};
	time_t before = time(NULL);
	ck_assert_int_eq(transcript_save(s, &d), 0);
	char *found = transcript_find(s, &at);
	ck_assert_ptr_nonnull(found);
	ck_assert_str_eq(found, want);
	ck_assert_int_ge(at, before - 1);
	free(found);
	free(path);
	free(want);
	diags_free(&d);
	session_free(s);
}
END_TEST

/* Something there that is no file is no transcript. */
START_TEST(test_folder_is_none)
{
	struct session *s = sfx_start("round-test", 3, NULL, SESSION_OK);
	char *path = transcript_path(s);
	ck_assert_int_eq(mkdir(path, 0700), 0);
	time_t at = 0;
	ck_assert_ptr_null(transcript_find(s, &at));
	rmdir(path);
	free(path);
	session_free(s);
}
END_TEST

Suite *transcript_place_suite(void);
Suite *transcript_place_suite(void)
{
	Suite *s = suite_create("transcript_place");
	TCase *tc = tcase_create("core");
	tcase_add_checked_fixture(tc, tp_setup, tp_teardown);
	tcase_add_test(tc, test_found_once_written);
	tcase_add_test(tc, test_folder_is_none);
	suite_add_tcase(s, tc);
	return s;
}
