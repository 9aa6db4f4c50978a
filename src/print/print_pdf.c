/* A PDF surface into memory, and Pango text on it. */
#include "print/print_pdf.h"

#include <stdlib.h>
#include <string.h>

#include "core/base/xalloc.h"

#define PRINT_FONT "DejaVu Sans"

void print_bytes_free(struct print_bytes *b)
{
	free(b->v);
	*b = (struct print_bytes){0};
}

/* Cairo's write callback: the PDF goes into memory, never to a path. */
static cairo_status_t to_bytes(void *closure, const unsigned char *data, unsigned int len)
{
	struct print_bytes *b = closure;
	xgrow((void **)&b->v, &b->cap, b->n + len, 1);
	memcpy(b->v + b->n, data, len);
	b->n += len;
	return CAIRO_STATUS_SUCCESS;
}

int print_pdf_open(struct print_pdf *p, struct print_bytes *out, struct print_size page,
		   const char *title)
{
	const double pt = 72.0 / 25.4;
	p->surface = cairo_pdf_surface_create_for_stream(to_bytes, out, page.w * pt, page.h * pt);
	p->cr = cairo_create(p->surface);
	if (cairo_status(p->cr) != CAIRO_STATUS_SUCCESS) {
		cairo_destroy(p->cr);
		cairo_surface_destroy(p->surface);
		return -1;
	}
	cairo_pdf_surface_set_metadata(p->surface, CAIRO_PDF_METADATA_TITLE, title);
	cairo_pdf_surface_set_metadata(p->surface, CAIRO_PDF_METADATA_CREATOR,
				       "rucksack " RUCKSACK_VERSION);
	cairo_scale(p->cr, pt, pt);
	return 0;
}

void print_pdf_page(struct print_pdf *p)
{
	cairo_show_page(p->cr);
}

int print_pdf_close(struct print_pdf *p, const char *name, struct diags *d)
{
	cairo_surface_finish(p->surface);
	cairo_status_t st = cairo_surface_status(p->surface);
	if (st == CAIRO_STATUS_SUCCESS)
		st = cairo_status(p->cr);
	cairo_destroy(p->cr);
	cairo_surface_destroy(p->surface);
	if (st == CAIRO_STATUS_SUCCESS)
		return 0;
	diags_error(d, name, 0, 0, DIAG_IO, "cannot make the PDF: %s",
		    cairo_status_to_string(st));
	return -1;
}

/* Metrics not hinted to the device, glyphs not placed on whole units: a
 * PDF is scaled (a unit here is a millimetre), and the layout must not
 * move with the resolution it is later shown at. */
static void unhinted(PangoContext *pc)
{
	pango_context_set_round_glyph_positions(pc, FALSE);
	cairo_font_options_t *fo = cairo_font_options_create();
	cairo_font_options_set_hint_metrics(fo, CAIRO_HINT_METRICS_OFF);
	cairo_font_options_set_hint_style(fo, CAIRO_HINT_STYLE_NONE);
	pango_cairo_context_set_font_options(pc, fo);
	cairo_font_options_destroy(fo);
}

PangoLayout *print_layout(cairo_t *cr, const char *markup, double pt, double width, bool bold)
{
	PangoLayout *l = pango_cairo_create_layout(cr);
	unhinted(pango_layout_get_context(l));
	pango_layout_context_changed(l);
	PangoFontDescription *fd = pango_font_description_from_string(PRINT_FONT);
	/* user space is in mm: the size is given in mm too */
	pango_font_description_set_absolute_size(fd, pt * PRINT_MM_PER_PT * PANGO_SCALE);
	if (bold)
		pango_font_description_set_weight(fd, PANGO_WEIGHT_BOLD);
	pango_layout_set_font_description(l, fd);
	pango_font_description_free(fd);
	pango_layout_set_width(l, (int)(width * PANGO_SCALE));
	pango_layout_set_wrap(l, PANGO_WRAP_WORD_CHAR);
	if (!pango_parse_markup(markup, -1, 0, NULL, NULL, NULL, NULL))
		pango_layout_set_text(l, markup, -1);
	else
		pango_layout_set_markup(l, markup, -1);
	return l;
}

double print_layout_height(PangoLayout *l)
{
	int w, h;
	pango_layout_get_size(l, &w, &h);
	return (double)h / PANGO_SCALE;
}

void print_layout_draw(cairo_t *cr, PangoLayout *l, double x, double y, struct print_rgb ink)
{
	cairo_set_source_rgb(cr, ink.r, ink.g, ink.b);
	cairo_move_to(cr, x, y);
	pango_cairo_show_layout(cr, l);
}

void print_fill(cairo_t *cr, double x, double y, double w, double h, struct print_rgb c)
{
	cairo_set_source_rgb(cr, c.r, c.g, c.b);
	cairo_rectangle(cr, x, y, w, h);
	cairo_fill(cr);
}
