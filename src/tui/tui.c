#include "tui.h"

#include <stdlib.h>
#include <unistd.h>

#include "app.h"
#include "term.h"
#include "view_home.h"
#include "view_practice.h"

/* Starts the terminal, runs the loop from the screen open(a, data) gives, gives the terminal back. */
static int tui_run(const struct tui_opts *o, struct view *(*open)(struct app *a, const void *data),
		   const void *data, FILE *err)
{
	if (!isatty(STDIN_FILENO) || !isatty(STDOUT_FILENO)) {
		fputs("rucksack: the full-screen program needs a terminal; "
		      "try `rucksack list` or `rucksack --help`\n",
		      err);
		return 1;
	}
	struct app a = {.opts = o};
	const char *nc = app_env(&a, "NO_COLOR");
	char *why = NULL;
	app_signals_init();
	if (term_start(!o->no_color && !(nc && *nc), &why) < 0) {
		fprintf(err, "rucksack: %s\n", why);
		free(why);
		return 1;
	}
	struct view *first = open(&a, data);
	if (!first) {
		term_end();
		fprintf(err, "rucksack: %s\n", a.message ? a.message : "cannot start");
		free(a.message);
		return 1;
	}
	app_push(&a, first);
	int sig = app_run(&a);
	term_end();
	return sig ? 128 + sig : 0;
}

static struct view *tui_home(struct app *a, const void *data)
{
	(void)data;
	return home_open(a);
}

int tui_main(const struct tui_opts *o, FILE *err)
{
	return tui_run(o, tui_home, NULL, err);
}

static struct view *tui_practice_run(struct app *a, const void *data)
{
	return practice_run_open(a, data);
}

int tui_practice(const struct tui_opts *o, const struct practice_setup *p, FILE *err)
{
	return tui_run(o, tui_practice_run, p, err);
}
