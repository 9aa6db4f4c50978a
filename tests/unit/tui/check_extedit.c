/* The external editor: a private file, the user's editor, the text read back or kept. */
#include <check.h>
#include <dirent.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "tui/extedit.h"

static const char *ee_visual, *ee_editor;
static char ee_tmp[] = "/tmp/check-extedit-XXXXXX";

static const char *ee_env(const char *name)
{
	if (strcmp(name, "VISUAL") == 0)
		return ee_visual;
	if (strcmp(name, "EDITOR") == 0)
		return ee_editor;
	if (strcmp(name, "TMPDIR") == 0)
		return ee_tmp;
	return NULL;
}

static void ee_setup(void)
{
	strcpy(ee_tmp, "/tmp/check-extedit-XXXXXX");
	ck_assert_ptr_nonnull(mkdtemp(ee_tmp));
	ee_visual = ee_editor = NULL;
}

/* The private folder is gone afterwards, whatever happened. */
static void ee_teardown(void)
{
	DIR *d = opendir(ee_tmp);
	struct dirent *e;
	int left = 0;
	while (d && (e = readdir(d)) != NULL)
		left += e->d_name[0] != '.';
	if (d)
		closedir(d);
	rmdir(ee_tmp);
	ck_assert_int_eq(left, 0);
}

START_TEST(test_edits_text)
{
	char *out = NULL, *err = NULL;
	ee_editor = "sed -i s/brown/red/";
	ck_assert_int_eq(extedit_run("the brown fox\nZoë 李明", ee_env, &out, &err), 0);
	ck_assert_str_eq(out, "the red fox\nZoë 李明");
	free(out);
}
END_TEST

START_TEST(test_visual_first)
{
	char *out = NULL, *err = NULL;
	ee_visual = "sed -i s/a/b/";
	ee_editor = "false";
	ck_assert_int_eq(extedit_run("a", ee_env, &out, &err), 0);
	ck_assert_str_eq(out, "b");
	free(out);
}
END_TEST

START_TEST(test_private_file)
{
	char *out = NULL, *err = NULL;
	/* the "editor" writes the file's and the folder's modes into the file */
	ee_editor = "sh -c 'f=$1; { stat -c %a \"$f\"; stat -c %a \"${f%/*}\"; } > \"$f.m\"; "
		    "mv \"$f.m\" \"$f\"' sh";
	ck_assert_int_eq(extedit_run("secret", ee_env, &out, &err), 0);
	ck_assert_str_eq(out, "600\n700");
	free(out);
}
END_TEST

START_TEST(test_crlf_and_final_newline)
{
	char *out = NULL, *err = NULL;
	ee_editor = "sh -c 'printf \"a\\r\\nb\\n\\n\" > \"$1\"; touch \"$1~\"' sh";
	ck_assert_int_eq(extedit_run("", ee_env, &out, &err), 0);
	ck_assert_str_eq(out, "a\nb\n"); /* one final newline dropped, the blank line kept */
	free(out);
}
END_TEST

static const struct {
	const char *editor, *says;
} failing[] = {
	{"false", "ended with status 1"},
	{"/nonexistent/editor", "Could not run the editor"},
	{"sh -c 'printf \"\\377\" > \"$1\"' sh", "not UTF-8"},
	{"kill -TERM $$ #", "signal 15"},
};

START_TEST(test_failure_keeps_text)
{
	char *out = (char *)"untouched", *err = NULL;
	ee_editor = failing[_i].editor;
	ck_assert_int_eq(extedit_run("mine", ee_env, &out, &err), -1);
	ck_assert_str_eq(out, "untouched");
	ck_assert_ptr_nonnull(err);
	ck_assert_msg(strstr(err, failing[_i].says), "%s", err);
	free(err);
}
END_TEST

Suite *extedit_suite(void);
Suite *extedit_suite(void)
{
	Suite *s = suite_create("extedit");
	TCase *tc = tcase_create("extedit");
	tcase_add_checked_fixture(tc, ee_setup, ee_teardown);
	tcase_add_test(tc, test_edits_text);
	tcase_add_test(tc, test_visual_first);
	tcase_add_test(tc, test_private_file);
	tcase_add_test(tc, test_crlf_and_final_newline);
	tcase_add_loop_test(tc, test_failure_keeps_text, 0, sizeof failing / sizeof *failing);
	suite_add_tcase(s, tc);
	return s;
}
