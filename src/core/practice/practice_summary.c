#include "core/practice/practice_summary.h"

#include <stdlib.h>
#include <string.h>

#include "core/base/xalloc.h"
#include "core/practice/practice_facets.h"

static const char *suit_title(const struct deck *deck, size_t i)
{
	const struct suit *s = &deck->suits[i];
	return s->title ? s->title : s->id;
}

static char *answer_name(const struct deck *deck, size_t suit, long card)
{
	if (card < 0 || deck_count_suit(deck, deck->suits[suit].id) < 2)
		return xstrdup(suit_title(deck, suit));
	const struct card *c = &deck->cards[card];
	return xasprintf("%s: %s", suit_title(deck, suit), c->title ? c->title : c->id);
}

/* The index of card's suit, or n_suits when it has none. */
static size_t suit_of(const struct deck *deck, size_t card)
{
	const struct suit *s = deck_find_suit(deck, deck->cards[card].suit);
	return s ? (size_t)(s - deck->suits) : deck->n_suits;
}

/* A card by its suit and title, as answers are named ("Circular: Triadic"). */
static char *card_name(const struct deck *deck, size_t card)
{
	size_t s = suit_of(deck, card);
	if (s < deck->n_suits)
		return answer_name(deck, s, (long)card);
	return xstrdup(deck->cards[card].title ? deck->cards[card].title : deck->cards[card].id);
}

/* Why an answer on either side of a border is fair: what the two sides differ on. */
static char *border_reason(const struct deck *deck, size_t want_card, size_t got_card)
{
	size_t a = suit_of(deck, want_card), b = suit_of(deck, got_card);
	char *apart = a != b ? practice_facet_apart(deck, a, b) : NULL;
	char *line;
	if (apart)
		line = xasprintf("they differ on %s, and the question can fairly be read either way",
				 apart);
	else if (a == b && a < deck->n_suits)
		line = xasprintf("both are %s, and the question can fairly be read as either",
				 suit_title(deck, a));
	else
		line = xstrdup("the question can fairly be read as either");
	free(apart);
	return line;
}

/* That the answer given is accepted, and why the border is blurred. */
static char *accepted_line(const struct practice_drill *dr)
{
	const struct deck *deck = &dr->doc->deck;
	size_t want_card = practice_drill_item(dr)->card, got_card = (size_t)dr->named_card;
	char *want = card_name(deck, want_card), *got = card_name(deck, got_card);
	char *why = border_reason(deck, want_card, got_card);
	char *line = xasprintf("Accepted: this example sits on the border between %s and %s; %s.",
			       want, got, why);
	free(want);
	free(got);
	free(why);
	return line;
}

/* For an example with "also": that the answer given is accepted and why, or
 * which other cards would have been; NULL for an example without it. */
static char *also_line(const struct practice_drill *dr)
{
	const struct deck *deck = &dr->doc->deck;
	const struct practice_item *it = practice_drill_item(dr);
	if (!it->example || it->example->also.n == 0)
		return NULL;
	if (dr->also_ok)
		return accepted_line(dr);
	char *names = NULL;
	for (size_t i = 0; i < it->example->also.n; i++) {
		long c = deck_find_card(deck, it->example->also.v[i]);
		if (c < 0)
			continue;
		char *n = card_name(deck, (size_t)c);
		char *j = names ? xasprintf("%s, %s", names, n) : n;
		if (names) {
			free(names);
			free(n);
		}
		names = j;
	}
	char *line = names ? xasprintf("Also accepted for this example, which sits on a border: "
				       "%s.", names)
			   : NULL;
	free(names);
	return line;
}

/* When the item on show will be asked again, from its box after this answer. */
static char *comes_back(const struct practice_drill *dr, bool right)
{
	if (!right)
		return xstrdup(dr->requeued ? "This one comes back later in this run, and in your "
					      "next practice."
					    : "This one comes back in your next practice.");
	const struct practice_box *b = practice_boxes_get(&dr->boxes, practice_drill_item(dr)->key);
	int days = practice_interval_days(b ? b->box : 2);
	if (days == 0) /* right only when asked again: not learnt yet */
		return xstrdup("It comes back in your next practice, to make sure.");
	if (days == 1)
		return xstrdup("It is due again tomorrow.");
	return xasprintf("It is due again in %d days.", days);
}

/* The first paragraph of the feedback: the verdict, the right answer, and
 * what was said when it was not right. */
static char *verdict_line(const struct practice_drill *dr)
{
	const struct deck *deck = &dr->doc->deck;
	const struct practice_item *it = practice_drill_item(dr);
	enum practice_verdict v = practice_drill_verdict(dr);
	char *want = answer_name(deck, it->suit, it->subtyped ? (long)it->card : -1);
	char *line;
	if (v == VERDICT_RIGHT) {
		line = xasprintf("Right: %s.", want);
	} else if (v == VERDICT_ALSO) {
		char *got = card_name(deck, (size_t)dr->named_card);
		line = xasprintf("Right: %s is accepted here; the deck files it under %s.", got,
				 want);
		free(got);
	} else {
		char *got = answer_name(deck, dr->given_suit, dr->given_card);
		line = xasprintf("%s. It is %s; you said %s.",
				 v == VERDICT_HALF ? "Right type, other subtype" : "Not quite", want,
				 got);
		free(got);
	}
	free(want);
	return line;
}

void practice_feedback_lines(const struct practice_drill *dr, struct strv *out)
{
	const struct practice_item *it = practice_drill_item(dr);
	if (!it || dr->state != DRILL_FEEDBACK)
		return;
	enum practice_verdict v = practice_drill_verdict(dr);
	strv_push_owned(out, verdict_line(dr));
	strv_push_owned(out, comes_back(dr, v == VERDICT_RIGHT || v == VERDICT_ALSO));
	if (it->example && it->example->why)
		strv_push_owned(out, xasprintf("Why: %s", it->example->why));
	char *contrast = practice_facet_contrast(&dr->doc->deck, it->suit, dr->given_suit);
	if (contrast)
		strv_push_owned(out, contrast);
	char *also = also_line(dr);
	if (also)
		strv_push_owned(out, also);
	const char *body = dr->doc->deck.cards[it->card].body;
	if (body)
		strv_push(out, body);
}

char *practice_header_line(const struct practice_drill *dr)
{
	const struct practice_score *s = &dr->score;
	size_t at = dr->answered + (dr->state == DRILL_FEEDBACK ? 0 : 1);
	size_t total = at + practice_run_left(&dr->run) - 1;
	if (s->asked == 0)
		return xasprintf("Question %zu of %zu", at, total);
	char *types = xasprintf("Question %zu of %zu · so far %u of %u type%s right", at, total,
				s->suit_right, s->asked, s->asked == 1 ? "" : "s");
	if (s->card_asked == 0)
		return types;
	char *line = xasprintf("%s, %u of %u subtype%s", types, s->card_right, s->card_asked,
			       s->card_asked == 1 ? "" : "s");
	free(types);
	return line;
}

size_t practice_bar_len(unsigned ok, unsigned asked, size_t width)
{
	if (asked == 0)
		return 0;
	return (size_t)((unsigned long long)ok * width / asked);
}

char *practice_apart_line(const struct practice_drill *dr)
{
	const struct deck *deck = &dr->doc->deck;
	struct practice_pair p;
	if (practice_score_pairs(&dr->score, &p, 1) == 0)
		return NULL;
	char *apart = practice_facet_apart(deck, p.right, p.given);
	if (!apart)
		return NULL;
	char *line = xasprintf("%s and %s, most often taken for one another, differ on %s.",
			       suit_title(deck, p.right), suit_title(deck, p.given), apart);
	free(apart);
	return line;
}
