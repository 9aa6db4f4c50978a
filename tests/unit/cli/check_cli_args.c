/* The argument parser and the help written from a template: syntax, values,
 * counts, the order errors come in, the global options' stop, lookup by
 * alias. */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"

static const struct cli_option ca_options[] = {
	{'n', NULL, NULL, CLI_NUMBER, "N", 1, 10, "how many"},
	{0, "seed", NULL, CLI_NUMBER, "S", 0, UINT64_MAX, "the seed"},
	{'o', "output", NULL, CLI_STRING, "FILE", 0, 0, "write FILE"},
	{0, "format", NULL, CLI_CHOICE, "md|json|text", 0, 0, "the form"},
	{0, "werror", NULL, CLI_FLAG, NULL, 0, 0, "warnings are errors"},
	{'v', "verbose", NULL, CLI_FLAG, NULL, 0, 0, "say more"},
	{0, "anonymise", "anonymize", CLI_FLAG, NULL, 0, 0, "no names"},
	{0, "suit", NULL, CLI_STRING, "SUIT", 0, 0, "one suit\nonly"},
	{0},
};

static const struct cli_args_template ca_template = {
	.options = ca_options, .lower = 1, .upper = 2, .missing = "which one? name it"};

#define CA_MAX 8

static const struct {
	const char *argv[CA_MAX];
	int rc;
	const char *err;  /* the message of the usage line, or NULL */
	const char *pos;  /* the positional arguments, joined by ',' */
	const char *want; /* "KEY=VALUE" the last value of KEY must be, or NULL */
} ca_cases[] = {
	{{"t", "a"}, 0, NULL, "a", NULL},
	{{"t", "-n", "3", "a"}, 0, NULL, "a", "n=3"},
	{{"t", "-n3", "a"}, 0, NULL, "a", "n=3"},
	{{"t", "a", "-vn3"}, 0, NULL, "a", "n=3"},
	{{"t", "--output=x", "a", "b"}, 0, NULL, "a,b", "output=x"},
	{{"t", "a", "--output", "x"}, 0, NULL, "a", "output=x"},
	{{"t", "--out", "x", "a"}, 0, NULL, "a", "output=x"},
	{{"t", "-o", "-", "a"}, 0, NULL, "a", "output=-"},
	{{"t", "-o", "--seed", "a"}, 0, NULL, "a", "output=--seed"},
	{{"t", "--output=", "a"}, 0, NULL, "a", "output="},
	{{"t", "--seed", "5", "--seed", "7", "a"}, 0, NULL, "a", "seed=7"},
	{{"t", "--format", "json", "a"}, 0, NULL, "a", "format=json"},
	{{"t", "--", "-n", "a"}, 0, NULL, "-n,a", NULL},
	{{"t", "-", "a"}, 0, NULL, "-,a", NULL},
	{{"t", "--help", "--bogus"}, 0, NULL, "", NULL},
	{{"t", "-vh", "-x"}, 0, NULL, "", NULL},
	{{"t", "--s", "1", "a"}, 2, "option '--s' is ambiguous", NULL, NULL},
	{{"t", "-n"}, 2, "option '-n' needs an argument", NULL, NULL},
	{{"t", "a", "--output"}, 2, "option '--output' needs an argument", NULL, NULL},
	{{"t", "-n", "0", "a"}, 2, "-n needs a whole number from 1 to 10", NULL, NULL},
	{{"t", "-n", "+5", "a"}, 2, "-n needs a whole number from 1 to 10", NULL, NULL},
	{{"t", "-n", "5x", "a"}, 2, "-n needs a whole number from 1 to 10", NULL, NULL},
	{{"t", "--seed", "-1", "a"}, 2, "--seed needs a whole number", NULL, NULL},
	{{"t", "--seed=18446744073709551616", "a"}, 2, "--seed needs a whole number", NULL, NULL},
	{{"t", "--format=yaml", "a"}, 2, "--format must be md, json or text", NULL, NULL},
	{{"t", "--format=j", "a"}, 2, "--format must be md, json or text", NULL, NULL},
	{{"t", "--werror=1", "a"}, 2, "option '--werror' takes no value", NULL, NULL},
	{{"t", "-x", "a"}, 2, "unknown option '-x'", NULL, NULL},
	{{"t", "-vx", "a"}, 2, "unknown option '-x'", NULL, NULL},
	{{"t", "--bogus=1", "a"}, 2, "unknown option '--bogus=1'", NULL, NULL},
	{{"t"}, 2, "which one? name it", NULL, NULL},
	{{"t", "-v"}, 2, "which one? name it", NULL, NULL},
	{{"t", "a", "b", "c"}, 2, "unexpected argument 'c'", NULL, NULL},
	/* in the order given, as getopt: the first bad option is the one said */
	{{"t", "-n", "0", "--bogus"}, 2, "-n needs a whole number from 1 to 10", NULL, NULL},
	{{"t", "--bogus", "-n", "0"}, 2, "unknown option '--bogus'", NULL, NULL},
};

static int ca_argc(const char *const *argv)
{
	int n = 0;
	while (n < CA_MAX && argv[n])
		n++;
	return n;
}

static char *ca_join(const struct cli_args *a)
{
	char *s = calloc(256, 1);
	for (int i = 0; i < a->n_pos; i++) {
		if (i)
			strcat(s, ",");
		strcat(s, a->pos[i]);
	}
	return s;
}

static void ca_check_want(const struct cli_args *a, const char *want)
{
	char key[32];
	const char *eq = strchr(want, '=');
	snprintf(key, sizeof key, "%.*s", (int)(eq - want), want);
	ck_assert_msg(cli_args_has(a, key), "%s not given", key);
	ck_assert_str_eq(cli_args_value(a, key), eq + 1);
	ck_assert(cli_args_value_is(a, key, eq + 1));
}

START_TEST(test_parse)
{
	char *buf = NULL;
	size_t len = 0;
	struct cli_ctx ctx = {.err = open_memstream(&buf, &len)};
	struct cli_args a;
	int rc = cli_args_parse(&ctx, "t", &ca_template, ca_argc(ca_cases[_i].argv),
				(char **)ca_cases[_i].argv, &a);
	fclose(ctx.err);
	ck_assert_msg(rc == ca_cases[_i].rc, "case %d: rc %d, err %s", _i, rc, buf);
	if (ca_cases[_i].err) {
		char want[160];
		snprintf(want, sizeof want, "rucksack t: %s; see 'rucksack t --help'\n",
			 ca_cases[_i].err);
		ck_assert_str_eq(buf, want);
	} else {
		ck_assert_str_eq(buf, "");
	}
	if (rc == 0) {
		char *pos = ca_join(&a);
		ck_assert_str_eq(pos, ca_cases[_i].pos);
		free(pos);
	}
	if (ca_cases[_i].want)
		ca_check_want(&a, ca_cases[_i].want);
	cli_args_free(&a);
	free(buf);
}
END_TEST

START_TEST(test_values)
{
	const char *argv[] = {"t", "--anonymize", "-n", "10", "--seed=18446744073709551615",
			      "a", NULL};
	struct cli_ctx ctx = {.err = stderr};
	struct cli_args a;
	ck_assert_int_eq(cli_args_parse(&ctx, "t", &ca_template, 6, (char **)argv, &a), 0);
	ck_assert(cli_args_has(&a, "anonymise"));
	ck_assert(!cli_args_has(&a, "werror"));
	ck_assert_uint_eq(cli_args_number(&a, "n", 1), 10);
	ck_assert_uint_eq(cli_args_number(&a, "seed", 0), UINT64_MAX);
	ck_assert_uint_eq(cli_args_number(&a, "suit", 42), 42);
	ck_assert_ptr_null(cli_args_value(&a, "output"));
	ck_assert(!a.help);
	cli_args_free(&a);
}
END_TEST

/* With stop_at_argument, as the global options: the first argument, or what
 * follows "--", is where the command starts. */
START_TEST(test_stop)
{
	static const struct cli_args_template t = {
		.options = ca_options, .upper = -1, .stop_at_argument = true};
	static const struct {
		const char *argv[CA_MAX];
		int next;
	} cases[] = {
		{{"rucksack"}, 1},
		{{"rucksack", "list", "-x"}, 1},
		{{"rucksack", "-v", "--suit", "x", "list", "--suit"}, 4},
		{{"rucksack", "-v", "--", "-list"}, 3},
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		struct cli_ctx ctx = {.err = stderr};
		struct cli_args a;
		ck_assert_int_eq(cli_args_parse(&ctx, NULL, &t, ca_argc(cases[i].argv),
						(char **)cases[i].argv, &a), 0);
		ck_assert_int_eq(a.next, cases[i].next);
		ck_assert_int_eq(a.n_pos, 0);
		cli_args_free(&a);
	}
}
END_TEST

static int ca_exec(struct cli_ctx *ctx, const struct cli_args *args)
{
	(void)ctx;
	return (int)cli_args_number(args, "n", 7);
}

static const struct cli_cmd_entry ca_entry = {
	.name = "frob",
	.alias = "fb",
	.args = {.options = ca_options, .lower = 1, .upper = 2, .missing = "which?"},
	.usage = "ID [-n N] [--seed S] [-o FILE] [--format md|json|text] [--werror] [--verbose]\n"
		 "--anonymise ID",
	.about = "Frobs.",
	.exec = ca_exec,
};

START_TEST(test_find_and_run)
{
	const struct cli_cmd_entry *const table[] = {&ca_entry, NULL};
	ck_assert_ptr_eq(cli_cmd_find(table, "frob"), &ca_entry);
	ck_assert_ptr_eq(cli_cmd_find(table, "fb"), &ca_entry);
	ck_assert_ptr_null(cli_cmd_find(table, "f"));
	struct cli_ctx ctx = {.err = stderr, .out = stdout};
	const char *argv[] = {"frob", "x", "-n", "4", NULL};
	ck_assert_int_eq(cli_cmd_run(&ctx, &ca_entry, 4, (char **)argv), 4);
}
END_TEST

START_TEST(test_help)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);
	cli_help_command(f, &ca_entry);
	fclose(f);
	ck_assert_ptr_nonnull(strstr(buf, "usage: rucksack frob ID [-n N] [--seed S] [-o FILE] "
					  "[--format md|json|text]\n"
					  "                     [--werror] [--verbose]\n"
					  "       rucksack frob --anonymise ID\n"));
	ck_assert_ptr_nonnull(strstr(buf, "\n  -n N                   how many\n"));
	ck_assert_ptr_nonnull(strstr(buf, "\n  -o, --output FILE      write FILE\n"));
	ck_assert_ptr_nonnull(strstr(buf, "\n  --anonymise            (or --anonymize) no names\n"));
	ck_assert_ptr_nonnull(strstr(buf, "\n  --suit SUIT            one suit\n"
					  "                         only\n"));
	ck_assert_msg(strstr(buf, "\n  -h, --help             print this help\n") ==
			      buf + len - strlen("\n  -h, --help             print this help\n"),
		      "-h, --help comes last: %s", buf);
	free(buf);
}
END_TEST

Suite *cli_args_suite(void);
Suite *cli_args_suite(void)
{
	Suite *s = suite_create("cli_args");
	TCase *tc = tcase_create("parse");
	tcase_add_loop_test(tc, test_parse, 0, (int)(sizeof ca_cases / sizeof ca_cases[0]));
	tcase_add_test(tc, test_values);
	tcase_add_test(tc, test_stop);
	tcase_add_test(tc, test_find_and_run);
	tcase_add_test(tc, test_help);
	suite_add_tcase(s, tc);
	return s;
}
