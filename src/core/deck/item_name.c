/*
 * Names for items of a list.  Lists whose items carry an id (cards, suits,
 * roles, phases) are named by it; the rest, and an item whose id is not a
 * valid one (it may hold invisible characters, or be what is wrong), by
 * their place, counted from 1, as a person counts.
 */
#include "core/deck/item_name.h"

#include <stdio.h>
#include <string.h>

#include "core/deck/load_report.h"
#include "core/deck/model.h"

/* The noun for one item of each list the format defines. */
static const char *const item_nouns[][2] = {
	{ "cards", "card" },       { "suits", "suit" },       { "roles", "role" },
	{ "phases", "phase" },     { "deal", "deal" },        { "examples", "example" },
	{ "prompts", "prompt" },   { "tags", "tag" },         { "authors", "author" },
	{ "sources", "source" },   { "also", "card in also" },
};

static const char *item_noun(const char *key)
{
	for (size_t i = 0; i < sizeof item_nouns / sizeof item_nouns[0]; i++)
		if (strcmp(item_nouns[i][0], key) == 0)
			return item_nouns[i][1];
	return NULL;
}

/* "st", "nd", "rd" or "th" for n: 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st. */
static const char *ordinal_suffix(size_t n)
{
	if (n % 100 >= 11 && n % 100 <= 13)
		return "th";
	switch (n % 10) {
	case 1: return "st";
	case 2: return "nd";
	case 3: return "rd";
	default: return "th";
	}
}

size_t item_name(char *buf, size_t size, const char *key, size_t index, const char *id)
{
	const char *noun = key ? item_noun(key) : NULL;
	char q[LREP_QUOTE_SIZE];
	size_t n = index + 1;
	int w;

	if (noun && id && slug_valid(id))
		w = snprintf(buf, size, "%s %s", noun, lrep_quote(q, id));
	else if (noun)
		w = snprintf(buf, size, "the %zu%s %s", n, ordinal_suffix(n), noun);
	else
		w = snprintf(buf, size, "the %zu%s item of %s", n, ordinal_suffix(n),
			     key ? key : "the list");
	if (w < 0)
		return 0;
	return (size_t)w >= size ? size - 1 : (size_t)w;
}
