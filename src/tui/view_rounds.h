#ifndef RUCKSACK_VIEW_ROUNDS_H
#define RUCKSACK_VIEW_ROUNDS_H
/*
 * "Resume a round": the unfinished rounds in the sessions folder, newest
 * first (when, flow, people, what was written, a torn journal noted).  Enter
 * reopens one where it was left (round_resume); q goes back.  A round that
 * cannot be resumed is listed marked (DAMAGED, or its flow not found), with
 * why (FILE:LINE) and what to do under the list; Enter only says so.
 * Offered on the home screen, and opened at start-up when there is a round
 * that can be resumed.
 */
#include <stdbool.h>

#include "app.h"

struct view *rounds_open(struct app *a);
/* True when the sessions folder holds an unfinished round. */
bool rounds_offered(const struct app *a);
/* True when it holds an unfinished round that can be resumed (not damaged, its flow found). */
bool rounds_resumable(const struct app *a);

#endif
