/* Practice: drill items, Leitner spacing, the run queue, scoring. */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "core/deck/model.h"
#include "core/practice/practice_items.h"
#include "core/practice/practice_sched.h"
#include "core/practice/practice_score.h"
#include "core/base/xalloc.h"

#define DAY 86400
#define T0 1795000000 /* a fixed "now" */

/* A deck shaped like Tomm's: lineal has one card, circular has two. */
static void pt_deck(struct deck *d)
{
	static const char *suits[] = {"lineal", "circular", "strategic"};
	static const struct {
		const char *id, *suit, *ex1, *ex2;
	} cards[] = {
		{"lineal", "lineal", "[to a mother] What happened?", "Who started it?"},
		{"circ-diff", "circular", "Who worries most?", NULL},
		{"circ-seq", "circular", "  [to Sam]   When dad shouts, what does mum do?  ", NULL},
		{"strategic", "strategic", NULL, NULL},
	};
	*d = (struct deck){0};
	d->n_suits = 3;
	d->suits = xcalloc(3, sizeof *d->suits);
	for (size_t i = 0; i < 3; i++)
		d->suits[i].id = xstrdup(suits[i]);
	d->n_cards = 4;
	d->cards = xcalloc(4, sizeof *d->cards);
	for (size_t i = 0; i < 4; i++) {
		d->cards[i].id = xstrdup(cards[i].id);
		d->cards[i].suit = xstrdup(cards[i].suit);
		d->cards[i].examples = xcalloc(2, sizeof *d->cards[i].examples);
		if (cards[i].ex1)
			d->cards[i].examples[d->cards[i].n_examples++].text = xstrdup(cards[i].ex1);
		if (cards[i].ex2)
			d->cards[i].examples[d->cards[i].n_examples++].text = xstrdup(cards[i].ex2);
	}
}

static void pt_deck_free(struct deck *d)
{
	struct doc *doc = xcalloc(1, sizeof *doc);
	doc->kind = DOC_DECK;
	doc->deck = *d;
	doc_free(doc);
}

START_TEST(test_items_subtype_rule)
{
	struct deck d;
	pt_deck(&d);
	struct practice_items it;
	struct diags g = {0};
	ck_assert_int_eq(practice_items_build(&it, &d, "t.json", NULL, &g), 0);
	ck_assert_uint_eq(it.n, 4); /* strategic has no examples */
	ck_assert_uint_eq(it.v[0].suit, 0);
	ck_assert(!it.v[0].subtyped); /* lineal: one card */
	ck_assert(it.v[2].subtyped);  /* circular: two cards */
	ck_assert_uint_eq(it.v[3].card, 2);
	ck_assert_uint_eq(g.n, 0);
	practice_items_free(&it);
	pt_deck_free(&d);
}
END_TEST

START_TEST(test_items_context)
{
	struct deck d;
	pt_deck(&d);
	struct practice_items it;
	struct diags g = {0};
	ck_assert_int_eq(practice_items_build(&it, &d, "t.json", NULL, &g), 0);
	ck_assert_str_eq(it.v[0].context, "to a mother");
	ck_assert_str_eq(it.v[0].text, "What happened?");
	ck_assert_ptr_null(it.v[1].context);
	ck_assert_str_eq(it.v[1].text, "Who started it?");
	ck_assert_str_eq(it.v[3].context, "to Sam");
	ck_assert_str_eq(it.v[3].text, "When dad shouts, what does mum do?");
	practice_items_free(&it);
	pt_deck_free(&d);
}
END_TEST

START_TEST(test_split_context_table)
{
	static const struct {
		const char *in, *ctx, *text;
	} t[] = {
		{"plain", NULL, "plain"},
		{"[] empty ctx", NULL, "empty ctx"},
		{"[unclosed question", NULL, "[unclosed question"},
		{"mid [not] context", NULL, "mid [not] context"},
		{"[ü ctx ]ünï", "ü ctx", "ünï"},
	};
	for (size_t i = 0; i < sizeof t / sizeof t[0]; i++) {
		char *c, *x;
		practice_split_context(t[i].in, &c, &x);
		if (t[i].ctx)
			ck_assert_str_eq(c, t[i].ctx);
		else
			ck_assert_ptr_null(c);
		ck_assert_str_eq(x, t[i].text);
		free(c);
		free(x);
	}
}
END_TEST

START_TEST(test_items_keys_stable)
{
	char *a = practice_item_key("circ-seq", "Who worries most?");
	char *b = practice_item_key("circ-seq", "Who worries most?");
	char *c = practice_item_key("circ-seq", "Who worries most? ");
	char *e = practice_item_key("circ-diff", "Who worries most?");
	ck_assert_str_eq(a, b);
	ck_assert_str_ne(a, c);
	ck_assert_str_ne(a, e);
	ck_assert(strncmp(a, "circ-seq#", 9) == 0);
	free(a);
	free(b);
	free(c);
	free(e);
}
END_TEST

START_TEST(test_items_errors)
{
	struct deck d;
	pt_deck(&d);
	struct practice_items it;
	struct diags g = {0};
	ck_assert_int_eq(practice_items_build(&it, &d, "t.json", "nope", &g), -1);
	ck_assert_int_eq(practice_items_build(&it, &d, "t.json", "strategic", &g), -1);
	ck_assert_int_eq(practice_items_build(&it, &d, "t.json", "circular", &g), 0);
	ck_assert_uint_eq(it.n, 2);
	practice_items_free(&it);
	struct deck nosuits = {.cards = d.cards, .n_cards = d.n_cards};
	ck_assert_int_eq(practice_items_build(&it, &nosuits, "t.json", NULL, &g), -1);
	ck_assert_uint_eq(g.n, 3);
	ck_assert_ptr_nonnull(strstr(g.v[0].message, "no suit 'nope'"));
	ck_assert_ptr_nonnull(strstr(g.v[1].message, "no card of suit strategic has examples"));
	ck_assert_ptr_nonnull(strstr(g.v[2].message, "no suits"));
	ck_assert_str_eq(g.v[2].file, "t.json");
	diags_free(&g);
	pt_deck_free(&d);
}
END_TEST

/* A deck of n_suits suits holding n_cards cards between them (the first suit
 * takes what is left over), each card with one example. */
static void pt_wide_deck(struct deck *d, size_t n_suits, size_t n_cards)
{
	*d = (struct deck){0};
	d->n_suits = n_suits;
	d->suits = xcalloc(n_suits, sizeof *d->suits);
	for (size_t i = 0; i < n_suits; i++)
		d->suits[i].id = xasprintf("s%zu", i);
	d->n_cards = n_cards;
	d->cards = xcalloc(n_cards, sizeof *d->cards);
	for (size_t i = 0; i < n_cards; i++) {
		d->cards[i].id = xasprintf("c%zu", i);
		d->cards[i].suit = xasprintf("s%zu", i < n_suits ? i : 0);
		d->cards[i].examples = xcalloc(1, sizeof *d->cards[i].examples);
		d->cards[i].examples[0].text = xasprintf("Question %zu?", i);
		d->cards[i].n_examples = 1;
	}
}

/* Name it answers with one digit: nine suits, or nine cards in a suit, at most. */
START_TEST(test_items_keys_fit)
{
	static const struct {
		size_t suits, cards;
		int rc;
		const char *says;
	} t[] = {
		{1, 9, 0, NULL},
		{1, 10, -1, "suit 's0' has 10 cards; Name it answers a subtype with one of the keys 1–9"},
		{3, 11, 0, NULL},
		{3, 12, -1, "suit 's0' has 10 cards"},
		{9, 9, 0, NULL},
		{10, 10, -1, "this deck has 10 suits; Name it answers a type with one of the keys 1–9"},
	};
	for (size_t i = 0; i < sizeof t / sizeof *t; i++) {
		struct deck d;
		pt_wide_deck(&d, t[i].suits, t[i].cards);
		struct practice_items it;
		struct diags g = {0};
		ck_assert_int_eq(practice_items_build(&it, &d, "w.json", NULL, &g), t[i].rc);
		if (t[i].rc == 0) {
			ck_assert_uint_eq(it.n, t[i].cards);
			ck_assert_uint_eq(g.n, 0);
		} else {
			ck_assert_uint_eq(it.n, 0);
			ck_assert_uint_eq(g.n, 1);
			ck_assert_str_eq(g.v[0].file, "w.json");
			ck_assert_msg(strstr(g.v[0].message, t[i].says), "case %zu: %s", i,
				      g.v[0].message);
		}
		practice_items_free(&it);
		diags_free(&g);
		pt_deck_free(&d);
	}
}
END_TEST

START_TEST(test_sched_boxes)
{
	struct practice_boxes b = {0};
	ck_assert_ptr_null(practice_boxes_get(&b, "k"));
	practice_sched_answer(&b, "k", true, false, T0); /* new and right: box 2 */
	const struct practice_box *x = practice_boxes_get(&b, "k");
	ck_assert_int_eq(x->box, 2);
	ck_assert_int_eq(x->due, T0 + DAY);
	practice_sched_answer(&b, "k", true, false, T0 + DAY);
	x = practice_boxes_get(&b, "k");
	ck_assert_int_eq(x->box, 3);
	ck_assert_int_eq(x->due, T0 + 4 * DAY); /* later than before */
	practice_sched_answer(&b, "k", false, false, T0 + 4 * DAY);
	x = practice_boxes_get(&b, "k");
	ck_assert_int_eq(x->box, 1);
	ck_assert_int_eq(x->due, T0 + 4 * DAY); /* due again at once */
	for (int i = 0; i < 10; i++)
		practice_sched_answer(&b, "k", true, false, T0);
	ck_assert_int_eq(practice_boxes_get(&b, "k")->box, PRACTICE_BOXES);
	ck_assert_int_eq(practice_boxes_get(&b, "k")->due, T0 + 21 * DAY);
	practice_boxes_free(&b);
}
END_TEST

START_TEST(test_sched_intervals)
{
	static const int want[] = {0, 0, 1, 3, 7, 21, 21};
	for (int box = 0; box <= 6; box++)
		ck_assert_int_eq(practice_interval_days(box), want[box]);
}
END_TEST

static struct practice_items pt_items(size_t n)
{
	struct practice_items it = {0};
	it.n = n;
	it.v = xcalloc(n, sizeof *it.v);
	for (size_t i = 0; i < n; i++) {
		it.v[i].key = xasprintf("c#%zu", i);
		it.v[i].text = xstrdup("q");
	}
	return it;
}

START_TEST(test_run_missed_comes_back)
{
	struct practice_items it = pt_items(6);
	struct practice_boxes b = {0};
	struct practice_run r;
	ck_assert_int_eq(practice_run_plan(&r, &it, &b, 5, T0, 42), 0);
	ck_assert_uint_eq(practice_run_left(&r), 5);
	long first = practice_run_current(&r);
	practice_run_answer(&r, false);
	ck_assert_uint_eq(practice_run_left(&r), 5);
	long seen[8];
	size_t n = 0;
	for (long cur; (cur = practice_run_current(&r)) >= 0 && n < 8;) {
		seen[n++] = cur;
		practice_run_answer(&r, true);
	}
	ck_assert_uint_eq(n, 5);
	ck_assert_int_eq(seen[PRACTICE_REQUEUE_GAP], first);
	for (size_t i = 0; i < n; i++)
		if (i != PRACTICE_REQUEUE_GAP)
			ck_assert_int_ne(seen[i], first);
	practice_run_free(&r);
	practice_items_free(&it);
}
END_TEST

START_TEST(test_run_retries_bounded)
{
	struct practice_items it = pt_items(1);
	struct practice_boxes b = {0};
	struct practice_run r;
	ck_assert_int_eq(practice_run_plan(&r, &it, &b, 10, T0, 1), 0);
	unsigned asked = 0;
	while (practice_run_current(&r) >= 0) {
		practice_run_answer(&r, false);
		asked++;
	}
	ck_assert_uint_eq(asked, 1 + PRACTICE_MAX_RETRIES);
	practice_run_free(&r);
	practice_items_free(&it);
}
END_TEST

START_TEST(test_plan_due_before_new_before_later)
{
	struct practice_items it = pt_items(5);
	struct practice_boxes b = {0};
	practice_sched_answer(&b, "c#0", true, false, T0 - 10 * DAY);	/* box 2, due */
	practice_sched_answer(&b, "c#1", false, false, T0 - 1 * DAY);	/* box 1, due */
	practice_sched_answer(&b, "c#2", true, false, T0);		/* box 2, due tomorrow */
	struct practice_run r;
	ck_assert_int_eq(practice_run_plan(&r, &it, &b, 5, T0, 7), 0);
	ck_assert_int_eq(r.queue[0], 1); /* lowest box first */
	ck_assert_int_eq(r.queue[1], 0);
	ck_assert(r.queue[2] >= 3 && r.queue[3] >= 3); /* then the new ones */
	ck_assert_int_eq(r.queue[4], 2);	       /* not yet due: last */
	practice_run_free(&r);
	ck_assert_int_eq(practice_run_plan(&r, &it, &b, 2, T0, 7), 0);
	ck_assert_uint_eq(practice_run_left(&r), 2);
	practice_run_free(&r);
	/* a day later c#2 is due, and the missed c#1 was due sooner */
	ck_assert_int_lt(practice_boxes_get(&b, "c#1")->due,
			 practice_boxes_get(&b, "c#2")->due);
	practice_boxes_free(&b);
	practice_items_free(&it);
}
END_TEST

START_TEST(test_plan_seeded)
{
	struct practice_items it = pt_items(20);
	struct practice_boxes b = {0};
	struct practice_run r1, r2, r3;
	practice_run_plan(&r1, &it, &b, 20, T0, 5);
	practice_run_plan(&r2, &it, &b, 20, T0, 5);
	practice_run_plan(&r3, &it, &b, 20, T0, 6);
	ck_assert_mem_eq(r1.queue, r2.queue, 20 * sizeof *r1.queue);
	ck_assert(memcmp(r1.queue, r3.queue, 20 * sizeof *r1.queue) != 0);
	practice_run_free(&r2);
	struct practice_items none = {0};
	ck_assert_int_eq(practice_run_plan(&r2, &none, &b, 5, T0, 5), -1);
	ck_assert_int_eq(practice_run_current(&r2), -1);
	practice_run_free(&r1);
	practice_run_free(&r3);
	practice_items_free(&it);
}
END_TEST

START_TEST(test_score_confusion)
{
	struct practice_score s;
	practice_score_init(&s, 3);
	practice_score_add(&s, 0, 0, false, true);
	practice_score_add(&s, 1, 1, true, false); /* suit right, card wrong */
	practice_score_add(&s, 1, 1, true, true);
	practice_score_add(&s, 1, 2, true, true);  /* card not counted */
	practice_score_add(&s, 1, 2, true, false);
	practice_score_add(&s, 2, 0, false, true);
	practice_score_add(&s, 5, 0, false, true); /* out of range: ignored */
	ck_assert_uint_eq(s.asked, 6);
	ck_assert_uint_eq(s.suit_right, 3);
	ck_assert_uint_eq(s.card_asked, 2);
	ck_assert_uint_eq(s.card_right, 1);
	ck_assert_uint_eq(s.suit_asked[1], 4);
	ck_assert_uint_eq(s.suit_ok[1], 2);
	/* the subtypes per type: two asked of suit 1 (its type named right), one right */
	ck_assert_uint_eq(s.card_asked_in[1], 2);
	ck_assert_uint_eq(s.card_ok_in[1], 1);
	ck_assert_uint_eq(s.card_asked_in[0] + s.card_asked_in[2], 0);
	ck_assert_uint_eq(s.confusion[1 * 3 + 2], 2);
	ck_assert_int_eq(practice_percent(s.suit_ok[1], s.suit_asked[1]), 50);
	ck_assert_int_eq(practice_percent(2, 3), 66);
	ck_assert_int_eq(practice_percent(0, 0), -1);
	struct practice_pair p[4];
	ck_assert_uint_eq(practice_score_pairs(&s, p, 4), 2);
	ck_assert_uint_eq(p[0].right, 1);
	ck_assert_uint_eq(p[0].given, 2);
	ck_assert_uint_eq(p[0].count, 2);
	ck_assert_uint_eq(p[1].right, 2);
	ck_assert_uint_eq(practice_score_pairs(&s, p, 1), 1);
	practice_score_free(&s);
}
END_TEST

Suite *practice_suite(void);
Suite *practice_suite(void)
{
	Suite *s = suite_create("practice");
	TCase *items = tcase_create("items");
	tcase_add_test(items, test_items_subtype_rule);
	tcase_add_test(items, test_items_context);
	tcase_add_test(items, test_split_context_table);
	tcase_add_test(items, test_items_keys_stable);
	tcase_add_test(items, test_items_errors);
	tcase_add_test(items, test_items_keys_fit);
	suite_add_tcase(s, items);
	TCase *sched = tcase_create("sched");
	tcase_add_test(sched, test_sched_boxes);
	tcase_add_test(sched, test_sched_intervals);
	tcase_add_test(sched, test_run_missed_comes_back);
	tcase_add_test(sched, test_run_retries_bounded);
	tcase_add_test(sched, test_plan_due_before_new_before_later);
	tcase_add_test(sched, test_plan_seeded);
	suite_add_tcase(s, sched);
	TCase *score = tcase_create("score");
	tcase_add_test(score, test_score_confusion);
	suite_add_tcase(s, score);
	return s;
}
