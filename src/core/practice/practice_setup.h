#ifndef RUCKSACK_PRACTICE_SETUP_H
#define RUCKSACK_PRACTICE_SETUP_H
/*
 * What a practice run is asked to be (from `rucksack practice` options or
 * the practice menu), and the check that the decks on the search path can
 * give it, made before any screen opens so problems are one clear line.
 */
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "core/deck/catalog.h"
#include "core/base/diag.h"

#define PRACTICE_DEFAULT_DECK "tomm-questions"
#define PRACTICE_VIGNETTE_DECK "vignettes"
#define PRACTICE_NAME_ITEMS 10	 /* items of a naming run when -n is not given */
#define PRACTICE_WRITE_ROUNDS 3 /* exercises of a writing run on built-in steps, -n not given */
#define PRACTICE_FLOW_ROUNDS 1	/* exercises of a writing run through a flow, -n not given */

enum practice_mode {
	PRACTICE_MODE_NAME,
	PRACTICE_MODE_WRITE,
};

struct practice_setup {
	const char *deck; /* the drill deck's id (borrowed); write: NULL for the flow's */
	const char *flow; /* write: the solo flow's id; NULL: the default (practice_flow.h) */
	const char *suit; /* NULL: every suit */
	enum practice_mode mode;
	size_t n;	  /* items (name) or exercises (write; 0: as the steps suit) */
	uint64_t seed;	  /* the order of new items (name), the cards dealt (write) */
};

/*
 * Checks that cat has what setup needs: the deck, a deck with suits and
 * examples (name), or steps to walk (practice_steps_choose: a flow that
 * suits, or the built-in steps with a deck of cards to target and the
 * vignette deck) (write), and the suit when one is given.  0, or -1 with
 * one error in d saying what is missing (about an unknown deck or flow:
 * DIAG_REFERENCE, the id as its file).
 */
int practice_setup_check(const struct catalog *cat, const struct practice_setup *setup,
			 struct diags *d);
/* True when doc (any kind) can be drilled with Name it (no suit filter): the
 * decks the practice menu offers. */
bool practice_deck_usable(const struct doc *doc);

#endif
