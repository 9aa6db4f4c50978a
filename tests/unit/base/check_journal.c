/* The journal: round trip, torn tail, middle corruption, fsync failure, modes. */
#include <check.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "core/base/journal.h"
#include "core/base/paths.h"
#include "core/base/xalloc.h"

static char tmpdir[64];

static void jt_setup(void)
{
	strcpy(tmpdir, "/tmp/ck-journal-XXXXXX");
	ck_assert_ptr_nonnull(mkdtemp(tmpdir));
}

static void jt_teardown(void)
{
	char *cmd = xasprintf("rm -rf '%s'", tmpdir);
	ck_assert_int_eq(system(cmd), 0);
	free(cmd);
}

static char *jt_path(const char *leaf)
{
	return xasprintf("%s/%s", tmpdir, leaf);
}

static void jt_append_raw(const char *path, const char *text)
{
	FILE *f = fopen(path, "a");
	ck_assert_ptr_nonnull(f);
	fputs(text, f);
	fclose(f);
}

START_TEST(test_round_trip)
{
	char *p = jt_path("a.jsonl");
	struct diags d = {0};
	struct journal *j;
	ck_assert_int_eq(journal_open(&j, p, &d), 0);
	ck_assert_int_eq(journal_append(j, "{\"t\":\"start\"}", &d), 0);
	ck_assert_int_eq(journal_append(j, "{\"t\":\"entry\",\"text\":\"a\\nb ü\"}", &d), 0);
	ck_assert_str_eq(journal_path(j), p);
	journal_close(j);
	struct strv lines = {0};
	bool torn = true;
	ck_assert_int_eq(journal_read(p, &lines, &torn, &d), 0);
	ck_assert(!torn);
	ck_assert_uint_eq(lines.n, 2);
	ck_assert_str_eq(lines.v[1], "{\"t\":\"entry\",\"text\":\"a\\nb ü\"}");
	ck_assert_uint_eq(d.n, 0);
	struct stat st;
	ck_assert_int_eq(stat(p, &st), 0);
	ck_assert_int_eq(st.st_mode & 0777, 0600);
	strv_free(&lines);
	free(p);
}
END_TEST

/* A torn last line, with or without a newline, is dropped with a warning. */
START_TEST(test_torn_tail)
{
	static const char *const tails[] = {"{\"t\":\"ent", "{\"t\":\"ent\n", "[1]\n"};
	char *p = jt_path("torn.jsonl");
	unlink(p);
	jt_append_raw(p, "{\"t\":\"start\"}\n{\"t\":\"phase\"}\n");
	jt_append_raw(p, tails[_i]);
	struct strv lines = {0};
	struct diags d = {0};
	bool torn = false;
	ck_assert_int_eq(journal_read(p, &lines, &torn, &d), 0);
	ck_assert(torn);
	ck_assert_uint_eq(lines.n, 2);
	ck_assert_uint_eq(d.n, 1);
	ck_assert_int_eq(d.v[0].severity, DIAG_WARNING);
	ck_assert_int_eq(d.v[0].line, 3);
	ck_assert_ptr_nonnull(strstr(d.v[0].message, "torn"));
	strv_free(&lines);
	diags_free(&d);
	free(p);
}
END_TEST

START_TEST(test_middle_corruption)
{
	char *p = jt_path("bad.jsonl");
	jt_append_raw(p, "{\"t\":\"start\"}\n{\"t\":\"ph\n{\"t\":\"end\"}\n");
	struct strv lines = {0};
	struct diags d = {0};
	bool torn = false;
	ck_assert_int_eq(journal_read(p, &lines, &torn, &d), -1);
	ck_assert_uint_eq(diags_count_errors(&d, false), 1);
	ck_assert_int_eq(d.v[0].line, 2);
	strv_free(&lines);
	diags_free(&d);
	free(p);
}
END_TEST

/* Line numbers of the records kept are the file's, empty lines counted. */
START_TEST(test_line_numbers)
{
	char *p = jt_path("n.jsonl");
	jt_append_raw(p, "{\"a\":1}\n\n\n{\"b\":2}\n{\"c\":3}\n{\"d\":");
	struct strv lines = {0};
	int *nos = NULL;
	struct diags d = {0};
	bool torn = false;
	ck_assert_int_eq(journal_read_numbered(p, &lines, &nos, &torn, &d), 0);
	ck_assert(torn);
	ck_assert_uint_eq(lines.n, 3);
	ck_assert_int_eq(nos[0], 1);
	ck_assert_int_eq(nos[1], 4);
	ck_assert_int_eq(nos[2], 5);
	ck_assert_int_eq(d.v[0].line, 6);
	free(nos);
	strv_free(&lines);
	diags_free(&d);
	free(p);
}
END_TEST

static int jt_fsync_fail(int fd)
{
	(void)fd;
	errno = ENOSPC;
	return -1;
}

START_TEST(test_fsync_failure)
{
	char *p = jt_path("f.jsonl");
	struct diags d = {0};
	struct journal *j;
	ck_assert_int_eq(journal_open(&j, p, &d), 0);
	ck_assert_int_eq(journal_append(j, "{\"n\":1}", &d), 0);
	journal_set_fsync_hook(jt_fsync_fail);
	ck_assert_int_eq(journal_append(j, "{\"n\":2}", &d), -1);
	journal_set_fsync_hook(NULL);
	ck_assert_uint_eq(diags_count_errors(&d, false), 1);
	ck_assert_int_eq(d.v[0].kind, DIAG_IO);
	ck_assert_ptr_nonnull(strstr(d.v[0].message, "disk is full"));
	ck_assert_int_eq(journal_append(j, "{\"n\":3}", &d), 0);
	journal_close(j);
	struct strv lines = {0};
	bool torn = true;
	ck_assert_int_eq(journal_read(p, &lines, &torn, &d), 0);
	ck_assert(!torn);
	ck_assert_uint_eq(lines.n, 2);
	ck_assert_str_eq(lines.v[1], "{\"n\":3}");
	strv_free(&lines);
	diags_free(&d);
	free(p);
}
END_TEST

/* Counts syncs of the test folder itself (not of files in it). */
static int jt_dir_syncs;
static bool jt_fail_dirs;
static int jt_fsync_count_dir(int fd)
{
	struct stat st, dir;
	ck_assert_int_eq(fstat(fd, &st), 0);
	ck_assert_int_eq(stat(tmpdir, &dir), 0);
	if (S_ISDIR(st.st_mode) && st.st_ino == dir.st_ino && st.st_dev == dir.st_dev) {
		jt_dir_syncs++;
		if (jt_fail_dirs) {
			errno = EIO;
			return -1;
		}
	}
	return fsync(fd);
}

/* Creating a journal syncs its folder once, so its name survives a power cut;
 * opening one that exists does not need to. */
START_TEST(test_create_syncs_folder)
{
	char *p = jt_path("new.jsonl");
	struct diags d = {0};
	struct journal *j;
	jt_dir_syncs = 0;
	jt_fail_dirs = false;
	journal_set_fsync_hook(jt_fsync_count_dir);
	ck_assert_int_eq(journal_open(&j, p, &d), 0);
	ck_assert_int_eq(jt_dir_syncs, 1);
	ck_assert_int_eq(journal_append(j, "{\"n\":1}", &d), 0);
	journal_close(j);
	ck_assert_int_eq(journal_open(&j, p, &d), 0);
	ck_assert_int_eq(jt_dir_syncs, 1);
	journal_close(j);
	journal_set_fsync_hook(NULL);
	ck_assert_uint_eq(d.n, 0);
	free(p);
}
END_TEST

/* A folder that cannot be synced fails the open and leaves no file, so the
 * next attempt creates it again and syncs the folder then. */
START_TEST(test_create_folder_sync_fails)
{
	char *p = jt_path("nosync.jsonl");
	struct diags d = {0};
	struct journal *j;
	jt_dir_syncs = 0;
	jt_fail_dirs = true;
	journal_set_fsync_hook(jt_fsync_count_dir);
	ck_assert_int_eq(journal_open(&j, p, &d), -1);
	ck_assert_ptr_null(j);
	ck_assert_int_eq(access(p, F_OK), -1);
	ck_assert_uint_eq(diags_count_errors(&d, false), 1);
	ck_assert_int_eq(d.v[0].kind, DIAG_IO);
	jt_fail_dirs = false;
	ck_assert_int_eq(journal_open(&j, p, &d), 0);
	ck_assert_int_eq(jt_dir_syncs, 2);
	journal_close(j);
	journal_set_fsync_hook(NULL);
	diags_free(&d);
	free(p);
}
END_TEST

START_TEST(test_write_all)
{
	char *p = jt_path("w.jsonl");
	struct strv lines = {0};
	strv_push(&lines, "{\"a\":1}");
	strv_push(&lines, "{\"b\":2}");
	struct diags d = {0};
	ck_assert_int_eq(journal_write_all(p, &lines, &d), 0);
	struct strv back = {0};
	bool torn;
	ck_assert_int_eq(journal_read(p, &back, &torn, &d), 0);
	ck_assert_uint_eq(back.n, 2);
	ck_assert_str_eq(back.v[0], "{\"a\":1}");
	struct stat st;
	ck_assert_int_eq(stat(p, &st), 0);
	ck_assert_int_eq(st.st_mode & 0777, 0600);
	journal_set_fsync_hook(jt_fsync_fail);
	strv_push(&lines, "{\"c\":3}");
	ck_assert_int_eq(journal_write_all(p, &lines, &d), -1);
	journal_set_fsync_hook(NULL);
	strv_free(&back);
	ck_assert_int_eq(journal_read(p, &back, &torn, &d), 0);
	ck_assert_uint_eq(back.n, 2); /* the old file stands */
	strv_free(&back);
	strv_free(&lines);
	diags_free(&d);
	free(p);
}
END_TEST

/* A folder that cannot be synced after the rename fails the write, as it
 * fails a journal's creation: the name may not survive a power cut. */
START_TEST(test_write_all_folder_sync_fails)
{
	char *p = jt_path("w.jsonl");
	struct strv lines = {0};
	strv_push(&lines, "{\"a\":1}");
	struct diags d = {0};
	jt_dir_syncs = 0;
	jt_fail_dirs = true;
	journal_set_fsync_hook(jt_fsync_count_dir);
	ck_assert_int_eq(journal_write_all(p, &lines, &d), -1);
	journal_set_fsync_hook(NULL);
	ck_assert_int_eq(jt_dir_syncs, 1);
	ck_assert_uint_eq(diags_count_errors(&d, false), 1);
	ck_assert_int_eq(d.v[0].kind, DIAG_IO);
	ck_assert_str_eq(d.v[0].file, p);
	ck_assert_ptr_nonnull(strstr(d.v[0].message, "cannot save the folder to disk"));
	ck_assert_int_eq(d.v[0].errnum, EIO);
	strv_free(&lines);
	diags_free(&d);
	free(p);
}
END_TEST

/* A link planted where the temporary file goes is not followed: the file it
 * leads to is left alone, and the write still succeeds. */
START_TEST(test_write_all_tmp_link)
{
	char *p = jt_path("w.jsonl"), *victim = jt_path("victim");
	char *tmp = xasprintf("%s.tmp.%ld", p, (long)getpid());
	jt_append_raw(victim, "precious\n");
	ck_assert_int_eq(symlink(victim, tmp), 0);
	struct strv lines = {0};
	strv_push(&lines, "{\"a\":1}");
	struct diags d = {0};
	ck_assert_int_eq(journal_write_all(p, &lines, &d), 0);
	ck_assert_uint_eq(d.n, 0);
	char buf[32] = "";
	FILE *f = fopen(victim, "r");
	ck_assert_ptr_nonnull(f);
	ck_assert_ptr_nonnull(fgets(buf, sizeof buf, f));
	fclose(f);
	ck_assert_str_eq(buf, "precious\n");
	struct strv back = {0};
	bool torn;
	ck_assert_int_eq(journal_read(p, &back, &torn, &d), 0);
	ck_assert_str_eq(back.v[0], "{\"a\":1}");
	struct stat st;
	ck_assert_int_eq(lstat(p, &st), 0);
	ck_assert(S_ISREG(st.st_mode));
	ck_assert_int_eq(lstat(tmp, &st), -1);
	strv_free(&back);
	strv_free(&lines);
	diags_free(&d);
	free(tmp), free(victim), free(p);
}
END_TEST

static const char *jt_env_value;
static const char *jt_env(const char *name)
{
	return strcmp(name, "XDG_DATA_HOME") == 0 ? jt_env_value : NULL;
}

START_TEST(test_private_dir_mode)
{
	char *home = jt_path("data");
	jt_env_value = home;
	struct diags d = {0};
	char *dir = paths_private_dir(jt_env, "sessions", 1, &d);
	ck_assert_ptr_nonnull(dir);
	char *want = xasprintf("%s/rucksack/sessions", home);
	ck_assert_str_eq(dir, want);
	struct stat st;
	ck_assert_int_eq(stat(dir, &st), 0);
	ck_assert_int_eq(st.st_mode & 0777, 0700);
	char *parent = xasprintf("%s/rucksack", home);
	ck_assert_int_eq(stat(parent, &st), 0);
	ck_assert_int_eq(st.st_mode & 0777, 0700);
	ck_assert_uint_eq(d.n, 0);
	free(parent);
	free(want);
	free(dir);
	free(home);
}
END_TEST

Suite *journal_suite(void);
Suite *journal_suite(void)
{
	Suite *s = suite_create("journal");
	TCase *tc = tcase_create("journal");
	tcase_add_checked_fixture(tc, jt_setup, jt_teardown);
	tcase_add_test(tc, test_round_trip);
	tcase_add_loop_test(tc, test_torn_tail, 0, 3);
	tcase_add_test(tc, test_middle_corruption);
	tcase_add_test(tc, test_line_numbers);
	tcase_add_test(tc, test_fsync_failure);
	tcase_add_test(tc, test_write_all);
	tcase_add_test(tc, test_write_all_folder_sync_fails);
	tcase_add_test(tc, test_write_all_tmp_link);
	tcase_add_test(tc, test_create_syncs_folder);
	tcase_add_test(tc, test_create_folder_sync_fails);
	tcase_add_test(tc, test_private_dir_mode);
	suite_add_tcase(s, tc);
	return s;
}
