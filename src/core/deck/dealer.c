/*
 * The dealer keeps, per deck id, one flag per card: has it left the pile.  A
 * draw is two passes over the deck (sum the weights still in the pile, then
 * walk to the chosen one), so it is O(cards) with no other state to keep in
 * step with a journal: marking and returning are single flag writes.
 */
#include "core/deck/dealer.h"

#include <stdlib.h>
#include <string.h>

#include "core/base/xalloc.h"

struct dealer_pile {
	char *deck_id;
	unsigned char *out; /* out[i] != 0: card i has left the pile */
	size_t n;
};

struct dealer {
	struct rng rng;
	struct dealer_pile *piles;
	size_t n_piles, cap_piles;
};

struct dealer *dealer_new(uint64_t seed)
{
	struct dealer *dl = xcalloc(1, sizeof *dl);
	rng_seed(&dl->rng, seed);
	return dl;
}

void dealer_free(struct dealer *dl)
{
	if (!dl)
		return;
	for (size_t i = 0; i < dl->n_piles; i++) {
		free(dl->piles[i].deck_id);
		free(dl->piles[i].out);
	}
	free(dl->piles);
	free(dl);
}

/* The pile of deck's id, made on first sight, sized to the deck's cards
 * (a card added to the file since is in the pile). */
static struct dealer_pile *dealer_pile(struct dealer *dl, const struct doc *deck)
{
	const char *id = deck->id ? deck->id : "";
	struct dealer_pile *p = NULL;
	for (size_t i = 0; i < dl->n_piles && !p; i++)
		if (strcmp(dl->piles[i].deck_id, id) == 0)
			p = &dl->piles[i];
	if (!p) {
		xgrow((void **)&dl->piles, &dl->cap_piles, dl->n_piles + 1, sizeof *dl->piles);
		p = &dl->piles[dl->n_piles++];
		*p = (struct dealer_pile){.deck_id = xstrdup(id)};
	}
	size_t n = deck->deck.n_cards;
	if (p->n != n) {
		p->out = xrealloc(p->out, n ? n : 1);
		if (n > p->n)
			memset(p->out + p->n, 0, n - p->n);
		p->n = n;
	}
	return p;
}

static bool dealer_in_suit(const struct card *c, const char *suit)
{
	return !suit || (c->suit && strcmp(c->suit, suit) == 0);
}

/* A weight of 0 cannot come from the loader (>= 1); count it as 1 rather
 * than let a card never come up. */
static uint64_t dealer_weight(const struct card *c)
{
	return c->weight ? c->weight : 1;
}

/* Sum of the weights of suit's cards still in the pile; *any says whether
 * the deck has a card of suit at all. */
static uint64_t dealer_weight_left(const struct deck *d, const struct dealer_pile *p,
				   const char *suit, bool *any)
{
	uint64_t total = 0;
	*any = false;
	for (size_t i = 0; i < d->n_cards; i++) {
		if (!dealer_in_suit(&d->cards[i], suit))
			continue;
		*any = true;
		if (!p->out[i])
			total += dealer_weight(&d->cards[i]);
	}
	return total;
}

long dealer_draw(struct dealer *dl, const struct doc *deck, const char *suit, bool *reshuffled)
{
	bool any;
	if (reshuffled)
		*reshuffled = false;
	if (!deck || deck->kind != DOC_DECK)
		return -1;
	const struct deck *d = &deck->deck;
	struct dealer_pile *p = dealer_pile(dl, deck);
	uint64_t total = dealer_weight_left(d, p, suit, &any);
	if (!any)
		return -1;
	if (total == 0) { /* only suit's part of the pile is refilled */
		for (size_t i = 0; i < d->n_cards; i++)
			if (dealer_in_suit(&d->cards[i], suit))
				p->out[i] = 0;
		if (reshuffled)
			*reshuffled = true;
		total = dealer_weight_left(d, p, suit, &any);
	}
	uint64_t r = rng_below(&dl->rng, total);
	for (size_t i = 0; i < d->n_cards; i++) {
		if (p->out[i] || !dealer_in_suit(&d->cards[i], suit))
			continue;
		uint64_t w = dealer_weight(&d->cards[i]);
		if (r < w) {
			p->out[i] = 1;
			return (long)i;
		}
		r -= w;
	}
	return -1; /* not reached: r < total */
}

void dealer_mark_dealt(struct dealer *dl, const struct doc *deck, size_t card)
{
	struct dealer_pile *p = dealer_pile(dl, deck);
	if (card < p->n)
		p->out[card] = 1;
}

void dealer_return(struct dealer *dl, const struct doc *deck, size_t card)
{
	struct dealer_pile *p = dealer_pile(dl, deck);
	if (card < p->n)
		p->out[card] = 0;
}

void dealer_get_rng(const struct dealer *dl, struct rng *out)
{
	*out = dl->rng;
}

void dealer_set_rng(struct dealer *dl, const struct rng *in)
{
	dl->rng = *in;
}
