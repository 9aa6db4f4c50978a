/* Deck versions in natural order. */
#include <check.h>

#include "core/deck/version.h"

static const struct {
	const char *a, *b;
	int want; /* the sign of version_cmp(a, b) */
} vc_cases[] = {
	{ "1.2.0", "1.2.0", 0 },
	{ "1.2.0", "1.3.0", -1 },
	{ "1.10.0", "1.9.2", 1 },
	{ "2", "1.9", 1 },
	{ "1.2", "1.2.0", -1 },
	{ "1.02", "1.2", 0 },
	{ "1.2.0", "1.2.0b", -1 },
	{ "2026-03", "2026-11", -1 },
	{ "v3", "v12", -1 },
	{ "", "1", -1 },
	{ "99999999999999999999999", "1", 1 }, /* past any integer type */
};

START_TEST(test_version_cmp)
{
	int c = version_cmp(vc_cases[_i].a, vc_cases[_i].b);
	int sign = (c > 0) - (c < 0);
	ck_assert_msg(sign == vc_cases[_i].want, "%s vs %s: %d", vc_cases[_i].a, vc_cases[_i].b, c);
	c = version_cmp(vc_cases[_i].b, vc_cases[_i].a);
	ck_assert_int_eq((c > 0) - (c < 0), -vc_cases[_i].want);
}
END_TEST

Suite *version_suite(void);
Suite *version_suite(void)
{
	Suite *s = suite_create("version");
	TCase *tc = tcase_create("version");
	tcase_add_loop_test(tc, test_version_cmp, 0, sizeof vc_cases / sizeof vc_cases[0]);
	suite_add_tcase(s, tc);
	return s;
}
