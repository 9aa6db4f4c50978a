#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "core/deck/load_int.h"
#include "core/base/xalloc.h"

struct idset_slot {
	const char *id; /* borrowed from the doc being built; NULL: empty */
	const struct jpos *at;
};

static size_t id_hash(const char *s)
{
	uint64_t h = 1469598103934665603u; /* FNV-1a */
	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 1099511628211u;
	return (size_t)h;
}

static struct idset_slot *lookup(const struct idset *s, const char *id)
{
	size_t i = id_hash(id) & s->mask;
	while (s->slot[i].id && strcmp(s->slot[i].id, id) != 0)
		i = (i + 1) & s->mask;
	return &s->slot[i];
}

static void grow(struct idset *s)
{
	struct idset old = *s;
	size_t cap = old.slot ? (old.mask + 1) * 2 : 16;

	s->slot = xcalloc(cap, sizeof *s->slot);
	s->mask = cap - 1;
	for (size_t i = 0; old.slot && i <= old.mask; i++)
		if (old.slot[i].id)
			*lookup(s, old.slot[i].id) = old.slot[i];
	free(old.slot);
}

const struct jpos *idset_add(struct idset *s, const char *id, const struct jpos *at)
{
	struct idset_slot *sl;

	if (!s->slot || (s->n + 1) * 2 > s->mask + 1)
		grow(s);
	sl = lookup(s, id);
	if (sl->id)
		return sl->at;
	*sl = (struct idset_slot){ id, at };
	s->n++;
	return NULL;
}

const struct jpos *idset_find(const struct idset *s, const char *id)
{
	return s->slot ? lookup(s, id)->at : NULL;
}

void idset_free(struct idset *s)
{
	free(s->slot);
	*s = (struct idset){0};
}

void lc_unique(struct lctx *c, struct idset *s, const char *id, const cJSON *node,
	       const struct lpath *path, const char *what)
{
	const struct jpos *at = lc_at(c, node), *first = idset_add(s, id, at);
	char q[LREP_QUOTE_SIZE];

	if (first)
		lc_error(c, at, DIAG_SCHEMA, path, "duplicate %s id %s (first at %u:%u)", what,
			 lrep_quote(q, id), (unsigned)first->line, (unsigned)first->col);
}
