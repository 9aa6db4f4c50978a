/*
 * Where each node of the tree starts.  json_strict_check recorded a jpos for
 * every value and key in document order, and cJSON keeps members and
 * elements in document order, so a pre-order walk pairs them up.  A member's
 * key is always recorded just before its value.
 *
 * The pairing is kept in the node itself, in valueint: cJSON never reads that
 * field back (printing, comparing and freeing use valuedouble or nothing),
 * and the loader reads numbers through valuedouble only.  A side table keyed
 * by node address cost more than the rest of the schema check.
 */
#include "core/deck/load_int.h"

/* The walk; *next is the next unused jpos. */
static int walk(cJSON *node, const struct jposv *pos, size_t *next)
{
	if (*next >= pos->n || (pos->v[*next].flags & JPOS_KEY))
		return -1;
	node->valueint = (int)(*next)++;
	if (!cJSON_IsObject(node) && !cJSON_IsArray(node))
		return 0;
	for (cJSON *ch = node->child; ch; ch = ch->next) {
		if (cJSON_IsObject(node)) {
			if (*next >= pos->n || !(pos->v[*next].flags & JPOS_KEY))
				return -1;
			(*next)++;
		}
		if (walk(ch, pos, next) < 0)
			return -1;
	}
	return 0;
}

int posmap_build(struct posmap *m, cJSON *root, const struct jposv *pos)
{
	size_t next = 0;
	m->n = pos->n;
	if (walk(root, pos, &next) < 0 || next != pos->n)
		return -1;
	return 0;
}

size_t posmap_get(const struct posmap *m, const cJSON *node, bool want_key)
{
	size_t i = node->valueint > 0 ? (size_t)node->valueint : 0;
	if (want_key && i > 0)
		i--;
	return i < m->n ? i : 0;
}
