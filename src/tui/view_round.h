#ifndef RUCKSACK_VIEW_ROUND_H
#define RUCKSACK_VIEW_ROUND_H
/*
 * The phase screen of a live round: the phase's title, guidance and
 * prompts, whose turn it is, the seats, a timer, the cards dealt and what
 * has been written; keys to write reflections and notes, edit and delete
 * them, read, redeal and choose cards, move between phases and rounds,
 * show the projector view, write the transcript and end the round.
 *
 * The screen owns the session: every change goes through session.h, and
 * the screen says "saved" only after the call returned SESSION_OK.  When the
 * journal cannot be written a banner stays up, with keys to retry and to
 * save elsewhere, until everything is on a disk; when the screen closes
 * (q confirmed, a signal) with something still only in memory, it goes to
 * a rescue copy (session_rescue) and the program says where as it ends.
 * Text being typed is kept as a draft (session drafts) after each pause,
 * and when the program ends on quit or on a signal; resuming reopens the
 * editor with it, and a round resumed from a rescue copy goes back home.
 */
#include <stdbool.h>

#include "app.h"
#include "core/round/session.h"

/* The phase screen for s (the screen takes it and frees it when it closes).
 * message (may be NULL) is shown on the key line first; warn shows it as a warning. */
struct view *round_open(struct app *a, struct session *s, const char *message, bool warn);

/* Pushes the phase screen for s, just started (resumed false) or resumed with
 * status st and diagnostics d, saying so; a resumed round's draft reopens in the editor. */
void round_push(struct app *a, struct session *s, int st, const struct diags *d, bool resumed);

/* Starts a round from o (see core/round/round_setup.h's rsetup_opts) and pushes its
 * phase screen; true on success, otherwise the reason is on the key line. */
bool round_start(struct app *a, const struct session_opts *o);
/* Reopens the round whose journal is path and pushes its phase screen,
 * reopening the editor with any draft; true on success, otherwise the reason
 * is on the key line. */
bool round_resume(struct app *a, const char *path);

#endif
