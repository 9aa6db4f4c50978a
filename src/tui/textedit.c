#include "textedit.h"

#include <stdlib.h>
#include <string.h>

#include "cell.h"
#include "core/base/utf8.h"
#include "core/base/xalloc.h"

static size_t te_count_chars(const char *s, size_t n)
{
	size_t c = 0;
	for (size_t i = 0; i < n; i++)
		c += ((unsigned char)s[i] & 0xc0) != 0x80;
	return c;
}

static void te_layout(struct textedit *te);

/* Clusters, the units of editing, are utf8.h's "characters". */
static size_t te_next(const char *s, size_t len, size_t off)
{
	return utf8_next(s, len, off);
}

static size_t te_prev(const char *s, size_t len, size_t off)
{
	(void)len;
	return utf8_prev(s, off);
}

void textedit_init(struct textedit *te, const char *text, size_t max_chars)
{
	memset(te, 0, sizeof *te);
	te->max_chars = max_chars;
	te->width = 2;
	te->goal = TE_NO_GOAL;
	te->cap = 64;
	te->buf = xmalloc(te->cap);
	te->buf[0] = '\0';
	textedit_set_text(te, text ? text : "");
	te->orig = xstrdup(te->buf);
}

void textedit_free(struct textedit *te)
{
	free(te->buf);
	free(te->orig);
	free(te->lines);
	memset(te, 0, sizeof *te);
}

void textedit_set_width(struct textedit *te, size_t cols)
{
	te->width = cols < 2 ? 2 : cols;
	te_layout(te);
}

/* --- layout ------------------------------------------------------------ */

static bool te_breaks(const struct textedit *te, size_t pos)
{
	return te->buf[pos] == '\n' && !te->one_line;
}

/*
 * Lays out the visual line starting at pos into *l; returns where the next
 * line starts, or (size_t)-1 after the last line of the text.  It reads
 * the text from pos to l->seen and nothing else (finding a cluster's end
 * reads the code point after it), so a line only changes when an edit
 * touches that stretch.
 */
static size_t te_layout_line(struct textedit *te, size_t pos, struct te_line *l)
{
	size_t start = pos, col = 0, brk = 0, w = te->width - 1;
	te->laid_out++;
	while (pos < te->len && !te_breaks(te, pos)) {
		size_t next = te_next(te->buf, te->len, pos);
		size_t cw = cell_span_width(te->buf, pos, next);
		bool space = te->buf[pos] == ' ';
		if (col + cw > w) {
			size_t end = pos;
			if (space && col + cw <= w + 1)
				end = next; /* a breaking space may take the cursor's column */
			else if (brk > start)
				end = brk;
			else if (pos == start)
				end = next; /* one cluster wider than the line */
			*l = (struct te_line){start, end, false, next};
			return end;
		}
		col += cw;
		pos = next;
		if (space)
			brk = pos;
	}
	*l = (struct te_line){start, pos, true, pos};
	return pos < te->len ? pos + 1 : (size_t)-1;
}

static void te_push_line(struct textedit *te, const struct te_line *l)
{
	xgrow((void **)&te->lines, &te->lines_cap, te->n_lines + 1, sizeof *te->lines);
	te->lines[te->n_lines++] = *l;
}

static void te_layout(struct textedit *te)
{
	te->n_lines = 0;
	size_t pos = 0;
	while (pos != (size_t)-1) {
		struct te_line l;
		pos = te_layout_line(te, pos, &l);
		te_push_line(te, &l);
	}
}

/* The last visual line starting at or before off (lines start in order). */
static size_t te_line_before(const struct textedit *te, size_t off)
{
	size_t lo = 0, hi = te->n_lines;
	while (hi - lo > 1) {
		size_t mid = lo + (hi - lo) / 2;
		if (te->lines[mid].start <= off)
			lo = mid;
		else
			hi = mid;
	}
	return lo;
}

/*
 * Puts the lines laid out anew (fresh[0..nf)) in place of old lines
 * [first, keep), and moves the lines from keep on by the edit's growth.
 */
static void te_splice(struct textedit *te, size_t first, size_t keep, const struct te_line *fresh,
		      size_t nf, size_t old_end, size_t new_end)
{
	size_t tail = te->n_lines - keep;
	xgrow((void **)&te->lines, &te->lines_cap, first + nf + tail, sizeof *te->lines);
	memmove(te->lines + first + nf, te->lines + keep, tail * sizeof *te->lines);
	memcpy(te->lines + first, fresh, nf * sizeof *te->lines);
	te->n_lines = first + nf + tail;
	for (size_t i = first + nf; i < te->n_lines; i++) {
		struct te_line *l = &te->lines[i];
		l->start = l->start - old_end + new_end;
		l->end = l->end - old_end + new_end;
		l->seen = l->seen - old_end + new_end;
	}
}

/*
 * The bytes [at, old_end) were replaced by [at, new_end): lays out again
 * from the first line that read anything from at on, until a new line
 * starts past the edit where an old one did (from there the text, and so
 * the layout, is the old one moved).
 */
static void te_relayout(struct textedit *te, size_t at, size_t old_end, size_t new_end)
{
	size_t first = te_line_before(te, at);
	while (first > 0 && te->lines[first - 1].seen >= at)
		first--;
	struct te_line *fresh = NULL, l;
	size_t nf = 0, cap = 0, keep = first, pos = te->lines[first].start;
	for (;;) {
		pos = te_layout_line(te, pos, &l);
		xgrow((void **)&fresh, &cap, nf + 1, sizeof *fresh);
		fresh[nf++] = l;
		if (pos == (size_t)-1) {
			keep = te->n_lines;
			break;
		}
		if (pos < new_end)
			continue;
		size_t old = pos - new_end + old_end;
		while (keep < te->n_lines && te->lines[keep].start < old)
			keep++;
		if (keep < te->n_lines && te->lines[keep].start == old)
			break;
	}
	te_splice(te, first, keep, fresh, nf, old_end, new_end);
	free(fresh);
}

/* The visual line the cursor offset off is on. */
static size_t te_row_of(const struct textedit *te, size_t off)
{
	/* a soft line's end is the next line's start, where the cursor goes */
	return te_line_before(te, off);
}

static size_t te_col_of(const struct textedit *te, size_t row, size_t off)
{
	return cell_span_width(te->buf, te->lines[row].start, off);
}

/* The last offset a cursor may take on line row. */
static size_t te_row_last(const struct textedit *te, size_t row)
{
	const struct te_line *l = &te->lines[row];
	if (l->hard || l->end == l->start)
		return l->end;
	return te_prev(te->buf, te->len, l->end);
}

/* The offset on row closest to column col without passing it. */
static size_t te_at_col(const struct textedit *te, size_t row, size_t col)
{
	size_t p = te->lines[row].start, last = te_row_last(te, row), c = 0;
	while (p < last) {
		size_t next = te_next(te->buf, te->len, p);
		size_t cw = cell_span_width(te->buf, p, next);
		if (c + cw > col)
			break;
		c += cw;
		p = next;
	}
	return p;
}

/* --- editing ----------------------------------------------------------- */

/*
 * An edit can glue a stray mark to a new neighbour ("\n" + mark, then the
 * \n deleted): the cursor then moves past the cluster it landed inside.
 */
static void te_snap(struct textedit *te)
{
	size_t q = te_next(te->buf, te->len, te_prev(te->buf, te->len, te->cur));
	if (te->cur > 0 && q > te->cur)
		te->cur = q;
}

static void te_delete(struct textedit *te, size_t from, size_t to)
{
	te->nchars -= te_count_chars(te->buf + from, to - from);
	memmove(te->buf + from, te->buf + to, te->len - to + 1);
	te->len -= to - from;
	te->cur = from;
	te_snap(te);
	te_relayout(te, from, to, from);
}

static void te_put(struct textedit *te, const char *s, size_t n)
{
	xgrow((void **)&te->buf, &te->cap, te->len + n + 1, 1);
	memmove(te->buf + te->cur + n, te->buf + te->cur, te->len - te->cur + 1);
	memcpy(te->buf + te->cur, s, n);
	te->len += n;
	te->cur += n;
	te->nchars += te_count_chars(s, n);
}

/* s[0..n) made valid: invalid bytes become U+FFFD, NUL bytes are dropped. */
static char *te_clean(const char *s, size_t n, size_t *out_n)
{
	char *r = xmalloc(n * 3 + 1);
	size_t o = 0;
	for (size_t i = 0; i < n;) {
		uint32_t cp;
		size_t k = utf8_decode(s + i, n - i, &cp);
		if (k == 0) {
			memcpy(r + o, "\xef\xbf\xbd", 3), o += 3, i++;
			continue;
		}
		if (cp != 0)
			memcpy(r + o, s + i, k), o += k;
		i += k;
	}
	*out_n = o;
	return r;
}

/* The bytes of the whole clusters at the start of s[0..n) that hold at most room code points. */
static size_t te_fitting(const char *s, size_t n, size_t room)
{
	size_t take = 0, chars = 0;
	while (take < n) {
		size_t next = te_next(s, n, take);
		chars += te_count_chars(s + take, next - take);
		if (chars > room)
			break;
		take = next;
	}
	return take;
}

/* Inserts s[0..n) at the cursor without laying out; *took: the bytes that went in. */
static enum te_result te_insert(struct textedit *te, const char *s, size_t n, size_t *took)
{
	size_t cn;
	char *c = te_clean(s, n, &cn);
	size_t take = cn;
	enum te_result r = cn ? TE_EDITED : TE_NOTHING;
	if (te->max_chars && te->nchars + te_count_chars(c, cn) > te->max_chars) {
		take = te_fitting(c, cn, te->max_chars > te->nchars ? te->max_chars - te->nchars : 0);
		r = TE_FULL;
	}
	te_put(te, c, take);
	te_snap(te);
	free(c);
	te->goal = TE_NO_GOAL;
	*took = take;
	return r;
}

enum te_result textedit_insert(struct textedit *te, const char *s, size_t n)
{
	size_t at = te->cur, took;
	enum te_result r = te_insert(te, s, n, &took);
	if (took)
		te_relayout(te, at, at, at + took);
	return r;
}

enum te_result textedit_insert_cp(struct textedit *te, uint32_t cp)
{
	char buf[4];
	if (cp == '\r')
		cp = '\n';
	size_t n = utf8_encode(cp, buf);
	if (n == 0)
		n = utf8_encode(0xfffd, buf);
	return textedit_insert(te, buf, n);
}

enum te_result textedit_set_text(struct textedit *te, const char *text)
{
	size_t took;
	te->len = te->cur = te->nchars = 0;
	te->buf[0] = '\0';
	enum te_result r = te_insert(te, text, strlen(text), &took);
	te_layout(te);
	return r;
}

static bool te_blank(char c)
{
	return c == ' ' || c == '\t';
}

static enum te_result te_word_delete(struct textedit *te)
{
	size_t p = te->cur;
	if (p == 0)
		return TE_NOTHING;
	if (te->buf[p - 1] == '\n') {
		te_delete(te, p - 1, p);
		return TE_EDITED;
	}
	while (p > 0 && te_blank(te->buf[p - 1]))
		p--;
	while (p > 0 && !te_blank(te->buf[p - 1]) && te->buf[p - 1] != '\n')
		p = te_prev(te->buf, te->len, p);
	te_delete(te, p, te->cur);
	return TE_EDITED;
}

static enum te_result te_edit(struct textedit *te, enum te_op op)
{
	switch (op) {
	case TE_BACKSPACE:
		if (te->cur == 0)
			return TE_NOTHING;
		te_delete(te, te_prev(te->buf, te->len, te->cur), te->cur);
		return TE_EDITED;
	case TE_DELETE:
		if (te->cur >= te->len)
			return TE_NOTHING;
		te_delete(te, te->cur, te_next(te->buf, te->len, te->cur));
		return TE_EDITED;
	case TE_WORD_DELETE:
		return te_word_delete(te);
	default:
		return textedit_insert(te, "\n", 1);
	}
}

/* --- moving ------------------------------------------------------------ */

static enum te_result te_goto(struct textedit *te, size_t off)
{
	if (off == te->cur)
		return TE_NOTHING;
	te->cur = off;
	return TE_MOVED;
}

static enum te_result te_vertical(struct textedit *te, int dir, size_t rows)
{
	size_t row = te_row_of(te, te->cur);
	if (te->goal == TE_NO_GOAL)
		te->goal = te_col_of(te, row, te->cur);
	size_t goal = te->goal;
	if (dir < 0 && row == 0)
		return te_goto(te, 0);
	if (dir > 0 && row + 1 >= te->n_lines)
		return te_goto(te, te->len);
	size_t target = dir < 0 ? (row > rows ? row - rows : 0)
				: (row + rows < te->n_lines ? row + rows : te->n_lines - 1);
	enum te_result r = te_goto(te, te_at_col(te, target, goal));
	te->goal = goal;
	return r;
}

static enum te_result te_move(struct textedit *te, enum te_op op)
{
	size_t row = te_row_of(te, te->cur), p = te->cur;
	switch (op) {
	case TE_LEFT:
		return te_goto(te, te_prev(te->buf, te->len, p));
	case TE_RIGHT:
		return te_goto(te, te_next(te->buf, te->len, p));
	case TE_HOME:
		return te_goto(te, te->lines[row].start);
	case TE_END:
		return te_goto(te, te_row_last(te, row));
	case TE_LINE_START:
		while (p > 0 && !te_breaks(te, p - 1))
			p--;
		return te_goto(te, p);
	case TE_LINE_END:
		while (p < te->len && !te_breaks(te, p))
			p++;
		return te_goto(te, p);
	case TE_TOP:
		return te_goto(te, 0);
	default:
		return te_goto(te, te->len);
	}
}

enum te_result textedit_do(struct textedit *te, enum te_op op)
{
	if (op == TE_UP || op == TE_DOWN)
		return te_vertical(te, op == TE_UP ? -1 : 1, 1);
	te->goal = TE_NO_GOAL;
	if (op == TE_BACKSPACE || op == TE_DELETE || op == TE_WORD_DELETE || op == TE_NEWLINE)
		return te_edit(te, op);
	return te_move(te, op);
}

enum te_result textedit_page(struct textedit *te, int dir, size_t rows)
{
	return te_vertical(te, dir, rows ? rows : 1);
}

/* --- reading ----------------------------------------------------------- */

const char *textedit_text(const struct textedit *te)
{
	return te->buf;
}

bool textedit_changed(const struct textedit *te)
{
	return strcmp(te->buf, te->orig) != 0;
}

const struct te_line *textedit_lines(const struct textedit *te, size_t *n)
{
	*n = te->n_lines;
	return te->lines;
}

void textedit_cursor(const struct textedit *te, size_t *row, size_t *col)
{
	*row = te_row_of(te, te->cur);
	*col = te_col_of(te, *row, te->cur);
}
