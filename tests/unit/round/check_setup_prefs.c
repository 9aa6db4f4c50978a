/* The setup screen's memory: the facilitator's name under XDG_CONFIG_HOME. */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "core/round/setup_prefs.h"
#include "core/base/xalloc.h"

static char sp_dir[64];

static const char *sp_env(const char *name)
{
	static char conf[128];
	if (!strcmp(name, "XDG_CONFIG_HOME")) {
		snprintf(conf, sizeof conf, "%s/conf", sp_dir);
		return conf;
	}
	return !strcmp(name, "HOME") ? sp_dir : NULL;
}

static const char *sp_env_home(const char *name)
{
	return !strcmp(name, "HOME") ? sp_dir : NULL;
}

static void sp_setup(void)
{
	strcpy(sp_dir, "/tmp/ck-prefs-XXXXXX");
	ck_assert_ptr_nonnull(mkdtemp(sp_dir));
}

static void sp_teardown(void)
{
	char *cmd = xasprintf("rm -rf '%s'", sp_dir);
	ck_assert_int_eq(system(cmd), 0);
	free(cmd);
}

START_TEST(test_remembered)
{
	struct setup_prefs p = {0};
	struct diags d = {0};
	setup_prefs_load(&p, sp_env, &d); /* nothing yet: no error, nothing remembered */
	ck_assert_ptr_null(p.facilitator);
	ck_assert_uint_eq(d.n, 0);
	p.facilitator = xstrdup("Zoë Okafor");
	ck_assert_int_eq(setup_prefs_save(&p, sp_env, &d), 0);
	setup_prefs_free(&p);
	char *path = setup_prefs_path(sp_env);
	char *want = xasprintf("%s/conf/rucksack/setup", sp_dir);
	ck_assert_str_eq(path, want);
	struct stat st;
	ck_assert_int_eq(stat(path, &st), 0);
	ck_assert_int_eq(st.st_mode & 0777, 0600);
	*strrchr(path, '/') = '\0';
	ck_assert_int_eq(stat(path, &st), 0);
	ck_assert_int_eq(st.st_mode & 0777, 0700);
	setup_prefs_load(&p, sp_env, &d);
	ck_assert_str_eq(p.facilitator, "Zoë Okafor");
	ck_assert_uint_eq(d.n, 0);
	setup_prefs_free(&p);
	free(path);
	free(want);
}
END_TEST

START_TEST(test_default_under_home)
{
	char *path = setup_prefs_path(sp_env_home);
	char *want = xasprintf("%s/.config/rucksack/setup", sp_dir);
	ck_assert_str_eq(path, want);
	free(path);
	free(want);
}
END_TEST

/* Lines not understood are said, with the file and line, and skipped. */
START_TEST(test_bad_lines)
{
	char *dir = xasprintf("%s/conf/rucksack", sp_dir);
	char *cmd = xasprintf("mkdir -p '%s'", dir);
	ck_assert_int_eq(system(cmd), 0);
	char *path = xasprintf("%s/setup", dir);
	FILE *f = fopen(path, "w");
	fputs("# a comment\n\nnonsense\nfacilitator = Sam\ncolour = red\nfacilitator = \x1b[2J\n"
	      "facilitator =\n", f);
	fclose(f);
	struct setup_prefs p = {0};
	struct diags d = {0};
	setup_prefs_load(&p, sp_env, &d);
	ck_assert_str_eq(p.facilitator, "Sam");
	ck_assert_uint_eq(d.n, 4);
	static const int lines[] = {3, 5, 6, 7};
	for (size_t i = 0; i < 4; i++) {
		ck_assert_str_eq(d.v[i].file, path);
		ck_assert_int_eq(d.v[i].line, lines[i]);
	}
	ck_assert_ptr_nonnull(strstr(d.v[0].message, "ignored"));
	setup_prefs_free(&p);
	diags_free(&d);
	free(path);
	free(cmd);
	free(dir);
}
END_TEST

/* The settings file gives the defaults: its facilitator when the setup
 * remembers none, and its slot, which a new round is fitted to. */
START_TEST(test_settings_defaults)
{
	char *dir = xasprintf("%s/conf/rucksack", sp_dir);
	char *cmd = xasprintf("mkdir -p '%s'", dir);
	ck_assert_int_eq(system(cmd), 0);
	char *path = xasprintf("%s/settings", dir);
	FILE *f = fopen(path, "w");
	fputs("facilitator = Ade\nslot = 13\n", f);
	fclose(f);
	struct setup_prefs p = {0};
	struct diags d = {0};
	setup_prefs_load(&p, sp_env, &d);
	ck_assert_uint_eq(d.n, 0);
	ck_assert_str_eq(p.facilitator, "Ade");
	ck_assert_uint_eq(p.slot, 13);

	static struct role roles[1] = {{.id = (char *)"all", .title = (char *)"All", .rest = true}};
	struct phase phases[2] = {{.minutes = 10}, {.minutes = 16}};
	struct doc flow = {.kind = DOC_FLOW, .id = (char *)"f", .path = (char *)"f.json"};
	flow.flow = (struct flow){.roles = roles, .n_roles = 1, .phases = phases, .n_phases = 2,
				  .rounds = 1};
	struct rsetup rs;
	rsetup_init(&rs, &flow);
	setup_prefs_apply(&p, &rs);
	ck_assert_ptr_null(p.facilitator); /* handed over */
	ck_assert_str_eq(rs.facilitator, "Ade");
	ck_assert_uint_eq(rs.slot, 13);
	ck_assert_double_eq(rsetup_total_minutes(&rs), 13.0);
	rsetup_free(&rs);
	setup_prefs_free(&p);

	/* a name the setup remembers comes first */
	p.facilitator = xstrdup("Sam");
	ck_assert_int_eq(setup_prefs_save(&p, sp_env, &d), 0);
	setup_prefs_free(&p);
	setup_prefs_load(&p, sp_env, &d);
	ck_assert_str_eq(p.facilitator, "Sam");
	ck_assert_uint_eq(p.slot, 13);
	setup_prefs_free(&p);
	diags_free(&d);
	free(path);
	free(cmd);
	free(dir);
}
END_TEST

Suite *setup_prefs_suite(void);
Suite *setup_prefs_suite(void)
{
	Suite *s = suite_create("setup_prefs");
	TCase *tc = tcase_create("setup_prefs");
	tcase_add_checked_fixture(tc, sp_setup, sp_teardown);
	tcase_add_test(tc, test_remembered);
	tcase_add_test(tc, test_default_under_home);
	tcase_add_test(tc, test_bad_lines);
	tcase_add_test(tc, test_settings_defaults);
	suite_add_tcase(s, tc);
	return s;
}
