/*
 * A deck's suits and cards: each read by its field table, ids unique within
 * the deck, and every card's suit naming a suit of the deck (required on every
 * card when the deck has suits).
 */
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "core/deck/load_int.h"
#include "core/base/nearest.h"
#include "core/base/xalloc.h"

static const struct lfield suit_fields[] = {
	{ "id", LF_SLUG, true, offsetof(struct suit, id) },
	{ "title", LF_LINE, true, offsetof(struct suit, title) },
	{ "description", LF_TEXT, false, offsetof(struct suit, description) },
	{ "facets", LF_CUSTOM, false, 0 },
	{ "colour", LF_LINE, false, offsetof(struct suit, colour) },
	{ NULL, 0, false, 0 },
};
enum { SUIT_ID, SUIT_FACETS = 3, SUIT_COLOUR };

static const struct lfield card_fields[] = {
	{ "id", LF_SLUG, true, offsetof(struct card, id) },
	{ "title", LF_LINE, true, offsetof(struct card, title) },
	{ "suit", LF_SLUG, false, offsetof(struct card, suit) },
	{ "body", LF_TEXT, false, offsetof(struct card, body) },
	{ "prompts", LF_TEXTS, false, offsetof(struct card, prompts) },
	{ "examples", LF_CUSTOM, false, 0 },
	{ "tags", LF_SLUGS, false, offsetof(struct card, tags) },
	{ "weight", LF_POSINT, false, offsetof(struct card, weight) },
	{ NULL, 0, false, 0 },
};
enum { CARD_ID, CARD_TITLE, CARD_SUIT, CARD_EXAMPLES = 5 };

/* "#RRGGBB", as printed cards take a colour. */
static bool colour_valid(const char *s)
{
	return s[0] == '#' && strlen(s) == 7 && strspn(s + 1, "0123456789abcdefABCDEF") == 6;
}

static void check_colour(struct lctx *c, struct suit *s, const cJSON *node,
			 const struct lpath *path)
{
	char q[LREP_QUOTE_SIZE];

	if (!node || !s->colour || colour_valid(s->colour))
		return;
	/* the digits alone, as a colour picker copies them: say what is missing */
	bool digits = strlen(s->colour) == 6 && strspn(s->colour, "0123456789abcdefABCDEF") == 6;
	lc_error(c, lc_at(c, node), DIAG_SCHEMA, LP_KEY(path, "colour"),
		 "%s is not a colour of the form \"#RRGGBB\": %s%s%s", lrep_quote(q, s->colour),
		 digits ? "put \"#\" in front, \"#" : "write \"#\" and six hexadecimal digits "
							"(0-9, a-f), such as \"#2a6f97",
		 digits ? s->colour : "", "\"");
	free(s->colour);
	s->colour = NULL;
}

static void read_suits(struct lctx *c, cJSON *suits, struct deck *out, struct idset *ids)
{
	cJSON *found[LF_MAX_FIELDS];
	size_t i = 0;

	out->suits = xcalloc(lc_array_len(suits) + 1, sizeof *out->suits);
	for (cJSON *it = suits->child; it; it = it->next, i++) {
		struct suit *s = &out->suits[out->n_suits++];
		const struct lpath *path = LP_ITEM(LP_KEY(NULL, "suits"), i, lc_id_of(it));
		s->pos = lc_pos(c, it);
		if (!lf_object(c, it, path, suit_fields, s, found))
			continue;
		if (s->id)
			lc_unique(c, ids, s->id, found[SUIT_ID], LP_KEY(path, "id"), "suit");
		if (found[SUIT_FACETS])
			load_facets(c, found[SUIT_FACETS], LP_KEY(path, "facets"), s);
		check_colour(c, s, found[SUIT_COLOUR], path);
	}
}

/* What a card's suit is checked against. */
struct suitcheck {
	const struct deck *deck;
	const struct idset *ids;
	bool suits_field;   /* the deck has a "suits" field, maybe empty */
	bool told_no_suits; /* a deck without suits is told once, not once a card */
};

/* The card's suit against the deck's suits, with the nearest or all of them. */
static void check_card_suit(struct lctx *c, struct suitcheck *sc, const struct card *cd,
			    cJSON *const found[], const struct lpath *path, const cJSON *obj)
{
	char q[LREP_QUOTE_SIZE], hint[160];
	struct nearest n;

	if (!found[CARD_SUIT]) {
		if (sc->deck->n_suits > 0)
			lc_error(c, lc_at(c, obj), DIAG_SCHEMA, path,
				 "missing field \"suit\" (the deck has suits, so every card needs one)");
		return;
	}
	if (!cd->suit || idset_find(sc->ids, cd->suit) || sc->told_no_suits)
		return;
	if (sc->deck->n_suits == 0) {
		sc->told_no_suits = true;
		lc_error(c, lc_at(c, found[CARD_SUIT]), DIAG_REFERENCE, LP_KEY(path, "suit"),
			 "no suit %s in this deck: it has no suits%s", lrep_quote(q, cd->suit),
			 sc->suits_field ? "" : " (is \"suits\" missing or misspelt?)");
		return;
	}
	nearest_init(&n, cd->suit);
	for (size_t i = 0; i < sc->deck->n_suits; i++)
		if (sc->deck->suits[i].id)
			nearest_offer(&n, sc->deck->suits[i].id);
	lc_error(c, lc_at(c, found[CARD_SUIT]), DIAG_REFERENCE, LP_KEY(path, "suit"),
		 "no suit %s in this deck%s", lrep_quote(q, cd->suit),
		 nearest_hint(&n, "its suits", hint, sizeof hint));
}

static void read_cards(struct lctx *c, cJSON *cards, struct deck *out, struct suitcheck *sc)
{
	cJSON *found[LF_MAX_FIELDS];
	struct idset ids = {0};
	size_t i = 0;
	/* Examples name other cards, so they are read when every id is known. */
	cJSON **examples = xcalloc(lc_array_len(cards) + 1, sizeof *examples);
	const char **names = xcalloc(lc_array_len(cards) + 1, sizeof *names);

	out->cards = xcalloc(lc_array_len(cards) + 1, sizeof *out->cards);
	for (cJSON *it = cards->child; it; it = it->next, i++) {
		struct card *cd = &out->cards[out->n_cards++];
		const struct lpath *path = LP_ITEM(LP_KEY(NULL, "cards"), i, lc_id_of(it));
		names[i] = path->name;
		cd->pos = lc_pos(c, it);
		cd->weight = 1;
		if (!lf_object(c, it, path, card_fields, cd, found))
			continue;
		if (cd->id)
			lc_unique(c, &ids, cd->id, found[CARD_ID], LP_KEY(path, "id"), "card");
		check_card_suit(c, sc, cd, found, path, it);
		examples[i] = found[CARD_EXAMPLES];
	}
	for (i = 0; i < out->n_cards; i++)
		if (examples[i])
			load_examples(c, examples[i],
				      LP_KEY(LP_ITEM(LP_KEY(NULL, "cards"), i, names[i]),
					     "examples"),
				      &out->cards[i], &ids);
	free(examples);
	free(names);
	idset_free(&ids);
}

void load_deck(struct lctx *c, cJSON *suits, cJSON *cards, struct deck *out)
{
	struct idset suit_ids = {0};
	struct suitcheck sc = { .deck = out, .ids = &suit_ids, .suits_field = suits != NULL };

	if (suits && lf_array(c, suits, LP_KEY(NULL, "suits"), false))
		read_suits(c, suits, out, &suit_ids);
	if (cards && lf_array(c, cards, LP_KEY(NULL, "cards"), true))
		read_cards(c, cards, out, &sc);
	idset_free(&suit_ids);
}
