#include "core/base/utf8_fold.h"

#include <stdlib.h>
#include <string.h>
#include <wctype.h>

#include "core/base/utf8.h"
#include "core/base/xalloc.h"

struct utf8_fold_row {
	uint32_t cp, to[2];
};

#include "utf8_fold.inc"

/* The combining marks that write accents (diacritical marks and their
 * supplements and extensions, for symbols, half marks). */
static bool fold_is_accent(uint32_t cp)
{
	return (cp >= 0x0300 && cp <= 0x036F) || (cp >= 0x1AB0 && cp <= 0x1AFF) ||
	       (cp >= 0x1DC0 && cp <= 0x1DFF) || (cp >= 0x20D0 && cp <= 0x20FF) ||
	       (cp >= 0xFE20 && cp <= 0xFE2F);
}

static int fold_row_cmp(const void *key, const void *row)
{
	uint32_t cp = *(const uint32_t *)key, r = ((const struct utf8_fold_row *)row)->cp;
	return cp < r ? -1 : cp > r;
}

size_t utf8_fold_cp(uint32_t cp, uint32_t out[2])
{
	out[0] = out[1] = 0;
	if (fold_is_accent(cp))
		return 0;
	const struct utf8_fold_row *row =
		bsearch(&cp, utf8_fold_rows, sizeof utf8_fold_rows / sizeof utf8_fold_rows[0],
			sizeof utf8_fold_rows[0], fold_row_cmp);
	if (row) {
		out[0] = row->to[0];
		out[1] = row->to[1];
		return out[1] ? 2 : 1;
	}
	if (cp == 0x2018 || cp == 0x2019 || cp == 0x02BC)
		out[0] = '\'';
	else if (cp == 0x2010 || cp == 0x2011)
		out[0] = '-';
	else
		out[0] = cp < 0x80 ? cp : (uint32_t)towlower(towupper((wint_t)cp));
	return 1;
}

struct fold_buf {
	struct utf8_folded *f;
	size_t cap;
};

static void fold_push(struct fold_buf *b, const char *bytes, size_t n, size_t from)
{
	struct utf8_folded *f = b->f;
	if (f->len + n + 1 > b->cap) {
		b->cap = 2 * (f->len + n + 1);
		f->s = xrealloc(f->s, b->cap);
		f->from = xrealloc(f->from, b->cap * sizeof *f->from);
	}
	memcpy(f->s + f->len, bytes, n);
	for (size_t k = 0; k < n; k++)
		f->from[f->len + k] = from;
	f->len += n;
}

void utf8_fold(const char *text, struct utf8_folded *out)
{
	const char *t = text ? text : "";
	size_t tlen = strlen(t);
	*out = (struct utf8_folded){0};
	struct fold_buf b = {out, 0};
	fold_push(&b, "", 0, 0);
	for (size_t i = 0; i < tlen;) {
		uint32_t cp, to[2];
		size_t n = utf8_decode(t + i, tlen - i, &cp);
		if (n == 0) {
			fold_push(&b, t + i, 1, i);
			i++;
			continue;
		}
		size_t k = utf8_fold_cp(cp, to);
		for (size_t j = 0; j < k; j++) {
			char enc[4];
			size_t m = utf8_encode(to[j], enc);
			fold_push(&b, m ? enc : t + i, m ? m : n, i);
		}
		i += n;
	}
	out->s[out->len] = '\0';
	out->from[out->len] = tlen;
}

void utf8_folded_free(struct utf8_folded *f)
{
	free(f->s);
	free(f->from);
	*f = (struct utf8_folded){0};
}

bool utf8_folded_whole(const struct utf8_folded *f, size_t a, size_t b)
{
	return a <= b && b <= f->len && (a == 0 || f->from[a - 1] != f->from[a]) &&
	       (b == 0 || b == f->len || f->from[b] != f->from[b - 1]);
}

char *utf8_fold_str(const char *text)
{
	struct utf8_folded f;
	utf8_fold(text, &f);
	free(f.from);
	return f.s;
}
