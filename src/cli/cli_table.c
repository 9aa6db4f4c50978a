/*
 * The command table: one entry per command, each defined in its cmd_*.c.
 * Adding a command is adding its file and one line here; `rucksack --help`
 * lists them in this order.
 */
#include "cli/cli.h"
#include "cli/commands.h"

const struct cli_cmd_entry *const cli_table[] = {
	&cmd_list_entry,
	&cmd_show_entry,
	&cmd_deal_entry,
	&cmd_lint_entry,
	&cmd_new_entry,
	&cmd_practice_entry,
	&cmd_stats_entry,
	&cmd_run_entry,
	&cmd_resume_entry,
	&cmd_sessions_entry,
	&cmd_export_entry,
	&cmd_print_entry,
	NULL,
};
