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
/* $XDG_CONFIG_HOME (absolute), or $HOME/.config; freshly allocated; NULL if neither is set. */
char *paths_config_home(env_fn env);
/* DATA_HOME/rucksack/<leaf>, created (with parents) mode 0700 when create is set.
 * rucksack/ and <leaf>, when they exist, are kept private (paths_keep_private).
 * Returns NULL and adds an io diagnostic when it cannot, or when one of them
 * belongs to another user (errnum EPERM). */
char *paths_private_dir(env_fn env, const char *leaf, int create, struct diags *d);
/* Makes sure the folder dir is the user's own and closed to others,
 * tightening it to 0700 when it is wider (setgid and sticky bits too; not
 * on a read-only disk).  0, or -1 with errno: ENOENT, ENOTDIR, EPERM
 * (another user's), or chmod's. */
int paths_keep_private(const char *dir);
/* The folder path is in: "." for a bare name, "/" for one at the root;
 * freshly allocated. */
char *paths_parent(const char *path);
/* mkdir -p with the given mode for the folders it makes; 0 or -1 (errno set). */
int paths_mkdirs(const char *path, unsigned mode);

#endif
