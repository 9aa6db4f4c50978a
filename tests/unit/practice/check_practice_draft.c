/* Write it's draft (practice_draft.h): kept, read back, replaced, dropped;
 * never written through a link; a damaged one is named and left; text
 * handed back from $EDITOR goes in unless practice is open elsewhere. */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "core/base/lockfile.h"
#include "core/base/xalloc.h"
#include "core/practice/practice_draft.h"

static char pd_dir[64];
static char *pd_journal, *pd_file;

static void pd_setup(void)
{
	strcpy(pd_dir, "/tmp/ck-pdraft-XXXXXX");
	ck_assert_ptr_nonnull(mkdtemp(pd_dir));
	pd_journal = xasprintf("%s/journal.jsonl", pd_dir);
	pd_file = xasprintf("%s/draft.json", pd_dir);
}

static void pd_teardown(void)
{
	char *cmd = xasprintf("rm -rf '%s'", pd_dir);
	ck_assert_int_eq(system(cmd), 0);
	free(cmd);
	free(pd_journal);
	free(pd_file);
}

START_TEST(test_keep_read_drop)
{
	struct diags d = {0};
	ck_assert_ptr_null(practice_draft_read(pd_journal, &d));
	ck_assert_uint_eq(d.n, 0);
	ck_assert_int_eq(practice_draft_keep(pd_journal, "first", &d), 0);
	const char *text = "Zoë asked:\n\t“王小明?” e\xcc\x81 👩🏽‍⚕️";
	ck_assert_int_eq(practice_draft_keep(pd_journal, text, &d), 0);
	struct stat st;
	ck_assert_int_eq(stat(pd_file, &st), 0);
	ck_assert_int_eq(st.st_mode & 0777, 0600);
	char *back = practice_draft_read(pd_journal, &d);
	ck_assert_str_eq(back, text);
	free(back);
	practice_draft_drop(pd_journal);
	ck_assert_ptr_null(practice_draft_read(pd_journal, &d));
	ck_assert_uint_eq(d.n, 0);
}
END_TEST

/* A link planted at draft.json is replaced, never written through. */
START_TEST(test_not_through_link)
{
	struct diags d = {0};
	char *victim = xasprintf("%s/victim", pd_dir);
	FILE *f = fopen(victim, "w");
	fputs("theirs\n", f);
	fclose(f);
	ck_assert_int_eq(symlink(victim, pd_file), 0);
	ck_assert_int_eq(practice_draft_keep(pd_journal, "mine", &d), 0);
	char buf[16] = {0};
	f = fopen(victim, "r");
	ck_assert_ptr_nonnull(fgets(buf, sizeof buf, f));
	fclose(f);
	ck_assert_str_eq(buf, "theirs\n");
	struct stat st;
	ck_assert_int_eq(lstat(pd_file, &st), 0);
	ck_assert(S_ISREG(st.st_mode));
	free(victim);
}
END_TEST

/* A draft that does not read back is named, and left for a person to look at. */
START_TEST(test_damaged_named)
{
	struct diags d = {0};
	FILE *f = fopen(pd_file, "w");
	fputs("{\"v\":1,\"text\":4}\n", f);
	fclose(f);
	ck_assert_ptr_null(practice_draft_read(pd_journal, &d));
	ck_assert_uint_eq(d.n, 1);
	ck_assert_str_eq(d.v[0].file, pd_file);
	ck_assert_int_eq(access(pd_file, F_OK), 0);
	diags_free(&d);
}
END_TEST

/* Text handed back from $EDITOR becomes the draft, unless practice is open
 * in another window (its lock held): that window's draft is not replaced. */
START_TEST(test_put_text_not_while_open)
{
	struct diags d = {0};
	ck_assert_int_eq(practice_draft_put_text(pd_journal, "from the editor", &d), 0);
	char *back = practice_draft_read(pd_journal, &d);
	ck_assert_str_eq(back, "from the editor");
	free(back);
	char *lock_path = xasprintf("%s/journal.lock", pd_dir);
	struct lockfile *held = NULL;
	ck_assert_int_eq(lockfile_take(lock_path, &held, NULL), LOCKFILE_HELD);
	ck_assert_int_eq(practice_draft_put_text(pd_journal, "not now", &d), -1);
	ck_assert_uint_eq(d.n, 1);
	ck_assert_ptr_nonnull(strstr(d.v[0].message, "open in another window"));
	back = practice_draft_read(pd_journal, &d);
	ck_assert_str_eq(back, "from the editor");
	free(back);
	lockfile_release(held);
	free(lock_path);
	diags_free(&d);
}
END_TEST

Suite *practice_draft_suite(void);
Suite *practice_draft_suite(void)
{
	Suite *s = suite_create("practice_draft");
	TCase *tc = tcase_create("draft");
	tcase_add_checked_fixture(tc, pd_setup, pd_teardown);
	tcase_add_test(tc, test_keep_read_drop);
	tcase_add_test(tc, test_not_through_link);
	tcase_add_test(tc, test_damaged_named);
	tcase_add_test(tc, test_put_text_not_while_open);
	suite_add_tcase(s, tc);
	return s;
}
