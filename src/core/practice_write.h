#ifndef RUCKSACK_PRACTICE_WRITE_H
#define RUCKSACK_PRACTICE_WRITE_H
/*
 * The "write it" exercise: a vignette and a target card (dealt by the caller
 * with dealer.h), the questions the mentor writes for it, and their own
 * marks ("on target" / "not yet").  Saved as "written" records in the
 * practice journal, one per question, when the mentor has marked them all.
 */
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "diag.h"
#include "journal.h"
#include "model.h"
#include "strv.h"

enum practice_mark {
	MARK_NONE,
	MARK_ON_TARGET,
	MARK_NOT_YET,
};

struct practice_write {
	const struct doc *drill;     /* borrowed */
	size_t card;		     /* index into drill->deck.cards */
	const struct doc *vignettes; /* borrowed */
	size_t vignette;	     /* index into vignettes->deck.cards */
	struct strv questions;
	enum practice_mark *marks; /* one per question */
	size_t cap_marks;
};

/* Sets up an exercise on the given card and vignette (indices valid). */
void practice_write_begin(struct practice_write *w, const struct doc *drill, size_t card,
			  const struct doc *vignettes, size_t vignette);
/* Adds a question; blank text (only white space) is ignored.  Returns its
 * index, or -1 when ignored. */
long practice_write_add(struct practice_write *w, const char *text);
void practice_write_mark(struct practice_write *w, size_t i, enum practice_mark m);
/* True when there is at least one question and every one is marked. */
bool practice_write_complete(const struct practice_write *w);
/* Appends one "written" record per question (unmarked count as not yet).
 * 0, or -1 with an io diagnostic. */
int practice_write_save(const struct practice_write *w, struct journal *j, int64_t now,
			struct diags *d);
void practice_write_free(struct practice_write *w);

#endif
