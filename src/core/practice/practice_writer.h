#ifndef RUCKSACK_PRACTICE_WRITER_H
#define RUCKSACK_PRACTICE_WRITER_H
/*
 * The "write it" run as a state machine the screen drives: the steps of a
 * solo flow (practice_flow.h) walked once per exercise (practice_write.h),
 * forward and back, a jump between the writing and the check, the question
 * selected for marking, then the next exercise dealt, up to the run's
 * number, and at the end the run's totals.  Questions, notes and marks go to
 * the practice journal as they are made (practice_write.h); moving between
 * steps records nothing.  No curses here: "now" (seconds, stamped on what
 * is recorded) and "clock_ms" (a steady clock, for the time spent at each
 * step) are passed in.
 */
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "core/base/diag.h"
#include "core/base/journal.h"
#include "core/deck/catalog.h"
#include "core/deck/dealer.h"
#include "core/deck/model.h"
#include "core/practice/practice_flow.h"
#include "core/practice/practice_setup.h"
#include "core/practice/practice_write.h"

struct practice_writer {
	struct practice_steps steps;
	const struct doc *drill, *vignettes; /* the target and scene decks, borrowed */
	struct dealer *dl;
	struct journal *journal; /* borrowed; NULL records nothing */
	size_t n;		 /* exercises in the run */
	struct practice_write w; /* the exercise on show (empty once the run is over) */
	size_t exercise;	 /* 1-based: how many have been dealt */
	size_t step;		 /* index into steps */
	bool done;		 /* the run is over: its totals are on show */
	size_t sel;		 /* the question selected at the check step */
	size_t written, on_target, not_yet, notes; /* the exercises finished, in total */
	int64_t *used_ms;	 /* per step: time spent there before the current visit */
	int64_t visit_ms;	 /* when the current visit to the step began */
};

/*
 * Readies the run setup asks for on cat: its steps (practice_steps_choose),
 * their decks, how many exercises (setup->n, else as the steps suit), and
 * the dealer (setup->seed).  0; or -1, with the reason in d when the steps
 * could not be chosen.  Free with practice_writer_free either way.
 */
int practice_writer_prepare(struct practice_writer *pw, const struct catalog *cat,
			    const struct practice_setup *setup, struct diags *d);
/* Deals the first exercise, recording into j (NULL: nothing recorded), and
 * shows its first step.  0, or -1 when there is nothing to deal. */
int practice_writer_start(struct practice_writer *pw, struct journal *j, int64_t clock_ms);

/* The step on show; NULL once the run is over. */
const struct practice_step *practice_writer_step(const struct practice_writer *pw);
/* True at the check step, where the questions are compared and marked. */
bool practice_writer_checking(const struct practice_writer *pw);
/* True where something can be written: a question, or a note. */
bool practice_writer_can_write(const struct practice_writer *pw);
/* True at the check step with a question to mark. */
bool practice_writer_can_mark(const struct practice_writer *pw);
/* True when there are questions to compare (from or to the check step). */
bool practice_writer_can_compare(const struct practice_writer *pw);
/* True where the step offers the naming drill on the target deck. */
bool practice_writer_offers_drill(const struct practice_writer *pw);
/* True when another exercise follows this one's last step. */
bool practice_writer_more(const struct practice_writer *pw);
/* The naming run offered there: the target deck and suit, seeded by seed. */
struct practice_setup practice_writer_drill_setup(const struct practice_writer *pw,
						  uint64_t seed);
/*
 * The step's suggested time in milliseconds (0: none, as once the run is
 * over); *used the time spent there before the current visit, which began
 * at *since.
 */
int64_t practice_writer_timing(const struct practice_writer *pw, int64_t *used, int64_t *since);

/*
 * Keeps text as a question (a note at a step that takes notes) and records
 * it; a new question becomes the one selected.  Its index in the exercise;
 * -1 when text is blank, or when recording failed (an io diagnostic in d,
 * nothing kept), or where nothing can be written.
 */
long practice_writer_add(struct practice_writer *pw, const char *text, int64_t now,
			 struct diags *d);
/*
 * Marks the question selected and records it, then selects the next one.
 * 0; or -1 with an io diagnostic, the mark and the selection unchanged so it
 * can be tried again.  Does nothing (0) where nothing can be marked.
 */
int practice_writer_mark(struct practice_writer *pw, enum practice_mark m, int64_t now,
			 struct diags *d);
/* Selects the question delta places on; false (nothing changed) where that
 * leaves the list or there is none to select. */
bool practice_writer_select_by(struct practice_writer *pw, long delta);
/*
 * On: to the next step; after the last, to the next exercise dealt, or, when
 * the run has had its number or there is nothing more to deal, to its
 * totals.  False (nothing changed) once the run is over.
 */
bool practice_writer_forward(struct practice_writer *pw, int64_t clock_ms);
/* Back a step; false at the first step or once the run is over. */
bool practice_writer_back(struct practice_writer *pw, int64_t clock_ms);
/* From the check step back to the writing, or from any other step to the
 * check; false when there are no questions, or once the run is over. */
bool practice_writer_compare(struct practice_writer *pw, int64_t clock_ms);
/*
 * Leaving: ends the run to show its totals when anything was written, and
 * returns false; true when there is nothing to show (nothing written, or the
 * totals are already on show), the caller closes.
 */
bool practice_writer_leave(struct practice_writer *pw);
void practice_writer_free(struct practice_writer *pw);

#endif
