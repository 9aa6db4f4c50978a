#ifndef RUCKSACK_WRITE_PAGE_H
#define RUCKSACK_WRITE_PAGE_H
/*
 * What "write it" shows at each step (practice_flow.h), laid out without
 * curses so it can be tested alone: the fixed line at the top ("Step 3 of
 * 6 · Write your questions", and the suggested time with what is left of
 * it), and the step's page: its guidance and prompts, then what the step
 * is for (the vignette, the card in full, the questions to write or to
 * mark, the notes), and a line saying what the keys do here.
 */
#include <stdbool.h>
#include <stddef.h>

#include "core/deck/model.h"
#include "core/practice/practice_flow.h"
#include "core/practice/practice_write.h"
#include "tlines.h"

struct wpage {
	const struct practice_steps *steps;
	size_t step;			   /* index into steps */
	const struct practice_write *w;	   /* the exercise dealt */
	size_t exercise, n;		   /* 1-based; of n */
	size_t sel;			   /* the question selected at the check step */
};

/*
 * The top line in cols columns: the step and its title on the left, and on
 * the right the suggested time with clock ("5:42", "+0:12 over"; NULL or
 * "": none) as room allows: when narrow the clock alone, and narrower still
 * the title cut with "…" to keep the clock beside it.  Caller frees.
 */
char *wpage_header(const struct wpage *pg, const char *clock, size_t cols);
/*
 * The step's page in w columns into lines; at the check step the card's
 * side (its examples and prompts) goes into theirs, and q_from (room for
 * one more than the questions) gets the line where each question starts in
 * lines, and where the last one ends.
 */
void wpage_lines(const struct wpage *pg, size_t w, struct tlines *lines, struct tlines *theirs,
		 size_t *q_from);
/* The step's title for the editor and the key line: "Write your questions". */
const char *wpage_title(const struct wpage *pg);
/* True when pg is on the last step of its exercise. */
bool wpage_last(const struct wpage *pg);

#endif
