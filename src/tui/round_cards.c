/* The phase screen's cards: reading one, dealing it again, choosing one by hand. */
#include <stdlib.h>

#include "core/deck/model.h"
#include "core/base/xalloc.h"
#include "core/round/turn.h"
#include "round_int.h"
#include "view_card.h"
#include "view_picker.h"

/* The selected card, else the phase's first new card, else the first in hand; -1: none. */
long round_card(const struct round *r)
{
	long i = round_selected(r, RPH_CARD);
	for (size_t k = 0; i < 0 && k < session_n_dealt(r->s); k++)
		if (turn_is_new(r->s, k))
			i = (long)k;
	size_t *hand = xcalloc(session_n_dealt(r->s) ? session_n_dealt(r->s) : 1, sizeof *hand);
	if (i < 0 && turn_hand(r->s, hand))
		i = (long)hand[0];
	free(hand);
	return i;
}

int round_read_card(struct round *r)
{
	long i = round_card(r);
	const struct dealt *c = i >= 0 ? session_dealt(r->s, i) : NULL;
	const struct doc *d = c ? session_deck(r->s, c->deck) : NULL;
	long k = d ? deck_find_card(&d->deck, c->card) : -1;
	if (k < 0) {
		app_message(r->v.app, PAL_NORMAL, c ? "That card's deck is not on the search path."
						    : "No card is in hand yet in this round.");
		return R_REDRAW;
	}
	app_push(r->v.app, card_open(r->v.app, d, &d->deck.cards[k]));
	return R_REDRAW;
}

int round_redeal(struct round *r)
{
	long i = round_selected(r, RPH_CARD);
	if (i < 0 || session_ended_at(r->s)) {
		app_message(r->v.app, PAL_NORMAL, session_ended_at(r->s) ? "The round has ended."
				  : "Select a card first (↑ ↓), then d deals it again.");
		return R_REDRAW;
	}
	struct diags d = {0};
	int st = session_redeal(r->s, (size_t)i, &d);
	int rr = round_report(r, st, &d, "Dealt again (saved)");
	if (st != SESSION_INVALID) {
		r->sel = rphase_find(&r->body, RPH_CARD, session_n_dealt(r->s) - 1);
		if (r->sel < r->body.t.n)
			round_show_line(r, r->sel);
	}
	return rr;
}

/* The picker's answer: the card chosen for the holder of the selected card (or the table). */
static int round_chosen(void *data, long replace, const char *deck, const char *card)
{
	struct round *r = data;
	int person = replace >= 0 ? session_dealt(r->s, replace)->person : -1;
	struct diags d = {0};
	int st = session_choose(r->s, replace, person, deck, card, &d);
	int rr = round_report(r, st, &d, "Card chosen by hand (saved)");
	if (st != SESSION_INVALID) {
		r->sel = rphase_find(&r->body, RPH_CARD, session_n_dealt(r->s) - 1);
		if (r->sel < r->body.t.n)
			round_show_line(r, r->sel);
	}
	return rr;
}

/* The deck to choose from: the selected card's, else the phase's first deal's, else none. */
int round_choose(struct round *r)
{
	long i = round_selected(r, RPH_CARD);
	const struct phase *ph = session_phase(r->s);
	const char *deck = i >= 0		 ? session_dealt(r->s, i)->deck
			   : ph && ph->n_deals ? ph->deals[0].deck
					       : NULL;
	const struct doc *d = deck ? session_deck(r->s, deck) : NULL;
	if (session_ended_at(r->s) || !d) {
		app_message(r->v.app, PAL_NORMAL, session_ended_at(r->s) ? "The round has ended."
				  : "This phase deals no cards: there is no deck to choose from.");
		return R_REDRAW;
	}
	char *who = i >= 0 && session_dealt(r->s, i)->person >= 0
			    ? xasprintf("for %s, instead of the selected card",
					session_people(r->s)->v[session_dealt(r->s, i)->person])
		    : i >= 0 ? xstrdup("for the table, instead of the selected card")
			     : xstrdup("for the table");
	app_push(r->v.app, picker_open(r->v.app, d, r->s, who, round_chosen, r, i));
	free(who);
	return R_REDRAW;
}
