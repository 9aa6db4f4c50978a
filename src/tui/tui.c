#include "tui.h"

#include <stdlib.h>
#include <unistd.h>

#include "app.h"
#include "term.h"
#include "view_home.h"
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

/* Takes the terminal for a; 0, or -1 with the reason on err. */
static int tui_begin(struct app *a, FILE *err)
{
	const char *nc = app_env(a, "NO_COLOR");
	char *why = NULL;
	app_signals_init();
	if (term_start(!a->opts->no_color && !(nc && *nc), &why) < 0) {
		fprintf(err, "rucksack: %s\n", why);
		free(why);
		return -1;
	}
	return 0;
}

/* Runs a's views until the last closes, then gives the terminal back. */
static int tui_finish(struct app *a)
{
	int sig = app_run(a);
	term_end();
	return sig ? 128 + sig : 0;
}

int tui_main(const struct tui_opts *o, FILE *err)
{
	if (tui_no_terminal(err))
		return 1;
	struct app a = {.opts = o};
	if (tui_begin(&a, err) != 0)
		return 1;
	app_push(&a, home_open(&a));
	if (rounds_offered(&a)) /* a round was left unfinished: offer it first */
		app_push(&a, rounds_open(&a));
	return tui_finish(&a);
}

int tui_round(const struct tui_opts *o, const struct tui_round *r, FILE *err)
{
	if (tui_no_terminal(err))
		return 1;
	struct session *s = NULL;
	struct diags d = {0};
	int st = r->journal ? session_resume(&s, o->cat, r->journal, &d)
			    : session_start(&s, o->cat, r->start, &d);
	if (!s) {
		for (size_t i = 0; i < d.n; i++)
			diag_print_text(err, &d.v[i]);
		diags_free(&d);
		return 1;
	}
	struct app a = {.opts = o};
	if (tui_begin(&a, err) != 0) {
		session_free(s);
		diags_free(&d);
		return 1;
	}
	round_push(&a, s, st, &d, r->journal != NULL);
	diags_free(&d);
	return tui_finish(&a);
}
