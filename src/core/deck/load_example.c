/*
 * A card's examples, each a plain string or an example object, and a suit's
 * facets.  An example's "also" names other cards of the same deck, so the
 * examples are read once every card id of the deck is known.
 */
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "core/deck/load_int.h"
#include "core/base/strv.h"
#include "core/base/xalloc.h"

static const struct lfield example_fields[] = {
	{ "text", LF_TEXT, true, offsetof(struct example, text) },
	{ "context", LF_LINE, false, offsetof(struct example, context) },
	{ "why", LF_TEXT, false, offsetof(struct example, why) },
	{ "also", LF_CUSTOM, false, 0 },
	{ NULL, 0, false, 0 },
};
enum { EXAMPLE_ALSO = 3 };

/* Each id of also must be another card of the deck: a reference the drill follows. */
static void read_also(struct lctx *c, cJSON *node, const struct lpath *path,
		      const struct card *own, const struct idset *cards, struct strv *out)
{
	char q[LREP_QUOTE_SIZE];
	size_t i = 0;

	if (!lf_array(c, node, path, false))
		return;
	for (cJSON *it = node->child; it; it = it->next, i++) {
		const struct lpath *at = LP_INDEX(path, i);
		if (!lf_string(c, it, at, LF_SLUG))
			continue;
		if (own->id && strcmp(it->valuestring, own->id) == 0)
			lc_error(c, lc_at(c, it), DIAG_REFERENCE, at,
				 "%s is this example's own card; list only other cards",
				 lrep_quote(q, it->valuestring));
		else if (!idset_find(cards, it->valuestring))
			lc_error(c, lc_at(c, it), DIAG_REFERENCE, at, "no card %s in this deck",
				 lrep_quote(q, it->valuestring));
		else
			strv_push_owned(out, lf_take_string(it));
	}
}

static void read_example(struct lctx *c, cJSON *node, const struct lpath *path,
			 const struct card *own, const struct idset *cards, struct example *e)
{
	cJSON *found[LF_MAX_FIELDS];

	e->pos = lc_pos(c, node);
	if (cJSON_IsString(node)) {
		if (lf_string(c, node, path, LF_TEXT))
			e->text = lf_take_string(node);
		return;
	}
	if (!cJSON_IsObject(node)) {
		lf_type_error(c, node, path, "a string or an example object");
		return;
	}
	lf_object(c, node, path, example_fields, e, found);
	if (found[EXAMPLE_ALSO])
		read_also(c, found[EXAMPLE_ALSO], LP_KEY(path, "also"), own, cards, &e->also);
}

static void example_clear(struct example *e)
{
	free(e->context);
	free(e->why);
	strv_free(&e->also);
	*e = (struct example){0};
}

void load_examples(struct lctx *c, cJSON *node, const struct lpath *path, struct card *cd,
		   const struct idset *cards)
{
	size_t i = 0;

	if (!lf_array(c, node, path, false))
		return;
	cd->examples = xcalloc(lc_array_len(node) + 1, sizeof *cd->examples);
	for (cJSON *it = node->child; it; it = it->next, i++) {
		struct example *e = &cd->examples[cd->n_examples];
		read_example(c, it, LP_INDEX(path, i), cd, cards, e);
		/* A refused example is left out whole, as a refused string always was. */
		if (e->text)
			cd->n_examples++;
		else
			example_clear(e);
	}
}

void load_facets(struct lctx *c, cJSON *node, const struct lpath *path, struct suit *s)
{
	char q[LREP_QUOTE_SIZE];

	if (!cJSON_IsObject(node)) {
		lf_type_error(c, node, path, "an object of facets such as {\"intent\": \"orienting\"}");
		return;
	}
	s->facets = xcalloc(lc_array_len(node) + 1, sizeof *s->facets);
	for (cJSON *m = node->child; m; m = m->next) {
		if (m->string[0] == 'x' && m->string[1] == '-')
			continue;
		if (!slug_valid(m->string)) {
			lc_error(c, lc_key_at(c, m), DIAG_SCHEMA, path,
				 "facet name %s is not a valid id (1 to 64 of a-z, 0-9 and '-')",
				 lrep_quote(q, m->string));
			continue;
		}
		if (suit_facet(s, m->string)) {
			lc_error(c, lc_key_at(c, m), DIAG_SCHEMA, path, "duplicate facet %s",
				 lrep_quote(q, m->string));
			continue;
		}
		if (!lf_string(c, m, LP_KEY(path, m->string), LF_LINE))
			continue;
		s->facets[s->n_facets].name = xstrdup(m->string);
		s->facets[s->n_facets++].value = lf_take_string(m);
	}
}
