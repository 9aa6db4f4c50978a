/*
 * The public mutators.  Each checks its arguments against the state (refusing
 * with SESSION_INVALID and nothing changed), builds its record, and hands it
 * to session_commit, which journals it and applies it.
 */
#include <stdlib.h>
#include <string.h>

#include "core/deck/dealer.h"
#include "core/base/journal.h"
#include "core/deck/seating.h"
#include "core/round/session_int.h"
#include "core/base/xalloc.h"

enum session_status session_refuse(struct session *s, struct diags *d, const char *why)
{
	diags_error(d, s->journal_path, 0, 0, DIAG_SCHEMA, "%s", why);
	return SESSION_INVALID;
}

static bool ops_writable(struct session *s, struct diags *d)
{
	if (s->read_only)
		session_refuse(s, d, "this round was opened for reading only");
	return !s->read_only;
}

/* The first deal spec of the phase that deals from deck (for its suit). */
static const struct deal *ops_deal_spec(const struct session *s, size_t phase, const char *deck)
{
	if (!s->flow || phase >= s->flow->flow.n_phases)
		return NULL;
	const struct phase *ph = &s->flow->flow.phases[phase];
	for (size_t k = 0; k < ph->n_deals; k++)
		if (!strcmp(ph->deals[k].deck, deck))
			return &ph->deals[k];
	return NULL;
}

/* Draws one card of dl from the live dealer: its index, or -1 when the deck
 * (gone from the catalog, say) has none to give. */
static long ops_draw(struct session *s, const struct deal *dl, bool *reshuffled)
{
	const struct doc *dk = session_deck_doc(s, dl->deck);
	*reshuffled = false;
	return dk ? dealer_draw(s->dealer, dk, dl->suit, reshuffled) : -1;
}

/* What a record says of a card drawn for dl: enough for replay to move the
 * pile the same way. */
static void ops_card_fields(struct session *s, cJSON *o, const struct deal *dl, long card,
			    bool reshuffled)
{
	const struct doc *dk = session_deck_doc(s, dl->deck);
	cJSON_AddStringToObject(o, "deck", dl->deck);
	cJSON_AddStringToObject(o, "card", dk->deck.cards[card].id);
	if (dl->suit)
		cJSON_AddStringToObject(o, "suit", dl->suit);
	if (reshuffled)
		cJSON_AddBoolToObject(o, "reshuffled", true);
}

/* Whether a deal can be made; a deck gone from the search path since the
 * round began is said, once per deal, but does not stop the phase. */
static bool ops_deal_possible(const struct session *s, const struct deal *dl, struct diags *d)
{
	const struct doc *dk = session_deck_doc(s, dl->deck);
	if (dk && deck_count_suit(&dk->deck, dl->suit) > 0)
		return true;
	diags_warn(d, s->flow->path, dl->pos.line, dl->pos.col, DIAG_REFERENCE,
		   "deck \"%s\" has no card to deal%s%s (is it still on the search path?); "
		   "no card dealt", dl->deck, dl->suit ? " in suit " : "", dl->suit ? dl->suit : "");
	return false;
}

/* Whether person p (-1: the table) receives cards of dl, with seats as given. */
static bool ops_deal_to(const struct session *s, const struct deal *dl, const int *seats, long p)
{
	if (!strcmp(dl->to, DEAL_TO_GROUP))
		return p < 0;
	if (p < 0 || seats[p] < 0 || session_left_at(s, (size_t)p))
		return false; /* someone who has left the room is dealt nothing */
	return !strcmp(dl->to, DEAL_TO_ALL) || seats[p] == flow_find_role(&s->flow->flow, dl->to);
}

/* Draws the cards of (round, phase) — each deal, to each person in its `to` —
 * as the "deals" of the phase record, so that entering a phase and dealing
 * its cards is one record: a crash cannot leave a phase half dealt. */
static cJSON *ops_deal_phase(struct session *s, size_t round, size_t phase, struct diags *d)
{
	return session_deal_phase_to(s, round, phase, -1, (long)s->people.n, d);
}

cJSON *session_deal_phase_to(struct session *s, size_t round, size_t phase, long from, long to,
			     struct diags *d)
{
	const struct phase *ph = &s->flow->flow.phases[phase];
	const int *seats = s->seats[round];
	cJSON *arr = cJSON_CreateArray();
	for (size_t k = 0; k < ph->n_deals; k++) {
		const struct deal *dl = &ph->deals[k];
		if (!ops_deal_possible(s, dl, d))
			continue;
		for (long p = from; p < to; p++)
			for (unsigned n = 0; ops_deal_to(s, dl, seats, p) && n < dl->count; n++) {
				bool reshuffled;
				long card = ops_draw(s, dl, &reshuffled);
				cJSON *o = cJSON_CreateObject();
				cJSON_AddNumberToObject(o, "person", (double)p);
				ops_card_fields(s, o, dl, card, reshuffled);
				cJSON_AddItemToArray(arr, o);
			}
	}
	return arr;
}

/* Seats a round not yet seated: the nearest earlier seating, rotated on (or,
 * with none, the flow's own seating). */
static enum session_status ops_seat_round(struct session *s, size_t round, struct diags *d)
{
	size_t from = round;
	while (from > 0 && !s->seats[from])
		from--;
	int *seats = xcalloc(s->people.n, sizeof *seats);
	if (s->seats[from])
		memcpy(seats, s->seats[from], s->people.n * sizeof *seats);
	else if (seating_assign(s->flow, s->people.n, seats, d) != 0)
		for (size_t p = 0; p < s->people.n; p++)
			seats[p] = -1; /* too few people now for the flow: seat no one */
	for (size_t r = s->seats[from] ? from : 0; r < round; r++)
		seating_rotate(&s->flow->flow, s->people.n, seats);
	enum session_status st = session_commit(s, session_seats_record(round, seats, s->people.n), d);
	free(seats);
	return st;
}

enum session_status session_goto(struct session *s, size_t round, size_t phase, struct diags *d)
{
	if (!ops_writable(s, d))
		return SESSION_INVALID;
	if (round >= s->rounds || phase >= s->n_phases || !s->flow)
		return session_refuse(s, d, "no such round or phase in this flow");
	bool first = !s->entered[round * s->n_phases + phase];
	if (!first && round == s->round && phase == s->phase)
		return SESSION_OK;
	int st = SESSION_OK;
	if (!s->seats[round])
		st = ops_seat_round(s, round, d);
	cJSON *deals = first ? ops_deal_phase(s, round, phase, d) : NULL;
	cJSON *rec = session_rec_new("phase");
	cJSON_AddNumberToObject(rec, "round", (double)round);
	cJSON_AddNumberToObject(rec, "phase", (double)phase);
	if (deals) {
		cJSON_AddItemToObject(rec, "deals", deals);
		session_rec_add_rng(rec, s->dealer);
	}
	return (enum session_status)session_worst(st, session_commit(s, rec, d));
}

enum session_status session_next(struct session *s, struct diags *d)
{
	if (s->phase + 1 < s->n_phases)
		return session_goto(s, s->round, s->phase + 1, d);
	if (s->round + 1 < s->rounds)
		return session_goto(s, s->round + 1, 0, d);
	return session_refuse(s, d, "this is the last phase of the last round");
}

enum session_status session_prev(struct session *s, struct diags *d)
{
	if (s->phase > 0)
		return session_goto(s, s->round, s->phase - 1, d);
	if (s->round > 0)
		return session_goto(s, s->round - 1, s->n_phases - 1, d);
	return session_refuse(s, d, "this is the first phase of the first round");
}

enum session_status session_redeal(struct session *s, size_t index, struct diags *d)
{
	if (!ops_writable(s, d))
		return SESSION_INVALID;
	if (index >= s->n_dealt || s->dealt[index].withdrawn)
		return session_refuse(s, d, "no such card in play to redeal");
	const struct dealt *x = &s->dealt[index];
	const struct deal *spec = ops_deal_spec(s, x->phase, x->deck);
	struct deal any = {.deck = x->deck, .count = 1};
	if (spec)
		any.suit = spec->suit;
	if (!session_deck_doc(s, x->deck))
		return session_refuse(s, d, "the card's deck is no longer on the search path");
	bool reshuffled, again;
	long card = ops_draw(s, &any, &reshuffled);
	if (card < 0)
		return session_refuse(s, d, "the card's deck has no card left to deal");
	/* A refill puts the card being replaced back in the pile: never hand it
	 * straight back (replay needs only the last card and the refill flag). */
	const struct doc *dk = session_deck_doc(s, x->deck);
	if (reshuffled && !strcmp(dk->deck.cards[card].id, x->card) &&
	    deck_count_suit(&dk->deck, any.suit) > 1)
		card = ops_draw(s, &any, &again);
	cJSON *rec = session_rec_new("redeal");
	cJSON_AddNumberToObject(rec, "index", (double)index);
	ops_card_fields(s, rec, &any, card, reshuffled);
	session_rec_add_rng(rec, s->dealer);
	return session_commit(s, rec, d);
}

enum session_status session_choose(struct session *s, long replace, int person, const char *deck,
				   const char *card, struct diags *d)
{
	if (!ops_writable(s, d))
		return SESSION_INVALID;
	const struct doc *dk = session_deck_doc(s, deck);
	if (!dk || !card || deck_find_card(&dk->deck, card) < 0)
		return session_refuse(s, d, "no such card in that deck");
	if (replace < -1 || (replace >= 0 && ((size_t)replace >= s->n_dealt || s->dealt[replace].withdrawn)))
		return session_refuse(s, d, "no such card in play to replace");
	if (person < -1 || person >= (int)s->people.n)
		return session_refuse(s, d, "no such person");
	cJSON *rec = session_rec_new("choose");
	cJSON_AddNumberToObject(rec, "index", (double)replace);
	cJSON_AddNumberToObject(rec, "person", person);
	cJSON_AddNumberToObject(rec, "round", (double)(replace >= 0 ? s->dealt[replace].round : s->round));
	cJSON_AddNumberToObject(rec, "phase", (double)(replace >= 0 ? s->dealt[replace].phase : s->phase));
	cJSON_AddStringToObject(rec, "deck", deck);
	cJSON_AddStringToObject(rec, "card", card);
	return session_commit(s, rec, d);
}
