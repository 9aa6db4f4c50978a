/* A block-letter font for the projector's titles: coverage, width, rendering. */
#include "bigfont.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "core/base/utf8.h"
#include "core/base/xalloc.h"

struct glyph {
	uint32_t cp;
	const char *rows[BIGFONT_ROWS]; /* '#' a dot, '.' none; every row as wide */
};

/* In code point order, for the binary search. */
static const struct glyph glyphs[] = {
	{0x0020, {"..", "..", "..", "..", ".."}},
	{0x0021, {"#", "#", "#", ".", "#"}},
	{0x0022, {"#.#", "#.#", "...", "...", "..."}},
	{0x0023, {".#.#.", "#####", ".#.#.", "#####", ".#.#."}},
	{0x0025, {"#..#", "..#.", ".#..", "#...", "#..#"}},
	{0x0026, {".#..", "#.#.", ".#..", "#.#.", ".#.#"}},
	{0x0027, {"#", "#", ".", ".", "."}},
	{0x0028, {".#", "#.", "#.", "#.", ".#"}},
	{0x0029, {"#.", ".#", ".#", ".#", "#."}},
	{0x002a, {"...", "#.#", ".#.", "#.#", "..."}},
	{0x002b, {"...", ".#.", "###", ".#.", "..."}},
	{0x002c, {"..", "..", "..", ".#", "#."}},
	{0x002d, {"...", "...", "###", "...", "..."}},
	{0x002e, {".", ".", ".", ".", "#"}},
	{0x002f, {"..#", "..#", ".#.", "#..", "#.."}},
	{0x0030, {".##.", "#.##", "#..#", "##.#", ".##."}},
	{0x0031, {".#.", "##.", ".#.", ".#.", "###"}},
	{0x0032, {"###.", "...#", ".##.", "#...", "####"}},
	{0x0033, {"###.", "...#", ".##.", "...#", "###."}},
	{0x0034, {"#..#", "#..#", "####", "...#", "...#"}},
	{0x0035, {"####", "#...", "###.", "...#", "###."}},
	{0x0036, {".##.", "#...", "###.", "#..#", ".##."}},
	{0x0037, {"####", "...#", "..#.", ".#..", ".#.."}},
	{0x0038, {".##.", "#..#", ".##.", "#..#", ".##."}},
	{0x0039, {".##.", "#..#", ".###", "...#", ".##."}},
	{0x003a, {".", "#", ".", "#", "."}},
	{0x003b, {"..", ".#", "..", ".#", "#."}},
	{0x003d, {"...", "###", "...", "###", "..."}},
	{0x003f, {"###.", "...#", ".##.", "....", ".#.."}},
	{0x0041, {".##.", "#..#", "####", "#..#", "#..#"}},
	{0x0042, {"###.", "#..#", "###.", "#..#", "###."}},
	{0x0043, {".###", "#...", "#...", "#...", ".###"}},
	{0x0044, {"###.", "#..#", "#..#", "#..#", "###."}},
	{0x0045, {"####", "#...", "###.", "#...", "####"}},
	{0x0046, {"####", "#...", "###.", "#...", "#..."}},
	{0x0047, {".###", "#...", "#.##", "#..#", ".###"}},
	{0x0048, {"#..#", "#..#", "####", "#..#", "#..#"}},
	{0x0049, {"###", ".#.", ".#.", ".#.", "###"}},
	{0x004a, {"..##", "...#", "...#", "#..#", ".##."}},
	{0x004b, {"#..#", "#.#.", "##..", "#.#.", "#..#"}},
	{0x004c, {"#...", "#...", "#...", "#...", "####"}},
	{0x004d, {"#...#", "##.##", "#.#.#", "#...#", "#...#"}},
	{0x004e, {"#...#", "##..#", "#.#.#", "#..##", "#...#"}},
	{0x004f, {".##.", "#..#", "#..#", "#..#", ".##."}},
	{0x0050, {"###.", "#..#", "###.", "#...", "#..."}},
	{0x0051, {".##.", "#..#", "#..#", "#.#.", ".#.#"}},
	{0x0052, {"###.", "#..#", "###.", "#.#.", "#..#"}},
	{0x0053, {".###", "#...", ".##.", "...#", "###."}},
	{0x0054, {"#####", "..#..", "..#..", "..#..", "..#.."}},
	{0x0055, {"#..#", "#..#", "#..#", "#..#", ".##."}},
	{0x0056, {"#...#", "#...#", "#...#", ".#.#.", "..#.."}},
	{0x0057, {"#...#", "#...#", "#.#.#", "##.##", "#...#"}},
	{0x0058, {"#...#", ".#.#.", "..#..", ".#.#.", "#...#"}},
	{0x0059, {"#...#", ".#.#.", "..#..", "..#..", "..#.."}},
	{0x005a, {"#####", "...#.", "..#..", ".#...", "#####"}},
	{0x005f, {"....", "....", "....", "....", "####"}},
	{0x00b7, {".", ".", "#", ".", "."}},
	{0x2013, {"....", "....", "####", "....", "...."}},
	{0x2014, {"......", "......", "######", "......", "......"}},
	{0x2018, {"#", "#", ".", ".", "."}},
	{0x2019, {"#", "#", ".", ".", "."}},
	{0x201c, {"#.#", "#.#", "...", "...", "..."}},
	{0x201d, {"#.#", "#.#", "...", "...", "..."}},
	{0x2026, {".....", ".....", ".....", ".....", "#.#.#"}},
};

/* The base letter of U+00C0..U+017F ('.': none, such as Æ or ß). */
static const char latin_base[] =
	"AAAAAA.CEEEEIIIIDNOOOOO.OUUUUY..aaaaaa.ceeeeiiiidnooooo.ouuuuy.y"
	"AaAaAaCcCcCcCcDdDdEeEeEeEeEeGgGgGgGgHhHhIiIiIiIiIi..JjKk.LlLlLlL"
	"lLlNnNnNn...OoOoOo..RrRrRrSsSsSsSsTtTtTtUuUuUuUuUuUuWwYyYZzZzZz.";

static const struct glyph *bigfont_find(uint32_t cp)
{
	size_t lo = 0, hi = sizeof glyphs / sizeof glyphs[0];
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		if (glyphs[mid].cp == cp)
			return &glyphs[mid];
		if (glyphs[mid].cp < cp)
			lo = mid + 1;
		else
			hi = mid;
	}
	return NULL;
}

/* True for a combining mark (it sits on the letter before it). */
static bool bigfont_mark(uint32_t cp)
{
	return (cp >= 0x300 && cp < 0x370) || (cp >= 0x1ab0 && cp < 0x1b00) ||
	       (cp >= 0x1dc0 && cp < 0x1e00) || (cp >= 0x20d0 && cp < 0x2100) ||
	       (cp >= 0xfe20 && cp < 0xfe30);
}

/* The glyph cp is drawn with (*stripped set when an accent goes), or NULL. */
static const struct glyph *bigfont_glyph(uint32_t cp, bool *stripped)
{
	if (cp >= 0xc0 && cp < 0x180 && latin_base[cp - 0xc0] != '.') {
		*stripped = true;
		cp = (unsigned char)latin_base[cp - 0xc0];
	}
	if (cp >= 'a' && cp <= 'z')
		cp -= 'a' - 'A';
	return bigfont_find(cp);
}

/* Calls fn for the glyph of each character of text, marks left out; false at one not covered. */
static bool bigfont_each(const char *text, bool *stripped,
			 void (*fn)(const struct glyph *g, void *data), void *data)
{
	size_t len = strlen(text);
	bool gone = false;
	for (size_t off = 0; off < len;) {
		uint32_t cp;
		size_t n = utf8_decode(text + off, len - off, &cp);
		if (n == 0)
			return false;
		off += n;
		if (bigfont_mark(cp)) {
			gone = true;
			continue;
		}
		const struct glyph *g = bigfont_glyph(cp, &gone);
		if (!g)
			return false;
		if (fn)
			fn(g, data);
	}
	if (stripped)
		*stripped = gone;
	return true;
}

bool bigfont_covers(const char *text, bool *stripped)
{
	return bigfont_each(text, stripped, NULL, NULL);
}

static void bigfont_add_width(const struct glyph *g, void *data)
{
	size_t *w = data;
	*w += (*w ? 1 : 0) + strlen(g->rows[0]);
}

size_t bigfont_width(const char *text, size_t k)
{
	size_t dots = 0;
	bigfont_each(text, NULL, bigfont_add_width, &dots);
	return dots * k;
}

size_t bigfont_height(size_t k)
{
	return (BIGFONT_ROWS * k + 1) / 2;
}

/* While rendering: one row of dots per font row, grown glyph by glyph. */
struct bigfont_rows {
	char *row[BIGFONT_ROWS];
	size_t len[BIGFONT_ROWS];
};

static void bigfont_add_glyph(const struct glyph *g, void *data)
{
	struct bigfont_rows *r = data;
	for (size_t y = 0; y < BIGFONT_ROWS; y++) {
		size_t gw = strlen(g->rows[y]), gap = r->len[y] ? 1 : 0;
		r->row[y] = xrealloc(r->row[y], r->len[y] + gap + gw + 1);
		if (gap)
			r->row[y][r->len[y]++] = '.';
		memcpy(r->row[y] + r->len[y], g->rows[y], gw);
		r->len[y] += gw;
		r->row[y][r->len[y]] = '\0';
	}
}

/* Whether the dot at column x of half-row h (k half-rows a dot) is set; false below the font. */
static bool bigfont_dot(const struct bigfont_rows *r, size_t h, size_t x, size_t k)
{
	size_t y = h / k;
	return y < BIGFONT_ROWS && r->row[y] && r->row[y][x] == '#';
}

/* Terminal row t of the dots at scale k: two half-rows a cell, k columns a dot. */
static char *bigfont_paint(const struct bigfont_rows *r, size_t t, size_t k)
{
	size_t n = r->len[0], o = 0;
	char *out = xmalloc(n * k * 3 + 1);
	for (size_t x = 0; x < n; x++) {
		bool top = bigfont_dot(r, 2 * t, x, k), bottom = bigfont_dot(r, 2 * t + 1, x, k);
		const char *cell = top && bottom ? "\xe2\x96\x88"   /* █ */
				   : top	 ? "\xe2\x96\x80"   /* ▀ */
				   : bottom	 ? "\xe2\x96\x84"   /* ▄ */
						 : " ";
		for (size_t c = 0; c < k; c++) {
			memcpy(out + o, cell, strlen(cell));
			o += strlen(cell);
		}
	}
	out[o] = '\0';
	return out;
}

void bigfont_render(const char *text, size_t k, struct strv *out)
{
	struct bigfont_rows r = {{0}, {0}};
	k = k ? k : 1;
	bigfont_each(text, NULL, bigfont_add_glyph, &r);
	for (size_t t = 0; t < bigfont_height(k); t++)
		strv_push_owned(out, bigfont_paint(&r, t, k));
	for (size_t y = 0; y < BIGFONT_ROWS; y++)
		free(r.row[y]);
}
