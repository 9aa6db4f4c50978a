/*
 * Every round screen on a headless curses screen (support/round_views.h):
 * setup, the phase screen, the projector, the card picker, the flows and
 * the resume list each draw at 80x24, 40x12 and 200x60 within their area,
 * take every key harmlessly, give no key two actions, and draw control
 * characters in names and reflections as visible stand-ins.  Setup's o with
 * two optional roles, and names with controls; lists mark "more" and cuts
 * end in "…"; the flow list goes back with ← and setup back to it; the home
 * menu's order, and its reading the rounds only when it comes to the top.
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

static int rv_picked;

static int rv_pick(void *data, long replace, const char *deck, const char *card)
{
	(void)data, (void)replace, (void)deck, (void)card;
	rv_picked++;
	return R_REDRAW;
}

/* Lists that scroll say so ("↓ more", then "↑ more" at the end), and text cut
 * to fit ends in "…". */
START_TEST(test_lists_mark_more_and_cuts)
{
	for (int i = 0; i < 4; i++)
		session_free(rv_session("Ana,Ben,Chi,Dee"));
	resizeterm(12, 40);
	struct view *v = rounds_open(&rv_app);
	app_push(&rv_app, v);
	hl_draw(&rv_app, v);
	hl_shows("↓ more");
	hl_shows("Unfinished rounds, newest first. En…");
	hl_press(&rv_app, 'G');
	hl_draw(&rv_app, v);
	hl_shows("↑ more");
	app_close(&rv_app, v);
	v = flows_open(&rv_app);
	app_push(&rv_app, v);
	hl_draw(&rv_app, v);
	hl_shows("↓ more");
	hl_press(&rv_app, 'G');
	hl_draw(&rv_app, v);
	hl_shows("↑ more");
	app_close(&rv_app, v);
	struct round *r = rv_phase_screen("Ana,Zoë,李明,Ben");
	resizeterm(12, 40);
	v = picker_open(&rv_app, catalog_find(&rv_cat, "tomm-questions"), r->s, "for the table", rv_pick,
			NULL, -1);
	app_push(&rv_app, v);
	hl_draw(&rv_app, v);
	hl_shows("↓ more");
	app_close(&rv_app, &r->v);
	v = flows_open(&rv_app);
	app_push(&rv_app, v);
	resizeterm(60, 200); /* room for every flow: no mark */
	hl_draw(&rv_app, v);
	char *text = hl_screen();
	ck_assert_msg(!strstr(text, "more"), "a mark with nothing more to show:\n%s", text);
	free(text);
}
END_TEST

/* o in setup with two optional roles: nobody is seated in either by the
 * group's size; o seats the selected person in the first, again in the
 * next, then back to the list's seat; a role held by another is passed. */
START_TEST(test_setup_two_optional_roles)
{
	const struct doc *flow = catalog_find(&rv_cat, "two-optional");
	ck_assert_ptr_nonnull(flow);
	struct view *v = setup_open(&rv_app, flow, NULL);
	app_push(&rv_app, v);
	hl_press(&rv_app, 'a');
	hl_type(&rv_app, "Ana, Ben, Chi, Dee, Eli, Fay");
	hl_press(&rv_app, K_ENTER);
	ck_assert_ptr_eq(app_top(&rv_app), v);
	hl_draw(&rv_app, v);
	hl_shows("Mentor: (optional, empty)");
	hl_shows("Scribe: (optional, empty)");
	hl_press(&rv_app, 'o'); /* Fay, the last added */
	ck_message("Fay seated as Mentor (o again: Scribe).");
	hl_draw(&rv_app, v);
	hl_shows("Mentor: Fay");
	hl_press(&rv_app, 'o');
	ck_message("Fay seated as Scribe (o again: back to the list's seat).");
	hl_draw(&rv_app, v);
	hl_shows("Mentor: (optional, empty)");
	hl_shows("Scribe: Fay");
	hl_press(&rv_app, K_UP); /* Eli: the scribe is Fay's, so the mentor, then back */
	hl_press(&rv_app, 'o');
	ck_message("Eli seated as Mentor (o again: back to the list's seat).");
	hl_press(&rv_app, K_UP); /* Dee: both held */
	hl_press(&rv_app, 'o');
	ck_message("Every optional role is held");
	hl_press(&rv_app, K_DOWN);
	hl_press(&rv_app, 'o');
	ck_message("Mentor left empty; Eli takes the list's seat.");
	hl_draw(&rv_app, v);
	hl_shows("Mentor: (optional, empty)");
	hl_shows("Scribe: Fay");
	/* the consultant seated as mentor: the one who consults now is named, once */
	hl_press(&rv_app, K_HOME);
	hl_press(&rv_app, K_DOWN); /* Ben */
	hl_press(&rv_app, 'o');
	ck_message("Ben seated as Mentor (o again: back to the list's seat). "
		   "Seats redone: Chi is now Consultant.");
}
END_TEST

/* The flow list goes back with ← and h too, as every list does; setup opened
 * from it goes back to it with q or Esc, and starting the round closes both. */
START_TEST(test_flows_back_and_setup_returns)
{
	static const int back[] = {K_LEFT, 'h', 'q', K_ESC};
	struct view *home = home_open(&rv_app);
	app_push(&rv_app, home);
	for (size_t i = 0; i < sizeof back / sizeof *back; i++) {
		app_push(&rv_app, flows_open(&rv_app));
		hl_draw(&rv_app, app_top(&rv_app));
		hl_press(&rv_app, back[i]);
		ck_assert_msg(app_top(&rv_app) == home, "key %#x did not go back from the flow list",
			      (unsigned)back[i]);
	}
	struct view *flows = flows_open(&rv_app);
	app_push(&rv_app, flows);
	hl_draw(&rv_app, flows);
	hl_press(&rv_app, K_ENTER);
	ck_assert_str_eq(app_top(&rv_app)->ops->name, "Setup");
	hl_press(&rv_app, K_ESC);
	ck_assert_ptr_eq(app_top(&rv_app), flows);
	hl_press(&rv_app, K_ENTER);
	hl_press(&rv_app, 'q');
	ck_assert_ptr_eq(app_top(&rv_app), flows);
	hl_press(&rv_app, K_ENTER);
	hl_press(&rv_app, 'a');
	hl_type(&rv_app, "Ana, Ben, Chi, Dee");
	hl_press(&rv_app, K_ENTER);
	hl_press(&rv_app, K_ENTER); /* start */
	ck_assert_str_eq(app_top(&rv_app)->ops->name, "Round");
	ck_assert_uint_eq(rv_app.n, 2); /* home and the round: setup and the list are gone */
	ck_assert_ptr_eq(rv_app.stack[0], home);
	/* saved where the program's environment says (XDG_DATA_HOME), which is where the
	 * rounds list looks: not under the real HOME of whoever runs the tests */
	char *dir = xasprintf("%s/rucksack/sessions/", rv_home);
	const char *journal = session_journal_path(((struct round *)app_top(&rv_app))->s);
	ck_assert_msg(strncmp(journal, dir, strlen(dir)) == 0, "round saved at %s", journal);
	free(dir);
}
END_TEST

/* Names typed or pasted with control characters into Add people: kept and
 * shown in the field, then refused with run --people's message, never
 * quietly cleaned into another name. */
START_TEST(test_setup_names_with_controls)
{
	struct view *v = setup_open(&rv_app, catalog_find(&rv_cat, "bells-that-ring"), NULL);
	app_push(&rv_app, v);
	hl_press(&rv_app, 'a');
	struct view *box = app_top(&rv_app);
	rv_paste("Evil\x1b[2Jname");
	hl_draw(&rv_app, box);
	hl_shows("Evil␛[2Jname");
	hl_press(&rv_app, K_ENTER);
	ck_assert_ptr_eq(app_top(&rv_app), box); /* refused: the box stays, with the text */
	ck_message("a name cannot hold control characters");
	hl_press(&rv_app, K_ESC);
	ck_assert_ptr_eq(app_top(&rv_app), v);
	/* a column of names pasted: the newlines are shown, and separate the
	 * names as commas do (none is cleaned into another name) */
	hl_press(&rv_app, 'a');
	box = app_top(&rv_app);
	rv_paste("Ann\nBob\n");
	hl_draw(&rv_app, box);
	hl_shows("Ann␊Bob␊");
	hl_press(&rv_app, K_ENTER);
	ck_assert_ptr_eq(app_top(&rv_app), v);
	hl_draw(&rv_app, v);
	hl_shows("Ann");
	hl_shows("Bob");
	hl_press(&rv_app, 'x');
	hl_press(&rv_app, 'x');
	hl_draw(&rv_app, v);
	hl_not_shown("Ann");
	hl_not_shown("Bob");
	/* a bell typed in one name of a list: the others go in, that one is named as refused */
	hl_press(&rv_app, 'a');
	hl_type(&rv_app, "Ana, Be");
	hl_press(&rv_app, 0x07);
	hl_type(&rv_app, "l, Ben, Chi, Dee");
	hl_draw(&rv_app, app_top(&rv_app));
	hl_shows("Ana, Be␇l, Ben, Chi, Dee");
	hl_press(&rv_app, K_ENTER);
	ck_assert_ptr_eq(app_top(&rv_app), v);
	ck_message("Added 4; a name cannot hold control characters");
	hl_draw(&rv_app, v);
	hl_shows("Presenter: Ana");
	hl_not_shown("Bel");
	hl_not_shown("Evil");
}
END_TEST

/* The rows of the screen holding each of labels, in order: -1 when one is not shown. */
static void rv_rows_of(const char *const *labels, size_t n, int *rows)
{
	for (size_t i = 0; i < n; i++) {
		rows[i] = -1;
		for (int y = 0; y < LINES && rows[i] < 0; y++) {
			char *row = hl_row(y);
			if (!strcmp(row, labels[i]))
				rows[i] = y;
			free(row);
		}
	}
}

/* The home menu in the brief's order: start a round, practise alone, browse
 * decks, resume an unfinished round (only when there is one), the rounds
 * kept (only when there are some), quit. */
START_TEST(test_home_order)
{
	static const char *const labels[] = {"Start a round", "Practise alone", "Browse decks",
					     "Resume a round", "Rounds kept", "Quit"};
	int rows[6];
	struct view *v = home_open(&rv_app);
	app_push(&rv_app, v);
	for (size_t z = 0; z < sizeof rv_sizes / sizeof *rv_sizes; z++) {
		resizeterm(rv_sizes[z][0], rv_sizes[z][1]);
		hl_draw(&rv_app, v);
		rv_rows_of(labels, 6, rows);
		ck_assert_int_eq(rows[3], -1); /* nothing to resume yet */
		ck_assert_int_eq(rows[4], -1); /* nor any round kept */
		ck_assert_int_gt(rows[0], 0);
		ck_assert_int_eq(rows[1], rows[0] + 1);
		ck_assert_int_eq(rows[2], rows[0] + 2);
		ck_assert_int_eq(rows[5], rows[0] + 3);
	}
	session_free(rv_session("Ana,Ben,Chi,Dee")); /* left unfinished */
	app_push(&rv_app, help_open(v)); /* the home screen comes back to the top: it reads the rounds */
	app_close(&rv_app, app_top(&rv_app));
	app_settle(&rv_app);
	for (size_t z = 0; z < sizeof rv_sizes / sizeof *rv_sizes; z++) {
		resizeterm(rv_sizes[z][0], rv_sizes[z][1]);
		hl_draw(&rv_app, v);
		rv_rows_of(labels, 6, rows);
		for (int i = 1; i < 6; i++)
			ck_assert_msg(rows[i] == rows[0] + i, "%dx%d: \"%s\" on row %d, not %d", COLS,
				      LINES, labels[i], rows[i], rows[0] + i);
	}
}
END_TEST

/* The home screen reads the rounds (every journal) when it comes to the
 * top, not on each draw or key: a round left unfinished is offered once
 * the round's screen has closed, and drawing and moving read nothing. */
START_TEST(test_home_reads_rounds_on_top)
{
	struct view *home = home_open(&rv_app);
	app_push(&rv_app, home);
	app_settle(&rv_app);
	hl_draw(&rv_app, home);
	hl_not_shown("Resume a round");
	/* a round started from the home screen and left unfinished with q */
	struct strv people = {0};
	strv_split(&people, "Ana,Ben,Chi,Dee", ',');
	char *dir = xasprintf("%s/rucksack/sessions", rv_home);
	struct session_opts o = {.flow_id = "bells-that-ring", .people = &people, .dir = dir};
	ck_assert(round_start(&rv_app, &o));
	app_settle(&rv_app);
	hl_draw(&rv_app, app_top(&rv_app));
	hl_press(&rv_app, 'q');
	hl_press(&rv_app, 'y');
	ck_assert_ptr_eq(app_top(&rv_app), home);
	unsigned before = rv_data_lookups;
	app_settle(&rv_app);
	ck_assert_uint_gt(rv_data_lookups, before); /* back on top: read once */
	hl_draw(&rv_app, home);
	hl_shows("Resume a round");
	/* drawing, resizing and keys read nothing */
	before = rv_data_lookups;
	static const int keys[] = {K_DOWN, K_DOWN, K_UP, 'j', 'k', 'G', 'g', K_END, K_HOME};
	for (int i = 0; i < 100; i++) {
		resizeterm(rv_sizes[i % 3][0], rv_sizes[i % 3][1]);
		hl_draw(&rv_app, home);
		app_input(&rv_app, keys[i % (sizeof keys / sizeof *keys)]);
		app_settle(&rv_app);
	}
	ck_assert_uint_eq(rv_data_lookups, before);
	/* and what changes meanwhile on the disk shows when it is on top again */
	char *cmd = xasprintf("rm -f '%s'/*.jsonl", dir);
	ck_assert_int_eq(system(cmd), 0);
	hl_draw(&rv_app, home);
	hl_shows("Resume a round");
	app_push(&rv_app, help_open(home));
	app_close(&rv_app, app_top(&rv_app));
	app_settle(&rv_app);
	hl_draw(&rv_app, home);
	hl_not_shown("Resume a round");
	free(cmd);
	free(dir);
	strv_free(&people);
}
END_TEST

/* --- every round screen ---------------------------------------------------- */

/* People and a reflection with control characters: kept as typed, drawn visible. */
#define RV_CTRL_PEOPLE "Ana\x1b[31m,Zo\x07ë,李\x1b明,Ben\r"
#define RV_CTRL_TEXT "saw \x1b]0;pwned\x07 it\rhere"


/* The phase screen (Interview) of a round whose people and a reflection hold control characters. */
static struct round *rv_ctrl_round(void)
{
	struct round *r = rv_phase_screen(RV_CTRL_PEOPLE);
	struct diags d = {0};
	ck_assert_int_eq(session_add_entry(r->s, false, 1, NULL, NULL, RV_CTRL_TEXT, NULL, &d),
			 SESSION_OK);
	diags_free(&d);
	round_refresh(r);
	return r;
}

/* The first live card dealt in the current phase (-1: none). */
static long rv_first_card(const struct session *s)
{
	for (size_t i = 0; i < session_n_dealt(s); i++) {
		const struct dealt *c = session_dealt(s, i);
		if (!c->withdrawn && c->round == session_round_index(s) &&
		    c->phase == session_phase_index(s))
			return (long)i;
	}
	return -1;
}

enum { RV_SETUP, RV_PHASE, RV_PROJECTOR, RV_PICKER, RV_ROUNDS, RV_FLOWS, RV_SCREENS };

/* Opens round screen i on top of what it needs; *shows is a text it shows at every size. */
static struct view *rv_open(int i, const char **shows)
{
	const struct doc *bells = catalog_find(&rv_cat, "bells-that-ring");
	struct round *r;
	switch (i) {
	case RV_SETUP:
		app_push(&rv_app, setup_open(&rv_app, bells, NULL));
		hl_press(&rv_app, 'a');
		hl_type(&rv_app, "Ana, Zoë, 李明, Ben, Renée");
		hl_press(&rv_app, K_ENTER);
		*shows = "Presenter: Ana";
		break;
	case RV_PHASE:
		rv_ctrl_round();
		*shows = "Interview";
		break;
	case RV_PROJECTOR:
		r = rv_ctrl_round();
		ck_assert_int_ge(rv_first_card(r->s), 0);
		app_push(&rv_app, projector_open(&rv_app, r->s, &r->timer, rv_first_card(r->s)));
		*shows = " · for ";
		break;
	case RV_PICKER:
		r = rv_ctrl_round();
		app_push(&rv_app, picker_open(&rv_app, catalog_find(&rv_cat, "tomm-questions"), r->s,
					   "for Zo\x07ë, instead of the selected card", rv_pick, NULL,
					   rv_first_card(r->s)));
		*shows = "Choose a card for Zo␇ë";
		break;
	case RV_ROUNDS:
		session_free(rv_session(RV_CTRL_PEOPLE)); /* an unfinished round to list */
		app_push(&rv_app, rounds_open(&rv_app));
		*shows = "Ana␛[31m, Zo␇ë, 李␛明, Ben␍";
		break;
	default:
		app_push(&rv_app, flows_open(&rv_app));
		*shows = "Bells that Ring";
		break;
	}
	return app_top(&rv_app);
}

/* No raw control character reached the screen: curses would show it as ^X. */
static void ck_no_raw_controls(const struct view *v)
{
	char *text = hl_screen();
	ck_assert_msg(!strstr(text, "^[") && !strstr(text, "^G") && !strstr(text, "^M"),
		      "%s at %dx%d drew a control character raw:\n%s", v->ops->name, COLS, LINES, text);
	free(text);
}

START_TEST(test_round_screens_draw_at_every_size)
{
	const char *shows;
	struct view *v = rv_open(_i, &shows);
	ck_assert_msg(keys_conflict(v->ops->keys, v->ops->flags & VIEW_TEXT) == 0,
		      "%s: a key with two actions", v->ops->name);
	for (size_t z = 0; z < sizeof rv_sizes / sizeof *rv_sizes; z++) {
		resizeterm(rv_sizes[z][0], rv_sizes[z][1]);
		hl_draw(&rv_app, v);
		hl_shows(shows);
		ck_within_area(v);
		ck_no_raw_controls(v);
	}
}
END_TEST

/* The names and the reflection with control characters show their stand-ins. */
START_TEST(test_round_controls_drawn_visible)
{
	const char *shows;
	struct view *v = rv_open(RV_PHASE, &shows);
	struct round *r = (struct round *)v;
	resizeterm(60, 200);
	hl_draw(&rv_app, v);
	r->v.ops->key(v, 'G', ACT_BOTTOM);
	hl_paint(v);
	hl_shows("saw ␛]0;pwned␇ it␍here");
	hl_shows("Zo␇ë");
	r->v.ops->key(v, 'g', ACT_TOP);
	hl_paint(v);
	hl_shows("Turn: Consultant (interviewer) — Zo␇ë");
	ck_no_raw_controls(v);
}
END_TEST

/* Keys that leave the screen under test (it is closed, or hands over to
 * another): the e2e tests drive those through the real loop. */
static bool rv_leaves(int screen, enum action a)
{
	return (screen == RV_SETUP && a == ACT_SU_START) || (screen == RV_ROUNDS && a == ACT_OPEN) ||
	       (screen == RV_FLOWS && a == ACT_OPEN);
}

/* Every key, wrong ones included, to the screen itself: each gives valid R_
 * flags and leaves it drawable (dialogs and editors it opens pile up above). */
START_TEST(test_round_screens_any_key)
{
	static const int fn[] = {K_UP, K_DOWN, K_LEFT, K_RIGHT, K_HOME, K_END, K_PGUP, K_PGDN,
				 K_DELETE, K_INSERT, K_BTAB, K_F(1), K_F(4), K_F(10), K_F(12),
				 K_ALT + 'x', K_ALT + K_BACKSPACE, 0x1f642, 0x00e9};
	const char *shows;
	struct view *v = rv_open(_i, &shows);
	for (size_t z = 0; z < sizeof rv_sizes / sizeof *rv_sizes; z++) {
		resizeterm(rv_sizes[z][0], rv_sizes[z][1]);
		hl_draw(&rv_app, v);
		for (int k = 1; k < 0x7f + (int)(sizeof fn / sizeof *fn); k++) {
			int key = k < 0x7f ? k : fn[k - 0x7f];
			enum action a = keys_lookup(v->ops->keys, key, v->ops->flags & VIEW_TEXT);
			if (rv_leaves(_i, a))
				continue;
			int r = v->ops->key(v, key, a);
			ck_assert_int_eq(r & ~(R_REDRAW | R_CLOSE | R_QUIT | R_PASS), 0);
			hl_paint(v);
			ck_no_raw_controls(v);
		}
	}
}
END_TEST

/* The keys that leave, through the loop: setup starts the round, the resume
 * list reopens the round in its place, the picker hands its card over. */
START_TEST(test_round_screens_leave)
{
	const char *shows;
	rv_open(RV_SETUP, &shows);
	hl_press(&rv_app, K_ENTER);
	ck_assert_str_eq(app_top(&rv_app)->ops->name, "Round");
	ck_assert_uint_eq(rv_app.n, 1); /* the round took setup's place */
	app_close(&rv_app, rv_app.stack[0]);
	rv_open(RV_ROUNDS, &shows);
	size_t below = rv_app.n - 1;
	hl_press(&rv_app, K_ENTER);
	ck_assert_str_eq(app_top(&rv_app)->ops->name, "Round");
	ck_assert_uint_eq(rv_app.n, below + 1);
	app_close(&rv_app, rv_app.stack[0]);
	rv_open(RV_PICKER, &shows);
	rv_picked = 0;
	hl_press(&rv_app, K_ENTER);
	ck_assert_int_eq(rv_picked, 1);
	ck_assert_str_eq(app_top(&rv_app)->ops->name, "Round");
}
END_TEST

Suite *round_screens_suite(void);
Suite *round_screens_suite(void)
{
	Suite *s = suite_create("round_screens");
	TCase *tc = tcase_create("round_screens");
	tcase_add_checked_fixture(tc, rv_setup, rv_teardown);
	tcase_add_test(tc, test_lists_mark_more_and_cuts);
	tcase_add_test(tc, test_setup_two_optional_roles);
	tcase_add_test(tc, test_home_order);
	tcase_add_test(tc, test_home_reads_rounds_on_top);
	tcase_add_test(tc, test_flows_back_and_setup_returns);
	tcase_add_test(tc, test_setup_names_with_controls);
	tcase_add_loop_test(tc, test_round_screens_draw_at_every_size, 0, RV_SCREENS);
	tcase_add_loop_test(tc, test_round_screens_any_key, 0, RV_SCREENS);
	tcase_add_test(tc, test_round_controls_drawn_visible);
	tcase_add_test(tc, test_round_screens_leave);
	suite_add_tcase(s, tc);
	return s;
}
