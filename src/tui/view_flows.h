#ifndef RUCKSACK_VIEW_FLOWS_H
#define RUCKSACK_VIEW_FLOWS_H
/*
 * "Start a round": the flows on the search path, each with its length in
 * minutes and, for the selected one, its description.  Enter goes on to the
 * setup screen for it, above this list: going back from setup returns here,
 * and starting the round closes both.  q, Esc, ← and h go back.
 */
#include <stdbool.h>

#include "app.h"

struct view *flows_open(struct app *a);
/* True when the search path holds a flow (a round can be started). */
bool flows_offered(const struct app *a);

#endif
