/* practice and stats commands: options, stats output, Markdown export. */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cmd_practice.h"
#include "core/base/journal.h"
#include "core/practice/practice_store.h"
#include "core/base/xalloc.h"

static char pc_dir[64];

static const char *pc_env(const char *name)
{
	if (strcmp(name, "RUCKSACK_DATADIR") == 0 || strcmp(name, "XDG_DATA_DIRS") == 0)
		return "/nonexistent/rucksack-test"; /* no installed decks */
	return strcmp(name, "XDG_DATA_HOME") == 0 ? pc_dir : NULL;
}

static void pc_setup(void)
{
	strcpy(pc_dir, "/tmp/ck-pcli-XXXXXX");
	ck_assert_ptr_nonnull(mkdtemp(pc_dir));
}

static void pc_teardown(void)
{
	char *cmd = xasprintf("rm -rf '%s'", pc_dir);
	ck_assert_int_eq(system(cmd), 0);
	free(cmd);
}

static int pc_parse(const char *line, struct practice_opts *o)
{
	char *copy = xstrdup(line), *argv[16];
	int argc = 0;
	for (char *t = strtok(copy, " "); t && argc < 15; t = strtok(NULL, " "))
		argv[argc++] = t;
	argv[argc] = NULL;
	FILE *err = fopen("/dev/null", "w");
	struct cli_ctx ctx = {.env = pc_env, .out = err, .err = err};
	int rc = practice_opts_parse(&ctx, argc, argv, o);
	fclose(err);
	free(copy); /* o's strings point into argv: tests look only at numbers */
	return rc;
}

static const struct {
	const char *line;
	int rc;
	int mode;
	size_t n;
	int have_seed;
} pc_opts[] = {
	{"practice", 0, PRACTICE_MODE_NAME, 10, 0},
	{"practice --mode write -n 3", 0, PRACTICE_MODE_WRITE, 3, 0},
	{"practice --mode write", 0, PRACTICE_MODE_WRITE, 0, 0}, /* as its steps suit */
	{"practice --flow my-solo", 0, PRACTICE_MODE_WRITE, 0, 0}, /* --flow is write */
	{"practice --flow my-solo --mode write -n 2", 0, PRACTICE_MODE_WRITE, 2, 0},
	{"practice --flow my-solo --mode name", 2, 0, 0, 0},
	{"practice --flow my-solo --export", 2, 0, 0, 0},
	{"practice --flow", 2, 0, 0, 0},
	{"practice --mode=name -n 1000", 0, PRACTICE_MODE_NAME, 1000, 0},
	{"practice -n 1001", 2, 0, 0, 0},
	{"practice -n +5", 2, 0, 0, 0},
	{"practice --seed 42 -n 1", 0, PRACTICE_MODE_NAME, 1, 1},
	{"practice --mode sing", 2, 0, 0, 0},
	{"practice -n 0", 2, 0, 0, 0},
	{"practice -n 5x", 2, 0, 0, 0},
	{"practice --seed -1", 2, 0, 0, 0},
	{"practice --bogus", 2, 0, 0, 0},
	{"practice extra", 2, 0, 0, 0},
	{"practice -o out.md", 2, 0, 0, 0},
	{"practice --deck", 2, 0, 0, 0},
};

START_TEST(test_opts)
{
	for (size_t i = 0; i < sizeof pc_opts / sizeof pc_opts[0]; i++) {
		struct practice_opts o;
		int rc = pc_parse(pc_opts[i].line, &o);
		ck_assert_msg(rc == pc_opts[i].rc, "%s: rc %d", pc_opts[i].line, rc);
		if (rc == 0) {
			ck_assert_int_eq(o.run.mode, pc_opts[i].mode);
			ck_assert_uint_eq(o.run.n, pc_opts[i].n);
			ck_assert_int_eq(o.have_seed, pc_opts[i].have_seed);
		}
	}
	struct practice_opts o;
	ck_assert_int_eq(pc_parse("practice --seed 42", &o), 0);
	ck_assert_uint_eq(o.run.seed, 42);
	ck_assert_str_eq(o.run.deck, "tomm-questions");
	ck_assert_int_eq(pc_parse("practice --export -o x.md --deck d", &o), 0);
	ck_assert(o.export_md && o.deck_given);
	ck_assert_int_eq(pc_parse("practice --mode write", &o), 0);
	ck_assert_ptr_null(o.run.deck); /* the flow's */
	ck_assert_ptr_null(o.run.flow); /* the default flow */
	ck_assert_int_eq(pc_parse("practice --flow x --deck y", &o), 0);
	ck_assert(o.run.flow && o.run.deck && o.run.mode == PRACTICE_MODE_WRITE);
}
END_TEST

static char *pc_run_stats(const char *fmt, int *rc)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *out = open_memstream(&buf, &len);
	char *argv[] = {(char *)"rucksack", (char *)"stats", (char *)fmt, NULL};
	FILE *err = fopen("/dev/null", "w");
	*rc = cli_main(fmt ? 3 : 2, argv, pc_env, out, err);
	fclose(err);
	fclose(out);
	return buf;
}

static void pc_journal(void)
{
	struct diags d = {0};
	char *p = practice_journal_path(pc_env, 1, &d);
	ck_assert_ptr_nonnull(p);
	struct journal *j;
	ck_assert_int_eq(journal_open(&j, p, &d), 0);
	struct practice_answer a = {
		.ts = 1795392000, .deck = (char *)"tomm-questions", .item = (char *)"k",
		.suit = (char *)"circular", .card = (char *)"circ-x",
		.given_suit = (char *)"lineal", .suit_ok = false,
	};
	char *rec = practice_answer_record(&a);
	ck_assert_int_eq(journal_append(j, rec, &d), 0);
	free(rec);
	struct practice_written w = {
		.ts = 1795392000, .deck = (char *)"tomm-questions", .card = (char *)"rx-a",
		.vignette = (char *)"v", .text = (char *)"Who would notice first?", .mark = MARK_ON_TARGET,
	};
	rec = practice_written_record(&w);
	ck_assert_int_eq(journal_append(j, rec, &d), 0);
	free(rec);
	journal_close(j);
	free(p);
}

START_TEST(test_stats)
{
	int rc;
	char *s = pc_run_stats(NULL, &rc);
	ck_assert_int_eq(rc, 0);
	ck_assert_str_eq(s, "No practice answers yet.\n");
	free(s);
	pc_journal();
	s = pc_run_stats("--format=json", &rc);
	ck_assert_int_eq(rc, 0);
	ck_assert_ptr_nonnull(strstr(s, "\"given\":\"lineal\""));
	free(s);
	s = pc_run_stats("--format=xml", &rc);
	ck_assert_int_eq(rc, 2);
	free(s);
	s = pc_run_stats("--deck=none", &rc); /* answers exist, none for this deck */
	ck_assert_str_eq(s, "No practice answers for deck \"none\".\n"
			    "No deck \"none\" is on the search path (rucksack list names them).\n");
	free(s);
}
END_TEST

START_TEST(test_export)
{
	pc_journal();
	struct practice_opts o;
	ck_assert_int_eq(pc_parse("practice --export", &o), 0);
	char *path = xasprintf("%s/log.md", pc_dir);
	o.output = path;
	ck_assert_int_eq(cmd_practice_export(&o, pc_env, NULL, stdout, stderr), 0);
	FILE *f = fopen(path, "r");
	ck_assert_ptr_nonnull(f);
	char buf[512] = "";
	size_t n = fread(buf, 1, sizeof buf - 1, f);
	buf[n] = '\0';
	fclose(f);
	ck_assert_ptr_nonnull(strstr(buf, "> Who would notice first?"));
	ck_assert_ptr_nonnull(strstr(buf, "**On target.**"));
	free(path);
	o.output = "/nonexistent-dir/x.md";
	FILE *err = fopen("/dev/null", "w");
	ck_assert_int_eq(cmd_practice_export(&o, pc_env, NULL, stdout, err), 1);
	fclose(err);
}
END_TEST

Suite *practice_cli_suite(void);
Suite *practice_cli_suite(void)
{
	Suite *s = suite_create("practice_cli");
	TCase *tc = tcase_create("cli");
	tcase_add_checked_fixture(tc, pc_setup, pc_teardown);
	tcase_add_test(tc, test_opts);
	tcase_add_test(tc, test_stats);
	tcase_add_test(tc, test_export);
	suite_add_tcase(s, tc);
	return s;
}
