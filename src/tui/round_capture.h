#ifndef RUCKSACK_ROUND_CAPTURE_H
#define RUCKSACK_ROUND_CAPTURE_H
/*
 * What the phase screen asks for, worked out from the session alone (no
 * curses): whose turn it is, who still owes a reflection when the phase
 * captures one per person, the cards in hand, and which card a new
 * reflection speaks to by default.  Everything reads the current round and
 * phase of s.
 */
#include <stdbool.h>
#include <stddef.h>

#include "core/round/session.h"

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
 * The cards in play in this round by its current phase, to show and open:
 * the live (not withdrawn) cards dealt in this round's phases up to the
 * current one, so the observers' lens cards dealt earlier are still there
 * when they use them.  Each person's (in entry order), then the table's;
 * each one's in the order dealt.  Indexes into s->dealt, written to out
 * (room for s->n_dealt); returns how many.
 */
size_t rcap_hand(const struct session *s, size_t *out);
/* True when s->dealt[i] was dealt in the current round and phase: new here. */
bool rcap_is_new(const struct session *s, size_t i);

/*
 * The card a text by person speaks to by default (an index into s->dealt),
 * the one in hand most relevant to this phase: of person's cards, the first
 * dealt in this phase, else the one from the latest phase.  For the group
 * (person -1): the table's card dealt in this phase, else the first dealt
 * in this phase to whose turn it is (the action planner's, say), else the
 * table's from the latest phase.  -1 when there is none.
 */
long rcap_default_card(const struct session *s, int person);

/*
 * The cards a text by person (-1: the group) may speak to, in the order a
 * writer steps through them: the default first, then person's other cards
 * in hand; for the group, every card in hand.  Written to out (room for
 * s->n_dealt); returns how many.
 */
size_t rcap_card_choices(const struct session *s, int person, size_t *out);

#endif
