#ifndef RUCKSACK_PATHS_H
#define RUCKSACK_PATHS_H
/*
 * Where rucksack keeps the user's own files.  Everything private lives under
 * $XDG_DATA_HOME/rucksack (default ~/.local/share/rucksack): rounds in
 * sessions/, practice state in practice/.  Folders are made 0700.
 */
#include "core/base/diag.h"
#include "core/base/env.h"

/* $XDG_DATA_HOME, or $HOME/.local/share; freshly allocated; NULL if neither is set. */
char *paths_data_home(env_fn env);
/* DATA_HOME/rucksack/<leaf>, created (with parents) mode 0700 when create is set.
 * Returns NULL and adds an io diagnostic when it cannot. */
char *paths_private_dir(env_fn env, const char *leaf, int create, struct diags *d);
/* mkdir -p with the given mode for the folders it makes; 0 or -1 (errno set). */
int paths_mkdirs(const char *path, unsigned mode);

#endif
