/*
 * How the time of each phase went, for the transcript: the minutes planned
 * (as journalled at the start, fitted to the slot or the flow's), those
 * added or taken off, and those used, counted by the journal alone so an
 * export gives the same figures at any time.
 */
#include <stdlib.h>

#include "core/base/xalloc.h"
#include "core/round/transcript_int.h"

#define TX_MINUTE_MS 60000

void tx_phase_time(const struct tx *t, size_t round, size_t phase, struct tx_time *out)
{
	const struct session_clock *c = session_clock_of(t->s, round, phase);
	int64_t used = session_timer_used(t->s, round, phase, session_last_at(t->s));
	out->planned = session_planned_minutes(t->s, phase);
	out->added = (long)(c->added_ms / TX_MINUTE_MS);
	out->used = (long)((used + TX_MINUTE_MS / 2) / TX_MINUTE_MS);
}

char *tx_phase_time_text(const struct tx *t, size_t round, size_t phase)
{
	struct tx_time tm;
	tx_phase_time(t, round, phase, &tm);
	if (tm.planned <= 0)
		return xasprintf(" — %ld min", tm.used);
	if (!tm.added)
		return xasprintf(" — %ld min (planned %g)", tm.used, tm.planned);
	return xasprintf(" — %ld min (planned %g, %ld %s)", tm.used, tm.planned, labs(tm.added),
			 tm.added > 0 ? "added" : "taken off");
}

char *tx_round_time_text(const struct tx *t)
{
	const struct session *s = t->s;
	int64_t end = session_ended_at(s) ? session_ended_at(s) : session_last_at(s);
	int64_t first = session_first_ended_at(s); /* reopened: the round took until its first end */
	int64_t used = (first ? first : end) - session_started_at(s);
	double planned = 0;
	for (size_t r = 0; r < session_rounds(s); r++) /* the rounds reached (seated) */
		for (size_t p = 0; session_seats(s, r) && p < session_n_phases(s); p++)
			planned += session_planned_minutes(s, p);
	long minutes = used > 0 ? (long)((used + TX_MINUTE_MS / 2) / TX_MINUTE_MS) : 0;
	if (planned <= 0)
		return xasprintf("%ld min", minutes);
	return xasprintf("%ld min (planned %g)", minutes, planned);
}
