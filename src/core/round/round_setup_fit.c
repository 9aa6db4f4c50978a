/*
 * Setup's time: the round's planned length, and fitting it to the slot the
 * group has (round_fit.h does the sums).
 */
#include <stdlib.h>
#include <string.h>

#include "core/base/xalloc.h"
#include "core/round/round_fit.h"
#include "core/round/round_setup.h"

static unsigned setup_rounds(const struct flow *f)
{
	return f->rounds ? f->rounds : 1;
}

int rsetup_fit(struct rsetup *s, unsigned slot, struct diags *d)
{
	const struct flow *f = &s->flow->flow;
	if (slot > ROUND_FIT_MAX_SLOT) {
		diags_error(d, s->flow->path, 0, 0, DIAG_SCHEMA, "a slot is at most %d minutes, not %u",
			    ROUND_FIT_MAX_SLOT, slot);
		return -1;
	}
	if (slot && rsetup_flow_minutes(f, 0) <= 0) {
		diags_error(d, s->flow->path, 0, 0, DIAG_SCHEMA, "this flow has no timed phase to fit");
		return -1;
	}
	free(s->minutes);
	s->minutes = NULL;
	s->slot = slot;
	if (!slot)
		return 0;
	double *flow_min = xcalloc(f->n_phases ? f->n_phases : 1, sizeof *flow_min);
	for (size_t i = 0; i < f->n_phases; i++)
		flow_min[i] = f->phases[i].minutes;
	s->minutes = xcalloc(f->n_phases ? f->n_phases : 1, sizeof *s->minutes);
	round_fit_minutes(flow_min, f->n_phases, setup_rounds(f), slot, s->minutes);
	free(flow_min);
	return 0;
}

double rsetup_phase_minutes(const struct rsetup *s, size_t i)
{
	const struct flow *f = &s->flow->flow;
	if (i >= f->n_phases)
		return 0;
	if (s->minutes)
		return s->minutes[i];
	return f->phases[i].minutes > 0 ? f->phases[i].minutes : 0;
}

double rsetup_total_minutes(const struct rsetup *s)
{
	const struct flow *f = &s->flow->flow;
	double m = 0;
	for (size_t i = 0; i < f->n_phases; i++)
		m += rsetup_phase_minutes(s, i);
	return m * setup_rounds(f);
}

/* A run of digits at *p (at most 5), as a number; -1 when there is none. */
static long slot_digits(const char **p)
{
	long v = 0;
	int n = 0;
	while (**p >= '0' && **p <= '9' && n < 5) {
		v = v * 10 + (**p - '0');
		(*p)++;
		n++;
	}
	return n ? v : -1;
}

int rsetup_parse_slot(const char *text, unsigned *out)
{
	const char *p = text;
	while (*p == ' ')
		p++;
	long first = *p ? slot_digits(&p) : 0, hours = 0, mins = first;
	if (first < 0)
		return -1;
	while (*p == ' ')
		p++;
	if (*p == 'h' || *p == ':') {
		bool colon = *p == ':';
		p++;
		hours = first;
		mins = *p >= '0' && *p <= '9' ? slot_digits(&p) : colon ? -1 : 0;
		if (mins < 0 || mins > 59)
			return -1;
	}
	if (hours == 0)
		p += !strncmp(p, "min", 3) ? 3 : *p == 'm';
	while (*p == ' ')
		p++;
	if (*p || hours * 60 + mins > ROUND_FIT_MAX_SLOT)
		return -1;
	*out = (unsigned)(hours * 60 + mins);
	return 0;
}
