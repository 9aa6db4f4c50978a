/*
 * A round's files met as someone else left them in a shared folder: a link
 * planted at the lock or the transcript, a pipe where a journal, draft or
 * practice journal belongs, a journal that is a folder, and numbers no
 * integer holds.  Each is refused or replaced, at once and in words that
 * name the file; nothing is written through a link or into a pipe.
 */
#include <check.h>
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "core/practice/practice_store.h"
#include "core/round/session.h"
#include "core/round/transcript.h"
#include "core/base/xalloc.h"

#include "../support/session_fixture.h"

static void sf_setup(void)
{
	sfx_open("files", "decks", "Ana,Ben,Chi,Dee");
	sfx_clock_ticking();
}

static void sf_teardown(void)
{
	sfx_close();
}

/* The one journal in dir (the round just started there). */
static char *sf_journal_in(const char *dir)
{
	DIR *dh = opendir(dir);
	ck_assert_ptr_nonnull(dh);
	char *found = NULL;
	for (struct dirent *e; (e = readdir(dh));) {
		size_t n = strlen(e->d_name);
		if (n > 6 && !strcmp(e->d_name + n - 6, ".jsonl")) {
			ck_assert_ptr_null(found);
			found = xasprintf("%s/%s", dir, e->d_name);
		}
	}
	closedir(dh);
	ck_assert_ptr_nonnull(found);
	return found;
}

/* A round started in the folder sub of the scratch folder; its journal's path in *journal. */
static struct session *sf_start(const char *sub, char **journal)
{
	char *dir = sfx_path(sub);
	ck_assert_int_eq(mkdir(dir, 0700), 0);
	struct session *s = sfx_start("round-test", 7, dir, SESSION_OK);
	*journal = sf_journal_in(dir);
	free(dir);
	return s;
}

/* <journal minus .jsonl><ext> */
static char *sf_sibling(const char *journal, const char *ext)
{
	return xasprintf("%.*s%s", (int)(strlen(journal) - 6), journal, ext);
}

static void sf_write(const char *path, const char *text)
{
	FILE *f = fopen(path, "w");
	ck_assert_ptr_nonnull(f);
	fputs(text, f);
	fclose(f);
}

static const char *sf_read(const char *path)
{
	static char buf[256];
	buf[0] = '\0';
	FILE *f = fopen(path, "r");
	if (f) {
		buf[fread(buf, 1, sizeof buf - 1, f)] = '\0';
		fclose(f);
	}
	return buf;
}

/* A link planted at ID.lock: resume refuses the round, naming the lock
 * file and what it is, and the file the link leads to keeps its text. */
START_TEST(test_resume_lock_link)
{
	char *journal;
	struct session *s = sf_start("a", &journal);
	session_free(s);
	char *lock = sf_sibling(journal, ".lock"), *victim = sfx_path("notes.md");
	sf_write(victim, "my own notes\n");
	ck_assert_int_eq(symlink(victim, lock), 0);
	struct diags d = {0};
	ck_assert_int_eq(session_resume(&s, &sfx.cat, journal, &d), -1);
	ck_assert_ptr_null(s);
	ck_assert_str_eq(d.v[0].file, lock);
	ck_assert_str_eq(d.v[0].message, "cannot lock the round: it is a link, which is not "
					 "followed; remove it if you did not put it there");
	ck_assert_str_eq(sf_read(victim), "my own notes\n");
	diags_free(&d);
	/* removed, the round resumes */
	ck_assert_int_eq(unlink(lock), 0);
	ck_assert_int_eq(session_resume(&s, &sfx.cat, journal, &d), 0);
	session_free(s);
	free(journal), free(lock), free(victim);
}
END_TEST

/* The transcript written beside the journal replaces a link planted at its
 * name (the file it led to is untouched) and a pipe (never written into:
 * the reader at its other end gets nothing). */
START_TEST(test_transcript_not_through_link_or_pipe)
{
	char *journal;
	struct session *s = sf_start("b", &journal);
	char *md = sf_sibling(journal, ".md"), *victim = sfx_path("shared.md");
	sf_write(victim, "theirs\n");
	ck_assert_int_eq(symlink(victim, md), 0);
	struct diags d = {0};
	ck_assert_int_eq(transcript_save(s, &d), 0);
	ck_assert_str_eq(sf_read(victim), "theirs\n");
	struct stat st;
	ck_assert_int_eq(lstat(md, &st), 0);
	ck_assert(S_ISREG(st.st_mode));
	ck_assert_int_eq(st.st_mode & 0777, 0600);
	ck_assert_int_eq(unlink(md), 0);
	ck_assert_int_eq(mkfifo(md, 0666), 0);
	ck_assert_int_eq(transcript_save(s, &d), 0); /* would wait for a reader, if written into */
	ck_assert_int_eq(lstat(md, &st), 0);
	ck_assert(S_ISREG(st.st_mode));
	ck_assert_uint_eq(d.n, 0);
	session_free(s);
	free(journal), free(md), free(victim);
}
END_TEST

/* A pipe where the journal is: resume and load say so at once, naming it. */
START_TEST(test_journal_fifo)
{
	char *dir = sfx_path("c"), *journal = sfx_path("c/20261124-212757-24c7.jsonl");
	ck_assert_int_eq(mkdir(dir, 0700), 0);
	ck_assert_int_eq(mkfifo(journal, 0600), 0);
	struct session *s = NULL;
	struct diags d = {0};
	ck_assert_int_eq(session_load(&s, &sfx.cat, journal, &d), -1);
	ck_assert_str_eq(d.v[0].file, journal);
	ck_assert_str_eq(d.v[0].message, "cannot read the journal: it is a pipe or device, not a file");
	diags_free(&d);
	ck_assert_int_eq(session_resume(&s, &sfx.cat, journal, &d), -1);
	ck_assert_str_eq(d.v[0].message, "cannot read the journal: it is a pipe or device, not a file");
	diags_free(&d);
	struct session_info *v = NULL;
	size_t n = 0;
	ck_assert_int_eq(session_list(dir, NULL, &v, &n, &d), 0); /* listed, not waited on */
	session_info_free(v, n);
	diags_free(&d);
	free(dir), free(journal);
}
END_TEST

/* A journal that is a folder says so, not "the disk failed". */
START_TEST(test_journal_folder)
{
	char *journal = sfx_path("20261124-212757-24c7.jsonl");
	ck_assert_int_eq(mkdir(journal, 0700), 0);
	struct session *s = NULL;
	struct diags d = {0};
	ck_assert_int_eq(session_load(&s, &sfx.cat, journal, &d), -1);
	ck_assert_str_eq(d.v[0].message, "cannot read the journal: it is a folder, not a file");
	diags_free(&d);
	free(journal);
}
END_TEST

/* A pipe where the draft is: the resumed round says it cannot be read, at once. */
START_TEST(test_draft_fifo)
{
	char *journal;
	struct session *s = sf_start("e", &journal);
	char *draft = sf_sibling(journal, ".draft");
	ck_assert_int_eq(mkfifo(draft, 0600), 0);
	struct session_draft dr;
	struct diags d = {0};
	ck_assert_int_eq(session_draft_load(s, &dr, &d), -1);
	ck_assert_str_eq(d.v[0].file, draft);
	diags_free(&d);
	session_free(s);
	free(journal), free(draft);
}
END_TEST

/* A pipe where the practice journal is: opening the store says so at once. */
START_TEST(test_practice_journal_fifo)
{
	char *p = sfx_path("journal.jsonl");
	ck_assert_int_eq(mkfifo(p, 0600), 0);
	struct practice_store ps;
	struct diags d = {0};
	ck_assert_int_eq(practice_store_open(&ps, p, &d), -1);
	ck_assert_str_eq(d.v[0].file, p);
	ck_assert_str_eq(d.v[0].message, "cannot read the journal: it is a pipe or device, not a file");
	diags_free(&d);
	free(p);
}
END_TEST

/* A journal line whose numbers no integer holds ("at": 1e300, a seat of
 * 1e10, an id of -1e19) is damaged, with its line named: never cast. */
START_TEST(test_numbers_out_of_range)
{
	static const char *const bad[] = {
		"{\"t\":\"phase\",\"at\":1e300,\"round\":0,\"phase\":0}",
		"{\"t\":\"phase\",\"at\":1,\"round\":1e300,\"phase\":0}",
		"{\"t\":\"seats\",\"at\":1,\"round\":0,\"seats\":[1e10,0]}",
		("{\"t\":\"entry\",\"at\":1,\"id\":-1e19,\"note\":false,\"round\":0,\"phase\":0,"
		 "\"person\":0,\"text\":\"x\"}"),
		"{\"t\":\"phase\",\"at\":1,\"round\":0,\"phase\":0,\"x\":{\"y\":[-1e300]}}",
	};
	char *journal = sfx_path("20261124-212757-24c7.jsonl");
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		char *text = xasprintf(
			"{\"v\":1,\"t\":\"start\",\"at\":1795555677000,\"id\":\"20261124-212757-24c7\","
			"\"flow\":\"round-test\",\"rounds\":1,\"people\":[\"A\",\"B\"],\"phases\":[\"p\"],"
			"\"roles\":[\"r\"]}\n%s\n",
			bad[i]);
		sf_write(journal, text);
		free(text);
		struct session *s = NULL;
		struct diags d = {0};
		ck_assert_msg(session_load(&s, NULL, journal, &d) == -1, "case %zu loads", i);
		ck_assert_int_eq(d.v[0].line, 2);
		ck_assert_msg(strstr(d.v[0].message, "line 2 is damaged: it holds a number out of range"),
			      "case %zu: %s", i, d.v[0].message);
		diags_free(&d);
	}
	free(journal);
}
END_TEST

/* A practice record whose time no int64_t holds is skipped as damaged,
 * with a warning naming its line, never cast; the whole one beside it is kept. */
START_TEST(test_practice_time_out_of_range)
{
	char *p = sfx_path("journal.jsonl");
	sf_write(p, "{\"v\":1,\"type\":\"answer\",\"ts\":1e300,\"deck\":\"d\",\"item\":\"i\","
		    "\"suit\":\"s\",\"card\":\"c\",\"given_suit\":\"s\",\"suit_ok\":true,"
		    "\"card_ok\":true}\n"
		    "{\"v\":1,\"type\":\"answer\",\"ts\":1,\"deck\":\"d\",\"item\":\"i\","
		    "\"suit\":\"s\",\"card\":\"c\",\"given_suit\":\"s\",\"suit_ok\":true,"
		    "\"card_ok\":true}\n");
	struct practice_log log = {0};
	bool torn;
	struct diags d = {0};
	ck_assert_int_eq(practice_log_load(&log, p, &torn, &d), 0);
	ck_assert_uint_eq(log.n_a, 1);
	ck_assert_int_eq(log.a[0].ts, 1);
	ck_assert_uint_eq(d.n, 1);
	ck_assert_int_eq(d.v[0].line, 1);
	practice_log_free(&log);
	diags_free(&d);
	free(p);
}
END_TEST

Suite *session_files_suite(void);
Suite *session_files_suite(void)
{
	Suite *s = suite_create("session_files");
	TCase *tc = tcase_create("core");
	tcase_add_checked_fixture(tc, sf_setup, sf_teardown);
	tcase_add_test(tc, test_resume_lock_link);
	tcase_add_test(tc, test_transcript_not_through_link_or_pipe);
	tcase_add_test(tc, test_journal_fifo);
	tcase_add_test(tc, test_journal_folder);
	tcase_add_test(tc, test_draft_fifo);
	tcase_add_test(tc, test_practice_journal_fifo);
	tcase_add_test(tc, test_numbers_out_of_range);
	tcase_add_test(tc, test_practice_time_out_of_range);
	suite_add_tcase(s, tc);
	return s;
}
