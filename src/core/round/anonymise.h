#ifndef RUCKSACK_ANONYMISE_H
#define RUCKSACK_ANONYMISE_H
/*
 * Names found in free text and replaced by labels (P1, "Facilitator"), for
 * `export --anonymise`.  For each name it is told of, it replaces:
 *   - the whole name, each of its words and each part of a word, split at
 *     spaces, hyphens, apostrophes (straight or curly) and full stops: for
 *     "Mary-Jane O'Brien" that is the whole, "Mary-Jane", "Mary", "Jane",
 *     "O'Brien" and "Brien";
 *   - in any case, with or without accents, composed or decomposed
 *     (utf8_fold: "ZOE", "zoë" and "Zoe" + U+0308 are all "Zoë");
 *   - followed by a possessive ('s, ’s): the name goes, the 's stays;
 *   - the person's initials written in capitals as a word, with or without
 *     full stops: all of them ("MJOB", "M.J.O.B."), first and last ("MO"),
 *     and those of a hyphenated first word ("MJ");
 *   - a name that is also a common word ("Rose", "Will") wherever the word
 *     stands, since a reader cannot tell which one was meant.
 * It does not replace on their own: a part of one letter (an initial inside
 * a name, "J" in "Mary J Smith": it would take "a" and "I" out of the text),
 * nor a particle written in lower case in the name ("de", "van", "al" in
 * "Ana de la Cruz"), nor a title ("Dr", "Mrs"); these do not count among the
 * initials either.  A name inside a longer word stays ("Ben" in "Bench",
 * "Anabel"); scripts written without spaces between words (CJK, Thai...)
 * have no word boundary, so a name there is replaced wherever it stands.
 * When two names match at one place the longest wins; of names of one
 * length, the one told first.
 */
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "core/base/strv.h"

struct anon_key {
	char *key;    /* folded (utf8_fold) */
	size_t len;
	const char *label; /* borrowed from struct anon's labels */
	bool capitals;	   /* initials: the text must write them in capitals */
	size_t order;
};

struct anon {
	struct anon_key *keys; /* longest first */
	size_t n, cap;
	struct strv labels;
	struct strv known; /* folded words that are not names (anon_know) */
	bool known_sorted;
};

/* A zeroed struct anon is empty too. */
void anon_init(struct anon *a);
void anon_free(struct anon *a);
/* Replaces name (as described above) by label from now on. */
void anon_add(struct anon *a, const char *name, const char *label);
/* text with the names replaced; a fresh copy. */
char *anon_text(const struct anon *a, const char *text);

/*
 * Words that look like names and are not among those replaced, so a person
 * can check them.  A word looks like a name when it starts with a capital
 * and is not: a label, a word of the text given to anon_know (the decks' and
 * the flow's own text), a word that is capitalised anyway ("I", days,
 * months), or, at the start of a sentence or line, a common word ("The",
 * "She").  fn is called with each (its bytes in text, and the 1-based number
 * of the line of text it is on with that line's bytes).
 */
void anon_know(struct anon *a, const char *text);
typedef void (*anon_suspect_fn)(void *ctx, const char *word, size_t wlen, size_t line,
				const char *line_text, size_t line_len);
void anon_suspects(struct anon *a, const char *text, anon_suspect_fn fn, void *ctx);

/* Whether cp continues a word (so a name next to it is part of a longer word). */
bool anon_word_cp(uint32_t cp);

#endif
