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

/* A label wider than half the line (a reflection's "who, on which card (edited)") goes on
 * lines of its own, the text below it: never a column of one letter a line beside it. */
START_TEST(test_long_label_above)
{
	struct tlines t = {0};
	ck_assert_ptr_nonnull(setlocale(LC_ALL, "C.UTF-8"));
	const char *label = "  Note · Zoë, on Hypothetical / future (exploring) (edited): ";
	size_t n = tlines_add(&t, "The presenter asked what would change.", 38, TL_NORMAL, label);
	ck_assert_uint_eq(n, t.n);
	ck_assert_str_eq(t.v[0].text, "  Note · Zoë, on Hypothetical / future");
	ck_assert_str_eq(t.v[1].text, "  (exploring) (edited):");
	ck_assert_str_eq(t.v[2].text, "    The presenter asked what would");
	ck_assert_str_eq(t.v[3].text, "    change.");
	ck_assert_uint_eq(n, 4);
	tlines_free(&t);
	/* a label that fits beside the text still hangs it */
	tlines_add(&t, "The presenter asked what would change.", 38, TL_NORMAL, "  Ana: ");
	ck_assert_str_eq(t.v[0].text, "  Ana: The presenter asked what would");
	ck_assert_str_eq(t.v[1].text, "       change.");
	tlines_free(&t);
}
END_TEST

Suite *tlines_suite(void);
Suite *tlines_suite(void)
{
	Suite *s = suite_create("tlines");
	TCase *tc = tcase_create("tlines");
	tcase_add_test(tc, test_bullets_hang);
	tcase_add_test(tc, test_paragraphs_tabs_wide);
	tcase_add_test(tc, test_long_label_above);
	suite_add_tcase(s, tc);
	return s;
}
