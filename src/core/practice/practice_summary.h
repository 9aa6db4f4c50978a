#ifndef RUCKSACK_PRACTICE_SUMMARY_H
#define RUCKSACK_PRACTICE_SUMMARY_H
/*
 * Words for the drill screens, built without curses so they are tested here
 * and the screens only lay them out: the feedback after an answer and the
 * line over a question (the end-of-run summary is laid out by ptext_summary).
 */
#include <stddef.h>

#include "core/practice/practice_drill.h"
#include "core/base/strv.h"

/* Feedback on the answer on show, as paragraphs appended to out: the
 * verdict ("Right: ...", "Right type, other subtype. ..." or "Not quite. ...")
 * with the right suit and card and, unless right, what was given; when the
 * item comes back (later in this run, in the next practice, or the days until
 * it is due again); the example's why ("Why: ..."); where another suit was
 * given and the suits have facets, how the two differ on them; where the
 * example lists "also", that the answer is accepted and why the border is
 * blurred, or which cards would have been; then the card's body. */
void practice_feedback_lines(const struct practice_drill *dr, struct strv *out);

/* The line over a question being asked or shown: "Question 3 of 10", then
 * once answers are in "· so far 2 of 3 types right", and where subtypes were
 * asked ", 1 of 2 subtypes" (the types and subtypes counted as the summary
 * counts them).  Fresh string. */
char *practice_header_line(const struct practice_drill *dr);

/* For the run's summary: the most confused pair of suits and the facet that
 * tells them apart ("Reflexive and Circular, most often taken for one
 * another, differ on intent (...)"); NULL when no suit was taken for
 * another or the deck has no facet that differs between them. */
char *practice_apart_line(const struct practice_drill *dr);

/* Length of a bar of at most width cells for ok out of asked (0 when asked is 0). */
size_t practice_bar_len(unsigned ok, unsigned asked, size_t width);

#endif
