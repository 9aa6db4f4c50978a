#ifndef RUCKSACK_CELL_H
#define RUCKSACK_CELL_H
/*
 * Cells: what curses puts in one place on the screen (a cchar_t), so that
 * what the editor measures is what the drawing helpers draw.  A cell is one
 * character followed by the zero-width characters after it (combining
 * marks, joiners, variation selectors); a control character (\n, \t, ESC)
 * is a cell of its own, one column wide (it is drawn as its visible
 * stand-in); zero-width characters with nothing before them are a cell of
 * their own, drawn on a space, one column wide.  An invalid byte is a cell
 * of one byte, one column (drawn as U+FFFD).  A cluster (utf8_next) is one
 * or more whole cells.  No curses here.
 */
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* The code point at off (U+FFFD for an invalid byte); returns its length in bytes (0 at len). */
size_t cell_cp(const char *s, size_t len, size_t off, uint32_t *cp);
/* Byte offset just past the cell at off (len at or past the end). */
size_t cell_next(const char *s, size_t len, size_t off);
/* Columns of the cell at off (0 at len). */
size_t cell_width(const char *s, size_t len, size_t off);
/* Columns of s[from..to), counted cell by cell. */
size_t cell_span_width(const char *s, size_t from, size_t to);

#endif
