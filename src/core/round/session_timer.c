/*
 * The phase timers, kept by the journal: "phase", "timer" and "end" records
 * move them, so replaying a round rebuilds each phase's time used, pauses and
 * added minutes exactly (session.h says what counts as used).  The "bell"
 * record keeps what a timer does at zero, ring or flash, the same way.
 */
#include <string.h>

#include "core/base/clock.h"
#include "core/round/session_int.h"

#define TIMER_MINUTE_MS 60000
#define TIMER_MAX_ADDED 100000 /* minutes: more is a damaged record */

static const char *const timer_ops[] = {
	[SESSION_TIMER_PAUSE] = "pause",
	[SESSION_TIMER_RUN] = "run",
	[SESSION_TIMER_MINUTE] = "minute",
	[SESSION_TIMER_LESS] = "less",
};

static struct session_clock *timer_cell(struct session *s, size_t round, size_t phase)
{
	return &s->clocks[round * s->n_phases + phase];
}

const struct session_clock *session_clock_of(const struct session *s, size_t round, size_t phase)
{
	static const struct session_clock none = {.since = -1};
	if (!s->clocks || round >= s->rounds || phase >= s->n_phases)
		return &none;
	return &s->clocks[round * s->n_phases + phase];
}

/* Stops a counting clock at `at`, keeping what it counted (never less than nothing,
 * should the machine's clock have been set back). */
static void timer_stop(struct session_clock *c, int64_t at)
{
	if (c->since < 0)
		return;
	if (at > c->since)
		c->used_ms += at - c->since;
	c->since = -1;
}

void session_clock_leave(struct session *s, int64_t at)
{
	if (s->clocks)
		timer_stop(timer_cell(s, s->round, s->phase), at);
}

void session_clock_enter(struct session *s, int64_t at)
{
	struct session_clock *c = s->clocks ? timer_cell(s, s->round, s->phase) : NULL;
	if (c && !c->paused && !s->ended_at && c->since < 0)
		c->since = at;
}

int64_t session_timer_used(const struct session *s, size_t round, size_t phase, int64_t now)
{
	const struct session_clock *c = session_clock_of(s, round, phase);
	return c->used_ms + (c->since >= 0 && now > c->since ? now - c->since : 0);
}

int64_t session_timer_length(const struct session *s)
{
	double minutes = session_planned_minutes(s, s->phase);
	if (minutes <= 0)
		return 0;
	return (int64_t)(minutes * TIMER_MINUTE_MS + 0.5) +
	       session_clock_of(s, s->round, s->phase)->added_ms;
}

static int timer_op_of(const char *name)
{
	for (size_t i = 0; name && i < sizeof timer_ops / sizeof timer_ops[0]; i++)
		if (!strcmp(timer_ops[i], name))
			return (int)i;
	return -1;
}

int session_timer_apply(struct session *s, const cJSON *r, const char *file, int line,
			struct diags *d)
{
	long long round = session_get_int(r, "round", -1), phase = session_get_int(r, "phase", -1);
	const char *name = session_get_str(r, "op");
	int op = timer_op_of(name);
	if (round < 0 || (unsigned long long)round >= s->rounds || phase < 0 ||
	    (unsigned long long)phase >= s->n_phases) {
		diags_error(d, file, line, 1, DIAG_SCHEMA,
			    "a \"timer\" record out of range (round %lld, phase %lld)", round, phase);
		return -1;
	}
	if (op < 0) {
		diags_warn(d, file, line, 1, DIAG_SCHEMA, "a \"timer\" record with an unknown op \"%s\" skipped",
			   name ? name : "");
		return 0;
	}
	struct session_clock *c = timer_cell(s, (size_t)round, (size_t)phase);
	int64_t at = session_get_int(r, "at", 0);
	bool current = (size_t)round == s->round && (size_t)phase == s->phase;
	if (op == SESSION_TIMER_PAUSE) {
		timer_stop(c, at);
		c->paused = true;
	} else if (op == SESSION_TIMER_RUN) {
		c->paused = false;
		if (current)
			session_clock_enter(s, at);
	} else {
		/* the total when the record has it; one more (or less) than before when not */
		int64_t step = op == SESSION_TIMER_MINUTE ? TIMER_MINUTE_MS : -TIMER_MINUTE_MS;
		long long added = session_get_int(r, "added", TIMER_MAX_ADDED + 1);
		c->added_ms = added >= -TIMER_MAX_ADDED && added <= TIMER_MAX_ADDED
				      ? added * TIMER_MINUTE_MS
				      : c->added_ms + step;
	}
	return 0;
}

/* Why op cannot be done now, or NULL when it can. */
static const char *timer_refusal(const struct session *s, enum session_timer_op op)
{
	const struct session_clock *c = session_clock_of(s, s->round, s->phase);
	if (s->read_only)
		return "this round was opened for reading only";
	if (s->ended_at)
		return "the round has ended";
	if (!session_timer_length(s))
		return "this phase has no timer";
	if (op == SESSION_TIMER_PAUSE && c->since < 0)
		return "the timer is not running";
	if (op == SESSION_TIMER_RUN && c->since >= 0)
		return "the timer is already running";
	if (op == SESSION_TIMER_MINUTE && c->added_ms / TIMER_MINUTE_MS >= TIMER_MAX_ADDED)
		return "the timer cannot be given more minutes";
	if (op == SESSION_TIMER_LESS && session_timer_length(s) < 2 * TIMER_MINUTE_MS)
		return "the phase cannot be shorter than a minute";
	if (op == SESSION_TIMER_LESS &&
	    session_timer_length(s) - session_timer_used(s, s->round, s->phase, now_wall_ms()) <
		    TIMER_MINUTE_MS)
		return "less than a minute is left";
	return NULL;
}

enum session_status session_timer(struct session *s, enum session_timer_op op, struct diags *d)
{
	const char *why = (unsigned)op < sizeof timer_ops / sizeof timer_ops[0]
				  ? timer_refusal(s, op)
				  : "no such timer operation";
	if (why) {
		diags_error(d, s->journal_path, 0, 0, DIAG_SCHEMA, "%s", why);
		return SESSION_INVALID;
	}
	cJSON *rec = session_rec_new("timer");
	cJSON_AddNumberToObject(rec, "round", (double)s->round);
	cJSON_AddNumberToObject(rec, "phase", (double)s->phase);
	cJSON_AddStringToObject(rec, "op", timer_ops[op]);
	/* The total, not just "one more": two quick presses in the same
	 * millisecond are then two different lines, and replay does not take
	 * the second for a retried save's copy. */
	if (op == SESSION_TIMER_MINUTE || op == SESSION_TIMER_LESS)
		cJSON_AddNumberToObject(rec, "added",
					(double)(session_clock_of(s, s->round, s->phase)->added_ms /
						 TIMER_MINUTE_MS + (op == SESSION_TIMER_MINUTE ? 1 : -1)));
	return session_commit(s, rec, d);
}

int session_bell_apply(struct session *s, const cJSON *r, const char *file, int line,
		       struct diags *d)
{
	const cJSON *ring = cJSON_GetObjectItemCaseSensitive(r, "ring");
	if (!cJSON_IsBool(ring)) {
		diags_error(d, file, line, 1, DIAG_SCHEMA, "a \"bell\" record without ring true or false");
		return -1;
	}
	s->bell_off = cJSON_IsFalse(ring);
	return 0;
}

enum session_status session_bell(struct session *s, bool ring, struct diags *d)
{
	const char *why = s->read_only		  ? "this round was opened for reading only"
			  : s->ended_at		  ? "the round has ended"
			  : s->bell_off == !ring ? (ring ? "the bell already rings" : "the bell is already off")
						  : NULL;
	if (why) {
		diags_error(d, s->journal_path, 0, 0, DIAG_SCHEMA, "%s", why);
		return SESSION_INVALID;
	}
	cJSON *rec = session_rec_new("bell");
	cJSON_AddBoolToObject(rec, "ring", ring);
	return session_commit(s, rec, d);
}
