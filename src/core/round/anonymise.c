/* Names told of, as folded keys, and finding them in text (anonymise.h). */
#include "core/round/anonymise.h"

#include <stdlib.h>
#include <string.h>
#include <wctype.h>

#include "core/base/utf8.h"
#include "core/base/utf8_fold.h"
#include "core/base/xalloc.h"

#define ANON_N(t) (sizeof(t) / sizeof((t)[0]))

/* Particles of names, read as words of the text when written in lower case. */
static const char *const anon_particles[] = {
	"al", "av", "bin", "da", "dal", "das", "de", "dei", "del", "della", "den", "der", "des",
	"di", "do", "dos", "du", "el", "ibn", "la", "le", "lo", "op", "te", "ten", "ter", "van",
	"von", "y", "zu",
};

void anon_init(struct anon *a)
{
	*a = (struct anon){0};
}

void anon_free(struct anon *a)
{
	for (size_t i = 0; i < a->n; i++)
		free(a->keys[i].key);
	free(a->keys);
	strv_free(&a->labels);
	strv_free(&a->known);
	*a = (struct anon){0};
}

static int anon_key_cmp(const void *x, const void *y)
{
	const struct anon_key *p = x, *q = y;
	if (p->len != q->len)
		return p->len > q->len ? -1 : 1;
	return p->order < q->order ? -1 : p->order > q->order;
}

/* Adds key (taken) unless empty or already there for this label. */
static void anon_push(struct anon *a, char *key, const char *label, bool capitals)
{
	size_t len = strlen(key);
	for (size_t i = 0; len && i < a->n; i++)
		if (a->keys[i].len == len && !strcmp(a->keys[i].key, key) && a->keys[i].capitals == capitals)
			len = 0; /* the first told keeps it */
	if (len == 0) {
		free(key);
		return;
	}
	xgrow((void **)&a->keys, &a->cap, a->n + 1, sizeof *a->keys);
	a->keys[a->n] = (struct anon_key){key, len, label, capitals, a->n};
	a->n++;
}

static bool anon_is_sep(uint32_t cp)
{
	return cp == ' ' || cp == '\t' || cp == '\n' || cp == '-' || cp == '\'' || cp == '.' ||
	       cp == 0x2010 || cp == 0x2011 || cp == 0x2018 || cp == 0x2019 || cp == 0x02BC ||
	       cp == 0xA0;
}

/* Titles written before a name: they say nothing of who it is. */
static const char *const anon_titles[] = {
	"dame", "dr", "miss", "mr", "mrs", "ms", "mx", "prof", "sir",
};

static bool anon_listed(const char *const *list, size_t n, const char *f)
{
	for (size_t i = 0; i < n; i++)
		if (strcmp(f, list[i]) == 0)
			return true;
	return false;
}

/* Whether a part of a name is a particle written in lower case ("de") or a
 * title in any case ("Dr"), which are not replaced on their own. */
static bool anon_is_particle(const char *part, size_t len)
{
	char *raw = xstrndup(part, len);
	char *f = utf8_fold_str(raw);
	bool lower = strcmp(raw, f) == 0; /* written in lower case, no accent */
	bool found = (lower && anon_listed(anon_particles, ANON_N(anon_particles), f)) ||
		     anon_listed(anon_titles, ANON_N(anon_titles), f);
	free(f);
	free(raw);
	return found;
}

/* Initials in their three forms: "mj", "m.j.", "m.j". */
static void anon_push_initials(struct anon *a, const char *letters, const char *label)
{
	if (utf8_width(letters) < 2)
		return;
	size_t n = strlen(letters);
	char *dotted = xmalloc(2 * n + 1), *p = dotted;
	for (size_t i = 0; i < n;) {
		size_t k = utf8_next(letters, n, i) - i;
		memcpy(p, letters + i, k);
		p += k;
		*p++ = '.';
		i += k;
	}
	*p = '\0';
	anon_push(a, xstrdup(letters), label, true);
	anon_push(a, xstrdup(dotted), label, true);
	dotted[strlen(dotted) - 1] = '\0';
	anon_push(a, dotted, label, true);
}

/* What anon_add gathers while it walks a name's parts. */
struct anon_parts {
	char all[64], first_word[64], first_last[16];
	size_t n_all, n_first_word, words;
	char last[8];
};

static void anon_cat(char *buf, size_t cap, const char *s)
{
	size_t n = strlen(buf), k = strlen(s);
	if (n + k < cap)
		memcpy(buf + n, s, k + 1);
}

/* The part [p, p+len) of a name: replaced alone, and its initial noted. */
static void anon_part(struct anon *a, struct anon_parts *ps, const char *p, size_t len,
		      const char *label)
{
	if (anon_is_particle(p, len))
		return;
	char *part = xstrndup(p, len);
	char *key = utf8_fold_str(part);
	char ini[8] = "";
	size_t k = utf8_next(key, strlen(key), 0);
	memcpy(ini, key, k < sizeof ini ? k : 0);
	if (utf8_width(part) >= 2)
		anon_push(a, xstrdup(key), label, false);
	anon_cat(ps->all, sizeof ps->all, ini);
	if (ps->words == 0)
		anon_cat(ps->first_word, sizeof ps->first_word, ini), ps->n_first_word++;
	if (ps->n_all++ == 0)
		anon_cat(ps->first_last, sizeof ps->first_last, ini);
	memcpy(ps->last, ini, sizeof ini);
	free(key);
	free(part);
}

/* Walks name: each part (between any separator), and each word (between
 * spaces) made of several parts ("Mary-Jane"; a word of one part is that part). */
static void anon_walk(struct anon *a, struct anon_parts *ps, const char *name, const char *label)
{
	size_t n = strlen(name), part = 0, word = 0;
	bool parts = false;
	for (size_t i = 0; i <= n;) {
		uint32_t cp = 0;
		size_t k = i < n ? utf8_decode(name + i, n - i, &cp) : 1;
		bool end = i == n, sep = !end && k && anon_is_sep(cp);
		bool space = end || (sep && (cp == ' ' || cp == '\t' || cp == '\n' || cp == 0xA0));
		if (end || sep) {
			if (i > part)
				anon_part(a, ps, name + part, i - part, label);
			parts |= !space;
			part = i + k;
		}
		if (space) {
			if (i > word && parts) {
				char *w = xstrndup(name + word, i - word);
				anon_push(a, utf8_fold_str(w), label, false);
				free(w);
			}
			ps->words += i > word;
			parts = false;
			word = i + k;
		}
		i += k ? k : 1;
	}
}

void anon_add(struct anon *a, const char *name, const char *label)
{
	if (!name || !*name)
		return;
	strv_push(&a->labels, label);
	label = a->labels.v[a->labels.n - 1];
	anon_push(a, utf8_fold_str(name), label, false);
	struct anon_parts ps = {0};
	anon_walk(a, &ps, name, label);
	anon_push_initials(a, ps.all, label);
	anon_push_initials(a, ps.first_word, label);
	if (ps.n_all > 2) {
		anon_cat(ps.first_last, sizeof ps.first_last, ps.last);
		anon_push_initials(a, ps.first_last, label);
	}
	qsort(a->keys, a->n, sizeof *a->keys, anon_key_cmp);
}

/*
 * Letters of the scripts written with spaces between words continue a word;
 * punctuation, symbols and the scripts written without spaces (CJK, Thai,
 * Lao, Myanmar, Khmer) do not, so a name is found there too: better a word
 * too many replaced than a name left in.
 */
bool anon_word_cp(uint32_t cp)
{
	if (cp < 0x80)
		return cp == '_' || (cp >= '0' && cp <= '9') || ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z');
	if (cp == 0xD7 || cp == 0xF7 || (cp >= 0x0E00 && cp <= 0x0EFF) ||
	    (cp >= 0x1000 && cp <= 0x109F) || (cp >= 0x1780 && cp <= 0x17FF))
		return false;
	return (cp >= 0xC0 && cp <= 0x1FFF) || (cp >= 0x20D0 && cp <= 0x20FF) ||
	       (cp >= 0xFE20 && cp <= 0xFE2F);
}

/* Whether the character ending at text+i (before) or starting there (after) is a word's. */
static bool anon_word_at(const char *text, size_t tlen, size_t i, bool before)
{
	uint32_t cp = 0;
	if (before) {
		if (i == 0)
			return false;
		size_t p = utf8_prev(text, i);
		return utf8_decode(text + p, i - p, &cp) > 0 && anon_word_cp(cp);
	}
	return i < tlen && utf8_decode(text + i, tlen - i, &cp) > 0 && anon_word_cp(cp);
}

/* Whether every letter of text[a, b) is a capital. */
static bool anon_capitals(const char *text, size_t a, size_t b)
{
	while (a < b) {
		uint32_t cp;
		size_t k = utf8_decode(text + a, b - a, &cp);
		if (k == 0 || (cp != '.' && towlower((wint_t)cp) == (wint_t)cp))
			return false;
		a += k;
	}
	return true;
}

/* The key matching at folded offset j on word boundaries, or NULL. */
static const struct anon_key *anon_key_at(const struct anon *a, const struct utf8_folded *f,
					  const char *text, size_t tlen, size_t j)
{
	for (size_t k = 0; k < a->n; k++) {
		const struct anon_key *key = &a->keys[k];
		size_t b = j + key->len;
		if (b > f->len || memcmp(f->s + j, key->key, key->len) != 0 ||
		    !utf8_folded_whole(f, j, b) || anon_word_at(text, tlen, f->from[b], false))
			continue;
		if (key->capitals && !anon_capitals(text, f->from[j], f->from[b]))
			continue;
		return key;
	}
	return NULL;
}

char *anon_text(const struct anon *a, const char *text)
{
	const char *t = text ? text : "";
	size_t tlen = strlen(t), cap = tlen + 16, n = 0, copied = 0;
	char *out = xmalloc(cap);
	struct utf8_folded f;
	utf8_fold(t, &f);
	for (size_t j = 0; j < f.len; j++) {
		if (!utf8_folded_whole(&f, j, j) || f.from[j] < copied ||
		    anon_word_at(t, tlen, f.from[j], true))
			continue;
		const struct anon_key *key = anon_key_at(a, &f, t, tlen, j);
		if (!key)
			continue;
		size_t start = f.from[j], end = f.from[j + key->len], ll = strlen(key->label);
		xgrow((void **)&out, &cap, n + (start - copied) + ll + 1, 1);
		memcpy(out + n, t + copied, start - copied);
		n += start - copied;
		memcpy(out + n, key->label, ll);
		n += ll;
		copied = end;
		j += key->len - 1;
	}
	xgrow((void **)&out, &cap, n + (tlen - copied) + 1, 1);
	memcpy(out + n, t + copied, tlen - copied);
	out[n + tlen - copied] = '\0';
	utf8_folded_free(&f);
	return out;
}
