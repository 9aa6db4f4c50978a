/*
 * clock: the wall clock is the real time unless a test hook replaces it (and
 * NULL gives the real one back); seconds follow the hook's milliseconds; the
 * monotonic clock never goes back.
 */
#include <check.h>
#include <stdint.h>
#include <time.h>

#include "core/base/clock.h"

static int64_t fixed_ms(void)
{
	return INT64_C(1700000000123);
}

START_TEST(test_wall_is_real_time)
{
	int64_t before = (int64_t)time(NULL), ms = now_wall_ms(), after = (int64_t)time(NULL);
	ck_assert_int_ge(ms / 1000, before);
	ck_assert_int_le(ms / 1000, after);
	ck_assert_int_ge(now_wall_s(), before);
}
END_TEST

START_TEST(test_hook_replaces_wall)
{
	now_set_wall_clock(fixed_ms);
	ck_assert_int_eq(now_wall_ms(), INT64_C(1700000000123));
	ck_assert_int_eq(now_wall_s(), INT64_C(1700000000));
	now_set_wall_clock(NULL);
	ck_assert_int_gt(now_wall_ms(), INT64_C(1700000000123)); /* the real time again */
}
END_TEST

START_TEST(test_hook_leaves_mono)
{
	now_set_wall_clock(fixed_ms);
	int64_t a = now_mono_ms();
	struct timespec pause = {0, 20 * 1000000};
	nanosleep(&pause, NULL);
	int64_t b = now_mono_ms();
	now_set_wall_clock(NULL);
	ck_assert_int_ge(b - a, 20);
}
END_TEST

Suite *clock_suite(void);
Suite *clock_suite(void)
{
	Suite *s = suite_create("clock");
	TCase *tc = tcase_create("core");
	tcase_add_test(tc, test_wall_is_real_time);
	tcase_add_test(tc, test_hook_replaces_wall);
	tcase_add_test(tc, test_hook_leaves_mono);
	suite_add_tcase(s, tc);
	return s;
}
