#ifndef RUCKSACK_PRACTICE_SUMMARY_H
#define RUCKSACK_PRACTICE_SUMMARY_H
/*
 * Words for the drill screens, built without curses so they are tested here
 * and the screens only lay them out: the feedback after an answer, and the
 * end-of-run summary (score, accuracy per suit, confusion table).
 */
#include <stddef.h>

#include "practice_drill.h"
#include "strv.h"

/* Feedback on the answer on show, as paragraphs appended to out:
 * "Right: ..." or "Not quite...", the right suit and card, what was given
 * when wrong; when the item comes back (later in this run, in the next
 * practice, or the days until it is due again); then the card's body. */
void practice_feedback_lines(const struct practice_drill *dr, struct strv *out);

/* The end-of-run summary appended to out, one line each: the score, the card
 * score when subtypes were asked, one line per suit asked ("title  3/4  75%"),
 * then the confusion table (rows: right suit, columns: suit given, headed by
 * 1..n as on the answer keys), the most confused pairs of suits and then
 * of subtypes (cards of the right suit taken for one another). */
void practice_summary_lines(const struct practice_drill *dr, struct strv *out);

/* Length of a bar of at most width cells for ok out of asked (0 when asked is 0). */
size_t practice_bar_len(unsigned ok, unsigned asked, size_t width);

#endif
