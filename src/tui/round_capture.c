/* Whose turn, who still owes a reflection, and the default card: read from the session. */
#include "round_capture.h"

#include <stdlib.h>
#include <string.h>

#include "core/model.h"
#include "core/xalloc.h"

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

long rcap_default_card(const struct session *s, int person)
{
	long found = -1;
	for (size_t i = 0; i < s->n_dealt; i++) {
		const struct dealt *c = &s->dealt[i];
		if (c->withdrawn || c->round != s->round || c->phase != s->phase || c->person != person)
			continue;
		if (found >= 0)
			return -1;
		found = (long)i;
	}
	return found;
}
