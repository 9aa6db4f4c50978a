#ifndef RUCKSACK_CMD_SESSION_H
#define RUCKSACK_CMD_SESSION_H
/*
 * `rucksack sessions` and `rucksack export`: rounds read back from their
 * journals.  argv[0] is the command name.  Exit statuses: 0 ok, 1 not found
 * or io, 2 bad usage.
 */
#include <stdio.h>

#include "core/searchpath.h"

/* rucksack sessions [--format=text|json] */
int cmd_sessions_run(int argc, char **argv, env_fn env, FILE *out, FILE *err);
/* rucksack export ID [--format md|json] [--anonymise] [-o FILE] */
int cmd_export_run(int argc, char **argv, env_fn env, FILE *out, FILE *err);

/* The journal of round id (a unique prefix will do, or a path to a .jsonl)
 * in dir; NULL with a message on err when none or several match. */
char *cmd_session_find(const char *dir, const char *id, FILE *err);

#endif
