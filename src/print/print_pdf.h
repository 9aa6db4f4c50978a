#ifndef RUCKSACK_PRINT_PDF_H
#define RUCKSACK_PRINT_PDF_H
/*
 * The drawing tools the print files share: a PDF surface writing into
 * memory, its user space in millimetres from the page's top-left corner,
 * and Pango layouts of markup in DejaVu Sans at a size in points.
 */
#include <cairo-pdf.h>
#include <cairo.h>
#include <pango/pangocairo.h>
#include <stdbool.h>

#include "print/print.h"
#include "print/print_colour.h"

struct print_pdf {
	cairo_surface_t *surface;
	cairo_t *cr;
};

/* A PDF of pages of size page writing into out, titled title (what a
 * print queue shows); 0 or -1 (nothing to free). */
int print_pdf_open(struct print_pdf *p, struct print_bytes *out, struct print_size page,
		   const char *title);
/* Ends the page; drawing after it is on a new one. */
void print_pdf_page(struct print_pdf *p);
/* Finishes the PDF (the last page ends) and frees p; 0, or -1 with an
 * error at name in d when Cairo failed. */
int print_pdf_close(struct print_pdf *p, const char *name, struct diags *d);

/* A layout of markup (plain text when it is not valid markup) in pt
 * points, wrapped at width mm by words, or within a word too long for a
 * line; bold for headings.  Free with g_object_unref. */
PangoLayout *print_layout(cairo_t *cr, const char *markup, double pt, double width, bool bold);
/* Its height in mm. */
double print_layout_height(PangoLayout *l);
/* Draws it with its top-left corner at x, y (mm) in ink. */
void print_layout_draw(cairo_t *cr, PangoLayout *l, double x, double y, struct print_rgb ink);
/* A filled rectangle. */
void print_fill(cairo_t *cr, double x, double y, double w, double h, struct print_rgb c);

#endif
