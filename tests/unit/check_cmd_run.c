/* `run` and `resume` arguments: required options, numbers, strays, help. */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cmd_run.h"

#define CR_MAX 12

static const struct {
	const char *argv[CR_MAX];
	int rc;
	const char *err; /* a piece of the message on err, or NULL */
} cr_cases[] = {
	{{"run", "--flow", "bells", "--people", "Ana,Zoë,李明"}, 0, NULL},
	{{"run", "--flow=bells", "--people=A,B,C", "--seed", "18446744073709551615", "--rounds",
	  "2", "--facilitator", "Fay"}, 0, NULL},
	{{"run", "--people", "A,B,C"}, 2, "--flow is required"},
	{{"run", "--flow", "bells"}, 2, "--people is required"},
	{{"run", "--flow", "bells", "--people", ""}, 2, "--people is required"},
	{{"run", "--flow", "bells", "--people", "A", "--seed", "-3"}, 2, "--seed needs"},
	{{"run", "--flow", "bells", "--people", "A", "--seed", "12x"}, 2, "--seed needs"},
	{{"run", "--flow", "bells", "--people", "A", "--rounds", "0"}, 2, "--rounds needs"},
	{{"run", "--flow", "bells", "--people", "A", "--rounds", "1001"}, 2, "--rounds needs"},
	{{"run", "--flow", "bells", "--people", "A", "extra"}, 2, "unexpected argument 'extra'"},
	{{"run", "--flow", "bells", "--people", "A", "--colour"}, 2, "unknown option"},
	{{"run", "--flow"}, 2, "missing its argument"},
	{{"run", "--help"}, 0, NULL},
};

static int cr_argc(const char *const *argv)
{
	int n = 0;
	while (n < CR_MAX && argv[n])
		n++;
	return n;
}

START_TEST(test_run_table)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *err = open_memstream(&buf, &len);
	struct run_opts o;
	char **argv = (char **)cr_cases[_i].argv;
	ck_assert_int_eq(cmd_run_parse(cr_argc(cr_cases[_i].argv), argv, &o, err), cr_cases[_i].rc);
	fclose(err);
	if (cr_cases[_i].err)
		ck_assert_ptr_nonnull(strstr(buf, cr_cases[_i].err));
	else
		ck_assert_str_eq(buf, "");
	free(buf);
}
END_TEST

START_TEST(test_run_fields)
{
	FILE *err = fopen("/dev/null", "w");
	struct run_opts o;
	ck_assert_int_eq(cmd_run_parse(cr_argc(cr_cases[1].argv), (char **)cr_cases[1].argv, &o, err), 0);
	ck_assert_str_eq(o.flow, "bells");
	ck_assert_str_eq(o.people, "A,B,C");
	ck_assert(o.has_seed);
	ck_assert_uint_eq(o.seed, UINT64_MAX);
	ck_assert_uint_eq(o.rounds, 2);
	ck_assert_str_eq(o.facilitator, "Fay");
	/* parsed again from scratch: nothing carries over */
	ck_assert_int_eq(cmd_run_parse(cr_argc(cr_cases[0].argv), (char **)cr_cases[0].argv, &o, err), 0);
	ck_assert(!o.has_seed);
	ck_assert_uint_eq(o.rounds, 0);
	ck_assert_ptr_null(o.facilitator);
	ck_assert_str_eq(o.people, "Ana,Zoë,李明");
	fclose(err);
}
END_TEST

START_TEST(test_resume)
{
	FILE *err = fopen("/dev/null", "w");
	struct resume_opts o;
	const char *none[] = {"resume", NULL};
	ck_assert_int_eq(cmd_resume_parse(1, (char **)none, &o, err), 0);
	ck_assert_ptr_null(o.id);
	const char *one[] = {"resume", "20261124", NULL};
	ck_assert_int_eq(cmd_resume_parse(2, (char **)one, &o, err), 0);
	ck_assert_str_eq(o.id, "20261124");
	const char *two[] = {"resume", "a", "b", NULL};
	ck_assert_int_eq(cmd_resume_parse(3, (char **)two, &o, err), 2);
	const char *bad[] = {"resume", "--all", NULL};
	ck_assert_int_eq(cmd_resume_parse(2, (char **)bad, &o, err), 2);
	fclose(err);
}
END_TEST

Suite *cmd_run_suite(void);
Suite *cmd_run_suite(void)
{
	Suite *s = suite_create("cmd_run");
	TCase *tc = tcase_create("parse");
	tcase_add_loop_test(tc, test_run_table, 0, (int)(sizeof cr_cases / sizeof cr_cases[0]));
	tcase_add_test(tc, test_run_fields);
	tcase_add_test(tc, test_resume);
	suite_add_tcase(s, tc);
	return s;
}
