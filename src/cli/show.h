#ifndef RUCKSACK_SHOW_H
#define RUCKSACK_SHOW_H
/*
 * Decks, cards and flows as text for people, wrapped to a width, every
 * string from a file passed through utf8_visible.  Used by show and deal.
 */
#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "core/deck/model.h"

/* What show_card prints besides the title, body, prompts and examples. */
enum show_card_extra {
	SHOW_CARD_PLAIN = 0,
	SHOW_CARD_SUIT = 1, /* a "Suit:" line */
	SHOW_CARD_META = 2, /* the deck, tags and weight */
};

/* A deck's title and details, then its cards under their suits. */
void show_deck(FILE *out, const struct doc *deck, size_t width);
/* One card of deck: "Title (id)" then the rest indented by two; extra is a
 * set of show_card_extra bits. */
void show_card(FILE *out, const struct doc *deck, const struct card *c, unsigned extra,
	       size_t width);
/* A flow's title and details, its roles, then its phases in order. */
void show_flow(FILE *out, const struct doc *flow, size_t width);

/* The head shared by decks and flows: title, a summary line, description,
 * authors, licence, sources. */
void show_head(FILE *out, const struct doc *doc, const char *summary, size_t width);
/* A titled list of strings, each as a "- " bullet, at indent. */
void show_list(FILE *out, const char *title, const struct strv *items, size_t indent,
	       size_t width);

#endif
