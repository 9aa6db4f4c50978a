/* Paragraphs down a column, across pages, line by line. */
#include "print/print_column.h"

#define MARGIN (PRINT_MARGIN_MM + 8.0)
#define RULE_EVERY 7.0

void column_start(struct print_column *c, struct print_pdf *pdf, struct print_size page,
		  bool draw)
{
	*c = (struct print_column){pdf,	 draw, MARGIN, MARGIN, page.w - 2 * MARGIN,
				   page.h - MARGIN, MARGIN, 1, NULL, 0, page};
}

/* The page's footer, in small grey type under the text area. */
static void footer(struct print_column *c)
{
	if (!c->draw || !c->footer)
		return;
	char *e = g_markup_escape_text(c->footer, -1);
	char *text = c->total ? g_strdup_printf("%s · page %zu of %zu", e, c->pages, c->total)
			      : g_strdup_printf("%s · page %zu", e, c->pages);
	PangoLayout *l = print_layout(c->pdf->cr, text, 7, c->width, false);
	pango_layout_set_alignment(l, PANGO_ALIGN_CENTER);
	print_layout_draw(c->pdf->cr, l, c->left, c->page.h - PRINT_MARGIN_MM - 3,
			  (struct print_rgb){0.4, 0.4, 0.4});
	g_object_unref(l);
	g_free(text);
	g_free(e);
}

size_t column_end(struct print_column *c)
{
	footer(c);
	return c->pages;
}

static void new_page(struct print_column *c)
{
	footer(c);
	if (c->draw)
		print_pdf_page(c->pdf);
	c->pages++;
	c->y = c->top;
}

static void show_line(struct print_column *c, PangoLayoutIter *it, double x, double baseline)
{
	if (!c->draw)
		return;
	cairo_set_source_rgb(c->pdf->cr, 0, 0, 0);
	cairo_move_to(c->pdf->cr, x, baseline);
	pango_cairo_show_layout_line(c->pdf->cr, pango_layout_iter_get_line_readonly(it));
}

/* Each line where it falls; a line past the foot starts the next page, the
 * rest of the paragraph following it there. */
static void place_lines(struct print_column *c, PangoLayout *l, double indent)
{
	PangoLayoutIter *it = pango_layout_get_iter(l);
	double origin = c->y, shift = 0, end = 0;
	do {
		PangoRectangle log;
		pango_layout_iter_get_line_extents(it, NULL, &log);
		double top = log.y / (double)PANGO_SCALE, h = log.height / (double)PANGO_SCALE;
		if (origin + top - shift + h > c->bottom && origin + top - shift > c->top + 0.01) {
			new_page(c);
			origin = c->top;
			shift = top;
		}
		double baseline = pango_layout_iter_get_baseline(it) / (double)PANGO_SCALE;
		show_line(c, it, c->left + indent + log.x / (double)PANGO_SCALE,
			  origin + baseline - shift);
		end = origin + top - shift + h;
	} while (pango_layout_iter_next_line(it));
	pango_layout_iter_free(it);
	c->y = end;
}

void column_text(struct print_column *c, const char *markup, double pt, bool bold, double indent,
		 double space_before)
{
	PangoLayout *l = print_layout(c->pdf->cr, markup, pt, c->width - indent, bold);
	if (c->y > c->top)
		c->y += space_before;
	place_lines(c, l, indent);
	g_object_unref(l);
}

void column_ruled(struct print_column *c, double h)
{
	c->y += 2.0;
	if (c->y + h > c->bottom)
		new_page(c);
	if (c->draw) {
		cairo_t *cr = c->pdf->cr;
		for (double y = c->y + RULE_EVERY; y <= c->y + h + 0.01; y += RULE_EVERY) {
			cairo_move_to(cr, c->left, y);
			cairo_line_to(cr, c->left + c->width, y);
		}
		cairo_set_source_rgb(cr, 0.6, 0.6, 0.6);
		cairo_set_line_width(cr, 0.2);
		cairo_stroke(cr);
	}
	c->y += h;
}
