#ifndef RUCKSACK_VIEW_DECK_H
#define RUCKSACK_VIEW_DECK_H
/*
 * One deck: its title, details and description, then its cards under their
 * suits (suit headings cannot be selected).  Opens a card (view_card.c).
 */
#include "app.h"
#include "core/deck/model.h"

/* A screen for deck (borrowed from the catalog, which outlives the screen). */
struct view *deck_open(struct app *a, const struct doc *deck);

#endif
