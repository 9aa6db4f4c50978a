#ifndef RUCKSACK_PRACTICE_DEAL_H
#define RUCKSACK_PRACTICE_DEAL_H
/*
 * Dealing the "write it" exercise: a target card of the drill deck (one with
 * examples or prompts to compare against, of one suit when asked) and a
 * vignette, both through the dealer (without replacement, by weight, the
 * same for the same seed), and the checks made before a run starts.
 */
#include <stdbool.h>
#include <stddef.h>

#include "core/deck/dealer.h"
#include "core/base/diag.h"
#include "core/deck/model.h"

/* True when card c can be a target: it has examples or prompts to compare with. */
bool practice_write_target(const struct card *c);
/* How many cards of deck (of suit when not NULL) can be targets. */
size_t practice_write_targets(const struct deck *deck, const char *suit);
/*
 * Checks that drill (file name in doc->path) has a target card (of suit when
 * not NULL) and that vignettes is a deck with cards (of vsuit when not
 * NULL); vignettes NULL means the vignette deck vignettes_id was not found.
 * 0, or -1 with an error saying what is missing.
 */
int practice_write_check(const struct doc *drill, const char *suit,
			 const struct doc *vignettes, const char *vsuit,
			 const char *vignettes_id, struct diags *d);
/* Deals the next exercise into *card and *vignette (of vsuit when not
 * NULL).  0, or -1 when there is nothing to deal (practice_write_check says why). */
int practice_write_deal(struct dealer *dl, const struct doc *drill, const char *suit,
			const struct doc *vignettes, const char *vsuit, size_t *card,
			size_t *vignette);

#endif
