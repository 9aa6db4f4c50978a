#ifndef RUCKSACK_PRINT_PLAN_H
#define RUCKSACK_PRINT_PLAN_H
/*
 * What goes where on paper, decided without drawing (no Cairo here, so it
 * is tested on its own): paper and card sizes in millimetres, the grid of
 * cards on a page, the slot each card's face and mirrored back take,
 * and the cards a --suit picks.
 */
#include <stdbool.h>
#include <stddef.h>

#include "core/deck/model.h"

enum print_paper { PRINT_A4, PRINT_LETTER };
enum print_card { PRINT_CARD_A6, PRINT_CARD_A7, PRINT_CARD_POKER };

/* The paper's edge to the crop marks' far ends, in mm: what a printer
 * leaves blank, with the marks inside it. */
#define PRINT_MARGIN_MM 7.0
#define PRINT_MM_PER_PT (25.4 / 72.0)

struct print_size {
	double w, h; /* mm */
};

/* "a4" or "letter" (NULL: a4); false for any other word. */
bool print_paper_parse(const char *word, enum print_paper *out);
/* "a6", "a7" or "poker" (NULL: a7); false for any other word. */
bool print_card_parse(const char *word, enum print_card *out);
const char *print_card_name(enum print_card c);
struct print_size print_paper_size(enum print_paper p); /* portrait */
struct print_size print_card_size(enum print_card c);
/* The body text's starting size on a card, in points, before any shrinking. */
double print_card_text_pt(enum print_card c);

struct print_grid {
	struct print_size page; /* as laid out: portrait or landscape */
	struct print_size card;
	size_t cols, rows;
	double left, top; /* the grid's top-left corner, centred on the page */
};

/* The grid of most cards, the paper portrait or turned landscape (portrait
 * when equal), inside PRINT_MARGIN_MM; cols and rows are at least 1. */
void print_grid_plan(struct print_grid *g, enum print_paper p, enum print_card c);
/*
 * The top-left corner of slot (0 .. cols*rows-1, row by row).  mirrored:
 * the slot's column counted from the right, where its back falls once the
 * sheet is turned over about its side edge (a long-edge duplex of a
 * portrait page); the grid is centred, so faces and backs line up.
 */
void print_grid_slot(const struct print_grid *g, size_t slot, bool mirrored, double *x,
		     double *y);

/* The indexes of deck's cards in suit (all when suit is NULL), in file
 * order, into out (room for d->n_cards); returns how many. */
size_t print_select_cards(const struct deck *d, const char *suit, size_t *out);

#endif
