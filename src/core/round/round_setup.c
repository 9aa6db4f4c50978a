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
	s->placed = xcalloc(flow->flow.n_roles ? flow->flow.n_roles : 1, sizeof *s->placed);
}

void rsetup_free(struct rsetup *s)
{
	strv_free(&s->people);
	strv_free(&s->apologies);
	free(s->seats);
	free(s->facilitator);
	free(s->case_ref);
	free(s->question);
	for (size_t r = 0; s->placed && r < s->flow->flow.n_roles; r++)
		strv_free(&s->placed[r]);
	free(s->placed);
	free(s->minutes);
	memset(s, 0, sizeof *s);
}

/* The optional role name was seated in by choice, or -1. */
static long rsetup_placed_in(const struct rsetup *s, const char *name)
{
	for (size_t r = 0; r < s->flow->flow.n_roles; r++)
		if (strv_find(&s->placed[r], name) >= 0)
			return (long)r;
	return -1;
}

/* The seats people order[n] (indexes into s->people) take, each written at
 * its person's index in out: those seated in an optional role keep it, the
 * others take the flow's rules in their order.  False when too few people. */
static bool rsetup_seat_order(const struct rsetup *s, const size_t *order, size_t n, int *out)
{
	size_t *ruled = xcalloc(n ? n : 1, sizeof *ruled), m = 0;
	for (size_t k = 0; k < n; k++) {
		long r = rsetup_placed_in(s, s->people.v[order[k]]);
		if (r >= 0)
			out[order[k]] = (int)r;
		else
			ruled[m++] = order[k];
	}
	int *seats = xcalloc(m ? m : 1, sizeof *seats);
	struct diags quiet = {0};
	bool ok = seating_assign(s->flow, m, seats, &quiet) == 0;
	diags_free(&quiet);
	for (size_t k = 0; ok && k < m; k++)
		out[ruled[k]] = seats[k];
	free(seats);
	free(ruled);
	return ok;
}

/* Re-seats everyone; too few people leaves it unseated. */
static void rsetup_reseat(struct rsetup *s)
{
	size_t n = s->people.n, placed = 0;
	size_t *order = xcalloc(n ? n : 1, sizeof *order);
	for (size_t p = 0; p < n; p++)
		order[p] = p;
	for (size_t r = 0; r < s->flow->flow.n_roles; r++)
		placed += s->placed[r].n;
	free(s->seats);
	s->seats = xcalloc(n ? n : 1, sizeof *s->seats);
	s->need = seating_min_people(&s->flow->flow) + placed;
	s->seated = rsetup_seat_order(s, order, n, s->seats);
	free(order);
}

/* Takes name out of whichever optional role it was seated in. */
static void rsetup_unplace(struct rsetup *s, const char *name)
{
	long r = rsetup_placed_in(s, name);
	if (r < 0)
		return;
	struct strv *v = &s->placed[r];
	long i = strv_find(v, name);
	free(v->v[i]);
	memmove(v->v + i, v->v + i + 1, (v->n - (size_t)i - 1) * sizeof *v->v);
	v->n--;
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
	rsetup_unplace(s, s->people.v[i]);
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
	if (!s->seated || a >= s->people.n || b >= s->people.n || a == b)
		return;
	/* a seat chosen for one of them passes to the other, as the list's places do */
	long ra = rsetup_placed_in(s, s->people.v[a]), rb = rsetup_placed_in(s, s->people.v[b]);
	rsetup_unplace(s, s->people.v[a]);
	rsetup_unplace(s, s->people.v[b]);
	if (ra >= 0)
		strv_push(&s->placed[ra], s->people.v[b]);
	if (rb >= 0)
		strv_push(&s->placed[rb], s->people.v[a]);
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

/*
 * Calls add for each name of list (-1 when any failed): names are split at commas, and at line
 * breaks too, as a column of names pasted from an email or a sheet has
 * them; a blank beside a line break holds no name, so a paste's CR LF,
 * blank lines, final newline or a comma at a line's end add no empty one
 * (",," and a list that is empty still do, and are refused).
 */
static int rsetup_each(struct rsetup *s, const char *list, struct diags *d,
		       int (*add)(struct rsetup *, const char *, struct diags *))
{
	int rc = 0;
	bool empty_refused = false; /* ",,,": one "cannot be empty", not three */
	const char *p = list;
	for (;;) {
		size_t len = strcspn(p, ",\r\n");
		char *one = xstrndup(p, len);
		bool blank = strspn(one, " \t") == len;
		bool by_break = p[len] == '\r' || p[len] == '\n' ||
				(p > list && (p[-1] == '\r' || p[-1] == '\n'));
		if (!(by_break && blank) && !(blank && empty_refused) && add(s, one, d) != 0) {
			rc = -1;
			empty_refused = empty_refused || blank;
		}
		free(one);
		if (!p[len])
			break;
		p += len + 1;
	}
	return rc;
}

int rsetup_take_group(struct rsetup *s, const struct strv *people, struct diags *d)
{
	strv_free(&s->people);
	for (size_t r = 0; r < s->flow->flow.n_roles; r++)
		strv_free(&s->placed[r]);
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

double rsetup_flow_minutes(const struct flow *f, unsigned rounds)
{
	double m = 0;
	for (size_t i = 0; i < f->n_phases; i++)
		m += f->phases[i].minutes > 0 ? f->phases[i].minutes : 0;
	return m * (rounds ? rounds : f->rounds ? f->rounds : 1);
}

long rsetup_placed_role(const struct rsetup *s, size_t p)
{
	return p < s->people.n ? rsetup_placed_in(s, s->people.v[p]) : -1;
}

/* Whether role r can be chosen for a person: optional, a fixed count. */
static bool rsetup_choosable(const struct flow *f, long r)
{
	return r >= 0 && (size_t)r < f->n_roles && f->roles[r].optional && !f->roles[r].rest;
}

int rsetup_place(struct rsetup *s, size_t p, long r, struct diags *d)
{
	const struct flow *f = &s->flow->flow;
	if (p >= s->people.n)
		return -1;
	if (r >= 0 && !rsetup_choosable(f, r)) {
		diags_error(d, NULL, 0, 0, DIAG_SCHEMA, "\"%s\" is not an optional role of %s",
			    (size_t)r < f->n_roles ? f->roles[r].id : "?", s->flow->id);
		return -1;
	}
	const char *name = s->people.v[p];
	if (r >= 0 && rsetup_placed_in(s, name) != r && s->placed[r].n >= f->roles[r].count) {
		diags_error(d, NULL, 0, 0, DIAG_SCHEMA, "%s is held already (%s)",
			    f->roles[r].title ? f->roles[r].title : f->roles[r].id, s->placed[r].v[0]);
		return -1;
	}
	rsetup_unplace(s, name);
	if (r >= 0)
		strv_push(&s->placed[r], name);
	rsetup_reseat(s);
	return 0;
}

long rsetup_next_optional(const struct rsetup *s, size_t p)
{
	const struct flow *f = &s->flow->flow;
	long now = rsetup_placed_role(s, p);
	for (long r = now + 1; (size_t)r < f->n_roles; r++)
		if (rsetup_choosable(f, r) && s->placed[r].n < f->roles[r].count)
			return r;
	return -1;
}

bool rsetup_has_optional(const struct rsetup *s)
{
	for (size_t r = 0; r < s->flow->flow.n_roles; r++)
		if (rsetup_choosable(&s->flow->flow, (long)r))
			return true;
	return false;
}

/* "mentor=Dee": seats Dee in the optional role mentor. */
static int rsetup_place_one(struct rsetup *s, const char *pair, struct diags *d)
{
	const struct flow *f = &s->flow->flow;
	const char *eq = strchr(pair, '=');
	char *role = names_trim(pair), *name = eq ? names_trim(eq + 1) : NULL;
	role[eq ? strcspn(role, "= \t") : strlen(role)] = '\0';
	long r = -1, p = name ? strv_find(&s->people, name) : -1;
	for (size_t i = 0; i < f->n_roles; i++)
		r = strcmp(f->roles[i].id, role) == 0 ? (long)i : r;
	int rc = -1;
	if (!eq || !*role || !*name)
		diags_error(d, NULL, 0, 0, DIAG_SCHEMA, "\"%s\": give ROLE=NAME, as mentor=Dee", pair);
	else if (r < 0 || !rsetup_choosable(f, r))
		diags_error(d, NULL, 0, 0, DIAG_SCHEMA, "%s has no optional role \"%s\"%s", s->flow->id,
			    role, rsetup_has_optional(s) ? "" : " (it has none)");
	else if (p < 0)
		diags_error(d, NULL, 0, 0, DIAG_SCHEMA, "\"%s\" is not among the people present", name);
	else
		rc = rsetup_place(s, (size_t)p, r, d);
	free(role);
	free(name);
	return rc;
}

int rsetup_place_list(struct rsetup *s, const char *list, struct diags *d)
{
	return rsetup_each(s, list, d, rsetup_place_one);
}
