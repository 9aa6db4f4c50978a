/*
 * The rounds kept (issue 11) on a headless curses screen: each round says
 * where it stands and whether typed text waits; t reads its transcript, e
 * exports it (to the file named, asking before replacing one), x deletes
 * it after asking; and no key means two things there.
 */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "core/base/xalloc.h"
#include "core/round/session.h"
#include "tui/app.h"
#include "tui/rounds_text.h"
#include "tui/view_rounds.h"

#include "../support/headless.h"

static struct catalog cat;
static struct tui_opts opts;
static struct app app;
static char rl_home[64];

static const char *rl_env(const char *name)
{
	if (!strcmp(name, "XDG_DATA_HOME") || !strcmp(name, "TMPDIR") || !strcmp(name, "HOME"))
		return rl_home;
	return NULL;
}

static void rl_setup(void)
{
	const char *src = getenv("RUCKSACK_SRCDIR");
	hl_open();
	strcpy(rl_home, "/tmp/ck-rlist-XXXXXX");
	ck_assert_ptr_nonnull(mkdtemp(rl_home));
	struct strv dirs = {0};
	struct diags d = {0};
	strv_push_owned(&dirs, xasprintf("%s/decks", src ? src : "."));
	memset(&cat, 0, sizeof cat);
	catalog_load(&cat, &dirs, &d);
	diags_free(&d);
	strv_free(&dirs);
	opts = (struct tui_opts){.cat = &cat, .env = rl_env};
	app = (struct app){.opts = &opts};
}

static void rl_teardown(void)
{
	hl_app_free(&app);
	hl_close();
	catalog_free(&cat);
	char *cmd = xasprintf("rm -rf '%s'", rl_home);
	ck_assert_int_eq(system(cmd), 0);
	free(cmd);
}

static void rl_message(const char *want)
{
	ck_assert_msg(app.message && strstr(app.message, want), "message \"%s\", not \"%s\"",
		      app.message ? app.message : "(none)", want);
}

/* A Bells that Ring round moved on to phase (from 0), with a note (may be
 * NULL) there, ended or not; its journal's path. */
static char *rl_round_noted(size_t phase, bool end, bool draft, const char *note)
{
	struct strv p = {0};
	strv_split(&p, "Ana,Zoë,Ben,Chi", ',');
	char *dir = xasprintf("%s/rucksack/sessions", rl_home);
	struct session_opts o = {.flow_id = "bells-that-ring", .people = &p, .dir = dir};
	struct session *s = NULL;
	struct diags d = {0};
	ck_assert_int_eq(session_start(&s, &cat, &o, &d), SESSION_OK);
	for (size_t i = 0; i < phase; i++)
		ck_assert_int_eq(session_next(s, &d), SESSION_OK);
	char typed[] = "half a thought";
	struct session_draft dr = {.round = 0, .phase = phase, .person = -1, .text = typed};
	if (note)
		ck_assert_int_eq(session_add_entry(s, true, -1, NULL, NULL, note, NULL, &d),
				 SESSION_OK);
	if (draft)
		ck_assert_int_eq(session_draft_save(s, &dr, &d), 0);
	if (end)
		ck_assert_int_eq(session_end(s, &d), SESSION_OK);
	struct session_info *v = NULL;
	size_t n = 0;
	session_list(dir, NULL, &v, &n, &d);
	char *path = xstrdup(v[0].path); /* the newest */
	session_info_free(v, n);
	session_free(s);
	diags_free(&d);
	strv_free(&p);
	free(dir);
	return path;
}

static char *rl_round(size_t phase, bool end, bool draft)
{
	return rl_round_noted(phase, end, draft, NULL);
}

START_TEST(test_rounds_text)
{
	struct session_info si = {.n_phases = 7, .rounds = 1, .phase = 2};
	char *t = rounds_reached(&si);
	ck_assert_str_eq(t, "phase 3 of 7");
	free(t);
	si.rounds = 3, si.round = 1;
	t = rounds_reached(&si);
	ck_assert_str_eq(t, "round 2 of 3, phase 3 of 7");
	free(t);
	si.ended = true;
	t = rounds_reached(&si);
	ck_assert_str_eq(t, "ended");
	free(t);
	ck_assert_ptr_null(rounds_unsaved(&si));
	si.rescued = true;
	ck_assert_str_eq(rounds_unsaved(&si), "a rescue copy waits");
	si.draft = true;
	ck_assert_str_eq(rounds_unsaved(&si), "a draft waits");
	/* on the first line, whatever the names: the start-up offer cuts the second */
	si.ended = false, si.rescued = false, si.started_at = 1795555690000;
	si.flow_id = (char *)"bells";
	char *one, *two;
	rounds_row(&si, "Bells that Ring", NULL, 0, &one, &two);
	ck_assert_msg(strstr(one, "· round 2 of 3, phase 3 of 7 · a draft waits"), "%s", one);
	ck_assert_ptr_null(strstr(two, "waits"));
	free(one);
	free(two);
}
END_TEST

/* Every round is listed, with where it stands and a draft waiting; the
 * resume list has the unfinished one alone; no key has two meanings. */
START_TEST(test_rounds_kept_listed)
{
	char *ended = rl_round(6, true, false), *open = rl_round(2, false, true);
	struct view *v = rounds_all_open(&app);
	ck_assert_int_eq(keys_conflict(v->ops->keys, false), 0);
	app_push(&app, v);
	hl_draw(&app, v);
	hl_shows("Rounds kept on this machine, newest first.");
	hl_shows("Bells that Ring · ended");
	hl_shows("Bells that Ring · phase 3 of 7");
	hl_shows("a draft waits");
	app_close(&app, v);
	v = rounds_open(&app);
	app_push(&app, v);
	hl_draw(&app, v);
	hl_shows("phase 3 of 7");
	hl_not_shown("· ended");
	free(ended), free(open);
}
END_TEST

/* t reads the selected round's transcript, rebuilt from its journal. */
START_TEST(test_rounds_read)
{
	char *ended = rl_round(6, true, false);
	struct view *v = rounds_all_open(&app);
	app_push(&app, v);
	hl_draw(&app, v);
	hl_press(&app, 't');
	struct view *reader = app_top(&app);
	ck_assert_ptr_ne(reader, v);
	hl_draw(&app, reader);
	hl_shows("Bells that Ring (bells-that-ring)"); /* the title, its marks taken off */
	hl_shows("People and roles");
	hl_press(&app, 'q');
	ck_assert_ptr_eq(app_top(&app), v);
	free(ended);
}
END_TEST

static char *rl_slurp(const char *path)
{
	FILE *f = fopen(path, "r");
	if (!f)
		return xstrdup("");
	char *buf = xcalloc(1 << 16, 1);
	size_t n = fread(buf, 1, (1 << 16) - 1, f);
	buf[n] = '\0';
	fclose(f);
	return buf;
}

/* e: Markdown, anonymised, to the file offered (saying a word that looks
 * like a name was left, to check); again, and the file there is replaced
 * only once the user says yes. */
START_TEST(test_rounds_export)
{
	char *ended = rl_round_noted(6, true, false, "Anabel came late");
	struct view *v = rounds_all_open(&app);
	app_push(&app, v);
	hl_draw(&app, v);
	const char *id = strrchr(ended, '/') + 1;
	char *out = xasprintf("%s/rucksack-%.*s-anonymised.md", rl_home, (int)(strlen(id) - 6), id);
	for (int pass = 0; pass < 3; pass++) {
		hl_press(&app, 'e');
		hl_draw(&app, app_top(&app));
		hl_shows("Markdown, anonymised");
		hl_press(&app, K_DOWN);
		hl_press(&app, K_ENTER); /* the file's name, offered */
		hl_draw(&app, app_top(&app));
		hl_press(&app, K_ENTER);
		app_settle(&app);
		if (pass == 0) {
			rl_message("Exported to");
			rl_message("1 word looks like a name it did not replace: check before sharing");
			char *text = rl_slurp(out);
			ck_assert_ptr_nonnull(strstr(text, "P1"));
			ck_assert_ptr_null(strstr(text, "Zoë"));
			free(text);
			FILE *f = fopen(out, "w");
			fputs("mine", f);
			fclose(f);
			continue;
		}
		hl_draw(&app, app_top(&app));
		hl_shows("Replace ");
		hl_press(&app, pass == 1 ? 'n' : 'y');
		app_settle(&app);
		char *text = rl_slurp(out);
		ck_assert_msg(pass == 1 ? !strcmp(text, "mine") : !strncmp(text, "# ", 2), "%s", text);
		free(text);
	}
	ck_assert_ptr_eq(app_top(&app), v);
	free(out), free(ended);
}
END_TEST

/* x asks first, says it cannot be undone; no keeps the round, yes removes it. */
START_TEST(test_rounds_delete)
{
	char *ended = rl_round(6, true, false), *open = rl_round(1, false, true);
	struct view *v = rounds_all_open(&app);
	app_push(&app, v);
	hl_draw(&app, v);
	hl_press(&app, 'x'); /* the newest: the unfinished one, with its draft */
	hl_draw(&app, app_top(&app));
	hl_shows("cannot be undone");
	hl_press(&app, 'n');
	app_settle(&app);
	ck_assert_int_eq(access(open, F_OK), 0);
	hl_press(&app, 'x');
	hl_press(&app, 'y');
	app_settle(&app);
	rl_message("Deleted");
	ck_assert_int_eq(access(open, F_OK), -1);
	char *draft = session_sibling(open, ".draft");
	ck_assert_int_eq(access(draft, F_OK), -1);
	ck_assert_int_eq(access(ended, F_OK), 0);
	hl_draw(&app, v);
	hl_shows("ended");
	hl_not_shown("phase 2 of 7");
	free(draft), free(ended), free(open);
}
END_TEST

Suite *rounds_list_suite(void);
Suite *rounds_list_suite(void)
{
	Suite *s = suite_create("rounds_list");
	TCase *tc = tcase_create("rounds_list");
	tcase_add_checked_fixture(tc, rl_setup, rl_teardown);
	tcase_set_timeout(tc, 60);
	tcase_add_test(tc, test_rounds_text);
	tcase_add_test(tc, test_rounds_kept_listed);
	tcase_add_test(tc, test_rounds_read);
	tcase_add_test(tc, test_rounds_export);
	tcase_add_test(tc, test_rounds_delete);
	suite_add_tcase(s, tc);
	return s;
}
