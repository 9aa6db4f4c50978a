#ifndef RUCKSACK_ROUND_PROJECTOR_H
#define RUCKSACK_ROUND_PROJECTOR_H
/*
 * Lines for the projector view, without curses: a text laid out to be read
 * across a room.  Words are wrapped to cols by display width; when every
 * line still fits with a space between its letters ("R O L E S") the text
 * is letter-spaced, otherwise it stays plain.  Letter-spacing works the same
 * for wide characters (CJK) and keeps combining marks on their letter, so
 * no script is broken up.  The caller centres each line.
 */
#include <stddef.h>

#include "core/strv.h"

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

#endif
