/* rucksack print DECK: the cards on a grid, faces and (with --backs) backs. */
#include <stdlib.h>

#include "core/base/xalloc.h"
#include "print/print_card.h"

/* How far crop marks stay from the grid, and how long they are, in mm. */
#define CROP_GAP 1.5
#define CROP_LEN 4.5

struct deck_job {
	const struct doc *deck;
	const struct print_deck_opts *o;
	struct print_grid grid;
	size_t *cards, n;	 /* the indexes printed */
	double *face_pt, *back_pt; /* each card's text size */
};

static void crop_line(cairo_t *cr, double x0, double y0, double x1, double y1)
{
	cairo_move_to(cr, x0, y0);
	cairo_line_to(cr, x1, y1);
}

/* Marks in the margin where each cut between and round the cards goes. */
static void crop_marks(cairo_t *cr, const struct print_grid *g)
{
	double right = g->left + (double)g->cols * g->card.w;
	double bottom = g->top + (double)g->rows * g->card.h;
	for (size_t c = 0; c <= g->cols; c++) {
		double x = g->left + (double)c * g->card.w;
		crop_line(cr, x, g->top - CROP_GAP, x, g->top - CROP_GAP - CROP_LEN);
		crop_line(cr, x, bottom + CROP_GAP, x, bottom + CROP_GAP + CROP_LEN);
	}
	for (size_t r = 0; r <= g->rows; r++) {
		double y = g->top + (double)r * g->card.h;
		crop_line(cr, g->left - CROP_GAP, y, g->left - CROP_GAP - CROP_LEN, y);
		crop_line(cr, right + CROP_GAP, y, right + CROP_GAP + CROP_LEN, y);
	}
	cairo_set_source_rgb(cr, 0, 0, 0);
	cairo_set_line_width(cr, 0.2);
	cairo_stroke(cr);
}

/* Without crop marks, a hairline round each card shows where to cut. */
static void card_outline(cairo_t *cr, double x, double y, struct print_size card)
{
	cairo_rectangle(cr, x, y, card.w, card.h);
	cairo_set_source_rgb(cr, 0.7, 0.7, 0.7);
	cairo_set_line_width(cr, 0.2);
	cairo_stroke(cr);
}

static void side_of(const struct deck_job *j, size_t k, bool back, struct card_side *s)
{
	const struct card *c = &j->deck->deck.cards[j->cards[k]];
	if (back)
		card_back(s, j->deck, c, j->o->examples);
	else
		card_face(s, j->deck, c);
}

static void overflow_error(const struct deck_job *j, size_t k, bool back,
			   struct card_fit fit, struct diags *d)
{
	const struct card *c = &j->deck->deck.cards[j->cards[k]];
	const char *size = print_card_name(j->o->card);
	diags_error(d, j->deck->path, c->pos.line, c->pos.col, DIAG_LIMIT,
		    "card \"%s\" does not fit %s %s card even at %.1f pt: its %s runs "
		    "%.1f mm (%.0f%%) past the foot of the card; shorten %s, or print "
		    "on a bigger card (--card)",
		    c->id, size[0] == 'a' ? "an" : "a", size, PRINT_FLOOR_PT,
		    back ? "back (the examples)" : "text", fit.over,
		    100.0 * fit.over / (fit.room > 0 ? fit.room : 1),
		    back ? "them, leave them out (--examples none)" : "it");
}

/* Each card's sides fitted; an error for each that does not fit. */
static int fit_all(cairo_t *cr, struct deck_job *j, struct diags *d)
{
	int rc = 0;
	double start = print_card_text_pt(j->o->card);
	for (size_t k = 0; k < j->n; k++) {
		for (int back = 0; back <= (j->o->backs ? 1 : 0); back++) {
			struct card_side s;
			side_of(j, k, back, &s);
			struct card_fit fit = card_side_fit(cr, &s, j->grid.card, start);
			card_side_free(&s);
			(back ? j->back_pt : j->face_pt)[k] = fit.pt;
			if (fit.over > 0)
				overflow_error(j, k, back, fit, d), rc = -1;
		}
	}
	return rc;
}

static void draw_sheet(cairo_t *cr, const struct deck_job *j, size_t first, bool back)
{
	size_t per = j->grid.cols * j->grid.rows;
	for (size_t k = first; k < j->n && k < first + per; k++) {
		struct card_side s;
		double x, y;
		print_grid_slot(&j->grid, k - first, back, &x, &y);
		side_of(j, k, back, &s);
		card_side_draw(cr, &s, j->grid.card, (back ? j->back_pt : j->face_pt)[k], x, y);
		card_side_free(&s);
		if (!j->o->crop)
			card_outline(cr, x, y, j->grid.card);
	}
	if (j->o->crop)
		crop_marks(cr, &j->grid);
}

static void draw_all(struct print_pdf *pdf, const struct deck_job *j)
{
	size_t per = j->grid.cols * j->grid.rows;
	for (size_t first = 0; first < j->n; first += per) {
		if (first)
			print_pdf_page(pdf);
		draw_sheet(pdf->cr, j, first, false);
		if (j->o->backs) {
			print_pdf_page(pdf);
			draw_sheet(pdf->cr, j, first, true);
		}
	}
}

static int no_cards(const struct doc *deck, const char *suit, struct diags *d)
{
	if (suit)
		diags_error(d, deck->path, 0, 0, DIAG_REFERENCE, "deck %s has no cards of suit \"%s\"",
			    deck->id, suit);
	else
		diags_error(d, deck->path, 0, 0, DIAG_REFERENCE, "deck %s has no cards", deck->id);
	return -1;
}

int print_deck(const struct doc *deck, const struct print_deck_opts *o, struct print_bytes *out,
	       struct diags *d)
{
	struct deck_job j = {.deck = deck, .o = o};
	struct print_pdf pdf;
	size_t n = deck->deck.n_cards + 1;
	j.cards = xcalloc(n, sizeof *j.cards);
	j.n = print_select_cards(&deck->deck, o->suit, j.cards);
	if (j.n == 0) {
		free(j.cards);
		return no_cards(deck, o->suit, d);
	}
	j.face_pt = xcalloc(n, sizeof *j.face_pt);
	j.back_pt = xcalloc(n, sizeof *j.back_pt);
	print_grid_plan(&j.grid, o->paper, o->card);
	int rc = print_pdf_open(&pdf, out, j.grid.page, deck->title);
	if (rc == 0) {
		rc = fit_all(pdf.cr, &j, d);
		if (rc == 0)
			draw_all(&pdf, &j);
		rc = print_pdf_close(&pdf, deck->path, d) == 0 ? rc : -1;
	} else {
		diags_error(d, deck->path, 0, 0, DIAG_IO, "cannot make the PDF");
	}
	free(j.cards), free(j.face_pt), free(j.back_pt);
	return rc;
}
