#ifndef RUCKSACK_PRINT_CARD_H
#define RUCKSACK_PRINT_CARD_H
/*
 * One side of a card, fitted and drawn: a band in the suit's colour with
 * the suit's title, then a centred head, then the main text.  A face's main
 * text is the card's title, body and prompts; a back's head is the deck's
 * title and the card's id, its main text the examples.  Fitting sets the
 * text smaller step by step until it fits, or stops at PRINT_FLOOR_PT.
 */
#include <stdbool.h>

#include "print/print_pdf.h"

struct card_side {
	char *band, *head, *main; /* markup; head and main may be NULL */
	struct print_rgb colour;  /* the band's */
};

/* A card's face and back as markup; free with card_side_free. */
void card_face(struct card_side *s, const struct doc *deck, const struct card *c);
void card_back(struct card_side *s, const struct doc *deck, const struct card *c,
	       bool examples);
void card_side_free(struct card_side *s);

struct card_fit {
	double pt;   /* the size it fits at (PRINT_FLOOR_PT when it does not) */
	double over; /* mm past the card's foot at that size; <= 0 when it fits */
	double room; /* mm the text has below the band */
};

/* Fits s on a card of size card, starting at start_pt points. */
struct card_fit card_side_fit(cairo_t *cr, const struct card_side *s, struct print_size card,
			      double start_pt);
/* Draws s at pt on the card whose top-left corner is x, y. */
void card_side_draw(cairo_t *cr, const struct card_side *s, struct print_size card, double pt,
		    double x, double y);

#endif
