#ifndef RUCKSACK_PRACTICE_FLOW_H
#define RUCKSACK_PRACTICE_FLOW_H
/*
 * The steps of "write it", read from a solo flow (by default the stock
 * `solo-practice`), or built in when no flow fits.  Within the file format
 * as it is, the flow's deals and phases say it all:
 *   - its first deal (in phase order) is the scene: a card of that deck (and
 *     suit) is the vignette; its second deal is the target: a card of that
 *     deck (of --suit, else of the deal's suit) is the question type.  Deals
 *     after the second are not dealt.
 *   - each phase is a step, shown with its title, guidance, prompts and
 *     minutes (a suggestion); the phase of the first deal shows the
 *     vignette, that of the second the card in full.
 *   - the first phase after the target's that captures text is where the
 *     questions are written; the next one that captures text is where they
 *     are checked against the card and marked (a built-in "Check them" step
 *     follows the writing when the flow has none).
 *   - any other phase that captures text takes notes (the practice journal's
 *     "note" records); the first such one after the check offers the naming
 *     drill ("Name it") on the target deck.
 * A flow with fewer than two deals, whose decks lack what the exercise
 * needs, or with no phase after its deals to write in is unsuitable.
 */
#include <stdbool.h>
#include <stddef.h>

#include "core/deck/catalog.h"
#include "core/base/diag.h"
#include "core/deck/model.h"
#include "core/practice/practice_setup.h"
#include "core/base/strv.h"

#define PRACTICE_SOLO_FLOW "solo-practice" /* the flow write it uses by default */

enum pstep_kind {
	PSTEP_READ,  /* guidance to read (and a note where the flow captures text) */
	PSTEP_WRITE, /* write questions of the type dealt */
	PSTEP_CHECK, /* compare them with the card's examples and prompts, and mark */
};

struct practice_step {
	enum pstep_kind kind;
	const char *id, *title, *guidance; /* borrowed from the flow, or static */
	const struct strv *prompts;	   /* borrowed; NULL: none */
	double minutes;			   /* suggested; 0: none */
	bool vignette;			   /* shows the vignette dealt */
	bool card;			   /* shows the target card in full */
	bool note;			   /* takes notes (a read step whose phase captures) */
	bool drill;			   /* offers the naming drill */
};

struct practice_steps {
	const struct doc *flow; /* borrowed; NULL: the built-in steps */
	char *fallback;		/* why the built-in steps are used; NULL when not */
	const char *scene_deck, *scene_suit;   /* borrowed */
	const char *target_deck, *target_suit; /* borrowed; target_suit may be NULL */
	struct practice_step *v;
	size_t n;
};

/*
 * Reads flow (a loaded flow of cat) into out, the target's suit being suit
 * when not NULL (--suit), else the deal's.  0; or -1 with one error at the
 * flow's file (or the deck's) naming what makes it unsuitable, out empty.
 */
int practice_steps_read(const struct catalog *cat, const struct doc *flow, const char *suit,
			struct practice_steps *out, struct diags *d);
/* The built-in steps (write, then check, untimed) on target deck deck (NULL:
 * the default deck) of suit and the stock vignettes; fallback (may be NULL)
 * is copied as the reason. */
void practice_steps_builtin(struct practice_steps *out, const char *deck, const char *suit,
			    const char *fallback);
/*
 * The steps for setup (a write run): setup->flow when named (unknown or
 * unsuitable, or dealing from another deck than setup->deck when that is
 * not NULL: -1 with an error); else the default flow when it deals from
 * setup->deck (or setup->deck is NULL) and suits, else the first flow for
 * one person on cat that suits and deals from setup->deck, else the
 * built-in steps with a fallback reason.  0 or -1; out empty on -1.
 */
int practice_steps_choose(const struct catalog *cat, const struct practice_setup *setup,
			  struct practice_steps *out, struct diags *d);
/* The first step of kind k (there is always one of each), or 0. */
size_t practice_steps_find(const struct practice_steps *s, enum pstep_kind k);
void practice_steps_free(struct practice_steps *s);

#endif
