/*
 * searchpath: order, defaults, XDG rules (empty means default, relative is
 * ignored), empty entries, duplicates, all through an injected environment.
 */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "core/deck/searchpath.h"

#define N_OF(t) (sizeof(t) / sizeof((t)[0]))

/* The environment of the current case: NAME=value pairs, NULL-terminated. */
static const char *const *sp_env;

static const char *sp_getenv(const char *name)
{
	size_t n = strlen(name);
	for (const char *const *e = sp_env; e && *e; e++)
		if (strncmp(*e, name, n) == 0 && (*e)[n] == '=')
			return *e + n + 1;
	return NULL;
}

static const struct {
	const char *what;
	const char *cli[4];   /* --decks, NULL-terminated */
	const char *env[6];   /* NULL-terminated */
	const char *datadir;
	const char *want[10]; /* NULL-terminated */
	size_t named; /* how many of want the user named (--decks, RUCKSACK_PATH) */
} sp_cases[] = {
	{"defaults", {NULL}, {"HOME=/home/ann", NULL}, "/opt/rs/share/rucksack/decks",
	 {"/home/ann/.local/share/rucksack/decks", "/usr/local/share/rucksack/decks",
	  "/usr/share/rucksack/decks", "/opt/rs/share/rucksack/decks"}, 0},
	{"everything, in order", {"mine", "/abs/decks"},
	 {"HOME=/h", "RUCKSACK_PATH=/rp1:rel/rp2", "XDG_DATA_HOME=/xdh",
	  "XDG_DATA_DIRS=/d1:/d2", NULL},
	 "/dd",
	 {"mine", "/abs/decks", "/rp1", "rel/rp2", "/xdh/rucksack/decks", "/d1/rucksack/decks",
	  "/d2/rucksack/decks", "/dd"}, 4},
	{"empty RUCKSACK_PATH entries dropped", {NULL},
	 {"HOME=/h", "RUCKSACK_PATH=::/a::/b:", "XDG_DATA_DIRS=/x", NULL}, NULL,
	 {"/a", "/b", "/h/.local/share/rucksack/decks", "/x/rucksack/decks"}, 2},
	{"empty XDG_DATA_HOME takes the default", {NULL},
	 {"HOME=/h", "XDG_DATA_HOME=", "XDG_DATA_DIRS=/x", NULL}, NULL,
	 {"/h/.local/share/rucksack/decks", "/x/rucksack/decks"}, 0},
	{"relative XDG_DATA_HOME is ignored", {NULL},
	 {"HOME=/h", "XDG_DATA_HOME=rel/data", "XDG_DATA_DIRS=/x", NULL}, NULL,
	 {"/h/.local/share/rucksack/decks", "/x/rucksack/decks"}, 0},
	{"relative XDG_DATA_DIRS entries are ignored", {NULL},
	 {"HOME=/h", "XDG_DATA_DIRS=rel:/x::./y:/z", NULL}, NULL,
	 {"/h/.local/share/rucksack/decks", "/x/rucksack/decks", "/z/rucksack/decks"}, 0},
	{"empty XDG_DATA_DIRS takes the default", {NULL},
	 {"HOME=/h", "XDG_DATA_DIRS=", NULL}, NULL,
	 {"/h/.local/share/rucksack/decks", "/usr/local/share/rucksack/decks",
	  "/usr/share/rucksack/decks"}, 0},
	{"no HOME and no XDG_DATA_HOME: no user folder", {NULL},
	 {"XDG_DATA_DIRS=/x", NULL}, "/dd", {"/x/rucksack/decks", "/dd"}, 0},
	{"duplicates kept at first place", {"/same", "/same", "/x/rucksack/decks"},
	 {"HOME=/h", "RUCKSACK_PATH=/same:/h/.local/share/rucksack/decks",
	  "XDG_DATA_DIRS=/x:/x", NULL},
	 "/same",
	 {"/same", "/x/rucksack/decks", "/h/.local/share/rucksack/decks"}, 3},
	{"trailing slashes", {"decks/", "decks", "/"},
	 {"HOME=/h/", "XDG_DATA_HOME=/xdh//", "XDG_DATA_DIRS=/usr/share/", NULL}, "/usr/share/rucksack/decks/",
	 {"decks", "/", "/xdh/rucksack/decks", "/usr/share/rucksack/decks"}, 2},
	{"empty --decks dropped", {"", "d"}, {"XDG_DATA_DIRS=/x", NULL}, NULL,
	 {"d", "/x/rucksack/decks"}, 1},
};

START_TEST(test_build)
{
	struct strv cli = {0}, out = {0};
	for (size_t i = 0; sp_cases[_i].cli[i]; i++)
		strv_push(&cli, sp_cases[_i].cli[i]);
	sp_env = sp_cases[_i].env;
	size_t named = searchpath_build(&out, &cli, NULL, sp_getenv, sp_cases[_i].datadir);
	ck_assert_msg(named == sp_cases[_i].named, "%s: %zu named, want %zu", sp_cases[_i].what,
		      named, sp_cases[_i].named);
	size_t want = 0;
	while (sp_cases[_i].want[want])
		want++;
	for (size_t i = 0; i < out.n && i < want; i++)
		ck_assert_msg(strcmp(out.v[i], sp_cases[_i].want[i]) == 0, "%s: [%zu] is %s, want %s",
			      sp_cases[_i].what, i, out.v[i], sp_cases[_i].want[i]);
	ck_assert_msg(out.n == want, "%s: %zu entries, want %zu", sp_cases[_i].what, out.n, want);
	strv_free(&cli);
	strv_free(&out);
}
END_TEST

/* No --decks at all (NULL), and entries already in out are not repeated. */
START_TEST(test_null_cli_and_append)
{
	static const char *const env[] = {"HOME=/h", "XDG_DATA_DIRS=/x", NULL};
	struct strv out = {0};
	strv_push(&out, "/x/rucksack/decks");
	sp_env = env;
	searchpath_build(&out, NULL, NULL, sp_getenv, NULL);
	ck_assert_uint_eq(out.n, 2);
	ck_assert_str_eq(out.v[0], "/x/rucksack/decks");
	ck_assert_str_eq(out.v[1], "/h/.local/share/rucksack/decks");
	strv_free(&out);
}
END_TEST

/* The settings file's folders come after RUCKSACK_PATH, before the user's
 * own, and count as named (a missing one is warned of). */
START_TEST(test_settings_dirs)
{
	static const char *const env[] = {"HOME=/h", "RUCKSACK_PATH=/rp", "XDG_DATA_DIRS=/x", NULL};
	struct strv cli = {0}, set = {0}, out = {0};
	strv_push(&cli, "/cli");
	strv_push(&set, "/team/decks/");
	strv_push(&set, "/rp"); /* already there: kept at its first place */
	sp_env = env;
	ck_assert_uint_eq(searchpath_build(&out, &cli, &set, sp_getenv, "/dd"), 3);
	ck_assert_uint_eq(out.n, 6);
	ck_assert_str_eq(out.v[0], "/cli");
	ck_assert_str_eq(out.v[1], "/rp");
	ck_assert_str_eq(out.v[2], "/team/decks");
	ck_assert_str_eq(out.v[3], "/h/.local/share/rucksack/decks");
	strv_free(&out);
	strv_free(&set);
	strv_free(&cli);
}
END_TEST

/* Sets or, for NULL, unsets name; returns a copy of what it was (or NULL). */
static char *sp_swap_env(const char *name, const char *value)
{
	const char *old = getenv(name);
	char *saved = old ? strdup(old) : NULL;
	if (value)
		ck_assert_int_eq(setenv(name, value, 1), 0);
	else
		unsetenv(name);
	return saved;
}

/* env NULL reads the real environment (put back afterwards, for CK_FORK=no). */
START_TEST(test_real_environment)
{
	struct strv out = {0};
	char *rp = sp_swap_env("RUCKSACK_PATH", "/from/the/real/env");
	char *dd = sp_swap_env("XDG_DATA_DIRS", "/real-dirs");
	searchpath_build(&out, NULL, NULL, NULL, "/dd");
	ck_assert_uint_ge(out.n, 3);
	ck_assert_str_eq(out.v[0], "/from/the/real/env");
	ck_assert_int_ge(strv_find(&out, "/real-dirs/rucksack/decks"), 1);
	ck_assert_str_eq(out.v[out.n - 1], "/dd");
	strv_free(&out);
	free(sp_swap_env("RUCKSACK_PATH", rp));
	free(sp_swap_env("XDG_DATA_DIRS", dd));
	free(rp);
	free(dd);
}
END_TEST

/* The stock decks: RUCKSACK_DATADIR, else the tree's when the program runs
 * from inside it (through a link too), else the compiled-in folder. */
START_TEST(test_datadir)
{
	char root[] = "/tmp/rucksack-sp-XXXXXX", exe[96], link[96], other[96];
	static const char *const none[] = {NULL};
	static const char *const set[] = {"RUCKSACK_DATADIR=/dd", NULL};
	static const char *const empty[] = {"RUCKSACK_DATADIR=", NULL};
	char *dd;

	ck_assert_ptr_nonnull(mkdtemp(root));
	snprintf(exe, sizeof exe, "%s/tree/build/rucksack", root);
	snprintf(link, sizeof link, "%s/link", root);
	snprintf(other, sizeof other, "%s/treeish", root); /* a prefix of the name is not inside */
	char *tree = strndup(exe, strlen(root) + 5);
	ck_assert_int_eq(mkdir(tree, 0700), 0);
	char *build = strndup(exe, strlen(exe) - 9);
	ck_assert_int_eq(mkdir(build, 0700), 0);
	fclose(fopen(exe, "w"));
	fclose(fopen(other, "w"));
	ck_assert_int_eq(symlink(exe, link), 0);

	sp_env = none;
	dd = searchpath_datadir(sp_getenv, "/compiled", tree, exe);
	ck_assert_str_eq(dd + strlen(tree), "/decks");
	ck_assert(strncmp(dd, tree, strlen(tree)) == 0);
	free(dd);
	dd = searchpath_datadir(sp_getenv, "/compiled", tree, link);
	ck_assert_str_eq(dd + strlen(tree), "/decks");
	free(dd);
	dd = searchpath_datadir(sp_getenv, "/compiled", tree, other);
	ck_assert_str_eq(dd, "/compiled");
	free(dd);
	dd = searchpath_datadir(sp_getenv, "/compiled", NULL, exe);
	ck_assert_str_eq(dd, "/compiled");
	free(dd);
	dd = searchpath_datadir(sp_getenv, "/compiled", "/no/such/tree", exe);
	ck_assert_str_eq(dd, "/compiled");
	free(dd);
	sp_env = set;
	dd = searchpath_datadir(sp_getenv, "/compiled", tree, exe);
	ck_assert_str_eq(dd, "/dd");
	free(dd);
	sp_env = empty; /* empty is unset */
	dd = searchpath_datadir(sp_getenv, "/compiled", NULL, NULL);
	ck_assert_str_eq(dd, "/compiled");
	free(dd);
	sp_env = NULL;

	unlink(link);
	unlink(other);
	unlink(exe);
	rmdir(build);
	rmdir(tree);
	rmdir(root);
	free(build);
	free(tree);
}
END_TEST

Suite *searchpath_suite(void);
Suite *searchpath_suite(void)
{
	Suite *s = suite_create("searchpath");
	TCase *tc = tcase_create("core");
	tcase_add_loop_test(tc, test_build, 0, (int)N_OF(sp_cases));
	tcase_add_test(tc, test_null_cli_and_append);
	tcase_add_test(tc, test_settings_dirs);
	tcase_add_test(tc, test_real_environment);
	tcase_add_test(tc, test_datadir);
	suite_add_tcase(s, tc);
	return s;
}
