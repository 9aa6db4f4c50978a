#ifndef RUCKSACK_CMD_SESSION_H
#define RUCKSACK_CMD_SESSION_H
/*
 * The commands that read rounds back from their journals: `rucksack sessions`
 * and `rucksack export`.  argv[0] is the command name; the return value is
 * the exit status: 0 ok, 1 no such round / unreadable / io, 2 bad usage.
 */
#include "cli/cli.h"

/* rucksack sessions [--format=text|json] */
int cmd_sessions_run(struct cli_ctx *ctx, int argc, char **argv);
/* rucksack export ID [--format md|json] [--anonymise] [-o FILE] */
int cmd_export_run(struct cli_ctx *ctx, int argc, char **argv);

/* The sessions folder under XDG_DATA_HOME (not created); NULL with a message
 * on ctx->err when there is no home to put it in. */
char *cmd_session_dir(struct cli_ctx *ctx, const char *cmd);
/*
 * The journal of round id: its path when id names a file (has a '/' or ends
 * in .jsonl), else the journal in the sessions folder whose id is id or
 * starts with it (an exact id wins over longer ones).  NULL, with a message
 * for command cmd on ctx->err, when none or several match.
 */
char *cmd_session_find(struct cli_ctx *ctx, const char *cmd, const char *id);

#endif
