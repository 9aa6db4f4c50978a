#ifndef RUCKSACK_ROUND_SAVE_H
#define RUCKSACK_ROUND_SAVE_H
/*
 * What the round's screens say about saving, decided without curses: after
 * every session call, the status and its diagnostics become either "saved"
 * or the error banner's text.  The screen never says "saved" unless the
 * call returned SESSION_OK.
 */
#include <stddef.h>

#include "core/diag.h"
#include "core/session.h"

/*
 * The line to show after a session call returned st with diagnostics d:
 *   SESSION_OK      -> what ("Reflection saved"), or "Saved" when what is NULL
 *   SESSION_UNSAVED -> "Not saved: <first error>. r retry · s save elsewhere"
 *   SESSION_INVALID -> "<first error>" (nothing changed)
 * Caller frees.
 */
char *rsave_message(int st, const struct diags *d, const char *what);

/*
 * Which round `rucksack resume` with no id reopens: the index of the newest
 * unfinished round in v (session_list's order, newest first), or -1.
 */
long rsave_newest_unfinished(const struct session_info *v, size_t n);

/* The line shown after resuming: mentions a torn tail.  Static text. */
const char *rsave_resume_message(const struct session *s);

#endif
