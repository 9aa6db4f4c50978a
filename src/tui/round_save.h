#ifndef RUCKSACK_ROUND_SAVE_H
#define RUCKSACK_ROUND_SAVE_H
/*
 * What the round's screens say about saving, decided without curses: after
 * every session call, the status and its diagnostics become either "saved"
 * or the error banner's text.  The screen never says "saved" unless the
 * call returned SESSION_OK.  While something is not saved, the keys that
 * help (r retry, s save elsewhere) come first, then why, in few words, so
 * that a 40-column screen shows them.
 */
#include <stddef.h>

#include "core/base/diag.h"
#include "core/round/session.h"

/* The keys that help while records are pending (shown first, so never cut). */
#define RSAVE_KEYS "r retry · s save elsewhere"

/*
 * Why a save failed, in few words: the cause of the first error caused by an
 * errno ("the disk is full", fileio_why), else the first error's message,
 * else a plain fallback.  Points into d or static text.
 */
const char *rsave_why(const struct diags *d);

/*
 * The line to show after a session call returned st with diagnostics d:
 *   SESSION_OK      -> what ("Reflection saved"), or "Saved" when what is NULL
 *   SESSION_UNSAVED -> "Not saved · r retry · s save elsewhere · <rsave_why>"
 *   SESSION_INVALID -> "<first error>" (nothing changed)
 * Caller frees.
 */
char *rsave_message(int st, const struct diags *d, const char *what);

/*
 * The NOT SAVED banner for a row of width columns: one line when all of it
 * fits ("NOT SAVED · r retry · s save elsewhere · kept in memory: <why>"),
 * else two, the keys on the first and "kept in memory: <why>" (just <why>
 * when that is too wide) on the second.  Fills line[0] and line[1] (NULL
 * when one line does); returns how many.  Caller frees both.
 */
size_t rsave_banner(const char *why, size_t width, char *line[2]);

/*
 * Where a listed round lives when that is not the sessions folder, for the
 * resume list: "moved to <folder>", "rescued to <folder>", or "older copy:
 * <folder> is not there" (its live copy is missing); NULL at home.  Caller frees.
 */
char *rsave_where(const struct session_info *si);

/*
 * What to say once the program has gone, after session_rescue returned rc
 * with where and d (NULL when there was nothing to rescue): everything
 * saved in the journal after all; all of it in the rescue copy at where
 * (and how to carry on from it); or NOT SAVED, that the changes are lost,
 * and why, place by place (the program then exits 1).  Caller frees.
 */
char *rsave_farewell(const struct session *s, int rc, const char *where, const struct diags *d);

/* The line shown after resuming: mentions a torn tail.  Static text. */
const char *rsave_resume_message(const struct session *s);

#endif
