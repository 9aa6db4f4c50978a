#ifndef RUCKSACK_TRANSCRIPT_EXPORT_H
#define RUCKSACK_TRANSCRIPT_EXPORT_H
/*
 * Exporting a round's transcript from the program to a file the user names:
 * where it goes when they name nowhere, and never over a file that is there
 * without asking (rucksack export -o is the command line's way).
 */
#include <stdbool.h>

#include "core/base/diag.h"
#include "core/base/env.h"
#include "core/deck/catalog.h"
#include "core/round/transcript.h"

/* The file offered: rucksack-<id>.md (.json; "-anonymised" before it when
 * so) in the documents folder: $XDG_DOCUMENTS_DIR, else the one
 * user-dirs.dirs names (in $XDG_CONFIG_HOME, else ~/.config), else
 * ~/Documents, whichever is a folder first; else ~ (env NULL: getenv).
 * Caller frees. */
char *texport_default_path(env_fn env, const char *id, enum transcript_format fmt, bool anonymise);
/* typed as the user typed it, with a leading ~/ made $HOME's.  Caller frees. */
char *texport_path(env_fn env, const char *typed);
/*
 * Writes the transcript of the round at journal (rebuilt from it; c for
 * titles, may be NULL) to path, atomically, mode 0600.  Unless replace, a
 * path that is there already is left alone and 1 returned (ask first).
 * Anonymised, suspects (may be NULL) gets a line for each word that looks
 * like a name it did not replace (transcript_check_names), to check before
 * sharing.  0 when written; -1 with why (a damaged journal, a folder not
 * there...).
 */
int texport_write(const char *journal, const struct catalog *c, const char *path,
		  enum transcript_format fmt, bool anonymise, bool replace, struct strv *suspects,
		  struct diags *d);

#endif
