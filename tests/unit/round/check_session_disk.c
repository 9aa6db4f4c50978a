/* Sessions on the disk: synced before OK, modes, unsaved changes and retry,
 * damaged journals, unwritable folders, save elsewhere, drafts. */
#include <check.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "core/deck/catalog.h"
#include "core/base/journal.h"
/* internals on purpose: the records the session holds as on the disk (saved) */
#include "core/round/session_int.h"
#include "core/round/transcript.h"
#include "core/base/xalloc.h"

#include "../support/session_fixture.h"

static void ss_setup(void)
{
	sfx_open("session", "decks", "Ana,Ben,Chi,Dee,Eli");
	ck_assert_ptr_nonnull(catalog_find(&sfx.cat, "round-test"));
	sfx_clock_ticking();
}

static void ss_teardown(void)
{
	sfx_close();
}

static int ss_fsync_fail(int fd)
{
	(void)fd;
	errno = EROFS;
	return -1;
}

START_TEST(test_unsaved_then_retry)
{
	struct diags d = {0};
	struct session *s = sfx_start_in(9, "a");
	journal_set_fsync_hook(ss_fsync_fail);
	ck_assert_int_eq(session_add_entry(s, false, 0, NULL, NULL, "one", NULL, &d), SESSION_UNSAVED);
	ck_assert_uint_eq(diags_count_errors(&d, false), 1);
	ck_assert_int_eq(d.v[0].kind, DIAG_IO);
	ck_assert_ptr_nonnull(strstr(d.v[0].message, "read-only"));
	ck_assert_int_eq(session_next(s, &d), SESSION_UNSAVED);
	ck_assert_int_eq(session_add_entry(s, false, 1, NULL, NULL, "two", NULL, &d), SESSION_UNSAVED);
	ck_assert_uint_eq(session_n_entries(s), 2);
	ck_assert_uint_gt(session_n_pending(s), 2);
	ck_assert_int_eq(session_retry_save(s, &d), SESSION_UNSAVED);
	journal_set_fsync_hook(NULL);
	ck_assert_int_eq(session_retry_save(s, &d), SESSION_OK);
	ck_assert_uint_eq(session_n_pending(s), 0);
	struct session *back = NULL;
	ck_assert_int_eq(session_load(&back, &sfx.cat, session_journal_path(s), &d), 0);
	sfx_same_state(s, back);
	session_free(back);
	char *other = xasprintf("%s/elsewhere.jsonl", sfx.dir);
	ck_assert_int_eq(session_add_entry(s, false, 2, NULL, NULL, "three", NULL, &d), SESSION_OK);
	ck_assert_int_eq(session_save_as(s, other, &d), SESSION_OK);
	ck_assert_int_eq(session_add_entry(s, false, 3, NULL, NULL, "four", NULL, &d), SESSION_OK);
	ck_assert_int_eq(session_load(&back, &sfx.cat, other, &d), 0); /* s has it open */
	sfx_same_state(s, back);
	session_free(back);
	session_free(s);
	free(other);
	diags_free(&d);
}
END_TEST

/* Lines of a file, or -1 when it cannot be read. */
static long ss_lines(const char *path)
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

static const char *ss_watch_path;
static long ss_syncs, ss_synced_lines;

/* Counts fsyncs and, at each, how many lines the journal holds. */
static int ss_fsync_count(int fd)
{
	ss_syncs++;
	ss_synced_lines = ss_lines(ss_watch_path);
	return fsync(fd);
}

/* Each change is written and synced, one record each, before OK comes back. */
START_TEST(test_synced_before_ok)
{
	struct diags d = {0};
	struct session *s = sfx_start_in(2, "a");
	ss_watch_path = session_journal_path(s);
	journal_set_fsync_hook(ss_fsync_count);
	long before = ss_lines(session_journal_path(s));
	ck_assert_int_eq(before, (long)s->saved.n);
	ss_syncs = 0;
	ck_assert_int_eq(session_add_entry(s, false, 0, NULL, NULL, "one", NULL, &d), SESSION_OK);
	ck_assert_int_eq(ss_syncs, 1);
	ck_assert_int_eq(ss_synced_lines, before + 1);
	ck_assert_int_eq(session_edit_entry(s, 1, "one, again", &d), SESSION_OK);
	ck_assert_int_eq(session_delete_entry(s, 1, &d), SESSION_OK);
	ck_assert_int_eq(session_redeal(s, 0, &d), SESSION_OK);
	ck_assert_int_eq(ss_syncs, 4);
	ck_assert_int_eq(ss_synced_lines, before + 4);
	ss_syncs = 0;
	size_t had = s->saved.n;
	ck_assert_int_eq(session_next(s, &d), SESSION_OK); /* a phase record and its deals */
	ck_assert_int_eq(ss_syncs, (long)(s->saved.n - had));
	ck_assert_int_eq(ss_lines(session_journal_path(s)), (long)s->saved.n);
	ck_assert_uint_eq(session_n_pending(s), 0);
	ck_assert_uint_eq(d.n, 0);
	session_free(s);
}
END_TEST

static char *ss_draft_path(const struct session *s)
{
	return xasprintf("%.*s.draft", (int)(strlen(session_journal_path(s)) - 6), session_journal_path(s));
}

/* 0700 folders and 0600 files, even with a umask that would allow more. */
START_TEST(test_modes)
{
	mode_t old = umask(0);
	char *dir = xasprintf("%s/new/sessions", sfx.dir);
	struct session_opts o = {.flow_id = "round-test", .people = &sfx.people, .dir = dir};
	struct session *s = NULL;
	struct diags d = {0};
	ck_assert_int_eq(session_start(&s, &sfx.cat, &o, &d), SESSION_OK);
	struct session_draft dr = {.person = 0, .text = (char *)"typing"};
	ck_assert_int_eq(session_draft_save(s, &dr, &d), 0);
	char *draft = ss_draft_path(s);
	ck_assert_int_eq(session_end(s, &d), SESSION_OK);
	ck_assert_int_eq(transcript_save(s, &d), 0);
	char *md = xasprintf("%.*s.md", (int)(strlen(session_journal_path(s)) - 6), session_journal_path(s));
	char *other = xasprintf("%s/elsewhere.jsonl", sfx.dir);
	ck_assert_int_eq(session_save_as(s, other, &d), SESSION_OK);
	umask(old);
	ck_assert_int_eq(access(draft, F_OK), -1); /* the draft went with the round */
	free(draft);
	draft = ss_draft_path(s);
	char *ptr = xasprintf("%s/%s.moved", dir, session_id(s)); /* and a pointer stayed */
	struct stat st;
	ck_assert_int_eq(stat(dir, &st), 0);
	ck_assert_int_eq(st.st_mode & 0777, 0700);
	char *up = xasprintf("%s/new", sfx.dir);
	ck_assert_int_eq(stat(up, &st), 0);
	ck_assert_int_eq(st.st_mode & 0777, 0700);
	const char *files[] = {other, draft, md, ptr};
	for (size_t i = 0; i < 4; i++) {
		ck_assert_msg(stat(files[i], &st) == 0, "%s missing", files[i]);
		ck_assert_int_eq(st.st_mode & 0777, 0600);
	}
	struct session_info *v;
	size_t n;
	session_list(dir, NULL, &v, &n, &d);
	ck_assert_uint_eq(n, 1);
	ck_assert_int_eq(stat(v[0].path, &st), 0);
	ck_assert_int_eq(st.st_mode & 0777, 0600);
	ck_assert_uint_eq(d.n, 0);
	session_info_free(v, n);
	session_free(s);
	free(md), free(draft), free(up), free(other), free(dir), free(ptr);
}
END_TEST

static void ss_write(const char *path, const char *text)
{
	FILE *f = fopen(path, "w");
	ck_assert_ptr_nonnull(f);
	fputs(text, f);
	fclose(f);
}

#define SS_START_LINE                                                                      \
	"{\"v\":1,\"t\":\"start\",\"at\":1,\"id\":\"x\",\"flow\":\"round-test\",\"seed\":\"1\"," \
	"\"rounds\":2,\"people\":[\"Ana\",\"Ben\"],\"phases\":[\"a\",\"b\",\"c\"],\"roles\":[]}\n"

/* A damaged line in the middle is an error naming the file and its line. */
START_TEST(test_corrupt_middle)
{
	static const char *const bodies[] = {
		/* not even {...}: journal_read stops at it */
		SS_START_LINE "{\"t\":\"seats\",\"round\":0,\"seats\":[0,1]}\n\ngarbage\n{\"t\":\"end\"}\n",
		/* looks like an object but does not parse */
		SS_START_LINE "{\"t\":\"seats\",\"round\":0,\"seats\":[0,1]}\n\n{\"t\":\"pha}\n{\"t\":\"end\"}\n",
		/* parses, but is no record this round can take */
		SS_START_LINE "{\"t\":\"seats\",\"round\":0,\"seats\":[0,1]}\n\n{\"t\":\"phase\",\"round\":7,\"phase\":0}\n{\"t\":\"end\"}\n",
	};
	char *path = xasprintf("%s/bad.jsonl", sfx.dir);
	ss_write(path, bodies[_i]);
	struct diags d = {0};
	struct session *s = NULL;
	ck_assert_int_eq(session_resume(&s, &sfx.cat, path, &d), SESSION_INVALID);
	ck_assert_ptr_null(s);
	ck_assert_uint_eq(diags_count_errors(&d, false), 1);
	ck_assert_str_eq(d.v[0].file, path);
	ck_assert_int_eq(d.v[0].line, 4); /* the empty line 3 counts */
	ck_assert_int_eq(session_load(&s, NULL, path, &d), -1);
	diags_free(&d);
	free(path);
}
END_TEST

/* A record written twice (its fsync failed, then the retry) is read once. */
START_TEST(test_duplicate_line)
{
	struct diags d = {0};
	struct session *s = sfx_start_in(8, "a");
	ck_assert_int_eq(session_add_entry(s, false, 0, NULL, NULL, "twice", NULL, &d), SESSION_OK);
	char *path = xstrdup(session_journal_path(s));
	char *last = xstrdup(s->saved.v[s->saved.n - 1]);
	session_free(s);
	FILE *f = fopen(path, "a");
	fprintf(f, "%s\n", last);
	fclose(f);
	ck_assert_int_eq(session_resume(&s, &sfx.cat, path, &d), SESSION_OK);
	ck_assert_uint_eq(session_n_entries(s), 1);
	ck_assert_uint_eq(d.n, 1);
	ck_assert_int_eq(d.v[0].severity, DIAG_WARNING);
	diags_free(&d);
	session_free(s);
	free(last);
	free(path);
}
END_TEST

/* A folder that cannot be written: the round runs in memory, then is saved. */
START_TEST(test_unwritable_folder)
{
	struct diags d = {0};
	char *dir = xasprintf("%s/ro", sfx.dir);
	/* as root a 0500 folder is still writable; a file in the way never is */
	bool root = geteuid() == 0;
	if (root)
		ss_write(dir, "in the way\n");
	else
		ck_assert_int_eq(mkdir(dir, 0500), 0);
	struct session_opts o = {.flow_id = "round-test", .people = &sfx.people, .dir = dir,
				 .has_seed = true, .seed = 3};
	struct session *s = NULL;
	ck_assert_int_eq(session_start(&s, &sfx.cat, &o, &d), SESSION_UNSAVED);
	ck_assert_ptr_nonnull(s);
	ck_assert_uint_ge(diags_count_errors(&d, false), 1);
	ck_assert_int_eq(d.v[d.n - 1].kind, DIAG_IO);
	diags_free(&d);
	ck_assert_int_eq(session_add_entry(s, false, 0, NULL, NULL, "kept", NULL, &d), SESSION_UNSAVED);
	ck_assert_int_eq(d.v[0].kind, DIAG_IO);
	ck_assert_uint_eq(s->saved.n, 0);
	size_t pending = session_n_pending(s);
	ck_assert_uint_gt(pending, 3);
	diags_free(&d);
	ck_assert_int_eq(session_retry_save(s, &d), SESSION_UNSAVED);
	ck_assert_uint_ge(diags_count_errors(&d, false), 1);
	diags_free(&d);
	/* the facilitator frees the folder, and retries */
	if (root) {
		ck_assert_int_eq(unlink(dir), 0);
		ck_assert_int_eq(mkdir(dir, 0700), 0);
	} else {
		ck_assert_int_eq(chmod(dir, 0700), 0);
	}
	ck_assert_int_eq(session_retry_save(s, &d), SESSION_OK);
	ck_assert_uint_eq(session_n_pending(s), 0);
	ck_assert_int_eq(ss_lines(session_journal_path(s)), (long)pending);
	struct session *back = NULL;
	ck_assert_int_eq(session_load(&back, &sfx.cat, session_journal_path(s), &d), 0); /* s has it open */
	sfx_same_state(s, back);
	ck_assert_uint_eq(d.n, 0);
	session_free(back);
	session_free(s);
	free(dir);
}
END_TEST

/* Saving elsewhere: to a folder (as <id>.jsonl) after writes failed. */
START_TEST(test_save_as_folder)
{
	struct diags d = {0};
	struct session *s = sfx_start_in(12, "a");
	journal_set_fsync_hook(ss_fsync_fail);
	ck_assert_int_eq(session_add_entry(s, true, -1, NULL, NULL, "a note", NULL, &d), SESSION_UNSAVED);
	ck_assert_int_eq(session_next(s, &d), SESSION_UNSAVED);
	char *elsewhere = xasprintf("%s/usb", sfx.dir);
	ck_assert_int_eq(mkdir(elsewhere, 0700), 0);
	ck_assert_int_eq(session_save_as(s, elsewhere, &d), SESSION_UNSAVED); /* still failing */
	journal_set_fsync_hook(NULL);
	diags_free(&d);
	ck_assert_int_eq(session_save_as(s, elsewhere, &d), SESSION_OK);
	char *want = xasprintf("%s/%s.jsonl", elsewhere, session_id(s));
	ck_assert_str_eq(session_journal_path(s), want);
	ck_assert_uint_eq(session_n_pending(s), 0);
	ck_assert_int_eq(session_add_entry(s, false, 1, NULL, NULL, "there", NULL, &d), SESSION_OK);
	struct session *back = NULL;
	ck_assert_int_eq(session_load(&back, &sfx.cat, want, &d), 0); /* s has it open */
	sfx_same_state(s, back);
	ck_assert_uint_eq(d.n, 0);
	session_free(back);
	session_free(s);
	free(want);
	free(elsewhere);
}
END_TEST

/* Once the disk has room again, the next change writes the queue first. */
START_TEST(test_unsaved_recovers_by_itself)
{
	struct diags d = {0};
	struct session *s = sfx_start_in(13, "a");
	journal_set_fsync_hook(ss_fsync_fail);
	ck_assert_int_eq(session_add_entry(s, false, 0, NULL, NULL, "one", NULL, &d), SESSION_UNSAVED);
	journal_set_fsync_hook(NULL);
	ck_assert_int_eq(session_add_entry(s, false, 1, NULL, NULL, "two", NULL, &d), SESSION_OK);
	ck_assert_uint_eq(session_n_pending(s), 0);
	struct session *back = NULL;
	ck_assert_int_eq(session_load(&back, &sfx.cat, session_journal_path(s), &d), 0);
	ck_assert_uint_eq(session_n_entries(back), 2);
	ck_assert_str_eq(session_entry(back, 0)->text, "one");
	session_free(back);
	session_free(s);
	diags_free(&d);
}
END_TEST

/* Drafts: saved whole, read back on resume, gone once the text is saved. */
START_TEST(test_drafts)
{
	struct diags d = {0};
	struct session *s = sfx_start_in(14, "a");
	struct session_draft got;
	ck_assert_int_eq(session_draft_load(s, &got, &d), 0);
	struct session_draft dr = {.round = 0, .phase = 0, .person = 2, .deck = (char *)"bells-test",
				   .card = session_dealt(s, 0)->card, .text = (char *)"half a thought\nüber 你好"};
	ck_assert_int_eq(session_draft_save(s, &dr, &d), 0);
	dr.text = (char *)"half a thought, then more\nüber 你好";
	ck_assert_int_eq(session_draft_save(s, &dr, &d), 0);
	char *path = xstrdup(session_journal_path(s));
	char *dpath = ss_draft_path(s);
	session_free(s); /* a crash */
	ck_assert_int_eq(session_resume(&s, &sfx.cat, path, &d), SESSION_OK);
	ck_assert_int_eq(session_draft_load(s, &got, &d), 1);
	ck_assert_str_eq(got.text, "half a thought, then more\nüber 你好");
	ck_assert_int_eq(got.person, 2);
	ck_assert_str_eq(got.card, session_dealt(s, 0)->card);
	ck_assert_uint_eq(got.edit_id, 0);
	ck_assert_int_gt(got.at, 0);
	/* saving it as a reflection removes the draft */
	ck_assert_int_eq(session_add_entry(s, got.note, got.person, got.deck, got.card, got.text, NULL, &d),
			 SESSION_OK);
	session_draft_free(&got);
	ck_assert_int_eq(access(dpath, F_OK), -1);
	ck_assert_int_eq(session_draft_load(s, &got, &d), 0);
	/* an edit's draft stays while the edit is unsaved, and goes when it is written */
	struct session_draft ed = {.person = 2, .edit_id = 1, .text = (char *)"edited"};
	ck_assert_int_eq(session_draft_save(s, &ed, &d), 0);
	journal_set_fsync_hook(ss_fsync_fail);
	ck_assert_int_eq(session_edit_entry(s, 1, "edited", &d), SESSION_UNSAVED);
	journal_set_fsync_hook(NULL);
	ck_assert_int_eq(access(dpath, F_OK), 0);
	ck_assert_int_eq(session_retry_save(s, &d), SESSION_OK);
	ck_assert_int_eq(access(dpath, F_OK), -1);
	/* ...but new typing saved after that unsaved commit is never thrown away */
	journal_set_fsync_hook(ss_fsync_fail);
	ck_assert_int_eq(session_add_entry(s, false, 0, NULL, NULL, "x", NULL, &d), SESSION_UNSAVED);
	journal_set_fsync_hook(NULL);
	ed.text = (char *)"newer typing";
	ed.edit_id = 0;
	ck_assert_int_eq(session_draft_save(s, &ed, &d), 0);
	ck_assert_int_eq(session_retry_save(s, &d), SESSION_OK);
	ck_assert_int_eq(session_draft_load(s, &got, &d), 1);
	ck_assert_str_eq(got.text, "newer typing");
	session_draft_free(&got);
	session_draft_clear(s);
	ck_assert_int_eq(access(dpath, F_OK), -1);
	/* a draft that does not fit the round is reported, not trusted */
	ss_write(dpath, "{\"round\":5,\"phase\":0,\"person\":0,\"text\":\"x\"}\n");
	ck_assert_int_eq(session_draft_load(s, &got, &d), -1);
	ck_assert_int_eq(d.v[d.n - 1].severity, DIAG_ERROR);
	diags_free(&d);
	session_free(s);
	free(dpath);
	free(path);
}
END_TEST

/* A failed draft save says so and leaves the last good draft in place. */
START_TEST(test_draft_save_fails)
{
	struct diags d = {0};
	struct session *s = sfx_start_in(15, "a");
	struct session_draft dr = {.person = 0, .text = (char *)"good"};
	ck_assert_int_eq(session_draft_save(s, &dr, &d), 0);
	journal_set_fsync_hook(ss_fsync_fail);
	dr.text = (char *)"lost?";
	ck_assert_int_eq(session_draft_save(s, &dr, &d), -1);
	journal_set_fsync_hook(NULL);
	ck_assert_int_eq(d.v[0].kind, DIAG_IO);
	struct session_draft got;
	ck_assert_int_eq(session_draft_load(s, &got, &d), 1);
	ck_assert_str_eq(got.text, "good");
	session_draft_free(&got);
	diags_free(&d);
	session_free(s);
}
END_TEST

/* Save-as takes the draft kept in memory along (not only the draft file):
 * it is on the disk beside the new journal at once, the newer text. */
START_TEST(test_save_as_takes_unsaved_draft)
{
	struct diags d = {0};
	struct session *s = sfx_start_in(16, "a");
	struct session_draft dr = {.person = 0, .text = (char *)"older"};
	ck_assert_int_eq(session_draft_save(s, &dr, &d), 0);
	journal_set_fsync_hook(ss_fsync_fail);
	dr.text = (char *)"typed while the disk failed";
	ck_assert_int_eq(session_draft_save(s, &dr, &d), -1);
	journal_set_fsync_hook(NULL);
	diags_free(&d);
	char *elsewhere = xasprintf("%s/usb", sfx.dir);
	ck_assert_int_eq(mkdir(elsewhere, 0700), 0);
	ck_assert_int_eq(session_save_as(s, elsewhere, &d), SESSION_OK);
	ck_assert_uint_eq(d.n, 0);
	ck_assert(!session_needs_rescue(s));
	struct session *back = NULL;
	ck_assert_int_eq(session_load(&back, &sfx.cat, session_journal_path(s), &d), 0);
	struct session_draft got;
	ck_assert_int_eq(session_draft_load(back, &got, &d), 1);
	ck_assert_str_eq(got.text, "typed while the disk failed");
	session_draft_free(&got);
	session_free(back);
	diags_free(&d);
	session_free(s);
	free(elsewhere);
}
END_TEST

Suite *session_disk_suite(void);
Suite *session_disk_suite(void)
{
	Suite *s = suite_create("session_disk");
	TCase *tc = tcase_create("disk");
	tcase_add_checked_fixture(tc, ss_setup, ss_teardown);
	tcase_add_test(tc, test_unsaved_then_retry);
	tcase_add_test(tc, test_synced_before_ok);
	tcase_add_test(tc, test_modes);
	tcase_add_loop_test(tc, test_corrupt_middle, 0, 3);
	tcase_add_test(tc, test_duplicate_line);
	tcase_add_test(tc, test_unwritable_folder);
	tcase_add_test(tc, test_save_as_folder);
	tcase_add_test(tc, test_unsaved_recovers_by_itself);
	tcase_add_test(tc, test_drafts);
	tcase_add_test(tc, test_draft_save_fails);
	tcase_add_test(tc, test_save_as_takes_unsaved_draft);
	suite_add_tcase(s, tc);
	return s;
}
