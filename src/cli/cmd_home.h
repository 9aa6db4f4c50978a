#ifndef RUCKSACK_CMD_HOME_H
#define RUCKSACK_CMD_HOME_H
/*
 * `rucksack` with no command: the full-screen program's home screen, on the
 * decks and flows of the search path.  Files that fail to load are counted
 * on the home screen (not printed, which the full screen would hide).
 * Refuses with one line when stdin or stdout is not a terminal.  Returns the
 * exit status (see tui_main).
 */
#include "cli/cli.h"

int cmd_home_run(struct cli_ctx *ctx, int argc, char **argv);

#endif
