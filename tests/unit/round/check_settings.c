/* The settings file: keys, bad lines said at FILE:LINE and skipped, the
 * file refused when others may write it. */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "core/round/settings.h"

static char st_dir[64], st_file[96];

static const char *st_env(const char *name)
{
	if (strcmp(name, "HOME") == 0)
		return "/home/ann";
	if (strcmp(name, "XDG_CONFIG_HOME") == 0)
		return st_dir;
	return NULL;
}

static void st_setup(void)
{
	strcpy(st_dir, "/tmp/rucksack-settings-XXXXXX");
	ck_assert_ptr_nonnull(mkdtemp(st_dir));
	snprintf(st_file, sizeof st_file, "%s/rucksack", st_dir);
	ck_assert_int_eq(mkdir(st_file, 0700), 0);
	strcat(st_file, "/settings");
}

static void st_teardown(void)
{
	unlink(st_file);
	*strrchr(st_file, '/') = '\0';
	rmdir(st_file);
	rmdir(st_dir);
}

static void st_write(const char *text, mode_t mode)
{
	FILE *f = fopen(st_file, "w");
	ck_assert_ptr_nonnull(f);
	fputs(text, f);
	fclose(f);
	ck_assert_int_eq(chmod(st_file, mode), 0);
}

START_TEST(test_keys)
{
	struct settings s;
	struct diags d = {0};
	st_write("# the team's decks\n"
		 "\n"
		 "decks = /srv/team/decks\n"
		 "  decks=~/Shared/decks  \r\n"
		 "facilitator = Zoë Ward\n"
		 "slot = 1h30\n",
		 0600);
	settings_load(&s, st_env, &d);
	ck_assert_uint_eq(d.n, 0);
	ck_assert_uint_eq(s.decks.n, 2);
	ck_assert_str_eq(s.decks.v[0], "/srv/team/decks");
	ck_assert_str_eq(s.decks.v[1], "/home/ann/Shared/decks");
	ck_assert_str_eq(s.facilitator, "Zoë Ward");
	ck_assert_uint_eq(s.slot, 90);
	settings_free(&s);
}
END_TEST

static const struct {
	const char *line;
	const char *msg;
} st_bad[] = {
	{ "deck = /x", "unknown setting \"deck\"; did you mean \"decks\"?; line ignored" },
	{ "colour = red", "unknown setting \"colour\" (settings: decks, facilitator, slot); line ignored" },
	{ "decks /x", "expected \"key = value\"; line ignored" },
	{ "decks = team/decks", "a deck folder must start with / or ~/; line ignored" },
	{ "decks = ~ann/decks", "a deck folder must start with / or ~/; line ignored" },
	{ "facilitator =", "no value after '='; line ignored" },
	{ "facilitator = A\x1b[2Jb", "a control character in the name; line ignored" },
	{ "slot = soon", "a slot is minutes, such as 45 or 1h30, at most a day; line ignored" },
	{ "slot = 0", "a slot is minutes, such as 45 or 1h30, at most a day; line ignored" },
	{ "slot = 1441", "a slot is minutes, such as 45 or 1h30, at most a day; line ignored" },
	{ "facilitator = Caf\xe9", "not UTF-8 text; line ignored" },
};

/* A bad line is one warning at its line, and the lines around it still count. */
START_TEST(test_bad_line)
{
	struct settings s;
	struct diags d = {0};
	char text[256];
	snprintf(text, sizeof text, "slot = 45\n%s\nfacilitator = Sam\n", st_bad[_i].line);
	st_write(text, 0600);
	settings_load(&s, st_env, &d);
	ck_assert_uint_eq(d.n, 1);
	ck_assert_str_eq(d.v[0].file, st_file);
	ck_assert_int_eq(d.v[0].line, 2);
	ck_assert_int_eq(d.v[0].severity, DIAG_WARNING);
	ck_assert_str_eq(d.v[0].message, st_bad[_i].msg);
	ck_assert_uint_eq(s.slot, 45);
	ck_assert_str_eq(s.facilitator, "Sam");
	ck_assert_uint_eq(s.decks.n, 0);
	settings_free(&s);
	diags_free(&d);
}
END_TEST

/* Others could redirect the deck folders: the file is not read at all. */
START_TEST(test_writable_by_others)
{
	struct settings s;
	struct diags d = {0};
	st_write("decks = /elsewhere\n", 0620);
	settings_load(&s, st_env, &d);
	ck_assert_uint_eq(s.decks.n, 0);
	ck_assert_uint_eq(d.n, 1);
	ck_assert_int_eq(d.v[0].line, 0);
	ck_assert_str_eq(d.v[0].message, "not read: it must be yours, and no one else may write "
					 "to it (chmod go-w on it)");
	settings_free(&s);
	diags_free(&d);
}
END_TEST

START_TEST(test_missing_file)
{
	struct settings s;
	struct diags d = {0};
	settings_load(&s, st_env, &d);
	ck_assert_uint_eq(d.n, 0);
	ck_assert_uint_eq(s.decks.n, 0);
	ck_assert_ptr_null(s.facilitator);
	settings_free(&s);
	char *p = settings_path(st_env);
	ck_assert_str_eq(p, st_file);
	free(p);
}
END_TEST

Suite *settings_suite(void);
Suite *settings_suite(void)
{
	Suite *s = suite_create("settings");
	TCase *tc = tcase_create("settings");
	tcase_add_checked_fixture(tc, st_setup, st_teardown);
	tcase_add_test(tc, test_keys);
	tcase_add_loop_test(tc, test_bad_line, 0, sizeof st_bad / sizeof st_bad[0]);
	tcase_add_test(tc, test_writable_by_others);
	tcase_add_test(tc, test_missing_file);
	suite_add_tcase(s, tc);
	return s;
}
