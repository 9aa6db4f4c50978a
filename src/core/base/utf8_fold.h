#ifndef RUCKSACK_UTF8_FOLD_H
#define RUCKSACK_UTF8_FOLD_H
/*
 * Text folded for loose comparison, as a reader would compare names: case
 * folded ("ANA", "ana"), accents and other combining marks dropped whether
 * written as one character or as a letter and its marks ("Zoë", "Zoe" and
 * e + U+0308 alike), letters read as plain ones mapped to them ("ß" ss, "ø"
 * o, "ł" l, "æ" ae), curly apostrophes (U+2018, U+2019, U+02BC) to ', and
 * the Unicode hyphens (U+2010, U+2011) to -.  Latin, Greek and Cyrillic come
 * from a table (utf8_fold.inc), so they fold alike under any locale; other
 * scripts are case folded by the locale (towlower(towupper(c))).  Bytes that
 * are not UTF-8 are kept as they are.
 */
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct utf8_folded {
	char *s;     /* the folded text, NUL-terminated */
	size_t len;  /* its length in bytes */
	size_t *from; /* len + 1 offsets: from[j] is where, in the original, the
		       * character that gave s[j] starts; from[len] its length */
};

/* Folds text (NULL as "") into *out; free with utf8_folded_free. */
void utf8_fold(const char *text, struct utf8_folded *out);
void utf8_folded_free(struct utf8_folded *f);
/* Whether folded bytes [a, b) are whole characters of the original (a match
 * there does not start or end inside one that folded to several, as ß). */
bool utf8_folded_whole(const struct utf8_folded *f, size_t a, size_t b);
/* The folded text alone, freshly allocated. */
char *utf8_fold_str(const char *text);
/* One code point folded to at most 2 (the second 0 when there is one; both 0
 * for a combining mark, which folds to nothing); returns how many. */
size_t utf8_fold_cp(uint32_t cp, uint32_t out[2]);

#endif
