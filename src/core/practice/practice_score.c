#include "core/practice/practice_score.h"

#include <stdlib.h>
#include <string.h>

#include "core/base/xalloc.h"

void practice_score_init(struct practice_score *s, size_t n_suits)
{
	*s = (struct practice_score){.n_suits = n_suits};
	s->suit_asked = xcalloc(n_suits ? n_suits : 1, sizeof *s->suit_asked);
	s->suit_ok = xcalloc(n_suits ? n_suits : 1, sizeof *s->suit_ok);
	s->card_asked_in = xcalloc(n_suits ? n_suits : 1, sizeof *s->card_asked_in);
	s->card_ok_in = xcalloc(n_suits ? n_suits : 1, sizeof *s->card_ok_in);
	s->confusion = xcalloc(n_suits ? n_suits * n_suits : 1, sizeof *s->confusion);
}

void practice_score_add(struct practice_score *s, size_t right_suit,
			size_t given_suit, bool subtyped, bool card_right)
{
	if (right_suit >= s->n_suits || given_suit >= s->n_suits)
		return;
	bool ok = right_suit == given_suit;
	s->asked++;
	s->suit_asked[right_suit]++;
	s->confusion[right_suit * s->n_suits + given_suit]++;
	if (ok) {
		s->suit_right++;
		s->suit_ok[right_suit]++;
	}
	if (ok && subtyped) {
		s->card_asked++;
		s->card_right += card_right;
		s->card_asked_in[right_suit]++;
		s->card_ok_in[right_suit] += card_right;
	}
}

void practice_score_card_miss(struct practice_score *s, size_t right_card, size_t given_card)
{
	for (size_t i = 0; i < s->n_card_misses; i++)
		if (s->card_misses[i].right == right_card && s->card_misses[i].given == given_card) {
			s->card_misses[i].count++;
			return;
		}
	xgrow((void **)&s->card_misses, &s->cap_card_misses, s->n_card_misses + 1,
	      sizeof *s->card_misses);
	s->card_misses[s->n_card_misses++] = (struct practice_pair){right_card, given_card, 1};
}

int practice_percent(unsigned ok, unsigned asked)
{
	if (asked == 0)
		return -1;
	return (int)((unsigned long long)ok * 100 / asked);
}

static int pair_cmp(const void *a, const void *b)
{
	const struct practice_pair *x = a, *y = b;
	if (x->count != y->count)
		return x->count > y->count ? -1 : 1;
	if (x->right != y->right)
		return x->right < y->right ? -1 : 1;
	return x->given < y->given ? -1 : (x->given > y->given);
}

/* Sorts pairs (a copy) and copies the first max of them to out. */
static size_t pairs_top(const struct practice_pair *pairs, size_t k, struct practice_pair *out,
			size_t max)
{
	struct practice_pair *all = xcalloc(k + 1, sizeof *all);
	if (k)
		memcpy(all, pairs, k * sizeof *all);
	qsort(all, k, sizeof *all, pair_cmp);
	size_t m = k < max ? k : max;
	for (size_t i = 0; i < m; i++)
		out[i] = all[i];
	free(all);
	return m;
}

size_t practice_score_card_pairs(const struct practice_score *s, struct practice_pair *out,
				 size_t max)
{
	return pairs_top(s->card_misses, s->n_card_misses, out, max);
}

size_t practice_score_pairs(const struct practice_score *s, struct practice_pair *out,
			    size_t max)
{
	size_t n = s->n_suits, k = 0;
	struct practice_pair *all = xcalloc(n * n + 1, sizeof *all);
	for (size_t r = 0; r < n; r++)
		for (size_t g = 0; g < n; g++)
			if (r != g && s->confusion[r * n + g])
				all[k++] = (struct practice_pair){r, g, s->confusion[r * n + g]};
	size_t m = pairs_top(all, k, out, max);
	free(all);
	return m;
}

void practice_score_free(struct practice_score *s)
{
	free(s->suit_asked);
	free(s->suit_ok);
	free(s->card_asked_in);
	free(s->card_ok_in);
	free(s->confusion);
	free(s->card_misses);
	*s = (struct practice_score){0};
}
