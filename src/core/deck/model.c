#include "core/deck/model.h"

#include <stdlib.h>
#include <string.h>

#include "core/base/xalloc.h"

static void suit_free(struct suit *s)
{
	free(s->id);
	free(s->title);
	free(s->description);
	for (size_t i = 0; i < s->n_facets; i++) {
		free(s->facets[i].name);
		free(s->facets[i].value);
	}
	free(s->facets);
	free(s->colour);
}

static void card_free(struct card *c)
{
	free(c->id);
	free(c->title);
	free(c->suit);
	free(c->body);
	strv_free(&c->prompts);
	for (size_t i = 0; i < c->n_examples; i++) {
		free(c->examples[i].text);
		free(c->examples[i].context);
		free(c->examples[i].why);
		strv_free(&c->examples[i].also);
	}
	free(c->examples);
	strv_free(&c->tags);
}

char *example_line(const struct example *e)
{
	if (e->context && *e->context)
		return xasprintf("[%s] %s", e->context, e->text);
	return xstrdup(e->text);
}

bool example_accepts(const struct example *e, const char *card_id)
{
	for (size_t i = 0; card_id && i < e->also.n; i++)
		if (strcmp(e->also.v[i], card_id) == 0)
			return true;
	return false;
}

const char *suit_facet(const struct suit *s, const char *name)
{
	for (size_t i = 0; i < s->n_facets; i++)
		if (strcmp(s->facets[i].name, name) == 0)
			return s->facets[i].value;
	return NULL;
}

static void deck_free(struct deck *d)
{
	for (size_t i = 0; i < d->n_suits; i++)
		suit_free(&d->suits[i]);
	for (size_t i = 0; i < d->n_cards; i++)
		card_free(&d->cards[i]);
	free(d->suits);
	free(d->cards);
}

static void phase_free(struct phase *p)
{
	free(p->id);
	free(p->title);
	free(p->guidance);
	free(p->who);
	for (size_t i = 0; i < p->n_deals; i++) {
		free(p->deals[i].deck);
		free(p->deals[i].to);
		free(p->deals[i].suit);
	}
	free(p->deals);
	strv_free(&p->prompts);
}

static void flow_free(struct flow *f)
{
	for (size_t i = 0; i < f->n_roles; i++) {
		free(f->roles[i].id);
		free(f->roles[i].title);
		free(f->roles[i].description);
	}
	for (size_t i = 0; i < f->n_phases; i++)
		phase_free(&f->phases[i]);
	free(f->roles);
	free(f->phases);
}

void doc_free(struct doc *doc)
{
	if (!doc)
		return;
	free(doc->path);
	free(doc->id);
	free(doc->title);
	free(doc->description);
	free(doc->lang);
	free(doc->version);
	free(doc->license);
	strv_free(&doc->authors);
	strv_free(&doc->sources);
	deck_free(&doc->deck);
	flow_free(&doc->flow);
	free(doc);
}

const char *doc_kind_name(enum doc_kind k)
{
	return k == DOC_FLOW ? "flow" : "deck";
}

const char *capture_name(enum capture c)
{
	switch (c) {
	case CAPTURE_NONE:
		return "none";
	case CAPTURE_EACH:
		return "each";
	case CAPTURE_ACTIONS:
		return "actions";
	default:
		return "one";
	}
}

const struct suit *deck_find_suit(const struct deck *d, const char *id)
{
	for (size_t i = 0; id && i < d->n_suits; i++)
		if (strcmp(d->suits[i].id, id) == 0)
			return &d->suits[i];
	return NULL;
}

long deck_find_card(const struct deck *d, const char *id)
{
	for (size_t i = 0; id && i < d->n_cards; i++)
		if (strcmp(d->cards[i].id, id) == 0)
			return (long)i;
	return -1;
}

long flow_find_role(const struct flow *f, const char *id)
{
	for (size_t i = 0; id && i < f->n_roles; i++)
		if (strcmp(f->roles[i].id, id) == 0)
			return (long)i;
	return -1;
}

long flow_find_phase(const struct flow *f, const char *id)
{
	for (size_t i = 0; id && i < f->n_phases; i++)
		if (strcmp(f->phases[i].id, id) == 0)
			return (long)i;
	return -1;
}

size_t deck_count_suit(const struct deck *d, const char *suit)
{
	size_t n = 0;
	for (size_t i = 0; i < d->n_cards; i++)
		if (!suit || (d->cards[i].suit && strcmp(d->cards[i].suit, suit) == 0))
			n++;
	return n;
}

bool slug_char(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
}

bool slug_valid(const char *s)
{
	size_t n = 0;
	if (!s || !slug_char(*s) || *s == '-')
		return false;
	for (; s[n]; n++)
		if (!slug_char(s[n]))
			return false;
	return n <= SLUG_MAX;
}
