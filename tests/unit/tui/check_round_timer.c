/* The phase timer on screen: countdown, paused, the bell once, overtime, loading
 * a phase's state from the journal, no wakeups idle. */
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
	rtimer_load(&t, 180000, 0, 1000, 1000, true);
	ck_assert(rtimer_timed(&t) && rtimer_running(&t));
	ck_assert_str_eq(text_at(&t, 1000), "3:00");
	ck_assert_str_eq(text_at(&t, 1001), "3:00");
	ck_assert_str_eq(text_at(&t, 2000), "2:59");
	ck_assert_str_eq(text_at(&t, 1000 + 170500), "0:10");
	ck_assert_int_eq(rtimer_wait_ms(&t, 1000), 1000);
	ck_assert_int_eq(rtimer_wait_ms(&t, 1250), 750);
}
END_TEST

/* Time used before is kept: a phase entered again goes on from where it was. */
START_TEST(test_used_before)
{
	struct rtimer t;
	rtimer_load(&t, 180000, 70000, 500000, 500000, true);
	ck_assert_str_eq(text_at(&t, 500000), "1:50");
	ck_assert_str_eq(text_at(&t, 510000), "1:40");
}
END_TEST

START_TEST(test_paused)
{
	struct rtimer t;
	rtimer_load(&t, 60000, 10000, -1, 10000, true);
	ck_assert(rtimer_timed(&t) && !rtimer_running(&t));
	ck_assert_str_eq(text_at(&t, 10000), "paused 0:50");
	ck_assert_str_eq(text_at(&t, 99000), "paused 0:50");
	ck_assert_int_eq(rtimer_wait_ms(&t, 99000), -1);
	rtimer_load(&t, 60000, 10000, 100000, 100000, false); /* restarted */
	ck_assert_str_eq(text_at(&t, 101000), "0:49");
}
END_TEST

START_TEST(test_bell_and_overtime)
{
	struct rtimer t;
	rtimer_load(&t, 30000, 0, 0, 0, true);
	ck_assert(!rtimer_ring(&t, 29999));
	ck_assert(rtimer_ring(&t, 30000));
	ck_assert(!rtimer_ring(&t, 30001)); /* once */
	ck_assert_str_eq(text_at(&t, 30000), "0:00");
	char buf[32];
	ck_assert(rtimer_text(&t, 95000, buf, sizeof buf));
	ck_assert_str_eq(buf, "+1:05 over");
	ck_assert(rtimer_running(&t)); /* it never stops or moves on */
	/* a minute more (reloaded, same phase) brings it back before zero; it rings again */
	rtimer_load(&t, 90000, 0, 0, 40000, false);
	ck_assert_str_eq(text_at(&t, 40000), "0:50");
	ck_assert(!rtimer_ring(&t, 40000));
	ck_assert(rtimer_ring(&t, 90000));
	/* reloaded while still over (a resize, say): it does not ring again */
	rtimer_load(&t, 90000, 0, 0, 95000, false);
	ck_assert(!rtimer_ring(&t, 95000));
}
END_TEST

/* Coming back to a phase already over time (or resuming into one) is no new zero. */
START_TEST(test_fresh_over_no_bell)
{
	struct rtimer t;
	rtimer_load(&t, 60000, 70000, -1, 5000, true);
	ck_assert_str_eq(text_at(&t, 5000), "paused +0:10 over");
	ck_assert(!rtimer_ring(&t, 5000));
	rtimer_load(&t, 60000, 50000, 0, 20000, true); /* over since 10000 */
	ck_assert(!rtimer_ring(&t, 20000));
	/* but a fresh phase not yet at zero rings when it gets there */
	rtimer_load(&t, 60000, 50000, 0, 0, true);
	ck_assert(!rtimer_ring(&t, 9999));
	ck_assert(rtimer_ring(&t, 10000));
}
END_TEST

START_TEST(test_untimed)
{
	struct rtimer t;
	rtimer_load(&t, 0, 0, 1234, 1234, true);
	ck_assert(!rtimer_timed(&t));
	ck_assert(!rtimer_running(&t));
	ck_assert_int_eq(rtimer_wait_ms(&t, 99999), -1);
	ck_assert_str_eq(text_at(&t, 99999), "");
	ck_assert(!rtimer_ring(&t, 999999));
}
END_TEST

Suite *round_timer_suite(void);
Suite *round_timer_suite(void)
{
	Suite *s = suite_create("round_timer");
	TCase *tc = tcase_create("round_timer");
	tcase_add_test(tc, test_countdown);
	tcase_add_test(tc, test_used_before);
	tcase_add_test(tc, test_paused);
	tcase_add_test(tc, test_bell_and_overtime);
	tcase_add_test(tc, test_fresh_over_no_bell);
	tcase_add_test(tc, test_untimed);
	suite_add_tcase(s, tc);
	return s;
}
