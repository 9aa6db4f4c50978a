/*
 * Drawing by display width, checked on a headless curses screen (newterm on
 * /dev/null, 80x24): what lands in each cell is read back with in_wch.
 * Also the editor screen drawn the same way: typed control characters show
 * as visible stand-ins and the cursor sits where the text ends.
 */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "tui/app.h"
#include "tui/draw.h"
#include "tui/view_editor.h"

#include "../support/headless.h"
#include "tui/cell.h"

static void d_setup(void)
{
	hl_open();
	erase();
}

#define ck_row(y, x, w, want)                    \
	do {                                     \
		char *got_ = hl_cells(y, x, w);     \
		ck_assert_str_eq(got_, want);    \
		free(got_);                      \
	} while (0)

START_TEST(test_controls_drawn_visible)
{
	ck_assert_int_eq(draw_text(0, 0, 40, "a\x1b[31mb\x07\n\x7f", PAL_NORMAL), 10);
	ck_row(0, 0, 40, "a␛[31mb␇␊␡");
	/* a tab is a space, and C1 controls are U+FFFD */
	draw_text(1, 0, 40, "x\ty\xc2\x9b", PAL_NORMAL);
	ck_row(1, 0, 40, "x y\xef\xbf\xbd");
}
END_TEST

START_TEST(test_wide_not_cut)
{
	/* 3 columns hold one CJK character, never half of the second, and the mark of the cut */
	ck_assert_int_eq(draw_text(0, 0, 3, "漢字", PAL_NORMAL), 3);
	ck_row(0, 0, 10, "漢…");
	erase();
	ck_assert_int_eq(draw_text(0, 0, 4, "漢字", PAL_NORMAL), 4); /* fits exactly: no mark */
	ck_row(0, 0, 10, "漢字");
	ck_assert_int_eq(draw_text(1, 0, 10, "李明 🙂!", PAL_NORMAL), 8);
	ck_row(1, 0, 10, "李明 🙂!");
	/* the cell after a wide character is where the next one goes */
	ck_row(1, 5, 3, "🙂!");
}
END_TEST

/* Text cut to fit ends in "…" in the last column; spaces cut off are no loss. */
START_TEST(test_cut_marked)
{
	ck_assert_int_eq(draw_text(0, 0, 8, "Unfinished rounds", PAL_NORMAL), 8);
	ck_row(0, 0, 20, "Unfinis…");
	ck_assert_int_eq(draw_text(1, 0, 8, "Ana     ", PAL_NORMAL), 8);
	ck_row(1, 0, 20, "Ana");
	ck_assert_int_eq(draw_text(2, 0, 8, "12345678", PAL_NORMAL), 8);
	ck_row(2, 0, 20, "12345678");
	ck_assert_int_eq(draw_text(3, 0, 8, "Zoe\xcc\x88 Müller", PAL_NORMAL), 8);
	ck_row(3, 0, 20, "Zoe\xcc\x88 Mül…"); /* the mark stays on its base */
	ck_assert_int_eq(draw_text(4, 0, 1, "ab", PAL_NORMAL), 1);
	ck_row(4, 0, 20, "…");
	ck_assert_int_eq(draw_text(5, 0, 6, "ab \x1b[2J", PAL_NORMAL), 6);
	ck_row(5, 0, 20, "ab ␛[…");
}
END_TEST

START_TEST(test_combining_stays_on_base)
{
	ck_assert_int_eq(draw_text(0, 0, 10, "Zoe\xcc\x88 x", PAL_NORMAL), 5);
	ck_row(0, 0, 10, "Zoe\xcc\x88 x");
	ck_row(0, 2, 1, "e\xcc\x88");
	/* a mark with no base sits on a space and takes its one column */
	ck_assert_int_eq(draw_text(1, 0, 10, "\xcc\x81" "a", PAL_NORMAL), 2);
	ck_row(1, 0, 10, " \xcc\x81" "a");
}
END_TEST

/* A mark after a control character is a cell of its own, as the editor
 * measures it (cell.h): the stand-in does not take it, so the text after it
 * stands where the cursor says. */
START_TEST(test_mark_after_control_keeps_its_cell)
{
	static const char s[] = "a\x1b\xcc\x81x";
	ck_assert_int_eq(draw_text(0, 0, 10, s, PAL_NORMAL), (int)cell_span_width(s, 0, sizeof s - 1));
	ck_assert_int_eq(draw_text(0, 0, 10, s, PAL_NORMAL), 4);
	ck_row(0, 0, 10, "a␛ \xcc\x81x");
	ck_row(0, 3, 1, "x");
	/* a tab then a mark: the same */
	ck_assert_int_eq(draw_text(1, 0, 10, "\t\xcc\x81y", PAL_NORMAL), 3);
	ck_row(1, 2, 1, "y");
}
END_TEST

START_TEST(test_rtl_kept_in_order)
{
	/* right-to-left text is stored and drawn in logical order; the terminal shapes it */
	ck_assert_int_eq(draw_text(0, 0, 20, "مرحبا", PAL_NORMAL), 5);
	ck_row(0, 0, 20, "مرحبا");
}
END_TEST

START_TEST(test_line_and_centre)
{
	draw_line(0, 0, 10, "ab", PAL_SELECT);
	cchar_t cc;
	attr_t a;
	short pair;
	wchar_t wch[CCHARW_MAX + 1];
	mvin_wch(0, 9, &cc); /* padded to the full width in the same style */
	getcchar(&cc, wch, &a, &pair, NULL);
	ck_assert(a & A_REVERSE);
	draw_center(1, 0, 10, "漢字", PAL_NORMAL);
	ck_row(1, 0, 3, ""); /* three blank columns, then the text */
	ck_row(1, 3, 4, "漢字");
}
END_TEST

START_TEST(test_wrap_counts_lines)
{
	struct rect r = {0, 0, 2, 10};
	ck_assert_uint_eq(draw_wrap(r, 0, "the quick brown fox jumps", PAL_NORMAL), 3);
	ck_row(0, 0, 10, "the quick");
	ck_row(1, 0, 10, "brown fox");
	ck_row(2, 0, 10, ""); /* the third line is not drawn: the rect has two rows */
	erase();
	ck_assert_uint_eq(draw_wrap(r, 1, "the quick brown fox jumps", PAL_NORMAL), 3);
	ck_row(0, 0, 10, "brown fox");
	ck_row(1, 0, 10, "jumps");
}
END_TEST

static int ed_saves;
static char ed_saved[256];

static int ed_save(void *data, const char *text, char **msg)
{
	(void)data;
	if (strstr(text, "refuse")) {
		*msg = strdup("Disk full");
		return -1;
	}
	ed_saves++;
	snprintf(ed_saved, sizeof ed_saved, "%s", text);
	return 0;
}

START_TEST(test_editor_draws_typed_controls)
{
	struct tui_opts o = {0};
	struct app a = {.opts = &o};
	struct editor_opts eo = {.title = "Note", .context = "Say what stood out.", .save = ed_save};
	struct view *v = editor_open(&a, &eo);
	app_push(&a, v);
	hl_type(&a, "Zoë \x1b[2J 李明\nnext");
	erase();
	v->ops->draw(v);
	/* the context, a blank row, the box's frame, then the text one in from the frame */
	ck_row(1, 2, 30, "Say what stood out.");
	ck_row(4, 2, 30, "Zoë ␛[2J 李明");
	ck_row(5, 2, 30, "next");
	ck_assert(a.cursor);
	ck_assert_int_eq(a.cur_y, 5);
	ck_assert_int_eq(a.cur_x, 2 + 4);
	/* a refused save keeps the editor open with the message */
	hl_type(&a, " refuse");
	ck_assert_int_eq(v->ops->key(v, K_CTRL('s'), ACT_ED_SAVE), R_REDRAW);
	ck_assert_str_eq(a.message, "Disk full");
	ck_assert_int_eq(ed_saves, 0);
	hl_type(&a, "\x17"); /* Ctrl-W deletes the word */
	ck_assert_int_eq(v->ops->key(v, K_F(2), ACT_ED_SAVE), R_CLOSE);
	ck_assert_int_eq(ed_saves, 1);
	ck_assert_str_eq(ed_saved, "Zoë \x1b[2J 李明\nnext "); /* kept exactly as typed */
	app_close(&a, v);
	free(a.stack);
	free(a.message);
}
END_TEST

START_TEST(test_editor_scrolls_with_cursor)
{
	struct tui_opts o = {0};
	struct app a = {.opts = &o};
	struct editor_opts eo = {.title = "Long"};
	struct view *v = editor_open(&a, &eo);
	app_push(&a, v); /* 80x24: area 22 rows, box 21 (19 inside) */
	for (int i = 0; i < 40; i++) {
		char line[32];
		snprintf(line, sizeof line, "line %d\n", i);
		hl_type(&a, line);
	}
	erase();
	v->ops->draw(v);
	ck_assert_int_le(a.cur_y, 21); /* the cursor is inside the box */
	ck_row(a.cur_y - 1, 2, 20, "line 39");
	app_close(&a, v);
	free(a.stack);
}
END_TEST

Suite *draw_suite(void);
Suite *draw_suite(void)
{
	Suite *s = suite_create("draw");
	TCase *tc = tcase_create("draw");
	tcase_add_checked_fixture(tc, d_setup, hl_close);
	tcase_add_test(tc, test_controls_drawn_visible);
	tcase_add_test(tc, test_wide_not_cut);
	tcase_add_test(tc, test_cut_marked);
	tcase_add_test(tc, test_combining_stays_on_base);
	tcase_add_test(tc, test_mark_after_control_keeps_its_cell);
	tcase_add_test(tc, test_rtl_kept_in_order);
	tcase_add_test(tc, test_line_and_centre);
	tcase_add_test(tc, test_wrap_counts_lines);
	tcase_add_test(tc, test_editor_draws_typed_controls);
	tcase_add_test(tc, test_editor_scrolls_with_cursor);
	suite_add_tcase(s, tc);
	return s;
}
