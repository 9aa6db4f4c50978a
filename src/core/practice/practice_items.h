#ifndef RUCKSACK_PRACTICE_ITEMS_H
#define RUCKSACK_PRACTICE_ITEMS_H
/*
 * Drill items for solo practice: every example string of a deck with suits is
 * one item whose answer is its card's suit and, when that suit holds more than
 * one card, the card itself (the "subtype").
 */
#include <stdbool.h>
#include <stddef.h>

#include "core/base/diag.h"
#include "core/deck/model.h"

struct practice_item {
	char *key;	 /* "<card id>#<16 hex digits of FNV-1a of example_line>" */
	char *context;	 /* text of a leading "[...]", NULL when there is none */
	char *text;	 /* the question without its context */
	const struct example *example; /* in the deck, borrowed: why, also */
	size_t suit;	 /* index into deck->suits */
	size_t card;	 /* index into deck->cards */
	bool subtyped;	 /* the suit has more than one card */
};

/* Name it answers with one digit key: at most this many suits, and cards in a suit. */
#define PRACTICE_MAX_KEYS 9

struct practice_items {
	struct practice_item *v;
	size_t n;
};

/*
 * Builds the items of deck (file name for diagnostics), keeping only suit
 * suit_filter when it is not NULL.  A deck without suits, an unknown suit,
 * no examples at all, or more than PRACTICE_MAX_KEYS suits or cards in a suit
 * (Name it could not take the answer) gives -1 and an error saying which;
 * otherwise 0.
 */
int practice_items_build(struct practice_items *out, const struct deck *deck,
			 const char *file, const char *suit_filter, struct diags *d);
void practice_items_free(struct practice_items *items);

/* Splits a leading "[context]" off example: *context is NULL when absent.
 * Both results are fresh strings with surrounding blanks trimmed. */
void practice_split_context(const char *example, char **context, char **text);

/* The stable key of an example of card: survives reordering, changes when
 * the example's text changes, so edits never inherit old credit. */
char *practice_item_key(const char *card_id, const char *example);

/* Index of the item with key, or -1. */
long practice_items_find(const struct practice_items *items, const char *key);

#endif
