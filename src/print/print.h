#ifndef RUCKSACK_PRINT_H
#define RUCKSACK_PRINT_H
/*
 * src/print: the core's state drawn onto paper, as src/tui draws it onto a
 * screen — a PDF made with Pango on Cairo's PDF surface, into memory (Cairo
 * never opens a file: the caller writes the bytes, atomically).  It includes
 * the core's headers, never curses or the tui; the core never includes it,
 * Cairo or Pango (tests/layering.sh).  What is not drawing — sizes, grids,
 * pages, colours, Markdown lines — is in print_plan.h, print_colour.h and
 * print_md.h, without Cairo, and unit-tested.
 *
 * Text is DejaVu Sans, other scripts (CJK) found by fontconfig; it wraps at
 * words, or within a word too long for a line, and is never cut: a card
 * whose text does not fit is set smaller, step by step, down to
 * PRINT_FLOOR_PT, and then refused.
 */
#include <stdbool.h>
#include <stddef.h>

#include "core/base/diag.h"
#include "core/deck/model.h"
#include "print/print_plan.h"

/* The smallest text a card is set in, in points. */
#define PRINT_FLOOR_PT 6.5

/* A finished PDF in memory. */
struct print_bytes {
	unsigned char *v;
	size_t n, cap;
};
void print_bytes_free(struct print_bytes *b);

struct print_deck_opts {
	enum print_paper paper;
	enum print_card card;
	const char *suit; /* only this suit's cards; NULL: all */
	bool backs;	  /* every other page the backs, mirrored for duplex */
	bool crop;	  /* crop marks round the grid */
	bool examples;	  /* examples on the backs (with backs only) */
};

/*
 * The deck's cards as a PDF into out.  0, or -1 with errors in d: a card
 * that does not fit even at PRINT_FLOOR_PT (at the card's place in the
 * deck's file, saying by how much, each such card), no card of that suit,
 * or Cairo failing.
 */
int print_deck(const struct doc *deck, const struct print_deck_opts *o, struct print_bytes *out,
	       struct diags *d);
/* A facilitator's sheet of the flow (roles; each phase with its minutes,
 * guidance, prompts and room to write) on one or two pages when it can. */
int print_flow(const struct doc *flow, enum print_paper paper, struct print_bytes *out,
	       struct diags *d);
/* A transcript's Markdown (transcript_write_md) laid out for paper, each
 * page's foot "Round ROUND · page N of M"; name is what d's errors are at. */
int print_transcript(const char *name, const char *round, const char *markdown,
		     enum print_paper paper, struct print_bytes *out, struct diags *d);

#endif
