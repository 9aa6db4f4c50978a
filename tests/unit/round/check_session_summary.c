/*
 * Listing years of rounds (issue 11): what is read of each journal is kept
 * in the folder's .summaries and used while the journal is unchanged, never
 * over it (a journal appended to, or replaced, is read again; a summary
 * missing or unreadable costs a replay, never a round); where each round
 * stands and whether typed text waits; and deleting a round for good.
 */
#include <check.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "core/round/session.h"
#include "core/round/transcript.h"
#include "core/base/xalloc.h"

#include "../support/session_fixture.h"

static void sl_setup(void)
{
	sfx_open("list", "decks", "Ana,Ben,Chi,Dee");
	sfx_clock_ticking();
}

static void sl_teardown(void)
{
	sfx_close();
}

/* A round of round-test in sfx.dir with notes notes, left at phase. */
static void sl_round(uint64_t seed, int notes, size_t phase)
{
	struct session *s = sfx_start("round-test", seed, NULL, SESSION_OK);
	struct diags d = {0};
	for (size_t p = 0; p < phase; p++)
		ck_assert_int_eq(session_next(s, &d), SESSION_OK);
	for (int i = 0; i < notes; i++)
		ck_assert_int_eq(session_add_entry(s, true, -1, NULL, NULL, "a note", NULL, &d),
				 SESSION_OK);
	ck_assert_uint_eq(d.n, 0);
	session_free(s);
}

/* The rounds in sfx.dir, n of them (failing otherwise). */
static struct session_info *sl_list(size_t want)
{
	struct session_info *v = NULL;
	size_t n = 0;
	struct diags d = {0};
	ck_assert_int_eq(session_list(sfx.dir, NULL, &v, &n, &d), 0);
	ck_assert_uint_eq(d.n, 0);
	ck_assert_uint_eq(n, want);
	return v;
}

static char *sl_read(const char *path)
{
	FILE *f = fopen(path, "rb");
	ck_assert_ptr_nonnull(f);
	char *buf = xcalloc(1 << 20, 1);
	size_t n = fread(buf, 1, (1 << 20) - 1, f);
	buf[n] = '\0';
	fclose(f);
	return buf;
}

static void sl_write(const char *path, const char *text)
{
	FILE *f = fopen(path, "wb");
	ck_assert_ptr_nonnull(f);
	fputs(text, f);
	fclose(f);
}

/* Sets field k (from 0: name, flow, inode, size, time, ns, started, last,
 * ended, torn, reflections, notes...) of every summary kept to value. */
static void sl_set_field(int k, const char *value)
{
	char *path = sfx_path(".summaries"), *text = sl_read(path);
	char *out = xstrdup("");
	bool head = true;
	for (char *line = strtok(text, "\n"); line; line = strtok(NULL, "\n")) {
		char *rebuilt = xstrdup("");
		int i = 0;
		for (char *f = line, *tab; f; f = tab ? tab + 1 : NULL, i++) {
			tab = strchr(f, '\t');
			if (tab)
				*tab = '\0';
			char *x = xasprintf("%s%s%s", rebuilt, i ? "\t" : "", !head && i == k ? value : f);
			free(rebuilt);
			rebuilt = x;
		}
		char *x = xasprintf("%s%s\n", out, rebuilt);
		free(out), free(rebuilt);
		out = x;
		head = false;
	}
	sl_write(path, out);
	free(out), free(text), free(path);
}

/* Appends a note to the round at journal (resumed, as another window would). */
static void sl_add_note(const char *journal)
{
	struct session *s = NULL;
	struct diags d = {0};
	ck_assert_int_eq(session_resume(&s, &sfx.cat, journal, &d), SESSION_OK);
	ck_assert_int_eq(session_add_entry(s, true, -1, NULL, NULL, "later", NULL, &d), SESSION_OK);
	session_free(s);
	diags_free(&d);
}

/* A summary stands for its journal while the journal is as it was; one
 * appended to is read again, and its summary made anew. */
START_TEST(test_summary_used_until_journal_changes)
{
	sl_round(1, 2, 0);
	struct session_info *v = sl_list(1);
	ck_assert_uint_eq(v[0].n_notes, 2);
	char *kept = sfx_path(".summaries"), *journal = xstrdup(v[0].path);
	ck_assert_int_eq(access(kept, F_OK), 0);
	session_info_free(v, 1);
	sl_set_field(11, "7"); /* only the summary says 7 */
	v = sl_list(1);
	ck_assert_uint_eq(v[0].n_notes, 7);
	session_info_free(v, 1);
	sl_add_note(journal);
	v = sl_list(1);
	ck_assert_uint_eq(v[0].n_notes, 3); /* stale: the journal grew */
	session_info_free(v, 1);
	char *text = sl_read(kept);
	ck_assert_ptr_nonnull(strstr(text, "\t3\t")); /* made anew: 3 notes */
	ck_assert_ptr_null(strstr(text, "\t7\t"));
	free(text), free(kept), free(journal);
}
END_TEST

/* A journal replaced by another file (a copy put back: a new inode, the
 * same size and time) is read again. */
START_TEST(test_summary_stale_on_new_inode)
{
	sl_round(1, 2, 0);
	struct session_info *v = sl_list(1);
	char *journal = xstrdup(v[0].path), *copy = sfx_path("copy.tmp");
	session_info_free(v, 1);
	sl_set_field(11, "7");
	struct stat st;
	ck_assert_int_eq(stat(journal, &st), 0);
	char *text = sl_read(journal);
	sl_write(copy, text);
	struct timespec times[2] = {st.st_atim, st.st_mtim};
	ck_assert_int_eq(utimensat(AT_FDCWD, copy, times, 0), 0);
	ck_assert_int_eq(rename(copy, journal), 0);
	v = sl_list(1);
	ck_assert_uint_eq(v[0].n_notes, 2);
	session_info_free(v, 1);
	free(text), free(copy), free(journal);
}
END_TEST

/* Summaries that cannot be read, are of another version, lack a field or
 * lack a round never lose one; a summary of a journal gone lists nothing
 * and is dropped. */
START_TEST(test_summary_never_loses_a_round)
{
	sl_round(1, 1, 0);
	sl_round(2, 2, 1);
	sl_round(3, 3, 2);
	char *kept = sfx_path(".summaries");
	session_info_free(sl_list(3), 3);
	static const char *const bad[] = {"garbage\nrucksack summaries 1\n",
					  "rucksack summaries 99\n", "", "rucksack summaries 1\nx\ty\n"};
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		sl_write(kept, bad[i]);
		struct session_info *v = sl_list(3);
		size_t notes = v[0].n_notes + v[1].n_notes + v[2].n_notes;
		ck_assert_uint_eq(notes, 6);
		session_info_free(v, 3);
	}
	session_info_free(sl_list(3), 3);
	for (int field = 2; field < 12; field++) { /* a number that is none: read again */
		sl_set_field(field, field % 2 ? "-1" : "x");
		struct session_info *v = sl_list(3);
		ck_assert_uint_eq(v[0].n_notes + v[1].n_notes + v[2].n_notes, 6);
		session_info_free(v, 3);
	}
	char *text = sl_read(kept);
	char *gone = xasprintf("%sgone.jsonl\tround-test\t1\t1\n", text);
	sl_write(kept, gone);
	session_info_free(sl_list(3), 3);
	free(text);
	text = sl_read(kept);
	ck_assert_ptr_null(strstr(text, "gone.jsonl"));
	free(text), free(gone), free(kept);
}
END_TEST

/* Names with tabs, newlines and backslashes come back from a summary as
 * they went in. */
START_TEST(test_summary_keeps_odd_names)
{
	static const char *const names[] = {"Tab\there", "Back\\slash \\t", "Line\nbreak", "Zoë"};
	struct strv people = {0};
	for (size_t i = 0; i < 4; i++)
		strv_push(&people, names[i]);
	struct session_opts o = {.flow_id = "round-test", .people = &people, .dir = sfx.dir};
	struct session *s = NULL;
	struct diags d = {0};
	ck_assert_int_eq(session_start(&s, &sfx.cat, &o, &d), SESSION_OK);
	session_free(s);
	for (int pass = 0; pass < 2; pass++) { /* read, then from its summary */
		struct session_info *v = sl_list(1);
		ck_assert_uint_eq(v[0].people.n, 4);
		for (size_t i = 0; i < 4; i++)
			ck_assert_str_eq(v[0].people.v[i], names[i]);
		session_info_free(v, 1);
	}
	sl_set_field(11, "7"); /* and it was the summary that said so */
	struct session_info *v = sl_list(1);
	ck_assert_uint_eq(v[0].n_notes, 7);
	ck_assert_str_eq(v[0].people.v[1], names[1]);
	session_info_free(v, 1);
	strv_free(&people);
	diags_free(&d);
}
END_TEST

/* Where a round stands (from its journal and from its summary alike), and
 * whether typed text waits: a draft beside it. */
START_TEST(test_phase_reached_and_draft)
{
	struct session *s = sfx_start("round-test", 1, NULL, SESSION_OK);
	struct diags d = {0};
	ck_assert_int_eq(session_next(s, &d), SESSION_OK);
	char typed[] = "half a thought";
	struct session_draft dr = {.round = 0, .phase = 1, .person = -1, .text = typed};
	ck_assert_int_eq(session_draft_save(s, &dr, &d), 0);
	for (int pass = 0; pass < 2; pass++) { /* read, then summarised */
		struct session_info *v = sl_list(1);
		ck_assert_uint_eq(v[0].round, 0);
		ck_assert_uint_eq(v[0].phase, 1);
		ck_assert_uint_eq(v[0].n_phases, 3);
		ck_assert_uint_eq(v[0].rounds, 2);
		ck_assert(v[0].draft);
		ck_assert(session_info_unsaved(&v[0]));
		ck_assert(!v[0].rescued);
		session_info_free(v, 1);
	}
	session_draft_clear(s);
	struct session_info *v = sl_list(1);
	ck_assert(!v[0].draft);
	ck_assert(!session_info_unsaved(&v[0]));
	session_info_free(v, 1);
	session_free(s);
	diags_free(&d);
}
END_TEST

/* Deleting a round removes its journal and all kept beside it, at home and
 * where it was saved to, and leaves the other rounds. */
START_TEST(test_delete_round)
{
	sl_round(1, 1, 0);
	char *usb = sfx_path("usb");
	ck_assert_int_eq(mkdir(usb, 0700), 0);
	struct session *s = sfx_start("round-test", 2, NULL, SESSION_OK);
	struct diags d = {0};
	char typed[] = "typed";
	struct session_draft dr = {.round = 0, .phase = 0, .person = -1, .text = typed};
	ck_assert_int_eq(session_draft_save(s, &dr, &d), 0);
	ck_assert_int_eq(session_save_as(s, usb, &d), SESSION_OK);
	ck_assert_int_eq(session_end(s, &d), SESSION_OK);
	ck_assert_int_eq(transcript_save(s, &d), 0);
	session_free(s);
	ck_assert_uint_eq(d.n, 0);
	struct session_info *v = sl_list(2);
	size_t moved = v[0].moved ? 0 : 1, other = 1 - moved;
	ck_assert(v[moved].moved);
	char *live = xstrdup(v[moved].path), *found = xstrdup(v[moved].found);
	char *keep = xstrdup(v[other].path);
	session_info_free(v, 2);
	ck_assert_int_eq(session_delete(found, NULL, &d), 0);
	ck_assert_uint_eq(d.n, 0);
	static const char *const exts[] = {".jsonl", ".draft", ".md", ".moved", ".lock"};
	for (size_t i = 0; i < sizeof exts / sizeof exts[0]; i++) {
		char *a = session_sibling(found, exts[i]), *b = session_sibling(live, exts[i]);
		ck_assert_msg(access(a, F_OK) != 0, "%s is left", a);
		ck_assert_msg(access(b, F_OK) != 0, "%s is left", b);
		free(a), free(b);
	}
	v = sl_list(1);
	ck_assert_str_eq(v[0].path, keep);
	session_info_free(v, 1);
	free(live), free(found), free(keep), free(usb);
}
END_TEST

/* A rescue copy and the journal it came from both go. */
START_TEST(test_delete_rescued_round)
{
	struct session *s = sfx_start("round-test", 1, NULL, SESSION_OK);
	struct strv rescue = {0};
	char *r = sfx_path("rescue");
	strv_push(&rescue, r);
	struct diags d = {0};
	struct session_info *v = sl_list(1);
	char *home = xstrdup(v[0].path);
	session_info_free(v, 1);
	ck_assert_int_eq(mkdir(r, 0700), 0); /* a rescue copy, as session_rescue leaves one */
	char *copy = xasprintf("%s/%s", r, strrchr(home, '/') + 1);
	char *text = sl_read(home);
	sl_write(copy, text);
	char *from = session_sibling(copy, ".from");
	char *ptr = xasprintf("{\"v\":1,\"from\":\"%s\"}\n", home);
	sl_write(from, ptr);
	session_free(s);
	v = NULL;
	size_t n = 0;
	ck_assert_int_eq(session_list(sfx.dir, &rescue, &v, &n, &d), 0);
	ck_assert_uint_eq(n, 1);
	ck_assert_int_eq(session_delete(v[0].found, &rescue, &d), 0);
	session_info_free(v, n);
	ck_assert_int_eq(access(home, F_OK), -1);
	ck_assert_int_eq(access(copy, F_OK), -1);
	ck_assert_int_eq(access(from, F_OK), -1);
	diags_free(&d);
	ck_assert_int_eq(session_list(sfx.dir, &rescue, &v, &n, &d), 0);
	ck_assert_uint_eq(n, 0);
	session_info_free(v, n);
	diags_free(&d);
	strv_free(&rescue);
	free(r), free(home), free(copy), free(text), free(from), free(ptr);
}
END_TEST

Suite *session_summary_suite(void);
Suite *session_summary_suite(void)
{
	Suite *s = suite_create("session_summary");
	TCase *tc = tcase_create("session_summary");
	tcase_add_checked_fixture(tc, sl_setup, sl_teardown);
	tcase_add_test(tc, test_summary_used_until_journal_changes);
	tcase_add_test(tc, test_summary_stale_on_new_inode);
	tcase_add_test(tc, test_summary_never_loses_a_round);
	tcase_add_test(tc, test_summary_keeps_odd_names);
	tcase_add_test(tc, test_phase_reached_and_draft);
	tcase_add_test(tc, test_delete_round);
	tcase_add_test(tc, test_delete_rescued_round);
	suite_add_tcase(s, tc);
	return s;
}
