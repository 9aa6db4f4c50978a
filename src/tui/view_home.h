#ifndef RUCKSACK_VIEW_HOME_H
#define RUCKSACK_VIEW_HOME_H
/*
 * The home screen: a menu of what the program can do.  The entries are one
 * table in view_home.c; adding a screen to the menu is adding one line
 * there: its label, a sentence about it, the function that opens it, and
 * (optionally) a test of whether it is offered now.
 */
#include "app.h"

struct view *home_open(struct app *a);

#endif
