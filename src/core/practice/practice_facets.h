#ifndef RUCKSACK_PRACTICE_FACETS_H
#define RUCKSACK_PRACTICE_FACETS_H
/*
 * How two suits of a deck differ on their facets (rucksack-deck(5): named
 * axes such as Tomm's intent and assumptions), in words the drill shows
 * after an answer and in a run's summary.  Only facets both suits name are
 * compared; a deck without facets gets no words (NULL).
 */
#include <stddef.h>

#include "core/deck/model.h"

/* One line comparing suit right with suit given, the shared facets first:
 * "Same assumptions (circular); on intent, Reflexive is influencing and
 * Circular is orienting."  NULL when no facet differs.  Fresh string. */
char *practice_facet_contrast(const struct deck *deck, size_t right, size_t given);

/* The facets that tell suits a and b apart, with each one's values:
 * "intent (Circular: orienting, Reflexive: influencing)", several joined by
 * "; ".  NULL when no facet differs.  Fresh string. */
char *practice_facet_apart(const struct deck *deck, size_t a, size_t b);

#endif
