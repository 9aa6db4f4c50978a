#ifndef RUCKSACK_ROUND_PICKER_H
#define RUCKSACK_ROUND_PICKER_H
/*
 * The rows of the "choose a card by hand" picker, without curses: a deck's
 * cards grouped under their suits in the deck's order (cards without a suit,
 * or of a suit the deck does not list, come last), each marked when it is
 * already in someone's hand in this session.  Suit headings are rows too,
 * but cannot be chosen.
 */
#include <stdbool.h>
#include <stddef.h>

#include "core/deck/model.h"
#include "core/round/session.h"

struct rpick_row {
	const char *text;	  /* suit or card title (borrowed from the deck) */
	const struct card *card; /* NULL on a suit heading */
	bool in_hand;		  /* dealt and not withdrawn, somewhere in the session */
};

/* Fills *rows (caller frees) for deck d; s (may be NULL) marks cards in hand.  Returns the count. */
size_t rpick_rows(const struct doc *d, const struct session *s, struct rpick_row **rows);

/* The row after (dir +1) or before (dir -1) row i that holds a card; i itself when none. */
size_t rpick_step(const struct rpick_row *rows, size_t n, size_t i, int dir);

#endif
