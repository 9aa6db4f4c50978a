#ifndef RUCKSACK_VIEW_CHOICE_H
#define RUCKSACK_VIEW_CHOICE_H
/*
 * A short list to choose from in a box over the screen that asked ("Export
 * as": Markdown, JSON...).  ↑ ↓ move, Enter takes the selected choice, Esc
 * (or q) closes the box and changes nothing.  On Enter, chosen(owner, i)
 * runs once the box is closed, and what it returns (R_ flags) is applied to
 * owner as if owner's key handler had returned it.
 */
#include <stddef.h>

#include "app.h"

/* The box for owner; title and the n items are copied. */
struct view *choice_open(struct view *owner, const char *title, const char *const *items,
			 size_t n, int (*chosen)(struct view *owner, size_t i));

#endif
