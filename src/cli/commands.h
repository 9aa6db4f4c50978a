#ifndef RUCKSACK_COMMANDS_H
#define RUCKSACK_COMMANDS_H
/* The commands' entries, each in its own file (cmd_NAME.c), for the table
 * in cli_table.c. */
#include "cli/cli.h"

extern const struct cli_cmd_entry cmd_list_entry;     /* cmd_list.c */
extern const struct cli_cmd_entry cmd_show_entry;     /* cmd_show.c */
extern const struct cli_cmd_entry cmd_deal_entry;     /* cmd_deal.c */
extern const struct cli_cmd_entry cmd_lint_entry;     /* cmd_lint.c */
extern const struct cli_cmd_entry cmd_new_entry;      /* cmd_new.c */
extern const struct cli_cmd_entry cmd_practice_entry; /* cmd_practice.c */
extern const struct cli_cmd_entry cmd_stats_entry;    /* cmd_stats.c */
extern const struct cli_cmd_entry cmd_run_entry;      /* cmd_run.c */
extern const struct cli_cmd_entry cmd_resume_entry;   /* cmd_resume.c */
extern const struct cli_cmd_entry cmd_sessions_entry; /* cmd_sessions.c */
extern const struct cli_cmd_entry cmd_export_entry;   /* cmd_export.c */
extern const struct cli_cmd_entry cmd_print_entry;    /* cmd_print_entry.c */

/* What `rucksack print` does once its arguments are checked.  rucksack
 * links cmd_print_exec.c's, which runs rucksack-print on the same command
 * line; rucksack-print and the unit tests link cmd_print.c's, which draws.
 * Pango and Cairo are thus loaded by print alone. */
int cmd_print_run(struct cli_ctx *ctx, const struct cli_args *args);

#endif
