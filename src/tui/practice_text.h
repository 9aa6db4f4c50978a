#ifndef RUCKSACK_PRACTICE_TEXT_H
#define RUCKSACK_PRACTICE_TEXT_H
/*
 * What the practice screens show, laid out to a width without curses (so it
 * is tested as text): the answer keys, the end-of-run summary and the
 * progress screen, with accuracy drawn as bars of █ (right) and ░ (the rest).
 */
#include <stddef.h>

#include "core/deck/model.h"
#include "core/practice/practice_drill.h"
#include "core/practice/practice_stats.h"
#include "tlines.h"

/* The widest a bar gets, and the columns it needs in a row. */
#define PTEXT_BAR_MAX 20

/* A bar of width cells: ok/asked of it filled with █, the rest ░ (all ░ when asked is 0). */
char *ptext_bar(unsigned ok, unsigned asked, size_t width);
/* The title of a suit (its id when untitled). */
const char *ptext_suit_title(const struct deck *deck, size_t suit);
/* The title of a card (its id when untitled). */
const char *ptext_card_title(const struct card *c);

/* The answer keys for the types, wrapped to cols: "1 l Lineal  2 c Circular ..."
 * (the letter only where the suit's initial picks it alone). */
void ptext_suit_keys(const struct deck *deck, size_t cols, struct tlines *t);
/* The answer keys for the subtypes of suit, one per line: "1  Difference question". */
void ptext_card_keys(const struct deck *deck, size_t suit, size_t cols, struct tlines *t);

/*
 * The end of a naming run: the score (and subtypes), accuracy per suit as
 * bars ("Lineal      ████████░░░░  3/4   75%"), each followed by its
 * subtypes' count ("subtypes 2/3") where they were asked, the confusion table (rows the
 * right type, columns the type given; a list of pairs where it is too wide
 * for cols) and the subtypes taken for one another.
 */
void ptext_summary(const struct practice_drill *dr, size_t cols, struct tlines *t);

/*
 * Progress over time, the numbers of `rucksack stats`: overall, then per ISO
 * week each suit's bar with asked, right and accuracy (and its subtypes
 * right where asked), then the most confused pairs.  deck (may be NULL) gives the suits' titles.
 */
void ptext_progress(const struct practice_stats *st, const struct deck *deck, size_t cols,
		    struct tlines *t);

#endif
