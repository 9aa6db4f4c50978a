/* Sessions: dealing, redeal, entries, resume after a kill, unsaved and retry. */
#include <check.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "core/deck/catalog.h"
#include "core/base/journal.h"
/* internals on purpose: the records on disk (saved) and the next entry id */
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

static struct session *ss_start(uint64_t seed, const char *sub)
{
	char *dir = xasprintf("%s/%s", sfx.dir, sub);
	ck_assert_int_eq(mkdir(dir, 0700), 0);
	struct session_opts o = {.flow_id = "round-test", .people = &sfx.people, .has_seed = true,
				 .seed = seed, .facilitator = "Fay", .dir = dir};
	struct session *s = NULL;
	struct diags d = {0};
	ck_assert_int_eq(session_start(&s, &sfx.cat, &o, &d), 0);
	ck_assert_ptr_nonnull(s);
	ck_assert_uint_eq(d.n, 0);
	free(dir);
	return s;
}

static size_t ss_count(const struct session *s, size_t phase, int person)
{
	size_t n = 0;
	for (size_t i = 0; i < session_n_dealt(s); i++) {
		const struct dealt *c = session_dealt(s, i);
		n += c->phase == phase && c->person == person && !c->withdrawn;
	}
	return n;
}

static void ss_same_cards(const struct session *a, const struct session *b)
{
	ck_assert_uint_eq(session_n_dealt(a), session_n_dealt(b));
	for (size_t i = 0; i < session_n_dealt(a); i++) {
		ck_assert_str_eq(session_dealt(a, i)->deck, session_dealt(b, i)->deck);
		ck_assert_str_eq(session_dealt(a, i)->card, session_dealt(b, i)->card);
		ck_assert_int_eq(session_dealt(a, i)->person, session_dealt(b, i)->person);
		ck_assert_uint_eq(session_dealt(a, i)->round, session_dealt(b, i)->round);
		ck_assert_uint_eq(session_dealt(a, i)->phase, session_dealt(b, i)->phase);
		ck_assert_int_eq(session_dealt(a, i)->withdrawn, session_dealt(b, i)->withdrawn);
	}
}

static void ss_same_state(const struct session *a, const struct session *b)
{
	ck_assert_uint_eq(session_round_index(a), session_round_index(b));
	ck_assert_uint_eq(session_phase_index(a), session_phase_index(b));
	ss_same_cards(a, b);
	ck_assert_uint_eq(session_n_entries(a), session_n_entries(b));
	for (size_t i = 0; i < session_n_entries(a); i++) {
		ck_assert_uint_eq(session_entry(a, i)->id, session_entry(b, i)->id);
		ck_assert_str_eq(session_entry(a, i)->text, session_entry(b, i)->text);
		ck_assert_int_eq(session_entry(a, i)->deleted, session_entry(b, i)->deleted);
		ck_assert_uint_eq(session_entry(a, i)->revisions, session_entry(b, i)->revisions);
		ck_assert_int_eq(session_entry(a, i)->at, session_entry(b, i)->at);
	}
	const int *sa = session_seats(a, session_round_index(a));
	const int *sb = session_seats(b, session_round_index(b));
	for (size_t p = 0; p < session_people(a)->n; p++)
		ck_assert_int_eq(sa[p], sb[p]);
	ck_assert_int_eq(a->next_entry_id, b->next_entry_id);
}

START_TEST(test_start_deals)
{
	struct session *s = ss_start(7, "a");
	struct diags d = {0};
	/* Ana presents, Ben consults, Chi mentors (five people), Dee and Eli observe. */
	ck_assert_int_eq(session_seats(s, 0)[0], 0);
	ck_assert_int_eq(session_seats(s, 0)[2], 2);
	ck_assert_int_eq(session_seats(s, 0)[4], 3);
	ck_assert_uint_eq(session_n_dealt(s), 1);
	ck_assert_int_eq(session_dealt(s, 0)->person, 0);
	const struct doc *dk = session_deck(s, "bells-test");
	long c = deck_find_card(&dk->deck, session_dealt(s, 0)->card);
	ck_assert_str_eq(dk->deck.cards[c].suit, "self");
	ck_assert_int_eq(session_next(s, &d), SESSION_OK);
	ck_assert_uint_eq(session_phase_index(s), 1);
	ck_assert_uint_eq(ss_count(s, 1, 3), 2);
	ck_assert_uint_eq(ss_count(s, 1, 4), 2);
	ck_assert_uint_eq(ss_count(s, 1, -1), 1);
	ck_assert_uint_eq(ss_count(s, 1, 0) + ss_count(s, 1, 1) + ss_count(s, 1, 2), 0);
	ck_assert_uint_eq(session_n_dealt(s), 6);
	/* going back and forth deals nothing more */
	ck_assert_int_eq(session_prev(s, &d), SESSION_OK);
	ck_assert_int_eq(session_next(s, &d), SESSION_OK);
	ck_assert_uint_eq(session_n_dealt(s), 6);
	/* without replacement: no card twice in the round so far */
	for (size_t i = 0; i < session_n_dealt(s); i++)
		for (size_t j = i + 1; j < session_n_dealt(s); j++)
			ck_assert(strcmp(session_dealt(s, i)->deck, session_dealt(s, j)->deck) ||
				  strcmp(session_dealt(s, i)->card, session_dealt(s, j)->card));
	ck_assert_uint_eq(d.n, 0);
	session_free(s);
}
END_TEST

START_TEST(test_same_seed_same_cards)
{
	struct session *a = ss_start(42, "a"), *b = ss_start(42, "b");
	struct diags d = {0};
	for (int i = 0; i < 4; i++) {
		ck_assert_int_eq(session_next(a, &d), SESSION_OK);
		ck_assert_int_eq(session_next(b, &d), SESSION_OK);
	}
	ss_same_cards(a, b);
	session_free(a);
	session_free(b);
}
END_TEST

START_TEST(test_redeal)
{
	struct session *s = ss_start(3, "a");
	struct diags d = {0};
	char *old = xstrdup(session_dealt(s, 0)->card);
	ck_assert_int_eq(session_redeal(s, 0, &d), SESSION_OK);
	ck_assert(session_dealt(s, 0)->withdrawn);
	ck_assert_uint_eq(session_n_dealt(s), 2);
	ck_assert_int_eq(session_dealt(s, 1)->person, 0);
	ck_assert_str_ne(session_dealt(s, 1)->card, old);
	ck_assert_uint_eq(ss_count(s, 0, 0), 1);
	ck_assert_int_eq(session_redeal(s, 0, &d), SESSION_INVALID);
	ck_assert_int_eq(session_redeal(s, 9, &d), SESSION_INVALID);
	ck_assert_int_eq(session_choose(s, 1, 0, "bells-test", "gender", &d), SESSION_OK);
	ck_assert(session_dealt(s, 1)->withdrawn);
	ck_assert(session_dealt(s, 2)->by_hand);
	ck_assert_int_eq(session_choose(s, -1, 0, "bells-test", "nope", &d), SESSION_INVALID);
	free(old);
	diags_free(&d);
	session_free(s);
}
END_TEST

START_TEST(test_entries)
{
	struct session *s = ss_start(3, "a");
	struct diags d = {0};
	unsigned id1, id2;
	ck_assert_int_eq(session_add_entry(s, false, 0, "bells-test", session_dealt(s, 0)->card, "first",
					   &id1, &d),
			 SESSION_OK);
	ck_assert_int_eq(session_add_entry(s, true, -1, NULL, NULL, "a note", &id2, &d), SESSION_OK);
	ck_assert_uint_eq(id1, 1);
	ck_assert_uint_eq(id2, 2);
	ck_assert_int_eq(session_edit_entry(s, id1, "first, edited", &d), SESSION_OK);
	struct entry *e = session_find_entry(s, id1);
	ck_assert_str_eq(e->text, "first, edited");
	ck_assert_uint_eq(e->revisions, 1);
	ck_assert_int_gt(e->edited_at, e->at);
	ck_assert_int_eq(session_delete_entry(s, id2, &d), SESSION_OK);
	ck_assert(session_find_entry(s, id2)->deleted);
	ck_assert_int_eq(session_edit_entry(s, id2, "x", &d), SESSION_INVALID);
	ck_assert_int_eq(session_delete_entry(s, 99, &d), SESSION_INVALID);
	ck_assert_int_eq(session_add_entry(s, false, 9, NULL, NULL, "x", NULL, &d), SESSION_INVALID);
	ck_assert_int_eq(session_end(s, &d), SESSION_OK);
	ck_assert_int_gt(session_ended_at(s), 0);
	diags_free(&d);
	session_free(s);
}
END_TEST

/* The same steps, on a live session or (split) across a kill and a resume. */
static void ss_steps_before(struct session *s, struct diags *d)
{
	ck_assert_int_eq(session_next(s, d), SESSION_OK);
	ck_assert_int_eq(session_redeal(s, 2, d), SESSION_OK);
	ck_assert_int_eq(session_add_entry(s, false, 3, NULL, NULL, "ünïcode\nline two", NULL, d), SESSION_OK);
	ck_assert_int_eq(session_add_entry(s, true, 1, NULL, NULL, "gone", NULL, d), SESSION_OK);
	ck_assert_int_eq(session_delete_entry(s, 2, d), SESSION_OK);
	ck_assert_int_eq(session_edit_entry(s, 1, "ünïcode, again", d), SESSION_OK);
}

static void ss_steps_after(struct session *s, struct diags *d)
{
	ck_assert_int_eq(session_next(s, d), SESSION_OK);
	ck_assert_int_eq(session_next(s, d), SESSION_OK); /* round 2: seats rotate, cards dealt */
	ck_assert_int_eq(session_next(s, d), SESSION_OK);
	ck_assert_int_eq(session_add_entry(s, false, 0, NULL, NULL, "after", NULL, d), SESSION_OK);
}

START_TEST(test_resume_after_kill)
{
	struct diags d = {0};
	int64_t t0 = sfx.ms;
	struct session *live = ss_start(11, "live");
	ss_steps_before(live, &d);
	sfx.ms = t0;
	struct session *killed = ss_start(11, "killed");
	ss_steps_before(killed, &d);
	char *path = xstrdup(session_journal_path(killed));
	session_free(killed); /* no end: as after kill -9 */
	struct session *back = NULL;
	ck_assert_int_eq(session_resume(&back, &sfx.cat, path, &d), 0);
	ck_assert(!session_torn_tail(back));
	ss_same_state(live, back);
	int64_t t1 = sfx.ms;
	ss_steps_after(live, &d);
	sfx.ms = t1;
	ss_steps_after(back, &d);
	ss_same_state(live, back);
	ck_assert_uint_eq(session_round_index(live), 1);
	ck_assert_int_eq(session_seats(live, 0)[0], 0);
	ck_assert_int_eq(session_seats(live, 1)[0], 1); /* the presenter now consults */
	ck_assert_uint_eq(d.n, 0);
	session_free(live);
	session_free(back);
	free(path);
}
END_TEST

START_TEST(test_resume_torn_tail)
{
	struct diags d = {0};
	struct session *s = ss_start(5, "a");
	ck_assert_int_eq(session_add_entry(s, false, 0, NULL, NULL, "kept", NULL, &d), SESSION_OK);
	char *path = xstrdup(session_journal_path(s));
	session_free(s);
	FILE *f = fopen(path, "a");
	fputs("{\"t\":\"entry\",\"id\":2,\"te", f);
	fclose(f);
	ck_assert_int_eq(session_resume(&s, &sfx.cat, path, &d), 0);
	ck_assert(session_torn_tail(s));
	ck_assert_uint_eq(d.n, 1);
	ck_assert_int_eq(d.v[0].severity, DIAG_WARNING);
	ck_assert_uint_eq(session_n_entries(s), 1);
	ck_assert_int_eq(session_add_entry(s, false, 1, NULL, NULL, "next", NULL, &d), SESSION_OK);
	session_free(s);
	struct strv lines = {0};
	bool torn = true;
	ck_assert_int_eq(journal_read(path, &lines, &torn, &d), 0);
	ck_assert(!torn); /* the file is whole again */
	strv_free(&lines);
	diags_free(&d);
	free(path);
}
END_TEST

static int ss_fsync_fail(int fd)
{
	(void)fd;
	errno = EROFS;
	return -1;
}

START_TEST(test_unsaved_then_retry)
{
	struct diags d = {0};
	struct session *s = ss_start(9, "a");
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
	ss_same_state(s, back);
	session_free(back);
	char *other = xasprintf("%s/elsewhere.jsonl", sfx.dir);
	ck_assert_int_eq(session_add_entry(s, false, 2, NULL, NULL, "three", NULL, &d), SESSION_OK);
	ck_assert_int_eq(session_save_as(s, other, &d), SESSION_OK);
	ck_assert_int_eq(session_add_entry(s, false, 3, NULL, NULL, "four", NULL, &d), SESSION_OK);
	ck_assert_int_eq(session_load(&back, &sfx.cat, other, &d), 0); /* s has it open */
	ss_same_state(s, back);
	session_free(back);
	session_free(s);
	free(other);
	diags_free(&d);
}
END_TEST

START_TEST(test_missing_flow)
{
	struct diags d = {0};
	struct session *s = ss_start(1, "a");
	ck_assert_int_eq(session_add_entry(s, false, 0, NULL, NULL, "x", NULL, &d), SESSION_OK);
	char *path = xstrdup(session_journal_path(s));
	session_free(s);
	struct catalog empty = {0};
	ck_assert_int_eq(session_resume(&s, &empty, path, &d), -1);
	ck_assert_ptr_null(s);
	ck_assert_ptr_nonnull(strstr(d.v[0].message, "round-test"));
	diags_free(&d);
	ck_assert_int_eq(session_load(&s, NULL, path, &d), 0); /* export still works */
	ck_assert_uint_eq(session_n_entries(s), 1);
	ck_assert_str_eq(session_phase_ids(s)->v[1], "ring");
	ck_assert_int_eq(session_add_entry(s, false, 0, NULL, NULL, "y", NULL, &d), SESSION_INVALID);
	session_free(s);
	diags_free(&d);
	free(path);
}
END_TEST

START_TEST(test_list)
{
	struct diags d = {0};
	struct session *a = ss_start(1, "l");
	sfx.ms += 3600000;
	char *dir = xasprintf("%s/l", sfx.dir);
	struct session_opts o = {.flow_id = "round-test", .people = &sfx.people, .dir = dir};
	struct session *b = NULL;
	ck_assert_int_eq(session_start(&b, &sfx.cat, &o, &d), 0);
	ck_assert_int_eq(session_add_entry(b, false, 0, NULL, NULL, "x", NULL, &d), SESSION_OK);
	ck_assert_int_eq(session_end(b, &d), SESSION_OK);
	struct session_info *v;
	size_t n;
	ck_assert_int_eq(session_list(dir, NULL, &v, &n, &d), 0);
	ck_assert_uint_eq(n, 2);
	ck_assert_str_eq(v[0].id, session_id(b)); /* newest first */
	ck_assert(v[0].ended);
	ck_assert(!v[1].ended);
	ck_assert_uint_eq(v[0].n_reflections, 1);
	ck_assert_uint_eq(v[1].people.n, 5);
	ck_assert_str_eq(v[1].flow_id, "round-test");
	session_info_free(v, n);
	session_free(a);
	session_free(b);
	free(dir);
}
END_TEST

/* A journal that replay refuses (two windows wrote entry 1 each) is listed
 * DAMAGED, as resume and export refuse it, with the line named and the
 * counts stopping there; one that replays whole is not. */
START_TEST(test_list_damaged_by_replay)
{
	char *dir = xasprintf("%s/twice", sfx.dir);
	ck_assert_int_eq(mkdir(dir, 0700), 0);
	char *path = xasprintf("%s/20261124-212757-24c7.jsonl", dir);
	FILE *f = fopen(path, "w");
	ck_assert_ptr_nonnull(f);
	fputs("{\"v\":1,\"t\":\"start\",\"at\":1795555677000,\"id\":\"20261124-212757-24c7\","
	      "\"flow\":\"round-test\",\"rounds\":1,\"people\":[\"A\",\"B\"],\"phases\":[\"p\"],"
	      "\"roles\":[\"r\"]}\n"
	      "{\"t\":\"seats\",\"at\":1795555677000,\"round\":0,\"seats\":[0,0]}\n"
	      "{\"t\":\"phase\",\"at\":1795555677000,\"round\":0,\"phase\":0}\n"
	      "{\"t\":\"entry\",\"at\":1795555680000,\"id\":1,\"note\":false,\"round\":0,"
	      "\"phase\":0,\"person\":0,\"text\":\"from instance one\"}\n"
	      "{\"t\":\"entry\",\"at\":1795555690000,\"id\":1,\"note\":false,\"round\":0,"
	      "\"phase\":0,\"person\":1,\"text\":\"from instance two\"}\n", f);
	fclose(f);
	struct diags d = {0};
	struct session_info *v;
	size_t n;
	ck_assert_int_eq(session_list(dir, NULL, &v, &n, &d), 0);
	ck_assert_uint_eq(n, 1);
	ck_assert(v[0].damaged);
	ck_assert(!v[0].ended);
	ck_assert_uint_eq(v[0].n_reflections, 1); /* up to the damage */
	ck_assert_uint_eq(v[0].n_events, 5);
	ck_assert_uint_eq(diags_count_errors(&d, false), 0);
	ck_assert_uint_eq(d.n, 1);
	ck_assert_str_eq(d.v[0].file, path);
	ck_assert_int_eq(d.v[0].line, 5);
	session_info_free(v, n);
	struct diags e = {0};
	struct session *s = NULL;
	ck_assert_int_eq(session_load(&s, NULL, path, &e), -1); /* as export and resume see it */
	ck_assert_int_eq(e.v[0].line, 5);
	ck_assert_str_eq(e.v[0].message, d.v[0].message);
	diags_free(&e);
	diags_free(&d);
	/* mended (the second entry takes id 2), it is a round like any other */
	f = fopen(path, "r+");
	ck_assert_ptr_nonnull(f);
	char buf[2048];
	size_t len = fread(buf, 1, sizeof buf - 1, f);
	buf[len] = '\0';
	char *second = strstr(strstr(buf, "\"id\":1,"), "instance one") + 1;
	second = strstr(second, "\"id\":1,");
	second[5] = '2';
	rewind(f);
	fwrite(buf, 1, len, f);
	fclose(f);
	ck_assert_int_eq(session_list(dir, NULL, &v, &n, &d), 0);
	ck_assert(!v[0].damaged);
	ck_assert_uint_eq(v[0].n_reflections, 2);
	ck_assert_int_eq(v[0].last_at, 1795555690000);
	ck_assert_uint_eq(d.n, 0);
	session_info_free(v, n);
	free(path);
	free(dir);
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
	struct session *s = ss_start(2, "a");
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

/* The journal keeps what was typed first, and the edit, and the delete. */
START_TEST(test_history_kept)
{
	struct diags d = {0};
	struct session *s = ss_start(4, "a");
	ck_assert_int_eq(session_add_entry(s, false, 1, NULL, NULL, "first words", NULL, &d), SESSION_OK);
	ck_assert_int_eq(session_edit_entry(s, 1, "second words", &d), SESSION_OK);
	ck_assert_int_eq(session_delete_entry(s, 1, &d), SESSION_OK);
	struct strv lines = {0};
	bool torn;
	ck_assert_int_eq(journal_read(session_journal_path(s), &lines, &torn, &d), 0);
	size_t n = lines.n;
	ck_assert_ptr_nonnull(strstr(lines.v[n - 3], "\"text\":\"first words\""));
	ck_assert_ptr_nonnull(strstr(lines.v[n - 2], "\"t\":\"edit\""));
	ck_assert_ptr_nonnull(strstr(lines.v[n - 2], "second words"));
	ck_assert_ptr_nonnull(strstr(lines.v[n - 1], "\"t\":\"delete\""));
	struct session *back = NULL;
	ck_assert_int_eq(session_load(&back, &sfx.cat, session_journal_path(s), &d), 0);
	ck_assert(session_entry(back, 0)->deleted);
	ck_assert_uint_eq(session_entry(back, 0)->revisions, 1);
	ck_assert_str_eq(session_entry(back, 0)->text, "second words");
	strv_free(&lines);
	session_free(back);
	session_free(s);
}
END_TEST

/* Round 2 seats everyone one seat along (seating_rotate), round 3 one more. */
START_TEST(test_seats_rotate)
{
	struct diags d = {0};
	struct session *s = ss_start(6, "a");
	static const int want[3][5] = {{0, 1, 2, 3, 3}, {1, 2, 3, 3, 0}, {2, 3, 3, 0, 1}};
	for (size_t p = 0; p < 5; p++)
		ck_assert_int_eq(session_seats(s, 0)[p], want[0][p]);
	ck_assert_int_eq(session_goto(s, 1, 0, &d), SESSION_OK);
	for (size_t p = 0; p < 5; p++)
		ck_assert_int_eq(session_seats(s, 1)[p], want[1][p]);
	/* the new presenter (Eli) gets the presenter's card */
	ck_assert_int_eq(session_dealt(s, session_n_dealt(s) - 1)->person, 4);
	ck_assert_uint_eq(session_dealt(s, session_n_dealt(s) - 1)->round, 1);
	session_free(s);
	/* a three-round flow, skipping straight to the third round */
	char *dir = xasprintf("%s/b", sfx.dir);
	struct session_opts o = {.flow_id = "round-test", .people = &sfx.people, .rounds = 3,
				 .has_seed = true, .seed = 6, .dir = dir};
	ck_assert_int_eq(session_start(&s, &sfx.cat, &o, &d), SESSION_OK);
	ck_assert_int_eq(session_goto(s, 2, 1, &d), SESSION_OK);
	for (size_t p = 0; p < 5; p++)
		ck_assert_int_eq(session_seats(s, 2)[p], want[2][p]);
	ck_assert_ptr_null(session_seats(s, 1));
	ck_assert_int_eq(session_next(s, &d), SESSION_OK);
	ck_assert_int_eq(session_next(s, &d), SESSION_INVALID); /* the last phase of the last round */
	ck_assert_uint_eq(diags_count_errors(&d, false), 1);
	diags_free(&d);
	session_free(s);
	free(dir);
}
END_TEST

/* Redealing until the suit's pile runs out reshuffles; a resumed round then
 * deals exactly the cards the uninterrupted one deals. */
START_TEST(test_resume_reshuffle)
{
	struct diags d = {0};
	int64_t t0 = sfx.ms;
	struct session *live = ss_start(21, "live");
	sfx.ms = t0;
	struct session *killed = ss_start(21, "killed");
	/* every card of the presenter's suit leaves the pile, chosen by hand */
	static const char *const self[] = {"age", "race", "religion", "ability"};
	for (int i = 0; i < 4; i++) {
		ck_assert_int_eq(session_choose(live, -1, 1, "bells-test", self[i], &d), SESSION_OK);
		ck_assert_int_eq(session_choose(killed, -1, 1, "bells-test", self[i], &d), SESSION_OK);
	}
	for (int i = 0; i < 3; i++) {
		ck_assert_int_eq(session_redeal(live, i ? session_n_dealt(live) - 1 : 0, &d), SESSION_OK);
		ck_assert_int_eq(session_redeal(killed, i ? session_n_dealt(killed) - 1 : 0, &d), SESSION_OK);
	}
	struct strv lines = {0};
	bool torn;
	ck_assert_int_eq(journal_read(session_journal_path(killed), &lines, &torn, &d), 0);
	bool reshuffled = false;
	for (size_t i = 0; i < lines.n; i++)
		reshuffled |= strstr(lines.v[i], "\"reshuffled\":true") != NULL;
	ck_assert_msg(reshuffled, "a redeal from an empty suit should reshuffle");
	strv_free(&lines);
	char *path = xstrdup(session_journal_path(killed));
	session_free(killed);
	struct session *back = NULL;
	ck_assert_int_eq(session_resume(&back, &sfx.cat, path, &d), SESSION_OK);
	ss_same_state(live, back);
	int64_t t1 = sfx.ms;
	for (int i = 0; i < 5; i++)
		ck_assert_int_eq(session_redeal(live, session_n_dealt(live) - 1, &d), SESSION_OK);
	ck_assert_int_eq(session_next(live, &d), SESSION_OK);
	sfx.ms = t1;
	for (int i = 0; i < 5; i++)
		ck_assert_int_eq(session_redeal(back, session_n_dealt(back) - 1, &d), SESSION_OK);
	ck_assert_int_eq(session_next(back, &d), SESSION_OK);
	ss_same_state(live, back);
	ck_assert_uint_eq(d.n, 0);
	session_free(live);
	session_free(back);
	free(path);
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
	struct session *s = ss_start(8, "a");
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
	ss_same_state(s, back);
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
	struct session *s = ss_start(12, "a");
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
	ss_same_state(s, back);
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
	struct session *s = ss_start(13, "a");
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
	struct session *s = ss_start(14, "a");
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
	struct session *s = ss_start(15, "a");
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
	struct session *s = ss_start(16, "a");
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

/* Killed right after the start record: resuming seats the round and enters
 * its first phase, dealing what an uninterrupted start dealt. */
START_TEST(test_resume_after_start_only)
{
	struct diags d = {0};
	int64_t t0 = sfx.ms;
	struct session *live = ss_start(31, "live");
	sfx.ms = t0;
	struct session *cut = ss_start(31, "cut");
	char *path = xstrdup(session_journal_path(cut));
	struct strv first = {0};
	strv_push(&first, cut->saved.v[0]);
	session_free(cut);
	ck_assert_int_eq(journal_write_all(path, &first, &d), 0);
	strv_free(&first);
	struct session *back = NULL;
	ck_assert_int_eq(session_resume(&back, &sfx.cat, path, &d), SESSION_OK);
	ck_assert_ptr_nonnull(session_seats(back, 0));
	ss_same_state(live, back);
	ck_assert_int_eq(session_next(live, &d), SESSION_OK);
	ck_assert_int_eq(session_next(back, &d), SESSION_OK);
	ss_same_cards(live, back);
	ck_assert_uint_eq(d.n, 0);
	session_free(live);
	session_free(back);
	free(path);
}
END_TEST

/* A redeal from an emptied suit refills the pile but never gives back the
 * card it replaces. */
START_TEST(test_redeal_never_same)
{
	struct diags d = {0};
	static const char *const self[] = {"age", "race", "religion", "ability"};
	char sub[16];
	snprintf(sub, sizeof sub, "s%d", _i);
	struct session *s = ss_start((uint64_t)_i, sub);
	for (int i = 0; i < 4; i++)
		ck_assert_int_eq(session_choose(s, -1, 1, "bells-test", self[i], &d), SESSION_OK);
	char *old = xstrdup(session_dealt(s, 0)->card);
	ck_assert_int_eq(session_redeal(s, 0, &d), SESSION_OK);
	ck_assert_str_ne(session_dealt(s, session_n_dealt(s) - 1)->card, old);
	struct session *back = NULL;
	ck_assert_int_eq(session_load(&back, &sfx.cat, session_journal_path(s), &d), 0);
	ss_same_cards(s, back);
	ck_assert_uint_eq(d.n, 0);
	session_free(back);
	session_free(s);
	free(old);
}
END_TEST

static size_t ss_count_str(const char *hay, const char *needle)
{
	size_t n = 0;
	for (const char *p = hay; (p = strstr(p, needle)) != NULL; p++)
		n++;
	return n;
}

/* A live round's transcript: its phases, the cards dealt to whom, reflections and notes. */
START_TEST(test_transcript_of_live)
{
	struct diags d = {0};
	struct session *s = ss_start(17, "a");
	ck_assert_int_eq(session_next(s, &d), SESSION_OK);
	const struct dealt *x = session_dealt(s, session_n_dealt(s) - 1);
	ck_assert_int_eq(session_add_entry(s, false, 3, x->deck, x->card, "It rang for Dee.", NULL, &d),
			 SESSION_OK);
	ck_assert_int_eq(session_add_entry(s, true, -1, NULL, NULL, "Pace slowed.", NULL, &d), SESSION_OK);
	ck_assert_int_eq(session_end(s, &d), SESSION_OK);
	char *buf = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);
	ck_assert_int_eq(transcript_write_md(f, s, false, &d), 0);
	fclose(f);
	ck_assert_ptr_nonnull(strstr(buf, "# Test Round (`round-test`)"));
	ck_assert_ptr_nonnull(strstr(buf, "- Facilitator: Fay"));
	ck_assert_ptr_nonnull(strstr(buf, "- Round 1: Ana — Presenter; Ben — Consultant; Chi — Mentor; "
					  "Dee — Observer; Eli — Observer"));
	ck_assert_ptr_nonnull(strstr(buf, "### The story\n\nCards dealt:\n\n- **"));
	ck_assert_uint_eq(ss_count_str(buf, "(Test Bells) — to Dee\n"), 2);
	ck_assert_uint_eq(ss_count_str(buf, "(Test Bells) — to Eli\n"), 2);
	ck_assert_uint_eq(ss_count_str(buf, "(Test Questions) — to the group\n"), 1);
	ck_assert_ptr_nonnull(strstr(buf, "- **Dee**, on *"));
	ck_assert_ptr_nonnull(strstr(buf, "  > It rang for Dee.\n"));
	ck_assert_ptr_nonnull(strstr(buf, "- **Note**, "));
	ck_assert_ptr_null(strstr(buf, "not ended"));
	free(buf);
	ck_assert_uint_eq(d.n, 0);
	session_free(s);
}
END_TEST

/* The files beside a journal: .jsonl replaced, or the extension added when
 * the name has none (or is .jsonl alone). */
static const struct {
	const char *journal, *ext, *want;
} sibling_cases[] = {
	{"/a/b/20231115-0800-beef.jsonl", ".md", "/a/b/20231115-0800-beef.md"},
	{"x.jsonl", ".draft", "x.draft"},
	{"x.json", ".md", "x.json.md"},
	{".jsonl", ".md", ".jsonl.md"},
	{"round", ".moved", "round.moved"},
};

START_TEST(test_sibling)
{
	char *got = session_sibling(sibling_cases[_i].journal, sibling_cases[_i].ext);
	ck_assert_str_eq(got, sibling_cases[_i].want);
	free(got);
}
END_TEST

Suite *session_suite(void);
Suite *session_suite(void)
{
	Suite *s = suite_create("session");
	TCase *tc = tcase_create("session");
	tcase_add_checked_fixture(tc, ss_setup, ss_teardown);
	tcase_add_test(tc, test_start_deals);
	tcase_add_test(tc, test_same_seed_same_cards);
	tcase_add_test(tc, test_redeal);
	tcase_add_test(tc, test_entries);
	tcase_add_test(tc, test_resume_after_kill);
	tcase_add_test(tc, test_resume_torn_tail);
	tcase_add_test(tc, test_unsaved_then_retry);
	tcase_add_test(tc, test_missing_flow);
	tcase_add_test(tc, test_list);
	tcase_add_test(tc, test_list_damaged_by_replay);
	tcase_add_test(tc, test_synced_before_ok);
	tcase_add_test(tc, test_modes);
	tcase_add_test(tc, test_history_kept);
	tcase_add_test(tc, test_seats_rotate);
	tcase_add_test(tc, test_resume_reshuffle);
	tcase_add_test(tc, test_resume_after_start_only);
	tcase_add_loop_test(tc, test_redeal_never_same, 0, 24);
	tcase_add_test(tc, test_transcript_of_live);
	tcase_add_loop_test(tc, test_corrupt_middle, 0, 3);
	tcase_add_test(tc, test_duplicate_line);
	tcase_add_test(tc, test_unwritable_folder);
	tcase_add_test(tc, test_save_as_folder);
	tcase_add_test(tc, test_unsaved_recovers_by_itself);
	tcase_add_test(tc, test_drafts);
	tcase_add_test(tc, test_draft_save_fails);
	tcase_add_test(tc, test_save_as_takes_unsaved_draft);
	tcase_add_loop_test(tc, test_sibling, 0, sizeof sibling_cases / sizeof sibling_cases[0]);
	suite_add_tcase(s, tc);
	return s;
}
