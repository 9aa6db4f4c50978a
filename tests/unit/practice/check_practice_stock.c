/* Name it on the stock reflexivity deck: the practice menu offers it, every
 * example is asked and scored by its suit and card, and a wrong type is told
 * apart from the right one by the suits' facets. */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "core/deck/catalog.h"
#include "core/practice/practice_drill.h"
#include "core/practice/practice_facets.h"
#include "core/practice/practice_setup.h"
#include "../support/catalog_fixture.h"

#define T0 1795392000

static struct catalog cat;

static void st_setup(void)
{
	CFX_LOAD(&cat, "decks");
}

static void st_teardown(void)
{
	catalog_free(&cat);
}

static const struct doc *st_reflexivity(void)
{
	const struct doc *doc = catalog_find(&cat, "reflexivity");
	ck_assert_ptr_nonnull(doc);
	return doc;
}

/* A drill of up to n items on reflexivity, seed 7; returns the deck. */
static const struct doc *st_start(struct practice_drill *dr, size_t n)
{
	const struct doc *doc = st_reflexivity();
	struct diags d = {0};
	ck_assert_int_eq(practice_drill_start(dr, doc, NULL, NULL, n, T0, 7, &d), 0);
	ck_assert_uint_eq(d.n, 0);
	return doc;
}

/* The number of item's card among its suit's cards, as the drill asks it. */
static size_t st_nth(const struct doc *doc, const struct practice_item *it)
{
	size_t cards[PRACTICE_MAX_KEYS];
	size_t n = practice_suit_cards(&doc->deck, it->suit, cards, PRACTICE_MAX_KEYS);
	for (size_t i = 0; i < n; i++)
		if (cards[i] == it->card)
			return i;
	ck_abort_msg("card %zu not in its suit", it->card);
	return 0;
}

START_TEST(test_offered_and_checked)
{
	struct diags d = {0};
	ck_assert(practice_deck_usable(st_reflexivity()));
	struct practice_setup s = {.deck = "reflexivity", .n = 5, .seed = 1};
	ck_assert_int_eq(practice_setup_check(&cat, &s, &d), 0);
	s.suit = "self";
	ck_assert_int_eq(practice_setup_check(&cat, &s, &d), 0);
	ck_assert_uint_eq(d.n, 0);
}
END_TEST

/* Every example once, each answered with its own suit and card: all right,
 * every type asked has subtypes, and the score counts each of them. */
START_TEST(test_every_example_right)
{
	struct practice_drill dr;
	const struct doc *doc = st_start(&dr, 1000);
	struct diags d = {0};
	size_t n = dr.items.n;
	ck_assert_uint_ge(n, 20);
	while (dr.state != DRILL_DONE) {
		const struct practice_item *it = practice_drill_item(&dr);
		ck_assert(it->subtyped);
		ck_assert_ptr_nonnull(it->context);
		ck_assert_int_eq(practice_drill_suit(&dr, it->suit, T0, &d), 0);
		ck_assert_int_eq(dr.state, DRILL_ASK_CARD);
		ck_assert_int_eq(practice_drill_card(&dr, st_nth(doc, it), T0, &d), 0);
		ck_assert_int_eq(practice_drill_verdict(&dr), VERDICT_RIGHT);
		practice_drill_next(&dr);
	}
	ck_assert_uint_eq(dr.score.asked, n);
	ck_assert_uint_eq(dr.score.suit_right, n);
	ck_assert_uint_eq(dr.score.card_asked, n);
	ck_assert_uint_eq(dr.score.card_right, n);
	ck_assert_uint_eq(d.n, 0);
	practice_drill_free(&dr);
}
END_TEST

/* The other type is wrong, scored so, and the feedback can say how the two
 * types differ; the right type with another card is half right. */
START_TEST(test_wrong_and_half)
{
	struct practice_drill dr;
	const struct doc *doc = st_start(&dr, 2);
	struct diags d = {0};
	const struct practice_item *it = practice_drill_item(&dr);
	size_t other = it->suit == 0 ? 1 : 0;
	ck_assert_int_eq(practice_drill_suit(&dr, other, T0, &d), 0);
	ck_assert_int_eq(practice_drill_card(&dr, 0, T0, &d), 0);
	ck_assert_int_eq(practice_drill_verdict(&dr), VERDICT_WRONG);
	char *why = practice_facet_contrast(&doc->deck, it->suit, other);
	ck_assert_ptr_nonnull(why);
	ck_assert_ptr_nonnull(strstr(why, "focus"));
	free(why);
	practice_drill_next(&dr);
	it = practice_drill_item(&dr);
	ck_assert_int_eq(practice_drill_suit(&dr, it->suit, T0, &d), 0);
	ck_assert_int_eq(practice_drill_card(&dr, st_nth(doc, it) == 0 ? 1 : 0, T0, &d), 0);
	ck_assert_int_eq(practice_drill_verdict(&dr), VERDICT_HALF);
	ck_assert_uint_eq(dr.score.asked, 2);
	ck_assert_uint_eq(dr.score.suit_right, 1);
	ck_assert_uint_eq(dr.score.card_right, 0);
	ck_assert_uint_eq(d.n, 0);
	practice_drill_free(&dr);
}
END_TEST

Suite *practice_stock_suite(void);
Suite *practice_stock_suite(void)
{
	Suite *s = suite_create("practice_stock");
	TCase *tc = tcase_create("reflexivity");
	tcase_add_checked_fixture(tc, st_setup, st_teardown);
	tcase_add_test(tc, test_offered_and_checked);
	tcase_add_test(tc, test_every_example_right);
	tcase_add_test(tc, test_wrong_and_half);
	suite_add_tcase(s, tc);
	return s;
}
