/*
 * print_colour: "#RRGGBB" read strictly, a suit's own colour before the
 * palette's, a palette whose colours differ in lightness (greyscale keeps
 * the suits apart), and ink that contrasts with the band.
 */
#include <check.h>
#include <math.h>

#include "print/print_colour.h"

START_TEST(test_parse)
{
	struct print_rgb c = {9, 9, 9};
	ck_assert(print_colour_parse("#ff8000", &c));
	ck_assert(fabs(c.r - 1) < 1e-9 && fabs(c.g - 128 / 255.0) < 1e-9 && c.b == 0);
	ck_assert(print_colour_parse("#1a2B3c", &c));
	const char *bad[] = {NULL, "", "ff8000", "#ff800", "#ff80000", "#gg0000", "#ff 000"};
	for (size_t i = 0; i < sizeof bad / sizeof *bad; i++)
		ck_assert_msg(!print_colour_parse(bad[i], &c), "took %s", bad[i] ? bad[i] : "NULL");
}
END_TEST

START_TEST(test_suit_colour)
{
	struct print_rgb own = print_suit_colour("#000000", 3), first = print_suit_colour(NULL, 0);
	ck_assert(own.r == 0 && own.g == 0 && own.b == 0);
	struct print_rgb again = print_suit_colour(NULL, print_palette_size());
	ck_assert(first.r == again.r && first.g == again.g && first.b == again.b);
	struct print_rgb bad = print_suit_colour("red", 0);
	ck_assert(bad.r == first.r && bad.g == first.g && bad.b == first.b);
}
END_TEST

/* The first four suits, printed in grey, differ by a tenth of the scale at least. */
START_TEST(test_palette_greyscale)
{
	for (size_t i = 0; i < 4; i++)
		for (size_t j = 0; j < i; j++) {
			double a = print_luminance(print_suit_colour(NULL, i));
			double b = print_luminance(print_suit_colour(NULL, j));
			ck_assert_msg(fabs(a - b) >= 0.1, "suits %zu and %zu: %g, %g", i, j, a, b);
		}
}
END_TEST

START_TEST(test_ink)
{
	struct print_rgb dark = {0.1, 0.2, 0.4}, light = {0.9, 0.85, 0.6};
	ck_assert(print_ink_on(dark).r == 1);
	ck_assert(print_ink_on(light).r == 0);
	ck_assert(fabs(print_luminance((struct print_rgb){1, 1, 1}) - 1) < 1e-9);
}
END_TEST

Suite *print_colour_suite(void);
Suite *print_colour_suite(void)
{
	Suite *s = suite_create("print_colour");
	TCase *tc = tcase_create("core");
	tcase_add_test(tc, test_parse);
	tcase_add_test(tc, test_suit_colour);
	tcase_add_test(tc, test_palette_greyscale);
	tcase_add_test(tc, test_ink);
	suite_add_tcase(s, tc);
	return s;
}
