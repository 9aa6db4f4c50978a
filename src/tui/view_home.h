#ifndef RUCKSACK_VIEW_HOME_H
#define RUCKSACK_VIEW_HOME_H
/*
 * The home screen: a menu of what the program can do.  The entries are one
 * table in view_home.c; adding a screen to the menu is adding one line
 * there: its label, a sentence about it, the function that opens it, and
 * (optionally) a test of whether it is offered now.
 */
#include <stdbool.h>

#include "app.h"

struct view *home_open(struct app *a);
/* Tells the home screen what offered (one of its entries' tests) says now,
 * so that it need not ask before it is next on top: start-up has just read
 * the rounds, and reading years of them twice is what makes a start slow. */
void home_known(struct view *v, bool (*offered)(const struct app *a), bool value);

#endif
