/* The external editor: a private file, the user's editor, the text read back or kept. */
#include <check.h>
#include <dirent.h>
#include <signal.h>
#include <stdio.h>
#include <sys/stat.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "core/base/xalloc.h"
#include "tui/extedit.h"

static const char *ee_visual, *ee_editor;
static char ee_tmp[] = "/tmp/check-extedit-XXXXXX";
static char *ee_handover; /* <ee_tmp>/rucksack/editor: where the files go */

static const char *ee_env(const char *name)
{
	if (strcmp(name, "VISUAL") == 0)
		return ee_visual;
	if (strcmp(name, "EDITOR") == 0)
		return ee_editor;
	if (strcmp(name, "TMPDIR") == 0 || strcmp(name, "XDG_DATA_HOME") == 0)
		return ee_tmp;
	return NULL;
}

static const struct extedit_opts ee_opts = {.env = ee_env};

static void ee_setup(void)
{
	strcpy(ee_tmp, "/tmp/check-extedit-XXXXXX");
	ck_assert_ptr_nonnull(mkdtemp(ee_tmp));
	ee_visual = ee_editor = NULL;
	free(ee_handover);
	ee_handover = xasprintf("%s/rucksack/editor", ee_tmp);
}

/* How many entries dir holds (0 when it is not there). */
static int ee_count(const char *dir)
{
	DIR *d = opendir(dir);
	struct dirent *e;
	int n = 0;
	while (d && (e = readdir(d)) != NULL)
		n += e->d_name[0] != '.';
	if (d)
		closedir(d);
	return n;
}

/* The hand-over's folder is gone afterwards, whatever happened (the
 * hand-over folder itself stays, empty). */
static void ee_teardown(void)
{
	int left = ee_count(ee_handover);
	char *rs = xasprintf("%s/rucksack", ee_tmp);
	rmdir(ee_handover);
	rmdir(rs);
	free(rs);
	left += ee_count(ee_tmp);
	rmdir(ee_tmp);
	ck_assert_int_eq(left, 0);
}

START_TEST(test_edits_text)
{
	char *out = NULL, *err = NULL;
	ee_editor = "sed -i s/brown/red/";
	ck_assert_int_eq(extedit_run("the brown fox\nZoë 李明", &ee_opts, &out, &err), 0);
	ck_assert_str_eq(out, "the red fox\nZoë 李明");
	free(out);
}
END_TEST

START_TEST(test_visual_first)
{
	char *out = NULL, *err = NULL;
	ee_visual = "sed -i s/a/b/";
	ee_editor = "false";
	ck_assert_int_eq(extedit_run("a", &ee_opts, &out, &err), 0);
	ck_assert_str_eq(out, "b");
	free(out);
}
END_TEST

START_TEST(test_private_file)
{
	char *out = NULL, *err = NULL;
	/* the "editor" writes the file's and the folder's modes into the file */
	ee_editor = "sh -c 'f=$1; { stat -c %a \"$f\"; stat -c %a \"${f%/*}\"; "
		    "stat -c %a \"${f%/*/*}\"; echo \"${f%/*/*}\"; } > \"$f.m\"; "
		    "mv \"$f.m\" \"$f\"' sh";
	ck_assert_int_eq(extedit_run("secret", &ee_opts, &out, &err), 0);
	char *want = xasprintf("600\n700\n700\n%s", ee_handover); /* issue 10, 11: ours, not $TMPDIR's */
	ck_assert_str_eq(out, want);
	free(want);
	free(out);
}
END_TEST

START_TEST(test_crlf_and_final_newline)
{
	char *out = NULL, *err = NULL;
	ee_editor = "sh -c 'printf \"a\\r\\nb\\n\\n\" > \"$1\"; touch \"$1~\"' sh";
	ck_assert_int_eq(extedit_run("", &ee_opts, &out, &err), 0);
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
	ck_assert_int_eq(extedit_run("mine", &ee_opts, &out, &err), -1);
	ck_assert_str_eq(out, "untouched");
	ck_assert_ptr_nonnull(err);
	ck_assert_msg(strstr(err, failing[_i].says), "%s", err);
	free(err);
}
END_TEST

static volatile sig_atomic_t ee_signalled;

static bool ee_stop_signalled(void)
{
	return ee_signalled;
}

static void ee_on_alarm(int sig)
{
	(void)sig;
	ee_signalled = 1;
}

/* Issue 10, 11: SIGTERM or SIGHUP while the editor is open (here SIGALRM,
 * sent by the editor itself once it has saved, standing for one): the
 * editor is ended, and the text as it last saved it comes back
 * (EXTEDIT_STOPPED), its hand-over file gone.  The editor sends the signal
 * so the test waits for no clock. */
START_TEST(test_stopped_keeps_saved_text)
{
	struct sigaction sa = {.sa_handler = ee_on_alarm}, old;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGALRM, &sa, &old); /* no SA_RESTART: the wait is interrupted */
	struct extedit_opts o = {.env = ee_env, .stop = ee_stop_signalled};
	char *out = NULL, *err = NULL;
	char *editor = xasprintf("sh -c 'printf \"saved in the editor\\n\" > \"$1\"; "
				 "kill -ALRM %ld; exec sleep 30' sh", (long)getpid());
	ee_signalled = 0;
	ee_editor = editor;
	ck_assert_int_eq(extedit_run("typed here", &o, &out, &err), EXTEDIT_STOPPED);
	ck_assert_str_eq(out, "saved in the editor");
	free(out);
	free(editor);
	sigaction(SIGALRM, &old, NULL);
}
END_TEST

/* A signal that came before the wait for the editor began (the flag stop
 * reads already set) ends the editor at once, not when it ends by itself,
 * and the text as it was comes back. */
START_TEST(test_stopped_before_wait)
{
	struct extedit_opts o = {.env = ee_env, .stop = ee_stop_signalled};
	char *out = NULL, *err = NULL;
	ee_signalled = 1;
	ee_editor = "sh -c 'exec sleep 30' sh";
	time_t began = time(NULL);
	ck_assert_int_eq(extedit_run("typed here", &o, &out, &err), EXTEDIT_STOPPED);
	ck_assert_int_lt(time(NULL) - began, 20);
	ck_assert_str_eq(out, "typed here");
	free(out);
}
END_TEST

/* Writes text to dir/name (made with its folder). */
static void ee_put(const char *dir, const char *name, const char *text)
{
	mkdir(dir, 0700);
	char *p = xasprintf("%s/%s", dir, name);
	FILE *f = fopen(p, "w");
	ck_assert_ptr_nonnull(f);
	fputs(text, f);
	fclose(f);
	free(p);
}

/* Issue 10, 11: the hand-overs of programs that are gone are found, with
 * their text and owner; a live program's is left alone. */
START_TEST(test_stale_found)
{
	char *rs = xasprintf("%s/rucksack", ee_tmp);
	mkdir(rs, 0700);
	mkdir(ee_handover, 0700);
	pid_t dead = fork();
	if (dead == 0)
		_exit(0);
	waitpid(dead, NULL, 0);
	char *gone = xasprintf("%s/%ld-aB3dE9", ee_handover, (long)dead);
	char *live = xasprintf("%s/%ld-xY7zQ1", ee_handover, (long)getppid());
	ee_put(gone, "text.txt", "left in the editor\n");
	ee_put(gone, "owner", "/data/sessions/r.draft\n");
	ee_put(live, "text.txt", "still being edited\n");
	struct extedit_stale *v = NULL;
	size_t n = extedit_stale(ee_handover, &v);
	ck_assert_uint_eq(n, 1);
	ck_assert_str_eq(v[0].dir, gone);
	ck_assert_str_eq(v[0].text, "left in the editor");
	ck_assert_str_eq(v[0].owner, "/data/sessions/r.draft");
	extedit_forget(&v[0]);
	extedit_stale_free(v, n);
	ck_assert_int_eq(access(gone, F_OK), -1);
	ck_assert_int_eq(access(live, F_OK), 0);
	char *lt = xasprintf("%s/text.txt", live);
	unlink(lt);
	rmdir(live);
	free(lt), free(gone), free(live), free(rs);
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
	tcase_add_test(tc, test_stopped_keeps_saved_text);
	tcase_add_test(tc, test_stopped_before_wait);
	tcase_add_test(tc, test_stale_found);
	tcase_add_loop_test(tc, test_failure_keeps_text, 0, sizeof failing / sizeof *failing);
	suite_add_tcase(s, tc);
	return s;
}
