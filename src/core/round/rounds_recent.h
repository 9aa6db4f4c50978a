#ifndef RUCKSACK_ROUNDS_RECENT_H
#define RUCKSACK_ROUNDS_RECENT_H
/*
 * Which rounds the home screen shows when it has room for a few of the
 * rounds kept: the newest, in session_list's order (newest first), except
 * that a round where typed text waits unsaved (session_info_unsaved) and
 * the round `rucksack resume` would reopen (session_newest_unfinished) are
 * never left off for an older ended round: the facilitator who left text or
 * a round behind finds it on the first screen, however many rounds came
 * after.  They take the places of the oldest of the others, and the list
 * stays newest first.
 */
#include <stddef.h>

#include "core/round/session.h"

/* Fills idx (room for room) with the indexes into v (n rounds, newest
 * first) of the rounds to show, newest first; returns how many (at most
 * room, and n when room is enough). */
size_t rounds_recent(const struct session_info *v, size_t n, size_t room, size_t *idx);

#endif
