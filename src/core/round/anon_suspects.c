/*
 * Words that look like names the anonymiser was not told of (anonymise.h):
 * a reflection may name a child or a parent the program never heard of, and
 * the person sharing the transcript has to see them before it leaves.
 */
#include <stdlib.h>
#include <string.h>
#include <wctype.h>

#include "core/base/utf8.h"
#include "core/base/utf8_fold.h"
#include "core/base/xalloc.h"
#include "core/round/anonymise.h"

#define ANON_N(t) (sizeof(t) / sizeof((t)[0]))

/* Written with a capital wherever they stand: days, months, feasts, titles
 * before a name (the name after them is what matters) and what a family
 * calls its own ("Mum said"), which names no one. */
static const char *const anon_capitalised[] = {
	"april", "august", "christmas", "dad", "daddy", "december", "dr", "easter", "english",
	"february", "friday", "gran", "grandad", "grandma", "granny", "i", "i'd", "i'll", "i'm",
	"i've", "january", "july", "june", "march", "may", "miss", "monday", "mr", "mrs", "ms",
	"mum", "mummy", "nan", "nana", "november", "october", "ok", "saturday", "september",
	"sunday", "thursday", "tuesday", "tv", "wednesday",
};

/* Words that start sentences; folded. */
static const char *const anon_common[] = {
	"a", "about", "after", "again", "all", "also", "although", "always", "an", "and",
	"another", "any", "anyone", "are", "around", "as", "asked", "at", "be", "because",
	"been", "before", "being", "between", "both", "but", "by", "can", "can't", "could",
	"dad", "did", "didn't", "do", "does", "doesn't", "don't", "during", "each", "even",
	"every", "everyone", "everything", "family", "father", "felt", "first", "for", "from",
	"had", "has", "have", "he", "he's", "her", "here", "him", "his", "how", "however", "if",
	"in", "instead", "into", "is", "isn't", "it", "it's", "its", "just", "last", "later",
	"let's", "like", "maybe", "me", "might", "more", "most", "mother", "much", "mum", "must",
	"my", "never", "next", "no", "nobody", "not", "nothing", "now", "of", "often", "oh",
	"okay", "on", "once", "one", "only", "or", "other", "our", "over", "parents", "perhaps",
	"please", "really", "said", "school", "second", "she", "she's", "should", "since", "so",
	"some", "someone", "something", "sometimes", "sorry", "still", "such", "thank",
	"thanks", "than", "that", "that's", "the", "their", "them", "then", "there", "there's",
	"these", "they", "they're", "this", "those", "though", "through", "to", "today",
	"tomorrow", "too", "two", "under", "until", "us", "very", "was", "wasn't", "we", "we're",
	"well", "were", "what", "what's", "when", "where", "whether", "which", "while", "who",
	"why", "will", "with", "without", "won't", "would", "yes", "yesterday", "yet", "you",
	"your",
};

static bool anon_listed(const char *const *list, size_t n, const char *w)
{
	for (size_t i = 0; i < n; i++)
		if (!strcmp(list[i], w))
			return true;
	return false;
}

static int anon_str_cmp(const void *x, const void *y)
{
	return strcmp(*(char *const *)x, *(char *const *)y);
}

/* The word at text+i: letters, with apostrophes inside ("don't", "O'Neil"). */
static size_t anon_word_len(const char *text, size_t tlen, size_t i)
{
	size_t j = i;
	while (j < tlen) {
		uint32_t cp;
		size_t k = utf8_decode(text + j, tlen - j, &cp);
		if (k && anon_word_cp(cp)) {
			j += k;
			continue;
		}
		uint32_t nx;
		bool apos = k && (cp == '\'' || cp == 0x2019);
		if (apos && j > i && j + k < tlen && utf8_decode(text + j + k, tlen - j - k, &nx) &&
		    anon_word_cp(nx)) {
			j += k;
			continue;
		}
		break;
	}
	return j - i;
}

void anon_know(struct anon *a, const char *text)
{
	size_t tlen = text ? strlen(text) : 0;
	for (size_t i = 0; i < tlen;) {
		size_t n = anon_word_len(text, tlen, i);
		if (n == 0) {
			i = utf8_next(text, tlen, i);
			continue;
		}
		char *w = xstrndup(text + i, n);
		strv_push_owned(&a->known, utf8_fold_str(w));
		free(w);
		i += n;
	}
	a->known_sorted = false;
}

/* Whether the word at text+i starts a sentence or a line. */
static bool anon_sentence_start(const char *text, size_t i)
{
	while (i > 0) {
		size_t p = utf8_prev(text, i);
		uint32_t cp = 0;
		utf8_decode(text + p, i - p, &cp);
		if (cp == '\n' || cp == '.' || cp == '!' || cp == '?' || cp == ':' || cp == ';' ||
		    cp == 0x2026)
			return true;
		if (!(cp == ' ' || cp == '\t' || cp == '"' || cp == '\'' || cp == '(' || cp == '[' ||
		      cp == 0x201C || cp == 0x2018 || cp == 0x201E || cp == '-' || cp == 0x2014 ||
		      cp == 0x2013 || cp == 0xAB))
			return false;
		i = p;
	}
	return true;
}

/* Whether the word w (n bytes at text+i) looks like a name no one replaced. */
static bool anon_suspect(struct anon *a, const char *text, size_t i, size_t n)
{
	uint32_t cp;
	if (!utf8_decode(text + i, n, &cp) || towlower((wint_t)cp) == (wint_t)cp)
		return false;
	char *w = xstrndup(text + i, n);
	char *f = utf8_fold_str(w);
	size_t fl = strlen(f);
	if (fl > 2 && !strcmp(f + fl - 2, "'s")) /* a possessive: the word is before it */
		f[fl - 2] = '\0', w[n - (w[n - 2] == '\'' ? 2 : 4)] = '\0';
	bool label = strv_find(&a->labels, w) >= 0;
	free(w);
	if (label) {
		free(f);
		return false;
	}
	const char *key = f;
	bool known = a->known.n &&
		     bsearch(&key, a->known.v, a->known.n, sizeof *a->known.v, anon_str_cmp);
	known = known || anon_listed(anon_capitalised, ANON_N(anon_capitalised), f) ||
		(anon_sentence_start(text, i) && anon_listed(anon_common, ANON_N(anon_common), f));
	free(f);
	return !known;
}

void anon_suspects(struct anon *a, const char *text, anon_suspect_fn fn, void *ctx)
{
	if (!a->known_sorted && a->known.n)
		qsort(a->known.v, a->known.n, sizeof *a->known.v, anon_str_cmp);
	a->known_sorted = true;
	size_t tlen = text ? strlen(text) : 0, line = 1, line_at = 0;
	for (size_t i = 0; i < tlen;) {
		if (text[i] == '\n') {
			line++;
			line_at = ++i;
			continue;
		}
		size_t n = anon_word_len(text, tlen, i);
		if (n == 0) {
			i = utf8_next(text, tlen, i);
			continue;
		}
		if (anon_suspect(a, text, i, n))
			fn(ctx, text + i, n, line, text + line_at, strcspn(text + line_at, "\n"));
		i += n;
	}
}
