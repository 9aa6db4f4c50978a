/* Sessions: dealing, redeal, entries, resume after a kill or a torn line,
 * seats, reshuffles, a live round's transcript.  On the disk: check_session_disk.c. */
#include <check.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "core/deck/catalog.h"
#include "core/base/journal.h"
#include "core/round/session.h"
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

static size_t ss_count(const struct session *s, size_t phase, int person)
{
	size_t n = 0;
	for (size_t i = 0; i < session_n_dealt(s); i++) {
		const struct dealt *c = session_dealt(s, i);
		n += c->phase == phase && c->person == person && !c->withdrawn;
	}
	return n;
}

START_TEST(test_start_deals)
{
	struct session *s = sfx_start_in(7, "a");
	struct diags d = {0};
	/* Ana presents, Ben consults, Chi mentors (seated so at setup), Dee and Eli observe. */
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
	struct session *a = sfx_start_in(42, "a"), *b = sfx_start_in(42, "b");
	struct diags d = {0};
	for (int i = 0; i < 4; i++) {
		ck_assert_int_eq(session_next(a, &d), SESSION_OK);
		ck_assert_int_eq(session_next(b, &d), SESSION_OK);
	}
	sfx_same_cards(a, b);
	session_free(a);
	session_free(b);
}
END_TEST

START_TEST(test_redeal)
{
	struct session *s = sfx_start_in(3, "a");
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
	struct session *s = sfx_start_in(3, "a");
	struct diags d = {0};
	unsigned id1, id2;
	ck_assert_int_eq(session_add_entry(s, false, 0, "bells-test", session_dealt(s, 0)->card, "first",
					   &id1, &d),
			 SESSION_OK);
	ck_assert_int_eq(session_add_entry(s, true, -1, NULL, NULL, "a note", &id2, &d), SESSION_OK);
	ck_assert_uint_eq(id1, 1);
	ck_assert_uint_eq(id2, 2);
	ck_assert_int_eq(session_edit_entry(s, id1, "first, edited", &d), SESSION_OK);
	const struct entry *e = session_find_entry(s, id1);
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
	struct session *live = sfx_start_in(11, "live");
	ss_steps_before(live, &d);
	sfx.ms = t0;
	struct session *killed = sfx_start_in(11, "killed");
	ss_steps_before(killed, &d);
	char *path = xstrdup(session_journal_path(killed));
	session_free(killed); /* no end: as after kill -9 */
	struct session *back = NULL;
	ck_assert_int_eq(session_resume(&back, &sfx.cat, path, &d), 0);
	ck_assert(!session_torn_tail(back));
	sfx_same_state(live, back);
	int64_t t1 = sfx.ms;
	ss_steps_after(live, &d);
	sfx.ms = t1;
	ss_steps_after(back, &d);
	sfx_same_state(live, back);
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
	struct session *s = sfx_start_in(5, "a");
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

START_TEST(test_missing_flow)
{
	struct diags d = {0};
	struct session *s = sfx_start_in(1, "a");
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

/* The journal keeps what was typed first, and the edit, and the delete. */
START_TEST(test_history_kept)
{
	struct diags d = {0};
	struct session *s = sfx_start_in(4, "a");
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

/* Round 2 seats everyone one seat along (seating_rotate), round 3 one more;
 * the mentor, seated by choice, stays the mentor. */
START_TEST(test_seats_rotate)
{
	struct diags d = {0};
	struct session *s = sfx_start_in(6, "a");
	static const int want[3][5] = {{0, 1, 2, 3, 3}, {1, 3, 2, 3, 0}, {3, 3, 3, 0, 1}};
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
	struct session *live = sfx_start_in(21, "live");
	sfx.ms = t0;
	struct session *killed = sfx_start_in(21, "killed");
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
	sfx_same_state(live, back);
	int64_t t1 = sfx.ms;
	for (int i = 0; i < 5; i++)
		ck_assert_int_eq(session_redeal(live, session_n_dealt(live) - 1, &d), SESSION_OK);
	ck_assert_int_eq(session_next(live, &d), SESSION_OK);
	sfx.ms = t1;
	for (int i = 0; i < 5; i++)
		ck_assert_int_eq(session_redeal(back, session_n_dealt(back) - 1, &d), SESSION_OK);
	ck_assert_int_eq(session_next(back, &d), SESSION_OK);
	sfx_same_state(live, back);
	ck_assert_uint_eq(d.n, 0);
	session_free(live);
	session_free(back);
	free(path);
}
END_TEST

/* Killed right after the start record: resuming seats the round and enters
 * its first phase, dealing what an uninterrupted start dealt. */
START_TEST(test_resume_after_start_only)
{
	struct diags d = {0};
	int64_t t0 = sfx.ms;
	/* the flow's own seats: a journal cut before its seats is seated by the rules */
	char *dirs[2] = {sfx_path("live"), sfx_path("cut")};
	ck_assert_int_eq(mkdir(dirs[0], 0700) | mkdir(dirs[1], 0700), 0);
	struct session *live = sfx_start("round-test", 31, dirs[0], SESSION_OK);
	sfx.ms = t0;
	struct session *cut = sfx_start("round-test", 31, dirs[1], SESSION_OK);
	free(dirs[0]);
	free(dirs[1]);
	char *path = xstrdup(session_journal_path(cut));
	struct strv on_disk = {0}, first = {0};
	sfx_records(cut, &on_disk);
	strv_push(&first, on_disk.v[0]);
	session_free(cut);
	ck_assert_int_eq(journal_write_all(path, &first, &d), 0);
	strv_free(&first);
	strv_free(&on_disk);
	struct session *back = NULL;
	ck_assert_int_eq(session_resume(&back, &sfx.cat, path, &d), SESSION_OK);
	ck_assert_ptr_nonnull(session_seats(back, 0));
	sfx_same_state(live, back);
	ck_assert_int_eq(session_next(live, &d), SESSION_OK);
	ck_assert_int_eq(session_next(back, &d), SESSION_OK);
	sfx_same_cards(live, back);
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
	struct session *s = sfx_start_in((uint64_t)_i, sub);
	for (int i = 0; i < 4; i++)
		ck_assert_int_eq(session_choose(s, -1, 1, "bells-test", self[i], &d), SESSION_OK);
	char *old = xstrdup(session_dealt(s, 0)->card);
	ck_assert_int_eq(session_redeal(s, 0, &d), SESSION_OK);
	ck_assert_str_ne(session_dealt(s, session_n_dealt(s) - 1)->card, old);
	struct session *back = NULL;
	ck_assert_int_eq(session_load(&back, &sfx.cat, session_journal_path(s), &d), 0);
	sfx_same_cards(s, back);
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
	struct session *s = sfx_start_in(17, "a");
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
	ck_assert_ptr_nonnull(strstr(buf, "### 1. The story — 0 min\n\nCards dealt:\n\n- **")); /* untimed: minutes used */
	ck_assert_uint_eq(ss_count_str(buf, "(Test Bells) — to Dee\n"), 2);
	ck_assert_uint_eq(ss_count_str(buf, "(Test Bells) — to Eli\n"), 2);
	ck_assert_uint_eq(ss_count_str(buf, "(Test Questions) — to the group\n"), 1);
	ck_assert_ptr_nonnull(strstr(buf, "- **Dee** (Observer), on *"));
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
	tcase_add_test(tc, test_missing_flow);
	tcase_add_test(tc, test_history_kept);
	tcase_add_test(tc, test_seats_rotate);
	tcase_add_test(tc, test_resume_reshuffle);
	tcase_add_test(tc, test_resume_after_start_only);
	tcase_add_loop_test(tc, test_redeal_never_same, 0, 24);
	tcase_add_test(tc, test_transcript_of_live);
	tcase_add_loop_test(tc, test_sibling, 0, sizeof sibling_cases / sizeof sibling_cases[0]);
	suite_add_tcase(s, tc);
	return s;
}
