/*
 * A flow's roles and phases: each read by its field table; role and phase ids
 * unique; at most one role counting "rest"; the reserved role ids; and the
 * flow's own references: a phase's `who` and a deal's `to` name a role of
 * this flow (or "all", or for `to` also "group").
 */
#include <stddef.h>
#include <string.h>

#include "core/deck/load_int.h"
#include "core/base/nearest.h"
#include "core/base/xalloc.h"

static const struct lfield role_fields[] = {
	{ "id", LF_SLUG, true, offsetof(struct role, id) },
	{ "title", LF_LINE, true, offsetof(struct role, title) },
	{ "description", LF_TEXT, false, offsetof(struct role, description) },
	{ "count", LF_CUSTOM, false, 0 },
	{ "optional", LF_BOOL, false, offsetof(struct role, optional) },
	{ NULL, 0, false, 0 },
};
enum { ROLE_ID, ROLE_TITLE, ROLE_DESCRIPTION, ROLE_COUNT };

static const struct lfield phase_fields[] = {
	{ "id", LF_SLUG, true, offsetof(struct phase, id) },
	{ "title", LF_LINE, true, offsetof(struct phase, title) },
	{ "guidance", LF_TEXT, false, offsetof(struct phase, guidance) },
	{ "minutes", LF_MINUTES, false, offsetof(struct phase, minutes) },
	{ "who", LF_CUSTOM, false, 0 },
	{ "deal", LF_CUSTOM, false, 0 },
	{ "capture", LF_CUSTOM, false, 0 },
	{ "prompts", LF_TEXTS, false, offsetof(struct phase, prompts) },
	{ NULL, 0, false, 0 },
};
enum { PHASE_ID, PHASE_TITLE, PHASE_GUIDANCE, PHASE_MINUTES, PHASE_WHO, PHASE_DEAL,
       PHASE_CAPTURE };

static const struct lfield deal_fields[] = {
	{ "deck", LF_SLUG, true, offsetof(struct deal, deck) },
	{ "to", LF_CUSTOM, false, 0 },
	{ "count", LF_COUNT, false, offsetof(struct deal, count) },
	{ "suit", LF_SLUG, false, offsetof(struct deal, suit) },
	{ NULL, 0, false, 0 },
};
enum { DEAL_DECK, DEAL_TO, DEAL_COUNT, DEAL_SUIT };

/* What the phases need to know about the roles. */
struct flowctx {
	struct lctx *c;
	struct idset roles;
	const struct flow *flow; /* the roles read so far, to name in hints */
	const struct jpos *rest; /* the first "count": "rest" */
};

static void read_count(struct flowctx *fc, cJSON *node, const struct lpath *path, struct role *r)
{
	const struct jpos *at = lc_at(fc->c, node);

	if (!cJSON_IsString(node)) {
		if (cJSON_IsNumber(node))
			lf_count(fc->c, node, path, &r->count);
		else
			lf_type_error(fc->c, node, path, "a positive integer or \"rest\"");
		return;
	}
	if (strcmp(node->valuestring, "rest") != 0) {
		lc_error(fc->c, at, DIAG_SCHEMA, path, "expected a positive integer or \"rest\"");
		return;
	}
	r->rest = true;
	if (fc->rest)
		lc_error(fc->c, at, DIAG_SCHEMA, path,
			 "only one role may count \"rest\" (first at %u:%u)",
			 (unsigned)fc->rest->line, (unsigned)fc->rest->col);
	else
		fc->rest = at;
}

static void read_role(struct flowctx *fc, cJSON *it, const struct lpath *path, struct role *r)
{
	char q[LREP_QUOTE_SIZE];
	cJSON *found[LF_MAX_FIELDS];

	r->pos = lc_pos(fc->c, it);
	r->count = 1;
	if (!lf_object(fc->c, it, path, role_fields, r, found))
		return;
	if (found[ROLE_COUNT])
		read_count(fc, found[ROLE_COUNT], LP_KEY(path, "count"), r);
	if (!r->id)
		return;
	if (strcmp(r->id, DEAL_TO_ALL) == 0 || strcmp(r->id, DEAL_TO_GROUP) == 0)
		lc_error(fc->c, lc_at(fc->c, found[ROLE_ID]), DIAG_SCHEMA, LP_KEY(path, "id"),
			 "%s is reserved (\"all\" means everyone, \"group\" the table)",
			 lrep_quote(q, r->id));
	else
		lc_unique(fc->c, &fc->roles, r->id, found[ROLE_ID], LP_KEY(path, "id"), "role");
}

/* The nearest role id to a misspelt one, or the flow's roles when few. */
static const char *near_role(const struct flowctx *fc, const char *id, char *buf, size_t size)
{
	struct nearest n;

	nearest_init(&n, id);
	for (size_t i = 0; i < fc->flow->n_roles; i++)
		if (fc->flow->roles[i].id)
			nearest_offer(&n, fc->flow->roles[i].id);
	return nearest_hint(&n, "its roles", buf, size);
}

/*
 * A role reference: a string naming a role of the flow or one of the words
 * allowed here.  Returns the string (taken from the tree) or NULL.
 */
static char *read_role_ref(struct flowctx *fc, cJSON *node, const struct lpath *path, bool group_ok)
{
	char q[LREP_QUOTE_SIZE], hint[160];
	const char *s = node->valuestring;

	if (!cJSON_IsString(node)) {
		lf_type_error(fc->c, node, path, group_ok ? "a role id, \"all\" or \"group\""
							  : "a role id or \"all\"");
		return NULL;
	}
	if (strcmp(s, DEAL_TO_ALL) == 0 || idset_find(&fc->roles, s) ||
	    (group_ok && strcmp(s, DEAL_TO_GROUP) == 0))
		return lf_take_string(node);
	if (strcmp(s, DEAL_TO_GROUP) == 0)
		lc_error(fc->c, lc_at(fc->c, node), DIAG_SCHEMA, path,
			 "\"group\" cannot speak; use a role id or \"all\"");
	else
		lc_error(fc->c, lc_at(fc->c, node), DIAG_REFERENCE, path,
			 "no role %s in this flow%s", lrep_quote(q, s), near_role(fc, s, hint,
										 sizeof hint));
	return NULL;
}

static void read_deal(struct flowctx *fc, cJSON *it, const struct lpath *path, struct deal *dl)
{
	cJSON *found[LF_MAX_FIELDS];

	dl->pos = lc_pos(fc->c, it);
	dl->count = 1;
	lf_object(fc->c, it, path, deal_fields, dl, found); /* found[] NULL when it is no object */
	dl->deck_pos = found[DEAL_DECK] ? lc_pos(fc->c, found[DEAL_DECK]) : dl->pos;
	dl->suit_pos = found[DEAL_SUIT] ? lc_pos(fc->c, found[DEAL_SUIT]) : dl->pos;
	if (found[DEAL_TO])
		dl->to = read_role_ref(fc, found[DEAL_TO], LP_KEY(path, "to"), true);
	if (!dl->to)
		dl->to = xstrdup(DEAL_TO_GROUP);
}

/* `deal`: one deal object, or an array of them. */
static void read_deals(struct flowctx *fc, cJSON *node, const struct lpath *path, struct phase *ph)
{
	size_t i = 0;

	if (cJSON_IsObject(node)) {
		ph->deals = xcalloc(1, sizeof *ph->deals);
		ph->n_deals = 1;
		read_deal(fc, node, path, ph->deals);
		return;
	}
	if (!cJSON_IsArray(node)) {
		lf_type_error(fc->c, node, path, "a deal object or an array of them");
		return;
	}
	ph->deals = xcalloc(lc_array_len(node) + 1, sizeof *ph->deals);
	for (cJSON *it = node->child; it; it = it->next, i++) {
		ph->deals[ph->n_deals].listed = true;
		read_deal(fc, it, LP_INDEX(path, i), &ph->deals[ph->n_deals++]);
	}
}

static void read_capture(struct lctx *c, const cJSON *node, const struct lpath *path, struct phase *ph)
{
	char q[LREP_QUOTE_SIZE];

	if (!cJSON_IsString(node))
		lf_type_error(c, node, path, "\"none\", \"one\", \"each\" or \"actions\"");
	else if (strcmp(node->valuestring, "none") == 0)
		ph->capture = CAPTURE_NONE;
	else if (strcmp(node->valuestring, "each") == 0)
		ph->capture = CAPTURE_EACH;
	else if (strcmp(node->valuestring, "actions") == 0)
		ph->capture = CAPTURE_ACTIONS;
	else if (strcmp(node->valuestring, "one") != 0)
		lc_error(c, lc_at(c, node), DIAG_SCHEMA, path,
			 "expected \"none\", \"one\", \"each\" or \"actions\", found %s",
			 lrep_quote(q, node->valuestring));
}

static void read_phase(struct flowctx *fc, cJSON *it, const struct lpath *path, struct phase *ph,
		       struct idset *ids)
{
	cJSON *found[LF_MAX_FIELDS];

	ph->pos = lc_pos(fc->c, it);
	ph->capture = CAPTURE_ONE;
	if (!lf_object(fc->c, it, path, phase_fields, ph, found))
		return;
	if (ph->id)
		lc_unique(fc->c, ids, ph->id, found[PHASE_ID], LP_KEY(path, "id"), "phase");
	if (found[PHASE_WHO])
		ph->who = read_role_ref(fc, found[PHASE_WHO], LP_KEY(path, "who"), false);
	if (found[PHASE_DEAL])
		read_deals(fc, found[PHASE_DEAL], LP_KEY(path, "deal"), ph);
	if (found[PHASE_CAPTURE])
		read_capture(fc->c, found[PHASE_CAPTURE], LP_KEY(path, "capture"), ph);
}

void load_flow(struct lctx *c, cJSON *roles, cJSON *phases, struct flow *out)
{
	struct flowctx fc = { .c = c, .flow = out };
	struct idset phase_ids = {0};
	size_t i = 0;

	if (roles && lf_array(c, roles, LP_KEY(NULL, "roles"), true)) {
		out->roles = xcalloc(lc_array_len(roles) + 1, sizeof *out->roles);
		for (cJSON *it = roles->child; it; it = it->next, i++)
			read_role(&fc, it, LP_ITEM(LP_KEY(NULL, "roles"), i, lc_id_of(it)),
				  &out->roles[out->n_roles++]);
	}
	i = 0;
	if (phases && lf_array(c, phases, LP_KEY(NULL, "phases"), true)) {
		out->phases = xcalloc(lc_array_len(phases) + 1, sizeof *out->phases);
		for (cJSON *it = phases->child; it; it = it->next, i++)
			read_phase(&fc, it, LP_ITEM(LP_KEY(NULL, "phases"), i, lc_id_of(it)),
				   &out->phases[out->n_phases++], &phase_ids);
	}
	idset_free(&fc.roles);
	idset_free(&phase_ids);
}
