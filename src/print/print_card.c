/* A card's face and back: their text as markup, fitted and drawn. */
#include "print/print_card.h"

#include <stdlib.h>
#include <string.h>

#include "print/print_plan.h"

/* Steps the text shrinks by while it does not fit, in points. */
#define FIT_STEP_PT 0.5

static struct print_rgb suit_colour(const struct doc *deck, const struct card *c)
{
	for (size_t i = 0; c->suit && i < deck->deck.n_suits; i++)
		if (!strcmp(deck->deck.suits[i].id, c->suit))
			return print_suit_colour(deck->deck.suits[i].colour, i);
	return print_suit_colour(NULL, 0);
}

static char *band_text(const struct doc *deck, const struct card *c)
{
	const struct suit *s = c->suit ? deck_find_suit(&deck->deck, c->suit) : NULL;
	return g_markup_escape_text(s ? s->title : deck->title, -1);
}

static void put_escaped(GString *b, const char *text)
{
	char *e = g_markup_escape_text(text, -1);
	g_string_append(b, e);
	g_free(e);
}

void card_face(struct card_side *s, const struct doc *deck, const struct card *c)
{
	GString *b = g_string_new("<big><b>");
	put_escaped(b, c->title);
	g_string_append(b, "</b></big>");
	if (c->body) {
		g_string_append(b, "\n\n");
		put_escaped(b, c->body);
	}
	if (c->prompts.n)
		g_string_append(b, "\n");
	for (size_t i = 0; i < c->prompts.n; i++) {
		g_string_append(b, "\n• <i>");
		put_escaped(b, c->prompts.v[i]);
		g_string_append(b, "</i>");
	}
	*s = (struct card_side){band_text(deck, c), NULL, g_string_free(b, FALSE),
				suit_colour(deck, c)};
}

void card_back(struct card_side *s, const struct doc *deck, const struct card *c,
	       bool examples)
{
	GString *head = g_string_new("<b>"), *main = NULL;
	put_escaped(head, deck->title);
	g_string_append(head, "</b>\n<tt>");
	put_escaped(head, c->id);
	g_string_append(head, "</tt>");
	if (examples && c->n_examples) {
		main = g_string_new("<b>Examples</b>");
		for (size_t i = 0; i < c->n_examples; i++) {
			char *line = example_line(&c->examples[i]);
			g_string_append(main, "\n• ");
			put_escaped(main, line);
			free(line);
		}
	}
	*s = (struct card_side){band_text(deck, c), g_string_free(head, FALSE),
				main ? g_string_free(main, FALSE) : NULL, suit_colour(deck, c)};
}

void card_side_free(struct card_side *s)
{
	g_free(s->band);
	g_free(s->head);
	g_free(s->main);
	*s = (struct card_side){0};
}

/* The side's layouts at one size, and where each goes (mm from the card's
 * top-left corner). */
struct side_layout {
	PangoLayout *band, *head, *main;
	double pad, band_h, head_y, main_y, foot;
};

static PangoLayout *maybe_layout(cairo_t *cr, const char *markup, double pt, double width)
{
	return markup ? print_layout(cr, markup, pt, width, false) : NULL;
}

static void side_layout(cairo_t *cr, const struct card_side *s, struct print_size card,
			double pt, struct side_layout *l)
{
	l->pad = card.w * 0.06;
	double width = card.w - 2 * l->pad;
	l->band = print_layout(cr, s->band, pt, width, true);
	l->head = maybe_layout(cr, s->head, pt, width);
	l->main = maybe_layout(cr, s->main, pt, width);
	if (l->head)
		pango_layout_set_alignment(l->head, PANGO_ALIGN_CENTER);
	l->band_h = print_layout_height(l->band) + l->pad;
	l->head_y = l->band_h + 0.6 * l->pad;
	l->main_y = l->head_y + (l->head ? print_layout_height(l->head) + 0.6 * l->pad : 0);
	l->foot = l->main_y + (l->main ? print_layout_height(l->main) : 0) + l->pad;
}

static void side_layout_free(struct side_layout *l)
{
	g_object_unref(l->band);
	if (l->head)
		g_object_unref(l->head);
	if (l->main)
		g_object_unref(l->main);
}

struct card_fit card_side_fit(cairo_t *cr, const struct card_side *s, struct print_size card,
			      double start_pt)
{
	struct card_fit fit = {start_pt, 0, 0};
	for (;;) {
		struct side_layout l;
		side_layout(cr, s, card, fit.pt, &l);
		fit.over = l.foot - card.h;
		fit.room = card.h - l.head_y - l.pad;
		side_layout_free(&l);
		if (fit.over <= 0 || fit.pt - FIT_STEP_PT < PRINT_FLOOR_PT - 1e-9)
			return fit;
		fit.pt -= FIT_STEP_PT;
	}
}

void card_side_draw(cairo_t *cr, const struct card_side *s, struct print_size card, double pt,
		    double x, double y)
{
	struct side_layout l;
	const struct print_rgb black = {0, 0, 0};
	side_layout(cr, s, card, pt, &l);
	print_fill(cr, x, y, card.w, l.band_h, s->colour);
	print_layout_draw(cr, l.band, x + l.pad, y + l.pad / 2, print_ink_on(s->colour));
	if (l.head)
		print_layout_draw(cr, l.head, x + l.pad, y + l.head_y, black);
	if (l.main)
		print_layout_draw(cr, l.main, x + l.pad, y + l.main_y, black);
	side_layout_free(&l);
}
