/* Seating: counts, the rest role, optional roles, too few people, rotation. */
#include <check.h>
#include <string.h>

#include "core/deck/seating.h"

static struct role st_roles[4];
static struct doc st_doc;

/* presenter 1, consultant 1, mentor 1 optional, observer rest. */
static void st_setup(void)
{
	memset(st_roles, 0, sizeof st_roles);
	memset(&st_doc, 0, sizeof st_doc);
	st_roles[0] = (struct role){.id = (char *)"presenter", .count = 1};
	st_roles[1] = (struct role){.id = (char *)"consultant", .count = 1};
	st_roles[2] = (struct role){.id = (char *)"mentor", .count = 1, .optional = true};
	st_roles[3] = (struct role){.id = (char *)"observer", .rest = true};
	st_doc.kind = DOC_FLOW;
	st_doc.id = (char *)"bells";
	st_doc.path = (char *)"bells.json";
	st_doc.flow.roles = st_roles;
	st_doc.flow.n_roles = 4;
}

static const struct {
	size_t n;
	int want[6];
} st_cases[] = {
	{3, {0, 1, 3}},
	{4, {0, 1, 3, 3}},	/* the optional mentor is never filled by group size */
	{6, {0, 1, 3, 3, 3, 3}},
};

START_TEST(test_assign_table)
{
	int seats[6];
	struct diags d = {0};
	ck_assert_int_eq(seating_assign(&st_doc, st_cases[_i].n, seats, &d), 0);
	for (size_t p = 0; p < st_cases[_i].n; p++)
		ck_assert_int_eq(seats[p], st_cases[_i].want[p]);
	ck_assert_uint_eq(d.n, 0);
}
END_TEST

START_TEST(test_too_few)
{
	int seats[2];
	struct diags d = {0};
	ck_assert_uint_eq(seating_min_people(&st_doc.flow), 3);
	ck_assert_int_eq(seating_assign(&st_doc, 2, seats, &d), -1);
	ck_assert_uint_eq(diags_count_errors(&d, false), 1);
	ck_assert_ptr_nonnull(strstr(d.v[0].message, "at least 3"));
	diags_free(&d);
}
END_TEST

START_TEST(test_unseated_beyond_roles)
{
	st_roles[3] = (struct role){.id = (char *)"observer", .count = 1};
	int seats[5];
	struct diags d = {0};
	ck_assert_int_eq(seating_assign(&st_doc, 5, seats, &d), 0);
	ck_assert_int_eq(seats[2], 3);
	ck_assert_int_eq(seats[3], -1);
	ck_assert_int_eq(seats[4], -1);
}
END_TEST

START_TEST(test_rotate)
{
	int seats[4];
	struct diags d = {0};
	st_doc.flow.n_roles = 2;
	st_roles[1].count = 1;
	st_roles[2] = (struct role){.id = (char *)"observer", .rest = true};
	st_doc.flow.n_roles = 3;
	ck_assert_int_eq(seating_assign(&st_doc, 4, seats, &d), 0); /* P C O O */
	seating_rotate(&st_doc.flow, 4, seats);
	ck_assert_int_eq(seats[0], 1); /* presenter became consultant */
	ck_assert_int_eq(seats[1], 2);
	ck_assert_int_eq(seats[2], 2);
	ck_assert_int_eq(seats[3], 0); /* the last observer presents */
	for (int r = 0; r < 6; r++) { /* every round: the presenter moves on to consult */
		int pres = -1, n_cons = 0;
		for (int p = 0; p < 4; p++)
			if (seats[p] == 0)
				pres = p;
		seating_rotate(&st_doc.flow, 4, seats);
		ck_assert_int_eq(seats[pres], 1);
		for (int p = 0; p < 4; p++)
			n_cons += seats[p] == 1;
		ck_assert_int_eq(n_cons, 1);
	}
}
END_TEST

/* Someone seated in an optional role by choice keeps it as the others move on. */
START_TEST(test_rotate_keeps_optional)
{
	int seats[5] = {0, 1, 2, 3, 3}; /* P C M O O */
	seating_rotate(&st_doc.flow, 5, seats);
	ck_assert_int_eq(seats[2], 2);
	ck_assert_int_eq(seats[0], 1);
	ck_assert_int_eq(seats[1], 3);
	ck_assert_int_eq(seats[4], 0);
}
END_TEST

/* A late arrival: a required role short of people here first, else the rest
 * role; never an optional role, empty or left by its holder. */
START_TEST(test_late)
{
	int seats[5] = {0, 1, 3, 3, -1};	/* P C O O; no mentor */
	bool here[5] = {true, true, true, true, true};
	ck_assert_int_eq(seating_late(&st_doc.flow, seats, here, 4), 3);
	here[1] = false;			/* the consultant left */
	ck_assert_int_eq(seating_late(&st_doc.flow, seats, here, 4), 1);
	int mentored[5] = {0, 1, 2, 3, -1};	/* the mentor left: the seat stays empty */
	bool gone[5] = {true, true, false, true, true};
	ck_assert_int_eq(seating_late(&st_doc.flow, mentored, gone, 4), 3);
	gone[0] = false;			/* the presenter left */
	ck_assert_int_eq(seating_late(&st_doc.flow, mentored, gone, 4), 0);
	st_roles[3] = (struct role){.id = (char *)"observer", .count = 2}; /* no rest role */
	int full[4] = {0, 1, 3, 3};
	bool all[4] = {true, true, true, true};
	ck_assert_int_eq(seating_late(&st_doc.flow, full, all, 4), -1);
}
END_TEST

Suite *seating_suite(void);
Suite *seating_suite(void)
{
	Suite *s = suite_create("seating");
	TCase *tc = tcase_create("seating");
	tcase_add_checked_fixture(tc, st_setup, NULL);
	tcase_add_loop_test(tc, test_assign_table, 0, sizeof st_cases / sizeof st_cases[0]);
	tcase_add_test(tc, test_too_few);
	tcase_add_test(tc, test_unseated_beyond_roles);
	tcase_add_test(tc, test_rotate);
	tcase_add_test(tc, test_rotate_keeps_optional);
	tcase_add_test(tc, test_late);
	suite_add_tcase(s, tc);
	return s;
}
