/* Whose turn, who still owes a reflection, and the default card: read from the session. */
#include "round_capture.h"

#include <stdlib.h>
#include <string.h>

#include "core/deck/model.h"
#include "core/base/xalloc.h"

static const struct phase *rcap_phase(const struct session *s)
{
	const struct flow *f = &s->flow->flow;
	return s->phase < f->n_phases ? &f->phases[s->phase] : NULL;
}

size_t rcap_who(const struct session *s, size_t *out)
{
	const struct phase *ph = rcap_phase(s);
	if (!ph || !ph->who)
		return 0;
	bool all = strcmp(ph->who, DEAL_TO_ALL) == 0;
	const struct flow *f = &s->flow->flow;
	size_t n = 0;
	for (size_t p = 0; p < s->people.n; p++) {
		int r = s->seats[s->round][p];
		if (all || (r >= 0 && (size_t)r < f->n_roles && strcmp(f->roles[r].id, ph->who) == 0))
			out[n++] = p;
	}
	return n;
}

bool rcap_has_reflection(const struct session *s, int person)
{
	for (size_t i = 0; i < s->n_entries; i++) {
		const struct entry *e = &s->entries[i];
		if (!e->note && !e->deleted && e->round == s->round && e->phase == s->phase &&
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
	size_t *who = xcalloc(s->people.n ? s->people.n : 1, sizeof *who);
	size_t n = rcap_who(s, who);
	int next = -2;
	for (size_t i = 0; i < n && next == -2; i++)
		if (!rcap_has_reflection(s, (int)who[i]))
			next = (int)who[i];
	free(who);
	return next;
}

/* True when s->dealt[i] is in play in this round by its current phase. */
static bool rcap_held(const struct session *s, size_t i)
{
	const struct dealt *c = &s->dealt[i];
	return !c->withdrawn && c->round == s->round && c->phase <= s->phase;
}

size_t rcap_hand(const struct session *s, size_t *out)
{
	size_t n = 0;
	for (long p = 0; p <= (long)s->people.n; p++) {
		int who = p < (long)s->people.n ? (int)p : -1; /* the table last */
		for (size_t i = 0; i < s->n_dealt; i++)
			if (rcap_held(s, i) && s->dealt[i].person == who)
				out[n++] = i;
	}
	return n;
}

bool rcap_is_new(const struct session *s, size_t i)
{
	return i < s->n_dealt && !s->dealt[i].withdrawn && s->dealt[i].round == s->round &&
	       s->dealt[i].phase == s->phase;
}

/* person's card dealt in this phase (the first), else with latest (the card from
 * the latest phase, the later dealt on a tie); -1 when none. */
static long rcap_held_by(const struct session *s, int person, bool latest)
{
	long best = -1;
	for (size_t i = 0; i < s->n_dealt; i++) {
		if (!rcap_held(s, i) || s->dealt[i].person != person)
			continue;
		if (rcap_is_new(s, i))
			return (long)i;
		if (latest && (best < 0 || s->dealt[i].phase >= s->dealt[best].phase))
			best = (long)i;
	}
	return best;
}

long rcap_default_card(const struct session *s, int person)
{
	if (person >= 0)
		return rcap_held_by(s, person, true);
	long c = rcap_held_by(s, -1, false);
	size_t *who = xcalloc(s->people.n ? s->people.n : 1, sizeof *who);
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
	size_t *hand = xcalloc(s->n_dealt ? s->n_dealt : 1, sizeof *hand);
	size_t n = rcap_hand(s, hand), k = 0;
	long first = rcap_default_card(s, person);
	if (first >= 0)
		out[k++] = (size_t)first;
	for (size_t i = 0; i < n; i++)
		if ((long)hand[i] != first && (person < 0 || s->dealt[hand[i]].person == person))
			out[k++] = hand[i];
	free(hand);
	return k;
}
