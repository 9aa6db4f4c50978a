/*
 * A round saved elsewhere (QA F10): the pointer left in the old folder,
 * written again on later saves when it could not be at first, followed by
 * session_follow and session_list, so the round is listed once, at its live
 * place; two copies with no pointer between them give the one with more
 * events, and a warning.  Tests run as root, where folder modes stop
 * nothing: a folder in the way of a file is what cannot be written.
 */
#include <check.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "core/deck/catalog.h"
#include "core/base/journal.h"
/* internals on purpose: the records on disk (saved) and the pointers still to write */
#include "core/round/session_int.h"
#include "core/base/xalloc.h"

#include "../support/session_fixture.h"

static void sm_setup(void)
{
	sfx_open("moved", "decks", "Ana,Ben,Chi,Dee");
	sfx_clock_ticking();
}

static void sm_teardown(void)
{
	sfx_close();
}

/* sfx.dir/sub, made; caller frees. */
static char *sm_sub(const char *sub)
{
	char *dir = xasprintf("%s/%s", sfx.dir, sub);
	ck_assert_int_eq(mkdir(dir, 0700), 0);
	return dir;
}

static struct session *sm_start(const char *dir)
{
	return sfx_start("round-test", 5, dir, SESSION_OK);
}

static int sm_fsync_full(int fd)
{
	(void)fd;
	errno = ENOSPC;
	return -1;
}

/* <dir>/<id><ext>; caller frees. */
static char *sm_file(const char *dir, const struct session *s, const char *ext)
{
	return xasprintf("%s/%s%s", dir, session_id(s), ext);
}

/* The rounds listed for home (and the rescue folders): exactly one, returned. */
static struct session_info *sm_list_one(const char *home, const struct strv *rescue,
					struct diags *d)
{
	struct session_info *v = NULL;
	size_t n = 0;
	ck_assert_int_eq(session_list(home, rescue, &v, &n, d), 0);
	ck_assert_uint_eq(n, 1);
	return v;
}

static void sm_touch(const char *path)
{
	FILE *f = fopen(path, "w");
	ck_assert_ptr_nonnull(f);
	fputs("{}\n", f);
	fclose(f);
}

/* Writes a one-line pointer file at path (format with two %s). */
static void sm_write(const char *path, const char *fmt, const char *x, const char *y)
{
	FILE *f = fopen(path, "w");
	ck_assert_ptr_nonnull(f);
	fprintf(f, fmt, x, y);
	fclose(f);
}

/* The QA's steps: notes kept in memory on a full disk, save elsewhere,
 * another note there, a crash.  The old folder keeps its stale journal,
 * with a pointer: the round is listed once, at its new place. */
START_TEST(test_moved_listed_at_new_place)
{
	char *home = sm_sub("home"), *usb = sm_sub("usb");
	struct session *s = sm_start(home);
	struct diags d = {0};
	journal_set_fsync_hook(sm_fsync_full);
	ck_assert_int_eq(session_add_entry(s, true, -1, NULL, NULL, "in memory", NULL, &d),
			 SESSION_UNSAVED);
	journal_set_fsync_hook(NULL);
	diags_free(&d);
	ck_assert_int_eq(session_save_as(s, usb, &d), SESSION_OK);
	ck_assert_uint_eq(d.n, 0);
	ck_assert_int_eq(session_add_entry(s, true, -1, NULL, NULL, "after", NULL, &d), SESSION_OK);
	char *old = sm_file(home, s, ".jsonl"), *live = sm_file(usb, s, ".jsonl");
	ck_assert_int_eq(access(old, F_OK), 0); /* the stale copy stays */
	char *missing = NULL, *to = session_follow(old, NULL, &missing);
	ck_assert_str_eq(to, live);
	ck_assert_ptr_null(missing);
	struct session_info *v = sm_list_one(home, NULL, &d);
	ck_assert_str_eq(v[0].id, session_id(s));
	ck_assert_str_eq(v[0].path, live);
	ck_assert(v[0].moved);
	ck_assert_ptr_null(v[0].missing);
	ck_assert_uint_eq(v[0].n_notes, 2);
	ck_assert_uint_eq(v[0].n_events, s->saved.n);
	ck_assert_uint_eq(d.n, 0);
	session_info_free(v, 1);
	session_free(s);
	free(to), free(old), free(live), free(home), free(usb);
}
END_TEST

/* The old folder cannot take the pointer when the round moves (a folder
 * stands where it goes): a warning, and the next save writes it. */
START_TEST(test_pointer_written_later)
{
	char *home = sm_sub("home"), *usb = sm_sub("usb");
	struct session *s = sm_start(home);
	struct diags d = {0};
	char *ptr = sm_file(home, s, ".moved");
	ck_assert_int_eq(mkdir(ptr, 0700), 0);
	ck_assert_int_eq(session_save_as(s, usb, &d), SESSION_OK);
	ck_assert_uint_eq(d.n, 1);
	ck_assert_int_eq(d.v[0].severity, DIAG_WARNING);
	ck_assert_ptr_nonnull(strstr(d.v[0].message, "could not be marked as moved"));
	ck_assert_uint_eq(s->moved_pending.n, 1);
	diags_free(&d);
	struct session_info *v = sm_list_one(home, NULL, &d);
	ck_assert(!v[0].moved); /* no pointer yet: only the old copy is known */
	session_info_free(v, 1);
	diags_free(&d);
	ck_assert_int_eq(session_add_entry(s, false, 0, NULL, NULL, "still blocked", NULL, &d),
			 SESSION_OK);
	ck_assert_uint_eq(s->moved_pending.n, 1);
	ck_assert_uint_eq(d.n, 0); /* said once, not at every save */
	ck_assert_int_eq(rmdir(ptr), 0);
	ck_assert_int_eq(session_add_entry(s, false, 1, NULL, NULL, "now", NULL, &d), SESSION_OK);
	ck_assert_uint_eq(s->moved_pending.n, 0);
	struct stat st;
	ck_assert_int_eq(stat(ptr, &st), 0);
	ck_assert(S_ISREG(st.st_mode));
	ck_assert_int_eq(st.st_mode & 0777, 0600);
	v = sm_list_one(home, NULL, &d);
	ck_assert(v[0].moved);
	ck_assert_str_eq(v[0].path, session_journal_path(s));
	ck_assert_uint_eq(v[0].n_reflections, 2);
	session_info_free(v, 1);
	session_free(s);
	free(ptr), free(home), free(usb);
}
END_TEST

/* The sessions folder could not be written from the start (a file in its
 * place): saved elsewhere, the round has no journal at home; once the
 * folder is there again, the next save leaves a pointer there, and the
 * round is listed from it. */
START_TEST(test_pointer_without_journal)
{
	char *home = xasprintf("%s/home", sfx.dir), *usb = sm_sub("usb");
	sm_touch(home);
	struct session_opts o = {.flow_id = "round-test", .people = &sfx.people, .dir = home};
	struct session *s = NULL;
	struct diags d = {0};
	ck_assert_int_eq(session_start(&s, &sfx.cat, &o, &d), SESSION_UNSAVED);
	diags_free(&d);
	ck_assert_int_eq(session_save_as(s, usb, &d), SESSION_OK);
	ck_assert_uint_eq(s->moved_pending.n, 1);
	diags_free(&d);
	ck_assert_int_eq(unlink(home), 0);
	ck_assert_int_eq(mkdir(home, 0700), 0);
	struct session_info *v = NULL;
	size_t n = 9;
	ck_assert_int_eq(session_list(home, NULL, &v, &n, &d), 0);
	ck_assert_uint_eq(n, 0);
	session_info_free(v, n);
	ck_assert_int_eq(session_add_entry(s, true, -1, NULL, NULL, "after", NULL, &d), SESSION_OK);
	ck_assert_uint_eq(s->moved_pending.n, 0);
	v = sm_list_one(home, NULL, &d);
	ck_assert_str_eq(v[0].id, session_id(s));
	ck_assert_str_eq(v[0].path, session_journal_path(s));
	ck_assert(v[0].moved);
	ck_assert_uint_eq(v[0].n_notes, 1);
	ck_assert_uint_eq(d.n, 0);
	session_info_free(v, 1);
	/* its drive unplugged: nothing to list, and a warning says where it was */
	char *live = xstrdup(session_journal_path(s));
	session_free(s);
	ck_assert_int_eq(unlink(live), 0);
	ck_assert_int_eq(session_list(home, NULL, &v, &n, &d), 0);
	ck_assert_uint_eq(n, 0);
	ck_assert_uint_eq(d.n, 1);
	ck_assert_ptr_nonnull(strstr(d.v[0].message, live));
	session_info_free(v, n);
	diags_free(&d);
	free(live), free(home), free(usb);
}
END_TEST

/* The QA's steps to the end: the old folder cannot take the pointer when
 * the round moves, the program is killed before it can, and the stale copy
 * stays there.  The pointer kept in the rescue folder meanwhile leads the
 * listing to the live copy, with no warning; once the old folder takes its
 * pointer, the one in the rescue folder goes. */
START_TEST(test_pointer_kept_in_rescue)
{
	char *home = sm_sub("home"), *usb = sm_sub("usb"), *r = xasprintf("%s/rescue", sfx.dir);
	struct session *s = sm_start(home);
	struct strv dirs = {0};
	strv_push(&dirs, r);
	session_set_rescue_dirs(s, &dirs);
	strv_free(&dirs);
	struct diags d = {0};
	char *ptr = sm_file(home, s, ".moved"), *kept = sm_file(r, s, ".moved");
	ck_assert_int_eq(mkdir(ptr, 0700), 0); /* the old folder cannot take it */
	ck_assert_int_eq(session_save_as(s, usb, &d), SESSION_OK);
	ck_assert_ptr_nonnull(strstr(d.v[0].message, kept));
	diags_free(&d);
	ck_assert_int_eq(session_add_entry(s, true, -1, NULL, NULL, "after", NULL, &d), SESSION_OK);
	struct strv rescue = {0};
	strv_push(&rescue, r);
	struct session_info *v = sm_list_one(home, &rescue, &d); /* as after kill -9 */
	ck_assert_str_eq(v[0].path, session_journal_path(s));
	ck_assert(v[0].moved);
	ck_assert_uint_eq(v[0].n_notes, 1);
	ck_assert_uint_eq(d.n, 0);
	session_info_free(v, 1);
	ck_assert_int_eq(rmdir(ptr), 0);
	ck_assert_int_eq(session_add_entry(s, true, -1, NULL, NULL, "later", NULL, &d), SESSION_OK);
	ck_assert_int_eq(access(ptr, F_OK), 0);
	ck_assert_int_eq(access(kept, F_OK), -1);
	v = sm_list_one(home, &rescue, &d);
	ck_assert_str_eq(v[0].path, session_journal_path(s));
	ck_assert_uint_eq(d.n, 0);
	session_info_free(v, 1);
	strv_free(&rescue);
	session_free(s);
	free(ptr), free(kept), free(home), free(usb), free(r);
}
END_TEST

/* Issue 10, 1: the pointer kept in the rescue folder counts exactly as one
 * beside the journal.  With the new place gone (a stick unplugged) the
 * copy left at home is an older copy (missing set), never the round. */
START_TEST(test_rescue_pointer_marks_stale_copy)
{
	char *home = sm_sub("home"), *usb = sm_sub("usb"), *r = xasprintf("%s/rescue", sfx.dir);
	struct session *s = sm_start(home);
	strv_push(&s->rescue_dirs, r);
	struct diags d = {0};
	char *ptr = sm_file(home, s, ".moved"), *old = sm_file(home, s, ".jsonl");
	ck_assert_int_eq(mkdir(ptr, 0700), 0); /* the old folder cannot take it */
	ck_assert_int_eq(session_save_as(s, usb, &d), SESSION_OK);
	diags_free(&d);
	char *live = xstrdup(s->journal_path), *away = xasprintf("%s/away", sfx.dir);
	session_free(s); /* as after kill -9, before the old folder is back */
	ck_assert_int_eq(rmdir(ptr), 0);
	struct strv rescue = {0};
	strv_push(&rescue, r);
	char *missing = NULL, *to = session_follow(old, &rescue, &missing);
	ck_assert_str_eq(to, live);
	ck_assert_ptr_null(missing);
	free(to);
	ck_assert_int_eq(rename(usb, away), 0);
	to = session_follow(old, &rescue, &missing);
	ck_assert_str_eq(to, old);
	ck_assert_str_eq(missing, live);
	free(to), free(missing);
	struct session_info *v = sm_list_one(home, &rescue, &d);
	ck_assert_str_eq(v[0].path, old);
	ck_assert_str_eq(v[0].missing, live);
	session_info_free(v, 1);
	diags_free(&d);
	strv_free(&rescue);
	free(ptr), free(old), free(live), free(away), free(home), free(usb), free(r);
}
END_TEST

/* A pointer in a rescue folder says which journal it stands for: another
 * journal of the same name is not led anywhere by it; one written before
 * pointers said so counts for the journal of its name. */
START_TEST(test_rescue_pointer_is_for_one_journal)
{
	char *home = sm_sub("home"), *other = sm_sub("other"), *r = sm_sub("rescue");
	char *a = xasprintf("%s/x.jsonl", home), *b = xasprintf("%s/x.jsonl", other);
	char *kept = xasprintf("%s/x.moved", r);
	sm_touch(a), sm_touch(b);
	char *live = xasprintf("%s/live.jsonl", sfx.dir);
	sm_touch(live);
	sm_write(kept, "{\"v\":1,\"at\":1,\"to\":\"%s\",\"for\":\"%s\"}\n", live, a);
	struct strv rescue = {0};
	strv_push(&rescue, r);
	char *missing = NULL, *to = session_follow(a, &rescue, &missing);
	ck_assert_str_eq(to, live);
	free(to);
	to = session_follow(b, &rescue, &missing);
	ck_assert_str_eq(to, b);
	ck_assert_ptr_null(missing);
	free(to);
	sm_write(kept, "{\"v\":1,\"at\":1,\"to\":\"%s\"}\n", live, NULL);
	to = session_follow(b, &rescue, &missing);
	ck_assert_str_eq(to, live);
	free(to);
	strv_free(&rescue);
	free(a), free(b), free(kept), free(live), free(home), free(other), free(r);
}
END_TEST

/* Saved elsewhere, then home again: no pointer away from home is left, and
 * the one in the other folder leads home. */
START_TEST(test_moved_back_home)
{
	char *home = sm_sub("home"), *usb = sm_sub("usb");
	struct session *s = sm_start(home);
	struct diags d = {0};
	char *at_home = sm_file(home, s, ".jsonl");
	ck_assert_int_eq(session_save_as(s, usb, &d), SESSION_OK);
	ck_assert_int_eq(session_add_entry(s, true, -1, NULL, NULL, "on the stick", NULL, &d),
			 SESSION_OK);
	ck_assert_int_eq(session_save_as(s, home, &d), SESSION_OK);
	ck_assert_str_eq(session_journal_path(s), at_home);
	char *ptr_home = sm_file(home, s, ".moved"), *ptr_usb = sm_file(usb, s, ".moved");
	ck_assert_int_eq(access(ptr_home, F_OK), -1);
	ck_assert_int_eq(access(ptr_usb, F_OK), 0);
	char *missing = NULL, *from_usb = sm_file(usb, s, ".jsonl");
	char *to = session_follow(from_usb, NULL, &missing);
	ck_assert_str_eq(to, at_home);
	struct session_info *v = sm_list_one(home, NULL, &d);
	ck_assert(!v[0].moved);
	ck_assert_str_eq(v[0].path, at_home);
	ck_assert_uint_eq(v[0].n_notes, 1);
	ck_assert_uint_eq(d.n, 0);
	session_info_free(v, 1);
	session_free(s);
	free(to), free(from_usb), free(ptr_home), free(ptr_usb), free(at_home), free(home), free(usb);
}
END_TEST

/* Writes a pointer by hand: from journal to to. */
static void sm_pointer(const char *journal, const char *to)
{
	char *ptr = xasprintf("%.*s.moved", (int)(strlen(journal) - 6), journal);
	FILE *f = fopen(ptr, "w");
	ck_assert_ptr_nonnull(f);
	fprintf(f, "{\"v\":1,\"at\":1,\"to\":\"%s\"}\n", to);
	fclose(f);
	free(ptr);
}

/* Pointers in a row are followed to the end; one to nothing stops where the
 * last journal is and says where it led; a circle stops before coming back. */
START_TEST(test_follow)
{
	char *a = xasprintf("%s/a.jsonl", sfx.dir), *b = xasprintf("%s/b.jsonl", sfx.dir);
	char *c = xasprintf("%s/c.jsonl", sfx.dir), *gone = xasprintf("%s/gone/x.jsonl", sfx.dir);
	sm_touch(a), sm_touch(b), sm_touch(c);
	char *missing = NULL, *to = session_follow(a, NULL, &missing);
	ck_assert_str_eq(to, a); /* no pointer */
	free(to);
	sm_pointer(a, b);
	sm_pointer(b, c);
	to = session_follow(a, NULL, &missing);
	ck_assert_str_eq(to, c);
	ck_assert_ptr_null(missing);
	free(to);
	sm_pointer(c, gone);
	to = session_follow(a, NULL, &missing);
	ck_assert_str_eq(to, c);
	ck_assert_str_eq(missing, gone);
	free(missing);
	free(to);
	sm_pointer(c, a); /* a -> b -> c -> a */
	to = session_follow(a, NULL, &missing);
	ck_assert_str_eq(to, c);
	ck_assert_ptr_null(missing);
	free(to);
	free(a), free(b), free(c), free(gone);
}
END_TEST

/* Copies a file. */
static void sm_copy(const char *from, const char *to, size_t lines)
{
	FILE *in = fopen(from, "r"), *out = fopen(to, "w");
	ck_assert(in && out);
	char buf[65536];
	for (size_t i = 0; i < lines && fgets(buf, sizeof buf, in); i++)
		fputs(buf, out);
	fclose(in);
	fclose(out);
}

/* Two copies of one round and no pointer: the one with more events is
 * listed, wherever it is, and a warning names both. */
START_TEST(test_two_copies)
{
	char *home = sm_sub("home"), *other = sm_sub("other");
	struct session *s = sm_start(home);
	struct diags d = {0};
	ck_assert_int_eq(session_add_entry(s, true, -1, NULL, NULL, "one", NULL, &d), SESSION_OK);
	char *full = sm_file(home, s, ".jsonl"), *copy = sm_file(other, s, ".jsonl");
	size_t all = s->saved.n;
	struct strv rescue = {0};
	strv_push(&rescue, other);
	for (int longer_at_home = 1; longer_at_home >= 0; longer_at_home--) {
		if (longer_at_home) {
			sm_copy(full, copy, all - 1);
		} else { /* the other way round */
			sm_copy(full, copy, all);
			sm_copy(copy, full, all - 1);
		}
		struct session_info *v = sm_list_one(home, &rescue, &d);
		ck_assert_str_eq(v[0].path, longer_at_home ? full : copy);
		ck_assert_uint_eq(v[0].n_events, all);
		ck_assert_uint_eq(v[0].n_notes, 1);
		ck_assert_int_eq(v[0].rescued, !longer_at_home);
		ck_assert_uint_eq(d.n, 1);
		ck_assert_int_eq(d.v[0].severity, DIAG_WARNING);
		ck_assert_str_eq(d.v[0].file, longer_at_home ? copy : full);
		ck_assert_ptr_nonnull(strstr(d.v[0].message, longer_at_home ? full : copy));
		ck_assert_ptr_nonnull(strstr(d.v[0].message, "no pointer"));
		session_info_free(v, 1);
		diags_free(&d);
	}
	strv_free(&rescue);
	session_free(s);
	free(full), free(copy), free(home), free(other);
}
END_TEST

/* The live copy's drive is not there: the older copy is listed, and says so. */
START_TEST(test_live_copy_missing)
{
	char *home = sm_sub("home"), *usb = sm_sub("usb");
	struct session *s = sm_start(home);
	struct diags d = {0};
	ck_assert_int_eq(session_save_as(s, usb, &d), SESSION_OK);
	char *live = xstrdup(session_journal_path(s)), *old = sm_file(home, s, ".jsonl");
	session_free(s);
	ck_assert_int_eq(unlink(live), 0); /* the stick is unplugged */
	struct session_info *v = sm_list_one(home, NULL, &d);
	ck_assert_str_eq(v[0].path, old);
	ck_assert(!v[0].moved);
	ck_assert_str_eq(v[0].missing, live);
	session_info_free(v, 1);
	diags_free(&d);
	free(live), free(old), free(home), free(usb);
}
END_TEST

/* A draft being typed goes with the round. */
START_TEST(test_draft_goes_along)
{
	char *home = sm_sub("home"), *usb = sm_sub("usb");
	struct session *s = sm_start(home);
	struct diags d = {0};
	struct session_draft dr = {.person = 1, .text = (char *)"half a thought"};
	ck_assert_int_eq(session_draft_save(s, &dr, &d), 0);
	char *old = sm_file(home, s, ".draft");
	ck_assert_int_eq(session_save_as(s, usb, &d), SESSION_OK);
	ck_assert_int_eq(access(old, F_OK), -1);
	struct session_draft back;
	ck_assert_int_eq(session_draft_load(s, &back, &d), 1);
	ck_assert_str_eq(back.text, "half a thought");
	ck_assert_int_eq(back.person, 1);
	session_draft_free(&back);
	session_free(s);
	free(old), free(home), free(usb);
}
END_TEST

Suite *session_moved_suite(void);
Suite *session_moved_suite(void)
{
	Suite *s = suite_create("session_moved");
	TCase *tc = tcase_create("moved");
	tcase_add_checked_fixture(tc, sm_setup, sm_teardown);
	tcase_add_test(tc, test_moved_listed_at_new_place);
	tcase_add_test(tc, test_pointer_written_later);
	tcase_add_test(tc, test_moved_back_home);
	tcase_add_test(tc, test_pointer_without_journal);
	tcase_add_test(tc, test_pointer_kept_in_rescue);
	tcase_add_test(tc, test_rescue_pointer_marks_stale_copy);
	tcase_add_test(tc, test_rescue_pointer_is_for_one_journal);
	tcase_add_test(tc, test_follow);
	tcase_add_test(tc, test_two_copies);
	tcase_add_test(tc, test_live_copy_missing);
	tcase_add_test(tc, test_draft_goes_along);
	suite_add_tcase(s, tc);
	return s;
}
