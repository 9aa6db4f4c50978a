/*
 * Who said it, on a headless phase screen (support/round_views.h): the
 * number keys pick who speaks, out of order and twice, the screen saying who
 * has not spoken yet and never blocking a move on; A gives a saved text to
 * someone else; an edit's card changed with Ctrl-T is kept; u puts a card
 * back.
 */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "core/base/xalloc.h"
#include "core/round/session.h"
#include "tui/app.h"
#include "tui/keys.h"
#include "tui/round_int.h"
#include "tui/term.h"
#include "tui/view_round.h"

#include "../support/headless.h"
#include "../support/round_views.h"

/* Bells that Ring for seven on the reflecting conversation: Dee mentors, Pat
 * watches the process, Eve (6) and Fay (7) observe. */
static struct round *ra_reflecting(void)
{
	struct session *s = rv_session("Ana,Ben,Chi,Dee,Pat,Eve,Fay");
	struct diags d = {0};
	ck_assert_int_eq(session_goto(s, 0, 1, &d), SESSION_OK); /* the lenses are dealt */
	ck_assert_int_eq(session_goto(s, 0, 3, &d), SESSION_OK);
	diags_free(&d);
	struct round *r = (struct round *)round_open(&rv_app, s, NULL, false);
	app_push(&rv_app, &r->v);
	resizeterm(60, 200);
	hl_draw(&rv_app, &r->v);
	return r;
}

/* Types text in the editor open on top and saves it. */
static void ra_say(const char *title, const char *text)
{
	struct view *e = app_top(&rv_app);
	ck_assert_str_eq(e->ops->name, "Editor");
	hl_draw(&rv_app, e);
	char *t = e->ops->title(e);
	ck_assert_str_eq(t, title);
	free(t);
	hl_type(&rv_app, text);
	hl_press(&rv_app, K_CTRL('s'));
}

START_TEST(test_speakers_out_of_order)
{
	struct round *r = ra_reflecting();
	hl_shows("Spoken 0 of 2 · not yet: 6 Eve, 7 Fay");
	hl_press(&rv_app, '7');
	ra_say("Reflection · Fay", "Dad is invisible");
	ck_assert_ptr_eq(app_top(&rv_app), &r->v);
	hl_draw(&rv_app, &r->v);
	hl_shows("Spoken 1 of 2 · not yet: 6 Eve");
	hl_press(&rv_app, '7'); /* Fay again */
	ra_say("Reflection · Fay", "And the church");
	hl_press(&rv_app, K_ENTER); /* the default: who has not spoken yet */
	ra_say("Reflection · Eve", "Our fear");
	hl_press(&rv_app, '2'); /* the consultant too: no order is forced */
	ra_say("Reflection · Ben", "A question");
	hl_draw(&rv_app, &r->v);
	hl_shows("Spoken: all 2");
	static const int who[] = {6, 6, 5, 1};
	ck_assert_uint_eq(session_n_entries(r->s), 4);
	for (size_t i = 0; i < 4; i++)
		ck_assert_int_eq(session_entry(r->s, i)->person, who[i]);
	hl_press(&rv_app, '9');
	ck_message("No one has the number 9");
	hl_press(&rv_app, K_RIGHT);
	ck_assert_uint_eq(session_phase_index(r->s), 4);
}
END_TEST

/* Nobody left out is no block either: moving on with nobody spoken works. */
START_TEST(test_moving_on_never_blocked)
{
	struct round *r = ra_reflecting();
	hl_press(&rv_app, K_RIGHT);
	ck_assert_uint_eq(session_phase_index(r->s), 4);
}
END_TEST

/* Selects the first line of item (kind, index) on r's body. */
static void ra_select(struct round *r, enum rph_kind kind, size_t index)
{
	round_refresh(r);
	r->sel = rphase_find(&r->body, kind, index);
	ck_assert_uint_lt(r->sel, r->body.t.n);
	round_show_line(r, r->sel);
	hl_draw(&rv_app, &r->v);
}

START_TEST(test_author_after_saving)
{
	struct round *r = ra_reflecting();
	hl_press(&rv_app, '6');
	ra_say("Reflection · Eve", "It was Fay");
	ra_select(r, RPH_ENTRY, 0);
	hl_press(&rv_app, 'A');
	hl_draw(&rv_app, app_top(&rv_app));
	hl_shows("Give the selected text to");
	hl_type(&rv_app, "nobody");
	hl_press(&rv_app, K_ENTER); /* refused: the box stays */
	ck_assert_ptr_ne(app_top(&rv_app), &r->v);
	ck_assert_int_eq(session_entry(r->s, 0)->person, 5);
	for (int i = 0; i < 6; i++)
		hl_press(&rv_app, K_BACKSPACE);
	hl_type(&rv_app, "fay");
	hl_press(&rv_app, K_ENTER);
	ck_assert_ptr_eq(app_top(&rv_app), &r->v);
	ck_assert_int_eq(session_entry(r->s, 0)->person, 6);
	ck_message("Author changed (saved)");
	/* a note is the facilitator's until given to someone */
	hl_press(&rv_app, 'n');
	ra_say("Note · Facilitator", "Coaching point");
	ck_assert_int_eq(session_entry(r->s, 1)->person, SESSION_FACILITATOR);
	ck_assert_ptr_null(session_entry(r->s, 1)->card); /* never a card unless asked */
	ra_select(r, RPH_ENTRY, 1);
	hl_press(&rv_app, 'A');
	hl_type(&rv_app, "4");
	hl_press(&rv_app, K_ENTER);
	ck_assert_int_eq(session_entry(r->s, 1)->person, 3);
	/* with nothing selected, A asks who speaks now */
	r->sel = r->body.t.n;
	hl_press(&rv_app, 'A');
	hl_type(&rv_app, "g");
	hl_press(&rv_app, K_ENTER);
	ra_say("Reflection · the group", "All of us");
	ck_assert_int_eq(session_entry(r->s, 2)->person, -1);
}
END_TEST

START_TEST(test_edit_card_and_put_back)
{
	struct round *r = ra_reflecting();
	hl_press(&rv_app, '6');
	ra_say("Reflection · Eve", "Through her lens");
	ck_assert_ptr_nonnull(session_entry(r->s, 0)->card); /* her one lens */
	ra_select(r, RPH_ENTRY, 0);
	hl_press(&rv_app, 'e');
	hl_press(&rv_app, K_CTRL('t')); /* no card first */
	hl_draw(&rv_app, app_top(&rv_app));
	hl_shows("Card: none");
	hl_press(&rv_app, K_CTRL('s'));
	ck_assert_ptr_null(session_entry(r->s, 0)->card);
	ck_assert_uint_eq(session_entry(r->s, 0)->revisions, 0); /* the text did not change */
	/* the table's card, taken by mistake, goes back */
	long table = -1;
	for (size_t i = 0; i < session_n_dealt(r->s); i++)
		if (session_dealt(r->s, i)->person == -1 && session_dealt(r->s, i)->phase == 3)
			table = (long)i;
	ck_assert_int_ge(table, 0);
	ra_select(r, RPH_CARD, (size_t)table);
	hl_press(&rv_app, 'u');
	ck_message("Card put back (saved)");
	ck_assert(session_dealt(r->s, table)->put_back);
	r->sel = r->body.t.n;
	hl_press(&rv_app, 'u');
	ck_message("Select a card first");
}
END_TEST

/* A text on a card no longer in hand (put back since): the card key offers no card first. */
START_TEST(test_edit_card_gone)
{
	struct round *r = ra_reflecting();
	hl_press(&rv_app, '6');
	ra_say("Reflection · Eve", "Through her lens");
	const struct entry *e = session_entry(r->s, 0);
	long lens = -1;
	for (size_t i = 0; i < session_n_dealt(r->s); i++)
		if (!strcmp(session_dealt(r->s, i)->card, e->card))
			lens = (long)i;
	ck_assert_int_ge(lens, 0);
	ra_select(r, RPH_CARD, (size_t)lens);
	hl_press(&rv_app, 'u');
	ck_message("Card put back (saved)");
	ra_select(r, RPH_ENTRY, 0);
	hl_press(&rv_app, 'e');
	hl_draw(&rv_app, app_top(&rv_app));
	hl_not_shown("Card: none");
	hl_press(&rv_app, K_CTRL('t'));
	hl_draw(&rv_app, app_top(&rv_app));
	hl_shows("Card: none");
	hl_press(&rv_app, K_CTRL('s'));
	ck_assert_ptr_null(session_entry(r->s, 0)->card);
}
END_TEST

Suite *round_author_suite(void);
Suite *round_author_suite(void)
{
	Suite *s = suite_create("round_author");
	TCase *tc = tcase_create("round_author");
	tcase_add_checked_fixture(tc, rv_setup, rv_teardown);
	tcase_add_test(tc, test_speakers_out_of_order);
	tcase_add_test(tc, test_moving_on_never_blocked);
	tcase_add_test(tc, test_author_after_saving);
	tcase_add_test(tc, test_edit_card_and_put_back);
	tcase_add_test(tc, test_edit_card_gone);
	suite_add_tcase(s, tc);
	return s;
}
