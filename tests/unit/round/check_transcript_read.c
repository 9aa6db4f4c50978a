/*
 * The transcript as the program reads it out (transcript_read.h): rebuilt
 * from the journal, its Markdown marks taken off; and exporting it to a
 * file the user names (transcript_export.h), never over one without asking.
 */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <sys/stat.h>
#include <unistd.h>

#include "core/round/transcript_export.h"
#include "core/round/transcript_read.h"
#include "core/base/xalloc.h"

static struct catalog trd_cat;
static char *trd_journal;
static char trd_dir[64];

static void trd_setup(void)
{
	const char *src = getenv("RUCKSACK_SRCDIR");
	setenv("TZ", "UTC", 1);
	tzset();
	struct strv dirs = {0};
	strv_push_owned(&dirs, xasprintf("%s/tests/data/session/decks", src ? src : "."));
	memset(&trd_cat, 0, sizeof trd_cat);
	struct diags d = {0};
	catalog_load(&trd_cat, &dirs, &d);
	diags_free(&d);
	strv_free(&dirs);
	trd_journal = xasprintf("%s/tests/data/session/transcript.jsonl", src ? src : ".");
	strcpy(trd_dir, "/tmp/ck-tread-XXXXXX");
	ck_assert_ptr_nonnull(mkdtemp(trd_dir));
}

static void trd_teardown(void)
{
	char *cmd = xasprintf("rm -rf '%s'", trd_dir);
	ck_assert_int_eq(system(cmd), 0);
	free(cmd);
	catalog_free(&trd_cat);
	free(trd_journal);
}

/* The index of the first line of kind k reading text, or -1. */
static long trd_find(const struct tread_line *v, size_t n, enum tread_kind k, const char *text)
{
	for (size_t i = 0; i < n; i++)
		if (v[i].kind == k && !strcmp(v[i].text, text))
			return (long)i;
	return -1;
}

START_TEST(test_read_from_journal)
{
	struct tread_line *v;
	size_t n;
	struct diags d = {0};
	ck_assert_int_eq(tread_load(trd_journal, &trd_cat, &v, &n, &d), 0);
	ck_assert_uint_eq(d.n, 0);
	ck_assert_uint_gt(n, 20);
	ck_assert_int_eq(v[0].kind, TREAD_TITLE);
	ck_assert_str_eq(v[0].text, "Test Round (round-test)");
	ck_assert_int_ge(trd_find(v, n, TREAD_ITEM, "Date: 2023-11-15"), 0);
	ck_assert_int_ge(trd_find(v, n, TREAD_HEADING, "People and roles"), 0);
	ck_assert_int_ge(trd_find(v, n, TREAD_ITEM, "Class (Test Bells) — to Dee"), 0);
	ck_assert_int_ge(trd_find(v, n, TREAD_ITEM, "Culture (Test Bells) — to Dee — redealt"), 0);
	ck_assert_int_ge(trd_find(v, n, TREAD_QUOTE, "- not a list | pipe"), 0);
	for (size_t i = 0; i < n; i++) /* no gap twice, none at the ends */
		ck_assert(v[i].kind != TREAD_GAP || (i > 0 && i + 1 < n && v[i - 1].kind != TREAD_GAP));
	tread_free(v, n);
}
END_TEST

START_TEST(test_read_table_and_marks)
{
	struct tread_line *v;
	size_t n;
	tread_lines("## Actions\n\n| What | Who |\n|---|---|\n| Call \\| write | **Ana** |\n\n\n"
		    "Plain `code` and a\\*star  \n",
		    &v, &n);
	ck_assert_uint_eq(n, 6);
	ck_assert_int_eq(v[0].kind, TREAD_HEADING);
	ck_assert_int_eq(v[1].kind, TREAD_GAP);
	ck_assert_str_eq(v[2].text, "What  ·  Who"); /* the rule under it goes */
	ck_assert_str_eq(v[3].text, "Call | write  ·  Ana");
	ck_assert_int_eq(v[4].kind, TREAD_GAP); /* two empty lines read as one */
	ck_assert_str_eq(v[5].text, "Plain code and a*star");
	tread_free(v, n);
}
END_TEST

START_TEST(test_read_damaged)
{
	char *bad = xasprintf("%s/bad.jsonl", trd_dir);
	FILE *f = fopen(bad, "w");
	fputs("{\"t\":\"entry\"}\n{\"t\":\"end\"}\n", f);
	fclose(f);
	struct tread_line *v;
	size_t n = 9;
	struct diags d = {0};
	ck_assert_int_eq(tread_load(bad, &trd_cat, &v, &n, &d), -1);
	ck_assert_uint_eq(n, 0);
	ck_assert_uint_gt(d.n, 0);
	diags_free(&d);
	free(bad);
}
END_TEST

static const char *trd_env_home(const char *name)
{
	static char home[80];
	if (!strcmp(name, "HOME")) {
		snprintf(home, sizeof home, "%s", trd_dir);
		return home;
	}
	return NULL;
}

START_TEST(test_export_default_path)
{
	char *p = texport_default_path(trd_env_home, "r1", TRANSCRIPT_MD, false);
	char *want = xasprintf("%s/rucksack-r1.md", trd_dir);
	ck_assert_str_eq(p, want);
	free(p), free(want);
	char *docs = xasprintf("%s/Documents", trd_dir);
	ck_assert_int_eq(mkdir(docs, 0700), 0);
	p = texport_default_path(trd_env_home, "r1", TRANSCRIPT_JSON, true);
	want = xasprintf("%s/rucksack-r1-anonymised.json", docs);
	ck_assert_str_eq(p, want);
	free(p), free(want);
	char *conf = xasprintf("%s/.config", trd_dir), *dirs = xasprintf("%s/user-dirs.dirs", conf);
	char *german = xasprintf("%s/Dokumente", trd_dir);
	ck_assert_int_eq(mkdir(conf, 0700), 0);
	FILE *f = fopen(dirs, "w");
	fputs("# written by xdg-user-dirs-update\nXDG_DESKTOP_DIR=\"$HOME/Schreibtisch\"\n"
	      "XDG_DOCUMENTS_DIR=\"$HOME/Dokumente\"\n", f);
	fclose(f);
	p = texport_default_path(trd_env_home, "r1", TRANSCRIPT_MD, false);
	want = xasprintf("%s/rucksack-r1.md", docs);
	ck_assert_str_eq(p, want); /* named, but no such folder: ~/Documents still */
	free(p);
	ck_assert_int_eq(mkdir(german, 0700), 0);
	p = texport_default_path(trd_env_home, "r1", TRANSCRIPT_MD, false);
	free(want);
	want = xasprintf("%s/rucksack-r1.md", german);
	ck_assert_str_eq(p, want);
	free(p), free(want), free(conf), free(dirs), free(german);
	p = texport_path(trd_env_home, "~/x.md");
	want = xasprintf("%s/x.md", trd_dir);
	ck_assert_str_eq(p, want);
	free(p), free(want), free(docs);
}
END_TEST

/* Written once; a second time only when told to replace it. */
START_TEST(test_export_never_overwrites_unasked)
{
	char *out = xasprintf("%s/t.json", trd_dir);
	struct diags d = {0};
	ck_assert_int_eq(texport_write(trd_journal, &trd_cat, out, TRANSCRIPT_JSON, true, false, NULL, &d), 0);
	FILE *f = fopen(out, "w");
	fputs("mine", f);
	fclose(f);
	ck_assert_int_eq(texport_write(trd_journal, &trd_cat, out, TRANSCRIPT_MD, false, false, NULL, &d), 1);
	char buf[16] = {0};
	f = fopen(out, "r");
	ck_assert_uint_eq(fread(buf, 1, sizeof buf - 1, f), 4);
	fclose(f);
	ck_assert_int_eq(texport_write(trd_journal, &trd_cat, out, TRANSCRIPT_MD, false, true, NULL, &d), 0);
	f = fopen(out, "r");
	ck_assert_uint_eq(fread(buf, 1, 2, f), 2);
	fclose(f);
	ck_assert(!strncmp(buf, "# ", 2));
	ck_assert_uint_eq(d.n, 0);
	struct strv suspects = {0}; /* anonymised: the words left that look like names */
	ck_assert_int_eq(texport_write(trd_journal, &trd_cat, out, TRANSCRIPT_MD, true, true,
				       &suspects, &d), 0);
	ck_assert_uint_ge(suspects.n, 1); /* the Cyrillic word too, under a UTF-8 locale */
	ck_assert_ptr_nonnull(strstr(suspects.v[0], "\"Anabel\""));
	strv_free(&suspects);
	ck_assert_int_eq(texport_write(trd_journal, &trd_cat, out, TRANSCRIPT_MD, false, true,
				       &suspects, &d), 0);
	ck_assert_uint_eq(suspects.n, 0); /* not anonymised: nothing to check */
	free(out);
}
END_TEST

Suite *transcript_read_suite(void);
Suite *transcript_read_suite(void)
{
	Suite *s = suite_create("transcript_read");
	TCase *tc = tcase_create("transcript_read");
	tcase_add_checked_fixture(tc, trd_setup, trd_teardown);
	tcase_add_test(tc, test_read_from_journal);
	tcase_add_test(tc, test_read_table_and_marks);
	tcase_add_test(tc, test_read_damaged);
	tcase_add_test(tc, test_export_default_path);
	tcase_add_test(tc, test_export_never_overwrites_unasked);
	suite_add_tcase(s, tc);
	return s;
}
