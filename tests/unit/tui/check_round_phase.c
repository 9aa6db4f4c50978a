/* The phase screen's text: items (cards, entries) and their lines, turn,
 * capture, card labels, and what an ended round's header says. */
#include <check.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "core/base/clock.h"
#include "core/deck/catalog.h"
#include "core/round/session.h"
#include "core/base/xalloc.h"

#include "../support/session_fixture.h"
#include "tui/round_phase.h"

static void rp_setup(void)
{
	sfx_open("rphase", "decks", "Ana,Zoë,李明,Ben");
}

static void rp_teardown(void)
{
	sfx_close();
}

/* round-test: Ana presents, Zoë consults, 李明 mentors (optional, seated so
 * at setup), Ben observes. */
static struct session *rp_start(void)
{
	static const int seats[] = {0, 1, 2, 3};
	struct session_opts o = {.flow_id = "round-test", .people = &sfx.people, .has_seed = true,
				 .seed = 3, .dir = sfx.dir, .seats = seats};
	struct session *s = NULL;
	struct diags d = {0};
	ck_assert_int_eq(session_start(&s, &sfx.cat, &o, &d), SESSION_OK);
	diags_free(&d);
	return s;
}

static size_t rp_count(const struct rphase *p, enum rph_kind k)
{
	size_t n = 0;
	for (size_t i = 0; i < p->t.n; i++)
		n += p->refs[i].kind == k && p->refs[i].first;
	return n;
}

static bool rp_has_line(const struct rphase *p, const char *want)
{
	for (size_t i = 0; i < p->t.n; i++)
		if (strstr(p->t.v[i].text, want))
			return true;
	return false;
}

START_TEST(test_items_and_steps)
{
	struct session *s = rp_start();
	struct rphase p = {0};
	rphase_build(&p, s, 60);
	ck_assert_uint_eq(rp_count(&p, RPH_CARD), 1); /* the presenter's card */
	ck_assert(rp_has_line(&p, "Ana, Presenter: "));
	ck_assert(rp_has_line(&p, "Consultant: 2 Zoë"));
	struct diags d = {0};
	ck_assert_int_eq(session_next(s, &d), SESSION_OK);
	unsigned id;
	ck_assert_int_eq(session_add_entry(s, false, 3, NULL, NULL, "Ben: a long reflection that "
					   "wraps over more than one line of the screen", &id, &d),
			 SESSION_OK);
	ck_assert_int_eq(session_add_entry(s, true, -1, NULL, NULL, "note\\x1b[31m", NULL, &d), SESSION_OK);
	rphase_build(&p, s, 30);
	/* ring: two cards to the observer, one to the table, and the presenter's from before */
	ck_assert_uint_eq(rp_count(&p, RPH_CARD), 4);
	ck_assert(rp_has_line(&p, "Cards in hand"));
	size_t news = 0;
	for (size_t i = 0; i < p.t.n; i++)
		news += p.refs[i].kind == RPH_CARD && strstr(p.t.v[i].text, " · new") != NULL;
	ck_assert_uint_eq(news, 3); /* the presenter's card is not new here */
	ck_assert_uint_eq(rp_count(&p, RPH_ENTRY), 2);
	size_t first = rphase_first_item(&p);
	ck_assert_uint_lt(first, p.t.n);
	ck_assert_int_eq(p.refs[first].kind, RPH_CARD);
	/* stepping visits each item's first line once, down then up */
	size_t at = first, seen = 1;
	for (size_t next; (next = rphase_step(&p, at, 1)) != at; at = next, seen++)
		ck_assert(p.refs[next].first);
	ck_assert_uint_eq(seen, 6);
	ck_assert_int_eq(p.refs[at].kind, RPH_ENTRY);
	ck_assert_uint_eq(rphase_step(&p, first, -1), first);
	/* the long entry wraps: its later lines belong to it but are not first */
	size_t e = rphase_find(&p, RPH_ENTRY, 0);
	ck_assert_uint_lt(e, p.t.n);
	ck_assert_int_eq(p.refs[e + 1].kind, RPH_ENTRY);
	ck_assert(!p.refs[e + 1].first);
	ck_assert(strstr(p.t.v[e].text, "Ben: ") != NULL);
	ck_assert_uint_eq(rphase_find(&p, RPH_ENTRY, 99), p.t.n);
	/* a deleted entry leaves the list */
	ck_assert_int_eq(session_delete_entry(s, id, &d), SESSION_OK);
	rphase_build(&p, s, 30);
	ck_assert_uint_eq(rp_count(&p, RPH_ENTRY), 1);
	rphase_free(&p);
	diags_free(&d);
	session_free(s);
}
END_TEST

START_TEST(test_turn_and_capture)
{
	struct session *s = rp_start();
	struct diags d = {0};
	char *t = rphase_turn(s), *c = rphase_capture(s), *w = rphase_where(s);
	ck_assert_str_eq(t, "Turn: Presenter — Ana");
	ck_assert_str_eq(c, "Write: by Ana"); /* capture absent: one, by whose turn it is */
	ck_assert_str_eq(w, "Round 1 of 2 · phase 1 of 3");
	free(t), free(c), free(w);
	ck_assert_int_eq(session_add_entry(s, false, -1, NULL, NULL, "x", NULL, &d), SESSION_OK);
	c = rphase_capture(s);
	ck_assert_str_eq(c, "Written: 1 · next by Ana");
	free(c);
	ck_assert_int_eq(session_next(s, &d), SESSION_OK); /* ring: everyone, one each */
	t = rphase_turn(s), c = rphase_capture(s);
	ck_assert_str_eq(t, "Turn: everyone");
	ck_assert_str_eq(c, "Spoken 0 of 4 · not yet: 1 Ana, 2 Zoë, 3 李明, 4 Ben");
	free(t), free(c);
	ck_assert_int_eq(session_add_entry(s, false, 0, NULL, NULL, "a", NULL, &d), SESSION_OK);
	ck_assert_int_eq(session_add_entry(s, true, 1, NULL, NULL, "a note is no reflection", NULL, &d),
			 SESSION_OK);
	c = rphase_capture(s);
	ck_assert_str_eq(c, "Spoken 1 of 4 · not yet: 2 Zoë, 3 李明, 4 Ben");
	free(c);
	for (int p = 1; p < 4; p++) /* in any order; Ana twice */
		ck_assert_int_eq(session_add_entry(s, false, 4 - p, NULL, NULL, "b", NULL, &d), SESSION_OK);
	ck_assert_int_eq(session_add_entry(s, false, 0, NULL, NULL, "again", NULL, &d), SESSION_OK);
	c = rphase_capture(s);
	ck_assert_str_eq(c, "Spoken: all 4 (a number lets someone speak again)");
	free(c);
	ck_assert_int_eq(session_next(s, &d), SESSION_OK); /* close: no who */
	ck_assert_ptr_null(rphase_turn(s));
	diags_free(&d);
	session_free(s);
}
END_TEST

/* Where and whose turn: whole when it fits, shortened, then wrapped over at
 * most max lines with the rest on the last (the drawing cuts it with "…"). */
START_TEST(test_head_fits_the_width)
{
	struct session *s = rp_start();
	struct strv l = {0};
	ck_assert_uint_eq(rphase_head(s, 80, 3, &l), 1);
	ck_assert_str_eq(l.v[0], "Round 1 of 2 · phase 1 of 3 · Turn: Presenter — Ana");
	strv_free(&l);
	ck_assert_uint_eq(rphase_head(s, 38, 3, &l), 1);
	ck_assert_str_eq(l.v[0], "R1 · 1/3 · Turn: Presenter — Ana");
	strv_free(&l);
	ck_assert_uint_eq(rphase_head(s, 20, 3, &l), 2);
	ck_assert_str_eq(l.v[0], "R1 · 1/3 · Turn:");
	ck_assert_str_eq(l.v[1], "Presenter — Ana");
	strv_free(&l);
	ck_assert_uint_eq(rphase_head(s, 12, 2, &l), 2);
	ck_assert_str_eq(l.v[0], "R1 · 1/3 ·");
	ck_assert_str_eq(l.v[1], "Turn: Presenter — Ana"); /* all the rest: cut when drawn */
	strv_free(&l);
	ck_assert_uint_eq(rphase_head(s, 12, 0, &l), 1);
	ck_assert_str_eq(l.v[0], "R1 · 1/3 · Turn: Presenter — Ana");
	strv_free(&l);
	struct diags d = {0};
	ck_assert_int_eq(session_next(s, &d), SESSION_OK);
	ck_assert_int_eq(session_next(s, &d), SESSION_OK); /* close: nobody's turn */
	ck_assert_uint_eq(rphase_head(s, 20, 3, &l), 1);
	ck_assert_str_eq(l.v[0], "R1 · 3/3");
	strv_free(&l);
	diags_free(&d);
	session_free(s);
}
END_TEST

START_TEST(test_card_label)
{
	struct session *s = rp_start();
	struct dealt c = {.person = 3, .deck = (char *)"bells-test", .card = (char *)"age"};
	char *l = rphase_card_label(s, &c);
	ck_assert_str_eq(l, "Ben, Observer: Age · Test Bells");
	free(l);
	c.person = -1;
	c.by_hand = true;
	l = rphase_card_label(s, &c);
	ck_assert_str_eq(l, "Table: Age · Test Bells (chosen by hand)");
	free(l);
	c.card = (char *)"gone";
	ck_assert_str_eq(rphase_card_title(s, "bells-test", "gone"), "gone");
	ck_assert_str_eq(rphase_card_title(s, "no-deck", "x"), "x");
	session_free(s);
}
END_TEST

#define RP_NOW 1700000000 /* 14 Nov 2023 22:13:20 UTC */

static int64_t rp_clock(void)
{
	return (int64_t)RP_NOW * 1000;
}

/* An ended round: no "Write:", what it offers (read, export) at any width,
 * and where its transcript is and when it was written, not "not written". */
START_TEST(test_ended_lines)
{
	setenv("TZ", "UTC", 1);
	tzset();
	now_set_wall_clock(rp_clock);
	struct session *s = rp_start();
	struct diags d = {0};
	ck_assert_int_eq(session_end(s, &d), SESSION_OK);
	now_set_wall_clock(NULL);
	char *want = xasprintf("Round ended: read only · export: rucksack export %s", session_id(s));
	char *e = rphase_ended(s, 78);
	ck_assert_str_eq(e, want);
	free(e);
	free(want);
	want = xasprintf("Ended, read only · rucksack export %s", session_id(s));
	e = rphase_ended(s, 60);
	ck_assert_str_eq(e, want);
	free(e);
	free(want);
	e = rphase_ended(s, 38);
	ck_assert_str_eq(e, "Ended, read only · rucksack export");
	free(e);

	const char *md = "/data/rucksack/sessions/20231114-221320-ab12.md";
	char *t = rphase_transcript(s, md, RP_NOW + 60, RP_NOW + 120, 78);
	ck_assert_str_eq(t, "Transcript: 20231114-221320-ab12.md, written today 22:14, in "
			    "/data/rucksack/sessions");
	free(t);
	t = rphase_transcript(s, md, RP_NOW, RP_NOW + 3 * 86400, 78); /* resumed days later */
	ck_assert_str_eq(t, "Transcript: 20231114-221320-ab12.md, written 14 Nov 2023 22:13, in "
			    "/data/rucksack/sessions");
	free(t);
	t = rphase_transcript(s, md, RP_NOW, RP_NOW, 38); /* too narrow for the name: when */
	ck_assert_str_eq(t, "Transcript written today 22:13");
	free(t);
	t = rphase_transcript(s, md, RP_NOW - 3600, RP_NOW, 200); /* older than the end */
	ck_assert_str_eq(t, "Transcript: 20231114-221320-ab12.md, written today 21:13, before the "
			    "round ended (t writes it again), in /data/rucksack/sessions");
	free(t);
	t = rphase_transcript(s, "/x.md", RP_NOW, RP_NOW, 78);
	ck_assert_str_eq(t, "Transcript: x.md, written today 22:13, in /");
	free(t);
	t = rphase_transcript(s, NULL, 0, RP_NOW, 78);
	ck_assert_str_eq(t, "No transcript yet (t writes it)");
	free(t);
	diags_free(&d);
	session_free(s);
	unsetenv("TZ");
	tzset();
}
END_TEST

Suite *round_phase_suite(void);
Suite *round_phase_suite(void)
{
	Suite *s = suite_create("round_phase");
	TCase *tc = tcase_create("round_phase");
	tcase_add_checked_fixture(tc, rp_setup, rp_teardown);
	tcase_add_test(tc, test_items_and_steps);
	tcase_add_test(tc, test_turn_and_capture);
	tcase_add_test(tc, test_head_fits_the_width);
	tcase_add_test(tc, test_card_label);
	tcase_add_test(tc, test_ended_lines);
	suite_add_tcase(s, tc);
	return s;
}
