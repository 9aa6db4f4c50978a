#ifndef RUCKSACK_EXTEDIT_H
#define RUCKSACK_EXTEDIT_H
/*
 * Writing a text in the user's own editor, without curses (the caller
 * leaves the screen first, see app_outside).  The text goes into a file
 * readable only by the user (0600) in a fresh private folder (0700) under
 * $TMPDIR (or /tmp); $VISUAL, else $EDITOR, else vi, runs on it through
 * /bin/sh (so "code --wait" works), with the default signal handling; then
 * the file is read back and removed with its folder, whatever happened.
 */
#include "core/deck/searchpath.h"

#define EXTEDIT_MAX_BYTES (1 << 20) /* a longer file is refused */

/*
 * 0 with *out set to the edited text (caller frees): one final newline is
 * removed (editors add it) and CR LF becomes LF.  -1 with *err set (caller
 * frees, one sentence) when the editor cannot be run, fails, or leaves a
 * file that is not UTF-8 or too long; *out is then untouched, so the
 * caller's text is never lost.  env NULL means getenv.
 */
int extedit_run(const char *text, env_fn env, char **out, char **err);

#endif
