/* rucksack show ID [CARD]: a deck, one of its cards, or a flow, for reading. */
#include <getopt.h>
#include <stdlib.h>

#include "cli/cmd_decks.h"
#include "cli/show.h"
#include "core/base/utf8.h"

static void show_usage(FILE *out)
{
	fputs("usage: rucksack show ID [CARD]\n"
	      "Prints a deck's suits and cards, one card of it in full (title, suit, body,\n"
	      "prompts, examples), or a flow's roles and phases, wrapped to the width of\n"
	      "the terminal (80 columns when the output is not a terminal).  IDs are those\n"
	      "of 'rucksack list'.\n",
	      out);
}

/* 0 to go on, -1 after --help, 2 on bad usage. */
static int show_parse(struct cli_ctx *ctx, int argc, char **argv)
{
	static const struct option longs[] = {
		{"help", no_argument, NULL, 'h'},
		{NULL, 0, NULL, 0},
	};
	opterr = 0;
	optind = 0;
	for (int c; (c = getopt_long(argc, argv, ":h", longs, NULL)) != -1;) {
		if (c != 'h')
			return cli_bad_option(ctx, "show", c, argv);
		show_usage(ctx->out);
		return -1;
	}
	if (optind >= argc)
		return cli_usage_error(ctx, "show", "which deck or flow? give its ID");
	if (argc - optind > 2)
		return cli_usage_error(ctx, "show", "unexpected argument '%s'", argv[optind + 2]);
	return 0;
}

static int show_no_card(struct cli_ctx *ctx, const struct doc *doc, const char *card)
{
	char *vis = utf8_visible(card, false);
	fprintf(ctx->err, "rucksack show: deck '%s' has no card '%s'; see 'rucksack show %s'\n",
		doc->id, vis, doc->id);
	free(vis);
	return 1;
}

static int show_one_card(struct cli_ctx *ctx, const struct doc *doc, const char *card)
{
	if (doc->kind != DOC_DECK) {
		fprintf(ctx->err, "rucksack show: '%s' is a flow; only decks have cards\n", doc->id);
		return 1;
	}
	long i = deck_find_card(&doc->deck, card);
	if (i < 0)
		return show_no_card(ctx, doc, card);
	show_card(ctx->out, doc, &doc->deck.cards[i], SHOW_CARD_SUIT | SHOW_CARD_META,
		  cli_term_width(ctx->out));
	return 0;
}

int cmd_show_run(struct cli_ctx *ctx, int argc, char **argv)
{
	int rc = show_parse(ctx, argc, argv);
	if (rc)
		return rc < 0 ? 0 : rc;
	const char *id = argv[optind], *card = optind + 1 < argc ? argv[optind + 1] : NULL;
	const struct doc *doc = catalog_find(cli_catalog(ctx), id);
	if (!doc)
		return cli_unknown_id(ctx, "show", id);
	if (card)
		return show_one_card(ctx, doc, card);
	if (doc->kind == DOC_DECK)
		show_deck(ctx->out, doc, cli_term_width(ctx->out));
	else
		show_flow(ctx->out, doc, cli_term_width(ctx->out));
	return 0;
}
