/* Sizes and grids for printed cards: arithmetic, no drawing. */
#include "print/print_plan.h"

#include <string.h>

static const struct print_size papers[] = {
	[PRINT_A4] = {210.0, 297.0},
	[PRINT_LETTER] = {215.9, 279.4},
};
static const struct print_size cards[] = {
	[PRINT_CARD_A6] = {105.0, 148.0},
	[PRINT_CARD_A7] = {74.0, 105.0},
	[PRINT_CARD_POKER] = {63.5, 88.9},
};
static const char *const card_names[] = {"a6", "a7", "poker"};
/* Points a card's body starts at: readable across a table, smaller on a
 * smaller card. */
static const double card_pt[] = {10.5, 8.5, 8.0};

bool print_paper_parse(const char *word, enum print_paper *out)
{
	if (!word || !strcmp(word, "a4"))
		*out = PRINT_A4;
	else if (!strcmp(word, "letter"))
		*out = PRINT_LETTER;
	else
		return false;
	return true;
}

bool print_card_parse(const char *word, enum print_card *out)
{
	if (!word) {
		*out = PRINT_CARD_A7;
		return true;
	}
	for (size_t i = 0; i < sizeof card_names / sizeof *card_names; i++)
		if (!strcmp(word, card_names[i])) {
			*out = (enum print_card)i;
			return true;
		}
	return false;
}

const char *print_card_name(enum print_card c)
{
	return card_names[c];
}

struct print_size print_paper_size(enum print_paper p)
{
	return papers[p];
}

struct print_size print_card_size(enum print_card c)
{
	return cards[c];
}

double print_card_text_pt(enum print_card c)
{
	return card_pt[c];
}

static size_t fit_count(double room, double each)
{
	size_t n = room >= each ? (size_t)(room / each) : 0;
	return n ? n : 1;
}

static void grid_on(struct print_grid *g, struct print_size page, struct print_size card)
{
	g->page = page;
	g->card = card;
	g->cols = fit_count(page.w - 2 * PRINT_MARGIN_MM, card.w);
	g->rows = fit_count(page.h - 2 * PRINT_MARGIN_MM, card.h);
	g->left = (page.w - (double)g->cols * card.w) / 2;
	g->top = (page.h - (double)g->rows * card.h) / 2;
}

void print_grid_plan(struct print_grid *g, enum print_paper p, enum print_card c)
{
	struct print_size portrait = papers[p], landscape = {portrait.h, portrait.w};
	struct print_grid turned;
	grid_on(g, portrait, cards[c]);
	grid_on(&turned, landscape, cards[c]);
	if (turned.cols * turned.rows > g->cols * g->rows)
		*g = turned;
}

void print_grid_slot(const struct print_grid *g, size_t slot, bool mirrored, double *x,
		     double *y)
{
	size_t col = slot % g->cols, row = slot / g->cols;
	if (mirrored)
		col = g->cols - 1 - col;
	*x = g->left + (double)col * g->card.w;
	*y = g->top + (double)row * g->card.h;
}

size_t print_select_cards(const struct deck *d, const char *suit, size_t *out)
{
	size_t n = 0;
	for (size_t i = 0; i < d->n_cards; i++)
		if (!suit || (d->cards[i].suit && !strcmp(d->cards[i].suit, suit)))
			out[n++] = i;
	return n;
}
