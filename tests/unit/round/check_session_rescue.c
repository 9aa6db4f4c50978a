/*
 * Rescue copies (QA F9): leaving with records only in memory writes them to
 * the journal after all, or else the whole journal (and the draft kept in
 * memory) to the first rescue folder that takes it, made 0700 and used only
 * when it is a folder of ours closed to others, files 0600.  The rescue
 * copy is listed, and a round resumed from it goes back where it was.
 * Tests run as root, where folder modes stop nothing: failures are made
 * with files in the way of folders and with the fsync hook.
 */
#include <check.h>
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "core/deck/catalog.h"
#include "core/base/journal.h"
/* internals on purpose: the records on disk (saved) */
#include "core/round/session_int.h"
#include "core/base/xalloc.h"

#include "../support/session_fixture.h"

static void sr_setup(void)
{
	sfx_open("rescue", "decks", "Ana,Ben,Chi,Dee");
	sfx_clock_ticking();
}

static void sr_teardown(void)
{
	sfx_close();
}

static void sr_touch(const char *path)
{
	FILE *f = fopen(path, "w");
	ck_assert_ptr_nonnull(f);
	fputs("in the way\n", f);
	fclose(f);
}

static long sr_lines(const char *path)
{
	FILE *f = fopen(path, "r");
	if (!f)
		return -1;
	long n = 0;
	for (int c; (c = fgetc(f)) != EOF;)
		n += c == '\n';
	fclose(f);
	return n;
}

static int sr_mode(const char *path)
{
	struct stat st;
	ck_assert_msg(lstat(path, &st) == 0, "%s is missing", path);
	return (int)(st.st_mode & 0777);
}

static struct session *sr_start(const char *dir, int want)
{
	return sfx_start("round-test", 11, dir, want);
}

/* Syncs fail with ENOSPC for files under sr_full (a full disk there), or everywhere when it is NULL. */
static const char *sr_full;
static int sr_fsync_full(int fd)
{
	char link[64], target[PATH_MAX];
	snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
	ssize_t n = readlink(link, target, sizeof target - 1);
	target[n > 0 ? n : 0] = '\0';
	if (!sr_full || !strncmp(target, sr_full, strlen(sr_full))) {
		errno = ENOSPC;
		return -1;
	}
	return fsync(fd);
}

static const char *sr_env_xdg, *sr_env_home, *sr_env_tmp, *sr_env_run;
static const char *sr_env(const char *name)
{
	return !strcmp(name, "XDG_DATA_HOME")	? sr_env_xdg
	       : !strcmp(name, "HOME")		? sr_env_home
	       : !strcmp(name, "TMPDIR")	? sr_env_tmp
	       : !strcmp(name, "XDG_RUNTIME_DIR") ? sr_env_run
						: NULL;
}

/* Syncs fail with ENOSPC for drafts only. */
static int sr_fsync_draft(int fd)
{
	char link[64], target[PATH_MAX];
	snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
	ssize_t n = readlink(link, target, sizeof target - 1);
	target[n > 0 ? n : 0] = '\0';
	if (strstr(target, ".draft")) {
		errno = ENOSPC;
		return -1;
	}
	return fsync(fd);
}

/* An entry committed while the disk failed, then a new draft that could not
 * be saved either: when the journal takes everything after all, the stale
 * draft goes and the new one, kept only in memory, reaches the disk. */
START_TEST(test_rescue_keeps_later_draft)
{
	char *home = sfx_path("home"), *r = sfx_path("rescue");
	struct session *s = sr_start(home, SESSION_OK);
	struct diags d = {0};
	struct session_draft dr = {.round = 0, .phase = 0, .person = -1, .text = (char *)"A"};
	ck_assert_int_eq(session_draft_save(s, &dr, &d), 0);
	journal_set_fsync_hook(sr_fsync_full);
	sr_full = NULL;
	ck_assert_int_eq(session_add_entry(s, true, -1, NULL, NULL, "A", NULL, &d), SESSION_UNSAVED);
	journal_set_fsync_hook(sr_fsync_draft);
	dr.text = (char *)"B typed after";
	ck_assert_int_eq(session_draft_save(s, &dr, &d), -1);
	journal_set_fsync_hook(NULL);
	struct strv dirs = {0};
	strv_push(&dirs, r);
	char *where = NULL;
	ck_assert_int_eq(session_rescue(s, &dirs, &where, &d), 0);
	ck_assert_ptr_null(where);
	ck_assert(!session_needs_rescue(s));
	struct session_draft back;
	ck_assert_int_eq(session_draft_load(s, &back, &d), 1);
	ck_assert_str_eq(back.text, "B typed after");
	session_draft_free(&back);
	strv_free(&dirs);
	diags_free(&d);
	session_free(s);
	free(home), free(r);
}
END_TEST

/* The order: the data folder's, the home folder's, the temporary one (private to the user). */
START_TEST(test_rescue_dirs)
{
	struct strv v = {0};
	char *tmp_own = xasprintf("/t/rucksack-rescue-%lu", (unsigned long)geteuid());
	char *tmp_sys = xasprintf("/tmp/rucksack-rescue-%lu", (unsigned long)geteuid());
	sr_env_xdg = "/x", sr_env_home = "/h", sr_env_tmp = "/t";
	session_rescue_dirs(sr_env, &v);
	ck_assert_uint_eq(v.n, 3);
	ck_assert_str_eq(v.v[0], "/x/rucksack/rescue");
	ck_assert_str_eq(v.v[1], "/h/rucksack-rescue");
	ck_assert_str_eq(v.v[2], tmp_own);
	strv_free(&v);
	sr_env_xdg = NULL, sr_env_tmp = "relative/tmp";
	session_rescue_dirs(sr_env, &v);
	ck_assert_uint_eq(v.n, 3);
	ck_assert_str_eq(v.v[0], "/h/.local/share/rucksack/rescue");
	ck_assert_str_eq(v.v[2], tmp_sys);
	strv_free(&v);
	sr_env_home = NULL, sr_env_tmp = NULL;
	session_rescue_dirs(sr_env, &v);
	ck_assert_uint_eq(v.n, 1);
	ck_assert_str_eq(v.v[0], tmp_sys);
	strv_free(&v);
	/* issue 10, 4: the user's runtime folder, which no one can take first, before /tmp */
	sr_env_home = "/h", sr_env_run = "/run/user/7";
	session_rescue_dirs(sr_env, &v);
	ck_assert_uint_eq(v.n, 4);
	ck_assert_str_eq(v.v[2], "/run/user/7/rucksack-rescue");
	ck_assert_str_eq(v.v[3], tmp_sys);
	strv_free(&v);
	sr_env_run = "relative";
	session_rescue_dirs(sr_env, &v);
	ck_assert_uint_eq(v.n, 3);
	strv_free(&v);
	sr_env_run = NULL;
	free(tmp_own);
	free(tmp_sys);
}
END_TEST

/* The journal takes everything after all (the disk had room again): no copy. */
START_TEST(test_rescue_journal_after_all)
{
	char *home = sfx_path("home"), *r = sfx_path("rescue");
	struct session *s = sr_start(home, SESSION_OK);
	struct diags d = {0};
	journal_set_fsync_hook(sr_fsync_full);
	sr_full = NULL;
	ck_assert_int_eq(session_add_entry(s, true, -1, NULL, NULL, "kept", NULL, &d), SESSION_UNSAVED);
	journal_set_fsync_hook(NULL);
	ck_assert(session_needs_rescue(s));
	struct strv dirs = {0};
	strv_push(&dirs, r);
	char *where = NULL;
	ck_assert_int_eq(session_rescue(s, &dirs, &where, &d), 0);
	ck_assert_ptr_null(where);
	ck_assert(!session_needs_rescue(s));
	ck_assert_int_eq(sr_lines(session_journal_path(s)), (long)s->saved.n);
	ck_assert_int_eq(access(r, F_OK), -1); /* no rescue folder made */
	strv_free(&dirs);
	diags_free(&d);
	session_free(s);
	free(home), free(r);
}
END_TEST

/* The sessions folder cannot be written (a file in its place): the rescue
 * goes to the first folder that takes it, skipping one with a file in its
 * way, a link, and one open to others; the copy holds every record, and the
 * draft that could not be kept; 0700 and 0600. */
START_TEST(test_rescue_order_and_modes)
{
	char *home = sfx_path("home"), *f = sfx_path("f"), *r1 = sfx_path("f/rescue");
	char *real = sfx_path("real"), *r2 = sfx_path("link"), *r3 = sfx_path("open");
	char *r4 = sfx_path("deep/er/rescue");
	sr_touch(home), sr_touch(f);
	ck_assert_int_eq(mkdir(real, 0700), 0);
	ck_assert_int_eq(symlink(real, r2), 0);
	ck_assert_int_eq(mkdir(r3, 0700), 0);
	ck_assert_int_eq(chmod(r3, 0755), 0);
	mode_t old = umask(0);
	struct session *s = sr_start(home, SESSION_UNSAVED);
	struct diags d = {0};
	ck_assert_int_eq(session_add_entry(s, false, 0, NULL, NULL, "precious", NULL, &d),
			 SESSION_UNSAVED);
	struct session_draft dr = {.person = 1, .text = (char *)"half typed"};
	ck_assert_int_eq(session_draft_save(s, &dr, &d), -1);
	diags_free(&d);
	size_t all = session_n_pending(s);
	struct strv dirs = {0};
	strv_push(&dirs, r1), strv_push(&dirs, r2), strv_push(&dirs, r3), strv_push(&dirs, r4);
	char *where = NULL;
	ck_assert_int_eq(session_rescue(s, &dirs, &where, &d), 0);
	umask(old);
	char *want = xasprintf("%s/%s.jsonl", r4, session_id(s));
	ck_assert_str_eq(where, want);
	ck_assert_int_eq(sr_lines(where), (long)all);
	ck_assert_int_eq(sr_mode(r4), 0700);
	char *draft = xasprintf("%s/%s.draft", r4, session_id(s));
	char *from = xasprintf("%s/%s.from", r4, session_id(s));
	ck_assert_int_eq(sr_mode(where), 0600);
	ck_assert_int_eq(sr_mode(draft), 0600);
	ck_assert_int_eq(sr_mode(from), 0600);
	/* each place refused said why: the journal, then r1, r2, r3 */
	ck_assert_uint_ge(diags_count_errors(&d, false), 4);
	const char *refused[] = {r1, r2, r3};
	for (size_t i = 0; i < 3; i++) {
		bool named = false;
		for (size_t k = 0; k < d.n; k++)
			named |= !strcmp(d.v[k].file, refused[i]);
		ck_assert_msg(named, "%s refused without a word", refused[i]);
	}
	ck_assert_int_eq(access(real, F_OK), 0);
	char *in_real = xasprintf("%s/%s.jsonl", real, session_id(s));
	ck_assert_int_eq(access(in_real, F_OK), -1); /* nothing through the link */
	session_free(s);
	/* the copy resumes, with its reflection and the draft */
	ck_assert_int_eq(session_resume(&s, &sfx.cat, where, &d), SESSION_OK);
	ck_assert_uint_eq(session_n_entries(s), 1);
	ck_assert_str_eq(session_entry(s, 0)->text, "precious");
	struct session_draft back;
	ck_assert_int_eq(session_draft_load(s, &back, &d), 1);
	ck_assert_str_eq(back.text, "half typed");
	ck_assert_int_eq(back.person, 1);
	session_draft_free(&back);
	session_free(s);
	strv_free(&dirs);
	diags_free(&d);
	free(where), free(want), free(draft), free(from), free(in_real);
	free(home), free(f), free(r1), free(real), free(r2), free(r3), free(r4);
}
END_TEST

/* Through the fsync hook: a full disk under the sessions folder sends the
 * copy to the rescue folder; a full disk everywhere fails, saying so for
 * every place tried, and keeps everything in memory. */
START_TEST(test_rescue_full_disks)
{
	char *home = sfx_path("home"), *r1 = sfx_path("r1"), *r2 = sfx_path("r2");
	ck_assert_int_eq(mkdir(home, 0700), 0);
	struct session *s = sr_start(home, SESSION_OK);
	struct diags d = {0};
	sr_full = home;
	journal_set_fsync_hook(sr_fsync_full);
	ck_assert_int_eq(session_add_entry(s, true, -1, NULL, NULL, "a note", NULL, &d),
			 SESSION_UNSAVED);
	diags_free(&d);
	struct strv dirs = {0};
	strv_push(&dirs, r1), strv_push(&dirs, r2);
	sr_full = NULL; /* every disk full */
	char *where = NULL;
	ck_assert_int_eq(session_rescue(s, &dirs, &where, &d), -1);
	ck_assert_ptr_null(where);
	ck_assert(session_needs_rescue(s));
	ck_assert_uint_eq(diags_count_errors(&d, false), 3);
	ck_assert_str_eq(d.v[0].file, session_journal_path(s));
	for (size_t i = 0; i < d.n; i++)
		ck_assert_int_eq(d.v[i].errnum, ENOSPC);
	diags_free(&d);
	sr_full = home; /* only the sessions folder's disk full */
	ck_assert_int_eq(session_rescue(s, &dirs, &where, &d), 0);
	journal_set_fsync_hook(NULL);
	char *want = xasprintf("%s/%s.jsonl", r1, session_id(s));
	ck_assert_str_eq(where, want);
	ck_assert_int_eq(sr_lines(where), (long)(s->saved.n + session_n_pending(s)));
	ck_assert_int_eq(access(r2, F_OK), -1);
	strv_free(&dirs);
	diags_free(&d);
	session_free(s);
	free(where), free(want), free(home), free(r1), free(r2);
}
END_TEST

/* The rescue copy is listed (it has more events than the journal it
 * rescued), and resumed it goes back home: the journal there gets every
 * record, the draft comes along, the rescue copy and its folder go. */
START_TEST(test_rescue_listed_and_returned)
{
	char *home = sfx_path("home"), *r = sfx_path("rescue");
	ck_assert_int_eq(mkdir(home, 0700), 0);
	struct session *s = sr_start(home, SESSION_OK);
	char *journal = xstrdup(session_journal_path(s)), *id = xstrdup(session_id(s));
	struct diags d = {0};
	sr_full = home;
	journal_set_fsync_hook(sr_fsync_full);
	ck_assert_int_eq(session_add_entry(s, false, 2, NULL, NULL, "rescued words", NULL, &d),
			 SESSION_UNSAVED);
	struct session_draft dr = {.person = 3, .text = (char *)"still typing"};
	ck_assert_int_eq(session_draft_save(s, &dr, &d), -1);
	diags_free(&d);
	struct strv dirs = {0};
	strv_push(&dirs, r);
	char *where = NULL;
	ck_assert_int_eq(session_rescue(s, &dirs, &where, &d), 0);
	journal_set_fsync_hook(NULL);
	size_t all = s->saved.n + session_n_pending(s);
	session_free(s);
	diags_free(&d);
	struct session_info *v = NULL;
	size_t n = 0;
	ck_assert_int_eq(session_list(home, &dirs, &v, &n, &d), 0);
	ck_assert_uint_eq(n, 1);
	ck_assert_str_eq(v[0].path, where);
	ck_assert(v[0].rescued);
	ck_assert_uint_eq(v[0].n_reflections, 1);
	ck_assert_uint_eq(d.n, 0); /* a rescue copy and its .from: nothing to warn of */
	session_info_free(v, n);
	diags_free(&d);
	ck_assert_int_eq(session_resume(&s, &sfx.cat, where, &d), SESSION_OK);
	char *back = NULL;
	ck_assert_int_eq(session_rescue_return(s, &back, &d), 1);
	ck_assert_str_eq(back, home);
	ck_assert_str_eq(session_journal_path(s), journal);
	ck_assert_int_eq(sr_lines(journal), (long)all);
	ck_assert_int_eq(access(r, F_OK), -1); /* the copy and its folder are gone */
	struct session_draft dback;
	ck_assert_int_eq(session_draft_load(s, &dback, &d), 1);
	ck_assert_str_eq(dback.text, "still typing");
	session_draft_free(&dback);
	ck_assert_int_eq(session_list(home, &dirs, &v, &n, &d), 0);
	ck_assert_uint_eq(n, 1);
	ck_assert(!v[0].rescued && !v[0].moved);
	ck_assert_str_eq(v[0].id, id);
	ck_assert_uint_eq(d.n, 0);
	session_info_free(v, n);
	char *none = NULL;
	ck_assert_int_eq(session_rescue_return(s, &none, &d), 0); /* home is no rescue copy */
	session_free(s);
	strv_free(&dirs);
	diags_free(&d);
	free(back), free(where), free(journal), free(id), free(home), free(r);
}
END_TEST

/* The journal at home went on after the rescue (it was resumed there): the
 * rescue copy does not overwrite it; both are kept, and the round carries
 * on from the copy. */
START_TEST(test_rescue_not_returned_over_changes)
{
	char *home = sfx_path("home"), *r = sfx_path("rescue");
	ck_assert_int_eq(mkdir(home, 0700), 0);
	struct session *s = sr_start(home, SESSION_OK);
	char *journal = xstrdup(session_journal_path(s));
	struct diags d = {0};
	sr_full = home;
	journal_set_fsync_hook(sr_fsync_full);
	ck_assert_int_eq(session_add_entry(s, true, -1, NULL, NULL, "in the copy", NULL, &d),
			 SESSION_UNSAVED);
	struct strv dirs = {0};
	strv_push(&dirs, r);
	char *where = NULL;
	ck_assert_int_eq(session_rescue(s, &dirs, &where, &d), 0);
	journal_set_fsync_hook(NULL);
	session_free(s);
	diags_free(&d);
	ck_assert_int_eq(session_resume(&s, &sfx.cat, journal, &d), SESSION_OK);
	ck_assert_int_eq(session_add_entry(s, true, -1, NULL, NULL, "at home", NULL, &d), SESSION_OK);
	long at_home = sr_lines(journal);
	session_free(s);
	ck_assert_int_eq(session_resume(&s, &sfx.cat, where, &d), SESSION_OK);
	diags_free(&d);
	char *back = NULL;
	ck_assert_int_eq(session_rescue_return(s, &back, &d), -1);
	ck_assert_ptr_null(back);
	ck_assert_uint_eq(d.n, 1);
	ck_assert_ptr_nonnull(strstr(d.v[0].message, "has changed since the rescue"));
	ck_assert_str_eq(session_journal_path(s), where);
	ck_assert_int_eq(sr_lines(journal), at_home);
	ck_assert_int_eq(access(where, F_OK), 0);
	session_free(s);
	strv_free(&dirs);
	diags_free(&d);
	free(where), free(journal), free(home), free(r);
}
END_TEST

Suite *session_rescue_suite(void);
Suite *session_rescue_suite(void)
{
	Suite *s = suite_create("session_rescue");
	TCase *tc = tcase_create("rescue");
	tcase_add_checked_fixture(tc, sr_setup, sr_teardown);
	tcase_add_test(tc, test_rescue_dirs);
	tcase_add_test(tc, test_rescue_journal_after_all);
	tcase_add_test(tc, test_rescue_keeps_later_draft);
	tcase_add_test(tc, test_rescue_order_and_modes);
	tcase_add_test(tc, test_rescue_full_disks);
	tcase_add_test(tc, test_rescue_listed_and_returned);
	tcase_add_test(tc, test_rescue_not_returned_over_changes);
	suite_add_tcase(s, tc);
	return s;
}
