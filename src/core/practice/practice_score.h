#ifndef RUCKSACK_PRACTICE_SCORE_H
#define RUCKSACK_PRACTICE_SCORE_H
/*
 * Scoring of a naming run.  The suit (type) is the main answer; the card
 * (subtype) is scored separately and only for items whose suit has several
 * cards and was named right, so an answer with the right type and another
 * subtype counts as a type right and a subtype missed.
 * The confusion table counts, for each right suit, which suit was given.
 */
#include <stdbool.h>
#include <stddef.h>

struct practice_score {
	size_t n_suits;
	unsigned asked, suit_right;	/* every answer */
	unsigned card_asked, card_right; /* subtyped items whose suit was right */
	unsigned *suit_asked, *suit_ok;	/* per right suit */
	unsigned *card_asked_in, *card_ok_in; /* per right suit: its subtypes asked, right */
	unsigned *confusion;		/* [right * n_suits + given] */
	struct practice_pair *card_misses; /* subtypes taken for others (card indices) */
	size_t n_card_misses, cap_card_misses;
};

struct practice_pair {
	size_t right, given; /* suit (or, for card_misses, card) indices, right != given */
	unsigned count;
};

void practice_score_init(struct practice_score *s, size_t n_suits);
/* Adds one answer.  card_right is looked at only when subtyped and the suit
 * was right (a wrong suit makes the card wrong without asking it). */
void practice_score_add(struct practice_score *s, size_t right_suit,
			size_t given_suit, bool subtyped, bool card_right);
/* Counts a subtype mistake: card right_card (of the right suit) taken for given_card. */
void practice_score_card_miss(struct practice_score *s, size_t right_card, size_t given_card);
/* The subtype mistakes, most frequent first (ties by card order), as
 * practice_score_pairs. */
size_t practice_score_card_pairs(const struct practice_score *s, struct practice_pair *out,
				 size_t max);
/* Percent (0..100, rounded down) of ok out of asked; -1 when asked is 0. */
int practice_percent(unsigned ok, unsigned asked);
/* The mistaken pairs, most frequent first (ties by suit order); fills at most
 * max entries of out and returns how many. */
size_t practice_score_pairs(const struct practice_score *s, struct practice_pair *out,
			    size_t max);
void practice_score_free(struct practice_score *s);

#endif
