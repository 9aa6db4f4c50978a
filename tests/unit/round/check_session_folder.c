/* A folder to save a round in: made when missing, refused when a file is there. */
#include <check.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>

#include "core/round/session.h"
#include "core/base/xalloc.h"

#include "../support/session_fixture.h"

static void sf_setup(void)
{
	sfx_open("sfolder", "decks", "Ana");
}

static void sf_teardown(void)
{
	sfx_close();
}

START_TEST(test_made_with_parents)
{
	char *dir = sfx_path("usb/rounds");
	int err = -1;
	ck_assert_int_eq(session_folder_make(dir, &err), SESSION_FOLDER_READY);
	ck_assert_int_eq(err, 0);
	struct stat st;
	ck_assert_int_eq(stat(dir, &st), 0);
	ck_assert(S_ISDIR(st.st_mode));
	ck_assert_int_eq(st.st_mode & 0777, 0700);
	ck_assert_int_eq(session_folder_make(dir, &err), SESSION_FOLDER_READY); /* there already */
	free(dir);
}
END_TEST

START_TEST(test_file_refused)
{
	char *file = sfx_path("notes.txt"), *under = sfx_path("notes.txt/rounds");
	FILE *f = fopen(file, "w");
	ck_assert_ptr_nonnull(f);
	fclose(f);
	int err = 0;
	ck_assert_int_eq(session_folder_make(file, &err), SESSION_FOLDER_IS_FILE);
	ck_assert_int_eq(session_folder_make(under, &err), SESSION_FOLDER_UNMADE);
	ck_assert_int_eq(err, ENOTDIR);
	free(file);
	free(under);
}
END_TEST

Suite *session_folder_suite(void);
Suite *session_folder_suite(void)
{
	Suite *s = suite_create("session_folder");
	TCase *tc = tcase_create("core");
	tcase_add_checked_fixture(tc, sf_setup, sf_teardown);
	tcase_add_test(tc, test_made_with_parents);
	tcase_add_test(tc, test_file_refused);
	suite_add_tcase(s, tc);
	return s;
}
