#include "core/practice/practice_items.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "core/base/xalloc.h"

static uint64_t fnv1a64(const char *s)
{
	uint64_t h = 0xcbf29ce484222325ULL;
	for (; *s; s++) {
		h ^= (unsigned char)*s;
		h *= 0x100000001b3ULL;
	}
	return h;
}

char *practice_item_key(const char *card_id, const char *example)
{
	return xasprintf("%s#%016llx", card_id,
			 (unsigned long long)fnv1a64(example));
}

static char *trimmed(const char *s, size_t n)
{
	while (n > 0 && (*s == ' ' || *s == '\t' || *s == '\n')) {
		s++;
		n--;
	}
	while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\n'))
		n--;
	return xstrndup(s, n);
}

void practice_split_context(const char *example, char **context, char **text)
{
	const char *s = example + strspn(example, " \t\n");
	const char *close = *s == '[' ? strchr(s, ']') : NULL;
	if (!close) {
		*context = NULL;
		*text = trimmed(s, strlen(s));
		return;
	}
	*context = trimmed(s + 1, (size_t)(close - s - 1));
	*text = trimmed(close + 1, strlen(close + 1));
	if (**context == '\0') {
		free(*context);
		*context = NULL;
	}
}

static long suit_index(const struct deck *deck, const char *id)
{
	for (size_t i = 0; i < deck->n_suits; i++)
		if (strcmp(deck->suits[i].id, id) == 0)
			return (long)i;
	return -1;
}

static void add_card_items(struct practice_items *out, size_t *cap,
			   const struct deck *deck, size_t ci, size_t si)
{
	const struct card *c = &deck->cards[ci];
	bool sub = deck_count_suit(deck, deck->suits[si].id) > 1;
	for (size_t e = 0; e < c->n_examples; e++) {
		xgrow((void **)&out->v, cap, out->n + 1, sizeof *out->v);
		struct practice_item *it = &out->v[out->n++];
		const struct example *ex = &c->examples[e];
		/* The line as a plain string would have written it, so that turning
		 * "[context] text" into an object keeps the credit earned on it. */
		char *line = example_line(ex);
		it->key = practice_item_key(c->id, line);
		if (ex->context && *ex->context) {
			it->context = trimmed(ex->context, strlen(ex->context));
			it->text = trimmed(ex->text, strlen(ex->text));
		} else {
			practice_split_context(line, &it->context, &it->text);
		}
		free(line);
		it->example = ex;
		it->suit = si;
		it->card = ci;
		it->subtyped = sub;
	}
}

/* Name it answers a type, then a subtype, with one digit key each: a deck
 * with more suits, or a suit with more cards, than digits cannot be answered. */
static int keys_fit(const struct deck *deck, const char *file, struct diags *d)
{
	if (deck->n_suits > PRACTICE_MAX_KEYS) {
		diags_error(d, file, 0, 0, DIAG_REFERENCE,
			    "this deck has %zu suits; Name it answers a type with one of the "
			    "keys 1–%d, so it can drill a deck of at most %d suits",
			    deck->n_suits, PRACTICE_MAX_KEYS, PRACTICE_MAX_KEYS);
		return -1;
	}
	for (size_t i = 0; i < deck->n_suits; i++) {
		size_t n = deck_count_suit(deck, deck->suits[i].id);
		if (n > PRACTICE_MAX_KEYS) {
			diags_error(d, file, 0, 0, DIAG_REFERENCE,
				    "suit '%s' has %zu cards; Name it answers a subtype with one of "
				    "the keys 1–%d, so it can drill suits of at most %d cards",
				    deck->suits[i].id, n, PRACTICE_MAX_KEYS, PRACTICE_MAX_KEYS);
			return -1;
		}
	}
	return 0;
}

int practice_items_build(struct practice_items *out, const struct deck *deck,
			 const char *file, const char *suit_filter, struct diags *d)
{
	size_t cap = 0;
	*out = (struct practice_items){0};
	if (deck->n_suits == 0) {
		diags_error(d, file, 0, 0, DIAG_REFERENCE,
			    "this deck has no suits, so there is nothing to name; "
			    "practice needs a deck with suits and examples");
		return -1;
	}
	if (suit_filter && suit_index(deck, suit_filter) < 0) {
		diags_error(d, file, 0, 0, DIAG_REFERENCE,
			    "no suit '%s' in this deck", suit_filter);
		return -1;
	}
	for (size_t ci = 0; ci < deck->n_cards; ci++) {
		const struct card *c = &deck->cards[ci];
		long si = c->suit ? suit_index(deck, c->suit) : -1;
		if (si < 0 || (suit_filter && strcmp(c->suit, suit_filter) != 0))
			continue;
		add_card_items(out, &cap, deck, ci, (size_t)si);
	}
	if (out->n == 0) {
		diags_error(d, file, 0, 0, DIAG_REFERENCE,
			    "no card%s%s has examples, so there is nothing to practise",
			    suit_filter ? " of suit " : "", suit_filter ? suit_filter : "");
		return -1;
	}
	if (keys_fit(deck, file, d) != 0) {
		practice_items_free(out);
		return -1;
	}
	return 0;
}

void practice_items_free(struct practice_items *items)
{
	for (size_t i = 0; i < items->n; i++) {
		free(items->v[i].key);
		free(items->v[i].context);
		free(items->v[i].text);
	}
	free(items->v);
	*items = (struct practice_items){0};
}

long practice_items_find(const struct practice_items *items, const char *key)
{
	for (size_t i = 0; i < items->n; i++)
		if (strcmp(items->v[i].key, key) == 0)
			return (long)i;
	return -1;
}
