/*
 * The practice screens on a headless curses screen (newterm on /dev/null),
 * on the practice fixtures and the stock decks, with the practice journal in
 * a scratch folder: no key means two things on one screen; each draws at
 * 80x24, 40x12 and 200x60 with its content in view; any key, wrong ones
 * included, leaves it drawable; a short run through keys reaches the journal.
 */
#include <check.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/deck/catalog.h"
#include "core/base/journal.h"
#include "core/practice/practice_store.h"
#include "core/base/xalloc.h"
#include "tui/app.h"
#include "tui/view_drill.h"
#include "tui/view_drill_summary.h"
#include "tui/view_practice.h"
#include "tui/view_progress.h"
#include "tui/view_write.h"

#include "../support/headless.h"
#include "../support/catalog_fixture.h"

static struct catalog cat;
static struct tui_opts opts;
static struct app app;
static char pv_home[64];

static const char *pv_env(const char *name)
{
	return strcmp(name, "XDG_DATA_HOME") == 0 ? pv_home : NULL;
}

static void pv_setup(void)
{
	hl_open();
	strcpy(pv_home, "/tmp/ck-pviews-XXXXXX");
	ck_assert_ptr_nonnull(mkdtemp(pv_home));
	CFX_LOAD(&cat, "tests/data/practice", "decks");
	opts = (struct tui_opts){.cat = &cat, .env = pv_env};
	app = (struct app){.opts = &opts};
}

static void pv_teardown(void)
{
	hl_app_free(&app);
	hl_close();
	catalog_free(&cat);
	char *cmd = xasprintf("rm -rf '%s'", pv_home);
	ck_assert_int_eq(system(cmd), 0);
	free(cmd);
}

static const struct practice_setup pv_name = {.deck = "graces-drill", .n = 3, .seed = 5};
static const struct practice_setup pv_write = {
	.deck = "tomm-questions", .mode = PRACTICE_MODE_WRITE, .n = 2, .seed = 5};
/* No solo flow deals from graces-drill: the built-in steps. */
static const struct practice_setup pv_builtin = {
	.deck = "graces-drill", .mode = PRACTICE_MODE_WRITE, .seed = 5};

/* A summary of a one-question run answered 'g' then 1. */
static struct view *pv_summary(void)
{
	struct practice_drill dr;
	struct diags d = {0};
	ck_assert_int_eq(practice_drill_start(&dr, catalog_find(&cat, "graces-drill"), NULL, NULL,
					      1, 0, 5, &d), 0);
	practice_drill_suit(&dr, 0, 0, &d);
	practice_drill_card(&dr, 0, 0, &d);
	practice_drill_next(&dr);
	return drill_summary_open(&app, &dr);
}

/* Screen i and a text it must show at every size. */
static struct view *pv_open(int i, const char **shows)
{
	switch (i) {
	case 0: *shows = "Deck: Tomm's question types"; return practice_menu_open(&app);
	case 1: *shows = "What type of question is it?"; return drill_open(&app, &pv_name);
	case 2: *shows = "Score: "; return pv_summary();
	case 3: *shows = "No practice answers yet";
		return progress_open(&app, catalog_find(&cat, "graces-drill"));
	case 4: *shows = "Read the vignette"; return pwrite_open(&app, &pv_write);
	default: *shows = "Write questions of this type"; return pwrite_open(&app, &pv_builtin);
	}
}

#define PV_SCREENS 6
static const int sizes[][2] = {{24, 80}, {12, 40}, {60, 200}};

START_TEST(test_screens_draw_at_every_size)
{
	const char *shows;
	struct view *v = pv_open(_i, &shows);
	ck_assert_ptr_nonnull(v);
	app_push(&app, v);
	ck_assert_msg(keys_conflict(v->ops->keys, v->ops->flags & VIEW_TEXT) == 0,
		      "%s: a key with two actions", v->ops->name);
	for (size_t s = 0; s < sizeof sizes / sizeof *sizes; s++) {
		resizeterm(sizes[s][0], sizes[s][1]);
		hl_draw(&app, v);
		hl_shows(shows);
	}
}
END_TEST

START_TEST(test_any_key_is_harmless)
{
	static const int fn[] = {K_UP, K_DOWN, K_LEFT, K_RIGHT, K_HOME, K_END, K_PGUP, K_PGDN,
				 K_DELETE, K_INSERT, K_BTAB, K_BACKSPACE, K_ENTER, K_ESC, K_F(3),
				 K_F(5), K_ALT + 'x', 0x1f642, 0x00e9};
	const char *shows;
	struct view *v = pv_open(_i, &shows);
	app_push(&app, v);
	for (int k = 1; k < 0x7f + (int)(sizeof fn / sizeof *fn); k++) {
		int key = k < 0x7f ? k : fn[k - 0x7f];
		enum action a = keys_lookup(v->ops->keys, key, v->ops->flags & VIEW_TEXT);
		int r = v->ops->key(v, key, a);
		ck_assert_int_eq(r & ~(R_REDRAW | R_CLOSE | R_QUIT | R_PASS), 0);
		if (r & R_CLOSE) { /* it would be gone: start it again */
			app_close(&app, v);
			v = pv_open(_i, &shows);
			app_push(&app, v);
		}
		hl_draw(&app, app_top(&app));
		hl_draw(&app, v);
	}
}
END_TEST

/* Sends key to the top view as the loop would, applying what it returns. */
static void pv_key(int key)
{
	hl_press(&app, key);
	free(app.message);
	app.message = NULL;
	hl_draw(&app, app_top(&app));
}

START_TEST(test_run_through_keys)
{
	struct view *v = drill_open(&app, &pv_name);
	app_push(&app, v);
	hl_draw(&app, v);
	hl_shows("Question 1 of 3");
	pv_key('z'); /* no suit: nothing happens */
	hl_shows("What type of question is it?");
	pv_key('g');
	hl_shows("G: gender, geography, generation: which one?");
	pv_key(K_BACKSPACE);
	hl_shows("What type of question is it?");
	pv_key('1'); /* suit 1 is g: the subtype next */
	hl_shows("which one?");
	pv_key('1');
	char *s = hl_screen();
	ck_assert(strstr(s, "✓ Right: ") || strstr(s, "½ Right type, other subtype") ||
		  strstr(s, "✗ Not quite"));
	free(s);
	pv_key(K_ENTER);
	hl_shows("Question 2 of");
	pv_key('q'); /* leaving after an answer: the summary */
	hl_shows("Score: ");
	ck_assert_str_eq(app_top(&app)->ops->name, "Run summary");
	pv_key('p');
	hl_shows("Overall: ");
	struct practice_log log = {0};
	struct diags d = {0};
	bool torn;
	char *path = xasprintf("%s/rucksack/practice/journal.jsonl", pv_home);
	ck_assert_int_eq(practice_log_load(&log, path, &torn, &d), 0);
	ck_assert_uint_eq(log.n_a, 1);
	ck_assert_str_eq(log.a[0].given_suit, "g");
	ck_assert_str_eq(log.a[0].given_card, "gender");
	practice_log_free(&log);
	free(path);
}
END_TEST

/* Types text into the editor on top and saves it. */
static void pv_write_text(const char *text)
{
	ck_assert_str_eq(app_top(&app)->ops->name, "Editor");
	for (const char *c = text; *c; c++)
		pv_key(*c);
	pv_key(K_CTRL('s'));
	ck_assert_str_eq(app_top(&app)->ops->name, "Write it");
}

/* Write it through the stock solo-practice flow: its six steps, a question
 * written and marked, Name it from the drill step, a note, the end. */
START_TEST(test_write_through_the_flow)
{
	struct practice_setup one = pv_write;
	one.deck = NULL; /* the flow's */
	one.n = 0;	 /* one exercise through a flow */
	app_push(&app, pwrite_open(&app, &one));
	hl_draw(&app, app_top(&app));
	hl_shows("Step 1 of 6 · Read the vignette");
	hl_shows("suggested 2 min · 2:00 left");
	hl_shows("Vignette: ");
	hl_shows("Who is in this situation, and who is only at its edges?");
	pv_key('w'); /* nothing to write at this step */
	ck_assert_str_eq(app_top(&app)->ops->name, "Write it");
	pv_key(K_RIGHT);
	hl_shows("Step 2 of 6 · Draw a question type");
	hl_shows("The question type dealt");
	pv_key(K_LEFT);
	hl_shows("Step 1 of 6");
	pv_key(K_ENTER);
	pv_key(K_ENTER);
	hl_shows("Step 3 of 6 · Write your questions");
	hl_shows("Write questions of this type");
	pv_key('w');
	pv_write_text("Who notices first?");
	hl_shows("• Who notices first?");
	pv_key(K_ENTER);
	hl_shows("Step 4 of 6 · Check them");
	hl_shows("▸ ? Who notices first?");
	pv_key('o');
	hl_shows("✓ Who notices first?");
	pv_key(K_ENTER);
	hl_shows("Step 5 of 6 · Name the type");
	pv_key('d');
	ck_assert_str_eq(app_top(&app)->ops->name, "Name it");
	pv_key('q'); /* nothing answered: straight back */
	hl_shows("Step 5 of 6 · Name the type");
	pv_key('w');
	pv_write_text("Strategic for reflexive.");
	hl_shows("Your notes");
	hl_shows("• Strategic for reflexive.");
	pv_key(K_ENTER);
	hl_shows("Step 6 of 6 · Notice your stance");
	pv_key('d'); /* only the drill step offers Name it */
	ck_assert_str_eq(app_top(&app)->ops->name, "Write it");
	pv_key(K_ENTER);
	hl_shows("You wrote 1 question in 1 exercise: 1 on target, 0 not yet.");
	hl_shows("And 1 note.");

	struct practice_log log = {0};
	struct diags d = {0};
	bool torn;
	char *path = xasprintf("%s/rucksack/practice/journal.jsonl", pv_home);
	ck_assert_int_eq(practice_log_load(&log, path, &torn, &d), 0);
	ck_assert_uint_eq(log.n_w, 1);
	ck_assert_int_eq(log.w[0].mark, MARK_ON_TARGET);
	ck_assert_str_eq(log.w[0].deck, "tomm-questions");
	ck_assert_uint_eq(log.n_notes, 1);
	ck_assert_str_eq(log.notes[0].flow, "solo-practice");
	ck_assert_str_eq(log.notes[0].step, "drill");
	ck_assert_str_eq(log.notes[0].text, "Strategic for reflexive.");
	ck_assert_str_eq(log.notes[0].card, log.w[0].card);
	practice_log_free(&log);
	diags_free(&d);
	free(path);
}
END_TEST

/* At 40 columns the writing step's header keeps its clock, the title cut. */
START_TEST(test_write_header_narrow)
{
	struct practice_setup one = pv_write;
	one.deck = NULL;
	one.n = 0;
	resizeterm(12, 40);
	app_push(&app, pwrite_open(&app, &one));
	hl_draw(&app, app_top(&app));
	pv_key(K_ENTER);
	pv_key(K_ENTER);
	hl_shows("3/6 · Write your");
	hl_shows("…  ");
	hl_shows(" left");
}
END_TEST

/* The menu says what Write it does with the deck chosen, again when the deck
 * changes, and cuts it with "…" where the screen is too small for it all. */
START_TEST(test_menu_write_about)
{
	app_push(&app, practice_menu_open(&app));
	pv_key(K_DOWN);
	hl_shows("Deck: Tomm's question types");
	hl_shows("flow Solo question-type practice.");
	pv_key('d');
	hl_not_shown("Deck: Tomm's question types");
	hl_shows("for one person deals from 'graces-drill'.");
	resizeterm(12, 40);
	hl_draw(&app, app_top(&app));
	char *last = hl_row(LINES - 2);
	ck_assert_msg(strstr(last, "…"), "not cut with …: %s", last);
	free(last);
}
END_TEST

static int pv_fsync_fails(int fd)
{
	(void)fd;
	errno = ENOSPC;
	return -1;
}

/* A mark the journal did not take leaves the selection on that question,
 * saying why; once the disk takes it, the selection moves on. */
START_TEST(test_mark_not_saved_stays)
{
	app_push(&app, pwrite_open(&app, &pv_builtin));
	hl_draw(&app, app_top(&app));
	pv_key('w');
	pv_write_text("Who notices first?");
	pv_key('w');
	pv_write_text("Who is worried most?");
	pv_key(K_ENTER);
	hl_shows("Step 2 of 2 · Check them");
	hl_shows("▸ ? Who notices first?");
	journal_set_fsync_hook(pv_fsync_fails);
	hl_press(&app, 'o');
	journal_set_fsync_hook(NULL);
	ck_assert_ptr_nonnull(app.message);
	ck_assert_ptr_nonnull(strstr(app.message, "the disk is full"));
	hl_draw(&app, app_top(&app));
	hl_shows("▸ ? Who notices first?");
	hl_not_shown("▸ ? Who is worried most?");
	pv_key('o');
	hl_shows("✓ Who notices first?");
	hl_shows("▸ ? Who is worried most?");
}
END_TEST

/* The built-in steps say why they are used. */
START_TEST(test_write_builtin)
{
	app_push(&app, pwrite_open(&app, &pv_builtin));
	hl_draw(&app, app_top(&app));
	hl_shows("Step 1 of 2 · Write your questions");
	hl_shows("Built-in steps: no flow for one person deals from 'graces-drill'.");
	hl_shows("Exercise 1 of 3");
	pv_key(K_ENTER);
	hl_shows("Step 2 of 2 · Check them");
	pv_key(K_ENTER);
	hl_shows("Exercise 2 of 3");
	hl_shows("Step 1 of 2");
}
END_TEST

Suite *practice_views_suite(void);
Suite *practice_views_suite(void)
{
	Suite *s = suite_create("practice_views");
	TCase *tc = tcase_create("views");
	tcase_add_checked_fixture(tc, pv_setup, pv_teardown);
	tcase_add_loop_test(tc, test_screens_draw_at_every_size, 0, PV_SCREENS);
	tcase_add_loop_test(tc, test_any_key_is_harmless, 0, PV_SCREENS);
	tcase_add_test(tc, test_run_through_keys);
	tcase_add_test(tc, test_write_through_the_flow);
	tcase_add_test(tc, test_write_builtin);
	tcase_add_test(tc, test_mark_not_saved_stays);
	tcase_add_test(tc, test_write_header_narrow);
	tcase_add_test(tc, test_menu_write_about);
	suite_add_tcase(s, tc);
	return s;
}
