/* Picker rows: cards under their suits, those in a hand marked. */
#include "round_picker.h"

#include <string.h>

#include "core/base/xalloc.h"

static bool rpick_in_hand(const struct session *s, const char *deck, const char *card)
{
	for (size_t i = 0; s && i < session_n_dealt(s); i++) {
		const struct dealt *c = session_dealt(s, i);
		if (!c->withdrawn && strcmp(c->deck, deck) == 0 && strcmp(c->card, card) == 0)
			return true;
	}
	return false;
}

static bool rpick_known_suit(const struct deck *k, const char *suit)
{
	for (size_t i = 0; suit && i < k->n_suits; i++)
		if (strcmp(k->suits[i].id, suit) == 0)
			return true;
	return false;
}

static void rpick_card(struct rpick_row *row, const struct doc *d, const struct session *s,
		       const struct card *c)
{
	*row = (struct rpick_row){.text = c->title ? c->title : c->id, .card = c,
				  .in_hand = rpick_in_hand(s, d->id, c->id)};
}

size_t rpick_rows(const struct doc *d, const struct session *s, struct rpick_row **rows)
{
	const struct deck *k = &d->deck;
	*rows = xcalloc(k->n_cards + k->n_suits + 1, sizeof **rows);
	size_t n = 0;
	for (size_t u = 0; u < k->n_suits; u++) {
		const struct suit *su = &k->suits[u];
		(*rows)[n++] = (struct rpick_row){.text = su->title ? su->title : su->id};
		for (size_t i = 0; i < k->n_cards; i++)
			if (k->cards[i].suit && strcmp(k->cards[i].suit, su->id) == 0)
				rpick_card(&(*rows)[n++], d, s, &k->cards[i]);
	}
	for (size_t i = 0; i < k->n_cards; i++)
		if (!rpick_known_suit(k, k->cards[i].suit))
			rpick_card(&(*rows)[n++], d, s, &k->cards[i]);
	return n;
}

size_t rpick_step(const struct rpick_row *rows, size_t n, size_t i, int dir)
{
	for (size_t j = i; dir < 0 ? j > 0 : j + 1 < n;) {
		j = dir < 0 ? j - 1 : j + 1;
		if (rows[j].card)
			return j;
	}
	return i;
}
