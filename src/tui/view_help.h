#ifndef RUCKSACK_VIEW_HELP_H
#define RUCKSACK_VIEW_HELP_H
/*
 * The help screen (?, F1): the keys of the screen it was opened from, as
 * that screen's keymap says, then the keys every screen has.  Generated
 * from the ACTIONS table, so it cannot drift from what the keys do.
 */
#include "app.h"

/* A help screen for view v (which must stay open beneath it). */
struct view *help_open(const struct view *v);

#endif
