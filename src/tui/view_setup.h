#ifndef RUCKSACK_VIEW_SETUP_H
#define RUCKSACK_VIEW_SETUP_H
/*
 * The setup of a round (core/round/round_setup.h holds its state): who is present, in
 * seating order, with the seat each would take; add people (names or
 * initials, several at once with commas), remove and reorder them, swap two
 * people's seats, leave an optional role empty, give a seed and the
 * facilitator's name, then start.  The round's phase screen then takes
 * this screen's place (and the list it was opened from goes too); q or Esc
 * goes back to that list.
 */
#include "app.h"
#include "core/deck/model.h"

/* Setup for flow (borrowed from the catalog), opened above from (the flow
 * list, closed with setup once the round starts; NULL: none). */
struct view *setup_open(struct app *a, const struct doc *flow, struct view *from);

#endif
