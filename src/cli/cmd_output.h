#ifndef RUCKSACK_CMD_OUTPUT_H
#define RUCKSACK_CMD_OUTPUT_H
/* Where an export may write (-o FILE): never over a file of ours. */
#include "core/base/diag.h"
#include "core/base/env.h"

/*
 * 0 when out (NULL or "-": standard output) may be written; -1 with an
 * error in d when it is a file of a round (journal's own or any in the
 * sessions and rescue folders: journal, draft, lock, pointer) or of the
 * practice store — known by device and inode, so links and other spellings
 * of the path are refused too.  journal (may be NULL) is the round exported.
 */
int cmd_output_check(env_fn env, const char *out, const char *journal, struct diags *d);

#endif
