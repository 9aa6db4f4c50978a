#include "core/practice/practice_summary.h"

#include <stdlib.h>
#include <string.h>

#include "core/base/xalloc.h"

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
	strv_push_owned(out, verdict_line(dr));
	strv_push_owned(out, comes_back(dr, practice_drill_verdict(dr) == VERDICT_RIGHT));
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
