/*
 * dealer: reproducible draws (against sequences from a separate Python model
 * of the algorithm), no repeats before exhaustion, reshuffles exactly when the
 * pile (or the suit's part of it) is empty, weights, suits, marking and
 * returning cards, decks never seen before, and saving the generator state.
 * Decks are built in memory.
 */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "core/deck/dealer.h"
#include "core/base/xalloc.h"

#define N_OF(t) (sizeof(t) / sizeof((t)[0]))

/* A deck "id" of n cards c0..c(n-1); weights and suits may be NULL (1, none). */
static struct doc *dl_deck(const char *id, size_t n, const unsigned *weights,
			   const char *const *suits)
{
	struct doc *d = xcalloc(1, sizeof *d);
	d->kind = DOC_DECK;
	d->id = xstrdup(id);
	d->deck.n_cards = n;
	d->deck.cards = xcalloc(n ? n : 1, sizeof *d->deck.cards);
	for (size_t i = 0; i < n; i++) {
		d->deck.cards[i].id = xasprintf("c%zu", i);
		d->deck.cards[i].weight = weights ? weights[i] : 1;
		d->deck.cards[i].suit = xstrdup(suits ? suits[i] : NULL);
	}
	return d;
}

/* Golden sequences: {card, reshuffled} per draw, from the Python model
 * (splitmix64 + xoshiro256**, rng_below by rejection, weighted walk in card
 * order over the cards still in the pile). */
START_TEST(test_known_sequence)
{
	static const unsigned w[] = {1, 2, 3, 1, 1};
	static const long want[] = {3, 1, 4, 2, 0, 0, 2, 4, 1, 3, 1, 2};
	struct doc *deck = dl_deck("known", 5, w, NULL);
	struct dealer *dl = dealer_new(42);
	for (size_t i = 0; i < N_OF(want); i++) {
		bool re = true;
		ck_assert_int_eq(dealer_draw(dl, deck, NULL, &re), want[i]);
		ck_assert_int_eq(re, i == 5 || i == 10);
	}
	dealer_free(dl);
	doc_free(deck);
}
END_TEST

START_TEST(test_known_sequence_suits)
{
	static const unsigned w[] = {1, 1, 2, 1, 3, 1};
	static const char *const suits[] = {"a", "a", "a", "b", "b", NULL};
	static const struct {
		const char *suit;
		long card;
		bool re;
	} want[] = {
		{"b", 4, false}, {"b", 3, false}, {"b", 4, true},  {NULL, 5, false}, {"a", 2, false},
		{NULL, 1, false}, {NULL, 0, false}, {"a", 0, true}, {"a", 2, false}, {NULL, 1, false},
	};
	struct doc *deck = dl_deck("suited", 6, w, suits);
	struct dealer *dl = dealer_new(2024);
	for (size_t i = 0; i < N_OF(want); i++) {
		bool re = !want[i].re;
		ck_assert_int_eq(dealer_draw(dl, deck, want[i].suit, &re), want[i].card);
		ck_assert_int_eq(re, want[i].re);
	}
	dealer_free(dl);
	doc_free(deck);
}
END_TEST

START_TEST(test_same_seed_same_cards)
{
	struct doc *deck = dl_deck("d", 17, NULL, NULL);
	struct dealer *a = dealer_new(7), *b = dealer_new(7), *c = dealer_new(8);
	int same_as_c = 0;
	for (int i = 0; i < 100; i++) {
		long x = dealer_draw(a, deck, NULL, NULL);
		ck_assert_int_eq(dealer_draw(b, deck, NULL, NULL), x);
		same_as_c += dealer_draw(c, deck, NULL, NULL) == x;
	}
	ck_assert_int_lt(same_as_c, 50); /* another seed deals otherwise */
	dealer_free(a);
	dealer_free(b);
	dealer_free(c);
	doc_free(deck);
}
END_TEST

/* Each pass through a deck of n deals every card exactly once, and the
 * reshuffle is reported on the first draw of each new pass only. */
static const size_t no_repeat_sizes[] = {1, 2, 3, 10, 52};

START_TEST(test_no_repeats_until_exhausted)
{
	size_t n = no_repeat_sizes[_i];
	static const unsigned w[52] = {5, 1, 9, 2, 1, 1, 7};
	unsigned weights[52];
	for (size_t i = 0; i < n; i++)
		weights[i] = w[i] ? w[i] : 1 + (unsigned)(i % 4);
	struct doc *deck = dl_deck("pass", n, weights, NULL);
	struct dealer *dl = dealer_new(99 + n);
	for (int pass = 0; pass < 4; pass++) {
		char seen[52] = {0};
		for (size_t k = 0; k < n; k++) {
			bool re;
			long c = dealer_draw(dl, deck, NULL, &re);
			ck_assert(c >= 0 && (size_t)c < n);
			ck_assert(!seen[c]);
			seen[c] = 1;
			ck_assert_int_eq(re, pass > 0 && k == 0);
		}
	}
	dealer_free(dl);
	doc_free(deck);
}
END_TEST

/* With the card returned after each draw every draw is an independent
 * weighted choice: weights 3 and 1 over 8000 draws of a fixed seed give about
 * 6000 and 2000 (the bounds are 7 standard deviations wide). */
START_TEST(test_weights_three_to_one)
{
	static const unsigned w[] = {3, 1};
	struct doc *deck = dl_deck("w", 2, w, NULL);
	struct dealer *dl = dealer_new(3141);
	unsigned count[2] = {0};
	for (int i = 0; i < 8000; i++) {
		long c = dealer_draw(dl, deck, NULL, NULL);
		count[c]++;
		dealer_return(dl, deck, (size_t)c);
	}
	ck_assert_uint_gt(count[0], 5730);
	ck_assert_uint_lt(count[0], 6270);
	ck_assert_uint_eq(count[0] + count[1], 8000);
	dealer_free(dl);
	doc_free(deck);
}
END_TEST

/* Without returning, weights show in the order: the weight-3 card comes
 * first in about three passes out of four. */
START_TEST(test_weights_first_of_pass)
{
	static const unsigned w[] = {1, 3};
	struct doc *deck = dl_deck("w", 2, w, NULL);
	struct dealer *dl = dealer_new(2718);
	unsigned heavy_first = 0;
	for (int pass = 0; pass < 4000; pass++) {
		long first = dealer_draw(dl, deck, NULL, NULL);
		long second = dealer_draw(dl, deck, NULL, NULL);
		ck_assert_int_eq(first + second, 1);
		heavy_first += first == 1;
	}
	ck_assert_uint_gt(heavy_first, 2800);
	ck_assert_uint_lt(heavy_first, 3200);
	dealer_free(dl);
	doc_free(deck);
}
END_TEST

START_TEST(test_weights_spread)
{
	static const unsigned w[] = {1, 2, 3, 4};
	struct doc *deck = dl_deck("w", 4, w, NULL);
	struct dealer *dl = dealer_new(1618);
	unsigned count[4] = {0};
	for (int i = 0; i < 20000; i++) {
		long c = dealer_draw(dl, deck, NULL, NULL);
		count[c]++;
		dealer_return(dl, deck, (size_t)c);
	}
	for (int k = 0; k < 4; k++) { /* expected 2000 * (k + 1) */
		ck_assert_uint_gt(count[k], 2000u * (unsigned)(k + 1) - 350);
		ck_assert_uint_lt(count[k], 2000u * (unsigned)(k + 1) + 350);
	}
	dealer_free(dl);
	doc_free(deck);
}
END_TEST

static const char *const suit_of[] = {"a", "b", "a", NULL, "b", "a"};

/* A suit draws only its cards, each once per pass through the suit, and
 * reshuffles exactly when its part of the pile is empty. */
static const struct {
	const char *suit;
	size_t size;
} suit_cases[] = {{"a", 3}, {"b", 2}};

START_TEST(test_suit_filter)
{
	struct doc *deck = dl_deck("s", 6, NULL, suit_of);
	struct dealer *dl = dealer_new(11);
	const char *suit = suit_cases[_i].suit;
	size_t size = suit_cases[_i].size;
	for (size_t pass = 0; pass < 5; pass++) {
		char seen[6] = {0};
		for (size_t k = 0; k < size; k++) {
			bool re;
			long c = dealer_draw(dl, deck, suit, &re);
			ck_assert(c >= 0 && c < 6);
			ck_assert_ptr_nonnull(deck->deck.cards[c].suit);
			ck_assert_str_eq(deck->deck.cards[c].suit, suit);
			ck_assert(!seen[c]);
			seen[c] = 1;
			ck_assert_int_eq(re, pass > 0 && k == 0);
		}
	}
	dealer_free(dl);
	doc_free(deck);
}
END_TEST

START_TEST(test_suit_reshuffles_its_part_only)
{
	struct doc *deck = dl_deck("s", 6, NULL, suit_of);
	struct dealer *dl = dealer_new(12);
	bool re;
	for (int i = 0; i < 3; i++) {
		long c = dealer_draw(dl, deck, "a", &re);
		ck_assert_str_eq(deck->deck.cards[c].suit, "a");
		ck_assert(!re);
	}
	dealer_draw(dl, deck, "b", &re);
	ck_assert(!re);
	long c = dealer_draw(dl, deck, "b", &re); /* the second b: no reshuffle yet */
	ck_assert(!re);
	c = dealer_draw(dl, deck, "b", &re); /* b is empty: its part comes back */
	ck_assert(re);
	ck_assert_str_eq(deck->deck.cards[c].suit, "b");
	/* In the pile now: the other b and the loose card, but no a. */
	char seen[6] = {0};
	for (int i = 0; i < 2; i++) {
		long x = dealer_draw(dl, deck, NULL, &re);
		ck_assert(!re);
		ck_assert(x == 3 || (x != c && deck->deck.cards[x].suit &&
				     !strcmp(deck->deck.cards[x].suit, "b")));
		ck_assert(!seen[x]);
		seen[x] = 1;
	}
	dealer_draw(dl, deck, NULL, &re);
	ck_assert(re); /* now the whole pile is empty */
	dealer_free(dl);
	doc_free(deck);
}
END_TEST

START_TEST(test_no_such_suit_or_cards)
{
	struct doc *deck = dl_deck("s", 6, NULL, suit_of);
	struct doc *empty = dl_deck("e", 0, NULL, NULL);
	struct dealer *dl = dealer_new(13);
	bool re = true;
	ck_assert_int_eq(dealer_draw(dl, deck, "nope", &re), -1);
	ck_assert(!re);
	re = true;
	ck_assert_int_eq(dealer_draw(dl, empty, NULL, &re), -1);
	ck_assert(!re);
	ck_assert_int_eq(dealer_draw(dl, empty, "a", NULL), -1);
	empty->kind = DOC_FLOW;
	ck_assert_int_eq(dealer_draw(dl, empty, NULL, NULL), -1);
	ck_assert_int_eq(dealer_draw(dl, NULL, NULL, NULL), -1);
	dealer_free(dl);
	doc_free(deck);
	doc_free(empty);
}
END_TEST

/* Piles are per deck id: a deck never seen starts full, exhausting one deck
 * leaves another alone, and two docs with one id share a pile. */
START_TEST(test_piles_per_deck_id)
{
	struct doc *x = dl_deck("x", 3, NULL, NULL), *y = dl_deck("y", 3, NULL, NULL);
	struct doc *x_again = dl_deck("x", 3, NULL, NULL);
	struct dealer *dl = dealer_new(14);
	bool re;
	for (int i = 0; i < 3; i++) {
		dealer_draw(dl, x, NULL, &re);
		ck_assert(!re);
	}
	for (int i = 0; i < 3; i++) {
		dealer_draw(dl, y, NULL, &re);
		ck_assert(!re);
	}
	dealer_draw(dl, x_again, NULL, &re);
	ck_assert(re);
	/* Marking and returning on a deck never seen makes its pile. */
	struct doc *z = dl_deck("z", 2, NULL, NULL);
	dealer_return(dl, z, 0);
	dealer_mark_dealt(dl, z, 1);
	ck_assert_int_eq(dealer_draw(dl, z, NULL, &re), 0);
	ck_assert(!re);
	dealer_free(dl);
	doc_free(x);
	doc_free(y);
	doc_free(x_again);
	doc_free(z);
}
END_TEST

START_TEST(test_return_puts_back)
{
	struct doc *deck = dl_deck("r", 3, NULL, NULL);
	struct dealer *dl = dealer_new(15);
	bool re;
	long first = dealer_draw(dl, deck, NULL, &re);
	dealer_draw(dl, deck, NULL, &re);
	dealer_draw(dl, deck, NULL, &re);
	ck_assert(!re);
	dealer_return(dl, deck, (size_t)first);
	ck_assert_int_eq(dealer_draw(dl, deck, NULL, &re), first);
	ck_assert(!re);
	ck_assert_int_ge(dealer_draw(dl, deck, NULL, &re), 0);
	ck_assert(re);
	dealer_free(dl);
	doc_free(deck);
}
END_TEST

START_TEST(test_mark_dealt)
{
	struct doc *deck = dl_deck("m", 5, NULL, NULL);
	struct dealer *dl = dealer_new(16);
	bool re;
	for (size_t i = 0; i < 5; i++)
		if (i != 2)
			dealer_mark_dealt(dl, deck, i);
	dealer_mark_dealt(dl, deck, 5);	  /* out of range: ignored */
	dealer_mark_dealt(dl, deck, 999); /* likewise */
	dealer_return(dl, deck, 999);
	ck_assert_int_eq(dealer_draw(dl, deck, NULL, &re), 2);
	ck_assert(!re);
	dealer_draw(dl, deck, NULL, &re);
	ck_assert(re);
	dealer_free(dl);
	doc_free(deck);
}
END_TEST

/* A deck that gains cards (the file was edited) keeps its pile; the new
 * cards are in it. */
START_TEST(test_deck_grows)
{
	struct doc *small = dl_deck("g", 2, NULL, NULL), *big = dl_deck("g", 4, NULL, NULL);
	struct dealer *dl = dealer_new(17);
	bool re;
	dealer_draw(dl, small, NULL, &re);
	dealer_draw(dl, small, NULL, &re);
	long a = dealer_draw(dl, big, NULL, &re), b = dealer_draw(dl, big, NULL, &re);
	ck_assert(!re);
	ck_assert(a >= 2 && b >= 2 && a != b);
	dealer_draw(dl, big, NULL, &re);
	ck_assert(re);
	dealer_free(dl);
	doc_free(small);
	doc_free(big);
}
END_TEST

/* A resumed session: a fresh dealer given the same pile (marked from the
 * journal) and the saved generator state deals on exactly as before. */
START_TEST(test_resume_with_rng_state)
{
	struct doc *deck = dl_deck("res", 9, NULL, NULL);
	struct dealer *live = dealer_new(18), *resumed = dealer_new(999);
	char dealt[9] = {0};
	for (int i = 0; i < 4; i++)
		dealt[dealer_draw(live, deck, NULL, NULL)] = 1;
	struct rng st;
	dealer_get_rng(live, &st);
	for (size_t i = 0; i < 9; i++)
		if (dealt[i])
			dealer_mark_dealt(resumed, deck, i);
	dealer_set_rng(resumed, &st);
	for (int i = 0; i < 20; i++) {
		bool r1, r2;
		ck_assert_int_eq(dealer_draw(resumed, deck, NULL, &r2), dealer_draw(live, deck, NULL, &r1));
		ck_assert_int_eq(r1, r2);
	}
	struct rng a, b;
	dealer_get_rng(live, &a);
	dealer_get_rng(resumed, &b);
	ck_assert(memcmp(&a, &b, sizeof a) == 0);
	dealer_free(live);
	dealer_free(resumed);
	doc_free(deck);
}
END_TEST

START_TEST(test_free_null)
{
	dealer_free(NULL);
}
END_TEST

Suite *dealer_suite(void);
Suite *dealer_suite(void)
{
	Suite *s = suite_create("dealer");
	TCase *tc = tcase_create("core");
	tcase_add_test(tc, test_known_sequence);
	tcase_add_test(tc, test_known_sequence_suits);
	tcase_add_test(tc, test_same_seed_same_cards);
	tcase_add_loop_test(tc, test_no_repeats_until_exhausted, 0, (int)N_OF(no_repeat_sizes));
	tcase_add_test(tc, test_weights_three_to_one);
	tcase_add_test(tc, test_weights_first_of_pass);
	tcase_add_test(tc, test_weights_spread);
	tcase_add_loop_test(tc, test_suit_filter, 0, (int)N_OF(suit_cases));
	tcase_add_test(tc, test_suit_reshuffles_its_part_only);
	tcase_add_test(tc, test_no_such_suit_or_cards);
	tcase_add_test(tc, test_piles_per_deck_id);
	tcase_add_test(tc, test_return_puts_back);
	tcase_add_test(tc, test_mark_dealt);
	tcase_add_test(tc, test_deck_grows);
	tcase_add_test(tc, test_resume_with_rng_state);
	tcase_add_test(tc, test_free_null);
	suite_add_tcase(s, tc);
	return s;
}
