#ifndef RUCKSACK_BIGFONT_H
#define RUCKSACK_BIGFONT_H
/*
 * Big letters for the projector, without curses: a font BIGFONT_ROWS dots
 * high of blocks for A-Z (lower case drawn as upper case), 0-9 and common
 * punctuation, drawn at any whole scale k: a dot is k columns wide and k
 * half-rows high (▀ ▄ █ hold two half-rows a row), so it is square on a
 * terminal whose cells are twice as high as wide.  Latin letters with
 * accents are drawn as their base letter, which loses the accent:
 * bigfont_covers says so, and the caller then shows the plain text too.
 * Any other script (Greek, Cyrillic, CJK, Arabic...) is not covered: the
 * caller shows it plain.
 */
#include <stdbool.h>
#include <stddef.h>

#include "core/base/strv.h"

#define BIGFONT_ROWS 5

/*
 * True when every character of text can be drawn big.  *stripped (may be
 * NULL) is set when an accent or combining mark would be left off.
 */
bool bigfont_covers(const char *text, bool *stripped);
/* Columns text takes drawn at scale k (one dot between letters); text must be covered. */
size_t bigfont_width(const char *text, size_t k);
/* Rows a line of big letters takes at scale k: BIGFONT_ROWS * k half-rows. */
size_t bigfont_height(size_t k);
/* Appends the bigfont_height(k) rows of text drawn big, each bigfont_width wide. */
void bigfont_render(const char *text, size_t k, struct strv *out);

#endif
