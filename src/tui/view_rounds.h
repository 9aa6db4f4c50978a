#ifndef RUCKSACK_VIEW_ROUNDS_H
#define RUCKSACK_VIEW_ROUNDS_H
/*
 * The rounds kept on this machine, newest first: when, flow, where each
 * stands ("phase 3 of 7", or ended), who took part, what was written, and
 * whether text typed and not yet saved waits (a draft, a rescue copy).
 * Enter resumes the selected round where it was left (an ended one opens to
 * read), t reads its transcript (rebuilt from its journal), e exports it (Markdown or
 * JSON, anonymised or not, to a file named then, never over one without
 * asking), x deletes it for good (asking first); q goes back.  A round that
 * cannot be resumed is listed marked (DAMAGED, or its flow not found), with
 * why (FILE:LINE) and what to do under the list; Enter only says so.
 * "Resume a round" (offered on the home screen, and opened at start-up when
 * a round can be resumed) lists the unfinished rounds; "Rounds kept" all.
 * The rounds are read again each time the list comes back to the top.
 */
#include <stdbool.h>

#include "app.h"
#include "core/round/session.h"

/* The unfinished rounds (Resume a round). */
struct view *rounds_open(struct app *a);
/* Every round kept (Rounds kept). */
struct view *rounds_all_open(struct app *a);
/* The start-up offer: the unfinished rounds when one of them can be
 * resumed (not damaged, its flow found...), else NULL (nothing to offer);
 * *unfinished: whether there is any (what rounds_offered would say); *all
 * (unless NULL): a copy of every round listed, *n_all of them, so that the
 * home screen need not list them again (caller frees). */
struct view *rounds_offer_open(struct app *a, bool *unfinished, struct session_info **all,
			       size_t *n_all);
/* True when there is an unfinished round that can be resumed: what start-up offers. */
bool rounds_resumable(struct app *a);
/* True when the sessions folder holds an unfinished round. */
bool rounds_offered(const struct app *a);

#endif
