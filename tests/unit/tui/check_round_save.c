/* Save messages: what the round screens say about saving. */
#include <check.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "core/base/fileio.h"
#include "core/base/journal.h"
#include "core/round/session.h"
#include "core/base/utf8.h"
#include "core/base/xalloc.h"
#include "tui/round_save.h"

#include "../support/session_fixture.h"

START_TEST(test_messages)
{
	struct diags d = {0};
	char *m = rsave_message(SESSION_OK, &d, "Reflection saved");
	ck_assert_str_eq(m, "Reflection saved");
	free(m);
	m = rsave_message(SESSION_UNSAVED, &d, "Reflection saved");
	ck_assert_str_eq(m, "Not saved · r retry · s save elsewhere · the journal could not be written");
	free(m);
	diags_add(&d, "j.jsonl", 0, 0, DIAG_WARNING, DIAG_IO, "just a warning");
	diags_error(&d, "j.jsonl", 0, 0, DIAG_IO, "the journal holds no round");
	m = rsave_message(SESSION_UNSAVED, &d, NULL);
	ck_assert_str_eq(m, "Not saved · r retry · s save elsewhere · the journal holds no round");
	free(m);
	m = rsave_message(SESSION_INVALID, &d, "Saved");
	ck_assert_str_eq(m, "the journal holds no round");
	free(m);
	diags_free(&d);
}
END_TEST

/* The journal's own io errors: each says why once, in words, and the
 * screens show those words after the keys (no "Not saved: Not saved", no
 * strerror repeating fileio_why). */
static const struct {
	int e;
	const char *message, *status;
} rs_io[] = {
	{ENOSPC, "cannot save the journal to disk: the disk is full",
	 "Not saved · r retry · s save elsewhere · the disk is full"},
	{EACCES, "cannot save the journal to disk: permission denied",
	 "Not saved · r retry · s save elsewhere · permission denied"},
	{EROFS, "cannot save the journal to disk: the folder is read-only",
	 "Not saved · r retry · s save elsewhere · the folder is read-only"},
	{EIO, "cannot save the journal to disk: the disk failed (input/output error)",
	 "Not saved · r retry · s save elsewhere · the disk failed (input/output error)"},
	{ENOTDIR, "cannot open the journal: a file is where a folder should be",
	 "Not saved · r retry · s save elsewhere · a file is where a folder should be"},
};

/* The errno the sync hook fails with. */
static int rs_errno;
static int rs_fsync_fail(int fd)
{
	(void)fd;
	errno = rs_errno;
	return -1;
}

START_TEST(test_io_messages)
{
	char dir[] = "/tmp/ck-rsave-XXXXXX";
	ck_assert_ptr_nonnull(mkdtemp(dir));
	char *path = xasprintf("%s/j.jsonl", dir);
	struct diags d = {0};
	struct journal *j = NULL;
	rs_errno = rs_io[_i].e;
	if (rs_io[_i].e == ENOTDIR) { /* a file where the folder should be (root ignores modes) */
		char *bad = xasprintf("%s/j.jsonl/x.jsonl", dir);
		FILE *f = fopen(path, "w");
		fclose(f);
		ck_assert_int_eq(journal_open(&j, bad, &d), -1);
		free(bad);
	} else { /* the write goes, its sync fails */
		ck_assert_int_eq(journal_open(&j, path, &d), 0);
		journal_set_fsync_hook(rs_fsync_fail);
		ck_assert_int_eq(journal_append(j, "{}", &d), -1);
		journal_set_fsync_hook(NULL);
		journal_close(j);
	}
	ck_assert_uint_eq(d.n, 1);
	ck_assert_str_eq(d.v[0].message, rs_io[_i].message);
	ck_assert_int_eq(d.v[0].errnum, rs_io[_i].e);
	char *m = rsave_message(SESSION_UNSAVED, &d, "Note saved");
	ck_assert_str_eq(m, rs_io[_i].status);
	free(m);
	diags_free(&d);
	unlink(path);
	rmdir(dir);
	free(path);
}
END_TEST

/* The banner at 40, 80 and 200 columns (the area less a margin each side):
 * the keys always on its first line, whole; why on the same line when it
 * fits, else on a second line of its own that fits too. */
static const struct {
	const char *why;
	size_t width, lines;
	const char *first, *second;
} rs_banner[] = {
	{"the disk is full", 38, 2, "NOT SAVED · r retry · s save elsewhere",
	 "kept in memory: the disk is full"},
	{"the disk is full", 78, 1,
	 "NOT SAVED · r retry · s save elsewhere · kept in memory: the disk is full", NULL},
	{"permission denied", 78, 1,
	 "NOT SAVED · r retry · s save elsewhere · kept in memory: permission denied", NULL},
	{"a file is where a folder should be", 78, 2, "NOT SAVED · r retry · s save elsewhere",
	 "kept in memory: a file is where a folder should be"},
	{"a file is where a folder should be", 38, 2, "NOT SAVED · r retry · s save elsewhere",
	 "a file is where a folder should be"},
	{"a file is where a folder should be", 198, 1,
	 "NOT SAVED · r retry · s save elsewhere · kept in memory: a file is where a folder should be",
	 NULL},
	{"", 38, 2, "NOT SAVED · r retry · s save elsewhere", "the journal could not be written"},
	{"", 198, 1,
	 "NOT SAVED · r retry · s save elsewhere · kept in memory: the journal could not be written",
	 NULL},
};

START_TEST(test_banner)
{
	char *line[2];
	size_t n = rsave_banner(rs_banner[_i].why, rs_banner[_i].width, line);
	ck_assert_uint_eq(n, rs_banner[_i].lines);
	ck_assert_str_eq(line[0], rs_banner[_i].first);
	ck_assert_uint_le(utf8_width(line[0]), rs_banner[_i].width);
	if (n == 2) {
		ck_assert_str_eq(line[1], rs_banner[_i].second);
		ck_assert_uint_le(utf8_width(line[1]), rs_banner[_i].width);
	} else {
		ck_assert_ptr_null(line[1]);
	}
	free(line[0]);
	free(line[1]);
}
END_TEST

/* Every cause fileio_why has words for fits on the banner's second line at 40 columns. */
START_TEST(test_why_fits_40)
{
	static const int es[] = {ENOSPC, EDQUOT, EROFS, EACCES, EPERM, ENOENT, ENOTDIR, EIO, EISDIR, ELOOP, ENXIO};
	for (size_t i = 0; i < sizeof es / sizeof es[0]; i++) {
		char *line[2];
		rsave_banner(fileio_why(es[i]), 38, line);
		ck_assert_msg(utf8_width(line[0]) <= 38 && (!line[1] || utf8_width(line[1]) <= 38),
			      "errno %d: \"%s\" is wider than 38 columns", es[i], line[1]);
		free(line[0]);
		free(line[1]);
	}
}
END_TEST

/* Where a listed round lives, for the resume list. */
START_TEST(test_where)
{
	struct session_info si = {.path = (char *)"/media/usb/rounds/ID.jsonl"};
	ck_assert_ptr_null(rsave_where(&si));
	si.moved = true;
	char *w = rsave_where(&si);
	ck_assert_str_eq(w, "moved to /media/usb/rounds");
	free(w);
	si.moved = false, si.rescued = true;
	w = rsave_where(&si);
	ck_assert_str_eq(w, "rescued to /media/usb/rounds");
	free(w);
	si.rescued = false, si.missing = (char *)"/media/stick/ID.jsonl";
	w = rsave_where(&si);
	ck_assert_str_eq(w, "older copy: /media/stick is not there");
	free(w);
}
END_TEST

/* The disk is full: every fsync fails. */
static int rs_fsync_full(int fd)
{
	(void)fd;
	errno = ENOSPC;
	return -1;
}

/* What is said on leaving after a rescue: saved after all, where the copy
 * is and how to go on, or NOT SAVED and why. */
START_TEST(test_farewell)
{
	sfx_open("rsave", "decks", "Ana,Zoë,李明,Ben");
	struct session *s = sfx_start("round-test", 3, NULL, SESSION_OK);
	const char *id = session_id(s);
	struct diags d = {0}, io = {0};
	diags_error(&d, session_journal_path(s), 0, 0, DIAG_IO,
		    "cannot open the journal: permission denied");
	diags_set_errnum(&d, EACCES);
	char *m = rsave_farewell(s, 0, NULL, &d);
	char *want = xasprintf("rucksack: round %s is saved, in %s", id, session_journal_path(s));
	ck_assert_str_eq(m, want);
	free(m), free(want);
	m = rsave_farewell(s, 0, "/home/ana/rucksack-rescue/ID.jsonl", &d);
	want = xasprintf("rucksack: round %s could not be saved in its folder (permission denied); "
			 "all of it is in a rescue copy, /home/ana/rucksack-rescue/ID.jsonl\n"
			 "'rucksack resume %s' carries on from it, and puts it back once its folder "
			 "can be written",
			 id, id);
	ck_assert_str_eq(m, want);
	free(m), free(want);
	journal_set_fsync_hook(rs_fsync_full);
	ck_assert_int_eq(session_add_entry(s, true, -1, NULL, NULL, "one", NULL, &io), SESSION_UNSAVED);
	ck_assert_int_eq(session_add_entry(s, true, -1, NULL, NULL, "two", NULL, &io), SESSION_UNSAVED);
	journal_set_fsync_hook(NULL);
	ck_assert_uint_eq(session_n_pending(s), 2);
	m = rsave_farewell(s, -1, NULL, &d);
	want = xasprintf("rucksack: NOT SAVED: 2 changes to round %s could not be written anywhere "
			 "(permission denied) and are lost; tried its folder and every rescue "
			 "folder:\n  %s: cannot open the journal: permission denied",
			 id, session_journal_path(s));
	ck_assert_str_eq(m, want);
	free(m), free(want);
	diags_free(&io);
	diags_free(&d);
	session_free(s);
	sfx_close();
}
END_TEST

START_TEST(test_resume_message)
{
	static const char start[] =
		"{\"v\":1,\"t\":\"start\",\"at\":1700000000000,\"id\":\"rs\",\"flow\":\"f\","
		"\"seed\":\"1\",\"rounds\":1,\"people\":[\"Ana\"],\"decks\":{},"
		"\"phases\":[\"p\"],\"roles\":[\"r\"]}\n";
	sfx_open("rsave", "decks", "Ana");
	struct session *s = sfx_load("whole.jsonl", start, false);
	ck_assert_ptr_null(strstr(rsave_resume_message(s), "torn"));
	session_free(s);
	char *torn = xasprintf("%s{\"t\":\"seats\",\"at\":17", start);
	s = sfx_load("torn.jsonl", torn, false);
	ck_assert_ptr_nonnull(strstr(rsave_resume_message(s), "up to the last whole event"));
	session_free(s);
	free(torn);
	sfx_close();
}
END_TEST

Suite *round_save_suite(void);
Suite *round_save_suite(void)
{
	Suite *s = suite_create("round_save");
	TCase *tc = tcase_create("core");
	tcase_add_test(tc, test_messages);
	tcase_add_loop_test(tc, test_io_messages, 0, sizeof rs_io / sizeof rs_io[0]);
	tcase_add_loop_test(tc, test_banner, 0, sizeof rs_banner / sizeof rs_banner[0]);
	tcase_add_test(tc, test_why_fits_40);
	tcase_add_test(tc, test_resume_message);
	tcase_add_test(tc, test_where);
	tcase_add_test(tc, test_farewell);
	suite_add_tcase(s, tc);
	return s;
}
