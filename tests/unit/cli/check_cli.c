/* The dispatcher: global options, NO_COLOR, unknown commands and options,
 * --help and --version, --help on every command of the table. */
#include <check.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"

static const char *cl_no_color;

static const char *cl_env(const char *name)
{
	if (strcmp(name, "NO_COLOR") == 0)
		return cl_no_color;
	/* RUCKSACK_DATADIR too: the test program runs from the source tree, whose
	 * stock decks it would find (searchpath_datadir) */
	if (strcmp(name, "XDG_DATA_HOME") == 0 || strcmp(name, "XDG_DATA_DIRS") == 0 ||
	    strcmp(name, "TMPDIR") == 0 || strcmp(name, "RUCKSACK_DATADIR") == 0)
		return "/nonexistent/rucksack-test";
	return NULL;
}

struct cl_run {
	int rc;
	char *out, *err;
};

/* getopt may permute argv, so it gets a copy of the array. */
static struct cl_run cl_main(int argc, const char *const *argv)
{
	struct cl_run r = {0};
	size_t no, ne;
	char *copy[8] = {0};
	for (int i = 0; i < argc && i < 7; i++)
		copy[i] = (char *)argv[i];
	FILE *out = open_memstream(&r.out, &no), *err = open_memstream(&r.err, &ne);
	r.rc = cli_main(argc, copy, cl_env, out, err);
	fclose(out);
	fclose(err);
	return r;
}

static void cl_free(struct cl_run *r)
{
	free(r->out);
	free(r->err);
}

static const struct {
	const char *argv[6];
	int rc;
	const char *out, *err; /* exact texts, or NULL for "anything" */
} cl_cases[] = {
	{{"rucksack", "frob"}, 2, "", "rucksack: unknown command 'frob'; see 'rucksack --help'\n"},
	{{"rucksack", "--bogus", "list"}, 2, "",
	 "rucksack: unknown option '--bogus'; see 'rucksack --help'\n"},
	{{"rucksack", "--decks"}, 2, "",
	 "rucksack: option '--decks' needs an argument; see 'rucksack --help'\n"},
	{{"rucksack", "--version"}, 0, "rucksack " RUCKSACK_VERSION "\n", ""},
	{{"rucksack", "list", "--bogus"}, 2, "",
	 "rucksack list: unknown option '--bogus'; see 'rucksack list --help'\n"},
	{{"rucksack", "list", "--format=xml"}, 2, "",
	 "rucksack list: --format must be text or json; see 'rucksack list --help'\n"},
	{{"rucksack", "lint"}, 2, "",
	 "rucksack lint: which files? name at least one; see 'rucksack lint --help'\n"},
	{{"rucksack", "show"}, 2, "",
	 "rucksack show: which deck or flow? give its ID; see 'rucksack show --help'\n"},
	{{"rucksack", "show", "a", "b", "c"}, 2, "",
	 "rucksack show: unexpected argument 'c'; see 'rucksack show --help'\n"},
	{{"rucksack", "deal", "x", "-n", "0"}, 2, "",
	 "rucksack deal: -n needs a whole number from 1 to 1000; see 'rucksack deal --help'\n"},
	{{"rucksack", "deal", "x", "--seed", "-1"}, 2, "",
	 "rucksack deal: --seed needs a whole number; see 'rucksack deal --help'\n"},
	{{"rucksack", "deal", "x", "-n"}, 2, "",
	 "rucksack deal: option '-n' needs an argument; see 'rucksack deal --help'\n"},
	{{"rucksack", "\x1b[2J"}, 2, "",
	 "rucksack: unknown command '\xe2\x90\x9b[2J'; see 'rucksack --help'\n"},
};

START_TEST(test_table)
{
	int argc = 0;
	while (argc < 6 && cl_cases[_i].argv[argc])
		argc++;
	struct cl_run r = cl_main(argc, cl_cases[_i].argv);
	ck_assert_msg(r.rc == cl_cases[_i].rc, "case %d: rc %d, err %s", _i, r.rc, r.err);
	if (cl_cases[_i].out)
		ck_assert_str_eq(r.out, cl_cases[_i].out);
	if (cl_cases[_i].err)
		ck_assert_str_eq(r.err, cl_cases[_i].err);
	cl_free(&r);
}
END_TEST

START_TEST(test_help_lists_commands)
{
	const char *argv[] = {"rucksack", "--help", NULL};
	struct cl_run r = cl_main(2, argv);
	ck_assert_int_eq(r.rc, 0);
	ck_assert_str_eq(r.err, "");
	ck_assert_ptr_nonnull(strstr(r.out, "usage: rucksack "));
	for (const struct cli_cmd_entry *const *c = cli_table; *c; c++) {
		char line[128];
		snprintf(line, sizeof line, "\n  %-10s %s\n", (*c)->name, (*c)->summary);
		ck_assert_msg(strstr(r.out, line), "--help lacks %s", (*c)->name);
	}
	cl_free(&r);
}
END_TEST

/* Every command answers --help with its usage on stdout and exit 0. */
START_TEST(test_every_command_help)
{
	for (const struct cli_cmd_entry *const *c = cli_table; *c; c++) {
		const char *argv[] = {"rucksack", (*c)->name, "--help", NULL};
		char want[64];
		struct cl_run r = cl_main(3, argv);
		snprintf(want, sizeof want, "usage: rucksack %s", (*c)->name);
		ck_assert_msg(r.rc == 0, "%s --help: rc %d", (*c)->name, r.rc);
		ck_assert_msg(strncmp(r.out, want, strlen(want)) == 0, "%s --help: %s", (*c)->name,
			      r.out);
		ck_assert_str_eq(r.err, "");
		cl_free(&r);
	}
}
END_TEST

/* Whether the usage u names option spelt s ("--seed", "-n") as a word. */
static bool cl_names(const char *u, const char *s)
{
	size_t n = strlen(s);
	for (const char *p = strstr(u, s); p; p = strstr(p + 1, s))
		if ((p == u || strchr(" [|\n", p[-1])) && !(p[n] >= 'a' && p[n] <= 'z') &&
		    p[n] != '-')
			return true;
	return false;
}

/* The option the usage's word at w (after its dashes) names, or NULL. */
static const struct cli_option *cl_option_at(const struct cli_option *opts, const char *w,
					     bool is_long)
{
	size_t n = strspn(w, "abcdefghijklmnopqrstuvwxyz-");
	for (const struct cli_option *o = opts; o->short_name || o->long_name; o++) {
		if (!is_long && o->short_name == w[0] && n == 1)
			return o;
		if (is_long && o->long_name && strlen(o->long_name) == n &&
		    !strncmp(o->long_name, w, n))
			return o;
	}
	return NULL;
}

/* Each command's usage names every option of its template, and no other. */
START_TEST(test_usage_matches_template)
{
	for (const struct cli_cmd_entry *const *c = cli_table; *c; c++) {
		const char *u = (*c)->usage;
		for (const struct cli_option *o = (*c)->args.options; o->short_name || o->long_name;
		     o++) {
			char s[64], l[64];
			snprintf(s, sizeof s, "-%c", o->short_name);
			snprintf(l, sizeof l, "--%s", o->long_name ? o->long_name : "");
			ck_assert_msg((o->short_name && cl_names(u, s)) ||
					      (o->long_name && cl_names(u, l)),
				      "%s: usage lacks %s", (*c)->name, o->long_name ? l : s);
		}
		for (const char *p = strchr(u, '-'); p; p = strchr(p + 1, '-')) {
			if (p != u && !strchr(" [|\n", p[-1]))
				continue;
			bool is_long = p[1] == '-';
			ck_assert_msg(cl_option_at((*c)->args.options, p + 1 + is_long, is_long),
				      "%s: usage names %.12s, not an option of its template",
				      (*c)->name, p);
			p += is_long;
		}
	}
}
END_TEST

static int cl_globals(int argc, const char *const *argv, struct cli_ctx *ctx)
{
	FILE *null = fopen("/dev/null", "w");
	char *copy[10] = {0};
	for (int i = 0; i < argc && i < 9; i++)
		copy[i] = (char *)argv[i];
	*ctx = (struct cli_ctx){.env = cl_env, .out = null, .err = null};
	int at = cli_parse_globals(ctx, argc, copy);
	fclose(null);
	ctx->out = ctx->err = NULL;
	return at;
}

START_TEST(test_globals)
{
	const char *argv[] = {"rucksack", "--decks", "one", "--no-color", "--decks=two",
			      "lint", "--decks", "x", NULL};
	struct cli_ctx ctx;
	cl_no_color = NULL;
	ck_assert_int_eq(cl_globals(8, argv, &ctx), 5);
	ck_assert_uint_eq(ctx.decks.n, 2);
	ck_assert_str_eq(ctx.decks.v[0], "one");
	ck_assert_str_eq(ctx.decks.v[1], "two");
	ck_assert(ctx.no_color);
	cli_ctx_free(&ctx);

	const char *bare[] = {"rucksack", NULL};
	ck_assert_int_eq(cl_globals(1, bare, &ctx), 1);
	ck_assert(!ctx.no_color);
	cli_ctx_free(&ctx);
	cl_no_color = "";
	ck_assert_int_eq(cl_globals(1, bare, &ctx), 1);
	ck_assert_msg(!ctx.no_color, "NO_COLOR set but empty must not count");
	cli_ctx_free(&ctx);
	cl_no_color = "1";
	ck_assert_int_eq(cl_globals(1, bare, &ctx), 1);
	ck_assert(ctx.no_color);
	cli_ctx_free(&ctx);
	cl_no_color = NULL;

	const char *help[] = {"rucksack", "-h", NULL};
	ck_assert_int_eq(cl_globals(2, help, &ctx), -1);
	cli_ctx_free(&ctx);
	const char *bad[] = {"rucksack", "-x", NULL};
	ck_assert_int_eq(cl_globals(2, bad, &ctx), -2);
	cli_ctx_free(&ctx);
}
END_TEST

Suite *cli_suite(void);
Suite *cli_suite(void)
{
	Suite *s = suite_create("cli");
	TCase *tc = tcase_create("cli");
	tcase_add_loop_test(tc, test_table, 0, sizeof cl_cases / sizeof cl_cases[0]);
	tcase_add_test(tc, test_help_lists_commands);
	tcase_add_test(tc, test_every_command_help);
	tcase_add_test(tc, test_usage_matches_template);
	tcase_add_test(tc, test_globals);
	suite_add_tcase(s, tc);
	return s;
}
