#include "tui.h"

#include <stdlib.h>
#include <unistd.h>

#include "app.h"
#include "term.h"
#include "view_home.h"

int tui_main(const struct tui_opts *o, FILE *err)
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
	app_push(&a, home_open(&a));
	int sig = app_run(&a);
	term_end();
	return sig ? 128 + sig : 0;
}
