/* Fitting phase minutes to a slot: proportions kept in whole minutes, the
 * slot met exactly where it can be, untimed phases untimed. */
#include <check.h>
#include <string.h>

#include "core/round/round_fit.h"

#define FIT_MAX 8

static const struct {
	const char *what;
	double minutes[FIT_MAX];
	size_t n;
	unsigned rounds, slot;
	unsigned want[FIT_MAX];
	unsigned total;
} fit_cases[] = {
	{"Bells that Ring (52) to 45", {3, 8, 15, 10, 5, 5, 6}, 7, 1, 45, {3, 7, 13, 9, 4, 4, 5}, 45},
	{"reflective (60, one untimed) to 45", {2, 10, 0, 25, 5, 10, 8}, 7, 1, 45,
	 {2, 7, 0, 19, 4, 7, 6}, 45},
	{"to its own length: unchanged", {3, 8, 15, 10, 5, 5, 6}, 7, 1, 52, {3, 8, 15, 10, 5, 5, 6}, 52},
	{"longer: doubled", {3, 8, 15}, 3, 1, 52, {6, 16, 30}, 52},
	{"ties go to the earlier phase", {5, 5, 5}, 3, 1, 16, {6, 5, 5}, 16},
	{"half minutes become whole", {7.5, 7.5}, 2, 1, 15, {8, 7}, 15},
	{"no timed phase under a minute", {1, 1, 40}, 3, 1, 10, {1, 1, 8}, 10},
	{"slot shorter than a minute each", {3, 8, 15}, 3, 1, 2, {1, 1, 1}, 3},
	{"untimed phases stay untimed", {0, 10, -1, 10}, 4, 1, 30, {0, 15, 0, 15}, 30},
	{"two rounds share the slot", {10, 20}, 2, 2, 60, {10, 20}, 60},
	{"rounds that do not divide it", {10, 20}, 2, 2, 61, {10, 20}, 60},
	{"nothing timed", {0, 0}, 2, 1, 45, {0, 0}, 0},
};

START_TEST(test_fit_table)
{
	unsigned out[FIT_MAX];
	memset(out, 0xff, sizeof out);
	unsigned total = round_fit_minutes(fit_cases[_i].minutes, fit_cases[_i].n,
					   fit_cases[_i].rounds, fit_cases[_i].slot, out);
	ck_assert_msg(total == fit_cases[_i].total, "%s: total %u", fit_cases[_i].what, total);
	for (size_t i = 0; i < fit_cases[_i].n; i++)
		ck_assert_msg(out[i] == fit_cases[_i].want[i], "%s: phase %zu got %u, not %u",
			      fit_cases[_i].what, i, out[i], fit_cases[_i].want[i]);
}
END_TEST

START_TEST(test_fit_no_slot_leaves_out)
{
	double m[] = {5, 5};
	unsigned out[] = {7, 7};
	ck_assert_uint_eq(round_fit_minutes(m, 2, 1, 0, out), 0);
	ck_assert_uint_eq(round_fit_minutes(m, 2, 0, 45, out), 0);
	ck_assert_uint_eq(out[0], 7);
	ck_assert_uint_eq(out[1], 7);
}
END_TEST

Suite *round_fit_suite(void);
Suite *round_fit_suite(void)
{
	Suite *s = suite_create("round_fit");
	TCase *tc = tcase_create("fit");
	tcase_add_loop_test(tc, test_fit_table, 0, (int)(sizeof fit_cases / sizeof fit_cases[0]));
	tcase_add_test(tc, test_fit_no_slot_leaves_out);
	suite_add_tcase(s, tc);
	return s;
}
