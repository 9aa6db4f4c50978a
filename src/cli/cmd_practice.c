/* rucksack practice: options, the Markdown export, and the practice screens. */
#include <stdlib.h>
#include <string.h>

#include "cli/cmd_output.h"
#include "cli/cmd_practice.h"
#include "cli/commands.h"
#include "core/base/diag.h"
#include "core/deck/load.h"
#include "core/practice/practice_store.h"
#include "core/base/rng.h"
#include "tui/tui.h"

/* o from what was given, before the checks between options. */
static void practice_opts_read(const struct cli_args *args, struct practice_opts *o)
{
	const char *mode = cli_args_value(args, "mode");
	*o = (struct practice_opts){
		.run = {
			.deck = PRACTICE_DEFAULT_DECK,
			.suit = cli_args_value(args, "suit"),
			.flow = cli_args_value(args, "flow"),
			.n = (size_t)cli_args_number(args, "n", 0),
			.seed = cli_args_number(args, "seed", 0),
			.mode = mode && !strcmp(mode, "write") ? PRACTICE_MODE_WRITE
							       : PRACTICE_MODE_NAME,
		},
		.deck_given = cli_args_has(args, "deck"),
		.mode_given = mode != NULL,
		.have_seed = cli_args_has(args, "seed"),
		.export_md = cli_args_has(args, "export"),
		.output = cli_args_value(args, "output"),
		.help = args->help,
	};
	if (o->deck_given)
		o->run.deck = cli_args_value(args, "deck");
}

/* The options of args, checked against each other: 0, or 2 after the usage error. */
static int practice_opts_from(struct cli_ctx *ctx, const struct cli_args *args,
			      struct practice_opts *o)
{
	practice_opts_read(args, o);
	if (o->help)
		return 0;
	if (o->output && !o->export_md)
		return cli_usage_error(ctx, "practice", "-o is for --export");
	if (o->run.flow && o->mode_given && o->run.mode != PRACTICE_MODE_WRITE)
		return cli_usage_error(ctx, "practice", "--flow is for --mode write");
	if (o->run.flow && o->export_md)
		return cli_usage_error(ctx, "practice", "--flow is not for --export");
	if (o->run.flow)
		o->run.mode = PRACTICE_MODE_WRITE;
	if (o->run.mode == PRACTICE_MODE_WRITE && !o->deck_given)
		o->run.deck = NULL; /* the flow's */
	if (!o->run.n && o->run.mode == PRACTICE_MODE_NAME)
		o->run.n = PRACTICE_NAME_ITEMS; /* write: 0, as its steps suit */
	return 0;
}

int practice_opts_parse(struct cli_ctx *ctx, int argc, char **argv, struct practice_opts *o)
{
	struct cli_args args;
	int rc = cli_args_parse(ctx, "practice", &cmd_practice_entry.args, argc, argv, &args);
	if (rc == 0)
		rc = practice_opts_from(ctx, &args, o);
	cli_args_free(&args);
	return rc;
}

int cmd_practice_export(const struct practice_opts *o, env_fn env, const struct catalog *cat,
			FILE *out, FILE *err)
{
	struct diags d = {0};
	char *path = practice_journal_path(env, 0, &d);
	struct practice_log log = {0};
	bool torn;
	struct practice_export_job job = {&log, o->deck_given ? o->run.deck : NULL, cat};
	const struct cmd_output w = {env, out, NULL, "the questions", 0600,
				     practice_export_job_write, &job};
	int rc = path && practice_log_load(&log, path, &torn, &d) == 0 &&
			 cmd_output_write(&w, o->output, &d) == 0
		 ? 0
		 : 1;
	diags_print_text(err, &d);
	practice_log_free(&log);
	diags_free(&d);
	free(path);
	return rc;
}

/* The screens, after checking that the decks can give what was asked. */
static int practice_screens(struct cli_ctx *ctx, struct practice_opts *o)
{
	const struct catalog *cat = cli_catalog(ctx);
	const struct doc *deck = NULL, *flow = NULL;
	if (o->run.deck && !(deck = cli_find_doc(ctx, "practice", o->run.deck)))
		return 1;
	if (o->run.flow && !(flow = cli_find_doc(ctx, "practice", o->run.flow)))
		return 1;
	/* by id from here: a file given is in the catalog, ahead of the search path */
	o->run.deck = deck ? deck->id : NULL;
	o->run.flow = flow ? flow->id : NULL;
	struct diags d = {0};
	int rc = practice_setup_check(cat, &o->run, &d);
	diags_print_text(ctx->err, &d);
	diags_free(&d);
	if (rc != 0)
		return 1;
	if (!o->have_seed)
		o->run.seed = rng_fresh_seed();
	struct tui_opts t = {.cat = cat, .no_color = ctx->no_color, .env = ctx->env};
	return tui_practice(&t, &o->run, ctx->err);
}

static int cmd_practice(struct cli_ctx *ctx, const struct cli_args *args)
{
	struct practice_opts o;
	int rc = practice_opts_from(ctx, args, &o);
	if (rc != 0)
		return rc;
	if (!o.export_md)
		return practice_screens(ctx, &o);
	struct doc *file = NULL;
	if (o.deck_given && cli_is_path(o.run.deck)) { /* the export is of its id */
		struct diags d = {0};
		load_file(o.run.deck, &file, &d);
		diags_print_text(ctx->err, &d);
		diags_free(&d);
		if (!file)
			return 1;
		o.run.deck = file->id;
	}
	struct catalog cat = {0};
	cli_quiet_catalog(ctx, &cat);
	rc = cmd_practice_export(&o, ctx->env, &cat, ctx->out, ctx->err);
	catalog_free(&cat);
	doc_free(file);
	return rc;
}

const struct cli_cmd_entry cmd_practice_entry = {
	.name = "practice",
	.args = {.options = (const struct cli_option[]){
			 {0, "deck", NULL, CLI_STRING, "ID", 0, 0,
			  "the deck to practise (default tomm-questions); an ID\n"
			  "holding a '/' or ending in .json is a file, read as it is"},
			 {0, "mode", NULL, CLI_CHOICE, "name|write", 0, 0,
			  "name: name the type of example questions (the default);\n"
			  "write: write questions of a type dealt for a vignette,\n"
			  "then compare them with the card's examples and prompts,\n"
			  "in the steps of a solo flow (default solo-practice)"},
			 {0, "flow", NULL, CLI_STRING, "ID", 0, 0,
			  "the solo flow for --mode write (implies it): its first\n"
			  "deal is the vignette, its second the question type;\n"
			  "a file, as for --deck"},
			 {0, "suit", NULL, CLI_STRING, "SUIT", 0, 0, "only that suit"},
			 {'n', NULL, NULL, CLI_NUMBER, "N", 1, 1000,
			  "questions to name (default 10) or exercises to write\n"
			  "(default 1 through a flow, 3 on built-in steps), 1 to 1000"},
			 {0, "seed", NULL, CLI_NUMBER, "S", 0, UINT64_MAX,
			  "the same seed asks and deals in the same order"},
			 {0, "export", NULL, CLI_FLAG, NULL, 0, 0,
			  "print the questions you have written, with their\n"
			  "vignettes, and the Name it scores by day, as Markdown"},
			 {'o', "output", NULL, CLI_STRING, "FILE", 0, 0,
			  "with --export: write FILE (atomically, mode 0600; - for\n"
			  "standard output); never a file of the practice store or\n"
			  "of a round (refused)"},
			 {0},
		 }},
	.usage = "[--deck ID] [--mode name|write] [--flow ID] [--suit SUIT] [-n N] [--seed S]\n"
		 "--export [-o FILE] [--deck ID]",
	.summary = "practise question types alone: name them or write your own",
	.about = "Practise Tomm's question types (or any deck with suits and examples) alone.",
	.exec = cmd_practice,
};
