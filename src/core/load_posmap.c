#include <stdint.h>
#include <stdlib.h>

#include "load_int.h"
#include "xalloc.h"

struct posmap_slot {
	const cJSON *node; /* NULL: empty */
	uint32_t val, key;
};

static size_t slot_of(const struct posmap *m, const cJSON *node)
{
	uint64_t h = (uint64_t)(uintptr_t)node * 0x9E3779B97F4A7C15u;
	return (size_t)(h >> 17) & m->mask;
}

static void put(struct posmap *m, const cJSON *node, size_t val, size_t key)
{
	size_t i = slot_of(m, node);
	while (m->slot[i].node)
		i = (i + 1) & m->mask;
	m->slot[i] = (struct posmap_slot){ node, (uint32_t)val, (uint32_t)key };
}

/* The walk in document order; *next is the next unused jpos. */
static int walk(struct posmap *m, const cJSON *node, size_t key, const struct jposv *pos,
		size_t *next)
{
	if (*next >= pos->n)
		return -1;
	put(m, node, (*next)++, key);
	if (!cJSON_IsObject(node) && !cJSON_IsArray(node))
		return 0;
	for (const cJSON *ch = node->child; ch; ch = ch->next) {
		size_t k = 0;
		if (cJSON_IsObject(node)) {
			if (*next >= pos->n || !(pos->v[*next].flags & JPOS_KEY))
				return -1;
			k = (*next)++;
		}
		if (walk(m, ch, k, pos, next) < 0)
			return -1;
	}
	return 0;
}

int posmap_build(struct posmap *m, const cJSON *root, const struct jposv *pos)
{
	size_t cap = 16, next = 0;
	while (cap < pos->n * 2)
		cap *= 2;
	m->slot = xcalloc(cap, sizeof *m->slot);
	m->mask = cap - 1;
	if (walk(m, root, 0, pos, &next) < 0 || next != pos->n)
		return -1;
	return 0;
}

size_t posmap_get(const struct posmap *m, const cJSON *node, bool want_key)
{
	size_t i = slot_of(m, node);
	while (m->slot[i].node) {
		if (m->slot[i].node == node)
			return want_key ? m->slot[i].key : m->slot[i].val;
		i = (i + 1) & m->mask;
	}
	return 0;
}

void posmap_free(struct posmap *m)
{
	free(m->slot);
	m->slot = NULL;
}
