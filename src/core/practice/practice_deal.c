#include "core/practice/practice_deal.h"

#include <string.h>

bool practice_write_target(const struct card *c)
{
	return c->n_examples > 0 || c->prompts.n > 0;
}

size_t practice_write_targets(const struct deck *deck, const char *suit)
{
	size_t n = 0;
	for (size_t i = 0; i < deck->n_cards; i++) {
		const struct card *c = &deck->cards[i];
		if ((!suit || (c->suit && strcmp(c->suit, suit) == 0)) && practice_write_target(c))
			n++;
	}
	return n;
}

int practice_write_check(const struct doc *drill, const char *suit,
			 const struct doc *vignettes, const char *vsuit,
			 const char *vignettes_id, struct diags *d)
{
	if (suit && !deck_find_suit(&drill->deck, suit)) {
		diags_error(d, drill->path, 0, 0, DIAG_REFERENCE, "no suit '%s' in this deck", suit);
		return -1;
	}
	if (practice_write_targets(&drill->deck, suit) == 0) {
		diags_error(d, drill->path, 0, 0, DIAG_REFERENCE,
			    "no card%s%s has examples or prompts to compare your questions with",
			    suit ? " of suit " : "", suit ? suit : "");
		return -1;
	}
	if (!vignettes || vignettes->kind != DOC_DECK || vignettes->deck.n_cards == 0) {
		diags_error(d, vignettes ? vignettes->path : drill->path, 0, 0, DIAG_REFERENCE,
			    "writing questions needs the vignette deck '%s', which was not found",
			    vignettes_id);
		return -1;
	}
	if (vsuit && deck_count_suit(&vignettes->deck, vsuit) == 0) {
		diags_error(d, vignettes->path, 0, 0, DIAG_REFERENCE,
			    "no card of suit '%s' in the vignette deck '%s'", vsuit, vignettes->id);
		return -1;
	}
	return 0;
}

int practice_write_deal(struct dealer *dl, const struct doc *drill, const char *suit,
			const struct doc *vignettes, const char *vsuit, size_t *card,
			size_t *vignette)
{
	if (practice_write_targets(&drill->deck, suit) == 0 || deck_count_suit(&vignettes->deck, vsuit) == 0)
		return -1;
	/* A card without examples leaves the pile and the draw goes on; within
	 * two passes of the pile a target comes up, since there is one. */
	long c = -1;
	for (size_t tries = 0; tries <= 2 * drill->deck.n_cards + 1; tries++) {
		c = dealer_draw(dl, drill, suit, NULL);
		if (c >= 0 && practice_write_target(&drill->deck.cards[c]))
			break;
		c = -1;
	}
	long v = dealer_draw(dl, vignettes, vsuit, NULL);
	if (c < 0 || v < 0)
		return -1;
	*card = (size_t)c;
	*vignette = (size_t)v;
	return 0;
}
