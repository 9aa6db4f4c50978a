#ifndef RUCKSACK_RELOAD_H
#define RUCKSACK_RELOAD_H
/*
 * Reading the decks and flows again while the program runs, so that a
 * champion who adds or changes a deck in a search-path folder sees it at
 * once.  The catalog is the command line's (tui_opts.reload loads it again
 * in place); screens borrow pointers into it (a deck being read, a round's
 * flow), so it is reloaded only when every screen open can let go of them:
 * each view on the stack must have a `reloaded` hook (view_ops), and each is
 * told after.  In practice: the home screen and Browse decks, never while a
 * round, a practice, a deck or a card is open.
 */
#include "app.h"

/* Loads the decks and flows again.  1 when it did (*msg, when msg is not
 * NULL: what was found and the problems, for the key line: "Reloaded: 3
 * decks found; no problems."); 0 when a screen
 * open holds the old catalog, or the program was started without a way to
 * reload (*msg why).  Caller frees *msg. */
int reload_decks(struct app *a, char **msg);

/*
 * What the catalog holds, for the home screen's status line and after a
 * reload: "12 decks found." or "12 decks found; 1 problem in bells.json
 * (see rucksack list)." (missing folders the user named counted too),
 * or how to find decks when there is none.  *p: the colour it is shown in.
 * Caller frees.
 */
char *reload_status(const struct app *a, enum pal *p);

#endif
