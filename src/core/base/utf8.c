#include "core/base/utf8.h"

#include <string.h>
#include <wchar.h>

#include "core/base/xalloc.h"

struct utf8_range {
	uint32_t lo, hi;
};

#include "utf8_marks.inc"

#define UTF8_ZWJ 0x200D
#define UTF8_REPLACEMENT 0xFFFD
#define UTF8_N(t) (sizeof(t) / sizeof((t)[0]))

/* Lead byte -> sequence length, payload bits and the allowed range of the
 * second byte, which is where overlong forms, surrogates and > U+10FFFF are
 * told apart (Unicode 14, table 3-7). */
static size_t utf8_lead(unsigned char c, uint32_t *v, unsigned char *lo, unsigned char *hi)
{
	*lo = 0x80;
	*hi = 0xBF;
	if (c >= 0xC2 && c <= 0xDF) {
		*v = c & 0x1Fu;
		return 2;
	}
	if (c >= 0xE0 && c <= 0xEF) {
		*v = c & 0x0Fu;
		*lo = c == 0xE0 ? 0xA0 : 0x80;
		*hi = c == 0xED ? 0x9F : 0xBF;
		return 3;
	}
	if (c >= 0xF0 && c <= 0xF4) {
		*v = c & 0x07u;
		*lo = c == 0xF0 ? 0x90 : 0x80;
		*hi = c == 0xF4 ? 0x8F : 0xBF;
		return 4;
	}
	return 0;
}

size_t utf8_decode(const char *s, size_t len, uint32_t *cp)
{
	const unsigned char *p = (const unsigned char *)s;
	uint32_t v;
	unsigned char lo, hi;
	if (len == 0)
		return 0;
	if (p[0] < 0x80) {
		*cp = p[0];
		return 1;
	}
	size_t n = utf8_lead(p[0], &v, &lo, &hi);
	if (n == 0 || len < n || p[1] < lo || p[1] > hi)
		return 0;
	v = v << 6 | (p[1] & 0x3Fu);
	for (size_t i = 2; i < n; i++) {
		if ((p[i] & 0xC0) != 0x80)
			return 0;
		v = v << 6 | (p[i] & 0x3Fu);
	}
	*cp = v;
	return n;
}

size_t utf8_encode(uint32_t cp, char out[4])
{
	if (cp < 0x80) {
		out[0] = (char)cp;
		return 1;
	}
	if (cp < 0x800) {
		out[0] = (char)(0xC0 | cp >> 6);
		out[1] = (char)(0x80 | (cp & 0x3F));
		return 2;
	}
	if ((cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF)
		return 0;
	if (cp < 0x10000) {
		out[0] = (char)(0xE0 | cp >> 12);
		out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
		out[2] = (char)(0x80 | (cp & 0x3F));
		return 3;
	}
	out[0] = (char)(0xF0 | cp >> 18);
	out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
	out[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
	out[3] = (char)(0x80 | (cp & 0x3F));
	return 4;
}

bool utf8_valid(const char *s, size_t len)
{
	uint32_t cp;
	for (size_t i = 0; i < len;) {
		if ((unsigned char)s[i] < 0x80) {
			i++;
			continue;
		}
		size_t n = utf8_decode(s + i, len - i, &cp);
		if (n == 0)
			return false;
		i += n;
	}
	return true;
}

static bool utf8_in(const struct utf8_range *t, size_t n, uint32_t cp)
{
	size_t lo = 0, hi = n;
	if (cp < t[0].lo || cp > t[n - 1].hi)
		return false;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (cp > t[mid].hi)
			lo = mid + 1;
		else if (cp < t[mid].lo)
			hi = mid;
		else
			return true;
	}
	return false;
}

bool utf8_is_control(uint32_t cp)
{
	return cp < 0x20 || (cp >= 0x7F && cp < 0xA0);
}

bool utf8_has_control(const char *s)
{
	size_t len = s ? strlen(s) : 0;
	for (size_t i = 0; i < len;) {
		uint32_t cp;
		size_t n = utf8_decode(s + i, len - i, &cp);
		if (n && utf8_is_control(cp))
			return true;
		i += n ? n : 1;
	}
	return false;
}

static bool utf8_is_zero_mark(uint32_t cp)
{
	return utf8_in(utf8_zero_marks, UTF8_N(utf8_zero_marks), cp);
}

/* True when cp belongs to the character before it (marks, joiners,
 * variation selectors, skin tones). */
static bool utf8_attaches(uint32_t cp)
{
	return cp >= 0x300 && (utf8_is_zero_mark(cp) ||
			       utf8_in(utf8_spacing_marks, UTF8_N(utf8_spacing_marks), cp));
}

static bool utf8_is_regional(uint32_t cp)
{
	return cp >= 0x1F1E6 && cp <= 0x1F1FF;
}

int utf8_cp_width(uint32_t cp)
{
	if (cp >= 0x20 && cp < 0x7F)
		return 1;
	if (utf8_is_control(cp))
		return 1; /* drawn as its one-column stand-in (utf8_visible) */
	int w = wcwidth((wchar_t)cp);
	if (w >= 0)
		return w;
	return utf8_is_zero_mark(cp) ? 0 : 1;
}

size_t utf8_width(const char *s)
{
	size_t w = 0, len = s ? strlen(s) : 0;
	uint32_t cp;
	for (size_t i = 0; i < len;) {
		if ((unsigned char)s[i] < 0x80) {
			w++;
			i++;
			continue;
		}
		size_t n = utf8_decode(s + i, len - i, &cp);
		w += n ? (size_t)utf8_cp_width(cp) : 1;
		i += n ? n : 1;
	}
	return w;
}

/* After a joiner, the next character joins too, unless it is a control or a
 * space (which would then never be a place to break). */
static size_t utf8_after_zwj(const char *s, size_t len, size_t pos, size_t *w)
{
	uint32_t cp;
	size_t n = utf8_decode(s + pos, len - pos, &cp);
	if (n == 0 || utf8_is_control(cp) || cp == ' ')
		return pos;
	*w += (size_t)utf8_cp_width(cp);
	return pos + n;
}

/*
 * The cluster starting at off (< len): returns its end and stores its width.
 * A cluster is one character with the marks, joiner sequences, variation
 * selectors and skin tones after it, a pair of regional indicators (a flag),
 * or one invalid byte.  Controls stand alone.
 */
static size_t utf8_cluster(const char *s, size_t len, size_t off, size_t *width)
{
	const unsigned char *p = (const unsigned char *)s;
	uint32_t cp;
	if (p[off] < 0x80 && (off + 1 >= len || p[off + 1] < 0x80)) {
		*width = 1; /* ASCII before ASCII: nothing can attach */
		return off + 1;
	}
	size_t n = utf8_decode(s + off, len - off, &cp), pos = off + n;
	*width = 1;
	if (n == 0)
		return off + 1;
	*width = (size_t)utf8_cp_width(cp);
	if (utf8_is_control(cp))
		return pos;
	bool regional = utf8_is_regional(cp);
	while (pos < len && (n = utf8_decode(s + pos, len - pos, &cp)) != 0) {
		if (regional && utf8_is_regional(cp))
			regional = false; /* the second half of a flag */
		else if (!utf8_attaches(cp))
			break;
		*width += (size_t)utf8_cp_width(cp);
		pos += n;
		if (cp == UTF8_ZWJ && pos < len)
			pos = utf8_after_zwj(s, len, pos, width);
	}
	return pos;
}

size_t utf8_next(const char *s, size_t len, size_t off)
{
	size_t w;
	if (off >= len)
		return len;
	return utf8_cluster(s, len, off, &w);
}

size_t utf8_prefix_fitting(const char *s, size_t cols)
{
	size_t len = s ? strlen(s) : 0, pos = 0, w = 0, cw;
	while (pos < len) {
		size_t next = utf8_cluster(s, len, pos, &cw);
		if (w + cw > cols)
			break;
		w += cw;
		pos = next;
	}
	return pos;
}

/* Start of the code point (or lone invalid byte) that ends at off > 0. */
static size_t utf8_back_one(const char *s, size_t off)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t q = off - 1, lim = off >= 4 ? off - 4 : 0;
	uint32_t cp;
	while (q > lim && (p[q] & 0xC0) == 0x80)
		q--;
	if (utf8_decode(s + q, off - q, &cp) == off - q)
		return q;
	return off - 1;
}

/* True when a cluster certainly starts at pos (< end): nothing before pos
 * can pull the character there into its cluster. */
static bool utf8_sure_start(const char *s, size_t end, size_t pos)
{
	uint32_t cp, prev;
	size_t n = utf8_decode(s + pos, end - pos, &cp);
	if (n == 0 || utf8_is_control(cp) || cp == ' ')
		return true;
	if (utf8_attaches(cp) || utf8_is_regional(cp))
		return false;
	size_t q = utf8_back_one(s, pos);
	return utf8_decode(s + q, pos - q, &prev) == 0 || prev != UTF8_ZWJ;
}

size_t utf8_prev(const char *s, size_t off)
{
	size_t p = off, w;
	if (off == 0)
		return 0;
	/* Back to a sure start, then forward cluster by cluster: flags and
	 * joiner sequences can only be read from the front. */
	do
		p = utf8_back_one(s, p);
	while (p > 0 && !utf8_sure_start(s, off, p));
	for (;;) {
		size_t next = utf8_cluster(s, off, p, &w);
		if (next >= off)
			return p;
		p = next;
	}
}

/* The stand-in for a control character or an invalid byte (cp == 0 with
 * n == 0), or cp itself. */
static uint32_t utf8_stand_in(uint32_t cp, size_t n)
{
	if (n == 0)
		return UTF8_REPLACEMENT;
	if (cp == '\t')
		return ' ';
	if (cp < 0x20)
		return 0x2400 + cp;
	if (cp == 0x7F)
		return 0x2421;
	if (cp >= 0x80 && cp < 0xA0)
		return UTF8_REPLACEMENT;
	return cp;
}

char *utf8_visible(const char *s, bool keep_newline)
{
	size_t len = s ? strlen(s) : 0;
	char *out = xmalloc(3 * len + 1), *o = out; /* no byte grows beyond 3 */
	uint32_t cp = 0;
	for (size_t i = 0; i < len;) {
		unsigned char c = (unsigned char)s[i];
		if ((c >= 0x20 && c < 0x7F) || (c == '\n' && keep_newline)) {
			*o++ = (char)c;
			i++;
			continue;
		}
		size_t n = utf8_decode(s + i, len - i, &cp);
		o += utf8_encode(utf8_stand_in(cp, n), o);
		i += n ? n : 1;
	}
	*o = '\0';
	return out;
}

struct utf8_lines {
	size_t *starts, *lens;
	size_t n, cap_starts, cap_lens;
};

static void utf8_lines_push(struct utf8_lines *l, size_t start, size_t len)
{
	xgrow((void **)&l->starts, &l->cap_starts, l->n + 1, sizeof *l->starts);
	xgrow((void **)&l->lens, &l->cap_lens, l->n + 1, sizeof *l->lens);
	l->starts[l->n] = start;
	l->lens[l->n++] = len;
}

/* End of the run of breaking spaces (a space or tab that no mark follows)
 * starting at pos, or pos when there is none. */
static size_t utf8_blank_run(const char *s, size_t end, size_t pos)
{
	size_t w;
	while (pos < end && (s[pos] == ' ' || s[pos] == '\t') &&
	       utf8_cluster(s, end, pos, &w) == pos + 1)
		pos++;
	return pos;
}

/*
 * One line of s[*start..end) (no \n inside): returns where the next line
 * starts and stores this line's length.  Moves *start past leading spaces
 * only when keeping them would force a word to be cut.
 */
static size_t utf8_wrap_line(const char *s, size_t end, size_t cols, size_t *start, size_t *len)
{
	size_t pos = *start, w = 0, brk = SIZE_MAX, resume = 0, cw;
	while (pos < end) {
		size_t run = utf8_blank_run(s, end, pos);
		if (run > pos) {
			if (pos == *start && run - pos > cols) {
				pos = *start = run; /* an indent wider than the line */
				continue;
			}
			if (w + (run - pos) > cols) {
				*len = pos - *start;
				return run;
			}
			brk = pos;
			resume = run;
			w += run - pos;
			pos = run;
			continue;
		}
		size_t next = utf8_cluster(s, end, pos, &cw);
		if (w + cw > cols) {
			if (brk != SIZE_MAX && brk > *start) {
				*len = brk - *start;
				return resume;
			}
			if (brk == *start && resume > *start) {
				pos = *start = resume; /* drop the indent, not cut the word */
				w = 0;
				brk = SIZE_MAX;
				continue;
			}
			*len = (pos == *start ? next : pos) - *start; /* a lone cluster wider than cols */
			return *start + *len;
		}
		w += cw;
		pos = next;
	}
	*len = end - *start;
	return end;
}

size_t utf8_wrap(const char *s, size_t cols, size_t **starts, size_t **lens)
{
	struct utf8_lines l = {0};
	size_t len = s ? strlen(s) : 0, a = 0;
	for (;;) {
		const char *nl = len > a ? memchr(s + a, '\n', len - a) : NULL;
		size_t b = nl ? (size_t)(nl - s) : len, pos = a;
		do {
			size_t start = pos, n;
			pos = utf8_wrap_line(s, b, cols, &start, &n);
			utf8_lines_push(&l, start, n);
		} while (pos < b);
		if (!nl)
			break;
		a = b + 1;
	}
	*starts = l.starts;
	*lens = l.lens;
	return l.n;
}
