#include "core/practice/practice_drill.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "core/base/xalloc.h"

int practice_drill_start(struct practice_drill *dr, const struct doc *doc,
			 const struct practice_log *log, const char *suit, size_t n,
			 int64_t now, uint64_t seed, struct diags *d)
{
	*dr = (struct practice_drill){.doc = doc, .given_card = -1, .named_card = -1};
	if (practice_items_build(&dr->items, &doc->deck, doc->path, suit, d) != 0)
		return -1;
	if (log)
		practice_log_boxes(log, doc->id, &dr->boxes);
	practice_run_plan(&dr->run, &dr->items, &dr->boxes, n, now, seed);
	practice_score_init(&dr->score, doc->deck.n_suits);
	dr->state = practice_run_current(&dr->run) < 0 ? DRILL_DONE : DRILL_ASK_SUIT;
	return 0;
}

const struct practice_item *practice_drill_item(const struct practice_drill *dr)
{
	long i = practice_run_current(&dr->run);
	return i < 0 ? NULL : &dr->items.v[i];
}

char practice_suit_initial(const struct deck *deck, size_t suit)
{
	int c = tolower((unsigned char)deck->suits[suit].id[0]);
	for (size_t i = 0; i < deck->n_suits; i++)
		if (i != suit && tolower((unsigned char)deck->suits[i].id[0]) == c)
			return 0;
	return (char)c;
}

long practice_suit_for_key(const struct deck *deck, int key)
{
	if (key >= '1' && key <= '9' && (size_t)(key - '1') < deck->n_suits)
		return key - '1';
	if (key <= 0 || key > 127 || !isalpha(key))
		return -1;
	for (size_t i = 0; i < deck->n_suits; i++)
		if (practice_suit_initial(deck, i) == tolower(key))
			return (long)i;
	return -1;
}

size_t practice_suit_cards(const struct deck *deck, size_t suit, size_t *out, size_t max)
{
	size_t n = 0;
	for (size_t i = 0; i < deck->n_cards && n < max; i++)
		if (deck->cards[i].suit &&
		    strcmp(deck->cards[i].suit, deck->suits[suit].id) == 0)
			out[n++] = i;
	return n;
}

/* The card the answer names: the one chosen, or the given suit's only card. */
static long named_card(const struct practice_drill *dr)
{
	const struct deck *deck = &dr->doc->deck;
	size_t only;
	if (dr->given_card >= 0)
		return dr->given_card;
	if (deck_count_suit(deck, deck->suits[dr->given_suit].id) != 1 ||
	    practice_suit_cards(deck, dr->given_suit, &only, 1) != 1)
		return -1;
	return (long)only;
}

/* Judges the answer: its own card, or another the example also accepts. */
static void drill_judge(struct practice_drill *dr, const struct practice_item *it)
{
	const struct deck *deck = &dr->doc->deck;
	dr->named_card = named_card(dr);
	dr->suit_ok = dr->given_suit == it->suit;
	dr->card_ok = dr->suit_ok && (!it->subtyped || dr->given_card == (long)it->card);
	dr->also_ok = !(dr->suit_ok && dr->card_ok) && dr->named_card >= 0 && it->example &&
		      example_accepts(it->example, deck->cards[dr->named_card].id);
	if (dr->also_ok)
		dr->suit_ok = dr->card_ok = true;
}

static int drill_journal(struct practice_drill *dr, const struct practice_item *it,
			 int64_t now, bool retry, struct diags *d)
{
	const struct deck *deck = &dr->doc->deck;
	struct practice_answer a = {
		.ts = now, .deck = dr->doc->id, .item = it->key,
		.suit = deck->suits[it->suit].id, .card = deck->cards[it->card].id,
		.given_suit = deck->suits[dr->given_suit].id,
		.given_card = dr->given_card >= 0 ? deck->cards[dr->given_card].id : NULL,
		.named = dr->named_card >= 0 ? deck->cards[dr->named_card].id : NULL,
		.suit_ok = dr->suit_ok, .card_ok = dr->card_ok, .retry = retry,
		.also = dr->also_ok,
	};
	char *rec = practice_answer_record(&a);
	int rc = journal_append(dr->journal, rec, d);
	free(rec);
	return rc;
}

static int drill_record(struct practice_drill *dr, int64_t now, struct diags *d)
{
	const struct practice_item *it = practice_drill_item(dr);
	drill_judge(dr, it);
	/* An also answer is scored as the example's own suit: right, on the diagonal. */
	practice_score_add(&dr->score, it->suit, dr->also_ok ? it->suit : dr->given_suit,
			   it->subtyped, dr->card_ok);
	if (dr->suit_ok && !dr->card_ok && dr->given_card >= 0)
		practice_score_card_miss(&dr->score, it->card, (size_t)dr->given_card);
	bool right = dr->suit_ok && dr->card_ok;
	bool retry = dr->run.retries[dr->run.queue[dr->run.pos]] > 0;
	practice_sched_answer(&dr->boxes, it->key, right, retry, now);
	dr->requeued = !right &&
		       dr->run.retries[dr->run.queue[dr->run.pos]] < PRACTICE_MAX_RETRIES;
	dr->answered++;
	dr->state = DRILL_FEEDBACK;
	return dr->journal ? drill_journal(dr, it, now, retry, d) : 0;
}

int practice_drill_suit(struct practice_drill *dr, size_t suit, int64_t now,
			struct diags *d)
{
	if (dr->state != DRILL_ASK_SUIT || suit >= dr->doc->deck.n_suits)
		return 0;
	dr->given_suit = suit;
	dr->given_card = -1;
	if (deck_count_suit(&dr->doc->deck, dr->doc->deck.suits[suit].id) > 1) {
		dr->state = DRILL_ASK_CARD;
		return 0;
	}
	return drill_record(dr, now, d);
}

int practice_drill_card(struct practice_drill *dr, size_t nth, int64_t now,
			struct diags *d)
{
	const struct deck *deck = &dr->doc->deck;
	if (dr->state != DRILL_ASK_CARD)
		return 0;
	size_t *cards = xcalloc(deck->n_cards + 1, sizeof *cards);
	size_t n = practice_suit_cards(deck, dr->given_suit, cards, deck->n_cards);
	long card = nth < n ? (long)cards[nth] : -1;
	free(cards);
	if (card < 0)
		return 0;
	dr->given_card = card;
	return drill_record(dr, now, d);
}

void practice_drill_back(struct practice_drill *dr)
{
	if (dr->state == DRILL_ASK_CARD) {
		dr->state = DRILL_ASK_SUIT;
		dr->given_card = -1;
	}
}

enum practice_verdict practice_drill_verdict(const struct practice_drill *dr)
{
	if (dr->also_ok)
		return VERDICT_ALSO;
	if (!dr->suit_ok)
		return VERDICT_WRONG;
	return dr->card_ok ? VERDICT_RIGHT : VERDICT_HALF;
}

void practice_drill_next(struct practice_drill *dr)
{
	if (dr->state != DRILL_FEEDBACK)
		return;
	practice_run_answer(&dr->run, dr->suit_ok && dr->card_ok);
	dr->state = practice_run_current(&dr->run) < 0 ? DRILL_DONE : DRILL_ASK_SUIT;
}

void practice_drill_free(struct practice_drill *dr)
{
	practice_items_free(&dr->items);
	practice_boxes_free(&dr->boxes);
	practice_run_free(&dr->run);
	practice_score_free(&dr->score);
	*dr = (struct practice_drill){0};
}
