/*
 * One window at a time: the lock file itself (taken, refused with the
 * holder's pid, gone with a crashed holder, removed on release), and a round
 * open in one process that another cannot resume, nor save onto, and that
 * listings mark as open elsewhere, at its old and its new place once saved
 * elsewhere.  flock locks belong to open file descriptions, so each second
 * window is a forked child; its findings come back through a pipe (not its
 * exit status, which valgrind takes for its own when the child leaves the
 * parent's memory, or a lock held on purpose, unfreed).
 */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "core/deck/catalog.h"
#include "core/base/lockfile.h"
#include "core/round/session.h"
#include "core/base/xalloc.h"

#include "../support/session_fixture.h"

static void sl_setup(void)
{
	sfx_open("lock", "decks", "Ana,Ben,Chi,Dee");
	ck_assert_ptr_nonnull(catalog_find(&sfx.cat, "round-test"));
}

static void sl_teardown(void)
{
	sfx_close();
}

/* Runs fn in a child process (another window) and gives what it returned
 * (-1 when it did not get to say). */
static int sl_in_child(int (*fn)(const void *arg), const void *arg)
{
	int fds[2];
	ck_assert_int_eq(pipe(fds), 0);
	fflush(NULL);
	pid_t pid = fork();
	ck_assert_int_ge(pid, 0);
	if (pid == 0) {
		close(fds[0]);
		unsigned char r = (unsigned char)fn(arg);
		_exit(write(fds[1], &r, 1) == 1 ? 0 : 1);
	}
	close(fds[1]);
	unsigned char r = 0;
	int got = (int)read(fds[0], &r, 1);
	close(fds[0]);
	int status = 0;
	ck_assert_int_eq(waitpid(pid, &status, 0), pid);
	return got == 1 ? r : -1;
}

/* The child's findings: 0 when all held, else the number of the first that did not. */
#define SL_CHECK(n, cond)          \
	do {                       \
		if (!(cond))       \
			return (n); \
	} while (0)

static int sl_child_busy(const void *arg)
{
	long holder = -1;
	struct lockfile *l = NULL;
	SL_CHECK(1, lockfile_take(arg, &l, &holder) == LOCKFILE_BUSY);
	SL_CHECK(2, l == NULL && holder == (long)getppid());
	SL_CHECK(3, lockfile_busy(arg, &holder) && holder == (long)getppid());
	return 0;
}

static int sl_child_takes(const void *arg)
{
	struct lockfile *l = NULL;
	SL_CHECK(1, !lockfile_busy(arg, NULL));
	SL_CHECK(2, lockfile_take(arg, &l, NULL) == LOCKFILE_HELD);
	lockfile_release(l);
	return 0;
}

static int sl_child_takes_and_dies(const void *arg)
{
	struct lockfile *l = NULL;
	SL_CHECK(1, lockfile_take(arg, &l, NULL) == LOCKFILE_HELD);
	return 0; /* _exit with the lock held: as kill -9 would */
}

START_TEST(test_lockfile)
{
	char *p = xasprintf("%s/r.lock", sfx.dir);
	struct lockfile *l = NULL;
	long holder = -1;
	ck_assert_int_eq(lockfile_take(p, &l, &holder), LOCKFILE_HELD);
	ck_assert_ptr_nonnull(l);
	ck_assert_int_eq(holder, 0);
	ck_assert_int_eq(sl_in_child(sl_child_busy, p), 0);
	lockfile_release(l);
	ck_assert_int_eq(access(p, F_OK), -1); /* removed on release */
	ck_assert_int_eq(sl_in_child(sl_child_takes, p), 0);
	/* a holder that dies leaves its file, but no lock */
	ck_assert_int_eq(sl_in_child(sl_child_takes_and_dies, p), 0);
	ck_assert_int_eq(access(p, F_OK), 0);
	ck_assert(!lockfile_busy(p, NULL));
	ck_assert_int_eq(lockfile_take(p, &l, NULL), LOCKFILE_HELD);
	lockfile_release(l);
	/* a folder that cannot hold the file: no lock, and no hang */
	char *none = xasprintf("%s/no/such/folder/r.lock", sfx.dir);
	ck_assert_int_eq(lockfile_take(none, &l, NULL), LOCKFILE_NO_FILE);
	ck_assert_ptr_null(l);
	free(none);
	free(p);
}
END_TEST

static struct session *sl_start(const char *sub)
{
	char *dir = sfx_path(sub);
	ck_assert_int_eq(mkdir(dir, 0700), 0);
	struct session *s = sfx_start("round-test", 5, dir, SESSION_OK);
	free(dir);
	return s;
}

/* A second window's resume of the journal at arg is refused, saying by whom. */
static int sl_child_resume_refused(const void *arg)
{
	struct session *s = NULL;
	struct diags d = {0};
	SL_CHECK(1, session_resume(&s, &sfx.cat, arg, &d) == SESSION_INVALID && !s);
	char *want = xasprintf("this round is open in another window (pid %ld)", (long)getppid());
	SL_CHECK(2, d.n == 1 && strstr(d.v[0].message, want) && d.v[0].severity == DIAG_ERROR);
	long pid = 0;
	SL_CHECK(3, session_open_elsewhere(arg, &pid) && pid == (long)getppid());
	free(want);
	diags_free(&d);
	return 0;
}

/* ... and its listing of the folder at arg marks the round open elsewhere. */
static int sl_child_lists_open(const void *arg)
{
	struct session_info *v = NULL;
	size_t n = 0;
	struct diags d = {0};
	SL_CHECK(1, session_list(arg, NULL, &v, &n, &d) == 0 && n == 1);
	SL_CHECK(2, v[0].open_elsewhere && v[0].open_pid == (long)getppid() && !v[0].ended);
	session_info_free(v, n);
	diags_free(&d);
	return 0;
}

static int sl_child_resumes(const void *arg)
{
	struct session *s = NULL;
	struct diags d = {0};
	SL_CHECK(1, session_resume(&s, &sfx.cat, arg, &d) == SESSION_OK);
	SL_CHECK(2, session_add_entry(s, false, 1, NULL, NULL, "from the second window", NULL, &d) ==
			    SESSION_OK);
	session_free(s);
	diags_free(&d);
	return 0;
}

START_TEST(test_second_window_refused)
{
	struct session *s = sl_start("a");
	char *dir = xasprintf("%s/a", sfx.dir);
	struct diags d = {0};
	ck_assert_int_eq(session_add_entry(s, false, 0, NULL, NULL, "first window", NULL, &d),
			 SESSION_OK);
	ck_assert_int_eq(sl_in_child(sl_child_resume_refused, session_journal_path(s)), 0);
	ck_assert_int_eq(sl_in_child(sl_child_lists_open, dir), 0);
	/* not open elsewhere from where it is open */
	ck_assert(!session_open_elsewhere(session_journal_path(s), NULL));
	char *path = xstrdup(session_journal_path(s));
	session_free(s); /* the first window closes: the second may carry on */
	ck_assert_int_eq(sl_in_child(sl_child_resumes, path), 0);
	struct session *back = NULL;
	ck_assert_int_eq(session_load(&back, &sfx.cat, path, &d), 0);
	ck_assert_uint_eq(session_n_entries(back), 2);
	session_free(back);
	diags_free(&d);
	free(path);
	free(dir);
}
END_TEST

/* Saving onto a journal another window has open is refused, nothing written. */
static int sl_child_save_onto(const void *arg)
{
	struct session *s = NULL;
	struct diags d = {0};
	SL_CHECK(1, session_resume(&s, &sfx.cat, arg, &d) == SESSION_OK);
	char *copy = xasprintf("%s/copy", sfx.dir);
	SL_CHECK(2, mkdir(copy, 0700) == 0);
	SL_CHECK(3, session_save_as(s, copy, &d) == SESSION_OK); /* copy/<id>.jsonl */
	session_free(s); /* this window is closed; the parent opens the copy next */
	free(copy);
	diags_free(&d);
	return 0;
}

/* A round moved by save-elsewhere is locked where it went and where it was. */
START_TEST(test_moved_round_locked)
{
	struct session *s = sl_start("home");
	char *old = xstrdup(session_journal_path(s));
	char *usb = xasprintf("%s/usb", sfx.dir);
	ck_assert_int_eq(mkdir(usb, 0700), 0);
	struct diags d = {0};
	ck_assert_int_eq(session_save_as(s, usb, &d), SESSION_OK);
	ck_assert_int_eq(sl_in_child(sl_child_resume_refused, session_journal_path(s)), 0);
	ck_assert_int_eq(sl_in_child(sl_child_resume_refused, old), 0);
	ck_assert_int_eq(sl_in_child(sl_child_lists_open, usb), 0);
	/* another window may not save its copy of the round onto this one */
	char *id = xstrdup(session_id(s)), *live = xstrdup(session_journal_path(s));
	session_free(s);
	ck_assert_int_eq(sl_in_child(sl_child_save_onto, live), 0);
	char *copy = xasprintf("%s/copy/%s.jsonl", sfx.dir, id);
	ck_assert_int_eq(session_resume(&s, &sfx.cat, copy, &d), SESSION_OK);
	ck_assert_int_eq(session_add_entry(s, false, 0, NULL, NULL, "in the copy", NULL, &d),
			 SESSION_OK);
	struct session *other = NULL;
	ck_assert_int_eq(session_resume(&other, &sfx.cat, live, &d), SESSION_OK);
	diags_free(&d);
	size_t before = sfx_n_records(other);
	ck_assert_int_eq(session_save_as(other, copy, &d), SESSION_UNSAVED);
	ck_assert_ptr_nonnull(strstr(d.v[0].message, "open in another window"));
	ck_assert_uint_eq(sfx_n_records(other), before);
	session_free(other);
	struct session *back = NULL;
	ck_assert_int_eq(session_load(&back, &sfx.cat, copy, &d), 0);
	ck_assert_uint_eq(session_n_entries(back), 1); /* "in the copy" stands */
	session_free(back);
	session_free(s);
	diags_free(&d);
	free(copy), free(id), free(live), free(usb), free(old);
}
END_TEST

Suite *session_lock_suite(void);
Suite *session_lock_suite(void)
{
	Suite *s = suite_create("session_lock");
	TCase *tc = tcase_create("session_lock");
	tcase_add_checked_fixture(tc, sl_setup, sl_teardown);
	tcase_add_test(tc, test_lockfile);
	tcase_add_test(tc, test_second_window_refused);
	tcase_add_test(tc, test_moved_round_locked);
	suite_add_tcase(s, tc);
	return s;
}
