#ifndef RUCKSACK_PRINT_COLUMN_H
#define RUCKSACK_PRINT_COLUMN_H
/*
 * Text down a page and on to the next, as a sheet or a transcript reads:
 * paragraphs placed line by line, a page ended between two lines when the
 * next does not fit.  A dry run (draw false) only counts the pages, so a
 * sheet can try sizes, and the pages be numbered "page 2 of 3", before it
 * draws.
 */
#include <stdbool.h>

#include "print/print_pdf.h"

struct print_column {
	struct print_pdf *pdf;
	bool draw;
	double left, top, width, bottom; /* the text area, mm */
	double y;			 /* where the next paragraph starts */
	size_t pages;			 /* pages begun */
	const char *footer;		 /* plain text at each page's foot, or NULL */
	size_t total;			 /* pages in all, from a dry run; 0: unknown */
	struct print_size page;
};

/* Starts on the first page of pdf (page: its size; margins PRINT_MARGIN_MM
 * and more).  A drawing run with a footer writes "FOOTER · page N of
 * TOTAL" at the foot of each page (footer and total set after the start). */
void column_start(struct print_column *c, struct print_pdf *pdf, struct print_size page,
		  bool draw);
/* Ends the last page's drawing (its footer); the number of pages. */
size_t column_end(struct print_column *c);
/* A paragraph of markup at pt points (bold for headings), indent mm from
 * the left, space_before mm below what came before (none at a page's top). */
void column_text(struct print_column *c, const char *markup, double pt, bool bold, double indent,
		 double space_before);
/* Room to write, h mm high, ruled every 7 mm: on this page if it fits, else
 * at the top of the next. */
void column_ruled(struct print_column *c, double h);

#endif
