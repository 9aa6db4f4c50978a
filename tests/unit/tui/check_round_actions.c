/*
 * The phase screen's case and question (C), actions (a, e, x), ending with
 * where the round stands, and reopening (R), on a headless screen: the keys
 * reach the session, and the screen shows what it then holds.
 */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "core/round/session.h"
#include "core/base/xalloc.h"
#include "tui/app.h"
#include "tui/round_int.h"
#include "tui/view_round.h"

#include "../support/headless.h"
#include "../support/round_views.h"

/* The phase screen of a fresh Bells that Ring round at phase (0-based), drawn at 24x80. */
static struct round *ra_screen(size_t phase)
{
	struct session *s = rv_session("Ana,Ben,Chi,Dee");
	struct diags d = {0};
	ck_assert_int_eq(session_goto(s, 0, phase, &d), SESSION_OK);
	diags_free(&d);
	struct round *r = (struct round *)round_open(&rv_app, s, NULL, false);
	app_push(&rv_app, &r->v);
	resizeterm(24, 80);
	hl_draw(&rv_app, &r->v);
	return r;
}

/* C gives the case and question; every phase shows them. */
START_TEST(test_case_key)
{
	struct round *r = ra_screen(1);
	hl_press(&rv_app, 'C');
	ck_assert_str_eq(app_top(&rv_app)->ops->name, "Form");
	hl_draw(&rv_app, app_top(&rv_app));
	hl_shows("never a family's names");
	hl_type(&rv_app, "J (7)");
	hl_press(&rv_app, '\t');
	hl_type(&rv_app, "What am I missing?");
	hl_press(&rv_app, K_ENTER); /* the last field: saves */
	ck_assert_ptr_eq(app_top(&rv_app), &r->v);
	ck_assert_str_eq(session_case_ref(r->s), "J (7)");
	ck_assert_str_eq(session_question(r->s), "What am I missing?");
	hl_press(&rv_app, K_RIGHT);
	hl_draw(&rv_app, &r->v);
	hl_shows("Case: J (7) · Question: What am I missing?");
}
END_TEST

/* a adds an action (who picked with Ctrl-T or typed), from any phase; the
 * action phase's key line offers it; e and x change and delete the selected one. */
START_TEST(test_action_keys)
{
	struct round *r = ra_screen(1);
	hl_press(&rv_app, 'a');
	hl_type(&rv_app, "Call the school");
	hl_press(&rv_app, K_ENTER);
	hl_press(&rv_app, K_CTRL('t'));
	hl_press(&rv_app, K_ENTER);
	hl_type(&rv_app, "Friday");
	hl_press(&rv_app, K_ENTER);
	ck_assert_ptr_eq(app_top(&rv_app), &r->v);
	ck_assert_uint_eq(session_n_actions(r->s), 1);
	const struct round_action *a = session_action(r->s, 0);
	ck_assert_str_eq(a->what, "Call the school");
	ck_assert_int_eq(a->person, 0);
	ck_assert_str_eq(a->by, "Friday");
	ck_assert_int_eq(round_selected(r, RPH_ACTION), 0);
	hl_draw(&rv_app, &r->v);
	hl_shows("Call the school — Ana, by Friday");
	/* an action needs its what: the form stays, saying so */
	hl_press(&rv_app, 'a');
	hl_press(&rv_app, K_CTRL('s'));
	ck_assert_str_eq(app_top(&rv_app)->ops->name, "Form");
	ck_message("what will be done");
	hl_press(&rv_app, K_ESC);
	ck_assert_uint_eq(session_n_actions(r->s), 1);
	/* e changes the selected one: a name typed */
	hl_press(&rv_app, 'e');
	hl_press(&rv_app, '\t');
	for (int i = 0; i < 3; i++)
		hl_press(&rv_app, K_BACKSPACE);
	hl_type(&rv_app, "Dr Khan");
	hl_press(&rv_app, K_CTRL('s'));
	ck_assert_int_eq(session_action(r->s, 0)->person, -1);
	ck_assert_str_eq(session_action(r->s, 0)->who, "Dr Khan");
	hl_press(&rv_app, 'x');
	hl_press(&rv_app, 'y');
	ck_assert(session_action(r->s, 0)->deleted);
	/* the action-planning phase puts a on the key line */
	char *bar = app_key_line(&r->v, 200);
	ck_assert_msg(!strstr(bar, "a action"), "key line \"%s\"", bar);
	free(bar);
	struct diags d = {0};
	ck_assert_int_eq(session_goto(r->s, 0, 5, &d), SESSION_OK);
	round_refresh(r);
	bar = app_key_line(&r->v, 80);
	ck_assert_msg(strstr(bar, "a action"), "key line \"%s\"", bar);
	free(bar);
	hl_draw(&rv_app, &r->v);
	hl_shows("Actions agreed: 0 (a adds one)");
	diags_free(&d);
}
END_TEST

/* E says where the round stands and what ending means; R reopens it; what is
 * then added is after the end. */
START_TEST(test_end_and_reopen)
{
	struct round *r = ra_screen(1);
	hl_press(&rv_app, 'E');
	hl_draw(&rv_app, app_top(&rv_app));
	hl_shows("End the round? It is at phase 2 of 7.");
	hl_shows("R reopens it");
	hl_press(&rv_app, 'y');
	ck_assert(session_ended_at(r->s) != 0);
	hl_press(&rv_app, 'a');
	ck_message("R reopens it");
	ck_assert_ptr_eq(app_top(&rv_app), &r->v);
	char *bar = app_key_line(&r->v, 80);
	ck_assert_msg(strstr(bar, "R reopen"), "key line \"%s\"", bar);
	free(bar);
	hl_press(&rv_app, 'R');
	hl_press(&rv_app, 'y');
	ck_assert_int_eq(session_ended_at(r->s), 0);
	ck_assert(session_first_ended_at(r->s) != 0);
	hl_press(&rv_app, 'n');
	hl_type(&rv_app, "Booked");
	hl_press(&rv_app, K_CTRL('s'));
	ck_assert_uint_eq(session_n_entries(r->s), 1);
	ck_assert(session_after_end(r->s, session_entry(r->s, 0)->seq));
}
END_TEST

Suite *round_actions_suite(void);
Suite *round_actions_suite(void)
{
	Suite *s = suite_create("round_actions");
	TCase *tc = tcase_create("round_actions");
	tcase_add_checked_fixture(tc, rv_setup, rv_teardown);
	tcase_add_test(tc, test_case_key);
	tcase_add_test(tc, test_action_keys);
	tcase_add_test(tc, test_end_and_reopen);
	suite_add_tcase(s, tc);
	return s;
}
