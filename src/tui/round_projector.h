#ifndef RUCKSACK_ROUND_PROJECTOR_H
#define RUCKSACK_ROUND_PROJECTOR_H
/*
 * The projector view laid out without curses: the phase and a card to be
 * read across a room.  Words are wrapped to cols by display width; when every
 * line still fits with a space between its letters ("R O L E S") the text
 * is letter-spaced, otherwise it stays plain.  Letter-spacing works the same
 * for wide characters (CJK) and keeps combining marks on their letter, so
 * no script is broken up.  The caller centres each line.
 */
#include <stddef.h>

#include "core/base/strv.h"

/* Display width of a string (utf8_width in the program; injected for tests). */
typedef size_t (*rproj_width_fn)(const char *s);
/* Byte offset just past the character (and its combining marks) at off. */
typedef size_t (*rproj_next_fn)(const char *s, size_t len, size_t off);

/*
 * Appends to out the lines of text laid out in cols columns.  A word wider
 * than cols is cut between characters.  Returns how many lines were added.
 */
size_t rproj_layout(const char *text, size_t cols, rproj_width_fn width, rproj_next_fn next,
		    struct strv *out);

/* What the projector shows. */
struct rproj_in {
	const char *phase;	    /* the phase's title */
	const char *about;	    /* the card's deck and holder ("Social GRACES · for Eve"), or NULL */
	const char *card;	    /* the card's title, or NULL: no card */
	const char *body;	    /* the card's text, or NULL */
	const struct strv *prompts; /* the card's prompts, or NULL */
};

enum rproj_style {
	RPROJ_PHASE, /* the phase's title */
	RPROJ_CARD,  /* the card's title */
	RPROJ_DIM,   /* what the card is and whose; a big title's plain form */
	RPROJ_BODY,  /* the card's text and prompts */
};

struct rproj_line {
	size_t y, x; /* row and column in the area */
	char *text;
	enum rproj_style style;
};

struct rproj_screen {
	struct rproj_line *v;
	size_t n, cap;
	size_t phase_rows, card_rows; /* rows a letter of each title takes (bigfont_height), or 1: plain */
};

/*
 * Lays the projector out in cols x rows, the last row left free (the
 * timer's): the phase's title, then what the card is and its title, in big
 * block letters (bigfont.h) as large as lets both fit with some of the
 * card's text; a title the font cannot draw, or that would not fit big, is
 * letter-spaced plain (rproj_layout) and centred; one drawn big without its
 * accents is shown plain under it too.  The card's text and prompts take
 * the rows left, in two columns on a wide screen, and end in " …" when cut.
 * Every line fits in cols; lines are in row order.
 */
void rproj_screen(const struct rproj_in *in, size_t cols, size_t rows, struct rproj_screen *out);
void rproj_screen_free(struct rproj_screen *s);

#endif
