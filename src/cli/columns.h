#ifndef RUCKSACK_COLUMNS_H
#define RUCKSACK_COLUMNS_H
/*
 * A table printed in aligned columns, measured in display columns (so a
 * title with accents, CJK or emoji lines up), for `rucksack list` and the
 * like.  Cells are copied with control characters made visible.
 */
#include <stddef.h>
#include <stdio.h>

#include "core/base/strv.h"

struct columns {
	size_t ncols;
	const char *align; /* one letter per column: 'l' or 'r'; NULL: all left */
	struct strv cells; /* row-major, ncols per row */
};

/* An empty table of ncols columns; align as above (borrowed). */
void columns_init(struct columns *t, size_t ncols, const char *align);
/* Appends a row of t->ncols cells (NULL cells print empty). */
void columns_add(struct columns *t, const char *const *cells);
/* Prints every row, columns separated by gap spaces, no trailing blanks. */
void columns_print(FILE *out, const struct columns *t, size_t gap);
void columns_free(struct columns *t);

#endif
