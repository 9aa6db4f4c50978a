/* Before a practice run: what the decks must offer, and dealing the write exercise. */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "core/deck/catalog.h"
#include "core/practice/practice_deal.h"
#include "core/practice/practice_items.h"
#include "core/practice/practice_setup.h"
#include "../support/catalog_fixture.h"

static struct catalog both, fixtures;

static void ps_load(struct catalog *c, bool stock)
{
	if (stock)
		CFX_LOAD(c, "tests/data/practice", "decks");
	else
		CFX_LOAD(c, "tests/data/practice");
}

static void ps_setup(void)
{
	ps_load(&both, true);
	ps_load(&fixtures, false);
}

static void ps_teardown(void)
{
	catalog_free(&both);
	catalog_free(&fixtures);
}

START_TEST(test_check)
{
	static const struct {
		bool stock;
		const char *deck, *suit;
		enum practice_mode mode;
		const char *error; /* NULL: fine */
	} t[] = {
		{true, "tomm-questions", NULL, PRACTICE_MODE_NAME, NULL},
		{true, "tomm-questions", "reflexive", PRACTICE_MODE_WRITE, NULL},
		{true, "graces-drill", "s", PRACTICE_MODE_NAME, NULL},
		{true, "narrative", NULL, PRACTICE_MODE_NAME, NULL},
		{true, "narrative", "thin-thick", PRACTICE_MODE_NAME, NULL},
		{true, "narrative", "re-authoring", PRACTICE_MODE_WRITE, NULL},
		{true, "graces-drill", NULL, PRACTICE_MODE_WRITE, NULL},
		{true, "nope", NULL, PRACTICE_MODE_NAME, "no such deck"},
		{true, "bells-that-ring", NULL, PRACTICE_MODE_NAME, "a flow, not a deck"},
		{true, "mini-vignettes", NULL, PRACTICE_MODE_NAME, "no suits"},
		{true, "no-examples", NULL, PRACTICE_MODE_NAME, "has examples"},
		{true, "no-examples", NULL, PRACTICE_MODE_WRITE, NULL}, /* a prompt to compare with */
		{true, "no-examples", "one", PRACTICE_MODE_WRITE, "examples or prompts"},
		{true, "graces-drill", "z", PRACTICE_MODE_NAME, "no suit 'z'"},
		{true, "graces-drill", "z", PRACTICE_MODE_WRITE, "no suit 'z'"},
		{false, "graces-drill", NULL, PRACTICE_MODE_WRITE, "vignette deck 'vignettes'"},
		{false, "mini-drill", NULL, PRACTICE_MODE_WRITE, "vignette deck 'vignettes'"},
	};
	for (size_t i = 0; i < sizeof t / sizeof t[0]; i++) {
		struct practice_setup p = {.deck = t[i].deck, .suit = t[i].suit, .mode = t[i].mode,
					   .n = 1};
		struct diags d = {0};
		int rc = practice_setup_check(t[i].stock ? &both : &fixtures, &p, &d);
		if (!t[i].error) {
			ck_assert_msg(rc == 0 && d.n == 0, "%s: %s", t[i].deck,
				      d.n ? d.v[0].message : "");
		} else {
			ck_assert_int_eq(rc, -1);
			ck_assert_uint_eq(d.n, 1);
			ck_assert_msg(strstr(d.v[0].message, t[i].error), "%s: '%s' lacks '%s'",
				      t[i].deck, d.v[0].message, t[i].error);
		}
		diags_free(&d);
	}
	ck_assert(practice_deck_usable(catalog_find(&both, "graces-drill")));
	ck_assert(!practice_deck_usable(catalog_find(&both, "no-examples")));
	ck_assert(!practice_deck_usable(catalog_find(&both, "bells-that-ring")));
	ck_assert(practice_deck_usable(catalog_find(&fixtures, "mini-drill"))); /* no vignettes needed */
}
END_TEST

/* The stock narrative deck drills in Name it: every card gives questions, asked
 * with a subtype exactly when its suit holds more than one card, each with a
 * context and a why to show after the answer. */
START_TEST(test_narrative)
{
	const struct doc *doc = catalog_find(&both, "narrative");
	ck_assert_ptr_nonnull(doc);
	ck_assert(practice_deck_usable(doc));
	struct practice_items items;
	struct diags d = {0};
	ck_assert_int_eq(practice_items_build(&items, &doc->deck, doc->path, NULL, &d), 0);
	ck_assert_uint_eq(d.n, 0);
	const struct deck *deck = &doc->deck;
	for (size_t c = 0; c < deck->n_cards; c++) {
		size_t asked = 0;
		for (size_t i = 0; i < items.n; i++) {
			if (items.v[i].card != c)
				continue;
			asked++;
			ck_assert_ptr_nonnull(items.v[i].context);
			ck_assert_ptr_nonnull(items.v[i].example->why);
			ck_assert(items.v[i].subtyped ==
				  (deck_count_suit(deck, deck->cards[c].suit) > 1));
		}
		ck_assert_msg(asked >= 3, "card %s gives %zu questions", deck->cards[c].id, asked);
	}
	practice_items_free(&items);
}
END_TEST

/* Deals n exercises with seed into cards[] / vigs[]. */
static void ps_deal(const struct doc *drill, const char *suit, uint64_t seed, size_t n,
		    size_t *cards, size_t *vigs)
{
	const struct doc *v = catalog_find(&both, "vignettes");
	struct dealer *dl = dealer_new(seed);
	for (size_t i = 0; i < n; i++)
		ck_assert_int_eq(practice_write_deal(dl, drill, suit, v, NULL, &cards[i], &vigs[i]), 0);
	dealer_free(dl);
}

START_TEST(test_deal)
{
	const struct doc *tomm = catalog_find(&both, "tomm-questions");
	size_t c1[20], v1[20], c2[20], v2[20];
	ps_deal(tomm, NULL, 42, 20, c1, v1);
	ps_deal(tomm, NULL, 42, 20, c2, v2);
	ck_assert_mem_eq(c1, c2, sizeof c1); /* the same seed, the same exercises */
	ck_assert_mem_eq(v1, v2, sizeof v1);
	ck_assert_uint_ne(v1[0], v1[1]); /* without replacement */
	ps_deal(tomm, "reflexive", 7, 20, c1, v1);
	for (size_t i = 0; i < 20; i++)
		ck_assert_str_eq(tomm->deck.cards[c1[i]].suit, "reflexive");

	/* a card with nothing to compare against is never the target */
	struct doc d = *tomm;
	struct card cards[3];
	memcpy(cards, tomm->deck.cards, sizeof cards);
	cards[0].prompts = cards[2].prompts = (struct strv){0};
	cards[0].n_examples = cards[2].n_examples = 0;
	d.deck.cards = cards;
	d.deck.n_cards = 3;
	d.id = (char *)"three";
	ps_deal(&d, NULL, 3, 10, c1, v1);
	for (size_t i = 0; i < 10; i++)
		ck_assert_uint_eq(c1[i], 1);
	cards[1].prompts = (struct strv){0};
	cards[1].n_examples = 0;
	struct dealer *dl = dealer_new(1);
	size_t c, v;
	ck_assert_int_eq(practice_write_deal(dl, &d, NULL, catalog_find(&both, "vignettes"), NULL, &c, &v),
			 -1);
	dealer_free(dl);
}
END_TEST

Suite *practice_setup_suite(void);
Suite *practice_setup_suite(void)
{
	Suite *s = suite_create("practice_setup");
	TCase *tc = tcase_create("setup");
	tcase_add_checked_fixture(tc, ps_setup, ps_teardown);
	tcase_add_test(tc, test_check);
	tcase_add_test(tc, test_narrative);
	tcase_add_test(tc, test_deal);
	suite_add_tcase(s, tc);
	return s;
}
