#ifndef RUCKSACK_VIEW_CARD_H
#define RUCKSACK_VIEW_CARD_H
/*
 * One card opened to read: its title and suit, its body, prompts and
 * examples, and tags, wrapped to the window and scrolled.  The previous and
 * next card keys step through the deck in the order the deck screen lists
 * the cards (under their suits).
 */
#include "app.h"
#include "core/deck/model.h"

/* A screen for card of deck (both borrowed from the catalog). */
struct view *card_open(struct app *a, const struct doc *deck, const struct card *card);

#endif
