/* rucksack practice: options, the Markdown export, and the practice screens. */
#include <errno.h>
#include <getopt.h>
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cmd_practice.h"
#include "core/base/diag.h"
#include "core/practice/practice_store.h"
#include "core/base/rng.h"
#include "tui/tui.h"

void practice_usage(FILE *out)
{
	fputs("usage: rucksack practice [--deck ID] [--mode name|write] [--flow ID]\n"
	      "                         [--suit SUIT] [-n N] [--seed S]\n"
	      "       rucksack practice --export [-o FILE] [--deck ID]\n"
	      "Practise Tomm's question types (or any deck with suits and examples) alone.\n"
	      "  --deck ID         the deck to practise (default tomm-questions)\n"
	      "  --mode name       name the type of example questions (the default)\n"
	      "  --mode write      write questions of a type dealt for a vignette, then\n"
	      "                    compare them with the card's examples and prompts, in\n"
	      "                    the steps of a solo flow (default solo-practice)\n"
	      "  --flow ID         the solo flow for --mode write (implies it): its first\n"
	      "                    deal is the vignette, its second the question type\n"
	      "  --suit SUIT       only that suit\n"
	      "  -n N              questions to name (default 10) or exercises to write\n"
	      "                    (default 1 through a flow, 3 on built-in steps), 1 to 1000\n"
	      "  --seed S          the same seed asks and deals in the same order\n"
	      "  --export          print the questions you have written as Markdown\n"
	      "  -o, --output FILE with --export: write FILE (atomically, mode 0600)\n",
	      out);
}

/* A whole decimal number in [lo, hi]; false otherwise. */
static bool parse_u64(const char *s, uint64_t lo, uint64_t hi, uint64_t *out)
{
	char *end;
	errno = 0;
	if (!*s || *s == '-' || *s == '+' || *s == ' ')
		return false;
	unsigned long long v = strtoull(s, &end, 10);
	if (errno || *end || v < lo || v > hi)
		return false;
	*out = v;
	return true;
}

static int opts_one(struct cli_ctx *ctx, int c, struct practice_opts *o, char **argv)
{
	uint64_t v;
	switch (c) {
	case 'd': o->run.deck = optarg; o->deck_given = true; return 0;
	case 's': o->run.suit = optarg; return 0;
	case 'o': o->output = optarg; return 0;
	case 'e': o->export_md = true; return 0;
	case 'h': o->help = true; return 0;
	case 'f': o->run.flow = optarg; return 0;
	case 'm':
		if (strcmp(optarg, "name") && strcmp(optarg, "write"))
			return cli_usage_error(ctx, "practice", "--mode must be name or write");
		o->run.mode = strcmp(optarg, "write") == 0 ? PRACTICE_MODE_WRITE : PRACTICE_MODE_NAME;
		o->mode_given = true;
		return 0;
	case 'n':
		if (!parse_u64(optarg, 1, 1000, &v))
			return cli_usage_error(ctx, "practice", "-n needs a number from 1 to 1000");
		o->run.n = (size_t)v;
		return 0;
	case 'S':
		if (!parse_u64(optarg, 0, UINT64_MAX, &o->run.seed))
			return cli_usage_error(ctx, "practice", "--seed needs a whole number");
		o->have_seed = true;
		return 0;
	default:
		return cli_bad_option(ctx, "practice", c, argv);
	}
}

int practice_opts_parse(struct cli_ctx *ctx, int argc, char **argv, struct practice_opts *o)
{
	static const struct option longs[] = {
		{"deck", required_argument, NULL, 'd'},
		{"mode", required_argument, NULL, 'm'},
		{"flow", required_argument, NULL, 'f'},
		{"suit", required_argument, NULL, 's'},
		{"seed", required_argument, NULL, 'S'},
		{"export", no_argument, NULL, 'e'},
		{"output", required_argument, NULL, 'o'},
		{"help", no_argument, NULL, 'h'},
		{NULL, 0, NULL, 0},
	};
	*o = (struct practice_opts){.run = {.deck = PRACTICE_DEFAULT_DECK}};
	opterr = 0;
	optind = 0; /* glibc: a full reset; the global options were parsed before */
	for (int c; (c = getopt_long(argc, argv, ":n:o:h", longs, NULL)) != -1;)
		if (opts_one(ctx, c, o, argv) != 0)
			return 2;
	if (optind < argc)
		return cli_usage_error(ctx, "practice", "unexpected argument '%s'", argv[optind]);
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

int cmd_practice_export(const struct practice_opts *o, env_fn env, const struct catalog *cat,
			FILE *out, FILE *err)
{
	struct diags d = {0};
	char *path = practice_journal_path(env, 0, &d);
	struct practice_log log = {0};
	bool torn;
	const char *deck = o->deck_given ? o->run.deck : NULL;
	int rc = path && practice_log_load(&log, path, &torn, &d) == 0 ? 0 : 1;
	if (rc == 0 && o->output)
		rc = practice_export_file(o->output, &log, deck, cat, &d) == 0 ? 0 : 1;
	else if (rc == 0)
		practice_export_markdown(out, &log, deck, cat);
	for (size_t i = 0; i < d.n; i++)
		diag_print_text(err, &d.v[i]);
	practice_log_free(&log);
	diags_free(&d);
	free(path);
	return rc;
}

/* Decks for titles and order only: a file that fails to load does not stop
 * an export or stats (lint and list report it). */
void practice_quiet_catalog(struct cli_ctx *ctx, struct catalog *c)
{
	struct strv dirs = {0};
	struct diags ignored = {0};
	cli_search_path(ctx, &dirs);
	catalog_load(c, &dirs, &ignored);
	strv_free(&dirs);
	diags_free(&ignored);
}

/* The screens, after checking that the decks can give what was asked. */
static int practice_screens(struct cli_ctx *ctx, struct practice_opts *o)
{
	const struct catalog *cat = cli_catalog(ctx);
	if (o->run.deck && !catalog_find(cat, o->run.deck))
		return cli_unknown_id(ctx, "practice", o->run.deck);
	if (o->run.flow && !catalog_find(cat, o->run.flow))
		return cli_unknown_id(ctx, "practice", o->run.flow);
	struct diags d = {0};
	int rc = practice_setup_check(cat, &o->run, &d);
	for (size_t i = 0; i < d.n; i++)
		diag_print_text(ctx->err, &d.v[i]);
	diags_free(&d);
	if (rc != 0)
		return 1;
	if (!o->have_seed)
		o->run.seed = rng_fresh_seed();
	struct tui_opts t = {.cat = cat, .no_color = ctx->no_color, .env = ctx->env};
	return tui_practice(&t, &o->run, ctx->err);
}

int cmd_practice_run(struct cli_ctx *ctx, int argc, char **argv)
{
	struct practice_opts o;
	int rc = practice_opts_parse(ctx, argc, argv, &o);
	if (rc != 0)
		return rc;
	if (o.help) {
		practice_usage(ctx->out);
		return 0;
	}
	if (!o.export_md)
		return practice_screens(ctx, &o);
	struct catalog cat = {0};
	practice_quiet_catalog(ctx, &cat);
	rc = cmd_practice_export(&o, ctx->env, &cat, ctx->out, ctx->err);
	catalog_free(&cat);
	return rc;
}
