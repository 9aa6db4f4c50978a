#ifndef RUCKSACK_TLINES_H
#define RUCKSACK_TLINES_H
/*
 * Text laid out for a reading screen, without curses: paragraphs wrapped by
 * display width (utf8_wrap), each screen line with a style the view maps to
 * colours, and hanging prefixes for lists ("• " then "  ").  Tabs in deck
 * text read as spaces; the text is otherwise kept as given (the drawing
 * helpers make any control character visible).
 */
#include <stddef.h>

enum tl_style {
	TL_NORMAL,
	TL_TITLE,
	TL_HEADING,
	TL_DIM,
};

struct tline {
	char *text; /* owned, without \n */
	enum tl_style style;
};

struct tlines {
	struct tline *v;
	size_t n, cap;
};

/*
 * Appends text wrapped to cols columns.  The first line starts with first
 * (NULL: nothing), the others with as many spaces as first is wide.  A first
 * wider than half the columns (a long label) stands on lines of its own and
 * the text follows two columns in from it, rather than in a sliver of a
 * column beside it.  Returns the number of lines added.
 */
size_t tlines_add(struct tlines *t, const char *text, size_t cols, enum tl_style style,
		  const char *first);
/* Appends an empty line, unless the last line already is one or there is none. */
void tlines_gap(struct tlines *t);
void tlines_free(struct tlines *t);

#endif
