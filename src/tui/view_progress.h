#ifndef RUCKSACK_VIEW_PROGRESS_H
#define RUCKSACK_VIEW_PROGRESS_H
/*
 * "Your progress": accuracy per type per ISO week as bars, and the types most
 * often taken for one another, for one deck: the numbers `rucksack stats
 * --deck ID` prints, read from the practice journal when the screen opens.
 */
#include "app.h"
#include "core/deck/model.h"

/* Progress with deck (borrowed; its titles name the types). */
struct view *progress_open(struct app *a, const struct doc *deck);

#endif
