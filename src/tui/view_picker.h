#ifndef RUCKSACK_VIEW_PICKER_H
#define RUCKSACK_VIEW_PICKER_H
/*
 * Choosing a card by hand: a deck's cards under their suits (round_picker.h),
 * those already in someone's hand marked.  Enter gives the selected card,
 * o opens it to read first, q goes back without choosing.
 */
#include "app.h"
#include "core/deck/model.h"
#include "core/round/session.h"

/* The choice: replace is the picker's `replace` (-1: a new card); returns R_ flags. */
typedef int (*picker_fn)(void *data, long replace, const char *deck, const char *card);

/* A picker over deck (borrowed, as is s) for `who` ("for Ben, instead of the selected card"). */
struct view *picker_open(struct app *a, const struct doc *deck, const struct session *s,
			 const char *who, picker_fn chosen, void *data, long replace);

#endif
