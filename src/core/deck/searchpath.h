#ifndef RUCKSACK_SEARCHPATH_H
#define RUCKSACK_SEARCHPATH_H
/*
 * Where decks and flows are looked for, first wins:
 *   1. each --decks DIR, in the order given;
 *   2. each entry of $RUCKSACK_PATH (colon-separated);
 *   2b. each deck folder of the settings file (settings.h), in its order;
 *   3. $XDG_DATA_HOME/rucksack/decks (default ~/.local/share/rucksack/decks);
 *   4. DIR/rucksack/decks for each DIR of $XDG_DATA_DIRS
 *      (default /usr/local/share:/usr/share);
 *   5. the stock decks: $RUCKSACK_DATADIR, or the source tree's decks/ when
 *      the program runs from inside the tree it was built in, or the
 *      compiled-in data folder (searchpath_datadir).
 * Duplicates (the same string once trailing slashes are dropped) are kept
 * once, at their first place.  Empty entries are dropped; as the XDG Base
 * Directory spec says, an empty XDG_* variable takes its default and a
 * relative path in one is ignored.
 */
#include "core/base/env.h"
#include "core/base/strv.h"

/* Appends the search path to out (give it empty).  settings_dirs (may be
 * NULL) are the settings file's.  env may be NULL to use getenv.  Returns
 * how many of its first entries the user named (--decks, $RUCKSACK_PATH and
 * the settings file): a folder among those that is missing deserves a word
 * (catalog_load_named), a missing default folder does not. */
size_t searchpath_build(struct strv *out, const struct strv *cli_dirs,
			const struct strv *settings_dirs, env_fn env, const char *datadir);

/*
 * The stock decks' folder (freshly allocated): $RUCKSACK_DATADIR when set
 * and not empty; else TREE/decks when exe (the running program, e.g.
 * "/proc/self/exe") resolves to a file inside the source tree TREE it was
 * built in (build/rucksack, build/clang/rucksack), so a program run from
 * the tree shows that tree's decks, not an installed copy's or none; else
 * compiled (the data folder of `make install`).  tree or exe may be NULL.
 */
char *searchpath_datadir(env_fn env, const char *compiled, const char *tree, const char *exe);

#endif
