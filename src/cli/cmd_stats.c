/* rucksack stats: accuracy per suit per ISO week, most-confused pairs. */
#include <stdlib.h>

#include "cli/cmd_practice.h"
#include "cli/commands.h"
#include "core/base/diag.h"
#include "core/practice/practice_stats.h"

/* The decks give the suits' order; files that fail to load are left out quietly. */
static int cmd_stats(struct cli_ctx *ctx, const struct cli_args *args)
{
	const char *deck = cli_args_value(args, "deck");
	bool json = cli_args_value_is(args, "format", "json");
	struct catalog cat = {0};
	cli_quiet_catalog(ctx, &cat);
	struct diags d = {0};
	char *path = practice_journal_path(ctx->env, 0, &d);
	int rc = path && practice_stats_report(ctx->out, path, deck, &cat, json, &d) == 0 ? 0 : 1;
	diags_print_text(ctx->err, &d);
	diags_free(&d);
	free(path);
	catalog_free(&cat);
	return rc;
}

const struct cli_cmd_entry cmd_stats_entry = {
	.name = "stats",
	.args = {.options = (const struct cli_option[]){
			 {0, "deck", NULL, CLI_STRING, "ID", 0, 0, "only the answers of deck ID"},
			 {0, "format", NULL, CLI_CHOICE, "text|json", 0, 0,
			  "text (the default), or one JSON object"},
			 {0},
		 }},
	.usage = "[--deck ID] [--format=text|json]",
	.summary = "practice accuracy per suit per week",
	.about = "Accuracy per suit per week, and the suits most often taken for each other,\n"
		 "from your practice records.  \"right\" is the type (suit) named right; the\n"
		 "subtypes are counted apart, where the type was right and has subtypes.",
	.exec = cmd_stats,
};
