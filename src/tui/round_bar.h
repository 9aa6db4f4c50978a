#ifndef RUCKSACK_ROUND_BAR_H
#define RUCKSACK_ROUND_BAR_H
/*
 * The phase screen's key line, chosen for the state at hand (without
 * curses, so it is tested alone): the most important keys first, so that at
 * 80 columns (and on a small window, the first few) what matters now shows.
 * On the last phase, how to end comes first; with a timer, pause (or
 * resume) and a minute more; then the cards, the projector and help, which
 * must be found without opening help.  While something is not saved, retry
 * and save elsewhere lead.  An ended round offers only what it still does.
 */
#include <stdbool.h>
#include <stddef.h>

#include "keys.h"

struct rbar_state {
	bool ended;   /* read only: a card, the transcript, reopen, help, quit */
	bool last;    /* the last phase of the last round: no next, the end first */
	bool timed;   /* the phase has a timer */
	bool cards;   /* there are cards in hand to read or project */
	bool unsaved; /* records wait to be written */
	bool actions; /* the phase plans actions (capture "actions"): their key follows write */
};

/* Fills out (room for cap, at least RBAR_MAX) with the key line's actions
 * for st, most important first, ACT_NONE-terminated; returns how many. */
size_t rbar_actions(const struct rbar_state *st, enum action *out, size_t cap);

#define RBAR_MAX 20

/* Appends a to out, n long (when there is room for it and the ACT_NONE
 * after it), and ends out there; returns the new length.  For every
 * screen's key line (screen_bars.c too). */
size_t rbar_push(enum action *out, size_t n, size_t cap, enum action a);

#endif
