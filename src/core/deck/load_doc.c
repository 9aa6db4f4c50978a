/*
 * The top level of a file: the fields common to decks and flows, the kind,
 * and the format version; then the deck or flow part.
 */
#include <stddef.h>
#include <string.h>

#include "core/deck/load_int.h"
#include "core/base/xalloc.h"

#define COMMON_FIELDS                                                        \
	{ "$schema", LF_STRING, false, 0 },                                  \
	{ "format", LF_CUSTOM, true, 0 },                                    \
	{ "kind", LF_CUSTOM, false, 0 },                                     \
	{ "id", LF_SLUG, true, offsetof(struct doc, id) },                   \
	{ "title", LF_LINE, true, offsetof(struct doc, title) },             \
	{ "description", LF_TEXT, false, offsetof(struct doc, description) }, \
	{ "lang", LF_LANG, false, offsetof(struct doc, lang) },              \
	{ "version", LF_LINE, false, offsetof(struct doc, version) },        \
	{ "authors", LF_LINES, false, offsetof(struct doc, authors) },       \
	{ "license", LF_LINE, false, offsetof(struct doc, license) },        \
	{ "sources", LF_LINES, false, offsetof(struct doc, sources) }

static const struct lfield deck_fields[] = {
	COMMON_FIELDS,
	{ "suits", LF_CUSTOM, false, 0 },
	{ "cards", LF_CUSTOM, true, 0 },
	{ "roles", LF_ELSEWHERE, false, DOC_FLOW },
	{ "phases", LF_ELSEWHERE, false, DOC_FLOW },
	{ "rounds", LF_ELSEWHERE, false, DOC_FLOW },
	{ NULL, 0, false, 0 },
};

static const struct lfield flow_fields[] = {
	COMMON_FIELDS,
	{ "roles", LF_CUSTOM, true, 0 },
	{ "phases", LF_CUSTOM, true, 0 },
	{ "rounds", LF_COUNT, false, offsetof(struct doc, flow.rounds) },
	{ "suits", LF_ELSEWHERE, false, DOC_DECK },
	{ "cards", LF_ELSEWHERE, false, DOC_DECK },
	{ NULL, 0, false, 0 },
};

/*
 * A file without "kind" is a deck, but one with a flow's fields and none of
 * a deck's was meant as a flow: say so once, and check it as the flow it
 * is, rather than as a deck lacking cards with two misplaced fields.
 */
static bool looks_like_flow(struct lctx *c, const cJSON *root)
{
	if (cJSON_GetObjectItemCaseSensitive(root, "cards") ||
	    cJSON_GetObjectItemCaseSensitive(root, "suits") ||
	    (!cJSON_GetObjectItemCaseSensitive(root, "roles") &&
	     !cJSON_GetObjectItemCaseSensitive(root, "phases")))
		return false;
	lc_error(c, lc_at(c, root), DIAG_SCHEMA, NULL,
		 "this looks like a flow (it has roles or phases, and no cards), but a file "
		 "without \"kind\" is a deck: add \"kind\": \"flow\",");
	return true;
}

/* The kind decides which fields belong; read it (its first occurrence) before the rest. */
static enum doc_kind read_kind(struct lctx *c, const cJSON *root)
{
	const cJSON *k = cJSON_GetObjectItemCaseSensitive(root, "kind");
	char q[LREP_QUOTE_SIZE];

	if (!k)
		return looks_like_flow(c, root) ? DOC_FLOW : DOC_DECK;
	if (!cJSON_IsString(k)) {
		lf_type_error(c, k, LP_KEY(NULL, "kind"), "\"deck\" or \"flow\"");
		return DOC_DECK;
	}
	if (strcmp(k->valuestring, "flow") == 0)
		return DOC_FLOW;
	if (strcmp(k->valuestring, "deck") != 0)
		lc_error(c, lc_at(c, k), DIAG_SCHEMA, LP_KEY(NULL, "kind"), "expected \"deck\" or \"flow\", found %s",
			 lrep_quote(q, k->valuestring));
	return DOC_DECK;
}

/*
 * Format 1 is this program's.  A newer format is raised only by a change an
 * older program would misread, so reading one anyway could deal or drill
 * something the champion never wrote: refuse it, as a schema error (the
 * value of "format" is one this program does not accept).
 */
static void check_format(struct lctx *c, const cJSON *node)
{
	unsigned v;
	if (node && lf_posint(c, node, LP_KEY(NULL, "format"), &v) && v > 1)
		lc_error(c, lc_at(c, node), DIAG_SCHEMA, LP_KEY(NULL, "format"),
			 "format %u needs a newer rucksack (this one reads format 1)", v);
}

struct doc *load_doc(struct lctx *c, cJSON *root, const char *name)
{
	struct doc *doc = xcalloc(1, sizeof *doc);
	cJSON *found[LF_MAX_FIELDS];
	const struct lfield *f;

	doc->path = xstrdup(name);
	doc->flow.rounds = 1;
	if (!cJSON_IsObject(root)) {
		lf_type_error(c, root, NULL, "the top level to be an object");
		return doc;
	}
	doc->kind = read_kind(c, root);
	f = doc->kind == DOC_FLOW ? flow_fields : deck_fields;
	lf_object(c, root, NULL, f, doc, found);
	check_format(c, found[lf_index(f, "format")]);
	if (found[lf_index(f, "id")])
		doc->id_pos = lc_pos(c, found[lf_index(f, "id")]);
	if (doc->kind == DOC_DECK)
		load_deck(c, found[lf_index(f, "suits")], found[lf_index(f, "cards")], &doc->deck);
	else
		load_flow(c, found[lf_index(f, "roles")], found[lf_index(f, "phases")], &doc->flow);
	return doc;
}
