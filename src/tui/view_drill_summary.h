#ifndef RUCKSACK_VIEW_DRILL_SUMMARY_H
#define RUCKSACK_VIEW_DRILL_SUMMARY_H
/*
 * The end of a naming run: the score, accuracy per type as bars, which type
 * was taken for which, and the subtypes mixed up; p opens the progress
 * screen for the deck.
 */
#include "app.h"
#include "core/practice/practice_drill.h"

/* A summary of dr, which it takes over (dr is left zeroed). */
struct view *drill_summary_open(struct app *a, struct practice_drill *dr);

#endif
