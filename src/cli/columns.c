/* Aligned columns by display width. */
#include "cli/columns.h"

#include <stdbool.h>
#include <stdlib.h>

#include "core/base/utf8.h"
#include "core/base/utf8_spoof.h"
#include "core/base/xalloc.h"

void columns_init(struct columns *t, size_t ncols, const char *align)
{
	*t = (struct columns){.ncols = ncols, .align = align};
}

void columns_add(struct columns *t, const char *const *cells)
{
	for (size_t i = 0; i < t->ncols; i++)
		strv_push_owned(&t->cells, utf8_reveal(cells[i] ? cells[i] : "", false));
}

static bool columns_right(const struct columns *t, size_t col)
{
	return t->align && t->align[col] == 'r';
}

static void columns_pad(FILE *out, size_t n)
{
	while (n--)
		fputc(' ', out);
}

/* The last column with any text in this row: nothing is padded after it. */
static size_t columns_last(const struct columns *t, size_t row)
{
	size_t last = 0;
	for (size_t c = 0; c < t->ncols; c++)
		if (*t->cells.v[row * t->ncols + c])
			last = c;
	return last;
}

static void columns_row(FILE *out, const struct columns *t, size_t row, const size_t *w,
			size_t gap)
{
	size_t last = columns_last(t, row);
	for (size_t c = 0; c <= last; c++) {
		const char *s = t->cells.v[row * t->ncols + c];
		size_t pad = w[c] - utf8_width(s);
		if (c > 0)
			columns_pad(out, gap);
		if (columns_right(t, c))
			columns_pad(out, pad);
		fputs(s, out);
		if (!columns_right(t, c) && c < last)
			columns_pad(out, pad);
	}
	fputc('\n', out);
}

void columns_print(FILE *out, const struct columns *t, size_t gap)
{
	if (t->ncols == 0)
		return;
	size_t rows = t->cells.n / t->ncols;
	size_t *w = xcalloc(t->ncols, sizeof *w);
	for (size_t i = 0; i < t->cells.n; i++) {
		size_t cw = utf8_width(t->cells.v[i]);
		if (cw > w[i % t->ncols])
			w[i % t->ncols] = cw;
	}
	for (size_t r = 0; r < rows; r++)
		columns_row(out, t, r, w, gap);
	free(w);
}

void columns_free(struct columns *t)
{
	strv_free(&t->cells);
}
