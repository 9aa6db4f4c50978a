#ifndef RUCKSACK_SETUP_PREFS_H
#define RUCKSACK_SETUP_PREFS_H
/*
 * What the setup screen remembers between rounds: the facilitator's name.
 * Kept in CONFIG_HOME/rucksack/setup ($XDG_CONFIG_HOME, default ~/.config),
 * lines of "key = value" ('#' starts a comment line); written whole and
 * atomically (atomicfile.h), mode 0600, its folder made 0700.  A line that
 * is not understood is ignored with a warning naming the file and line, so
 * a damaged file never stops a round from being set up.  The settings file
 * (settings.h), which the champion writes, gives the defaults: its
 * facilitator when this file remembers none, and its slot.
 */
#include "core/base/diag.h"
#include "core/base/env.h"
#include "core/round/round_setup.h"

struct setup_prefs {
	char *facilitator; /* NULL: none remembered, and none in the settings */
	unsigned slot;	   /* the settings' slot in minutes; 0: the flow's own */
};

/* The file's path, or NULL when neither XDG_CONFIG_HOME nor HOME is set. */
char *setup_prefs_path(env_fn env);
/* Reads the file, then the settings file, into p (zeroed first); a missing
 * file is no error.  Lines not understood add warnings at file:line and are
 * skipped. */
void setup_prefs_load(struct setup_prefs *p, env_fn env, struct diags *d);
/* Gives a new round's setup what p holds: the facilitator (p lets go of
 * it) and the slot, fitted to when the flow has a timed phase. */
void setup_prefs_apply(struct setup_prefs *p, struct rsetup *rs);
/* Writes p; 0, or -1 with an io diagnostic. */
int setup_prefs_save(const struct setup_prefs *p, env_fn env, struct diags *d);
void setup_prefs_free(struct setup_prefs *p);

#endif
