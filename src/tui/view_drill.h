#ifndef RUCKSACK_VIEW_DRILL_H
#define RUCKSACK_VIEW_DRILL_H
/*
 * "Name it": an example question with its context; the mentor names its type
 * with one key (the number shown, or the type's initial), then the subtype
 * where the type has several cards; feedback at once (right or not, the right
 * answer, whether it comes back, the card's body).  Every answer is in the
 * practice journal before its feedback shows.  At the end of the run, or on
 * leaving after an answer, the summary takes its place.
 */
#include "app.h"
#include "core/practice/practice_setup.h"

/* The run p (checked with practice_setup_check; copied), or NULL with the
 * reason on the key line (the journal cannot be opened). */
struct view *drill_open(struct app *a, const struct practice_setup *p);

#endif
