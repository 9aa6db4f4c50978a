/* Decks and cards as text: the head of any file, suits, cards. */
#include "cli/show.h"

#include <stdlib.h>
#include <string.h>

#include "cli/wrap.h"
#include "core/base/xalloc.h"

/* Items joined by ", " (a fresh string). */
static char *show_join(const struct strv *v)
{
	size_t n = 1;
	for (size_t i = 0; i < v->n; i++)
		n += strlen(v->v[i]) + 2;
	char *s = xmalloc(n), *p = s;
	for (size_t i = 0; i < v->n; i++) {
		size_t len = strlen(v->v[i]);
		if (i) {
			memcpy(p, ", ", 2);
			p += 2;
		}
		memcpy(p, v->v[i], len);
		p += len;
	}
	*p = '\0';
	return s;
}

/* "Label: value", wrapped with later lines under the value. */
static void show_field(FILE *out, const char *label, const char *value, size_t indent,
		       size_t width)
{
	if (!value || !*value)
		return;
	char *bullet = xasprintf("%s: ", label);
	wrap_print(out, value, indent, bullet, width);
	free(bullet);
}

void show_list(FILE *out, const char *title, const struct strv *items, size_t indent,
	       size_t width)
{
	if (items->n == 0)
		return;
	char *head = xasprintf("%s:", title);
	wrap_print(out, head, indent, NULL, width);
	free(head);
	for (size_t i = 0; i < items->n; i++)
		wrap_print(out, items->v[i], indent + 2, "- ", width);
}

/* "Also: Title (id), ..." for the cards an example also accepts. */
static void show_also(FILE *out, const struct doc *deck, const struct strv *also, size_t indent,
		      size_t width)
{
	struct strv names = {0};
	for (size_t i = 0; i < also->n; i++) {
		long k = deck_find_card(&deck->deck, also->v[i]);
		strv_push_owned(&names, xasprintf("%s (%s)", k >= 0 ? deck->deck.cards[k].title : "?",
						  also->v[i]));
	}
	char *joined = show_join(&names);
	show_field(out, "Also right", joined, indent, width);
	free(joined);
	strv_free(&names);
}

/* Each example as a bullet, "[context] text", then its why and also under it. */
static void show_examples(FILE *out, const struct doc *deck, const struct card *c, size_t indent,
			  size_t width)
{
	if (c->n_examples == 0)
		return;
	wrap_print(out, "Examples:", indent, NULL, width);
	for (size_t i = 0; i < c->n_examples; i++) {
		const struct example *e = &c->examples[i];
		char *line = example_line(e);
		wrap_print(out, line, indent + 2, "- ", width);
		free(line);
		show_field(out, "Why", e->why, indent + 4, width);
		if (e->also.n)
			show_also(out, deck, &e->also, indent + 4, width);
	}
}

/* A suit's facets as "intent: orienting; assumptions: circular". */
static void show_facets(FILE *out, const struct suit *s, size_t width)
{
	struct strv parts = {0};
	for (size_t i = 0; i < s->n_facets; i++)
		strv_push_owned(&parts, xasprintf("%s: %s", s->facets[i].name, s->facets[i].value));
	char *joined = show_join(&parts);
	show_field(out, "Facets", joined, 0, width);
	free(joined);
	strv_free(&parts);
}

void show_head(FILE *out, const struct doc *doc, const char *summary, size_t width)
{
	wrap_print(out, doc->title, 0, NULL, width);
	wrap_print(out, summary, 0, NULL, width);
	if (doc->description) {
		fputc('\n', out);
		wrap_print(out, doc->description, 0, NULL, width);
	}
	if (doc->authors.n || doc->license || doc->sources.n)
		fputc('\n', out);
	if (doc->authors.n) {
		char *by = show_join(&doc->authors);
		show_field(out, "By", by, 0, width);
		free(by);
	}
	show_field(out, "Licence", doc->license, 0, width);
	show_list(out, "Sources", &doc->sources, 0, width);
}

void show_card(FILE *out, const struct doc *deck, const struct card *c, unsigned extra,
	       size_t width)
{
	char *head = xasprintf("%s (%s)", c->title, c->id);
	wrap_print(out, head, 0, NULL, width);
	free(head);
	const struct suit *s = c->suit ? deck_find_suit(&deck->deck, c->suit) : NULL;
	if (s && (extra & SHOW_CARD_SUIT)) {
		char *suit = xasprintf("%s (%s)", s->title, s->id);
		show_field(out, "Suit", suit, 2, width);
		free(suit);
	}
	if (extra & SHOW_CARD_META) {
		char *from = xasprintf("%s (%s)", deck->title, deck->id);
		show_field(out, "Deck", from, 2, width);
		free(from);
	}
	wrap_print(out, c->body, 2, NULL, width);
	show_list(out, "Prompts", &c->prompts, 2, width);
	show_examples(out, deck, c, 2, width);
	if (extra & SHOW_CARD_META) {
		char *tags = show_join(&c->tags);
		show_field(out, "Tags", tags, 2, width);
		free(tags);
		if (c->weight != 1)
			fprintf(out, "  Weight: %u\n", c->weight);
	}
}

/* Every card of suit (NULL: the cards with no suit), each after a blank line. */
static void show_cards_of(FILE *out, const struct doc *deck, const char *suit, size_t width)
{
	for (size_t i = 0; i < deck->deck.n_cards; i++) {
		const struct card *c = &deck->deck.cards[i];
		if (suit ? !c->suit || strcmp(c->suit, suit) != 0 : c->suit != NULL)
			continue;
		fputc('\n', out);
		show_card(out, deck, c, SHOW_CARD_PLAIN, width);
	}
}

static char *show_deck_summary(const struct doc *doc)
{
	const struct deck *d = &doc->deck;
	char *suits = d->n_suits ? xasprintf(" in %zu suit%s", d->n_suits, d->n_suits == 1 ? "" : "s")
				 : xstrdup("");
	char *s = xasprintf("deck %s, %zu card%s%s%s%s%s%s", doc->id, d->n_cards,
			    d->n_cards == 1 ? "" : "s", suits, doc->version ? ", version " : "",
			    doc->version ? doc->version : "", doc->lang ? ", " : "",
			    doc->lang ? doc->lang : "");
	free(suits);
	return s;
}

void show_deck(FILE *out, const struct doc *deck, size_t width)
{
	char *summary = show_deck_summary(deck);
	show_head(out, deck, summary, width);
	free(summary);
	for (size_t i = 0; i < deck->deck.n_suits; i++) {
		const struct suit *s = &deck->deck.suits[i];
		char *head = xasprintf("== %s (%s) ==", s->title, s->id);
		fputc('\n', out);
		wrap_print(out, head, 0, NULL, width);
		free(head);
		wrap_print(out, s->description, 0, NULL, width);
		show_facets(out, s, width);
		show_cards_of(out, deck, s->id, width);
	}
	show_cards_of(out, deck, NULL, width);
}
