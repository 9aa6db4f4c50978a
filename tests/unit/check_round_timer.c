/* The phase timer: countdown, pause, a minute more, the bell once, overtime, no wakeups idle. */
#include <check.h>
#include <string.h>

#include "tui/round_timer.h"

static const char *text_at(struct rtimer *t, int64_t now)
{
	static char buf[32];
	rtimer_text(t, now, buf, sizeof buf);
	return buf;
}

START_TEST(test_countdown)
{
	struct rtimer t;
	rtimer_start(&t, 3, 1000);
	ck_assert(rtimer_timed(&t) && rtimer_running(&t));
	ck_assert_str_eq(text_at(&t, 1000), "3:00");
	ck_assert_str_eq(text_at(&t, 1001), "3:00");
	ck_assert_str_eq(text_at(&t, 2000), "2:59");
	ck_assert_str_eq(text_at(&t, 1000 + 170500), "0:10");
	ck_assert_int_eq(rtimer_wait_ms(&t, 1000), 1000);
	ck_assert_int_eq(rtimer_wait_ms(&t, 1250), 750);
}
END_TEST

START_TEST(test_pause)
{
	struct rtimer t;
	rtimer_start(&t, 1, 0);
	rtimer_toggle(&t, 10000);
	ck_assert(!rtimer_running(&t));
	ck_assert_str_eq(text_at(&t, 10000), "paused 0:50");
	ck_assert_str_eq(text_at(&t, 99000), "paused 0:50");
	ck_assert_int_eq(rtimer_wait_ms(&t, 99000), -1);
	rtimer_toggle(&t, 100000);
	ck_assert_str_eq(text_at(&t, 101000), "0:49");
}
END_TEST

START_TEST(test_bell_and_overtime)
{
	struct rtimer t;
	rtimer_start(&t, 0.5, 0);
	ck_assert(!rtimer_ring(&t, 29999));
	ck_assert(rtimer_ring(&t, 30000));
	ck_assert(!rtimer_ring(&t, 30001)); /* once */
	ck_assert_str_eq(text_at(&t, 30000), "0:00");
	char buf[32];
	ck_assert(rtimer_text(&t, 95000, buf, sizeof buf));
	ck_assert_str_eq(buf, "+1:05 over");
	ck_assert(rtimer_running(&t)); /* it never stops or moves on */
	/* a minute more brings it back before zero; it rings again at the new zero */
	rtimer_add_minute(&t, 40000);
	ck_assert_str_eq(text_at(&t, 40000), "0:50");
	ck_assert(!rtimer_ring(&t, 40000));
	ck_assert(rtimer_ring(&t, 90000));
}
END_TEST

START_TEST(test_minute_while_running)
{
	struct rtimer t;
	rtimer_start(&t, 3, 0);
	rtimer_add_minute(&t, 5000);
	ck_assert_str_eq(text_at(&t, 5000), "3:55");
}
END_TEST

START_TEST(test_untimed)
{
	struct rtimer t;
	rtimer_start(&t, 0, 1234);
	ck_assert(!rtimer_timed(&t));
	ck_assert(!rtimer_running(&t));
	ck_assert_int_eq(rtimer_wait_ms(&t, 99999), -1);
	ck_assert_str_eq(text_at(&t, 99999), "");
	ck_assert(!rtimer_ring(&t, 999999));
	rtimer_toggle(&t, 5);
	rtimer_add_minute(&t, 5);
	ck_assert(!rtimer_timed(&t));
}
END_TEST

Suite *round_timer_suite(void);
Suite *round_timer_suite(void)
{
	Suite *s = suite_create("round_timer");
	TCase *tc = tcase_create("round_timer");
	tcase_add_test(tc, test_countdown);
	tcase_add_test(tc, test_pause);
	tcase_add_test(tc, test_bell_and_overtime);
	tcase_add_test(tc, test_minute_while_running);
	tcase_add_test(tc, test_untimed);
	suite_add_tcase(s, tc);
	return s;
}
