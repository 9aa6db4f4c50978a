/* rucksack show ID [CARD]: a deck, one of its cards, or a flow, for reading. */
#include <stdlib.h>

#include "cli/cli.h"
#include "cli/commands.h"
#include "cli/show.h"
#include "core/base/utf8.h"

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

static int cmd_show(struct cli_ctx *ctx, const struct cli_args *args)
{
	const char *id = args->pos[0], *card = args->n_pos > 1 ? args->pos[1] : NULL;
	const struct doc *doc = cli_find_doc(ctx, "show", id);
	if (!doc)
		return 1;
	if (card)
		return show_one_card(ctx, doc, card);
	if (doc->kind == DOC_DECK)
		show_deck(ctx->out, doc, cli_term_width(ctx->out));
	else
		show_flow(ctx->out, doc, cli_term_width(ctx->out));
	return 0;
}

const struct cli_cmd_entry cmd_show_entry = {
	.name = "show",
	.args = {
		.options = (const struct cli_option[]){{0}},
		.lower = 1,
		.upper = 2,
		.missing = "which deck or flow? give its ID",
	},
	.usage = "ID|FILE [CARD]",
	.summary = "print a deck's cards, one card, or a flow's roles and phases",
	.about = "Prints a deck's suits and cards, one card of it in full (title, suit, body,\n"
		 "prompts, examples), or a flow's roles and phases, wrapped to the width of\n"
		 "the terminal (80 columns when the output is not a terminal).  IDs are those\n"
		 "of 'rucksack list'; an argument holding a '/' or ending in .json is a FILE,\n"
		 "read as it is, so a draft can be tried before it is installed.",
	.exec = cmd_show,
};
