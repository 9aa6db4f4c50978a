#ifndef RUCKSACK_EXTEDIT_H
#define RUCKSACK_EXTEDIT_H
/*
 * Writing a text in the user's own editor, without curses (the caller
 * leaves the screen first, see app_outside).  The text goes into a file
 * readable only by the user (0600) in a fresh folder of ours (0700),
 * <pid>-XXXXXX, in the hand-over folder $XDG_DATA_HOME/rucksack/editor
 * (made 0700; $TMPDIR or /tmp only when there is no data folder), so a
 * file left by a program that died while the editor was open stays private
 * and is found at the next start (extedit_stale).  $VISUAL, else $EDITOR,
 * else vi, runs on it through /bin/sh (so "code --wait" works), with the
 * default signal handling; then the file is read back and removed with its
 * folder, whatever happened.
 */
#include <stdbool.h>
#include <stddef.h>

#include "core/deck/searchpath.h"

#define EXTEDIT_MAX_BYTES (1 << 20) /* a longer file is refused */

struct extedit_opts {
	env_fn env;	   /* looks up VISUAL, EDITOR, XDG_DATA_HOME, HOME, TMPDIR; NULL: getenv */
	const char *owner; /* what the text belongs to (a round's draft file), kept in the
			    * folder for extedit_stale; NULL: nothing */
	bool (*stop)(void); /* may be NULL: true once the program must end (SIGTERM, SIGHUP) */
};

/* extedit_run's return when stop said to end while the editor was open. */
#define EXTEDIT_STOPPED 1

/*
 * 0 with *out set to the edited text (caller frees): one final newline is
 * removed (editors add it) and CR LF becomes LF.  -1 with *err set (caller
 * frees, one sentence) when the editor cannot be run, fails, or leaves a
 * file that is not UTF-8 or too long; *out is then untouched, so the
 * caller's text is never lost.  EXTEDIT_STOPPED when o->stop said to end
 * while the editor was open: the editor is ended (SIGTERM, then SIGKILL
 * after a few seconds) and *out is the file's text as it last saved it (the
 * caller keeps it as a draft).
 */
int extedit_run(const char *text, const struct extedit_opts *o, char **out, char **err);

/* The hand-over folder (made 0700) for env, or NULL when there is no data folder; caller frees. */
char *extedit_dir(env_fn env);

/* A hand-over left by a program that died while the editor was open. */
struct extedit_stale {
	char *dir;   /* its folder */
	char *text;  /* the file's text (as extedit_run would read it back) */
	char *owner; /* what it belongs to (extedit_opts.owner), or NULL */
};
/* The stale hand-overs in dir (their program no longer runs); n of them, caller frees with extedit_stale_free. */
size_t extedit_stale(const char *dir, struct extedit_stale **out);
/* Removes the stale hand-over's folder (once its text is kept elsewhere). */
void extedit_forget(const struct extedit_stale *st);
void extedit_stale_free(struct extedit_stale *v, size_t n);

#endif
