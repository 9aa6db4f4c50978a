/* Whose turn, who still owes a reflection, and the default card: read from the session. */
#include "round_capture.h"

#include <stdlib.h>
#include <string.h>

#include "core/deck/model.h"
#include "core/base/xalloc.h"

static const struct phase *rcap_phase(const struct session *s)
{
	const struct flow *f = &session_flow(s)->flow;
	size_t phase = session_phase_index(s);
	return phase < f->n_phases ? &f->phases[phase] : NULL;
}

size_t rcap_who(const struct session *s, size_t *out)
{
	const struct phase *ph = rcap_phase(s);
	if (!ph || !ph->who)
		return 0;
	bool all = strcmp(ph->who, DEAL_TO_ALL) == 0;
	const struct flow *f = &session_flow(s)->flow;
	const int *seats = session_seats(s, session_round_index(s));
	size_t n = 0;
	for (size_t p = 0; p < session_people(s)->n; p++) {
		int r = seats[p];
		if (all || (r >= 0 && (size_t)r < f->n_roles && strcmp(f->roles[r].id, ph->who) == 0))
			out[n++] = p;
	}
	return n;
}

bool rcap_has_reflection(const struct session *s, int person)
{
	size_t round = session_round_index(s), phase = session_phase_index(s);
	for (size_t i = 0; i < session_n_entries(s); i++) {
		const struct entry *e = session_entry(s, i);
		if (!e->note && !e->deleted && e->round == round && e->phase == phase &&
		    e->person == person)
			return true;
	}
	return false;
}

int rcap_next_person(const struct session *s)
{
	const struct phase *ph = rcap_phase(s);
	if (!ph || ph->capture == CAPTURE_NONE)
		return -2;
	if (ph->capture == CAPTURE_ONE)
		return -1;
	size_t *who = xcalloc(session_people(s)->n ? session_people(s)->n : 1, sizeof *who);
	size_t n = rcap_who(s, who);
	int next = -2;
	for (size_t i = 0; i < n && next == -2; i++)
		if (!rcap_has_reflection(s, (int)who[i]))
			next = (int)who[i];
	free(who);
	return next;
}

/* True when the card dealt i-th is in play in this round by its current phase. */
static bool rcap_held(const struct session *s, size_t i)
{
	const struct dealt *c = session_dealt(s, i);
	return !c->withdrawn && c->round == session_round_index(s) && c->phase <= session_phase_index(s);
}

size_t rcap_hand(const struct session *s, size_t *out)
{
	size_t n = 0;
	for (long p = 0; p <= (long)session_people(s)->n; p++) {
		int who = p < (long)session_people(s)->n ? (int)p : -1; /* the table last */
		for (size_t i = 0; i < session_n_dealt(s); i++)
			if (rcap_held(s, i) && session_dealt(s, i)->person == who)
				out[n++] = i;
	}
	return n;
}

bool rcap_is_new(const struct session *s, size_t i)
{
	const struct dealt *c = session_dealt(s, i); /* NULL past the end */
	return c && !c->withdrawn && c->round == session_round_index(s) &&
	       c->phase == session_phase_index(s);
}

/* person's card dealt in this phase (the first), else with latest (the card from
 * the latest phase, the later dealt on a tie); -1 when none. */
static long rcap_held_by(const struct session *s, int person, bool latest)
{
	long best = -1;
	for (size_t i = 0; i < session_n_dealt(s); i++) {
		if (!rcap_held(s, i) || session_dealt(s, i)->person != person)
			continue;
		if (rcap_is_new(s, i))
			return (long)i;
		if (latest && (best < 0 || session_dealt(s, i)->phase >= session_dealt(s, best)->phase))
			best = (long)i;
	}
	return best;
}

long rcap_default_card(const struct session *s, int person)
{
	if (person >= 0)
		return rcap_held_by(s, person, true);
	long c = rcap_held_by(s, -1, false);
	size_t *who = xcalloc(session_people(s)->n ? session_people(s)->n : 1, sizeof *who);
	size_t n = c < 0 ? rcap_who(s, who) : 0;
	for (size_t k = 0; k < n && c < 0; k++) {
		long mine = rcap_held_by(s, (int)who[k], false);
		c = mine >= 0 && rcap_is_new(s, (size_t)mine) ? mine : -1;
	}
	free(who);
	return c >= 0 ? c : rcap_held_by(s, -1, true);
}

size_t rcap_card_choices(const struct session *s, int person, size_t *out)
{
	size_t *hand = xcalloc(session_n_dealt(s) ? session_n_dealt(s) : 1, sizeof *hand);
	size_t n = rcap_hand(s, hand), k = 0;
	long first = rcap_default_card(s, person);
	if (first >= 0)
		out[k++] = (size_t)first;
	for (size_t i = 0; i < n; i++)
		if ((long)hand[i] != first && (person < 0 || session_dealt(s, hand[i])->person == person))
			out[k++] = hand[i];
	free(hand);
	return k;
}
