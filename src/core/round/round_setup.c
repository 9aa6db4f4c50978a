/*
 * Setup state for a round: people, the seat preview and swaps, seed and
 * facilitator.  The setup screen and `run` share it.
 */
#include "core/round/round_setup.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "core/deck/seating.h"
#include "core/round/names.h"
#include "core/base/xalloc.h"

void rsetup_init(struct rsetup *s, const struct doc *flow)
{
	memset(s, 0, sizeof *s);
	s->flow = flow;
	s->need = seating_min_people(&flow->flow);
	s->empty = xcalloc(flow->flow.n_roles ? flow->flow.n_roles : 1, sizeof *s->empty);
}

void rsetup_free(struct rsetup *s)
{
	strv_free(&s->people);
	strv_free(&s->apologies);
	free(s->seats);
	free(s->facilitator);
	free(s->case_ref);
	free(s->question);
	free(s->empty);
	free(s->minutes);
	memset(s, 0, sizeof *s);
}

/* Moves the holders of the roles left empty to the "rest" role, or unseats them. */
static void rsetup_apply_empty(struct rsetup *s)
{
	const struct flow *f = &s->flow->flow;
	int rest = -1;
	for (size_t r = 0; r < f->n_roles; r++)
		if (f->roles[r].rest)
			rest = (int)r;
	for (size_t p = 0; s->seated && p < s->people.n; p++)
		if (s->seats[p] >= 0 && s->empty[s->seats[p]])
			s->seats[p] = rest;
}

/* Re-seats everyone from the flow's rules; too few people leaves it unseated. */
static void rsetup_reseat(struct rsetup *s)
{
	size_t n = s->people.n;
	free(s->seats);
	s->seats = xcalloc(n ? n : 1, sizeof *s->seats);
	struct diags quiet = {0};
	s->seated = seating_assign(s->flow, n, s->seats, &quiet) == 0;
	diags_free(&quiet);
	rsetup_apply_empty(s);
}

int rsetup_add(struct rsetup *s, const char *name, struct diags *d)
{
	char *t = names_trim(name);
	if (names_check(&s->people, &s->apologies, t, d) != 0) {
		free(t);
		return -1;
	}
	strv_push_owned(&s->people, t);
	rsetup_reseat(s);
	return 0;
}

int rsetup_add_apology(struct rsetup *s, const char *name, struct diags *d)
{
	char *t = names_trim(name);
	if (names_check(&s->people, &s->apologies, t, d) != 0) {
		free(t);
		return -1;
	}
	strv_push_owned(&s->apologies, t);
	return 0;
}

void rsetup_remove_apology(struct rsetup *s, size_t i)
{
	if (i >= s->apologies.n)
		return;
	free(s->apologies.v[i]);
	memmove(s->apologies.v + i, s->apologies.v + i + 1,
		(s->apologies.n - i - 1) * sizeof *s->apologies.v);
	s->apologies.n--;
}

/* The seats the rules give people in the order order[n] (indexes into
 * s->people), each written at its person's index in out (-1 for person
 * skip, who is leaving).  False when there are too few people. */
static bool rsetup_seat_order(const struct rsetup *s, const size_t *order, size_t n, int *out)
{
	int *seats = xcalloc(n ? n : 1, sizeof *seats);
	struct diags quiet = {0};
	bool ok = seating_assign(s->flow, n, seats, &quiet) == 0;
	diags_free(&quiet);
	const struct flow *f = &s->flow->flow;
	long rest = -1;
	for (size_t r = 0; r < f->n_roles; r++)
		rest = f->roles[r].rest ? (long)r : rest;
	for (size_t k = 0; ok && k < n; k++)
		out[order[k]] = seats[k] >= 0 && s->empty[seats[k]] ? (int)rest : seats[k];
	free(seats);
	return ok;
}

/* How many of the people in order[n] would sit elsewhere than they do now. */
static size_t rsetup_changes(const struct rsetup *s, const size_t *order, size_t n)
{
	int *now = xcalloc(s->people.n, sizeof *now);
	size_t moved = 0;
	if (!rsetup_seat_order(s, order, n, now))
		moved = n; /* too few: everyone loses their seat */
	for (size_t k = 0; s->seated && moved < n && k < n; k++)
		moved += now[order[k]] != s->seats[order[k]];
	free(now);
	return moved;
}

/* The list without person i, and with person j (j > i; j == i: no one) moved
 * into i's place; order gets n - 1 indexes. */
static void rsetup_order_without(size_t n, size_t i, size_t j, size_t *order)
{
	size_t k = 0;
	for (size_t p = 0; p < n; p++) {
		if (p == i && j != i)
			order[k++] = j;
		else if (p != i && p != j)
			order[k++] = p;
	}
}

void rsetup_remove(struct rsetup *s, size_t i)
{
	size_t n = s->people.n;
	if (i >= n)
		return;
	size_t *order = xcalloc(n, sizeof *order), best = i, fewest = (size_t)-1;
	/* plain removal first, then each later person in i's place, the last first:
	 * the one that moves the fewest seats wins (ties: the earlier tried) */
	for (size_t j = i, tried = 0; tried < n - i; tried++, j = n - tried) {
		rsetup_order_without(n, i, j, order);
		size_t c = rsetup_changes(s, order, n - 1);
		if (c < fewest)
			fewest = c, best = j;
	}
	rsetup_order_without(n, i, best, order);
	char **v = xcalloc(n, sizeof *v);
	for (size_t k = 0; k + 1 < n; k++)
		v[k] = s->people.v[order[k]];
	free(s->people.v[i]);
	memcpy(s->people.v, v, (n - 1) * sizeof *v);
	s->people.n--;
	free(v);
	free(order);
	rsetup_reseat(s);
}

size_t rsetup_move(struct rsetup *s, size_t i, int delta)
{
	if (i >= s->people.n)
		return i;
	if ((delta < 0 && i == 0) || (delta > 0 && i + 1 >= s->people.n))
		return i;
	size_t j = delta < 0 ? i - 1 : i + 1;
	char *tmp = s->people.v[i];
	s->people.v[i] = s->people.v[j];
	s->people.v[j] = tmp;
	rsetup_reseat(s);
	return j;
}

void rsetup_swap(struct rsetup *s, size_t a, size_t b)
{
	if (!s->seated || a >= s->people.n || b >= s->people.n)
		return;
	char *tmp = s->people.v[a];
	s->people.v[a] = s->people.v[b];
	s->people.v[b] = tmp;
	rsetup_reseat(s);
}

void rsetup_snap(const struct rsetup *s, struct rsetup_snap *out)
{
	memset(out, 0, sizeof *out);
	for (size_t p = 0; p < s->people.n; p++)
		strv_push(&out->people, s->people.v[p]);
	if (s->seated) {
		out->seats = xcalloc(s->people.n ? s->people.n : 1, sizeof *out->seats);
		memcpy(out->seats, s->seats, s->people.n * sizeof *out->seats);
	}
}

void rsetup_snap_free(struct rsetup_snap *snap)
{
	strv_free(&snap->people);
	free(snap->seats);
	snap->seats = NULL;
}

/* A role's title, or "not seated" for -1. */
static const char *rsetup_role_name(const struct flow *f, int r)
{
	if (r < 0 || (size_t)r >= f->n_roles)
		return "not seated";
	return f->roles[r].title ? f->roles[r].title : f->roles[r].id;
}

char *rsetup_moved(const struct rsetup *s, const struct rsetup_snap *before)
{
	if (!s->seated || !before->seats)
		return NULL;
	char *out = NULL;
	for (size_t p = 0; p < s->people.n; p++) {
		long was = strv_find(&before->people, s->people.v[p]);
		if (was < 0 || before->seats[was] == s->seats[p])
			continue;
		char *next = xasprintf("%s%s%s is now %s", out ? out : "", out ? ", " : "", s->people.v[p],
				       rsetup_role_name(&s->flow->flow, s->seats[p]));
		free(out);
		out = next;
	}
	return out;
}

size_t rsetup_role_filled(const struct rsetup *s, size_t r)
{
	size_t n = 0;
	for (size_t p = 0; s->seated && p < s->people.n; p++)
		if (s->seats[p] == (int)r)
			n++;
	return n;
}

char *rsetup_unfilled(const struct rsetup *s)
{
	char *out = xstrdup("");
	const struct flow *f = &s->flow->flow;
	for (size_t r = 0; r < f->n_roles; r++) {
		if (!f->roles[r].optional || rsetup_role_filled(s, r) > 0)
			continue;
		const char *name = f->roles[r].title ? f->roles[r].title : f->roles[r].id;
		char *next = xasprintf("%s%s%s", out, *out ? ", " : "", name);
		free(out);
		out = next;
	}
	return out;
}

int rsetup_parse_seed(const char *text, uint64_t *out)
{
	if (!text || *text < '0' || *text > '9')
		return -1;
	char *end = NULL;
	errno = 0;
	unsigned long long v = strtoull(text, &end, 10);
	if (errno || *end)
		return -1;
	*out = (uint64_t)v;
	return 0;
}

/* add(s, name, d) for each comma-separated name of list; -1 when any failed. */
static int rsetup_each(struct rsetup *s, const char *list, struct diags *d,
		       int (*add)(struct rsetup *, const char *, struct diags *))
{
	int rc = 0;
	const char *p = list;
	for (;;) {
		const char *comma = strchr(p, ',');
		size_t len = comma ? (size_t)(comma - p) : strlen(p);
		char *one = xmalloc(len + 1);
		memcpy(one, p, len);
		one[len] = '\0';
		if (add(s, one, d) != 0)
			rc = -1;
		free(one);
		if (!comma)
			break;
		p = comma + 1;
	}
	return rc;
}

int rsetup_take_group(struct rsetup *s, const struct strv *people, struct diags *d)
{
	strv_free(&s->people);
	int rc = 0;
	for (size_t p = 0; p < people->n; p++)
		if (names_check(&s->people, &s->apologies, people->v[p], d) != 0)
			rc = -1;
		else
			strv_push(&s->people, people->v[p]);
	rsetup_reseat(s);
	return rc;
}

int rsetup_add_list(struct rsetup *s, const char *list, struct diags *d)
{
	return rsetup_each(s, list, d, rsetup_add);
}

int rsetup_add_apologies(struct rsetup *s, const char *list, struct diags *d)
{
	return rsetup_each(s, list, d, rsetup_add_apology);
}

/* Takes name off the apologies when listed there, else adds it. */
static int rsetup_toggle_apology(struct rsetup *s, const char *name, struct diags *d)
{
	char *t = names_trim(name);
	long i = strv_find(&s->apologies, t);
	free(t);
	if (i < 0)
		return rsetup_add_apology(s, name, d);
	rsetup_remove_apology(s, (size_t)i);
	return 0;
}

int rsetup_toggle_apologies(struct rsetup *s, const char *list, struct diags *d)
{
	return rsetup_each(s, list, d, rsetup_toggle_apology);
}

int rsetup_opts(const struct rsetup *s, struct session_opts *o)
{
	if (!s->seated || s->people.n == 0)
		return -1;
	o->flow_id = s->flow->id;
	o->people = &s->people;
	o->seats = s->seats;
	o->has_seed = s->has_seed;
	o->seed = s->seed;
	o->facilitator = s->facilitator;
	o->case_ref = s->case_ref;
	o->question = s->question;
	o->minutes = s->slot ? s->minutes : NULL;
	o->apologies = &s->apologies;
	return 0;
}

void rsetup_set_empty(struct rsetup *s, size_t r, bool empty)
{
	if (r >= s->flow->flow.n_roles || !s->flow->flow.roles[r].optional)
		return;
	s->empty[r] = empty;
	rsetup_reseat(s);
}

bool rsetup_is_empty(const struct rsetup *s, size_t r)
{
	return r < s->flow->flow.n_roles && s->empty[r];
}

long rsetup_optional_target(const struct rsetup *s, size_t sel, bool *empty)
{
	const struct flow *f = &s->flow->flow;
	int held = s->seated && sel < s->people.n ? s->seats[sel] : -1;
	*empty = true;
	if (held >= 0 && f->roles[held].optional)
		return held;
	for (size_t r = 0; r < f->n_roles; r++)
		if (rsetup_is_empty(s, r)) {
			*empty = false;
			return (long)r;
		}
	long only = -1;
	for (size_t r = 0; r < f->n_roles; r++)
		if (f->roles[r].optional && rsetup_role_filled(s, r) > 0) {
			if (only >= 0)
				return -1;
			only = (long)r;
		}
	return only;
}

double rsetup_flow_minutes(const struct flow *f, unsigned rounds)
{
	double m = 0;
	for (size_t i = 0; i < f->n_phases; i++)
		m += f->phases[i].minutes > 0 ? f->phases[i].minutes : 0;
	return m * (rounds ? rounds : f->rounds ? f->rounds : 1);
}
