#ifndef RUCKSACK_SETTINGS_H
#define RUCKSACK_SETTINGS_H
/*
 * The settings a champion or a team writes by hand, in
 * CONFIG_HOME/rucksack/settings ($XDG_CONFIG_HOME, default ~/.config):
 * lines of "key = value"; a line starting '#' is a comment, blank lines
 * are skipped.  Keys:
 *   decks = FOLDER        a deck folder searched after $RUCKSACK_PATH
 *                         (repeatable, in order); absolute, or ~/...
 *   facilitator = NAME    the name setup offers when it remembers none
 *   slot = MINUTES        the slot setup fits each round to (45, 1h30)
 * A line not understood gets a warning at FILE:LINE and is skipped: a bad
 * line never stops the program.  The file is read only when it is the
 * user's own and no one else may write it (it decides which decks a group
 * is shown); through a link, as dotfile managers make them, but never a
 * pipe or a device (fileio's FILEIO_SETTINGS).
 */
#include "core/base/diag.h"
#include "core/base/env.h"
#include "core/base/strv.h"

struct settings {
	struct strv decks;  /* deck folders, in the order written, ~ expanded */
	char *facilitator;  /* NULL: none */
	unsigned slot;	    /* minutes; 0: none */
};

/* The file's path, or NULL when neither XDG_CONFIG_HOME nor HOME is set. */
char *settings_path(env_fn env);
/* Reads the settings file into s (zeroed first); a missing file is none.
 * Problems are warnings in d. */
void settings_load(struct settings *s, env_fn env, struct diags *d);
void settings_free(struct settings *s);

#endif
