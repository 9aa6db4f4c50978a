/* Which listed round `rucksack resume` with no id reopens. */
#include <check.h>

#include "core/round/session.h"

START_TEST(test_newest_unfinished)
{
	struct session_info v[3] = {{.ended = true}, {.ended = false}, {.ended = false}};
	ck_assert_int_eq(session_newest_unfinished(v, 3), 1);
	v[1].missing = (char *)"/media/usb/ID.jsonl"; /* only an older copy here */
	ck_assert_int_eq(session_newest_unfinished(v, 3), 2);
	v[1].missing = NULL;
	v[1].ended = v[2].ended = true;
	ck_assert_int_eq(session_newest_unfinished(v, 3), -1);
	ck_assert_int_eq(session_newest_unfinished(v, 0), -1);
}
END_TEST

/* A round open in another window would be refused: the next one is picked. */
START_TEST(test_skips_open_elsewhere)
{
	struct session_info v[2] = {{.open_elsewhere = true, .open_pid = 42}, {.ended = false}};
	ck_assert_int_eq(session_newest_unfinished(v, 2), 1);
	v[1].open_elsewhere = true;
	ck_assert_int_eq(session_newest_unfinished(v, 2), -1);
}
END_TEST

Suite *session_pick_suite(void);
Suite *session_pick_suite(void)
{
	Suite *s = suite_create("session_pick");
	TCase *tc = tcase_create("core");
	tcase_add_test(tc, test_newest_unfinished);
	tcase_add_test(tc, test_skips_open_elsewhere);
	suite_add_tcase(s, tc);
	return s;
}
