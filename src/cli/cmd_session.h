#ifndef RUCKSACK_CMD_SESSION_H
#define RUCKSACK_CMD_SESSION_H
/*
 * What the commands that read rounds back from their journals share
 * (sessions, export, resume): the sessions folder, its list, and which
 * round an id or path means.
 */
#include <stdbool.h>

#include "cli/cli.h"
#include "core/round/session.h"

/* The sessions folder under XDG_DATA_HOME (not created); NULL with a message
 * on ctx->err when there is no home to put it in. */
char *cmd_session_dir(struct cli_ctx *ctx, const char *cmd);
/*
 * The rounds `rucksack sessions` lists (session_list of dir and the rescue
 * folders), each at its live place; warnings in d.
 */
void cmd_session_list(struct cli_ctx *ctx, const char *dir, struct session_info **v, size_t *n,
		      struct diags *d);
/*
 * The journal of round id, where the round lives now: when id names a file
 * (has a '/' or ends in .jsonl), that file or where its pointers lead (said
 * on ctx->err); else the round listed with the id id, or that id starts (an
 * exact id wins over longer ones).  A round whose live copy is not there (a
 * pointer to a drive not plugged in) gives its older copy with a warning,
 * or, with live_only, NULL with a message.  NULL, with a message for command
 * cmd on ctx->err, when none or several match.
 */
char *cmd_session_find(struct cli_ctx *ctx, const char *cmd, const char *id, bool live_only);

#endif
