/*
 * Setup state for a round: people, the seat preview and swaps, seed and
 * facilitator.  Curses-free; the setup screen and `run` share it.
 */
#include "round_setup.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "core/seating.h"
#include "core/xalloc.h"

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
	free(s->seats);
	free(s->facilitator);
	free(s->empty);
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

/* A copy of name without blanks (space, tab) at either end. */
static char *rsetup_trim(const char *name)
{
	while (*name == ' ' || *name == '\t')
		name++;
	size_t len = strlen(name);
	while (len && (name[len - 1] == ' ' || name[len - 1] == '\t'))
		len--;
	char *out = xmalloc(len + 1);
	memcpy(out, name, len);
	out[len] = '\0';
	return out;
}

/* True when s holds a C0 control or DEL (a name must stay on one line). */
static bool rsetup_has_control(const char *s)
{
	for (const unsigned char *p = (const unsigned char *)s; *p; p++)
		if (*p < 0x20 || *p == 0x7f)
			return true;
	return false;
}

int rsetup_add(struct rsetup *s, const char *name, struct diags *d)
{
	char *t = rsetup_trim(name);
	int rc = -1;
	if (!*t)
		diags_error(d, NULL, 0, 0, DIAG_SCHEMA, "a name cannot be empty");
	else if (rsetup_has_control(t))
		diags_error(d, NULL, 0, 0, DIAG_SCHEMA, "a name cannot hold control characters");
	else if (strv_find(&s->people, t) >= 0)
		diags_error(d, NULL, 0, 0, DIAG_SCHEMA, "\"%s\" is already present", t);
	else
		rc = 0;
	if (rc != 0) {
		free(t);
		return -1;
	}
	strv_push_owned(&s->people, t);
	rsetup_reseat(s);
	return 0;
}

void rsetup_remove(struct rsetup *s, size_t i)
{
	if (i >= s->people.n)
		return;
	free(s->people.v[i]);
	memmove(&s->people.v[i], &s->people.v[i + 1],
		(s->people.n - i - 1) * sizeof *s->people.v);
	s->people.n--;
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
	int tmp = s->seats[a];
	s->seats[a] = s->seats[b];
	s->seats[b] = tmp;
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

int rsetup_add_list(struct rsetup *s, const char *list, struct diags *d)
{
	int rc = 0;
	const char *p = list;
	for (;;) {
		const char *comma = strchr(p, ',');
		size_t len = comma ? (size_t)(comma - p) : strlen(p);
		char *one = xmalloc(len + 1);
		memcpy(one, p, len);
		one[len] = '\0';
		if (rsetup_add(s, one, d) != 0)
			rc = -1;
		free(one);
		if (!comma)
			break;
		p = comma + 1;
	}
	return rc;
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
