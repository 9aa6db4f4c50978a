#ifndef RUCKSACK_PRACTICE_WRITE_H
#define RUCKSACK_PRACTICE_WRITE_H
/*
 * The "write it" exercise: a vignette and a target card (dealt by the caller
 * with dealer.h), the questions the mentor writes for it, their own marks
 * ("on target" / "not yet"), and notes written at a solo flow's other steps.  Each question and note goes to the
 * practice journal the moment it is added, and each mark the moment it is given
 * (practice_store.h), so a crash loses nothing written.
 */
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "core/base/diag.h"
#include "core/base/journal.h"
#include "core/deck/model.h"
#include "core/practice/practice_store.h"
#include "core/base/strv.h"

struct practice_write {
	const struct doc *drill;     /* borrowed */
	size_t card;		     /* index into drill->deck.cards */
	const struct doc *vignettes; /* borrowed */
	size_t vignette;	     /* index into vignettes->deck.cards */
	struct journal *journal;     /* borrowed; NULL records nothing */
	uint64_t nonce;		     /* makes the questions' ids unique */
	struct strv questions;
	struct strv ids;	     /* one per question */
	enum practice_mark *marks;   /* one per question */
	size_t cap_marks;
	struct strv notes;	     /* notes written at a solo flow's other steps */
	struct strv note_steps;	     /* the step (phase id) of each note */
};

/*
 * Sets up an exercise on the given card and vignette (indices valid),
 * recording into j (NULL: nothing recorded).  Questions get the ids
 * "<nonce as 16 hex digits>-<n>": pass a fresh random nonce per exercise.
 */
void practice_write_begin(struct practice_write *w, const struct doc *drill, size_t card,
			  const struct doc *vignettes, size_t vignette, struct journal *j,
			  uint64_t nonce);
/* True when text is only white space (such a question is not added). */
bool practice_write_blank(const char *text);
/*
 * Adds a question and records it (unmarked).  Returns its index; -1 when
 * text is blank (nothing added, no diagnostic) or when recording failed (an
 * io diagnostic in d, and the question is not added, so the caller can keep
 * the text and try again).
 */
long practice_write_add(struct practice_write *w, const char *text, int64_t now,
			struct diags *d);
/*
 * Adds a note written at step (a phase id) of flow and records it (a
 * "note" record, practice_store.h).  Returns its index; -1 when text is
 * blank or recording failed, as practice_write_add.
 */
long practice_write_note(struct practice_write *w, const char *flow, const char *step,
			 const char *text, int64_t now, struct diags *d);
/* Marks question i (in range, m not MARK_NONE) and records the mark.  0, or
 * -1 with an io diagnostic (the mark is then not changed). */
int practice_write_mark(struct practice_write *w, size_t i, enum practice_mark m,
			int64_t now, struct diags *d);
/* True when there is at least one question and every one is marked. */
bool practice_write_complete(const struct practice_write *w);
/* How many questions are marked m. */
size_t practice_write_count(const struct practice_write *w, enum practice_mark m);
void practice_write_free(struct practice_write *w);

#endif
