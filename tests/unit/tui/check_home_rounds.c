/*
 * The rounds on the home screen (issue 11), on a headless screen: the
 * newest kept under the menu (beside it at 200x60, a line saying how to see
 * them at 40x12), their columns lined up whatever the script of the names,
 * a mark where unsaved text waits, and the keys of the rounds list acting
 * on the round selected there.
 */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/base/utf8.h"
#include "core/base/xalloc.h"
#include "core/round/session.h"
#include "tui/app.h"
#include "tui/view_home.h"

#include "../support/headless.h"
#include "../support/round_views.h"

/* The row holding text, and the screen column text starts at; -1 when none. */
static int hr_find(const char *text, int *col)
{
	for (int y = 0; y < LINES; y++) {
		char *row = hl_cells(y, 0, COLS); /* its leading spaces kept */
		char *at = strstr(row, text);
		if (at) {
			*at = '\0';
			*col = (int)utf8_width(row);
			free(row);
			return y;
		}
		free(row);
	}
	return -1;
}

/* Two rounds: Ana's left unfinished with a draft waiting, then an ended one of odd names. */
static void hr_rounds(void)
{
	struct session *s = rv_session("Ana,Ben,Chi,Dee");
	char *draft = xasprintf("%.*s.draft", (int)strlen(session_journal_path(s)) - 6,
				session_journal_path(s));
	FILE *f = fopen(draft, "w");
	ck_assert_ptr_nonnull(f);
	fputs("half a thought", f);
	fclose(f);
	free(draft);
	session_free(s);
	s = rv_session("Zoë,李明,שרה,👩🏽‍⚕️ Dee");
	struct diags d = {0};
	ck_assert_int_eq(session_end(s, &d), SESSION_OK);
	diags_free(&d);
	session_free(s);
}

START_TEST(test_home_lists_rounds)
{
	hr_rounds();
	struct view *v = home_open(&rv_app);
	ck_assert_int_eq(keys_conflict(v->ops->keys, false), 0);
	app_push(&rv_app, v);
	app_settle(&rv_app);
	for (size_t z = 0; z < 3; z++) {
		resizeterm(rv_sizes[z][0], rv_sizes[z][1]);
		hl_draw(&rv_app, v);
		ck_within_area(v);
		int col_a, col_z, x;
		if (COLS == 40) { /* no room for the list: how to see it */
			hl_shows("2 rounds kept: a lists them");
			hl_not_shown("Rounds kept, newest first");
			continue;
		}
		int head = hr_find("Rounds kept, newest first (*: unsaved text waits)", &x);
		int zoe = hr_find("Zoë, 李明, שרה", &col_z), ana = hr_find("Ana, Ben, Chi, Dee", &col_a);
		ck_assert_int_ge(head, 0);
		ck_assert_msg(zoe == head + 1 && ana == head + 2, "not newest first under the heading");
		char *shot = hl_screen();
		ck_assert_msg(col_z == col_a, "%d, %d:\n%s", col_z, col_a, shot); /* lined up */
		free(shot);
		ck_assert_int_eq(hr_find("phase 1 of 7", &col_a), ana);
		ck_assert_int_eq(hr_find("ended", &col_z), zoe);
		char *text = hl_screen();
		ck_assert_msg(col_z == col_a, "%d, %d:\n%s", col_z, col_a, text);
		free(text);
		ck_assert_int_eq(hr_find("* ", &x), ana); /* the unsaved text's mark */
		if (COLS == 200)
			ck_assert_int_lt(head, 5); /* beside the menu, not under it */
	}
}
END_TEST

/* The selection goes down the menu into the rounds; t, e and x act on the
 * round selected (with the menu selected they say so); x asks, then deletes. */
START_TEST(test_home_acts_on_round)
{
	hr_rounds();
	struct view *v = home_open(&rv_app);
	app_push(&rv_app, v);
	app_settle(&rv_app);
	resizeterm(24, 80);
	hl_draw(&rv_app, v);
	hl_press(&rv_app, 't');
	ck_message("Select a round first");
	enum action bar[16];
	v->ops->bar_now(v, bar, 16);
	ck_assert_int_ne(bar[1], ACT_RD_READ);
	hl_press(&rv_app, 'G'); /* the last round: Ana's, unfinished */
	v->ops->bar_now(v, bar, 16);
	ck_assert_int_eq(bar[1], ACT_RD_READ);
	ck_assert_str_eq(v->ops->bar_name(v, ACT_HM_OPEN), "resume");
	hl_press(&rv_app, 'k'); /* the ended one */
	ck_assert_str_eq(v->ops->bar_name(v, ACT_HM_OPEN), "read");
	hl_press(&rv_app, 't');
	ck_assert_str_eq(app_top(&rv_app)->ops->name, "Transcript");
	app_close(&rv_app, app_top(&rv_app));
	app_settle(&rv_app);
	hl_press(&rv_app, 'e');
	ck_assert_ptr_ne(app_top(&rv_app), v); /* the formats offered */
	app_close(&rv_app, app_top(&rv_app));
	app_settle(&rv_app);
	hl_press(&rv_app, 'x');
	ck_assert_ptr_ne(app_top(&rv_app), v);
	hl_press(&rv_app, 'y');
	app_settle(&rv_app);
	ck_assert_ptr_eq(app_top(&rv_app), v);
	ck_message("Deleted");
	hl_draw(&rv_app, v);
	hl_not_shown("Zoë, 李明");
	hl_shows("Ana, Ben, Chi, Dee");
}
END_TEST

Suite *home_rounds_suite(void);
Suite *home_rounds_suite(void)
{
	Suite *s = suite_create("home_rounds");
	TCase *tc = tcase_create("home_rounds");
	tcase_add_checked_fixture(tc, rv_setup, rv_teardown);
	tcase_add_test(tc, test_home_lists_rounds);
	tcase_add_test(tc, test_home_acts_on_round);
	suite_add_tcase(s, tc);
	return s;
}
