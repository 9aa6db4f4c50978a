#ifndef RUCKSACK_CMD_DECKS_H
#define RUCKSACK_CMD_DECKS_H
/*
 * The commands that read decks and flows: lint, list, show and deal.  Each
 * takes its arguments with argv[0] the command's name and returns the exit
 * status (0 ok, 1 bad input or unknown id, 2 bad usage).
 */
#include "cli/cli.h"

/* rucksack lint [--format=text|json] [--werror] FILE... */
int cmd_lint_run(struct cli_ctx *ctx, int argc, char **argv);
/* rucksack list [--format=text|json] */
int cmd_list_run(struct cli_ctx *ctx, int argc, char **argv);
/* rucksack show ID [CARD] */
int cmd_show_run(struct cli_ctx *ctx, int argc, char **argv);
/* rucksack deal ID [-n N] [--seed S] [--suit SUIT] */
int cmd_deal_run(struct cli_ctx *ctx, int argc, char **argv);

#endif
