/*
 * Seating people in a flow's roles, and moving them one seat along each round.
 * The seat slots are the roles in listed order, each repeated by the number
 * of people it holds; people fill the slots in entry order.
 */
#include "core/deck/seating.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>

#include "core/base/xalloc.h"

size_t seating_min_people(const struct flow *f)
{
	size_t n = 0;
	for (size_t r = 0; r < f->n_roles; r++) {
		const struct role *ro = &f->roles[r];
		if (ro->optional)
			continue;
		n += ro->rest ? 1 : ro->count;
	}
	return n;
}

size_t seating_max_people(const struct flow *f)
{
	size_t n = 0;
	for (size_t r = 0; r < f->n_roles; r++) {
		if (f->roles[r].rest)
			return SIZE_MAX;
		n += f->roles[r].count;
	}
	return n;
}

/* How many people each role holds for n_people; counts[n_roles].  Optional
 * roles hold no one here: they are filled only by whom the facilitator
 * seats in them (round_setup.h), never by the size of the group. */
static void seating_counts(const struct flow *f, size_t n_people, size_t *counts)
{
	size_t left = n_people;
	long rest = -1;
	for (size_t r = 0; r < f->n_roles; r++) {
		const struct role *ro = &f->roles[r];
		counts[r] = 0;
		if (ro->rest)
			rest = (long)r;
		else if (!ro->optional && left >= ro->count) {
			counts[r] = ro->count;
			left -= ro->count;
		}
	}
	if (rest >= 0)
		counts[rest] = left;
}

int seating_assign(const struct doc *flow, size_t n_people, int *seats, struct diags *d)
{
	const struct flow *f = &flow->flow;
	size_t need = seating_min_people(f);
	if (n_people < need) {
		diags_error(d, flow->path, 0, 0, DIAG_SCHEMA,
			    "flow \"%s\" needs at least %zu people, but %zu %s given", flow->id,
			    need, n_people, n_people == 1 ? "was" : "were");
		return -1;
	}
	size_t *counts = xcalloc(f->n_roles ? f->n_roles : 1, sizeof *counts);
	seating_counts(f, n_people, counts);
	size_t p = 0;
	for (size_t r = 0; r < f->n_roles; r++)
		for (size_t k = 0; k < counts[r] && p < n_people; k++)
			seats[p++] = (int)r;
	for (; p < n_people; p++)
		seats[p] = -1;
	free(counts);
	return 0;
}

/* Whether role r keeps its people when the seats move along. */
static bool seating_stays(const struct flow *f, int r)
{
	return r >= 0 && f->roles[r].optional && !f->roles[r].rest;
}

/* How many of those here hold role r. */
static size_t seating_held(const int *seats, const bool *here, size_t n_people, int r)
{
	size_t held = 0;
	for (size_t p = 0; p < n_people; p++)
		held += seats[p] == r && here[p];
	return held;
}

int seating_late(const struct flow *f, const int *seats, const bool *here, size_t n_people)
{
	int rest = -1;
	for (size_t r = 0; r < f->n_roles; r++) {
		const struct role *ro = &f->roles[r];
		if (ro->rest)
			rest = (int)r;
		else if (!ro->optional && seating_held(seats, here, n_people, (int)r) < ro->count)
			return (int)r; /* a required role short of people: filled first, as at setup */
	}
	return rest;
}

void seating_rotate(const struct flow *f, size_t n_people, int *seats)
{
	size_t *order = xcalloc(n_people ? n_people : 1, sizeof *order);
	int *slot_role = xcalloc(n_people ? n_people : 1, sizeof *slot_role);
	size_t n = 0;
	for (size_t r = 0; r < f->n_roles; r++)
		for (size_t p = 0; p < n_people; p++)
			if (seats[p] == (int)r && !seating_stays(f, (int)r)) {
				order[n] = p;
				slot_role[n] = (int)r;
				n++;
			}
	for (size_t i = 0; i < n; i++)
		seats[order[i]] = slot_role[(i + 1) % n];
	free(order);
	free(slot_role);
}
