/* Reading text laid out: wrapped by display width, bullets hanging, gaps once. */
#include <check.h>
#include <locale.h>

#include "tui/tlines.h"

START_TEST(test_bullets_hang)
{
	struct tlines t = {0};
	ck_assert_ptr_nonnull(setlocale(LC_ALL, "C.UTF-8"));
	ck_assert_uint_eq(tlines_add(&t, "What would Zoë say about the plan?", 15, TL_NORMAL, "• "), 3);
	ck_assert_str_eq(t.v[0].text, "• What would");
	ck_assert_str_eq(t.v[1].text, "  Zoë say about");
	ck_assert_str_eq(t.v[2].text, "  the plan?");
	tlines_free(&t);
}
END_TEST

START_TEST(test_paragraphs_tabs_wide)
{
	struct tlines t = {0};
	ck_assert_ptr_nonnull(setlocale(LC_ALL, "C.UTF-8"));
	tlines_add(&t, "a\tb\n\n漢字漢字漢字", 6, TL_DIM, NULL);
	ck_assert_uint_eq(t.n, 4);
	ck_assert_str_eq(t.v[0].text, "a b"); /* a tab reads as a space */
	ck_assert_str_eq(t.v[1].text, "");    /* the blank line between paragraphs stays */
	ck_assert_str_eq(t.v[2].text, "漢字漢");
	ck_assert_str_eq(t.v[3].text, "字漢字");
	ck_assert_int_eq(t.v[3].style, TL_DIM);
	tlines_gap(&t);
	tlines_gap(&t); /* one gap, however often asked */
	ck_assert_uint_eq(t.n, 5);
	tlines_free(&t);
	tlines_gap(&t); /* nothing to separate yet */
	ck_assert_uint_eq(t.n, 0);
}
END_TEST

Suite *tlines_suite(void);
Suite *tlines_suite(void)
{
	Suite *s = suite_create("tlines");
	TCase *tc = tcase_create("tlines");
	tcase_add_test(tc, test_bullets_hang);
	tcase_add_test(tc, test_paragraphs_tabs_wide);
	suite_add_tcase(s, tc);
	return s;
}
