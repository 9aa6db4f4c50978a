/* One round through every kind of step the room brings, killed (as by
 * kill -9: freed with no end, nothing flushed but what was saved) after
 * each step in turn: resumed, it is in the same state as the round that
 * was never killed, and goes on from there exactly as that one does.  The
 * steps: a fit to the slot (at the start), the case, a minute more and one
 * less, a late arrival, a leave, a text given to someone else, a card put
 * back, an action added, edited and deleted, someone back after leaving,
 * the end, a reopening, an addendum and the end again. */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "core/round/session.h"

#include "../support/session_fixture.h"

static void rs_setup(void)
{
	sfx_open("resume-steps", "decks", "Ana,Ben,Chi,Dee");
	sfx_clock_ticking();
}

static void rs_teardown(void)
{
	sfx_close();
}

/* round-test fitted to 4 + 9 + 2 minutes, its journal in sfx.dir/sub. */
static struct session *rs_start(const char *sub)
{
	static unsigned fitted[] = {4, 9, 2};
	char *dir = sfx_path(sub);
	ck_assert_int_eq(mkdir(dir, 0700), 0);
	struct session_opts o = {.flow_id = "round-test", .people = &sfx.people, .has_seed = true,
				 .seed = 6, .facilitator = "Fay", .dir = dir, .minutes = fitted};
	struct session *s = NULL;
	struct diags d = {0};
	ck_assert_int_eq(session_start(&s, &sfx.cat, &o, &d), SESSION_OK);
	ck_assert_uint_eq(d.n, 0);
	free(dir);
	return s;
}

/* The first live card of deck/card in the current round, as an index. */
static size_t rs_card(const struct session *s, const char *deck)
{
	for (size_t i = 0; i < session_n_dealt(s); i++) {
		const struct dealt *x = session_dealt(s, i);
		if (!x->withdrawn && x->round == session_round_index(s) && !strcmp(x->deck, deck))
			return i;
	}
	ck_abort_msg("no %s card", deck);
	return 0;
}

static enum session_status rs_step(struct session *s, int k, struct diags *d)
{
	struct action_fields f = {.what = "Ring the school", .person = 0, .by = "Friday"};
	struct action_fields g = {.what = "Ask about dad", .person = -1, .who = "Dr Khan", .by = "soon"};
	switch (k) {
	case 0: return session_set_case(s, "J (7)", "What am I missing?", d);
	case 1: return session_timer(s, SESSION_TIMER_MINUTE, d);
	case 2: return session_timer(s, SESSION_TIMER_LESS, d);
	case 3: return session_next(s, d);
	case 4: return session_join(s, "Eve", d);
	case 5: return session_leave(s, 1, d);
	case 6: return session_add_entry(s, false, 3, NULL, NULL, "Dad is invisible.", NULL, d);
	case 7: return session_credit_entry(s, 1, 4, NULL, NULL, d);
	case 8: return session_put_back(s, rs_card(s, "questions-test"), d);
	case 9: return session_add_action(s, &f, NULL, d);
	case 10: return session_edit_action(s, 1, &g, d);
	case 11: return session_add_action(s, &f, NULL, d);
	case 12: return session_delete_action(s, 2, d);
	case 13: return session_join(s, "ben", d);
	case 14: return session_end(s, d);
	case 15: return session_reopen(s, d);
	case 16: return session_add_entry(s, true, SESSION_FACILITATOR, NULL, NULL, "Addendum", NULL, d);
	default: return session_end(s, d);
	}
}

#define RS_STEPS 18

/* What sfx_same_state leaves out: presence, planned minutes and each timer. */
static void rs_same(const struct session *a, const struct session *b)
{
	sfx_same_state(a, b);
	ck_assert_uint_eq(session_people(a)->n, session_people(b)->n);
	for (size_t p = 0; p < session_people(a)->n; p++) {
		int64_t la, lb;
		ck_assert_int_eq(session_joined_at(a, p), session_joined_at(b, p));
		ck_assert_int_eq(session_left_at(a, p), session_left_at(b, p));
		for (size_t k = 0; k < 3; k++) {
			ck_assert_int_eq(session_away(a, p, k, &la), session_away(b, p, k, &lb));
			ck_assert_int_eq(la, lb);
		}
	}
	for (size_t p = 0; p < session_n_phases(a); p++) {
		ck_assert(session_planned_minutes(a, p) == session_planned_minutes(b, p));
		const struct session_clock *ca = session_clock_of(a, 0, p), *cb = session_clock_of(b, 0, p);
		ck_assert_int_eq(ca->added_ms, cb->added_ms);
		ck_assert_int_eq(ca->used_ms, cb->used_ms);
		ck_assert_int_eq(ca->paused, cb->paused);
	}
	ck_assert_int_eq(session_ended_at(a), session_ended_at(b));
	ck_assert_int_eq(session_first_ended_at(a), session_first_ended_at(b));
}

START_TEST(test_kill_after_each_step)
{
	static const struct sfx_script script = {rs_start, rs_step, rs_same, RS_STEPS};
	sfx_kill_after(&script, _i);
}
END_TEST

/* The script does what it says: each step took, so a kill after it tests it. */
START_TEST(test_steps_took)
{
	struct diags d = {0};
	struct session *s = rs_start("once");
	for (int k = 0; k < RS_STEPS; k++)
		ck_assert_int_eq(rs_step(s, k, &d), SESSION_OK);
	ck_assert_uint_eq(session_people(s)->n, 5);
	ck_assert_int_eq(session_left_at(s, 1), 0); /* Ben back */
	int64_t left;
	ck_assert(session_away(s, 1, 0, &left) > 0);
	ck_assert_int_eq(session_entry(s, 0)->person, 4);
	ck_assert_int_eq(session_clock_of(s, 0, 0)->added_ms, 0); /* one more, one less */
	ck_assert(session_planned_minutes(s, 1) == 9);
	ck_assert(session_first_ended_at(s) > 0 && session_ended_at(s) > session_first_ended_at(s));
	size_t put_back = 0;
	for (size_t i = 0; i < session_n_dealt(s); i++)
		put_back += session_dealt(s, i)->put_back;
	ck_assert_uint_eq(put_back, 1);
	session_free(s);
	diags_free(&d);
}
END_TEST

Suite *resume_steps_suite(void);
Suite *resume_steps_suite(void)
{
	Suite *s = suite_create("resume_steps");
	TCase *tc = tcase_create("resume_steps");
	tcase_add_checked_fixture(tc, rs_setup, rs_teardown);
	tcase_add_test(tc, test_steps_took);
	tcase_add_loop_test(tc, test_kill_after_each_step, 0, RS_STEPS);
	suite_add_tcase(s, tc);
	return s;
}
