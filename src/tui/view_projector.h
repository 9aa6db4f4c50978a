#ifndef RUCKSACK_VIEW_PROJECTOR_H
#define RUCKSACK_VIEW_PROJECTOR_H
/*
 * The projector view: the whole screen for the room, nothing but the
 * current phase and one card of it in large, plain letters (letter-spaced
 * when they fit, round_projector.h), the card's text under it, and the
 * timer.  ← → step through the phase's cards; Tab (or v) switches to the
 * phase itself, its prompts and who holds which role, and back; any other
 * key goes back.
 */
#include "app.h"
#include "core/round/session.h"
#include "round_timer.h"

/* For the round's current phase, showing dealt[card] first (-1: none); s and t are borrowed. */
struct view *projector_open(struct app *a, const struct session *s, const struct rtimer *t,
			    long card);

#endif
