#ifndef RUCKSACK_SEARCHPATH_H
#define RUCKSACK_SEARCHPATH_H
/*
 * Where decks and flows are looked for, first wins:
 *   1. each --decks DIR, in the order given;
 *   2. each entry of $RUCKSACK_PATH (colon-separated);
 *   3. $XDG_DATA_HOME/rucksack/decks (default ~/.local/share/rucksack/decks);
 *   4. DIR/rucksack/decks for each DIR of $XDG_DATA_DIRS
 *      (default /usr/local/share:/usr/share);
 *   5. the compiled-in data folder (RUCKSACK_DATADIR).
 * Duplicates (the same string once trailing slashes are dropped) are kept
 * once, at their first place.  Empty entries are dropped; as the XDG Base
 * Directory spec says, an empty XDG_* variable takes its default and a
 * relative path in one is ignored.
 */
#include "core/base/env.h"
#include "core/base/strv.h"

/* Appends the search path to out (give it empty).  env may be NULL to use
 * getenv.  Returns how many of its first entries the user named (--decks and
 * $RUCKSACK_PATH): a folder among those that is missing deserves a word
 * (catalog_load_named), a missing default folder does not. */
size_t searchpath_build(struct strv *out, const struct strv *cli_dirs, env_fn env,
			const char *datadir);

#endif
