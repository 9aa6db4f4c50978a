/*
 * The phase screen on a headless curses screen (support/round_views.h):
 * its "more" marker covers no text, and its selection never leaves the
 * view, whatever the moves; the key line's Space follows the timer; whose
 * turn it is reads whole at 40x12; cards in hand and the card each
 * reflection speaks to; the projector, and its block letters; a flow for
 * one person.
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
#include "core/round/session.h"
#include "core/round/transcript.h"
#include "core/round/turn.h"
#include "core/base/utf8.h"
#include "core/base/xalloc.h"
#include "tui/app.h"
#include "tui/round_int.h"
#include "tui/view_flows.h"
#include "tui/view_help.h"
#include "tui/view_home.h"
#include "tui/view_picker.h"
#include "tui/view_projector.h"
#include "tui/view_round.h"
#include "tui/view_rounds.h"
#include "tui/view_setup.h"

#include "../support/headless.h"
#include "../support/round_views.h"

/* The line after the last of the item whose first line is i. */
static size_t rv_item_end(const struct round *r, size_t i)
{
	size_t end = i + 1;
	while (end < r->body.t.n && r->body.refs[end].kind == r->body.refs[i].kind &&
	       r->body.refs[end].index == r->body.refs[i].index && !r->body.refs[end].first)
		end++;
	return end;
}

/* Nothing selected, or the selected item has a line on screen. */
static void ck_sel_in_view(const struct round *r, const char *after)
{
	if (r->sel >= r->body.t.n)
		return;
	ck_assert_msg(r->body.refs[r->sel].kind != RPH_TEXT && r->body.refs[r->sel].first,
		      "after %s the selection is not an item's first line", after);
	ck_assert_msg(rv_item_end(r, r->sel) > r->sc.top && r->sel < r->sc.top + r->sc.rows,
		      "after %s at %dx%d the selected item (lines %zu-%zu) is out of view "
		      "(lines %zu-%zu)", after, COLS, LINES, r->sel, rv_item_end(r, r->sel) - 1,
		      r->sc.top, r->sc.top + r->sc.rows - 1);
}

/* The marker has the last row of the area to itself, and the body's last
 * visible line is drawn whole on the row above it. */
static void ck_marker_alone(const struct round *r, const char *marker)
{
	int bottom = LINES - 2; /* the area is rows 1 .. LINES - 2 */
	char *row = hl_row(bottom);
	ck_assert_msg(!strcmp(row, marker), "%dx%d: the marker row is \"%s\", not \"%s\" alone",
		      COLS, LINES, row, marker);
	free(row);
	size_t last = r->sc.top + r->sc.rows - 1;
	ck_assert_uint_lt(last, r->body.t.n);
	char *want = utf8_visible(r->body.t.v[last].text, false);
	char *shown = hl_row(bottom - 1);
	size_t lead = strspn(want, " ");
	ck_assert_msg(!strcmp(shown, want + lead), "%dx%d: the last body line shows \"%s\", not \"%s\"",
		      COLS, LINES, shown, want + lead);
	free(shown);
	free(want);
}

START_TEST(test_phase_more_marker_covers_nothing)
{
	struct round *r = rv_phase_screen("Ana,Zoë,李明,Ben");
	for (size_t z = 0; z < sizeof rv_sizes / sizeof *rv_sizes; z++) {
		resizeterm(rv_sizes[z][0], rv_sizes[z][1]);
		hl_draw(&rv_app, &r->v);
		r->v.ops->key(&r->v, 'g', ACT_TOP);
		hl_paint(&r->v);
		ck_assert_uint_lt(r->sc.rows, r->body.t.n); /* it does not fit */
		ck_marker_alone(r, "↓ more");
		r->v.ops->key(&r->v, 'G', ACT_BOTTOM);
		hl_paint(&r->v);
		ck_marker_alone(r, "↑ more");
		ck_assert_uint_eq(r->sc.top + r->sc.rows, r->body.t.n); /* the end is in view */
	}
}
END_TEST

/* Whatever the moves, the selection stays in view (or there is none). */
START_TEST(test_phase_selection_stays_in_view)
{
	static const enum action moves[] = {ACT_DOWN,	 ACT_DOWN,  ACT_ED_PGDN, ACT_UP,
					    ACT_BOTTOM,	 ACT_UP,    ACT_ED_PGUP, ACT_TOP,
					    ACT_ED_PGDN, ACT_DOWN,  ACT_BOTTOM,	 ACT_DOWN};
	static const char *const names[] = {"↓", "↓", "PgDn", "↑", "G", "↑", "PgUp", "g",
					    "PgDn", "↓", "G", "↓"};
	struct round *r = rv_phase_screen("Ana,Zoë,李明,Ben");
	for (size_t z = 0; z < sizeof rv_sizes / sizeof *rv_sizes; z++) {
		resizeterm(rv_sizes[z][0], rv_sizes[z][1]);
		hl_draw(&rv_app, &r->v);
		unsigned seed = 12345;
		for (int k = 0; k < 300; k++) {
			size_t m = (size_t)k;
			if (k >= 12) {
				seed = seed * 1103515245u + 12345u;
				m = (seed >> 16) % (sizeof moves / sizeof *moves);
			}
			r->v.ops->key(&r->v, 0, moves[m]);
			hl_paint(&r->v);
			ck_sel_in_view(r, names[m]);
		}
	}
	/* after G with a card selected, the selection is an item at the bottom */
	resizeterm(24, 80);
	hl_draw(&rv_app, &r->v);
	r->v.ops->key(&r->v, 'g', ACT_TOP);
	for (int k = 0; k < 30 && (r->sel >= r->body.t.n || r->body.refs[r->sel].kind != RPH_CARD); k++)
		r->v.ops->key(&r->v, 'k', ACT_UP);
	hl_paint(&r->v);
	ck_assert_uint_lt(r->sel, r->body.t.n);
	ck_assert_int_eq(r->body.refs[r->sel].kind, RPH_CARD);
	r->v.ops->key(&r->v, 'G', ACT_BOTTOM);
	hl_paint(&r->v);
	ck_assert_uint_lt(r->sel, r->body.t.n);
	ck_sel_in_view(r, "G");
	/* and what e acts on is what is shown selected: a reflection in view */
	ck_assert_int_eq(r->body.refs[r->sel].kind, RPH_ENTRY);
}
END_TEST

/* The key line names Space for what it will do: "resume" while the timer is paused. */
START_TEST(test_phase_key_line_follows_timer)
{
	struct round *r = rv_phase_screen("Ana,Zoë,李明,Ben");
	char *bar = app_key_line(&r->v, 200);
	ck_assert_msg(strstr(bar, "Space pause"), "key line \"%s\"", bar);
	free(bar);
	hl_press(&rv_app, ' ');
	ck_assert(!rtimer_running(&r->timer));
	bar = app_key_line(&r->v, 200);
	ck_assert_msg(strstr(bar, "Space resume") && !strstr(bar, "pause"), "key line \"%s\"", bar);
	free(bar);
	hl_press(&rv_app, ' ');
	bar = app_key_line(&r->v, 200);
	ck_assert_msg(strstr(bar, "Space pause"), "key line \"%s\"", bar);
	free(bar);
}
END_TEST

/* The first live card person holds from deck (an index for session_dealt), or -1. */
static long rv_card_of(const struct session *s, int person, const char *deck)
{
	for (size_t i = 0; i < session_n_dealt(s); i++) {
		const struct dealt *c = session_dealt(s, i);
		if (!c->withdrawn && c->person == person && !strcmp(c->deck, deck))
			return (long)i;
	}
	return -1;
}

/* The editor's screen holds want (its context shows the card). */
static void ck_editor_shows(const char *want)
{
	struct view *e = app_top(&rv_app);
	ck_assert_str_eq(e->ops->name, "Editor");
	hl_draw(&rv_app, e);
	hl_shows(want);
}

/* QA F3 and F4: in the reflecting phase the observers' lens cards, dealt two
 * phases before, are in hand (the table's card new), and each observer's
 * reflection speaks to their own lens without anyone selecting it; the
 * editor says which and Ctrl-T changes it; the transcript names it. */
START_TEST(test_cards_in_hand_and_reflection_cards)
{
	/* Dee mentors and Pat watches the process, so Eve and Fay observe. */
	struct session *s = rv_session("Ana,Ben,Chi,Dee,Pat,Eve,Fay");
	struct diags d = {0};
	ck_assert_int_eq(session_goto(s, 0, 1, &d), SESSION_OK); /* the lenses are dealt */
	ck_assert_int_eq(session_goto(s, 0, 3, &d), SESSION_OK); /* the observers reflect */
	long eve = rv_card_of(s, 5, "social-graces"), fay = rv_card_of(s, 6, "social-graces");
	ck_assert_int_ge(eve, 0);
	ck_assert_int_ge(fay, 0);
	const char *eve_t = rphase_card_title(s, "social-graces", session_dealt(s, eve)->card);
	const char *fay_t = rphase_card_title(s, "social-graces", session_dealt(s, fay)->card);
	struct round *r = (struct round *)round_open(&rv_app, s, NULL, false);
	app_push(&rv_app, &r->v);
	resizeterm(60, 200);
	hl_draw(&rv_app, &r->v);
	hl_shows("Cards in hand");
	char *want = xasprintf("Eve, Observer (reflecting team): %s · Social GRACES", eve_t);
	hl_shows(want);
	free(want);
	hl_shows("· CMM: making meaning · new");
	/* Eve writes first: her lens, unselected */
	hl_press(&rv_app, K_ENTER);
	want = xasprintf("Card: %s · Social GRACES", eve_t);
	ck_editor_shows(want);
	/* the card key offers no card first, then the table's, then the others' */
	hl_press(&rv_app, K_CTRL('t'));
	ck_editor_shows("Card: none");
	hl_press(&rv_app, K_CTRL('t'));
	ck_editor_shows("· CMM");
	size_t choices[64];
	size_t k = turn_card_choices(s, 5, choices);
	ck_assert_uint_gt(k, 2);
	ck_assert_uint_eq(choices[0], (size_t)eve);
	for (size_t i = 2; i < k + 1; i++) /* round again, to her lens */
		hl_press(&rv_app, K_CTRL('t'));
	ck_editor_shows(want);
	free(want);
	hl_type(&rv_app, "Through her lens");
	hl_press(&rv_app, K_CTRL('s'));
	ck_assert_ptr_eq(app_top(&rv_app), &r->v);
	/* then Fay, with Eve's card selected: hers is still the one */
	r->v.ops->key(&r->v, 'g', ACT_TOP);
	hl_press(&rv_app, K_DOWN);
	ck_assert_int_eq(round_selected(r, RPH_CARD), eve);
	hl_press(&rv_app, K_ENTER);
	want = xasprintf("Card: %s", fay_t);
	ck_editor_shows(want);
	free(want);
	hl_type(&rv_app, "Through hers");
	hl_press(&rv_app, K_CTRL('s'));
	ck_assert_uint_eq(session_n_entries(s), 2);
	ck_assert_str_eq(session_entry(s, 0)->card, session_dealt(s, eve)->card);
	ck_assert_str_eq(session_entry(s, 1)->card, session_dealt(s, fay)->card);
	/* the action planner's phase: his contribution speaks to the card dealt him there */
	ck_assert_int_eq(session_goto(s, 0, 5, &d), SESSION_OK);
	round_refresh(r);
	long dom = rv_card_of(s, 2, "systemic-ideas");
	ck_assert_int_ge(dom, 0);
	hl_press(&rv_app, K_ENTER);
	want = xasprintf("Card: %s", rphase_card_title(s, "systemic-ideas", session_dealt(s, dom)->card));
	ck_editor_shows(want);
	free(want);
	hl_type(&rv_app, "The plan");
	hl_press(&rv_app, K_CTRL('s'));
	ck_assert_str_eq(session_entry(s, 2)->card, session_dealt(s, dom)->card);
	ck_assert_int_eq(session_entry(s, 2)->person, 2);
	/* the transcript says which card each speaks to */
	ck_assert_int_eq(transcript_save(s, &d), 0);
	char *md = xasprintf("%.*s.md", (int)(strlen(session_journal_path(s)) - 6), session_journal_path(s));
	FILE *f = fopen(md, "r");
	ck_assert_ptr_nonnull(f);
	char buf[65536];
	size_t n = fread(buf, 1, sizeof buf - 1, f);
	buf[n] = '\0';
	fclose(f);
	want = xasprintf("**Eve** (Observer, reflecting team), on *%s*", eve_t);
	ck_assert_msg(strstr(buf, want), "no \"%s\" in the transcript:\n%.2000s", want, buf);
	free(want);
	want = xasprintf("**Chi** (Action planner), on *%s*",
			 rphase_card_title(s, "systemic-ideas", session_dealt(s, dom)->card));
	ck_assert_msg(strstr(buf, want), "no \"%s\" in the transcript:\n%.2000s", want, buf);
	free(want);
	free(md);
	diags_free(&d);
}
END_TEST

/* The projector steps through the cards in hand, earlier phases' too. */
START_TEST(test_projector_steps_through_hand)
{
	struct session *s = rv_session("Ana,Ben,Chi,Dee,Pat,Eve,Fay");
	struct diags d = {0};
	ck_assert_int_eq(session_goto(s, 0, 1, &d), SESSION_OK);
	ck_assert_int_eq(session_goto(s, 0, 3, &d), SESSION_OK);
	struct round *r = (struct round *)round_open(&rv_app, s, NULL, false);
	app_push(&rv_app, &r->v);
	hl_draw(&rv_app, &r->v);
	hl_press(&rv_app, 'p');
	struct view *pj = app_top(&rv_app);
	ck_assert_str_eq(pj->ops->name, "Projector");
	bool lens = false;
	for (int k = 0; k < 8 && !lens; k++) {
		hl_press(&rv_app, k < 4 ? K_LEFT : K_RIGHT);
		hl_draw(&rv_app, pj);
		char *text = hl_screen();
		lens = strstr(text, "Social GRACES · for Eve") != NULL;
		free(text);
	}
	ck_assert_msg(lens, "the projector never showed Eve's lens card");
	diags_free(&d);
}
END_TEST

/* QA F13: the projector draws the phase and the card in block letters where
 * the window has room (80x24, 200x60), letter-spaced where it has not (40x12),
 * and its timer on the last row. */
START_TEST(test_projector_big_letters)
{
	struct round *r = rv_phase_screen("Ana,Zoë,李明,Ben"); /* the Interview */
	hl_press(&rv_app, 'p');
	struct view *pj = app_top(&rv_app);
	ck_assert_str_eq(pj->ops->name, "Projector");
	for (size_t z = 0; z < sizeof rv_sizes / sizeof *rv_sizes; z++) {
		resizeterm(rv_sizes[z][0], rv_sizes[z][1]);
		hl_draw(&rv_app, pj);
		char *text = hl_screen();
		if (COLS >= 80)
			ck_assert_msg(strstr(text, "█") && strstr(text, "▀"),
				      "%dx%d: no big letters:\n%s", COLS, LINES, text);
		else
			hl_shows("I n t e r v i e w");
		hl_shows(" · for ");
		char *last = hl_row(LINES - 1);
		ck_assert_msg(strchr(last, ':'), "%dx%d: no timer on the last row", COLS, LINES);
		free(last);
		free(text);
	}
	(void)r;
}
END_TEST

/* At 40x12 whose turn it is can be read whole: the line is shortened, then
 * wrapped, never cut before the names. */
START_TEST(test_phase_turn_readable_when_small)
{
	struct session *s = rv_session("Ana,Ben,Chi,Dee,Pat,Eve,Fay,Gil,Hal");
	struct diags d = {0};
	ck_assert_int_eq(session_goto(s, 0, 1, &d), SESSION_OK);
	struct view *v = round_open(&rv_app, s, NULL, false);
	app_push(&rv_app, v);
	for (size_t z = 0; z < sizeof rv_sizes / sizeof *rv_sizes; z++) {
		resizeterm(rv_sizes[z][0], rv_sizes[z][1]);
		hl_draw(&rv_app, v);
		hl_shows("Turn: Presenter — Ana");
	}
	ck_assert_int_eq(session_goto(s, 0, 3, &d), SESSION_OK); /* the observers reflect */
	round_refresh((struct round *)v);
	for (size_t z = 0; z < sizeof rv_sizes / sizeof *rv_sizes; z++) {
		resizeterm(rv_sizes[z][0], rv_sizes[z][1]);
		hl_draw(&rv_app, v);
		char *text = hl_screen();
		char *flat = xstrdup(text); /* the turn may wrap: read it as one line */
		for (char *p = flat; *p; p++)
			*p = *p == '\n' ? ' ' : *p;
		ck_assert_msg(strstr(flat, "(reflecting team) — Eve, Fay, Gil, Hal") ||
				      strstr(flat, "(reflecting team) — Eve, Fay, Gil,  Hal"),
			      "%dx%d: the turn cannot be read whole:\n%s", COLS, LINES, text);
		free(flat);
		free(text);
	}
	diags_free(&d);
}
END_TEST

/* A flow for one person (solo-practice) stays in the flow list, marked as
 * such; run as a round, its capture line and editor speak to that person,
 * not to a group (QA F28). */
START_TEST(test_flow_for_one_person)
{
	resizeterm(60, 200);
	struct view *v = flows_open(&rv_app);
	app_push(&rv_app, v);
	hl_draw(&rv_app, v);
	ck_assert(rv_has_row("Solo question-type practice · 22 min · 6 phases · for one person"));
	ck_assert(rv_has_row("Bells that Ring · 52 min · 7 phases"));
	app_close(&rv_app, v);

	struct strv p = {0};
	strv_push(&p, "Mo");
	char *dir = xasprintf("%s/rucksack/sessions", rv_home);
	char *cmd = xasprintf("mkdir -p '%s'", dir);
	ck_assert_int_eq(system(cmd), 0);
	struct session_opts o = {.flow_id = "solo-practice", .people = &p, .has_seed = true,
				 .seed = 7, .dir = dir};
	struct session *se = NULL;
	struct diags d = {0};
	ck_assert_int_eq(session_start(&se, &rv_cat, &o, &d), SESSION_OK);
	ck_assert_int_eq(session_goto(se, 0, 2, &d), SESSION_OK); /* write: capture one */
	resizeterm(24, 80);
	v = round_open(&rv_app, se, NULL, false);
	app_push(&rv_app, v);
	hl_draw(&rv_app, v);
	hl_shows("Write: your reflection");
	char *text = hl_screen();
	ck_assert_msg(!strstr(text, "group"), "group wording for one person:\n%s", text);
	free(text);
	hl_press(&rv_app, 'w');
	ck_assert_str_eq(app_top(&rv_app)->ops->name, "Editor");
	struct view *ed = app_top(&rv_app);
	char *title = ed->ops->title ? ed->ops->title(ed) : NULL;
	ck_assert_ptr_nonnull(title);
	ck_assert_msg(strstr(title, "Reflection · Mo"), "the editor's title: %s", title);
	free(title);
	diags_free(&d);
	strv_free(&p);
	free(cmd);
	free(dir);
}
END_TEST

Suite *round_views_suite(void);
Suite *round_views_suite(void)
{
	Suite *s = suite_create("round_views");
	TCase *tc = tcase_create("round_views");
	tcase_add_checked_fixture(tc, rv_setup, rv_teardown);
	tcase_add_test(tc, test_phase_more_marker_covers_nothing);
	tcase_add_test(tc, test_phase_selection_stays_in_view);
	tcase_add_test(tc, test_phase_key_line_follows_timer);
	tcase_add_test(tc, test_phase_turn_readable_when_small);
	tcase_add_test(tc, test_cards_in_hand_and_reflection_cards);
	tcase_add_test(tc, test_projector_steps_through_hand);
	tcase_add_test(tc, test_projector_big_letters);
	tcase_add_test(tc, test_flow_for_one_person);
	suite_add_tcase(s, tc);
	return s;
}
