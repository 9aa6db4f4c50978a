#include "draw.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include "cell.h"
#include "core/base/utf8.h"
#include "core/base/xalloc.h"

/* The cell v[off..next): base, then its marks (as many as a cchar_t holds). */
static void draw_cell(const char *v, size_t off, size_t next, enum pal p, cchar_t *cc)
{
	wchar_t wcs[CCHARW_MAX + 1];
	size_t n = 0;
	uint32_t cp;
	while (off < next && n < CCHARW_MAX) {
		off += cell_cp(v, next, off, &cp);
		if (n == 0 && wcwidth((wchar_t)cp) < 0)
			cp = 0xfffd; /* no known width: would shift the rest */
		else if (n == 0 && wcwidth((wchar_t)cp) == 0)
			wcs[n++] = L' '; /* marks with no base sit on a space */
		wcs[n++] = (wchar_t)cp;
	}
	wcs[n < CCHARW_MAX ? n : CCHARW_MAX] = L'\0';
	attr_t a;
	short pair;
	term_style(p, &a, &pair);
	setcchar(cc, wcs, a, pair, NULL);
}

/* The bytes of v[0..len) whose cells fit in w columns; *cols gets their width. */
static size_t draw_fit(const char *v, size_t len, int w, int *cols)
{
	size_t off = 0;
	int col = 0;
	while (off < len) {
		int cw = (int)cell_width(v, len, off);
		if (col + cw > w)
			break;
		col += cw;
		off = cell_next(v, len, off);
	}
	*cols = col;
	return off;
}

/* True when nothing but spaces is left from off: cutting them loses nothing. */
static bool draw_blank(const char *v, size_t off)
{
	return v[off + strspn(v + off, " ")] == '\0';
}

/* The cell s[off..next) as drawn: a control character (a cell of its own) by
 * its visible stand-in, anything else as it is. */
static void draw_raw_cell(const char *s, size_t off, size_t next, enum pal p, cchar_t *cc)
{
	uint32_t cp;
	cell_cp(s, next, off, &cp);
	if (!utf8_is_control(cp)) {
		draw_cell(s, off, next, p, cc);
		return;
	}
	char *raw = xstrndup(s + off, next - off);
	char *v = utf8_visible(raw, false);
	draw_cell(v, 0, strlen(v), p, cc);
	free(v);
	free(raw);
}

/* Cells are found in s itself, as the editor's cursor is (cell.h): a mark
 * after a control character stays a cell of its own rather than joining the
 * stand-in drawn for it, so what is drawn and where the cursor goes agree. */
int draw_text(int y, int x, int w, const char *s, enum pal p)
{
	if (w <= 0 || y < 0 || y >= LINES)
		return 0;
	size_t len = strlen(s);
	int cols;
	size_t fit = draw_fit(s, len, w, &cols);
	bool cut = fit < len && !draw_blank(s, fit);
	if (cut)
		fit = draw_fit(s, len, w - 1, &cols); /* room for the "…" that says so */
	int col = 0;
	for (size_t off = 0; off < fit;) {
		size_t next = cell_next(s, len, off);
		cchar_t cc;
		draw_raw_cell(s, off, next, p, &cc);
		mvadd_wch(y, x + col, &cc);
		col += (int)cell_width(s, len, off);
		off = next;
	}
	if (cut) {
		cchar_t cc;
		draw_cell("…", 0, strlen("…"), p, &cc);
		mvadd_wch(y, x + col++, &cc);
	}
	return col;
}

void draw_fill(int y, int x, int w, enum pal p)
{
	if (w <= 0 || y < 0 || y >= LINES)
		return;
	term_use(p);
	mvhline(y, x, ' ', w);
	term_use(PAL_NORMAL);
}

void draw_line(int y, int x, int w, const char *s, enum pal p)
{
	int used = draw_text(y, x, w, s, p);
	draw_fill(y, x + used, w - used, p);
}

void draw_center(int y, int x, int w, const char *s, enum pal p)
{
	int sw = (int)cell_span_width(s, 0, strlen(s));
	int pad = sw < w ? (w - sw) / 2 : 0;
	draw_text(y, x + pad, w - pad, s, p);
}

size_t draw_wrap(struct rect r, size_t skip, const char *s, enum pal p)
{
	size_t *starts, *lens;
	char *v = utf8_visible(s, true);
	size_t n = utf8_wrap(v, r.w > 0 ? (size_t)r.w : 1, &starts, &lens);
	for (size_t i = skip; i < n && (int)(i - skip) < r.h; i++) {
		char *line = xstrndup(v + starts[i], lens[i]);
		draw_text(r.y + (int)(i - skip), r.x, r.w, line, p);
		free(line);
	}
	free(starts);
	free(lens);
	free(v);
	return n;
}

int draw_wrap_cut(struct rect r, const char *s, enum pal p)
{
	size_t *starts, *lens;
	char *v = utf8_visible(s, true);
	size_t n = utf8_wrap(v, r.w > 0 ? (size_t)r.w : 1, &starts, &lens);
	int y = 0;
	for (size_t i = 0; i < n && y < r.h; i++, y++) {
		bool rest = y == r.h - 1 && i + 1 < n;
		char *line = rest ? xstrdup(v + starts[i]) : xstrndup(v + starts[i], lens[i]);
		for (char *c = line; rest && *c; c++)
			*c = *c == '\n' ? ' ' : *c; /* the rest on one row */
		draw_text(r.y + y, r.x, r.w, line, p);
		free(line);
	}
	free(starts);
	free(lens);
	free(v);
	return y;
}

void draw_more(int y, int x, int w, bool above, bool below)
{
	const char *mark = below ? "↓ more" : above ? "↑ more" : NULL;
	int mw = 6; /* both marks are six columns */
	if (mark)
		draw_text(y, w > mw ? x + w - mw : x, w < mw ? w : mw, mark, PAL_DIM);
}

void draw_box(struct rect r, enum pal p)
{
	if (r.w < 2 || r.h < 2)
		return;
	for (int i = 1; i < r.h - 1; i++)
		draw_fill(r.y + i, r.x + 1, r.w - 2, PAL_NORMAL);
	term_use(p);
	mvhline(r.y, r.x + 1, ACS_HLINE, r.w - 2);
	mvhline(r.y + r.h - 1, r.x + 1, ACS_HLINE, r.w - 2);
	mvvline(r.y + 1, r.x, ACS_VLINE, r.h - 2);
	mvvline(r.y + 1, r.x + r.w - 1, ACS_VLINE, r.h - 2);
	mvaddch(r.y, r.x, ACS_ULCORNER);
	mvaddch(r.y, r.x + r.w - 1, ACS_URCORNER);
	mvaddch(r.y + r.h - 1, r.x, ACS_LLCORNER);
	mvaddch(r.y + r.h - 1, r.x + r.w - 1, ACS_LRCORNER);
	term_use(PAL_NORMAL);
}
