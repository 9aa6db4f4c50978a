#include "practice_text.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "core/practice/practice_score.h"
#include "core/practice/practice_summary.h"
#include "core/base/utf8.h"
#include "core/base/xalloc.h"

#define LABEL_MIN 10 /* columns for a type's name before its bar, at least... */
#define LABEL_MAX 18 /* ...and at most */
#define NUMS_W 14    /* "  999/999 100%" */
#define NOWRAP (SIZE_MAX / 4) /* rows built to fit are added unwrapped */
#define SUB_W 19     /* "   subtypes 999/999" after a type's numbers */

char *ptext_bar(unsigned ok, unsigned asked, size_t width)
{
	size_t full = practice_bar_len(ok, asked, width);
	char *s = xmalloc(width * 3 + 1), *p = s;
	for (size_t i = 0; i < width; i++, p += 3)
		memcpy(p, i < full ? "█" : "░", 3);
	*p = '\0';
	return s;
}

const char *ptext_suit_title(const struct deck *deck, size_t suit)
{
	const struct suit *s = &deck->suits[suit];
	return s->title ? s->title : s->id;
}

const char *ptext_card_title(const struct card *c)
{
	return c->title ? c->title : c->id;
}

/* s cut or padded with spaces to exactly w columns. */
static char *padded(const char *s, size_t w)
{
	char *cut = xstrndup(s, utf8_prefix_fitting(s, w));
	size_t used = utf8_width(cut);
	char *r = xasprintf("%s%*s", cut, (int)(w - used), "");
	free(cut);
	return r;
}

void ptext_suit_keys(const struct deck *deck, size_t cols, struct tlines *t)
{
	struct strv items = {0};
	size_t width = 0;
	for (size_t i = 0; i < deck->n_suits; i++) {
		char ini = practice_suit_initial(deck, i);
		char letter[3] = {'/', ini, '\0'};
		strv_push_owned(&items, xasprintf("%zu%s %s", i + 1, ini ? letter : "",
						  ptext_suit_title(deck, i)));
		width += (i ? 3 : 0) + utf8_width(items.v[i]);
	}
	/* all on one line when they fit, else one a line (never a key parted from its name) */
	if (width <= cols) {
		char *line = xstrdup("");
		for (size_t i = 0; i < items.n; i++) {
			char *n = xasprintf("%s%s%s", line, i ? "   " : "", items.v[i]);
			free(line);
			line = n;
		}
		tlines_add(t, line, cols, TL_NORMAL, NULL);
		free(line);
	} else {
		for (size_t i = 0; i < items.n; i++)
			tlines_add(t, items.v[i], cols, TL_NORMAL, NULL);
	}
	strv_free(&items);
}

void ptext_card_keys(const struct deck *deck, size_t suit, size_t cols, struct tlines *t)
{
	size_t *cards = xcalloc(deck->n_cards + 1, sizeof *cards);
	size_t n = practice_suit_cards(deck, suit, cards, deck->n_cards);
	for (size_t i = 0; i < n; i++) {
		char *first = xasprintf("%2zu  ", i + 1);
		tlines_add(t, ptext_card_title(&deck->cards[cards[i]]), cols, TL_NORMAL, first);
		free(first);
	}
	free(cards);
}

/* Columns the labels of a table of bars get. */
static size_t label_width(const char *const *labels, size_t n)
{
	size_t w = LABEL_MIN;
	for (size_t i = 0; i < n; i++)
		if (utf8_width(labels[i]) > w)
			w = utf8_width(labels[i]);
	return w < LABEL_MAX ? w : LABEL_MAX;
}

/* What a bar row shows: a type's answers and, where asked, its subtypes'. */
struct bar_nums {
	unsigned ok, asked;
	unsigned sub_ok, sub_asked; /* sub_asked 0: no subtypes asked */
};

/* The subtypes' count after a type's numbers ("   subtypes 1/2"), or after
 * its name on a line of its own (" (subtypes 1/2)"); "" when none were asked. */
static char *sub_text(struct bar_nums n, bool after_name)
{
	if (!n.sub_asked)
		return xstrdup("");
	return xasprintf(after_name ? " (subtypes %u/%u)" : "   subtypes %u/%u", n.sub_ok,
			 n.sub_asked);
}

/* One bar row: "  label bar  ok/asked pct%   subtypes ok/asked", room kept
 * for the subtypes when subs (some row of the table has them); or when that
 * does not fit in cols, the label (and the subtypes) on a line of its own and
 * the bar under it. */
static void bar_row(struct tlines *t, const char *label, size_t lw, struct bar_nums n,
		    bool subs, size_t cols)
{
	size_t sw = subs ? SUB_W : 0;
	bool narrow = cols < 2 + lw + 1 + 8 + NUMS_W + sw;
	size_t room = narrow ? (cols > 2 + NUMS_W + 4 ? cols - 2 - NUMS_W : 4)
			     : cols - 2 - lw - 1 - NUMS_W - sw;
	size_t bw = room < PTEXT_BAR_MAX ? room : PTEXT_BAR_MAX;
	char *bar = ptext_bar(n.ok, n.asked, bw);
	char *lab = narrow ? xstrdup("") : padded(label, lw);
	char *sub = sub_text(n, narrow);
	if (narrow) {
		char *head = xasprintf("%s%s", label, sub);
		tlines_add(t, head, cols, TL_NORMAL, "  ");
		free(head);
	}
	char *row = xasprintf("  %s%s%s  %3u/%-3u%3d%%%s", lab, narrow ? "" : " ", bar, n.ok, n.asked,
			      n.asked ? practice_percent(n.ok, n.asked) : 0, narrow ? "" : sub);
	tlines_add(t, row, NOWRAP, TL_NORMAL, NULL);
	free(row);
	free(sub);
	free(lab);
	free(bar);
}

static void summary_bars(const struct practice_drill *dr, size_t cols, struct tlines *t)
{
	const struct deck *deck = &dr->doc->deck;
	const struct practice_score *s = &dr->score;
	const char **labels = xcalloc(s->n_suits + 1, sizeof *labels);
	for (size_t i = 0; i < s->n_suits; i++)
		labels[i] = ptext_suit_title(deck, i);
	size_t lw = label_width(labels, s->n_suits);
	tlines_add(t, "Accuracy per type", cols, TL_HEADING, NULL);
	for (size_t i = 0; i < s->n_suits; i++)
		if (s->suit_asked[i])
			bar_row(t, labels[i], lw,
				(struct bar_nums){s->suit_ok[i], s->suit_asked[i], s->card_ok_in[i],
						  s->card_asked_in[i]},
				s->card_asked > 0, cols);
	free(labels);
}

/* The confusion table, when it fits: a column per type given, headed 1..n. */
static bool confusion_table(const struct practice_drill *dr, size_t cols, struct tlines *t)
{
	const struct practice_score *s = &dr->score;
	size_t n = s->n_suits, lw = 0;
	for (size_t r = 0; r < n; r++)
		if (s->suit_asked[r] && utf8_width(ptext_suit_title(&dr->doc->deck, r)) > lw)
			lw = utf8_width(ptext_suit_title(&dr->doc->deck, r));
	lw = lw < LABEL_MAX ? lw : LABEL_MAX;
	if (2 + 3 + lw + 4 * n > cols) /* names cut to fit, but not below 6 columns */
		lw = cols > 2 + 3 + 6 + 4 * n ? cols - 2 - 3 - 4 * n : 6;
	if (2 + 3 + lw + 4 * n > cols)
		return false;
	char *row = xasprintf("  %*s", (int)(3 + lw), "");
	for (size_t g = 0; g < n; g++) {
		char *r = xasprintf("%s%4zu", row, g + 1);
		free(row);
		row = r;
	}
	tlines_add(t, row, NOWRAP, TL_DIM, NULL);
	free(row);
	for (size_t r = 0; r < n; r++) {
		if (!s->suit_asked[r])
			continue;
		char *lab = padded(ptext_suit_title(&dr->doc->deck, r), lw);
		row = xasprintf("  %zu  %s", r + 1, lab);
		free(lab);
		for (size_t g = 0; g < n; g++) {
			unsigned c = s->confusion[r * n + g];
			char *x = c ? xasprintf("%s%4u", row, c) : xasprintf("%s   ·", row);
			free(row);
			row = x;
		}
		tlines_add(t, row, NOWRAP, TL_NORMAL, NULL);
		free(row);
	}
	return true;
}

static void summary_pairs(const struct practice_drill *dr, size_t cols, struct tlines *t)
{
	const struct deck *deck = &dr->doc->deck;
	struct practice_pair p[5];
	size_t n = practice_score_pairs(&dr->score, p, 5);
	if (n == 0)
		tlines_add(t, "No type was taken for another.", cols, TL_NORMAL, "  ");
	for (size_t i = 0; i < n; i++) {
		char *s = xasprintf("%s taken for %s: %u time%s", ptext_suit_title(deck, p[i].right),
				    ptext_suit_title(deck, p[i].given), p[i].count,
				    p[i].count == 1 ? "" : "s");
		tlines_add(t, s, cols, TL_NORMAL, "• ");
		free(s);
	}
	n = practice_score_card_pairs(&dr->score, p, 5);
	for (size_t i = 0; i < n; i++) {
		char *s = xasprintf("%s taken for %s: %u time%s",
				    ptext_card_title(&deck->cards[p[i].right]),
				    ptext_card_title(&deck->cards[p[i].given]), p[i].count,
				    p[i].count == 1 ? "" : "s");
		tlines_add(t, s, cols, TL_NORMAL, "• ");
		free(s);
	}
}

void ptext_summary(const struct practice_drill *dr, size_t cols, struct tlines *t)
{
	const struct practice_score *s = &dr->score;
	char *line = xasprintf("Score: %u of %u types right (%d%%)", s->suit_right, s->asked,
			       s->asked ? practice_percent(s->suit_right, s->asked) : 0);
	tlines_add(t, line, cols, TL_TITLE, NULL);
	free(line);
	if (s->card_asked) {
		line = xasprintf("Subtypes: %u of %u right (%d%%), counted where the type was right",
				 s->card_right, s->card_asked,
				 practice_percent(s->card_right, s->card_asked));
		tlines_add(t, line, cols, TL_NORMAL, NULL);
		free(line);
	}
	if (!s->asked)
		return;
	tlines_gap(t);
	summary_bars(dr, cols, t);
	tlines_gap(t);
	tlines_add(t, "Which type was taken for which", cols, TL_HEADING, NULL);
	if (confusion_table(dr, cols, t)) {
		tlines_add(t, "Rows: the right type; columns: the type you gave.", cols, TL_DIM,
			   NULL);
		tlines_gap(t);
	}
	summary_pairs(dr, cols, t);
	char *apart = practice_apart_line(dr);
	if (apart) {
		tlines_gap(t);
		tlines_add(t, apart, cols, TL_NORMAL, NULL);
		free(apart);
	}
}

/* The title of suit id in deck, or the id itself. */
static const char *stats_label(const struct deck *deck, const char *id)
{
	const struct suit *s = deck ? deck_find_suit(deck, id) : NULL;
	return s && s->title ? s->title : id;
}

static void progress_weeks(const struct practice_stats *st, const struct deck *deck,
			   size_t cols, struct tlines *t)
{
	const char **labels = xcalloc(st->n_rows + 1, sizeof *labels);
	for (size_t i = 0; i < st->n_rows; i++)
		labels[i] = stats_label(deck, st->rows[i].suit);
	size_t lw = label_width(labels, st->n_rows);
	for (size_t i = 0; i < st->n_rows; i++) {
		if (i == 0 || strcmp(st->rows[i].week, st->rows[i - 1].week) != 0) {
			tlines_gap(t);
			char *h = xasprintf("Week %s", st->rows[i].week);
			tlines_add(t, h, cols, TL_HEADING, NULL);
			free(h);
		}
		const struct practice_week_row *r = &st->rows[i];
		bar_row(t, labels[i], lw,
			(struct bar_nums){r->right, r->asked, r->sub_right, r->sub_asked},
			st->sub_asked > 0, cols);
	}
	free(labels);
}

void ptext_progress(const struct practice_stats *st, const struct deck *deck, size_t cols,
		    struct tlines *t)
{
	if (st->asked == 0) {
		tlines_add(t, "No practice answers yet: name some question types first.", cols,
			   TL_NORMAL, NULL);
		return;
	}
	char *line = practice_stats_overall(st);
	tlines_add(t, line, cols, TL_TITLE, NULL);
	free(line);
	progress_weeks(st, deck, cols, t);
	tlines_gap(t);
	tlines_add(t, "Most confused (the right type, taken for)", cols, TL_HEADING, NULL);
	if (st->n_pairs == 0)
		tlines_add(t, "No type was taken for another.", cols, TL_NORMAL, "  ");
	for (size_t i = 0; i < st->n_pairs && i < 5; i++) {
		line = xasprintf("%s taken for %s: %u time%s",
				 stats_label(deck, st->pairs[i].right),
				 stats_label(deck, st->pairs[i].given), st->pairs[i].count,
				 st->pairs[i].count == 1 ? "" : "s");
		tlines_add(t, line, cols, TL_NORMAL, "• ");
		free(line);
	}
}
