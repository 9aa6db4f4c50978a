#ifndef RUCKSACK_DEALER_H
#define RUCKSACK_DEALER_H
/*
 * Dealing cards without replacement across a whole session.  The dealer
 * remembers, per deck id, which cards have left the pile.  A draw picks among
 * the cards still in the pile (restricted to a suit when asked), each with a
 * chance proportional to its weight; when none is left to pick from, those
 * cards are shuffled back in (a reshuffle) and the draw goes on.
 */
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "core/deck/model.h"
#include "core/base/rng.h"

struct dealer;

struct dealer *dealer_new(uint64_t seed);
void dealer_free(struct dealer *dl);

/*
 * Draws one card from deck (a DOC_DECK doc), from suit only when suit is
 * non-NULL.  Returns the card's index in deck->deck.cards, or -1 when the
 * deck has no card of that suit.  *reshuffled, when non-NULL, is set to
 * whether the pile had to be refilled first.
 */
long dealer_draw(struct dealer *dl, const struct doc *deck, const char *suit, bool *reshuffled);

/* Records that card left the pile by other means (chosen by hand, or replayed from a journal). */
void dealer_mark_dealt(struct dealer *dl, const struct doc *deck, size_t card);

/* Puts a card back into the pile (a redealt card goes back). */
void dealer_return(struct dealer *dl, const struct doc *deck, size_t card);

/* The generator's state, so a resumed session deals on exactly as before. */
void dealer_get_rng(const struct dealer *dl, struct rng *out);
void dealer_set_rng(struct dealer *dl, const struct rng *in);

#endif
