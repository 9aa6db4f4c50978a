#ifndef RUCKSACK_ROUND_FIT_H
#define RUCKSACK_ROUND_FIT_H
/*
 * Fitting a flow's phase minutes to the facilitator's slot ("we have 45
 * minutes"), without a screen.  The phases keep their proportions, in whole
 * minutes: each timed phase gets its share of the slot (largest remainders
 * first, ties to the earlier phase), never under one minute, and the shares
 * sum to the slot exactly unless the slot is shorter than one minute a timed
 * phase.  Untimed phases (minutes 0 or less) stay untimed (0).
 */
#include <stddef.h>

/* The longest slot a round can be fitted to: a day. */
#define ROUND_FIT_MAX_SLOT 1440

/*
 * Fits minutes[n] (one round's phases, as the flow gives them) to slot
 * minutes for the whole round of `rounds` rounds (each round gets slot /
 * rounds, rounded down): out[n] receives each phase's whole minutes, 0 for
 * an untimed one.  Returns the round's total (out's sum times rounds): the
 * slot when it could be met, more when the slot is too short to give each
 * timed phase a minute, less when rounds do not divide it; 0 when no phase
 * is timed (out all 0) or slot or rounds is 0 (out untouched).
 */
unsigned round_fit_minutes(const double *minutes, size_t n, unsigned rounds, unsigned slot,
			   unsigned *out);

#endif
