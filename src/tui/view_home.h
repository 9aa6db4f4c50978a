#ifndef RUCKSACK_VIEW_HOME_H
#define RUCKSACK_VIEW_HOME_H
/*
 * The home screen: a menu of what the program can do, and under it (beside
 * it in a wide window) the newest rounds kept, one line each: the day, the
 * flow, the phase reached, the people, and a mark where typed text waits
 * unsaved (rounds_recent picks them; a line says how many more, and `a`
 * lists them all).  The selection goes down the menu into the rounds;
 * Enter on a round resumes it (an ended one opens to read), t reads its
 * transcript, e exports it, x deletes it (asking first).  A window too
 * short for the list says how many rounds are kept and the key to see them.
 * The entries are one table in view_home.c; adding a screen to the menu is
 * adding one line there: its label, a sentence about it, the function that
 * opens it, and (optionally) a test of whether it is offered now.
 */
#include <stdbool.h>

#include "app.h"
#include "core/round/session.h"

struct view *home_open(struct app *a);
/* Gives the home screen the rounds kept (session_list's, n of them; it
 * takes them), so that it need not read them before it is next on top:
 * start-up has just read them, and reading years of them twice is what
 * makes a start slow. */
void home_give_rounds(struct view *v, struct session_info *rounds, size_t n);

#endif
