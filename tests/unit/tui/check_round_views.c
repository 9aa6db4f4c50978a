/*
 * The round's screens on a headless curses screen (newterm on /dev/null),
 * on the stock decks and tests/data/round, with rounds kept in a scratch
 * folder.  Setup, the phase screen, the projector, the card picker, the
 * flows and the resume list each draw at 80x24, 40x12 and 200x60 within
 * their area, take every key harmlessly, give no key two actions, and draw
 * control characters in names and reflections as visible stand-ins.  The
 * phase screen's "more" marker covers no text, and its selection never
 * leaves the view, whatever the moves; setup's o with two optional roles;
 * the home menu's order, and its reading the rounds only when it comes
 * to the top.  And what QA found: the key line's Space follows
 * the timer, an ended round's timer stops and its header says what it
 * offers and where its transcript is (also when reopened), whose turn it is reads whole at
 * 40x12, lists mark "more" and cuts end in "…", the flow list goes back
 * with ← and setup back to it, a round that cannot be resumed is marked,
 * cards in hand and the card each reflection speaks to, the projector's
 * block letters.
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

static struct catalog cat;
static struct tui_opts opts;
static struct app app;
static char rv_home[64];

static unsigned rv_data_lookups; /* XDG_DATA_HOME asked for: each listing of the rounds asks */

static const char *rv_env(const char *name)
{
	rv_data_lookups += strcmp(name, "XDG_DATA_HOME") == 0;
	/* rescue copies go to and are looked for in the scratch folder too */
	return strcmp(name, "XDG_DATA_HOME") == 0 || strcmp(name, "TMPDIR") == 0 ? rv_home : NULL;
}

static void rv_setup(void)
{
	const char *src = getenv("RUCKSACK_SRCDIR");
	hl_open();
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
}

static void rv_teardown(void)
{
	hl_app_free(&app);
	hl_close();
	catalog_free(&cat);
	char *cmd = xasprintf("rm -rf '%s'", rv_home);
	ck_assert_int_eq(system(cmd), 0);
	free(cmd);
}

static void ck_message(const char *want)
{
	ck_assert_msg(app.message && strstr(app.message, want), "message \"%s\", not \"%s\"",
		      app.message ? app.message : "(none)", want);
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
	hl_draw(&app, v);
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
	for (size_t z = 0; z < sizeof sizes / sizeof *sizes; z++) {
		resizeterm(sizes[z][0], sizes[z][1]);
		hl_draw(&app, &r->v);
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
	for (size_t z = 0; z < sizeof sizes / sizeof *sizes; z++) {
		resizeterm(sizes[z][0], sizes[z][1]);
		hl_draw(&app, &r->v);
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
	hl_draw(&app, &r->v);
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
	hl_press(&app, ' ');
	ck_assert(!rtimer_running(&r->timer));
	bar = app_key_line(&r->v, 200);
	ck_assert_msg(strstr(bar, "Space resume") && !strstr(bar, "pause"), "key line \"%s\"", bar);
	free(bar);
	hl_press(&app, ' ');
	bar = app_key_line(&r->v, 200);
	ck_assert_msg(strstr(bar, "Space pause"), "key line \"%s\"", bar);
	free(bar);
}
END_TEST

/* An ended round's timer has stopped: nothing shown, no tick asked for
 * (so no wakeup); its lines keep the margin, say what it still offers (not
 * "Write:"), where its transcript is, and end cut text in "…". */
START_TEST(test_ended_round_stops_its_timer)
{
	struct round *r = rv_phase_screen("Ana,Zoë,李明,Ben");
	ck_assert(rtimer_running(&r->timer));
	ck_assert_int_ge(r->v.ops->tick_ms(&r->v), 0);
	hl_press(&app, 'E');
	hl_press(&app, 'y');
	ck_assert_int_ne(session_ended_at(r->s), 0);
	ck_assert_int_eq(r->v.ops->tick_ms(&r->v), -1);
	ck_assert(!rtimer_running(&r->timer));
	for (size_t z = 0; z < sizeof sizes / sizeof *sizes; z++) {
		resizeterm(sizes[z][0], sizes[z][1]);
		hl_draw(&app, &r->v);
		char *title = hl_row(1);
		ck_assert_msg(!strchr(title, ':'), "%dx%d: a timer on an ended round: \"%s\"", COLS,
			      LINES, title);
		free(title);
		char *all = hl_screen();
		ck_assert_msg(!strstr(all, "Write:") && !strstr(all, "Written:"),
			      "%dx%d: an ended round invites writing:\n%s", COLS, LINES, all);
		free(all);
		int y = 1;
		char *row = NULL;
		for (; y < LINES && !(row && strstr(row, "Transcript")); y++) {
			free(row);
			row = hl_row(y);
		}
		ck_assert_msg(row && strstr(row, "Transcript"), "%dx%d: no transcript line", COLS, LINES);
		char *above = hl_row(y - 2);
		ck_assert_msg(strstr(above, "nded") && strstr(above, "read only · "),
			      "%dx%d: \"%s\" above the transcript line", COLS, LINES, above);
		free(above);
		char *first = hl_cells(y - 1, 0, 1); /* a blank cell reads as "" */
		ck_assert_msg(!*first, "%dx%d: the transcript line starts in column 0", COLS, LINES);
		free(first);
		if (COLS == 80)
			ck_assert_msg(strstr(row, ".md, written today ") && strstr(row, "…"),
				      "%dx%d: the transcript line is cut without a mark: \"%s\"", COLS, LINES,
				      row);
		if (COLS == 40)
			ck_assert_msg(strstr(row, "Transcript written today "), "%dx%d: \"%s\"", COLS,
				      LINES, row);
		free(row);
	}
	char *bar = app_key_line(&r->v, 200);
	ck_assert_msg(strstr(bar, "o read card") && strstr(bar, "t transcript") && !strstr(bar, "write") &&
		      !strstr(bar, "Space") && !strstr(bar, "E end"), "key line \"%s\"", bar);
	free(bar);
	hl_press(&app, ' ');
	ck_message("The round has ended");
	ck_assert_int_eq(r->v.ops->tick_ms(&r->v), -1);
}
END_TEST

/* QA F20: an ended round reopened says where its transcript is and when it
 * was written (the file's time), not "not written"; without the file, that
 * there is none yet, and t writes it. */
START_TEST(test_ended_round_reopened)
{
	struct session *s = rv_session("Ana,Ben,Chi,Dee");
	struct diags d = {0};
	ck_assert_int_eq(session_end(s, &d), SESSION_OK);
	ck_assert_int_eq(transcript_save(s, &d), 0);
	char *journal = xstrdup(session_journal_path(s));
	char *md = xasprintf("%.*s.md", (int)(strlen(journal) - 6), journal);
	char *name = xasprintf("Transcript: %s.md, written ", session_id(s));
	session_free(s);
	resizeterm(60, 200);
	round_resume(&app, journal);
	struct round *r = (struct round *)app_top(&app);
	ck_assert_ptr_nonnull(r);
	ck_assert_str_eq(r->v.ops->name, "Round");
	hl_draw(&app, &r->v);
	hl_shows(name);
	hl_shows("Round ended: read only · export: rucksack export ");
	char *all = hl_screen();
	ck_assert_msg(!strstr(all, "Write:") && !strstr(all, "No transcript"), "%s", all);
	free(all);
	app_close(&app, &r->v);
	ck_assert_int_eq(unlink(md), 0);
	round_resume(&app, journal);
	r = (struct round *)app_top(&app);
	hl_draw(&app, &r->v);
	hl_shows("No transcript yet (t writes it)");
	hl_press(&app, 't');
	ck_message("Transcript written: ");
	hl_draw(&app, &r->v);
	hl_shows(name);
	struct stat st;
	ck_assert_int_eq(stat(md, &st), 0);
	free(name);
	free(md);
	free(journal);
	diags_free(&d);
}
END_TEST

/* Runs sed on a round's journal (a test's way to damage it). */
static void rv_sed(const char *journal, const char *script)
{
	char *cmd = xasprintf("sed -i '%s' '%s'", script, journal);
	ck_assert_int_eq(system(cmd), 0);
	free(cmd);
}

/* A round that cannot be resumed is listed marked, with FILE:LINE and what to
 * do; Enter only says so; and it is no reason to offer a resume at start-up. */
START_TEST(test_rounds_unresumable_marked)
{
	struct session *s = rv_session("Ana,Ben,Chi,Dee");
	char *damaged = xstrdup(session_journal_path(s));
	session_free(s);
	rv_sed(damaged, "2s/^/XX/"); /* a line in the middle (the last would be a torn tail) */
	ck_assert(rounds_offered(&app));
	ck_assert(!rounds_resumable(&app));
	struct view *v = rounds_open(&app);
	app_push(&app, v);
	char *where = xasprintf("%s:2:", damaged);
	for (size_t z = 0; z < sizeof sizes / sizeof *sizes; z++) {
		resizeterm(sizes[z][0], sizes[z][1]);
		hl_draw(&app, v);
		hl_shows("DAMAGED · ");
		hl_shows("Cannot be resumed:");
		if (COLS >= 200)
			hl_shows(where);
	}
	hl_press(&app, K_ENTER);
	ck_assert_ptr_eq(app_top(&app), v); /* not opened */
	ck_message("Cannot be resumed: ");
	ck_message(where);
	app_close(&app, v);
	s = rv_session("Eve,Fay,Gil,Hal"); /* one that can be resumed */
	char *gone = xstrdup(session_journal_path(s));
	session_free(s);
	ck_assert(rounds_resumable(&app));
	rv_sed(gone, "1s/\"flow\":\"bells-that-ring\"/\"flow\":\"gone-flow\"/");
	ck_assert(!rounds_resumable(&app));
	v = rounds_open(&app);
	app_push(&app, v);
	resizeterm(60, 200);
	hl_draw(&app, v);
	hl_shows("FLOW NOT FOUND · ");
	hl_shows("DAMAGED · ");
	free(where);
	free(gone);
	free(damaged);
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
	struct view *e = app_top(&app);
	ck_assert_str_eq(e->ops->name, "Editor");
	hl_draw(&app, e);
	hl_shows(want);
}

/* QA F3 and F4: in the reflecting phase the observers' lens cards, dealt two
 * phases before, are in hand (the table's card new), and each observer's
 * reflection speaks to their own lens without anyone selecting it; the
 * editor says which and Ctrl-T changes it; the transcript names it. */
START_TEST(test_cards_in_hand_and_reflection_cards)
{
	struct session *s = rv_session("Ana,Ben,Chi,Dee,Eve,Fay");
	struct diags d = {0};
	ck_assert_int_eq(session_goto(s, 0, 1, &d), SESSION_OK); /* the lenses are dealt */
	ck_assert_int_eq(session_goto(s, 0, 3, &d), SESSION_OK); /* the observers reflect */
	long eve = rv_card_of(s, 4, "social-graces"), fay = rv_card_of(s, 5, "social-graces");
	ck_assert_int_ge(eve, 0);
	ck_assert_int_ge(fay, 0);
	const char *eve_t = rphase_card_title(s, "social-graces", session_dealt(s, eve)->card);
	const char *fay_t = rphase_card_title(s, "social-graces", session_dealt(s, fay)->card);
	struct round *r = (struct round *)round_open(&app, s, NULL, false);
	app_push(&app, &r->v);
	resizeterm(60, 200);
	hl_draw(&app, &r->v);
	hl_shows("Cards in hand");
	char *want = xasprintf("Eve, Observer (reflecting team): %s · Social GRACES", eve_t);
	hl_shows(want);
	free(want);
	hl_shows("· CMM: making meaning · new");
	/* Eve writes first: her lens, unselected */
	hl_press(&app, K_ENTER);
	want = xasprintf("Card: %s · Social GRACES", eve_t);
	ck_editor_shows(want);
	hl_press(&app, K_CTRL('t')); /* she holds one card: the choice is it or none */
	ck_editor_shows("Card: none");
	hl_press(&app, K_CTRL('t'));
	ck_editor_shows(want);
	free(want);
	hl_type(&app, "Through her lens");
	hl_press(&app, K_CTRL('s'));
	ck_assert_ptr_eq(app_top(&app), &r->v);
	/* then Fay, with Eve's card selected: hers is still the one */
	r->v.ops->key(&r->v, 'g', ACT_TOP);
	hl_press(&app, K_DOWN);
	ck_assert_int_eq(round_selected(r, RPH_CARD), eve);
	hl_press(&app, K_ENTER);
	want = xasprintf("Card: %s", fay_t);
	ck_editor_shows(want);
	free(want);
	hl_type(&app, "Through hers");
	hl_press(&app, K_CTRL('s'));
	ck_assert_uint_eq(session_n_entries(s), 2);
	ck_assert_str_eq(session_entry(s, 0)->card, session_dealt(s, eve)->card);
	ck_assert_str_eq(session_entry(s, 1)->card, session_dealt(s, fay)->card);
	/* the action planner's phase: the group's reflection speaks to the card dealt him there */
	ck_assert_int_eq(session_goto(s, 0, 5, &d), SESSION_OK);
	round_refresh(r);
	long dom = rv_card_of(s, 2, "systemic-ideas");
	ck_assert_int_ge(dom, 0);
	hl_press(&app, K_ENTER);
	want = xasprintf("Card: %s", rphase_card_title(s, "systemic-ideas", session_dealt(s, dom)->card));
	ck_editor_shows(want);
	free(want);
	hl_type(&app, "The group's plan");
	hl_press(&app, K_CTRL('s'));
	ck_assert_str_eq(session_entry(s, 2)->card, session_dealt(s, dom)->card);
	ck_assert_int_eq(session_entry(s, 2)->person, -1);
	/* the transcript says which card each speaks to */
	ck_assert_int_eq(transcript_save(s, &d), 0);
	char *md = xasprintf("%.*s.md", (int)(strlen(session_journal_path(s)) - 6), session_journal_path(s));
	FILE *f = fopen(md, "r");
	ck_assert_ptr_nonnull(f);
	char buf[65536];
	size_t n = fread(buf, 1, sizeof buf - 1, f);
	buf[n] = '\0';
	fclose(f);
	want = xasprintf("**Eve**, on *%s*", eve_t);
	ck_assert_msg(strstr(buf, want), "no \"%s\" in the transcript:\n%s", want, buf);
	free(want);
	want = xasprintf("**the group**, on *%s*",
			 rphase_card_title(s, "systemic-ideas", session_dealt(s, dom)->card));
	ck_assert_msg(strstr(buf, want), "no \"%s\" in the transcript:\n%s", want, buf);
	free(want);
	free(md);
	diags_free(&d);
}
END_TEST

/* The projector steps through the cards in hand, earlier phases' too. */
START_TEST(test_projector_steps_through_hand)
{
	struct session *s = rv_session("Ana,Ben,Chi,Dee,Eve,Fay");
	struct diags d = {0};
	ck_assert_int_eq(session_goto(s, 0, 1, &d), SESSION_OK);
	ck_assert_int_eq(session_goto(s, 0, 3, &d), SESSION_OK);
	struct round *r = (struct round *)round_open(&app, s, NULL, false);
	app_push(&app, &r->v);
	hl_draw(&app, &r->v);
	hl_press(&app, 'p');
	struct view *pj = app_top(&app);
	ck_assert_str_eq(pj->ops->name, "Projector");
	bool lens = false;
	for (int k = 0; k < 8 && !lens; k++) {
		hl_press(&app, k < 4 ? K_LEFT : K_RIGHT);
		hl_draw(&app, pj);
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
	hl_press(&app, 'p');
	struct view *pj = app_top(&app);
	ck_assert_str_eq(pj->ops->name, "Projector");
	for (size_t z = 0; z < sizeof sizes / sizeof *sizes; z++) {
		resizeterm(sizes[z][0], sizes[z][1]);
		hl_draw(&app, pj);
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
	struct session *s = rv_session("Ana,Ben,Chi,Dee,Eve,Fay,Gil,Hal");
	struct diags d = {0};
	ck_assert_int_eq(session_goto(s, 0, 1, &d), SESSION_OK);
	struct view *v = round_open(&app, s, NULL, false);
	app_push(&app, v);
	for (size_t z = 0; z < sizeof sizes / sizeof *sizes; z++) {
		resizeterm(sizes[z][0], sizes[z][1]);
		hl_draw(&app, v);
		hl_shows("Turn: Presenter — Ana");
	}
	ck_assert_int_eq(session_goto(s, 0, 3, &d), SESSION_OK); /* the observers reflect */
	round_refresh((struct round *)v);
	for (size_t z = 0; z < sizeof sizes / sizeof *sizes; z++) {
		resizeterm(sizes[z][0], sizes[z][1]);
		hl_draw(&app, v);
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
	struct view *v = rounds_open(&app);
	app_push(&app, v);
	hl_draw(&app, v);
	hl_shows("↓ more");
	hl_shows("Unfinished rounds, newest first. En…");
	hl_press(&app, 'G');
	hl_draw(&app, v);
	hl_shows("↑ more");
	app_close(&app, v);
	v = flows_open(&app);
	app_push(&app, v);
	hl_draw(&app, v);
	hl_shows("↓ more");
	hl_press(&app, 'G');
	hl_draw(&app, v);
	hl_shows("↑ more");
	app_close(&app, v);
	struct round *r = rv_phase_screen("Ana,Zoë,李明,Ben");
	resizeterm(12, 40);
	v = picker_open(&app, catalog_find(&cat, "tomm-questions"), r->s, "for the table", rv_pick,
			NULL, -1);
	app_push(&app, v);
	hl_draw(&app, v);
	hl_shows("↓ more");
	app_close(&app, &r->v);
	v = flows_open(&app);
	app_push(&app, v);
	resizeterm(60, 200); /* room for every flow: no mark */
	hl_draw(&app, v);
	char *text = hl_screen();
	ck_assert_msg(!strstr(text, "more"), "a mark with nothing more to show:\n%s", text);
	free(text);
}
END_TEST

/* o in setup with two optional roles: on the holder of either, that one is
 * left empty; on someone else with both filled, nothing is guessed; the ones
 * left empty are filled again one by one. */
START_TEST(test_setup_two_optional_roles)
{
	const struct doc *flow = catalog_find(&cat, "two-optional");
	ck_assert_ptr_nonnull(flow);
	struct view *v = setup_open(&app, flow, NULL);
	app_push(&app, v);
	hl_press(&app, 'a');
	hl_type(&app, "Ana, Ben, Chi, Dee, Eli, Fay");
	hl_press(&app, K_ENTER);
	ck_assert_ptr_eq(app_top(&app), v);
	hl_draw(&app, v);
	hl_shows("Mentor: Chi");
	hl_shows("Scribe: Dee");
	hl_press(&app, 'o'); /* Fay, the last added, observes */
	ck_message("o: select Chi (Mentor) or Dee (Scribe)");
	hl_draw(&app, v);
	hl_shows("Mentor: Chi");
	hl_shows("Scribe: Dee");
	hl_press(&app, K_UP);
	hl_press(&app, K_UP); /* Dee */
	hl_press(&app, 'o');
	ck_message("Scribe left empty");
	hl_draw(&app, v);
	hl_shows("Mentor: Chi");
	hl_shows("Scribe: (optional, empty)");
	hl_press(&app, K_UP); /* Chi */
	hl_press(&app, 'o');
	ck_message("Mentor left empty");
	hl_draw(&app, v);
	hl_shows("Mentor: (optional, empty)");
	hl_shows("Scribe: (optional, empty)");
	hl_press(&app, K_END); /* Fay, outside both */
	hl_press(&app, 'o'); /* the first left empty is filled again */
	ck_message("Mentor to be filled again; o again fills Scribe");
	hl_press(&app, 'o');
	ck_message("Scribe to be filled again.");
	hl_draw(&app, v);
	hl_shows("Mentor: Chi");
	hl_shows("Scribe: Dee");
}
END_TEST

/* The flow list goes back with ← and h too, as every list does; setup opened
 * from it goes back to it with q or Esc, and starting the round closes both. */
START_TEST(test_flows_back_and_setup_returns)
{
	static const int back[] = {K_LEFT, 'h', 'q', K_ESC};
	struct view *home = home_open(&app);
	app_push(&app, home);
	for (size_t i = 0; i < sizeof back / sizeof *back; i++) {
		app_push(&app, flows_open(&app));
		hl_draw(&app, app_top(&app));
		hl_press(&app, back[i]);
		ck_assert_msg(app_top(&app) == home, "key %#x did not go back from the flow list",
			      (unsigned)back[i]);
	}
	struct view *flows = flows_open(&app);
	app_push(&app, flows);
	hl_draw(&app, flows);
	hl_press(&app, K_ENTER);
	ck_assert_str_eq(app_top(&app)->ops->name, "Setup");
	hl_press(&app, K_ESC);
	ck_assert_ptr_eq(app_top(&app), flows);
	hl_press(&app, K_ENTER);
	hl_press(&app, 'q');
	ck_assert_ptr_eq(app_top(&app), flows);
	hl_press(&app, K_ENTER);
	hl_press(&app, 'a');
	hl_type(&app, "Ana, Ben, Chi, Dee");
	hl_press(&app, K_ENTER);
	hl_press(&app, K_ENTER); /* start */
	ck_assert_str_eq(app_top(&app)->ops->name, "Round");
	ck_assert_uint_eq(app.n, 2); /* home and the round: setup and the list are gone */
	ck_assert_ptr_eq(app.stack[0], home);
	/* saved where the program's environment says (XDG_DATA_HOME), which is where the
	 * rounds list looks: not under the real HOME of whoever runs the tests */
	char *dir = xasprintf("%s/rucksack/sessions/", rv_home);
	const char *journal = session_journal_path(((struct round *)app_top(&app))->s);
	ck_assert_msg(strncmp(journal, dir, strlen(dir)) == 0, "round saved at %s", journal);
	free(dir);
}
END_TEST

/* A bracketed paste of s through the loop's steps, its keys as input_read gives them. */
static void rv_paste(const char *s)
{
	app_input(&app, K_PASTE_BEGIN);
	for (size_t i = 0, len = strlen(s); i < len;) {
		uint32_t cp;
		size_t n = utf8_decode(s + i, len - i, &cp);
		app_input(&app, cp == '\n' ? K_ENTER : cp == 0x1b ? K_ESC : (int)cp);
		i += n ? n : 1;
	}
	app_input(&app, K_PASTE_END);
}

/* Names typed or pasted with control characters into Add people: kept and
 * shown in the field, then refused with run --people's message, never
 * quietly cleaned into another name. */
START_TEST(test_setup_names_with_controls)
{
	struct view *v = setup_open(&app, catalog_find(&cat, "bells-that-ring"), NULL);
	app_push(&app, v);
	hl_press(&app, 'a');
	struct view *box = app_top(&app);
	rv_paste("Evil\x1b[2Jname");
	hl_draw(&app, box);
	hl_shows("Evil␛[2Jname");
	hl_press(&app, K_ENTER);
	ck_assert_ptr_eq(app_top(&app), box); /* refused: the box stays, with the text */
	ck_message("a name cannot hold control characters");
	hl_press(&app, K_ESC);
	ck_assert_ptr_eq(app_top(&app), v);
	/* a column of names pasted: the newlines are shown, and refused too */
	hl_press(&app, 'a');
	box = app_top(&app);
	rv_paste("Ana\nBen");
	hl_draw(&app, box);
	hl_shows("Ana␊Ben");
	hl_press(&app, K_ENTER);
	ck_assert_ptr_eq(app_top(&app), box);
	ck_message("a name cannot hold control characters");
	hl_press(&app, K_ESC);
	/* a bell typed in one name of a list: the others go in, that one is named as refused */
	hl_press(&app, 'a');
	hl_type(&app, "Ana, Be");
	hl_press(&app, 0x07);
	hl_type(&app, "l, Ben, Chi, Dee");
	hl_draw(&app, app_top(&app));
	hl_shows("Ana, Be␇l, Ben, Chi, Dee");
	hl_press(&app, K_ENTER);
	ck_assert_ptr_eq(app_top(&app), v);
	ck_message("Added 4; a name cannot hold control characters");
	hl_draw(&app, v);
	hl_shows("Presenter: Ana");
	hl_not_shown("Bel");
	hl_not_shown("Evil");
}
END_TEST

/* Save elsewhere keeps a pasted escape in the box too, and refuses the folder. */
START_TEST(test_save_elsewhere_refuses_controls)
{
	rv_phase_screen("Ana,Zoë,李明,Ben");
	hl_press(&app, 's');
	struct view *box = app_top(&app);
	ck_assert_str_eq(box->ops->name, "Question");
	char *dir = xasprintf("%s/else\x1b[31mwhere", rv_home);
	rv_paste(dir);
	hl_draw(&app, box);
	hl_shows("else␛[31mwhere");
	hl_press(&app, K_ENTER);
	ck_assert_ptr_eq(app_top(&app), box);
	ck_message("A folder name cannot hold control characters.");
	struct stat st;
	ck_assert_int_ne(stat(dir, &st), 0);
	free(dir);
}
END_TEST

/* Save elsewhere onto a file refuses it and keeps the box open; a new
 * folder is made and the round carries on there. */
START_TEST(test_save_elsewhere_folder)
{
	struct round *r = rv_phase_screen("Ana,Zoë,李明,Ben");
	char *file = xasprintf("%s/a-file", rv_home), *dir = xasprintf("%s/usb/rounds", rv_home);
	FILE *f = fopen(file, "w");
	ck_assert_ptr_nonnull(f);
	fclose(f);
	hl_press(&app, 's');
	struct view *box = app_top(&app);
	rv_paste(file);
	hl_press(&app, K_ENTER);
	ck_assert_ptr_eq(app_top(&app), box);
	ck_message("That is a file, not a folder.");
	hl_press(&app, K_ESC);
	hl_press(&app, 's');
	rv_paste(dir);
	hl_press(&app, K_ENTER);
	ck_assert_ptr_eq(app_top(&app), &r->v);
	char *want = xasprintf("%s/%s.jsonl", dir, session_id(r->s));
	ck_assert_str_eq(session_journal_path(r->s), want);
	free(want);
	free(dir);
	free(file);
}
END_TEST

/* A long paste into a note is one insertion: all of it up to the limit,
 * the counter right, the limit said once. */
START_TEST(test_note_paste_to_the_limit)
{
	struct round *r = rv_phase_screen("Ana,Zoë,李明,Ben");
	/* the reflection's editor (its card can be changed) takes a paste whole too */
	hl_press(&app, K_ENTER);
	ck_assert_str_eq(app_top(&app)->ops->name, "Editor");
	ck_assert_ptr_nonnull(app_top(&app)->ops->paste);
	hl_press(&app, K_ESC);
	ck_assert_ptr_eq(app_top(&app), &r->v);
	hl_press(&app, 'n');
	struct view *ed = app_top(&app);
	ck_assert_str_eq(ed->ops->name, "Editor");
	ck_assert_ptr_nonnull(ed->ops->paste);
	size_t n = 27500;
	char *big = malloc(n + 1);
	for (size_t i = 0; i < n; i++)
		big[i] = i % 11 == 10 ? (i % 110 == 109 ? '\n' : ' ') : (char)('a' + i % 11);
	big[n] = '\0';
	rv_paste(big);
	hl_draw(&app, ed);
	hl_shows("20000 / 20000 characters");
	ck_message("Limit reached: 20000 characters.");
	ck_assert_ptr_eq(app_top(&app), ed);
	ck_assert(r->writing);
	free(big);
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
		hl_draw(&app, v);
		rv_rows_of(labels, 5, rows);
		ck_assert_int_eq(rows[3], -1); /* nothing to resume yet */
		ck_assert_int_gt(rows[0], 0);
		ck_assert_int_eq(rows[1], rows[0] + 1);
		ck_assert_int_eq(rows[2], rows[0] + 2);
		ck_assert_int_eq(rows[4], rows[0] + 3);
	}
	session_free(rv_session("Ana,Ben,Chi,Dee")); /* left unfinished */
	app_push(&app, help_open(v)); /* the home screen comes back to the top: it reads the rounds */
	app_close(&app, app_top(&app));
	app_settle(&app);
	for (size_t z = 0; z < sizeof sizes / sizeof *sizes; z++) {
		resizeterm(sizes[z][0], sizes[z][1]);
		hl_draw(&app, v);
		rv_rows_of(labels, 5, rows);
		for (int i = 1; i < 5; i++)
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
	struct view *home = home_open(&app);
	app_push(&app, home);
	app_settle(&app);
	hl_draw(&app, home);
	hl_not_shown("Resume a round");
	/* a round started from the home screen and left unfinished with q */
	struct strv people = {0};
	strv_split(&people, "Ana,Ben,Chi,Dee", ',');
	char *dir = xasprintf("%s/rucksack/sessions", rv_home);
	struct session_opts o = {.flow_id = "bells-that-ring", .people = &people, .dir = dir};
	ck_assert(round_start(&app, &o));
	app_settle(&app);
	hl_draw(&app, app_top(&app));
	hl_press(&app, 'q');
	hl_press(&app, 'y');
	ck_assert_ptr_eq(app_top(&app), home);
	unsigned before = rv_data_lookups;
	app_settle(&app);
	ck_assert_uint_gt(rv_data_lookups, before); /* back on top: read once */
	hl_draw(&app, home);
	hl_shows("Resume a round");
	/* drawing, resizing and keys read nothing */
	before = rv_data_lookups;
	static const int keys[] = {K_DOWN, K_DOWN, K_UP, 'j', 'k', 'G', 'g', K_END, K_HOME};
	for (int i = 0; i < 100; i++) {
		resizeterm(sizes[i % 3][0], sizes[i % 3][1]);
		hl_draw(&app, home);
		app_input(&app, keys[i % (sizeof keys / sizeof *keys)]);
		app_settle(&app);
	}
	ck_assert_uint_eq(rv_data_lookups, before);
	/* and what changes meanwhile on the disk shows when it is on top again */
	char *cmd = xasprintf("rm -f '%s'/*.jsonl", dir);
	ck_assert_int_eq(system(cmd), 0);
	hl_draw(&app, home);
	hl_shows("Resume a round");
	app_push(&app, help_open(home));
	app_close(&app, app_top(&app));
	app_settle(&app);
	hl_draw(&app, home);
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
	const struct doc *bells = catalog_find(&cat, "bells-that-ring");
	struct round *r;
	switch (i) {
	case RV_SETUP:
		app_push(&app, setup_open(&app, bells, NULL));
		hl_press(&app, 'a');
		hl_type(&app, "Ana, Zoë, 李明, Ben, Renée");
		hl_press(&app, K_ENTER);
		*shows = "Presenter: Ana";
		break;
	case RV_PHASE:
		rv_ctrl_round();
		*shows = "Interview";
		break;
	case RV_PROJECTOR:
		r = rv_ctrl_round();
		ck_assert_int_ge(rv_first_card(r->s), 0);
		app_push(&app, projector_open(&app, r->s, &r->timer, rv_first_card(r->s)));
		*shows = " · for ";
		break;
	case RV_PICKER:
		r = rv_ctrl_round();
		app_push(&app, picker_open(&app, catalog_find(&cat, "tomm-questions"), r->s,
					   "for Zo\x07ë, instead of the selected card", rv_pick, NULL,
					   rv_first_card(r->s)));
		*shows = "Choose a card for Zo␇ë";
		break;
	case RV_ROUNDS:
		session_free(rv_session(RV_CTRL_PEOPLE)); /* an unfinished round to list */
		app_push(&app, rounds_open(&app));
		*shows = "Ana␛[31m, Zo␇ë, 李␛明, Ben␍";
		break;
	default:
		app_push(&app, flows_open(&app));
		*shows = "Bells that Ring";
		break;
	}
	return app_top(&app);
}

/* Nothing drawn where the view has no business: the title and key lines are
 * the loop's (a bare view has the whole screen, which curses clips). */
static void ck_within_area(const struct view *v)
{
	if (v->ops->flags & VIEW_BARE)
		return;
	char *top = hl_row(0), *bottom = hl_row(LINES - 1);
	ck_assert_msg(!*top && !*bottom, "%s at %dx%d drew outside its area: \"%s\" / \"%s\"",
		      v->ops->name, COLS, LINES, top, bottom);
	free(top);
	free(bottom);
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
	for (size_t z = 0; z < sizeof sizes / sizeof *sizes; z++) {
		resizeterm(sizes[z][0], sizes[z][1]);
		hl_draw(&app, v);
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
	hl_draw(&app, v);
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
	for (size_t z = 0; z < sizeof sizes / sizeof *sizes; z++) {
		resizeterm(sizes[z][0], sizes[z][1]);
		hl_draw(&app, v);
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
	hl_press(&app, K_ENTER);
	ck_assert_str_eq(app_top(&app)->ops->name, "Round");
	ck_assert_uint_eq(app.n, 1); /* the round took setup's place */
	app_close(&app, app.stack[0]);
	rv_open(RV_ROUNDS, &shows);
	size_t below = app.n - 1;
	hl_press(&app, K_ENTER);
	ck_assert_str_eq(app_top(&app)->ops->name, "Round");
	ck_assert_uint_eq(app.n, below + 1);
	app_close(&app, app.stack[0]);
	rv_open(RV_PICKER, &shows);
	rv_picked = 0;
	hl_press(&app, K_ENTER);
	ck_assert_int_eq(rv_picked, 1);
	ck_assert_str_eq(app_top(&app)->ops->name, "Round");
}
END_TEST

static int rv_fsync_full(int fd)
{
	(void)fd;
	errno = ENOSPC;
	return -1;
}

/* Whether some row of the screen is exactly want. */
static bool rv_has_row(const char *want)
{
	bool found = false;
	for (int y = 0; y < LINES && !found; y++) {
		char *row = hl_row(y);
		found = !strcmp(row, want);
		free(row);
	}
	return found;
}

/* A round that cannot be saved (QA F8): at 40, 80 and 200 columns the banner
 * shows the keys r and s whole, then why, once; the key line too. */
START_TEST(test_phase_unsaved_banner)
{
	char *blocked = xasprintf("%s/blocked", rv_home);
	FILE *f = fopen(blocked, "w"); /* a file where the sessions folder should be */
	fclose(f);
	struct strv p = {0};
	strv_split(&p, "Ana,Ben,Chi,Dee", ',');
	struct session_opts o = {.flow_id = "bells-that-ring", .people = &p, .dir = blocked};
	struct session *s = NULL;
	struct diags d = {0};
	int st = session_start(&s, &cat, &o, &d);
	ck_assert_int_eq(st, SESSION_UNSAVED);
	round_push(&app, s, st, &d, false);
	diags_free(&d);
	ck_message("Not saved · r retry · s save elsewhere · a file is where a folder should be");
	struct view *v = app_top(&app);
	for (size_t z = 0; z < sizeof sizes / sizeof *sizes; z++) {
		resizeterm(sizes[z][0], sizes[z][1]);
		hl_draw(&app, v);
		bool one = COLS >= 200;
		ck_assert_msg(rv_has_row(one ? "NOT SAVED · r retry · s save elsewhere · kept in memory: "
					       "a file is where a folder should be"
					     : "NOT SAVED · r retry · s save elsewhere"),
			      "%dx%d: no banner with the keys", COLS, LINES);
		if (!one)
			ck_assert(rv_has_row(COLS >= 80 ? "kept in memory: a file is where a folder should be"
							: "a file is where a folder should be"));
		char *text = hl_screen();
		ck_assert_msg(!strstr(text, "Not saved") && !strstr(text, "Not a directory"),
			      "%dx%d: repeated wording:\n%s", COLS, LINES, text);
		free(text);
		ck_within_area(v);
	}
	/* a full disk at 80 columns: one line */
	struct round *r = (struct round *)v;
	ck_assert_int_eq(session_save_as(r->s, rv_home, &d), SESSION_OK);
	round_report(r, SESSION_OK, &d, NULL);
	journal_set_fsync_hook(rv_fsync_full);
	st = session_add_entry(r->s, true, -1, NULL, NULL, "kept", NULL, &d);
	journal_set_fsync_hook(NULL);
	ck_assert_int_eq(st, SESSION_UNSAVED);
	round_report(r, st, &d, "Note saved");
	ck_message("Not saved · r retry · s save elsewhere · the disk is full");
	resizeterm(24, 80);
	hl_draw(&app, v);
	ck_assert(rv_has_row("NOT SAVED · r retry · s save elsewhere · kept in memory: the disk is full"));
	strv_free(&p);
	free(blocked);
}
END_TEST

/* A flow for one person (solo-practice) stays in the flow list, marked as
 * such; run as a round, its capture line and editor speak to that person,
 * not to a group (QA F28). */
START_TEST(test_flow_for_one_person)
{
	resizeterm(60, 200);
	struct view *v = flows_open(&app);
	app_push(&app, v);
	hl_draw(&app, v);
	ck_assert(rv_has_row("Solo question-type practice · 22 min · 6 phases · for one person"));
	ck_assert(rv_has_row("Bells that Ring · 52 min · 7 phases"));
	app_close(&app, v);

	struct strv p = {0};
	strv_push(&p, "Mo");
	char *dir = xasprintf("%s/rucksack/sessions", rv_home);
	char *cmd = xasprintf("mkdir -p '%s'", dir);
	ck_assert_int_eq(system(cmd), 0);
	struct session_opts o = {.flow_id = "solo-practice", .people = &p, .has_seed = true,
				 .seed = 7, .dir = dir};
	struct session *se = NULL;
	struct diags d = {0};
	ck_assert_int_eq(session_start(&se, &cat, &o, &d), SESSION_OK);
	ck_assert_int_eq(session_goto(se, 0, 2, &d), SESSION_OK); /* write: capture one */
	resizeterm(24, 80);
	v = round_open(&app, se, NULL, false);
	app_push(&app, v);
	hl_draw(&app, v);
	hl_shows("Write: your reflection");
	char *text = hl_screen();
	ck_assert_msg(!strstr(text, "group"), "group wording for one person:\n%s", text);
	free(text);
	hl_press(&app, 'w');
	ck_assert_str_eq(app_top(&app)->ops->name, "Editor");
	struct view *ed = app_top(&app);
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
	tcase_add_test(tc, test_ended_round_stops_its_timer);
	tcase_add_test(tc, test_ended_round_reopened);
	tcase_add_test(tc, test_phase_turn_readable_when_small);
	tcase_add_test(tc, test_lists_mark_more_and_cuts);
	tcase_add_test(tc, test_rounds_unresumable_marked);
	tcase_add_test(tc, test_cards_in_hand_and_reflection_cards);
	tcase_add_test(tc, test_projector_steps_through_hand);
	tcase_add_test(tc, test_projector_big_letters);
	tcase_add_test(tc, test_setup_two_optional_roles);
	tcase_add_test(tc, test_home_order);
	tcase_add_test(tc, test_home_reads_rounds_on_top);
	tcase_add_test(tc, test_flows_back_and_setup_returns);
	tcase_add_test(tc, test_setup_names_with_controls);
	tcase_add_test(tc, test_save_elsewhere_refuses_controls);
	tcase_add_test(tc, test_save_elsewhere_folder);
	tcase_add_test(tc, test_note_paste_to_the_limit);
	tcase_add_loop_test(tc, test_round_screens_draw_at_every_size, 0, RV_SCREENS);
	tcase_add_loop_test(tc, test_round_screens_any_key, 0, RV_SCREENS);
	tcase_add_test(tc, test_round_controls_drawn_visible);
	tcase_add_test(tc, test_round_screens_leave);
	tcase_add_test(tc, test_phase_unsaved_banner);
	tcase_add_test(tc, test_flow_for_one_person);
	suite_add_tcase(s, tc);
	return s;
}
