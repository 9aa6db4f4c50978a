#ifndef RUCKSACK_TUI_H
#define RUCKSACK_TUI_H
/*
 * src/tui: the full-screen program, the only user of curses, and only
 * through term.h.  Depends on the core; the cli starts it through this header.
 * State and policy stay in the core: a screen draws and maps keys.  Files:
 *   tui.c              the entry points: home, a round, practice (here)
 *   app.c              the view stack and the loop that feeds it (app.h)
 *   term, input, keys  curses itself, keys read, keys as actions
 *   draw, cell, bigfont, tlines, scroll*
 *                      drawing and laying out text by display width
 *   textedit, extedit  the editor's model; the user's own $EDITOR
 *   view_*.c           one file per screen
 *   round_*.c          the round's screens' parts (most laid out without
 *                      curses, so tested as text)
 *   practice_*.c, write_page
 *                      the practice screens' shared parts and layouts
 *   reload             reading the decks again while running
 */
/*
 * The full-screen program's entry point, for the command line.  No curses
 * in this header: the cli includes it.
 */
#include <stdbool.h>
#include <stdio.h>

#include "core/deck/catalog.h"
#include "core/round/session.h"
#include "core/base/diag.h"
#include "core/practice/practice_setup.h"
#include "core/deck/searchpath.h"

struct tui_opts {
	const struct catalog *cat;     /* decks and flows on the search path (borrowed) */
	const struct diags *problems;  /* files that failed to load; may be NULL */
	bool no_color;                 /* --no-color, or NO_COLOR set and not empty */
	env_fn env;                    /* environment lookup ($VISUAL, $EDITOR...); NULL: getenv */
	/* Optional: loads the search path again into *cat and *problems (the
	 * same objects, their contents replaced; the old catalog's docs freed).
	 * NULL: the decks cannot be reloaded (reload.h says when it is called). */
	void (*reload)(void *data);
	void *reload_data;
};

/*
 * Opens the home screen and runs until the user quits.  Refuses, with one
 * line on err, when stdin or stdout is not a terminal.  Returns the exit
 * status: 0 after quitting, 1 when it could not start, 128 + N after
 * signal N (SIGTERM, SIGHUP, SIGINT), with the terminal restored.
 */
int tui_main(const struct tui_opts *o, FILE *err);

/*
 * `rucksack practice`: opens the practice run p (checked beforehand with
 * practice_setup_check; p is copied) instead of the home screen, and ends
 * when the user leaves it.  Returns as tui_main.
 */
int tui_practice(const struct tui_opts *o, const struct practice_setup *p, FILE *err);

/* What `rucksack run` and `rucksack resume` open instead of the home screen. */
struct tui_round {
	const struct session_opts *start; /* start a round with these, or */
	const char *journal;		  /* resume the round of this journal */
};

/*
 * Starts or resumes a round, then runs its phase screen until the user
 * leaves it.  A round that cannot start or resume is reported on err
 * (file:line: message) before the terminal is taken, and 1 returned;
 * otherwise as tui_main.
 */
int tui_round(const struct tui_opts *o, const struct tui_round *r, FILE *err);

#endif
