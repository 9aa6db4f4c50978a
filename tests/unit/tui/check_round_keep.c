/*
 * Keeping a round, on a headless curses screen (support/round_views.h): an
 * ended round's timer stops and its header says what it offers and where
 * its transcript is (also when reopened); a round that cannot be resumed is
 * marked; save elsewhere refuses control characters and a file, and makes
 * the folder; a long paste into a note; the NOT SAVED banner.
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

/* An ended round's timer has stopped: nothing shown, no tick asked for
 * (so no wakeup); its lines keep the margin, say what it still offers (not
 * "Write:"), where its transcript is, and end cut text in "…". */
START_TEST(test_ended_round_stops_its_timer)
{
	struct round *r = rv_phase_screen("Ana,Zoë,李明,Ben");
	ck_assert(rtimer_running(&r->timer));
	ck_assert_int_ge(r->v.ops->tick_ms(&r->v), 0);
	hl_press(&rv_app, 'E');
	hl_press(&rv_app, 'y');
	ck_assert_int_ne(session_ended_at(r->s), 0);
	ck_assert_int_eq(r->v.ops->tick_ms(&r->v), -1);
	ck_assert(!rtimer_running(&r->timer));
	for (size_t z = 0; z < sizeof rv_sizes / sizeof *rv_sizes; z++) {
		resizeterm(rv_sizes[z][0], rv_sizes[z][1]);
		hl_draw(&rv_app, &r->v);
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
	hl_press(&rv_app, ' ');
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
	round_resume(&rv_app, journal);
	struct round *r = (struct round *)app_top(&rv_app);
	ck_assert_ptr_nonnull(r);
	ck_assert_str_eq(r->v.ops->name, "Round");
	hl_draw(&rv_app, &r->v);
	hl_shows(name);
	hl_shows("Round ended: read only · export: rucksack export ");
	char *all = hl_screen();
	ck_assert_msg(!strstr(all, "Write:") && !strstr(all, "No transcript"), "%s", all);
	free(all);
	app_close(&rv_app, &r->v);
	ck_assert_int_eq(unlink(md), 0);
	round_resume(&rv_app, journal);
	r = (struct round *)app_top(&rv_app);
	hl_draw(&rv_app, &r->v);
	hl_shows("No transcript yet (t writes it)");
	hl_press(&rv_app, 't');
	ck_message("Transcript written: ");
	hl_draw(&rv_app, &r->v);
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
	ck_assert(rounds_offered(&rv_app));
	ck_assert(!rounds_resumable(&rv_app));
	struct view *v = rounds_open(&rv_app);
	app_push(&rv_app, v);
	char *where = xasprintf("%s:2:", damaged);
	for (size_t z = 0; z < sizeof rv_sizes / sizeof *rv_sizes; z++) {
		resizeterm(rv_sizes[z][0], rv_sizes[z][1]);
		hl_draw(&rv_app, v);
		hl_shows("DAMAGED · ");
		hl_shows("Cannot be resumed:");
		if (COLS >= 200)
			hl_shows(where);
	}
	hl_press(&rv_app, K_ENTER);
	ck_assert_ptr_eq(app_top(&rv_app), v); /* not opened */
	ck_message("Cannot be resumed: ");
	ck_message(where);
	app_close(&rv_app, v);
	s = rv_session("Eve,Fay,Gil,Hal"); /* one that can be resumed */
	char *gone = xstrdup(session_journal_path(s));
	session_free(s);
	ck_assert(rounds_resumable(&rv_app));
	rv_sed(gone, "1s/\"flow\":\"bells-that-ring\"/\"flow\":\"gone-flow\"/");
	ck_assert(!rounds_resumable(&rv_app));
	v = rounds_open(&rv_app);
	app_push(&rv_app, v);
	resizeterm(60, 200);
	hl_draw(&rv_app, v);
	hl_shows("FLOW NOT FOUND · ");
	hl_shows("DAMAGED · ");
	free(where);
	free(gone);
	free(damaged);
}
END_TEST

/* Save elsewhere keeps a pasted escape in the box too, and refuses the folder. */
START_TEST(test_save_elsewhere_refuses_controls)
{
	rv_phase_screen("Ana,Zoë,李明,Ben");
	hl_press(&rv_app, 's');
	struct view *box = app_top(&rv_app);
	ck_assert_str_eq(box->ops->name, "Question");
	char *dir = xasprintf("%s/else\x1b[31mwhere", rv_home);
	rv_paste(dir);
	hl_draw(&rv_app, box);
	hl_shows("else␛[31mwhere");
	hl_press(&rv_app, K_ENTER);
	ck_assert_ptr_eq(app_top(&rv_app), box);
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
	hl_press(&rv_app, 's');
	struct view *box = app_top(&rv_app);
	rv_paste(file);
	hl_press(&rv_app, K_ENTER);
	ck_assert_ptr_eq(app_top(&rv_app), box);
	ck_message("That is a file, not a folder.");
	hl_press(&rv_app, K_ESC);
	hl_press(&rv_app, 's');
	rv_paste(dir);
	hl_press(&rv_app, K_ENTER);
	ck_assert_ptr_eq(app_top(&rv_app), &r->v);
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
	hl_press(&rv_app, K_ENTER);
	ck_assert_str_eq(app_top(&rv_app)->ops->name, "Editor");
	ck_assert_ptr_nonnull(app_top(&rv_app)->ops->paste);
	hl_press(&rv_app, K_ESC);
	ck_assert_ptr_eq(app_top(&rv_app), &r->v);
	hl_press(&rv_app, 'n');
	struct view *ed = app_top(&rv_app);
	ck_assert_str_eq(ed->ops->name, "Editor");
	ck_assert_ptr_nonnull(ed->ops->paste);
	size_t n = 27500;
	char *big = malloc(n + 1);
	for (size_t i = 0; i < n; i++)
		big[i] = i % 11 == 10 ? (i % 110 == 109 ? '\n' : ' ') : (char)('a' + i % 11);
	big[n] = '\0';
	rv_paste(big);
	hl_draw(&rv_app, ed);
	hl_shows("20000 / 20000 characters");
	ck_message("Limit reached: 20000 characters.");
	ck_assert_ptr_eq(app_top(&rv_app), ed);
	ck_assert(r->writing);
	free(big);
}
END_TEST

static int rv_fsync_full(int fd)
{
	(void)fd;
	errno = ENOSPC;
	return -1;
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
	int st = session_start(&s, &rv_cat, &o, &d);
	ck_assert_int_eq(st, SESSION_UNSAVED);
	round_push(&rv_app, s, st, &d, false);
	diags_free(&d);
	ck_message("Not saved · r retry · s save elsewhere · a file is where a folder should be");
	struct view *v = app_top(&rv_app);
	for (size_t z = 0; z < sizeof rv_sizes / sizeof *rv_sizes; z++) {
		resizeterm(rv_sizes[z][0], rv_sizes[z][1]);
		hl_draw(&rv_app, v);
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
	hl_draw(&rv_app, v);
	ck_assert(rv_has_row("NOT SAVED · r retry · s save elsewhere · kept in memory: the disk is full"));
	strv_free(&p);
	free(blocked);
}
END_TEST

Suite *round_keep_suite(void);
Suite *round_keep_suite(void)
{
	Suite *s = suite_create("round_keep");
	TCase *tc = tcase_create("round_keep");
	tcase_add_checked_fixture(tc, rv_setup, rv_teardown);
	tcase_add_test(tc, test_ended_round_stops_its_timer);
	tcase_add_test(tc, test_ended_round_reopened);
	tcase_add_test(tc, test_rounds_unresumable_marked);
	tcase_add_test(tc, test_save_elsewhere_refuses_controls);
	tcase_add_test(tc, test_save_elsewhere_folder);
	tcase_add_test(tc, test_note_paste_to_the_limit);
	tcase_add_test(tc, test_phase_unsaved_banner);
	suite_add_tcase(s, tc);
	return s;
}
