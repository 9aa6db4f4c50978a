/*
 * rucksack run: a round in the full-screen program, started from the
 * command line at its flow's first phase, skipping setup.  Everything that
 * can be checked without a screen is checked first, so a bad flow or a name
 * given twice is one line on standard error.  The names in --people are
 * checked by the setup rules (core/round/round_setup.h), where the flow is
 * known.
 */
#include "cli/cmd_run.h"

#include <stdlib.h>

#include "cli/commands.h"
#include "core/deck/catalog.h"
#include "core/round/session.h"
#include "core/base/utf8.h"
#include "core/base/xalloc.h"
#include "core/round/round_setup.h"
#include "tui/tui.h"

/* o from args: 0, or 2 after the usage error when --flow or --people is missing. */
static int run_opts_from(struct cli_ctx *ctx, const struct cli_args *args, struct run_opts *o)
{
	*o = (struct run_opts){
		.flow = cli_args_value(args, "flow"),
		.people = cli_args_value(args, "people"),
		.has_seed = cli_args_has(args, "seed"),
		.seed = cli_args_number(args, "seed", 0),
		.rounds = (unsigned)cli_args_number(args, "rounds", 0),
		.facilitator = cli_args_value(args, "facilitator"),
		.case_ref = cli_args_value(args, "case"),
		.question = cli_args_value(args, "question"),
		.apologies = cli_args_value(args, "apologies"),
		.seat = cli_args_value(args, "seat"),
		.help = args->help,
	};
	if (o->help)
		return 0;
	if (!o->flow || !*o->flow)
		return cli_usage_error(ctx, "run", "which flow? give --flow ID (rucksack list shows them)");
	if (!o->people || !*o->people)
		return cli_usage_error(ctx, "run", "who is present? give --people \"Ana,Ben,Chi\"");
	return 0;
}

int cmd_run_parse(struct cli_ctx *ctx, int argc, char **argv, struct run_opts *o)
{
	struct cli_args args;
	int rc = cli_args_parse(ctx, "run", &cmd_run_entry.args, argc, argv, &args);
	if (rc == 0)
		rc = run_opts_from(ctx, &args, o);
	cli_args_free(&args);
	return rc;
}

/* The problems with option opt, one line each; d is emptied.  A message
 * quotes what was typed, so it is made visible: an escape typed into
 * --seat must not reach the terminal raw. */
static void run_said(FILE *err, const char *opt, struct diags *d)
{
	for (size_t i = 0; i < d->n; i++) {
		char *shown = utf8_visible(d->v[i].message, false);
		fprintf(err, "rucksack run: --%s: %s\n", opt, shown);
		free(shown);
	}
	diags_free(d);
}

/* The people and seats for the round; 0, or 1 with the problems on ctx->err. */
static int run_setup(struct cli_ctx *ctx, const struct run_opts *ro, struct rsetup *rs)
{
	struct diags d = {0};
	int bad = rsetup_add_list(rs, ro->people, &d);
	run_said(ctx->err, "people", &d);
	if (ro->apologies && *ro->apologies && rsetup_add_apologies(rs, ro->apologies, &d) != 0)
		bad = -1;
	run_said(ctx->err, "apologies", &d);
	if (!bad && ro->seat && *ro->seat && rsetup_place_list(rs, ro->seat, &d) != 0)
		bad = -1;
	run_said(ctx->err, "seat", &d);
	if (bad)
		return 1;
	if (!rs->seated) {
		fprintf(ctx->err, "rucksack run: flow '%s' needs at least %zu people%s; %zu given\n",
			rs->flow->id, rs->need, ro->seat && *ro->seat ? ", with those seated by --seat" : "",
			rs->people.n);
		return 1;
	}
	return 0;
}

static int cmd_run(struct cli_ctx *ctx, const struct cli_args *args)
{
	struct run_opts ro;
	if (run_opts_from(ctx, args, &ro) != 0)
		return 2;
	const struct doc *flow = cli_find_doc(ctx, "run", ro.flow);
	if (!flow)
		return 1;
	if (flow->kind != DOC_FLOW) {
		fprintf(ctx->err, "rucksack run: '%s' is a deck, not a flow; see 'rucksack list'\n",
			flow->id);
		return 1;
	}
	struct rsetup rs;
	rsetup_init(&rs, flow);
	rs.has_seed = ro.has_seed;
	rs.seed = ro.seed;
	if (ro.facilitator && *ro.facilitator)
		rs.facilitator = xstrdup(ro.facilitator);
	rs.case_ref = xstrdup(ro.case_ref);
	rs.question = xstrdup(ro.question);
	int status = run_setup(ctx, &ro, &rs);
	struct session_opts so = {0};
	if (status == 0 && rsetup_opts(&rs, &so) == 0) {
		so.rounds = ro.rounds;
		so.env = ctx->env;
		struct tui_opts to = {
			.cat = cli_catalog(ctx), .no_color = ctx->no_color, .env = ctx->env};
		struct tui_round tr = {.start = &so};
		status = tui_round(&to, &tr, ctx->err);
	}
	rsetup_free(&rs);
	return status;
}

const struct cli_cmd_entry cmd_run_entry = {
	.name = "run",
	.args = {.options = (const struct cli_option[]){
			 {0, "flow", NULL, CLI_STRING, "ID", 0, 0,
			  "the flow to run (see 'rucksack list'); an ID holding a '/'\n"
			  "or ending in .json is a file, read as it is, its decks\n"
			  "looked for on the search path"},
			 {0, "people", NULL, CLI_STRING, "NAMES", 0, 0,
			  "who is present, comma-separated, in seating order"},
			 {0, "seed", NULL, CLI_NUMBER, "S", 0, UINT64_MAX,
			  "deal the same cards as another round with this seed"},
			 {0, "rounds", NULL, CLI_NUMBER, "N", 1, 1000,
			  "how many rounds (default: the flow's own), seats rotating"},
			 {0, "facilitator", NULL, CLI_STRING, "NAME", 0, 0,
			  "the facilitator's name, for the transcript"},
			 {0, "case", NULL, CLI_STRING, "REF", 0, 0,
			  "the case: initials or a case number, never a family's names"},
			 {0, "question", NULL, CLI_STRING, "TEXT", 0, 0,
			  "the presenter's question for the group"},
			 {0, "apologies", NULL, CLI_STRING, "NAMES", 0, 0,
			  "who sent apologies (expected but absent), comma-separated"},
			 {0, "seat", NULL, CLI_STRING, "ROLE=NAME", 0, 0,
			  "seat NAME in optional ROLE (mentor=Dee); commas for more"},
			 {0},
		 }},
	.usage = "--flow ID --people NAMES [--seed S] [--rounds N] [--facilitator NAME] "
		 "[--case REF] [--question TEXT] [--apologies NAMES] [--seat ROLE=NAME]",
	.summary = "start a round at its first phase, skipping setup",
	.about = "Starts a round of flow ID at its first phase, skipping the setup screen.\n"
		 "NAMES is a comma-separated list, such as \"Ana,Ben,Chi\".\n"
		 "An optional role (a systemic mentor, a process observer) is filled only\n"
		 "by --seat, as --seat mentor=Dee, never by the size of the group.",
	.exec = cmd_run,
};
