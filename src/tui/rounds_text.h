#ifndef RUCKSACK_ROUNDS_TEXT_H
#define RUCKSACK_ROUNDS_TEXT_H
/*
 * What the rounds list says of a round, without curses (so tests read it):
 * its two lines, where it stands, and whether typed text waits.
 */
#include "core/round/session.h"

/* "phase 3 of 7" (a round of several: "round 2 of 3, phase 3 of 7"), or
 * "ended".  Caller frees. */
char *rounds_reached(const struct session_info *si);
/* "a draft waits" or "a rescue copy waits" (text typed and not yet saved
 * in the round's folder), or NULL. */
const char *rounds_unsaved(const struct session_info *si);
/* "Ana, Zoë": the round's people.  Caller frees. */
char *rounds_people(const struct strv *people);
/* The day the round started, "06 Dec 2026" (in the locale's words).  Caller frees. */
char *rounds_date(const struct session_info *si);
/*
 * The round's two lines: "DAMAGED · 24 Nov 2026 09:30 · Bells that Ring ·
 * phase 3 of 7 · a draft waits" (title: the flow's, or NULL for its id; a
 * mark first when it cannot be resumed: why, not NULL) and "  Ana, Zoë ·
 * 3 reflections, 1 note" (a damaged one: "line 3 is damaged", line > 0).
 * Caller frees both.
 */
void rounds_row(const struct session_info *si, const char *title, const char *why, int line,
		char **first, char **second);

#endif
