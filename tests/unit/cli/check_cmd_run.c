/* `run` and `resume` arguments: required options, numbers, strays, help. */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cmd_run.h"

#define CR_MAX 12

static const struct {
	const char *argv[CR_MAX];
	int rc;
	const char *err; /* the message of the one usage line on err, or NULL */
} cr_cases[] = {
	{{"run", "--flow", "bells", "--people", "Ana,Zoë,李明"}, 0, NULL},
	{{"run", "--flow=bells", "--people=A,B,C", "--seed", "18446744073709551615", "--rounds",
	  "2", "--facilitator", "Fay"}, 0, NULL},
	{{"run", "--flow", "bells", "--people", "A", "--case", "J (7)", "--question", "Why now?"}, 0,
	 NULL},
	{{"run", "--people", "A,B,C"}, 2, "which flow? give --flow ID (rucksack list shows them)"},
	{{"run", "--flow", "bells"}, 2, "who is present? give --people \"Ana,Ben,Chi\""},
	{{"run", "--flow", "bells", "--people", ""}, 2, "who is present? give --people \"Ana,Ben,Chi\""},
	{{"run", "--flow", "bells", "--people", "A", "--seed", "-3"}, 2, "--seed needs a whole number"},
	{{"run", "--flow", "bells", "--people", "A", "--seed", "12x"}, 2, "--seed needs a whole number"},
	{{"run", "--flow", "bells", "--people", "A", "--rounds", "0"}, 2,
	 "--rounds needs a whole number from 1 to 1000"},
	{{"run", "--flow", "bells", "--people", "A", "--rounds", "1001"}, 2,
	 "--rounds needs a whole number from 1 to 1000"},
	{{"run", "--flow", "bells", "--people", "A", "extra"}, 2, "unexpected argument 'extra'"},
	{{"run", "--flow", "bells", "--people", "A", "--colour"}, 2, "unknown option '--colour'"},
	{{"run", "--flow"}, 2, "option '--flow' needs an argument"},
	{{"run", "--help"}, 0, NULL},
};

static int cr_argc(const char *const *argv)
{
	int n = 0;
	while (n < CR_MAX && argv[n])
		n++;
	return n;
}

/* What cmd wrote on err for message: the one line of cli_usage_error. */
static char *cr_line(const char *cmd, const char *message)
{
	char *want = NULL;
	size_t n = 0;
	FILE *f = open_memstream(&want, &n);
	fprintf(f, "rucksack %s: %s; see 'rucksack %s --help'\n", cmd, message, cmd);
	fclose(f);
	return want;
}

START_TEST(test_run_table)
{
	char *buf = NULL;
	size_t len = 0;
	struct cli_ctx ctx = {.err = open_memstream(&buf, &len)};
	struct run_opts o;
	char **argv = (char **)cr_cases[_i].argv;
	ck_assert_int_eq(cmd_run_parse(&ctx, cr_argc(cr_cases[_i].argv), argv, &o), cr_cases[_i].rc);
	fclose(ctx.err);
	if (cr_cases[_i].err) {
		char *want = cr_line("run", cr_cases[_i].err);
		ck_assert_str_eq(buf, want);
		free(want);
	} else {
		ck_assert_str_eq(buf, "");
	}
	free(buf);
}
END_TEST

START_TEST(test_run_fields)
{
	struct cli_ctx ctx = {.err = fopen("/dev/null", "w")};
	struct run_opts o;
	ck_assert_int_eq(cmd_run_parse(&ctx, cr_argc(cr_cases[1].argv), (char **)cr_cases[1].argv, &o), 0);
	ck_assert_str_eq(o.flow, "bells");
	ck_assert_str_eq(o.people, "A,B,C");
	ck_assert(o.has_seed);
	ck_assert_uint_eq(o.seed, UINT64_MAX);
	ck_assert_uint_eq(o.rounds, 2);
	ck_assert_str_eq(o.facilitator, "Fay");
	/* parsed again from scratch: nothing carries over */
	ck_assert_int_eq(cmd_run_parse(&ctx, cr_argc(cr_cases[0].argv), (char **)cr_cases[0].argv, &o), 0);
	ck_assert(!o.has_seed);
	ck_assert_uint_eq(o.rounds, 0);
	ck_assert_ptr_null(o.facilitator);
	ck_assert_str_eq(o.people, "Ana,Zoë,李明");
	ck_assert_ptr_null(o.case_ref);
	ck_assert_ptr_null(o.question);
	ck_assert_int_eq(cmd_run_parse(&ctx, cr_argc(cr_cases[2].argv), (char **)cr_cases[2].argv, &o), 0);
	ck_assert_str_eq(o.case_ref, "J (7)");
	ck_assert_str_eq(o.question, "Why now?");
	fclose(ctx.err);
}
END_TEST

static const struct {
	const char *argv[4];
	int rc;
	const char *id;	 /* the round asked for, or NULL */
	const char *err; /* the message of the one usage line on err, or NULL */
} rs_cases[] = {
	{{"resume"}, 0, NULL, NULL},
	{{"resume", "20261124"}, 0, "20261124", NULL},
	{{"resume", "--help"}, 0, NULL, NULL},
	{{"resume", "a", "b"}, 2, NULL, "unexpected argument 'b' (one round at a time)"},
	{{"resume", "--all"}, 2, NULL, "unknown option '--all'"},
	{{"resume", "-x"}, 2, NULL, "unknown option '-x'"},
};

START_TEST(test_resume)
{
	char *buf = NULL;
	size_t len = 0;
	struct cli_ctx ctx = {.err = open_memstream(&buf, &len)};
	struct resume_opts o;
	int argc = 0;
	while (argc < 4 && rs_cases[_i].argv[argc])
		argc++;
	ck_assert_int_eq(cmd_resume_parse(&ctx, argc, (char **)rs_cases[_i].argv, &o), rs_cases[_i].rc);
	fclose(ctx.err);
	if (rs_cases[_i].rc == 0 && rs_cases[_i].id)
		ck_assert_str_eq(o.id, rs_cases[_i].id);
	else if (rs_cases[_i].rc == 0)
		ck_assert_ptr_null(o.id);
	if (rs_cases[_i].err) {
		char *want = cr_line("resume", rs_cases[_i].err);
		ck_assert_str_eq(buf, want);
		free(want);
	} else {
		ck_assert_str_eq(buf, "");
	}
	free(buf);
}
END_TEST

Suite *cmd_run_suite(void);
Suite *cmd_run_suite(void)
{
	Suite *s = suite_create("cmd_run");
	TCase *tc = tcase_create("parse");
	tcase_add_loop_test(tc, test_run_table, 0, (int)(sizeof cr_cases / sizeof cr_cases[0]));
	tcase_add_test(tc, test_run_fields);
	tcase_add_loop_test(tc, test_resume, 0, (int)(sizeof rs_cases / sizeof rs_cases[0]));
	suite_add_tcase(s, tc);
	return s;
}
