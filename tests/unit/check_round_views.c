/*
 * The round's screens on a headless curses screen (newterm on /dev/null),
 * on the stock decks and tests/data/round, with rounds kept in a scratch
 * folder: the phase screen's "more" marker covers no text, and its selection
 * never leaves the view, whatever the moves; setup's o with two optional
 * roles.
 */
#include <check.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "core/catalog.h"
#include "core/session.h"
#include "core/utf8.h"
#include "core/xalloc.h"
#include "tui/app.h"
#include "tui/round_int.h"
#include "tui/view_home.h"
#include "tui/view_round.h"
#include "tui/view_setup.h"

static SCREEN *scr;
static FILE *scr_out, *scr_in;
static struct catalog cat;
static struct tui_opts opts;
static struct app app;
static char rv_home[64];

static const char *rv_env(const char *name)
{
	return strcmp(name, "XDG_DATA_HOME") == 0 ? rv_home : NULL;
}

static void rv_setup(void)
{
	const char *src = getenv("RUCKSACK_SRCDIR");
	ck_assert_ptr_nonnull(setlocale(LC_ALL, "C.UTF-8"));
	strcpy(rv_home, "/tmp/ck-rviews-XXXXXX");
	ck_assert_ptr_nonnull(mkdtemp(rv_home));
	struct strv dirs = {0};
	struct diags d = {0};
	strv_push_owned(&dirs, xasprintf("%s/decks", src ? src : "."));
	strv_push_owned(&dirs, xasprintf("%s/tests/data/round", src ? src : "."));
	memset(&cat, 0, sizeof cat);
	catalog_load(&cat, &dirs, &d);
	ck_assert_uint_eq(diags_count_errors(&d, false), 0);
	diags_free(&d);
	strv_free(&dirs);
	opts = (struct tui_opts){.cat = &cat, .env = rv_env};
	app = (struct app){.opts = &opts};
	scr_out = fopen("/dev/null", "w");
	scr_in = fopen("/dev/null", "r");
	scr = newterm("xterm", scr_out, scr_in);
	ck_assert_ptr_nonnull(scr);
	set_term(scr);
	resizeterm(24, 80);
}

static void rv_teardown(void)
{
	if (app.n)
		app_close(&app, app.stack[0]);
	free(app.stack);
	free(app.message);
	endwin();
	delscreen(scr);
	fclose(scr_out);
	fclose(scr_in);
	catalog_free(&cat);
	char *cmd = xasprintf("rm -rf '%s'", rv_home);
	ck_assert_int_eq(system(cmd), 0);
	free(cmd);
}

/* Row y of the screen as text, without the spaces at either end. */
static char *rv_row(int y)
{
	char *out = calloc(1, (size_t)COLS * 24 + 1);
	size_t o = 0;
	for (int x = 0; x < COLS;) {
		cchar_t cc;
		wchar_t wch[CCHARW_MAX + 1] = {0};
		attr_t a;
		short pair;
		mvin_wch(y, x, &cc);
		getcchar(&cc, wch, &a, &pair, NULL);
		for (int i = 0; wch[i]; i++)
			o += utf8_encode((uint32_t)wch[i], out + o);
		x += wcwidth(wch[0]) > 1 ? wcwidth(wch[0]) : 1;
	}
	while (o > 0 && out[o - 1] == ' ')
		out[--o] = '\0';
	size_t lead = strspn(out, " ");
	memmove(out, out + lead, o - lead + 1);
	return out;
}

/* The whole screen as text, rows joined by \n. */
static char *rv_screen(void)
{
	size_t cap = (size_t)LINES * ((size_t)COLS * 24 + 1) + 1, o = 0;
	char *out = calloc(1, cap);
	for (int y = 0; y < LINES; y++) {
		char *row = rv_row(y);
		o += (size_t)snprintf(out + o, cap - o, "%s\n", row);
		free(row);
	}
	return out;
}

static void ck_shows(const char *want)
{
	char *s = rv_screen();
	ck_assert_msg(strstr(s, want), "\"%s\" not on the %dx%d screen:\n%s", want, COLS, LINES, s);
	free(s);
}

static void ck_message(const char *want)
{
	ck_assert_msg(app.message && strstr(app.message, want), "message \"%s\", not \"%s\"",
		      app.message ? app.message : "(none)", want);
}

/* A key to the top view, as the loop gives it (its R_ flags applied). */
static int rv_press(int key)
{
	struct view *v = app_top(&app);
	enum action a = keys_lookup(v->ops->keys, key, v->ops->flags & VIEW_TEXT);
	int r = v->ops->key(v, key, a);
	app_result(&app, v, r);
	return r;
}

/* Typed text, one character a key. */
static void rv_type(const char *s)
{
	while (*s) {
		uint32_t cp;
		size_t n = utf8_decode(s, strlen(s), &cp);
		rv_press((int)cp);
		s += n ? n : 1;
	}
}

/* Lays every view out for the current size and draws v (over the one below, for a dialog). */
static void rv_draw(struct view *v)
{
	erase();
	for (size_t i = 0; i < app.n; i++) {
		app.stack[i]->area = (struct rect){1, 0, LINES - 2, COLS};
		if (app.stack[i]->ops->layout)
			app.stack[i]->ops->layout(app.stack[i]);
	}
	struct view *below = app_below(&app, v);
	if ((v->ops->flags & VIEW_OVERLAY) && below)
		below->ops->draw(below);
	v->ops->draw(v);
}

/* Draws v as the loop does after a key: no new layout (that comes with a resize only). */
static void rv_paint(struct view *v)
{
	erase();
	v->ops->draw(v);
}

static const int sizes[][2] = {{24, 80}, {12, 40}, {60, 200}};

/* A Bells that Ring round for four people, in the scratch sessions folder. */
static struct session *rv_session(const char *people)
{
	struct strv p = {0};
	strv_split(&p, people, ',');
	char *dir = xasprintf("%s/rucksack/sessions", rv_home);
	char *cmd = xasprintf("mkdir -p '%s'", dir);
	ck_assert_int_eq(system(cmd), 0);
	struct session_opts o = {.flow_id = "bells-that-ring", .people = &p, .has_seed = true,
				 .seed = 7, .dir = dir};
	struct session *s = NULL;
	struct diags d = {0};
	ck_assert_int_eq(session_start(&s, &cat, &o, &d), SESSION_OK);
	diags_free(&d);
	strv_free(&p);
	free(cmd);
	free(dir);
	return s;
}

/* The phase screen on the Interview (phase 3), with reflections and notes
 * enough that its body never fits, even at 200x60. */
static struct round *rv_phase_screen(const char *people)
{
	struct session *s = rv_session(people);
	struct diags d = {0};
	ck_assert_int_eq(session_goto(s, 0, 2, &d), SESSION_OK);
	for (int i = 0; i < 12; i++) {
		char *t = xasprintf("Reflection %d: what the interview opened up, in a few words "
				    "and then some more, so that it wraps.\nA second paragraph.", i);
		ck_assert_int_eq(session_add_entry(s, i % 3 == 0, -1, NULL, NULL, t, NULL, &d),
				 SESSION_OK);
		free(t);
	}
	diags_free(&d);
	struct view *v = round_open(&app, s, NULL, false);
	app_push(&app, v);
	rv_draw(v);
	return (struct round *)v;
}

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
	char *row = rv_row(bottom);
	ck_assert_msg(!strcmp(row, marker), "%dx%d: the marker row is \"%s\", not \"%s\" alone",
		      COLS, LINES, row, marker);
	free(row);
	size_t last = r->sc.top + r->sc.rows - 1;
	ck_assert_uint_lt(last, r->body.t.n);
	char *want = utf8_visible(r->body.t.v[last].text, false);
	char *shown = rv_row(bottom - 1);
	size_t lead = strspn(want, " ");
	ck_assert_msg(!strcmp(shown, want + lead), "%dx%d: the last body line shows \"%s\", not \"%s\"",
		      COLS, LINES, shown, want + lead);
	free(shown);
	free(want);
}

START_TEST(test_phase_more_marker_covers_nothing)
{
	struct round *r = rv_phase_screen("Ana,Zoë,李明,Ben");
	for (size_t z = 0; z < sizeof sizes / sizeof *sizes; z++) {
		resizeterm(sizes[z][0], sizes[z][1]);
		rv_draw(&r->v);
		r->v.ops->key(&r->v, 'g', ACT_TOP);
		rv_paint(&r->v);
		ck_assert_uint_lt(r->sc.rows, r->body.t.n); /* it does not fit */
		ck_marker_alone(r, "↓ more");
		r->v.ops->key(&r->v, 'G', ACT_BOTTOM);
		rv_paint(&r->v);
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
	for (size_t z = 0; z < sizeof sizes / sizeof *sizes; z++) {
		resizeterm(sizes[z][0], sizes[z][1]);
		rv_draw(&r->v);
		unsigned seed = 12345;
		for (int k = 0; k < 300; k++) {
			size_t m = (size_t)k;
			if (k >= 12) {
				seed = seed * 1103515245u + 12345u;
				m = (seed >> 16) % (sizeof moves / sizeof *moves);
			}
			r->v.ops->key(&r->v, 0, moves[m]);
			rv_paint(&r->v);
			ck_sel_in_view(r, names[m]);
		}
	}
	/* after G with a card selected, the selection is an item at the bottom */
	resizeterm(24, 80);
	rv_draw(&r->v);
	r->v.ops->key(&r->v, 'g', ACT_TOP);
	for (int k = 0; k < 30 && (r->sel >= r->body.t.n || r->body.refs[r->sel].kind != RPH_CARD); k++)
		r->v.ops->key(&r->v, 'k', ACT_UP);
	rv_paint(&r->v);
	ck_assert_uint_lt(r->sel, r->body.t.n);
	ck_assert_int_eq(r->body.refs[r->sel].kind, RPH_CARD);
	r->v.ops->key(&r->v, 'G', ACT_BOTTOM);
	rv_paint(&r->v);
	ck_assert_uint_lt(r->sel, r->body.t.n);
	ck_sel_in_view(r, "G");
	/* and what e acts on is what is shown selected: a reflection in view */
	ck_assert_int_eq(r->body.refs[r->sel].kind, RPH_ENTRY);
}
END_TEST

/* o in setup with two optional roles: on the holder of either, that one is
 * left empty; on someone else with both filled, nothing is guessed; the ones
 * left empty are filled again one by one. */
START_TEST(test_setup_two_optional_roles)
{
	const struct doc *flow = catalog_find(&cat, "two-optional");
	ck_assert_ptr_nonnull(flow);
	struct view *v = setup_open(&app, flow);
	app_push(&app, v);
	rv_press('a');
	rv_type("Ana, Ben, Chi, Dee, Eli, Fay");
	rv_press(K_ENTER);
	ck_assert_ptr_eq(app_top(&app), v);
	rv_draw(v);
	ck_shows("Mentor: Chi");
	ck_shows("Scribe: Dee");
	rv_press('o'); /* Fay, the last added, observes */
	ck_message("o: select Chi (Mentor) or Dee (Scribe)");
	rv_draw(v);
	ck_shows("Mentor: Chi");
	ck_shows("Scribe: Dee");
	rv_press(K_UP);
	rv_press(K_UP); /* Dee */
	rv_press('o');
	ck_message("Scribe left empty");
	rv_draw(v);
	ck_shows("Mentor: Chi");
	ck_shows("Scribe: (optional, empty)");
	rv_press(K_UP); /* Chi */
	rv_press('o');
	ck_message("Mentor left empty");
	rv_draw(v);
	ck_shows("Mentor: (optional, empty)");
	ck_shows("Scribe: (optional, empty)");
	rv_press(K_END); /* Fay, outside both */
	rv_press('o'); /* the first left empty is filled again */
	ck_message("Mentor to be filled again; o again fills Scribe");
	rv_press('o');
	ck_message("Scribe to be filled again.");
	rv_draw(v);
	ck_shows("Mentor: Chi");
	ck_shows("Scribe: Dee");
}
END_TEST

/* The rows of the screen holding each of labels, in order: -1 when one is not shown. */
static void rv_rows_of(const char *const *labels, size_t n, int *rows)
{
	for (size_t i = 0; i < n; i++) {
		rows[i] = -1;
		for (int y = 0; y < LINES && rows[i] < 0; y++) {
			char *row = rv_row(y);
			if (!strcmp(row, labels[i]))
				rows[i] = y;
			free(row);
		}
	}
}

/* The home menu in the brief's order: start a round, practise alone, browse
 * decks, resume an unfinished round (only when there is one), quit. */
START_TEST(test_home_order)
{
	static const char *const labels[] = {"Start a round", "Practise alone", "Browse decks",
					     "Resume a round", "Quit"};
	int rows[5];
	struct view *v = home_open(&app);
	app_push(&app, v);
	for (size_t z = 0; z < sizeof sizes / sizeof *sizes; z++) {
		resizeterm(sizes[z][0], sizes[z][1]);
		rv_draw(v);
		rv_rows_of(labels, 5, rows);
		ck_assert_int_eq(rows[3], -1); /* nothing to resume yet */
		ck_assert_int_gt(rows[0], 0);
		ck_assert_int_eq(rows[1], rows[0] + 1);
		ck_assert_int_eq(rows[2], rows[0] + 2);
		ck_assert_int_eq(rows[4], rows[0] + 3);
	}
	session_free(rv_session("Ana,Ben,Chi,Dee")); /* left unfinished */
	for (size_t z = 0; z < sizeof sizes / sizeof *sizes; z++) {
		resizeterm(sizes[z][0], sizes[z][1]);
		rv_draw(v);
		rv_rows_of(labels, 5, rows);
		for (int i = 1; i < 5; i++)
			ck_assert_msg(rows[i] == rows[0] + i, "%dx%d: \"%s\" on row %d, not %d", COLS,
				      LINES, labels[i], rows[i], rows[0] + i);
	}
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
	tcase_add_test(tc, test_setup_two_optional_roles);
	tcase_add_test(tc, test_home_order);
	suite_add_tcase(s, tc);
	return s;
}
