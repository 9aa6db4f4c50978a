#include "tui.h"

#include <stdlib.h>
#include <unistd.h>

#include "app.h"
#include "handover.h"
#include "core/base/utf8.h"
#include "term.h"
#include "view_home.h"
#include "view_practice.h"
#include "view_round.h"
#include "view_rounds.h"

static bool tui_no_terminal(FILE *err)
{
	if (isatty(STDIN_FILENO) && isatty(STDOUT_FILENO))
		return false;
	fputs("rucksack: the full-screen program needs a terminal; "
	      "try `rucksack list` or `rucksack --help`\n",
	      err);
	return true;
}

/* Starts the terminal, runs the loop on the screens open(a, data) pushes (false: it could
 * not, with the reason in a->message), gives the terminal back. */
static int tui_run(const struct tui_opts *o, bool (*open)(struct app *a, const void *data),
		   const void *data, FILE *err)
{
	if (tui_no_terminal(err))
		return 1;
	struct app a = {.opts = o};
	const char *nc = app_env(&a, "NO_COLOR");
	char *why = NULL;
	app_signals_init();
	if (term_start(!o->no_color && !(nc && *nc), &why) < 0) {
		fprintf(err, "rucksack: %s\n", why);
		free(why);
		return 1;
	}
	char *handed = handover_recover(o->env); /* before any round's draft is read */
	if (handed)
		app_message(&a, PAL_WARN, "%s", handed);
	free(handed);
	if (!open(&a, data)) {
		term_end();
		char *vis = utf8_visible(a.message ? a.message : "cannot start", false);
		fprintf(err, "rucksack: %s\n", vis); /* it can name a file */
		free(vis);
		free(a.message);
		return 1;
	}
	int sig = app_run(&a);
	term_end();
	if (a.farewell) { /* it names files and says why a save failed: shown, never obeyed */
		char *vis = utf8_visible(a.farewell, true);
		fprintf(err, "%s\n", vis);
		free(vis);
	}
	free(a.farewell);
	return sig ? 128 + sig : a.lost ? 1 : 0;
}

static bool tui_home(struct app *a, const void *data)
{
	(void)data;
	bool unfinished;
	struct session_info *all;
	size_t n;
	/* one left unfinished: offer it first */
	struct view *offer = rounds_offer_open(a, &unfinished, &all, &n);
	struct view *home = home_open(a);
	home_give_rounds(home, all, n); /* the rounds are read once */
	app_push(a, home);
	if (offer)
		app_push(a, offer);
	return true;
}

int tui_main(const struct tui_opts *o, FILE *err)
{
	return tui_run(o, tui_home, NULL, err);
}

static bool tui_practice_run(struct app *a, const void *data)
{
	struct view *v = practice_run_open(a, data);
	if (v)
		app_push(a, v);
	return v != NULL;
}

int tui_practice(const struct tui_opts *o, const struct practice_setup *p, FILE *err)
{
	return tui_run(o, tui_practice_run, p, err);
}

/* A round started or resumed before the terminal was taken, for its screen. */
struct tui_round_ready {
	struct session *s;
	int st;
	struct diags d;
	bool resumed, pushed;
};

static bool tui_round_run(struct app *a, const void *data)
{
	struct tui_round_ready *r = (struct tui_round_ready *)data;
	round_push(a, r->s, r->st, &r->d, r->resumed);
	r->pushed = true; /* the screen owns the session now */
	return true;
}

int tui_round(const struct tui_opts *o, const struct tui_round *r, FILE *err)
{
	if (tui_no_terminal(err))
		return 1;
	struct tui_round_ready rr = {.resumed = r->journal != NULL};
	char *handed = handover_recover(o->env); /* before the round's draft is read */
	if (handed)
		fprintf(err, "rucksack: %s\n", handed);
	free(handed);
	rr.st = r->journal ? session_resume(&rr.s, o->cat, r->journal, &rr.d)
			   : session_start(&rr.s, o->cat, r->start, &rr.d);
	int status = 1;
	if (rr.s)
		status = tui_run(o, tui_round_run, &rr, err);
	else
		for (size_t i = 0; i < rr.d.n; i++)
			diag_print_text(err, &rr.d.v[i]);
	if (rr.s && !rr.pushed)
		session_free(rr.s);
	diags_free(&rr.d);
	return status;
}
