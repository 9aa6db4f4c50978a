#include "practice_summary.h"

#include <stdlib.h>
#include <string.h>

#include "xalloc.h"

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

static void per_suit_lines(const struct practice_drill *dr, struct strv *out)
{
	const struct practice_score *s = &dr->score;
	for (size_t i = 0; i < s->n_suits; i++) {
		if (!s->suit_asked[i])
			continue;
		char *subs = s->card_asked_in[i] ? xasprintf("   subtypes %u/%u", s->card_ok_in[i],
							     s->card_asked_in[i])
						 : xstrdup("");
		strv_push_owned(out, xasprintf("  %-20s %3u/%-3u %3d%%%s", suit_title(&dr->doc->deck, i),
					       s->suit_ok[i], s->suit_asked[i],
					       practice_percent(s->suit_ok[i], s->suit_asked[i]),
					       subs));
		free(subs);
	}
}

static void confusion_lines(const struct practice_drill *dr, struct strv *out)
{
	const struct practice_score *s = &dr->score;
	size_t n = s->n_suits, len = 0;
	char *row = xmalloc(32 + n * 6);
	len = (size_t)sprintf(row, "  %-20s", "right \\ given");
	for (size_t g = 0; g < n; g++)
		len += (size_t)sprintf(row + len, " %4zu", g + 1);
	strv_push(out, row);
	for (size_t r = 0; r < n; r++) {
		if (!s->suit_asked[r])
			continue;
		len = (size_t)sprintf(row, "  %zu %-18.18s", r + 1, dr->doc->deck.suits[r].id);
		for (size_t g = 0; g < n; g++)
			len += (size_t)sprintf(row + len, " %4u", s->confusion[r * n + g]);
		strv_push(out, row);
	}
	free(row);
}

static void pair_lines(const struct practice_drill *dr, struct strv *out)
{
	struct practice_pair p[3];
	size_t n = practice_score_pairs(&dr->score, p, 3);
	for (size_t i = 0; i < n; i++)
		strv_push_owned(out, xasprintf("  %s taken for %s: %u time%s",
					       suit_title(&dr->doc->deck, p[i].right),
					       suit_title(&dr->doc->deck, p[i].given),
					       p[i].count, p[i].count == 1 ? "" : "s"));
	if (n == 0)
		strv_push(out, "  No suit was taken for another.");
	n = practice_score_card_pairs(&dr->score, p, 3);
	const struct card *c = dr->doc->deck.cards;
	for (size_t i = 0; i < n; i++)
		strv_push_owned(out, xasprintf("  %s taken for %s: %u time%s",
					       c[p[i].right].title ? c[p[i].right].title : c[p[i].right].id,
					       c[p[i].given].title ? c[p[i].given].title : c[p[i].given].id,
					       p[i].count, p[i].count == 1 ? "" : "s"));
}

void practice_summary_lines(const struct practice_drill *dr, struct strv *out)
{
	const struct practice_score *s = &dr->score;
	strv_push_owned(out, xasprintf("Score: %u of %u types right (%d%%)", s->suit_right,
				       s->asked, s->asked ? practice_percent(s->suit_right, s->asked) : 0));
	if (s->card_asked)
		strv_push_owned(out, xasprintf("Subtypes: %u of %u right (%d%%)", s->card_right,
					       s->card_asked,
					       practice_percent(s->card_right, s->card_asked)));
	strv_push(out, "");
	strv_push(out, "Accuracy per suit:");
	per_suit_lines(dr, out);
	strv_push(out, "");
	strv_push(out, "Confusion table (rows: the right suit; columns: the suit you gave):");
	confusion_lines(dr, out);
	strv_push(out, "");
	strv_push(out, "Most confused:");
	pair_lines(dr, out);
}
