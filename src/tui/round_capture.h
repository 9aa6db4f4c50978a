#ifndef RUCKSACK_ROUND_CAPTURE_H
#define RUCKSACK_ROUND_CAPTURE_H
/*
 * What the phase screen asks for, worked out from the session alone (no
 * curses): whose turn it is, who still owes a reflection when the phase
 * captures one per person, and which card a new reflection speaks to by
 * default.  Everything reads the current round and phase of s.
 */
#include <stdbool.h>
#include <stddef.h>

#include "core/session.h"

/*
 * The people whose turn it is (the phase's `who`: a role's holders in this
 * round's seats, everyone for "all", nobody when absent), in entry order,
 * written to out (room for s->people.n).  Returns how many.
 */
size_t rcap_who(const struct session *s, size_t *out);

/* True when person (-1: the group) has a live reflection (not a note, not
 * deleted) in the current phase. */
bool rcap_has_reflection(const struct session *s, int person);

/*
 * The person the next reflection belongs to: for capture `each`, the first
 * of rcap_who without one yet (-2 when all have one); for `one`, -1 (the
 * group); for `none`, -2 (nothing to capture).
 */
int rcap_next_person(const struct session *s);

/*
 * The card a reflection by person speaks to by default: the index into
 * s->dealt of that person's only live card in this phase (for the group, the
 * table's only card), or -1 when there is none or more than one.
 */
long rcap_default_card(const struct session *s, int person);

#endif
