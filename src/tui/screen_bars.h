#ifndef RUCKSACK_SCREEN_BARS_H
#define RUCKSACK_SCREEN_BARS_H
/*
 * The key lines of the setup screen and of the rounds lists, chosen for the
 * state at hand as the phase screen's is (round_bar.h), without curses so
 * they are tested alone: what matters now first, so that at 80 columns
 * (and the first few on a small window) it shows.
 *
 * Setup: while too few people sit, adding them (and the same group as
 * before, when there is one) leads; once the round can start, Enter starts
 * it, then adding, fitting the time, the case, apologies, help and back;
 * with a person marked for a swap, the swap leads.
 *
 * Rounds: with none listed, only back and help; an unfinished round leads
 * with resume (an ended one with "open", round_bar's names are the
 * actions' own); one that cannot be resumed now (damaged, open in another
 * window, its flow gone) leaves resume off.
 */
#include <stdbool.h>
#include <stddef.h>

#include "keys.h"

struct subar_state {
	bool can_start; /* people enough for the flow's required roles */
	bool people;	/* anyone added */
	bool marked;	/* a person is marked for a swap */
	bool groups;	/* earlier rounds' groups to start from (P) */
	bool optional;	/* the flow has optional roles (o) */
};

struct rdbar_state {
	bool any;	/* a round is selected */
	bool blocked;	/* it cannot be resumed now */
	bool all;	/* the Rounds kept list (export and delete matter there) */
};

#define SCREEN_BAR_MAX 16

/* The key line's actions for st, most important first, into out (room for
 * cap, at least SCREEN_BAR_MAX), ACT_NONE-terminated; returns how many. */
size_t subar_actions(const struct subar_state *st, enum action *out, size_t cap);
size_t rdbar_actions(const struct rdbar_state *st, enum action *out, size_t cap);

#endif
