#ifndef RUCKSACK_PRACTICE_SCHED_H
#define RUCKSACK_PRACTICE_SCHED_H
/*
 * Spacing for the naming drill: Leitner boxes across days, and a run queue in
 * which a missed item comes back a few items later.  Pure: the caller passes
 * "now" (seconds since the epoch) and the seed, so tests are deterministic.
 */
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "core/practice/practice_items.h"

#define PRACTICE_BOXES 5
/* A missed item is asked again after this many other items (or at the end). */
#define PRACTICE_REQUEUE_GAP 3
/* ...but at most this many extra times in one run, so a run always ends. */
#define PRACTICE_MAX_RETRIES 2

struct practice_box {
	char *key;	  /* item key, see practice_item_key() */
	int box;	  /* 1..PRACTICE_BOXES */
	int64_t due;	  /* when it should next be asked */
	int64_t last;	  /* when it was last answered */
};

/* Boxes of every item answered at least once.  Zeroed is empty. */
struct practice_boxes {
	struct practice_box *v;
	size_t n, cap;
};

/* Days until an item in box comes due: 0, 1, 3, 7, 21 for boxes 1..5. */
int practice_interval_days(int box);
/* The box of key, or NULL for an item never answered. */
const struct practice_box *practice_boxes_get(const struct practice_boxes *b,
					      const char *key);
/* Records an answer at now: right moves the item up one box (a new item goes
 * to box 2), wrong sends it back to box 1; due is now + the box's interval.
 * A retry (the item asked again in the run that missed it) answered right
 * stays where it is: getting it right minutes after being told the answer
 * is no reason to wait longer before asking again. */
void practice_sched_answer(struct practice_boxes *b, const char *key, bool right,
			   bool retry, int64_t now);
void practice_boxes_free(struct practice_boxes *b);

/* One run: the order in which items (indices into practice_items) are asked. */
struct practice_run {
	size_t *queue;
	size_t n, cap, pos;
	unsigned *retries; /* per item index */
	size_t n_items;
};

/*
 * Plans a run of up to n items: those due (lowest box first, then oldest
 * due), then new items in an order shuffled by seed, then those coming due
 * soonest.  0, or -1 when there are no items.
 */
int practice_run_plan(struct practice_run *run, const struct practice_items *items,
		      const struct practice_boxes *b, size_t n, int64_t now,
		      uint64_t seed);
/* The item to ask now, or -1 when the run is over. */
long practice_run_current(const struct practice_run *run);
/* Moves on after an answer to the current item; a wrong one is queued again
 * PRACTICE_REQUEUE_GAP items later (at most PRACTICE_MAX_RETRIES times). */
void practice_run_answer(struct practice_run *run, bool right);
/* Items left to ask, counting re-asks already queued. */
size_t practice_run_left(const struct practice_run *run);
void practice_run_free(struct practice_run *run);

#endif
