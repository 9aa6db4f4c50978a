/*
 * The command table: one row per command.  Adding a command is adding its
 * file and one row here; `rucksack --help` lists the rows in this order.
 */
#include "cli/cli.h"
#include "cli/cmd_decks.h"
#include "cli/cmd_home.h"
#include "cli/cmd_practice.h"
#include "cli/cmd_run.h"
#include "cli/cmd_session.h"

/* stats keeps the signature it was written with; the decks give the suits' order. */
static int cli_stats(struct cli_ctx *ctx, int argc, char **argv)
{
	struct catalog cat = {0};
	practice_quiet_catalog(ctx, &cat);
	int rc = cmd_stats_run(argc, argv, ctx->env, &cat, ctx->out, ctx->err);
	catalog_free(&cat);
	return rc;
}

const struct cli_command cli_commands[] = {
	{"list", cmd_list_run, "list the decks and flows found"},
	{"show", cmd_show_run, "print a deck's cards, one card, or a flow's roles and phases"},
	{"deal", cmd_deal_run, "deal cards from a deck and print them"},
	{"lint", cmd_lint_run, "check deck and flow files strictly"},
	{"practice", cmd_practice_run, "practise question types alone: name them or write your own"},
	{"stats", cli_stats, "practice accuracy per suit per week"},
	{"run", cmd_run_run, "start a round at its first phase, skipping setup"},
	{"resume", cmd_resume_run, "reopen an unfinished round where it was left"},
	{"sessions", cmd_sessions_run, "list the rounds kept, newest first, unfinished marked"},
	{"export", cmd_export_run, "rebuild a round's transcript (Markdown or JSON, --anonymise)"},
	{NULL, NULL, NULL},
};

/* With no command: the full-screen program. */
const struct cli_command cli_default_command = {
	NULL, cmd_home_run,
	"With no command, rucksack opens the full-screen program (in a terminal)."};
