#ifndef RUCKSACK_VIEW_DECKS_H
#define RUCKSACK_VIEW_DECKS_H
/*
 * The deck browser's first screen: every deck on the search path (shadowed
 * ones left out), with its title, id and number of cards, and the selected
 * deck's description below the list.  Opens a deck (view_deck.c).
 */
#include "app.h"

struct view *decks_open(struct app *a);

#endif
