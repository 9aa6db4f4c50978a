/* Projector layout: big titles when they fit, letter-spaced plain text when not, the card's text. */
#include "round_projector.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "bigfont.h"
#include "core/base/utf8.h"
#include "core/base/xalloc.h"
#include "tlines.h"

#define RPROJ_MEASURE 76 /* the widest column of running text that reads easily */

/* Appends the first n bytes of s to the buffer *buf of length *len. */
static void rproj_cat(char **buf, size_t *len, const char *s, size_t n)
{
	*buf = xrealloc(*buf, *len + n + 1);
	memcpy(*buf + *len, s, n);
	*len += n;
	(*buf)[*len] = '\0';
}

/* s with one space after each character but the last. */
static char *rproj_spaced(const char *s, rproj_next_fn next)
{
	char *out = NULL;
	size_t len = 0, sl = strlen(s);
	for (size_t off = 0; off < sl;) {
		size_t end = next(s, sl, off);
		rproj_cat(&out, &len, s + off, end - off);
		if (end < sl)
			rproj_cat(&out, &len, " ", 1);
		off = end;
	}
	return out ? out : xstrdup("");
}

/* Width of s as it will be drawn: letter-spaced or plain. */
static size_t rproj_measure(const char *s, bool spaced, rproj_width_fn width, rproj_next_fn next)
{
	if (!spaced)
		return width(s);
	char *t = rproj_spaced(s, next);
	size_t w = width(t);
	free(t);
	return w;
}

/* Wraps text into lines (words split on blanks) no wider than cols once drawn. */
static void rproj_wrap(const char *text, size_t cols, bool spaced, rproj_width_fn width,
		       rproj_next_fn next, struct strv *lines)
{
	char *line = NULL;
	char *copy = xstrdup(text);
	for (char *save = NULL, *w = strtok_r(copy, " \t\n", &save); w;
	     w = strtok_r(NULL, " \t\n", &save)) {
		char *trial = xasprintf("%s%s%s", line ? line : "", line ? " " : "", w);
		if (rproj_measure(trial, spaced, width, next) <= cols) {
			free(line);
			line = trial;
			continue;
		}
		free(trial);
		if (line)
			strv_push_owned(lines, line);
		line = NULL;
		/* a word too wide on its own: cut between characters */
		size_t wl = strlen(w);
		for (size_t off = 0; off < wl;) {
			size_t end = next(w, wl, off);
			char *piece = xasprintf("%s%.*s", line ? line : "", (int)(end - off), w + off);
			if (line && rproj_measure(piece, spaced, width, next) > cols) {
				free(piece);
				strv_push_owned(lines, line);
				line = NULL;
				continue;
			}
			free(line);
			line = piece;
			off = end;
		}
	}
	if (line)
		strv_push_owned(lines, line);
	free(copy);
}

/* True when every word of text, letter-spaced, fits in cols (so spacing cuts none). */
static bool rproj_words_fit(const char *text, size_t cols, rproj_width_fn width,
			    rproj_next_fn next)
{
	char *copy = xstrdup(text);
	bool fit = true;
	for (char *save = NULL, *w = strtok_r(copy, " \t\n", &save); w && fit;
	     w = strtok_r(NULL, " \t\n", &save))
		fit = rproj_measure(w, true, width, next) <= cols;
	free(copy);
	return fit;
}

/* Letter-spacing is used only when no word has to be cut for it. */
size_t rproj_layout(const char *text, size_t cols, rproj_width_fn width, rproj_next_fn next,
		    struct strv *out)
{
	if (cols == 0)
		return 0;
	struct strv lines = {0};
	bool spaced = rproj_words_fit(text, cols, width, next);
	rproj_wrap(text, cols, spaced, width, next, &lines);
	for (size_t i = 0; i < lines.n; i++)
		strv_push_owned(out, spaced ? rproj_spaced(lines.v[i], next) : xstrdup(lines.v[i]));
	size_t n = lines.n;
	strv_free(&lines);
	return n;
}

/* --- the screen ------------------------------------------------------------ */

#define RPROJ_MAX_SCALE 10 /* the largest dot, in columns (and half-rows) */

/* A title laid out one way: its lines (big rows or plain ones), and those shown plain beneath. */
struct rproj_block {
	struct strv lines;
	size_t plain_from; /* lines from here are plain (all of them: a plain title) */
	size_t rows;	   /* rows it takes, the gaps between big lines included */
	size_t k;	   /* its scale: 0 for a plain title */
};

static void rproj_block_free(struct rproj_block *b)
{
	strv_free(&b->lines);
	memset(b, 0, sizeof *b);
}

/* The words of text, wrapped greedily so that each line drawn big at scale k
 * fits cols; false when a word alone does not. */
static bool rproj_big_lines(const char *text, size_t cols, size_t k, struct strv *out)
{
	char *copy = xstrdup(text), *line = NULL;
	bool ok = true;
	for (char *save = NULL, *w = strtok_r(copy, " \t\n", &save); w && ok;
	     w = strtok_r(NULL, " \t\n", &save)) {
		char *trial = line ? xasprintf("%s %s", line, w) : xstrdup(w);
		if (bigfont_width(trial, k) <= cols) {
			free(line);
			line = trial;
			continue;
		}
		free(trial);
		ok = bigfont_width(w, k) <= cols;
		if (line)
			strv_push_owned(out, line);
		line = ok ? xstrdup(w) : NULL;
	}
	if (line)
		strv_push_owned(out, line);
	free(copy);
	return ok && out->n > 0;
}

/* text plain: letter-spaced when that fits (the caller centres it). */
static void rproj_plain(const char *text, size_t cols, struct rproj_block *b)
{
	memset(b, 0, sizeof *b);
	rproj_layout(text, cols, utf8_width, utf8_next, &b->lines);
	b->rows = b->lines.n;
}

/* text in big letters at scale k in cols, or plain (k 0, or when it cannot be big). */
static void rproj_title(const char *text, size_t cols, size_t k, struct rproj_block *b)
{
	bool stripped;
	struct strv words = {0};
	if (!k || !bigfont_covers(text, &stripped) || !rproj_big_lines(text, cols, k, &words)) {
		strv_free(&words);
		rproj_plain(text, cols, b);
		return;
	}
	memset(b, 0, sizeof *b);
	for (size_t i = 0; i < words.n; i++) {
		if (i)
			strv_push(&b->lines, ""); /* a row between big lines */
		bigfont_render(words.v[i], k, &b->lines);
	}
	strv_free(&words);
	b->plain_from = b->lines.n;
	if (stripped) /* the accents are lost big: the plain title says them */
		rproj_layout(text, cols, utf8_width, utf8_next, &b->lines);
	b->rows = b->lines.n;
	b->k = k;
}

/* How good a choice of scales is: both titles big first, then the smaller
 * of the two larger, then the card's (what the room reads), then the phase's. */
static size_t rproj_score(size_t kp, size_t kc, bool card)
{
	size_t small = !card ? kp : kp < kc ? kp : kc;
	return ((kp && (kc || !card)) ? 1000000 : 0) + small * 10000 + kc * 100 + kp;
}

/* The rows text takes at each scale (rows[k]; SIZE_MAX where it cannot be drawn at k). */
static void rproj_heights(const char *text, size_t cols, size_t *rows)
{
	for (size_t k = 0; k <= RPROJ_MAX_SCALE; k++) {
		struct rproj_block b;
		rproj_title(text, cols, k, &b);
		rows[k] = b.k == k ? b.rows : SIZE_MAX;
		rproj_block_free(&b);
	}
}

/* The titles at the scales that score best within budget rows (both plain when nothing big fits). */
static void rproj_titles(const struct rproj_in *in, size_t cols, size_t budget,
			 struct rproj_block *ph, struct rproj_block *cd)
{
	size_t hp[RPROJ_MAX_SCALE + 1], hc[RPROJ_MAX_SCALE + 1] = {0};
	size_t best_p = 0, best_c = 0, best = 0;
	rproj_heights(in->phase, cols, hp);
	if (in->card)
		rproj_heights(in->card, cols, hc);
	for (size_t kp = 0; kp <= RPROJ_MAX_SCALE; kp++)
		for (size_t kc = 0; kc <= (in->card ? RPROJ_MAX_SCALE : 0); kc++) {
			if (hp[kp] == SIZE_MAX || hc[kc] == SIZE_MAX || hp[kp] + hc[kc] > budget)
				continue;
			size_t score = rproj_score(kp, kc, in->card != NULL);
			if (score > best)
				best = score, best_p = kp, best_c = kc;
		}
	rproj_title(in->phase, cols, best_p, ph);
	if (in->card)
		rproj_title(in->card, cols, best_c, cd);
}

/* The card's text and prompts, wrapped to w columns. */
static void rproj_body_lines(const struct rproj_in *in, size_t w, struct tlines *t)
{
	if (in->body)
		tlines_add(t, in->body, w, TL_NORMAL, NULL);
	for (size_t i = 0; in->prompts && i < in->prompts->n; i++) {
		tlines_gap(t);
		tlines_add(t, in->prompts->v[i], w, TL_NORMAL, "• ");
	}
}

static void rproj_put(struct rproj_screen *s, size_t y, size_t x, const char *text,
		      enum rproj_style st)
{
	xgrow((void **)&s->v, &s->cap, s->n + 1, sizeof *s->v);
	s->v[s->n++] = (struct rproj_line){y, x, xstrdup(text), st};
}

/* Puts block b's lines centred in cols from row y; returns the row after it. */
static size_t rproj_put_block(struct rproj_screen *s, const struct rproj_block *b, size_t y,
			      size_t cols, enum rproj_style st)
{
	for (size_t i = 0; i < b->lines.n; i++, y++) {
		size_t w = utf8_width(b->lines.v[i]);
		rproj_put(s, y, w < cols ? (cols - w) / 2 : 0, b->lines.v[i],
			  i < b->plain_from ? st : RPROJ_DIM);
	}
	return y;
}

/* The body's layout: columns (1 or 2), each w wide, and the rows it wants. */
struct rproj_body {
	struct tlines t;
	size_t ncol, w, rows;
};

static void rproj_body(const struct rproj_in *in, size_t cols, struct rproj_body *b)
{
	memset(b, 0, sizeof *b);
	/* a wide screen takes the text in two columns: wider, and fewer rows of it */
	b->ncol = cols >= 2 * RPROJ_MEASURE + 12 ? 2 : 1;
	size_t room = cols > 4 + 4 * (b->ncol - 1) ? (cols - 4 - 4 * (b->ncol - 1)) / b->ncol : 1;
	b->w = room < RPROJ_MEASURE ? room : RPROJ_MEASURE;
	rproj_body_lines(in, b->w, &b->t);
	if (b->t.n < 8)
		b->ncol = 1; /* a short text reads better in one column */
	b->rows = (b->t.n + b->ncol - 1) / b->ncol;
}

/* Puts the body in rows [y, end), column by column; a cut ends in " …". */
static void rproj_put_body(struct rproj_screen *s, const struct rproj_body *b, size_t y,
			   size_t end, size_t cols)
{
	size_t rows = end > y ? end - y : 0, per = b->rows < rows ? b->rows : rows;
	size_t span = b->ncol * b->w + 4 * (b->ncol - 1);
	size_t x0 = span < cols ? (cols - span) / 2 : 0;
	for (size_t c = 0, i = 0; c < b->ncol && per; c++) {
		if (c && i < b->t.n && !b->t.v[i].text[0])
			i++; /* a column does not start with a blank line */
		for (size_t r = 0; r < per && i < b->t.n; r++, i++) {
			bool cut = c + 1 == b->ncol && r + 1 == per && i + 1 < b->t.n;
			char *line = xasprintf("%s%s", b->t.v[i].text, cut ? " …" : "");
			rproj_put(s, y + r, x0 + c * (b->w + 4), line, RPROJ_BODY);
			free(line);
		}
	}
}

static int rproj_cmp(const void *a, const void *b)
{
	const struct rproj_line *x = a, *y = b;
	return x->y != y->y ? (x->y < y->y ? -1 : 1) : x->x < y->x ? -1 : x->x > y->x;
}

void rproj_screen(const struct rproj_in *in, size_t cols, size_t rows, struct rproj_screen *out)
{
	memset(out, 0, sizeof *out);
	if (cols < 4 || rows < 2)
		return;
	size_t inner = cols - 2, last = rows - 1; /* the last row is the timer's */
	struct rproj_body body;
	rproj_body(in, cols, &body);
	size_t want = body.rows < rows / 4 ? body.rows : rows / 4 > 3 ? rows / 4 : 3;
	if (want > body.rows)
		want = body.rows;
	size_t fixed = in->card ? 1 + (in->about ? 1 : 0) + (body.rows ? 1 : 0) : 0;
	size_t budget = last > fixed + want ? last - fixed - want : 0;
	struct rproj_block ph = {0}, cd = {0};
	rproj_titles(in, inner, budget, &ph, &cd);
	size_t used = ph.rows + fixed + (in->card ? cd.rows : 0) + body.rows;
	size_t y = used < last ? (last - used) / 3 : 0; /* a little above the middle */
	y = rproj_put_block(out, &ph, y, cols, RPROJ_PHASE);
	if (in->card) {
		y++;
		if (in->about) {
			size_t w = utf8_width(in->about);
			rproj_put(out, y++, w < cols ? (cols - w) / 2 : 0, in->about, RPROJ_DIM);
		}
		y = rproj_put_block(out, &cd, y, cols, RPROJ_CARD);
		y++;
	}
	rproj_put_body(out, &body, y, last, cols);
	out->phase_rows = ph.k ? bigfont_height(ph.k) : 1;
	out->card_rows = cd.k ? bigfont_height(cd.k) : 1;
	rproj_block_free(&ph);
	rproj_block_free(&cd);
	tlines_free(&body.t);
	/* what does not fit above the timer's row is left out */
	size_t keep = 0;
	for (size_t i = 0; i < out->n; i++) {
		if (out->v[i].y < last)
			out->v[keep++] = out->v[i];
		else
			free(out->v[i].text);
	}
	out->n = keep;
	if (keep)
		qsort(out->v, keep, sizeof *out->v, rproj_cmp); /* the body's columns share rows */
}

void rproj_screen_free(struct rproj_screen *s)
{
	for (size_t i = 0; i < s->n; i++)
		free(s->v[i].text);
	free(s->v);
	memset(s, 0, sizeof *s);
}
