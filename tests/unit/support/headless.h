/*
 * A headless curses screen for the unit tests (newterm on /dev/null): open
 * and close it, read back what was drawn as UTF-8 text, lay views out and
 * draw them as the loop does, and press keys as the loop gives them.
 */
#ifndef RUCKSACK_TESTS_HEADLESS_H
#define RUCKSACK_TESTS_HEADLESS_H

#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "tui/app.h"

/* Sets the C.UTF-8 locale and makes an 80x24 xterm screen on /dev/null current; fails the test
 * if it cannot. */
void hl_open(void);
/* Ends and frees the screen hl_open made. */
void hl_close(void);
/* Closes every view of a and frees what the loop would have: its stack, message and farewell. */
void hl_app_free(struct app *a);
/* w cells of row y from column x as UTF-8 (a wide character's second cell skipped), spaces at
 * the end dropped; the caller frees it. */
char *hl_cells(int y, int x, int w);
/* Row y across the screen, without the spaces at either end; the caller frees it. */
char *hl_row(int y);
/* The whole screen as hl_row gives each row, rows joined by \n; the caller frees it. */
char *hl_screen(void);
/* Fails the test, printing the screen, unless want stands on one row of it (a
 * macro, so that a failure names the test's line). */
#define hl_shows(want)                                                                     \
	do {                                                                               \
		const char *hl_w_ = (want);                                                \
		char *hl_s_ = hl_screen();                                                 \
		ck_assert_msg(strstr(hl_s_, hl_w_), "\"%s\" not on the %dx%d screen:\n%s", hl_w_, \
			      COLS, LINES, hl_s_);                                         \
		free(hl_s_);                                                               \
	} while (0)
/* Fails the test, printing the screen, if text stands on one row of it. */
#define hl_not_shown(text)                                                                 \
	do {                                                                               \
		const char *hl_t_ = (text);                                                \
		char *hl_s_ = hl_screen();                                                 \
		ck_assert_msg(!strstr(hl_s_, hl_t_), "\"%s\" on the screen:\n%s", hl_t_, hl_s_); \
		free(hl_s_);                                                               \
	} while (0)
/* Lays out every view of a as the loop does (a bare one on the whole screen, others between the
 * title and key lines) and draws v, over the view below for a dialog. */
void hl_draw(struct app *a, struct view *v);
/* Draws v as the loop does after a key: erased, no new layout. */
void hl_paint(struct view *v);
/* Gives key to the top view of a as the loop does (its R_ flags applied); returns those flags. */
int hl_press(struct app *a, int key);
/* Presses each character of UTF-8 text s as a key, a newline as Enter. */
void hl_type(struct app *a, const char *s);

#endif
