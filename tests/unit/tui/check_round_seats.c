/* Seats as lines: roles in order, several holders, empty optional roles, the unseated. */
#include <check.h>

#include "tui/round_seats.h"

START_TEST(test_lines)
{
	struct role roles[4] = {
		{.id = (char *)"presenter", .title = (char *)"Presenter", .count = 1},
		{.id = (char *)"consultant", .count = 1},
		{.id = (char *)"mentor", .title = (char *)"Mentor", .count = 1, .optional = true},
		{.id = (char *)"observer", .title = (char *)"Observer", .count = 2},
	};
	struct flow f = {.roles = roles, .n_roles = 4};
	char *names[] = {(char *)"Ana", (char *)"Zoë", (char *)"李明", (char *)"Ben", (char *)"Eve"};
	struct strv people = {.v = names, .n = 5, .cap = 5};
	int seats[] = {0, 3, 1, 3, -1};
	struct strv out = {0};
	ck_assert_uint_eq(rseats_lines(&f, &people, seats, false, &out), 5);
	ck_assert_str_eq(out.v[0], "Presenter: Ana");
	ck_assert_str_eq(out.v[1], "consultant: 李明"); /* no title: the id */
	ck_assert_str_eq(out.v[2], "Mentor: (optional, empty)");
	ck_assert_str_eq(out.v[3], "Observer: Zoë, Ben");
	ck_assert_str_eq(out.v[4], "Not seated: Eve");
	strv_free(&out);
	seats[0] = 3;
	seats[4] = 1;
	ck_assert_uint_eq(rseats_lines(&f, &people, seats, false, &out), 4);
	ck_assert_str_eq(out.v[0], "Presenter: (nobody)");
	ck_assert_str_eq(out.v[1], "consultant: 李明, Eve");
	strv_free(&out);
	/* on the phase screen, each after the number that picks them as a speaker */
	ck_assert_uint_eq(rseats_lines(&f, &people, seats, true, &out), 4);
	ck_assert_str_eq(out.v[1], "consultant: 3 李明, 5 Eve");
	ck_assert_str_eq(out.v[3], "Observer: 1 Ana, 2 Zoë, 4 Ben");
	strv_free(&out);
}
END_TEST

Suite *round_seats_suite(void);
Suite *round_seats_suite(void)
{
	Suite *s = suite_create("round_seats");
	TCase *tc = tcase_create("lines");
	tcase_add_test(tc, test_lines);
	suite_add_tcase(s, tc);
	return s;
}
