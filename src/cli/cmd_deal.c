/* rucksack deal ID [-n N] [--seed S] [--suit SUIT]: cards from a deck, like fortune. */
#include <errno.h>
#include <getopt.h>
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cmd_decks.h"
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

static void deal_usage(FILE *out)
{
	fputs("usage: rucksack deal ID [-n N] [--seed S] [--suit SUIT]\n"
	      "Deals N cards (default 1, at most 1000) from deck ID and prints them.\n"
	      "Cards are dealt without replacement, weighted as the deck says; a deck\n"
	      "that runs out is reshuffled.  The same seed deals the same cards on any\n"
	      "machine; without --seed a fresh one is used and printed on standard error.\n\n"
	      "  -n N         how many cards\n"
	      "  --seed S     a whole number from 0 to 18446744073709551615\n"
	      "  --suit SUIT  deal only from this suit of the deck\n",
	      out);
}

/* A whole decimal number in [lo, hi]; false for signs, blanks or junk. */
static bool deal_number(const char *s, uint64_t lo, uint64_t hi, uint64_t *out)
{
	if (*s < '0' || *s > '9')
		return false;
	char *end;
	errno = 0;
	unsigned long long v = strtoull(s, &end, 10);
	if (errno || *end || v < lo || v > hi)
		return false;
	*out = (uint64_t)v;
	return true;
}

static int deal_one(struct cli_ctx *ctx, int c, char **argv, struct deal_opts *o)
{
	uint64_t v;
	switch (c) {
	case 's': o->suit = optarg; return 0;
	case 'n':
		if (!deal_number(optarg, 1, DEAL_MAX, &v))
			return cli_usage_error(ctx, "deal", "-n needs a whole number from 1 to %d",
					       DEAL_MAX);
		o->n = (size_t)v;
		return 0;
	case 'S':
		if (!deal_number(optarg, 0, UINT64_MAX, &o->seed))
			return cli_usage_error(ctx, "deal", "--seed needs a whole number");
		o->have_seed = true;
		return 0;
	default: return cli_bad_option(ctx, "deal", c, argv);
	}
}

/* 0 to go on, -1 after --help, 2 on bad usage. */
static int deal_parse(struct cli_ctx *ctx, int argc, char **argv, struct deal_opts *o)
{
	static const struct option longs[] = {
		{"seed", required_argument, NULL, 'S'},
		{"suit", required_argument, NULL, 's'},
		{"help", no_argument, NULL, 'h'},
		{NULL, 0, NULL, 0},
	};
	opterr = 0;
	optind = 0;
	for (int c; (c = getopt_long(argc, argv, ":hn:", longs, NULL)) != -1;) {
		if (c == 'h') {
			deal_usage(ctx->out);
			return -1;
		}
		if (deal_one(ctx, c, argv, o) != 0)
			return 2;
	}
	if (optind >= argc)
		return cli_usage_error(ctx, "deal", "which deck? give its ID");
	if (optind + 1 < argc)
		return cli_usage_error(ctx, "deal", "unexpected argument '%s'", argv[optind + 1]);
	o->id = argv[optind];
	return 0;
}

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
	const struct doc *doc = catalog_find(cli_catalog(ctx), o->id);
	if (!doc) {
		cli_unknown_id(ctx, "deal", o->id);
		return NULL;
	}
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

int cmd_deal_run(struct cli_ctx *ctx, int argc, char **argv)
{
	struct deal_opts o = {.n = 1};
	int rc = deal_parse(ctx, argc, argv, &o);
	if (rc)
		return rc < 0 ? 0 : rc;
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
