#ifndef RUCKSACK_VIEW_READER_H
#define RUCKSACK_VIEW_READER_H
/*
 * A round's transcript to read (from the rounds list): rebuilt from its
 * journal by the core (tread_load), laid out to the window and scrolled
 * with the reading keys; q goes back.
 */
#include "app.h"

/* The reader for the round whose journal is at journal (title: the title
 * line's), or NULL with why in a message when it cannot be rebuilt. */
struct view *reader_open(struct app *a, const char *journal, const char *title);

#endif
