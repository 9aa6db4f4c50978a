#ifndef RUCKSACK_SETUP_PREFS_H
#define RUCKSACK_SETUP_PREFS_H
/*
 * What the setup screen remembers between rounds: the facilitator's name.
 * Kept in CONFIG_HOME/rucksack/setup ($XDG_CONFIG_HOME, default ~/.config),
 * lines of "key = value" ('#' starts a comment line); written whole and
 * atomically (atomicfile.h), mode 0600, its folder made 0700.  A line that
 * is not understood is ignored with a warning naming the file and line, so
 * a damaged file never stops a round from being set up.
 */
#include "core/base/diag.h"
#include "core/base/env.h"

struct setup_prefs {
	char *facilitator; /* NULL: none remembered */
};

/* The file's path, or NULL when neither XDG_CONFIG_HOME nor HOME is set. */
char *setup_prefs_path(env_fn env);
/* Reads the file into p (zeroed first); a missing file is no error.  Lines
 * not understood add warnings at file:line and are skipped. */
void setup_prefs_load(struct setup_prefs *p, env_fn env, struct diags *d);
/* Writes p; 0, or -1 with an io diagnostic. */
int setup_prefs_save(const struct setup_prefs *p, env_fn env, struct diags *d);
void setup_prefs_free(struct setup_prefs *p);

#endif
