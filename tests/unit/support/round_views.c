/* The round screens' fixture: a headless screen, the stock decks and
 * tests/data/round, rounds kept in a scratch folder (round_views.h). */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "core/base/utf8.h"
#include "core/base/xalloc.h"
#include "core/deck/catalog.h"
#include "core/round/round_setup.h"
#include "tui/view_round.h"

#include "headless.h"
#include "round_views.h"
#include "catalog_fixture.h"

struct catalog rv_cat;
struct tui_opts rv_opts;
struct app rv_app;
char rv_home[64];

unsigned rv_data_lookups; /* XDG_DATA_HOME asked for: each listing of the rounds asks */

const char *rv_env(const char *name)
{
	rv_data_lookups += strcmp(name, "XDG_DATA_HOME") == 0;
	/* rescue copies go to and are looked for in the scratch folder too */
	return strcmp(name, "XDG_DATA_HOME") == 0 || strcmp(name, "TMPDIR") == 0 ? rv_home : NULL;
}

void rv_setup(void)
{
	hl_open();
	strcpy(rv_home, "/tmp/ck-rviews-XXXXXX");
	ck_assert_ptr_nonnull(mkdtemp(rv_home));
	CFX_LOAD(&rv_cat, "decks", "tests/data/round");
	rv_opts = (struct tui_opts){.cat = &rv_cat, .env = rv_env};
	rv_app = (struct app){.opts = &rv_opts};
}

void rv_teardown(void)
{
	hl_app_free(&rv_app);
	hl_close();
	catalog_free(&rv_cat);
	char *cmd = xasprintf("rm -rf '%s'", rv_home);
	ck_assert_int_eq(system(cmd), 0);
	free(cmd);
}

void ck_message(const char *want)
{
	ck_assert_msg(rv_app.message && strstr(rv_app.message, want), "message \"%s\", not \"%s\"",
		      rv_app.message ? rv_app.message : "(none)", want);
}

const int rv_sizes[3][2] = {{24, 80}, {12, 40}, {60, 200}};

/* A Bells that Ring round for four people, in the scratch sessions folder. */
struct session *rv_session(const char *people)
{
	struct strv p = {0};
	strv_split(&p, people, ',');
	char *dir = xasprintf("%s/rucksack/sessions", rv_home);
	char *cmd = xasprintf("mkdir -p '%s'", dir);
	ck_assert_int_eq(system(cmd), 0);
	/* five or more: the fourth is seated as a trained mentor who is present,
	 * six or more: the fifth as the process observer, as the setup's o does */
	struct rsetup rs;
	struct diags d = {0};
	rsetup_init(&rs, catalog_find_kind(&rv_cat, "bells-that-ring", DOC_FLOW));
	/* names the setup would refuse (as some tests give) keep the flow's own seats */
	bool same = rsetup_add_list(&rs, people, &d) == 0 && rs.people.n == p.n;
	char *chosen = p.n >= 6 ? xasprintf("mentor=%s,process-observer=%s", p.v[3], p.v[4])
		       : p.n >= 5 ? xasprintf("mentor=%s", p.v[3]) : NULL;
	if (chosen && same)
		ck_assert_int_eq(rsetup_place_list(&rs, chosen, &d), 0);
	free(chosen);
	struct session_opts o = {.flow_id = "bells-that-ring", .people = &p, .has_seed = true,
				 .seed = 7, .dir = dir, .seats = same && rs.seated ? rs.seats : NULL};
	struct session *s = NULL;
	diags_free(&d);
	ck_assert_int_eq(session_start(&s, &rv_cat, &o, &d), SESSION_OK);
	rsetup_free(&rs);
	diags_free(&d);
	strv_free(&p);
	free(cmd);
	free(dir);
	return s;
}

/* The phase screen on the Interview (phase 3), with reflections and notes
 * enough that its body never fits, even at 200x60. */
struct round *rv_phase_screen(const char *people)
{
	struct session *s = rv_session(people);
	struct diags d = {0};
	ck_assert_int_eq(session_goto(s, 0, 2, &d), SESSION_OK);
	for (int i = 0; i < 12; i++) {
		char *t = xasprintf("Reflection %d: what the interview opened up, in a few words "
				    "and then some more, so that it wraps.\nA second paragraph.", i);
		ck_assert_int_eq(session_add_entry(s, i % 3 == 0, -1, NULL, NULL, t, NULL, &d),
				 SESSION_OK);
		free(t);
	}
	diags_free(&d);
	struct view *v = round_open(&rv_app, s, NULL, false);
	app_push(&rv_app, v);
	hl_draw(&rv_app, v);
	return (struct round *)v;
}

/* A bracketed paste of s through the loop's steps, its keys as input_read gives them. */
void rv_paste(const char *s)
{
	app_input(&rv_app, K_PASTE_BEGIN);
	for (size_t i = 0, len = strlen(s); i < len;) {
		uint32_t cp;
		size_t n = utf8_decode(s + i, len - i, &cp);
		app_input(&rv_app, cp == '\n' ? K_ENTER : cp == 0x1b ? K_ESC : (int)cp);
		i += n ? n : 1;
	}
	app_input(&rv_app, K_PASTE_END);
}

/* Nothing drawn where the view has no business: the title and key lines are
 * the loop's (a bare view has the whole screen, which curses clips). */
void ck_within_area(const struct view *v)
{
	if (v->ops->flags & VIEW_BARE)
		return;
	char *top = hl_row(0), *bottom = hl_row(LINES - 1);
	ck_assert_msg(!*top && !*bottom, "%s at %dx%d drew outside its area: \"%s\" / \"%s\"",
		      v->ops->name, COLS, LINES, top, bottom);
	free(top);
	free(bottom);
}

/* Whether some row of the screen is exactly want. */
bool rv_has_row(const char *want)
{
	bool found = false;
	for (int y = 0; y < LINES && !found; y++) {
		char *row = hl_row(y);
		found = !strcmp(row, want);
		free(row);
	}
	return found;
}
