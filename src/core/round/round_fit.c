/*
 * Fitting phase minutes to a slot (round_fit.h): each timed phase's ideal
 * share is its minutes times slot over the flow's total; starting from the
 * shares rounded down (at least one minute), minutes go to the phases
 * furthest below their share, or come off those furthest above it, one at a
 * time, until the sum is the slot.
 */
#include <stdlib.h>

#include "core/round/round_fit.h"
#include "core/base/xalloc.h"

/* The timed phase furthest below (more > 0) or above (more < 0) its ideal
 * share that can take the change; n when none can. */
static size_t fit_pick(const double *ideal, const unsigned *out, size_t n, int more)
{
	size_t best = n;
	double best_gap = 0;
	for (size_t i = 0; i < n; i++) {
		if (ideal[i] <= 0 || (more < 0 && out[i] <= 1))
			continue;
		double gap = more > 0 ? ideal[i] - out[i] : out[i] - ideal[i];
		if (best == n || gap > best_gap) {
			best = i;
			best_gap = gap;
		}
	}
	return best;
}

/* The ideal shares of target, and out rounded down from them (at least 1); their sum. */
static unsigned fit_start(const double *minutes, size_t n, unsigned target, double total,
			  double *ideal, unsigned *out)
{
	unsigned sum = 0;
	for (size_t i = 0; i < n; i++) {
		ideal[i] = minutes[i] > 0 ? minutes[i] * target / total : 0;
		out[i] = minutes[i] > 0 ? (ideal[i] >= 1 ? (unsigned)ideal[i] : 1) : 0;
		sum += out[i];
	}
	return sum;
}

unsigned round_fit_minutes(const double *minutes, size_t n, unsigned rounds, unsigned slot,
			   unsigned *out)
{
	if (!slot || !rounds)
		return 0;
	double total = 0;
	for (size_t i = 0; i < n; i++)
		total += minutes[i] > 0 ? minutes[i] : 0;
	if (total <= 0) {
		for (size_t i = 0; i < n; i++)
			out[i] = 0;
		return 0;
	}
	unsigned target = slot / rounds;
	double *ideal = xcalloc(n, sizeof *ideal);
	unsigned sum = fit_start(minutes, n, target, total, ideal, out);
	while (sum != target) {
		int more = sum < target ? 1 : -1;
		size_t i = fit_pick(ideal, out, n, more);
		if (i == n)
			break; /* every timed phase is down to one minute */
		out[i] = more > 0 ? out[i] + 1 : out[i] - 1;
		sum = more > 0 ? sum + 1 : sum - 1;
	}
	free(ideal);
	return sum * rounds;
}
