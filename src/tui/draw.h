#ifndef RUCKSACK_DRAW_H
#define RUCKSACK_DRAW_H
/*
 * Drawing UTF-8 text on stdscr by display width.  Every string goes through
 * utf8_visible first, so nothing from a deck or typed by a user can send a
 * control sequence to the terminal: a control character shows as its
 * visible stand-in (␛, ␀...; a tab as a space).  Text is placed cell by cell (cell.h):
 * wide characters take two cells and are never cut in half at an edge,
 * combining marks stay on their base, and a character the terminal has no
 * width for is drawn as U+FFFD so it cannot shift what follows.
 */
#include <stdbool.h>
#include <stddef.h>

#include "term.h"

/* The longest line of running text that still reads easily; wider windows get margins. */
#define DRAW_MEASURE 76

struct rect {
	int y, x, h, w;
};

/* Draws s on row y from column x in at most w columns; returns the columns used.
 * Text cut to fit ends in "…" (spaces cut off at the end are no loss: no mark). */
int draw_text(int y, int x, int w, const char *s, enum pal p);
/* Fills w columns of row y from x with spaces in p. */
void draw_fill(int y, int x, int w, enum pal p);
/* draw_text, then spaces to w columns (a full-width row such as a selection). */
void draw_line(int y, int x, int w, const char *s, enum pal p);
/* Draws s centred in w columns (cut on the right when wider). */
void draw_center(int y, int x, int w, const char *s, enum pal p);
/*
 * Wraps s to r.w columns (utf8_wrap: at spaces, by display width; \n starts
 * a line) and draws its lines from line skip onwards in r.  Returns how many
 * lines s takes in all, so the caller can scroll.
 */
size_t draw_wrap(struct rect r, size_t skip, const char *s, enum pal p);
/*
 * The mark of a list or text that goes on beyond what is shown, at the
 * right end of w columns from x on row y: "↓ more" when there is more
 * below, else "↑ more" when there is more above; nothing when all is shown.
 */
void draw_more(int y, int x, int w, bool above, bool below);
/* Wraps s to r.w columns in r's rows; when it takes more, the last row holds
 * the rest, cut with "…".  Returns the rows drawn. */
int draw_wrap_cut(struct rect r, const char *s, enum pal p);
/* A frame around r (line-drawing characters), its inside cleared. */
void draw_box(struct rect r, enum pal p);

#endif
