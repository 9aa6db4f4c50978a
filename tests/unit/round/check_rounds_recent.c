/* Which rounds the home screen shows (rounds_recent). */
#include <check.h>

#include "core/round/rounds_recent.h"

/* Room for all: every round, newest first. */
START_TEST(test_recent_all)
{
	struct session_info v[3] = {{.ended = true}, {.ended = true}, {.ended = true}};
	size_t idx[5];
	ck_assert_uint_eq(rounds_recent(v, 3, 5, idx), 3);
	for (size_t i = 0; i < 3; i++)
		ck_assert_uint_eq(idx[i], i);
	ck_assert_uint_eq(rounds_recent(v, 0, 5, idx), 0);
	ck_assert_uint_eq(rounds_recent(v, 3, 0, idx), 0);
}
END_TEST

/* Less room: the newest, unless an older one waits to be resumed or holds
 * unsaved text: that one takes the oldest place, still newest first. */
START_TEST(test_recent_keeps_what_waits)
{
	struct session_info v[6];
	for (size_t i = 0; i < 6; i++)
		v[i] = (struct session_info){.ended = true};
	size_t idx[3];
	ck_assert_uint_eq(rounds_recent(v, 6, 3, idx), 3);
	ck_assert_uint_eq(idx[2], 2);
	v[4].ended = false; /* left unfinished, four rounds ago */
	ck_assert_uint_eq(rounds_recent(v, 6, 3, idx), 3);
	ck_assert_uint_eq(idx[0], 0);
	ck_assert_uint_eq(idx[1], 1);
	ck_assert_uint_eq(idx[2], 4);
	v[5].draft = true; /* and a draft waits in the oldest */
	ck_assert_uint_eq(rounds_recent(v, 6, 3, idx), 3);
	ck_assert_uint_eq(idx[0], 0);
	ck_assert_uint_eq(idx[1], 4);
	ck_assert_uint_eq(idx[2], 5);
	v[3].rescued = true; /* more waiting than room: the newest of them */
	ck_assert_uint_eq(rounds_recent(v, 6, 2, idx), 2);
	ck_assert_uint_eq(idx[0], 3);
	ck_assert_uint_eq(idx[1], 4);
}
END_TEST

/* An unfinished round open in another window is not the one resume takes:
 * it is not kept in view for that (the next unfinished one is). */
START_TEST(test_recent_resume_pick)
{
	struct session_info v[4] = {{.ended = true}, {.ended = true}, {.open_elsewhere = true},
				    {.ended = false}};
	size_t idx[2];
	ck_assert_uint_eq(rounds_recent(v, 4, 2, idx), 2);
	ck_assert_uint_eq(idx[0], 0);
	ck_assert_uint_eq(idx[1], 3);
}
END_TEST

Suite *rounds_recent_suite(void);
Suite *rounds_recent_suite(void)
{
	Suite *s = suite_create("rounds_recent");
	TCase *tc = tcase_create("pick");
	tcase_add_test(tc, test_recent_all);
	tcase_add_test(tc, test_recent_keeps_what_waits);
	tcase_add_test(tc, test_recent_resume_pick);
	suite_add_tcase(s, tc);
	return s;
}
