/* rucksack deal ID [-n N] [--seed S] [--suit SUIT]: cards from a deck, like fortune. */
#include <inttypes.h>
#include <stdlib.h>

#include "cli/cli.h"
#include "cli/commands.h"
#include "cli/show.h"
#include "core/deck/dealer.h"
#include "core/base/rng.h"
#include "core/base/utf8.h"

#define DEAL_MAX 1000

struct deal_opts {
	const char *id, *suit;
	size_t n;
	uint64_t seed;
	bool have_seed;
};

static int deal_no_suit(struct cli_ctx *ctx, const struct doc *doc, const char *suit)
{
	char *vis = utf8_visible(suit, false);
	fprintf(ctx->err, "rucksack deal: deck '%s' has no suit '%s'", doc->id, vis);
	for (size_t i = 0; i < doc->deck.n_suits; i++)
		fprintf(ctx->err, "%s%s", i ? ", " : "; its suits: ", doc->deck.suits[i].id);
	fputc('\n', ctx->err);
	free(vis);
	return 1;
}

/* The deck to deal from, or NULL after saying why not. */
static const struct doc *deal_deck(struct cli_ctx *ctx, const struct deal_opts *o)
{
	const struct doc *doc = cli_find_doc(ctx, "deal", o->id);
	if (!doc)
		return NULL;
	if (doc->kind != DOC_DECK) {
		fprintf(ctx->err, "rucksack deal: '%s' is a flow, not a deck; see 'rucksack list'\n",
			doc->id);
		return NULL;
	}
	if (o->suit && !deck_find_suit(&doc->deck, o->suit)) {
		deal_no_suit(ctx, doc, o->suit);
		return NULL;
	}
	return doc;
}

static int deal_cards(struct cli_ctx *ctx, const struct doc *doc, const struct deal_opts *o)
{
	struct dealer *dl = dealer_new(o->seed);
	size_t width = cli_term_width(ctx->out);
	bool reshuffled = false;
	int rc = 0;
	for (size_t i = 0; i < o->n; i++) {
		bool r = false;
		long k = dealer_draw(dl, doc, o->suit, &r);
		if (k < 0) {
			fprintf(ctx->err, "rucksack deal: suit '%s' of deck '%s' has no cards\n",
				o->suit, doc->id);
			rc = 1;
			break;
		}
		reshuffled |= r;
		if (i)
			fputc('\n', ctx->out);
		show_card(ctx->out, doc, &doc->deck.cards[k], SHOW_CARD_SUIT, width);
	}
	if (reshuffled)
		fputs("rucksack deal: the deck ran out and was reshuffled\n", ctx->err);
	dealer_free(dl);
	return rc;
}

static int cmd_deal(struct cli_ctx *ctx, const struct cli_args *args)
{
	struct deal_opts o = {
		.id = args->pos[0],
		.suit = cli_args_value(args, "suit"),
		.n = (size_t)cli_args_number(args, "n", 1),
		.seed = cli_args_number(args, "seed", 0),
		.have_seed = cli_args_has(args, "seed"),
	};
	const struct doc *doc = deal_deck(ctx, &o);
	if (!doc)
		return 1;
	if (!o.have_seed) {
		o.seed = rng_fresh_seed();
		fprintf(ctx->err, "rucksack deal: seed %" PRIu64 " (deal these again with --seed %" PRIu64
				  ")\n",
			o.seed, o.seed);
	}
	return deal_cards(ctx, doc, &o);
}

const struct cli_cmd_entry cmd_deal_entry = {
	.name = "deal",
	.args = {
		.options = (const struct cli_option[]){
			{'n', NULL, NULL, CLI_NUMBER, "N", 1, DEAL_MAX, "how many cards"},
			{0, "seed", NULL, CLI_NUMBER, "S", 0, UINT64_MAX,
			 "a whole number from 0 to 18446744073709551615"},
			{0, "suit", NULL, CLI_STRING, "SUIT", 0, 0, "deal only from this suit of the deck"},
			{0},
		},
		.lower = 1,
		.upper = 1,
		.missing = "which deck? give its ID",
	},
	.usage = "ID|FILE [-n N] [--seed S] [--suit SUIT]",
	.summary = "deal cards from a deck and print them",
	.about = "Deals N cards (default 1, at most 1000) from deck ID and prints them\n"
		 "(or from the deck in FILE: an argument holding a '/' or ending in .json).\n"
		 "Cards are dealt without replacement, weighted as the deck says; a deck\n"
		 "that runs out is reshuffled.  The same seed deals the same cards on any\n"
		 "machine; without --seed a fresh one is used and printed on standard error.",
	.exec = cmd_deal,
};
