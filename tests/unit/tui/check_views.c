/*
 * Every screen on a headless curses screen (newterm on /dev/null) with the
 * fixture decks of tests/data/tui/decks: no key means two things on one
 * screen, each draws at 80x24, 40x12 and 200x60 with its content in view,
 * and any key, wrong ones included, leaves it drawable.
 */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/deck/catalog.h"
#include "core/base/xalloc.h"
#include "tui/app.h"
#include "tui/view_card.h"
#include "tui/view_confirm.h"
#include "tui/view_deck.h"
#include "tui/view_decks.h"
#include "tui/view_editor.h"
#include "tui/view_help.h"
#include "tui/view_home.h"
#include "tui/reload.h"

#include "../support/headless.h"

static struct catalog cat;
static struct tui_opts opts;
static struct app app;

/* The screens read no rounds of the user running the tests (the home screen
 * lists them): XDG_DATA_HOME is a folder that does not exist. */
static const char *v_env(const char *name)
{
	/* the rescue folders too (HOME, TMPDIR): none of the user's rounds is read */
	if (!strcmp(name, "XDG_DATA_HOME") || !strcmp(name, "HOME") || !strcmp(name, "TMPDIR"))
		return "/nonexistent/ck-views-data";
	return getenv(name);
}

static void v_setup(void)
{
	char dir[4096];
	const char *src = getenv("RUCKSACK_SRCDIR");
	hl_open();
	snprintf(dir, sizeof dir, "%s/tests/data/tui/decks", src ? src : ".");
	struct strv dirs = {0};
	struct diags d = {0};
	strv_push(&dirs, dir);
	memset(&cat, 0, sizeof cat);
	catalog_load(&cat, &dirs, &d);
	ck_assert_uint_eq(d.n, 0);
	ck_assert_uint_eq(cat.n, 2);
	strv_free(&dirs);
	opts = (struct tui_opts){.cat = &cat, .env = v_env};
	app = (struct app){.opts = &opts};
}

static void v_teardown(void)
{
	hl_app_free(&app);
	hl_close();
	catalog_free(&cat);
}

static const struct doc *v_deck(const char *id)
{
	const struct doc *d = catalog_find(&cat, id);
	ck_assert_ptr_nonnull(d);
	return d;
}

/* Each screen, opened on top of the last, and a text it must show at every size. */
static struct view *v_open(int i, const char **shows)
{
	const struct doc *intl = v_deck("intl");
	static const struct editor_opts eo = {.title = "Note", .context = "Zoë's prompt"};
	switch (i) {
	case 0: *shows = "Browse decks"; return home_open(&app);
	case 1: *shows = "Plain deck"; return decks_open(&app);
	case 2: *shows = "Zoë's voice"; return deck_open(&app, intl);
	case 3: *shows = "李明の質問"; return card_open(&app, intl, &intl->deck.cards[1]);
	case 4: *shows = "Keys on this screen (Card)"; return help_open(app_top(&app));
	case 5: *shows = "Quit rucksack?"; return confirm_open(NULL, "Quit rucksack?", NULL, NULL, true);
	default: *shows = "Zoë's prompt"; return editor_open(&app, &eo);
	}
}

static const int sizes[][2] = {{24, 80}, {12, 40}, {60, 200}};

START_TEST(test_screens_draw_at_every_size)
{
	for (int i = 0; i < 7; i++) {
		const char *shows;
		struct view *v = v_open(i, &shows);
		app_push(&app, v);
		ck_assert_msg(keys_conflict(v->ops->keys, v->ops->flags & VIEW_TEXT) == 0,
			      "%s: a key with two actions", v->ops->name);
		for (size_t s = 0; s < sizeof sizes / sizeof *sizes; s++) {
			resizeterm(sizes[s][0], sizes[s][1]);
			hl_draw(&app, v);
			hl_shows(shows);
		}
		resizeterm(24, 80);
	}
}
END_TEST

/* A question's detail too long for one row wraps inside the box, whole, at 80x24 and 40x12:
 * the end of it (where the rescue copy goes) is never cut off. */
START_TEST(test_confirm_wraps_its_detail)
{
	struct view *home = home_open(&app);
	app_push(&app, home);
	app_push(&app, confirm_open(home, "Leave with changes not saved?",
				    "They are NOT on the disk here: on leaving they go to a rescue "
				    "copy elsewhere (rucksack says where), which the next start offers.",
				    NULL, false));
	for (size_t s = 0; s < 2; s++) {
		resizeterm(sizes[s][0], sizes[s][1]);
		hl_draw(&app, app_top(&app));
		hl_shows("Leave with changes not saved?");
		hl_shows("They are NOT on the disk here");
		hl_shows("start offers.");
		hl_shows("y yes    n no");
		hl_not_shown("…");
	}
	resizeterm(24, 80);
}
END_TEST

/* Keys that leave the screen or the terminal; the loop tests those in tmux. */
static bool v_leaves(enum action a)
{
	return a == ACT_ED_EXTERNAL;
}

START_TEST(test_any_key_is_harmless)
{
	static const int fn[] = {K_UP, K_DOWN, K_LEFT, K_RIGHT, K_HOME, K_END, K_PGUP, K_PGDN,
				 K_DELETE, K_INSERT, K_BTAB, K_F(3), K_F(5), K_F(12),
				 K_ALT + 'x', K_ALT + K_BACKSPACE, 0x1f642, 0x00e9};
	const char *shows;
	if (_i == 4) /* help is about the screen beneath it */
		app_push(&app, home_open(&app));
	struct view *v = v_open(_i, &shows);
	app_push(&app, v);
	for (int k = 1; k < 0x7f + (int)(sizeof fn / sizeof *fn); k++) {
		int key = k < 0x7f ? k : fn[k - 0x7f];
		enum action a = keys_lookup(v->ops->keys, key, v->ops->flags & VIEW_TEXT);
		if (v_leaves(a))
			continue;
		int r = v->ops->key(v, key, a);
		ck_assert_int_eq(r & ~(R_REDRAW | R_CLOSE | R_QUIT | R_PASS), 0);
		hl_draw(&app, v);
	}
}
END_TEST

START_TEST(test_card_steps_through_deck)
{
	const struct doc *plain = v_deck("plain");
	struct view *v = card_open(&app, plain, &plain->deck.cards[0]);
	app_push(&app, v);
	hl_draw(&app, v);
	hl_shows("First plain card");
	hl_shows("card 1 of 2");
	ck_assert_int_eq(v->ops->key(v, 'h', ACT_PREV), R_NONE); /* the first: nowhere back */
	ck_assert_int_eq(v->ops->key(v, 'l', ACT_NEXT), R_REDRAW);
	hl_draw(&app, v);
	hl_shows("Second plain card");
	hl_shows("Tags: plain");
	ck_assert_int_eq(v->ops->key(v, 'l', ACT_NEXT), R_NONE);
	ck_assert_int_eq(v->ops->key(v, 'q', ACT_CLOSE), R_CLOSE);
}
END_TEST

START_TEST(test_home_counts_problems_and_empty_catalog)
{
	struct diags d = {0};
	diags_error(&d, "bad.json", 3, 7, DIAG_SYNTAX, "expected a value");
	opts.problems = &d;
	struct view *v = home_open(&app);
	app_push(&app, v);
	hl_draw(&app, v);
	hl_shows("2 decks found; 1 problem in bad.json (see rucksack list).");
	/* the files are named, each once, without their folder: lint needs a name */
	diags_error(&d, "/shared/decks/bad.json", 4, 1, DIAG_SYNTAX, "expected a value");
	diags_error(&d, "/shared/decks/worse.json", 4, 1, DIAG_SYNTAX, "expected a value");
	hl_draw(&app, v);
	hl_shows("2 decks found; 3 problems in bad.json and worse.json (see rucksack list).");
	diags_error(&d, "c.json", 1, 1, DIAG_SYNTAX, "expected a value");
	diags_error(&d, "d.json", 1, 1, DIAG_SYNTAX, "expected a value");
	hl_draw(&app, v);
	hl_shows("5 problems in bad.json and 3 more files (see rucksack list).");
	diags_free(&d);
	diags_error(&d, "bad.json", 3, 7, DIAG_SYNTAX, "expected a value");
	/* a folder named by --decks or RUCKSACK_PATH that is missing counts too */
	strv_push(&cat.missing, "/nowhere");
	hl_draw(&app, v);
	hl_shows("2 decks found; 2 problems (rucksack list says which).");
	opts.problems = NULL;
	hl_draw(&app, v);
	hl_shows("2 decks found; 1 folder you named is missing (rucksack list says which).");
	strv_free(&cat.missing);
	/* no decks at all: the screens say where they are looked for */
	struct catalog none = {0};
	opts.cat = &none;
	opts.problems = NULL;
	hl_draw(&app, v);
	hl_shows("No decks found");
	struct view *dv = decks_open(&app);
	app_push(&app, dv);
	hl_draw(&app, dv);
	hl_shows("rucksack list");
	ck_assert_int_eq(dv->ops->key(dv, K_ENTER, ACT_OPEN), R_REDRAW); /* nothing to open */
	ck_assert_uint_eq(app.n, 2);
	opts.cat = &cat;
	diags_free(&d);
}
END_TEST

/* A deck folder of the test's own, which tui_opts.reload reads again as the
 * command line's does (the same catalog and problems, contents replaced). */
static char rl_dir[64];
static struct catalog rl_cat;
static struct diags rl_problems;
static int rl_reloads;

static void rl_reload(void *data)
{
	(void)data;
	struct strv dirs = {0};
	strv_push(&dirs, rl_dir);
	catalog_free(&rl_cat);
	memset(&rl_cat, 0, sizeof rl_cat);
	diags_free(&rl_problems);
	catalog_load(&rl_cat, &dirs, &rl_problems);
	strv_free(&dirs);
	rl_reloads++;
}

/* FILE in the test's folder: the fixture's plain deck under a new id and title. */
static void rl_deck(const char *file, const char *id, const char *title)
{
	const char *src = getenv("RUCKSACK_SRCDIR");
	char *cmd = xasprintf("sed -e 's/\"id\": *\"plain\"/\"id\": \"%s\"/' "
			      "-e 's/\"title\": *\"Plain deck\"/\"title\": \"%s\"/' "
			      "'%s/tests/data/tui/decks/plain.json' > '%s/%s'",
			      id, title, src ? src : ".", rl_dir, file);
	ck_assert_int_eq(system(cmd), 0);
	free(cmd);
}

/*
 * Decks added while the program runs: r on the home screen and in Browse
 * decks reads the folders again, keeps the deck selected, and says the
 * problem count; nothing is reloaded while a screen holding the old
 * catalog (a deck) is open; the home screen back on top with nothing else
 * open reads them again by itself.  Under ASan, a pointer kept into the old
 * catalog shows as a use after free.
 */
START_TEST(test_reload_decks)
{
	const char *src = getenv("RUCKSACK_SRCDIR");
	strcpy(rl_dir, "/tmp/ck-reload-XXXXXX");
	ck_assert_ptr_nonnull(mkdtemp(rl_dir));
	char *cmd = xasprintf("cp '%s'/tests/data/tui/decks/*.json '%s'", src ? src : ".", rl_dir);
	ck_assert_int_eq(system(cmd), 0);
	free(cmd);
	rl_reloads = 0;
	memset(&rl_cat, 0, sizeof rl_cat);
	rl_reload(NULL);
	opts.cat = &rl_cat;
	opts.problems = &rl_problems;
	opts.reload = rl_reload;
	struct view *home = home_open(&app);
	app_push(&app, home);
	app_settle(&app);
	ck_assert_int_eq(rl_reloads, 1); /* the first time on top: the decks are fresh */
	hl_draw(&app, home);
	hl_shows("2 decks found.");
	rl_deck("fresh.json", "fresh", "Fresh deck");
	app_input(&app, 'r');
	ck_assert_int_eq(rl_reloads, 2);
	ck_assert_str_eq(app.message, "Reloaded: 3 decks found; no problems.");
	hl_draw(&app, home);
	hl_shows("3 decks found.");
	struct view *dv = decks_open(&app);
	app_push(&app, dv);
	app_input(&app, 'G'); /* the last: Plain deck */
	hl_draw(&app, dv);
	rl_deck("aaa.json", "aaa", "Aaa deck"); /* sorts first: the selection must follow its deck */
	cmd = xasprintf("printf '{\"format\": 1,' > '%s/broken.json'", rl_dir);
	ck_assert_int_eq(system(cmd), 0);
	free(cmd);
	app_input(&app, 'r');
	ck_assert_int_eq(rl_reloads, 3);
	ck_assert_str_eq(app.message, "Reloaded: 4 decks found; 1 problem in broken.json (see "
				      "rucksack list).");
	hl_draw(&app, dv);
	hl_shows("Aaa deck");
	app_input(&app, K_ENTER); /* the deck selected before the reload */
	ck_assert_str_eq(app_top(&app)->ops->name, "Deck");
	hl_draw(&app, app_top(&app));
	hl_shows("Plain deck");
	char *why = NULL;
	ck_assert_int_eq(reload_decks(&app, &why), 0); /* a deck is open: its pointers are the catalog's */
	ck_assert_int_eq(rl_reloads, 3);
	ck_assert_ptr_nonnull(strstr(why, "Not while"));
	free(why);
	app_input(&app, 'r'); /* not a key of the deck screen */
	ck_assert_int_eq(rl_reloads, 3);
	app_input(&app, 'q');
	app_input(&app, 'q');
	ck_assert_ptr_eq(app_top(&app), home);
	cmd = xasprintf("rm '%s/broken.json'", rl_dir);
	ck_assert_int_eq(system(cmd), 0);
	free(cmd);
	app_settle(&app); /* back on top, nothing else open: read again, and said */
	ck_assert_int_eq(rl_reloads, 4);
	ck_assert_str_eq(app.message, "Reloaded: 4 decks found; no problems.");
	app_close(&app, home); /* a new home screen: fresh decks the first time, read again after */
	app_push(&app, home_open(&app));
	app_settle(&app);
	ck_assert_int_eq(rl_reloads, 4);
	app_push(&app, decks_open(&app));
	app_close(&app, app_top(&app));
	app_settle(&app);
	ck_assert_int_eq(rl_reloads, 5);
	app_close(&app, app.stack[0]);
	catalog_free(&rl_cat);
	diags_free(&rl_problems);
	opts = (struct tui_opts){.cat = &cat, .env = v_env};
	cmd = xasprintf("rm -rf '%s'", rl_dir);
	ck_assert_int_eq(system(cmd), 0);
	free(cmd);
}
END_TEST

/*
 * When drafts are kept, on a simulated clock: keys at a steady pace (faster
 * than the pause that keeps a draft) for 20 s, the loop waking for a key or
 * for the draft, whichever comes first.  No change is ever left out of the
 * drafts for longer than EDITOR_DRAFT_MAX_MS; after the last key the draft
 * comes EDITOR_DRAFT_MS later, and then nothing is due (no wakeups idle).
 */
START_TEST(test_draft_pacing)
{
	static const int64_t gaps[] = {30, 120, 300, 650, 900};
	int64_t gap = gaps[_i], due = 0, since = 0, oldest = -1, drafts = 0;
	int64_t last_key = 5000 + 20000 / gap * gap;
	for (int64_t t = 5000; t <= last_key + 5000;) {
		int64_t key = t <= last_key ? t : INT64_MAX;
		if (due && due <= key) { /* the loop's tick */
			t = due;
			ck_assert_int_le(t - oldest, EDITOR_DRAFT_MAX_MS);
			due = 0;
			oldest = -1;
			drafts++;
			continue;
		}
		if (key == INT64_MAX)
			break;
		ck_assert_msg(oldest < 0 || key - oldest <= EDITOR_DRAFT_MAX_MS,
			      "a key every %lld ms: a change %lld ms old not yet in a draft",
			      (long long)gap, (long long)(key - oldest));
		due = editor_draft_due(key, due, &since);
		ck_assert_int_gt(due, key);
		if (oldest < 0)
			oldest = key;
		t = key + gap;
	}
	ck_assert_int_eq(due, 0); /* idle: nothing left to wake for */
	ck_assert_int_ge(drafts, 20000 / (gap < EDITOR_DRAFT_MS ? EDITOR_DRAFT_MAX_MS : gap));
	/* a pause keeps the draft EDITOR_DRAFT_MS after the last change */
	due = editor_draft_due(100000, 0, &since);
	due = editor_draft_due(100300, due, &since);
	ck_assert_int_eq(due, 100300 + EDITOR_DRAFT_MS);
}
END_TEST

Suite *views_suite(void);
Suite *views_suite(void)
{
	Suite *s = suite_create("views");
	TCase *tc = tcase_create("views");
	tcase_add_checked_fixture(tc, v_setup, v_teardown);
	tcase_add_test(tc, test_screens_draw_at_every_size);
	tcase_add_loop_test(tc, test_any_key_is_harmless, 0, 7);
	tcase_add_test(tc, test_card_steps_through_deck);
	tcase_add_test(tc, test_home_counts_problems_and_empty_catalog);
	tcase_add_test(tc, test_reload_decks);
	tcase_add_test(tc, test_confirm_wraps_its_detail);
	tcase_add_loop_test(tc, test_draft_pacing, 0, 5);
	suite_add_tcase(s, tc);
	return s;
}
