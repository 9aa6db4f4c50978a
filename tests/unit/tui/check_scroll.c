/* Scrolling: selection kept in view, text never scrolled past its end. */
#include <check.h>

#include "tui/app.h"
#include "tui/scroll.h"
#include "tui/scroll_keys.h"

START_TEST(test_select_keeps_in_view)
{
	struct scroll s = {0};
	scroll_set(&s, 100, 10);
	ck_assert(scroll_select(&s, 15));
	ck_assert_uint_eq(s.top, 6);
	ck_assert(scroll_select(&s, 3));
	ck_assert_uint_eq(s.top, 3);
	ck_assert(scroll_select(&s, 500)); /* clamped to the last row */
	ck_assert_uint_eq(s.sel, 99);
	ck_assert_uint_eq(s.top, 90);
	ck_assert(!scroll_select(&s, 99));
}
END_TEST

START_TEST(test_resize_keeps_selection)
{
	struct scroll s = {0};
	scroll_set(&s, 100, 10);
	scroll_select(&s, 50);
	scroll_set(&s, 100, 3); /* smaller window: the selection stays on screen */
	ck_assert_uint_ge(50, s.top);
	ck_assert_uint_lt(50, s.top + 3);
	scroll_set(&s, 100, 200); /* taller than the content: from the top */
	ck_assert_uint_eq(s.top, 0);
	scroll_set(&s, 20, 10); /* content shrank under the selection */
	ck_assert_uint_eq(s.sel, 19);
	scroll_set(&s, 0, 10);
	ck_assert_uint_eq(s.sel, 0);
	ck_assert_uint_eq(s.top, 0);
}
END_TEST

START_TEST(test_text_scroll)
{
	struct scroll s = {0};
	scroll_set(&s, 30, 10);
	ck_assert(scroll_by(&s, 5));
	ck_assert_uint_eq(s.top, 5);
	ck_assert(scroll_by(&s, 100));
	ck_assert_uint_eq(s.top, 20);
	ck_assert(!scroll_by(&s, 1));
	ck_assert(scroll_by(&s, -100));
	ck_assert_uint_eq(s.top, 0);
	ck_assert(!scroll_by(&s, -1));
	scroll_by(&s, 12);
	scroll_set(&s, 30, 8); /* a resize keeps the place */
	ck_assert_uint_eq(s.top, 12);
	scroll_set(&s, 5, 10); /* fits: nowhere to scroll */
	ck_assert(!scroll_by(&s, 3));
}
END_TEST

/* The reading keys every page of text shares: a line, a page less one row, either end. */
START_TEST(test_reading_keys)
{
	struct scroll s = {0};
	scroll_set(&s, 30, 10);
	ck_assert_int_eq(scroll_keys_read(&s, ACT_UP), R_NONE);
	ck_assert_int_eq(scroll_keys_read(&s, ACT_DOWN), R_REDRAW);
	ck_assert_uint_eq(s.top, 1);
	ck_assert_int_eq(scroll_keys_read(&s, ACT_PGDN), R_REDRAW);
	ck_assert_uint_eq(s.top, 10); /* a page is 9 rows, so row 10 of the last page stays */
	ck_assert_int_eq(scroll_keys_read(&s, ACT_PGUP), R_REDRAW);
	ck_assert_uint_eq(s.top, 1);
	ck_assert_int_eq(scroll_keys_read(&s, ACT_BOTTOM), R_REDRAW);
	ck_assert_uint_eq(s.top, 20);
	ck_assert_int_eq(scroll_keys_read(&s, ACT_PGDN), R_NONE);
	ck_assert_int_eq(scroll_keys_read(&s, ACT_TOP), R_REDRAW);
	ck_assert_uint_eq(s.top, 0);
	ck_assert_int_eq(scroll_keys_read(&s, ACT_CLOSE), R_PASS);
	ck_assert_uint_eq(s.top, 0);
	scroll_set(&s, 30, 1); /* one row: a page still moves */
	ck_assert_int_eq(scroll_keys_read(&s, ACT_PGDN), R_REDRAW);
	ck_assert_uint_eq(s.top, 1);
}
END_TEST

Suite *scroll_suite(void);
Suite *scroll_suite(void)
{
	Suite *s = suite_create("scroll");
	TCase *tc = tcase_create("scroll");
	tcase_add_test(tc, test_select_keeps_in_view);
	tcase_add_test(tc, test_resize_keeps_selection);
	tcase_add_test(tc, test_text_scroll);
	tcase_add_test(tc, test_reading_keys);
	suite_add_tcase(s, tc);
	return s;
}
