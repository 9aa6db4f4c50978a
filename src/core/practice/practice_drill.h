#ifndef RUCKSACK_PRACTICE_DRILL_H
#define RUCKSACK_PRACTICE_DRILL_H
/*
 * The "name it" drill as a state machine the screens drive: ask the suit,
 * then (when the chosen suit has several cards) the card, then show feedback,
 * then the next item.  Every answer is appended to the practice journal
 * before the feedback is shown.  No curses here; "now" is passed in.
 */
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "core/base/diag.h"
#include "core/base/journal.h"
#include "core/deck/model.h"
#include "core/practice/practice_items.h"
#include "core/practice/practice_sched.h"
#include "core/practice/practice_score.h"
#include "core/practice/practice_store.h"

enum practice_drill_state {
	DRILL_ASK_SUIT,
	DRILL_ASK_CARD,
	DRILL_FEEDBACK,
	DRILL_DONE,
};

/* How the answer on show went: the type is the main answer, the subtype
 * (where the type has several cards) a second one. */
enum practice_verdict {
	VERDICT_WRONG, /* another type */
	VERDICT_HALF,  /* the right type, another subtype */
	VERDICT_RIGHT, /* the right type, and the right subtype where asked */
	VERDICT_ALSO,  /* another card, one the example also accepts: right too */
};

struct practice_drill {
	const struct doc *doc; /* the drill deck, borrowed */
	struct practice_items items;
	struct practice_boxes boxes;
	struct practice_run run;
	struct practice_score score;
	struct journal *journal; /* borrowed; NULL records nothing */
	enum practice_drill_state state;
	size_t given_suit;
	long given_card;	  /* -1 when not asked */
	long named_card;	  /* the card the answer named (the given suit's only
				     card when not asked), -1 when none */
	bool suit_ok, card_ok;	  /* of the answer on show; both true when also_ok */
	bool also_ok;		  /* right by the example's "also", not its own card */
	bool requeued;		  /* it will come back later in this run */
	unsigned answered;
};

/*
 * Starts a run of n items of doc's deck (only suit when not NULL), spaced by
 * the answers already in log.  0, or -1 with a diagnostic (no suits, no
 * examples, unknown suit).
 */
int practice_drill_start(struct practice_drill *dr, const struct doc *doc,
			 const struct practice_log *log, const char *suit, size_t n,
			 int64_t now, uint64_t seed, struct diags *d);
/* The item being asked or shown; NULL when done. */
const struct practice_item *practice_drill_item(const struct practice_drill *dr);

/* The suit a key picks: '1'.. for the suits in order, or a suit id's initial
 * letter (either case) when no other suit starts with it; -1 otherwise. */
long practice_suit_for_key(const struct deck *deck, int key);
/* The suit's initial when it picks that suit alone, else 0. */
char practice_suit_initial(const struct deck *deck, size_t suit);
/* Card indices of suit in deck order into out (at most max); returns the count. */
size_t practice_suit_cards(const struct deck *deck, size_t suit, size_t *out, size_t max);

/* Answers the suit.  Moves to DRILL_ASK_CARD when that suit has several
 * cards, else records the answer and moves to DRILL_FEEDBACK.  -1 (with an io
 * diagnostic) only when recording failed; the feedback is shown anyway. */
int practice_drill_suit(struct practice_drill *dr, size_t suit, int64_t now,
			struct diags *d);
/* Answers the card by its number (0-based) within the chosen suit. */
int practice_drill_card(struct practice_drill *dr, size_t nth, int64_t now,
			struct diags *d);
/* While the card is asked: back to asking the suit (nothing is recorded yet). */
void practice_drill_back(struct practice_drill *dr);
/* The verdict on the answer on show (DRILL_FEEDBACK).  An answer naming a
 * card in the example's "also" is VERDICT_ALSO and counts as right in the
 * score, the boxes and the journal (suit_ok and card_ok recorded true). */
enum practice_verdict practice_drill_verdict(const struct practice_drill *dr);
/* After feedback: on to the next item (or DRILL_DONE). */
void practice_drill_next(struct practice_drill *dr);
void practice_drill_free(struct practice_drill *dr);

#endif
