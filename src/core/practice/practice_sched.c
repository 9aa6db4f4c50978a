#include "core/practice/practice_sched.h"

#include <stdlib.h>
#include <string.h>

#include "core/base/xalloc.h"

#define DAY 86400

int practice_interval_days(int box)
{
	static const int days[PRACTICE_BOXES] = {0, 1, 3, 7, 21};
	if (box < 1)
		box = 1;
	if (box > PRACTICE_BOXES)
		box = PRACTICE_BOXES;
	return days[box - 1];
}

const struct practice_box *practice_boxes_get(const struct practice_boxes *b,
					      const char *key)
{
	for (size_t i = 0; i < b->n; i++)
		if (strcmp(b->v[i].key, key) == 0)
			return &b->v[i];
	return NULL;
}

void practice_sched_answer(struct practice_boxes *b, const char *key, bool right,
			   bool retry, int64_t now)
{
	struct practice_box *x = (struct practice_box *)practice_boxes_get(b, key);
	if (!x) {
		xgrow((void **)&b->v, &b->cap, b->n + 1, sizeof *b->v);
		x = &b->v[b->n++];
		*x = (struct practice_box){.key = xstrdup(key), .box = 1};
	}
	if (!right)
		x->box = 1;
	else if (x->box < PRACTICE_BOXES && !retry)
		x->box++;
	x->last = now;
	x->due = now + (int64_t)practice_interval_days(x->box) * DAY;
}

void practice_boxes_free(struct practice_boxes *b)
{
	for (size_t i = 0; i < b->n; i++)
		free(b->v[i].key);
	free(b->v);
	*b = (struct practice_boxes){0};
}

/* Sort keys for planning: group 0 = due, 1 = new, 2 = not yet due. */
struct cand {
	size_t item;
	int group, box;
	int64_t due;
	uint64_t shuffle;
};

static int cand_cmp(const void *a, const void *b)
{
	const struct cand *x = a, *y = b;
	if (x->group != y->group)
		return x->group < y->group ? -1 : 1;
	if (x->group == 0 && x->box != y->box)
		return x->box < y->box ? -1 : 1;
	if (x->group != 1 && x->due != y->due)
		return x->due < y->due ? -1 : 1;
	if (x->shuffle != y->shuffle)
		return x->shuffle < y->shuffle ? -1 : 1;
	return x->item < y->item ? -1 : (x->item > y->item);
}

/* splitmix64: the plan's shuffle needs only a well-mixed, portable order of
 * new items for a given seed, and this keeps the planner self-contained. */
static uint64_t mix_next(uint64_t *state)
{
	uint64_t z = (*state += 0x9e3779b97f4a7c15ULL);
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
	return z ^ (z >> 31);
}

static void cand_fill(struct cand *c, size_t i, const struct practice_item *it,
		      const struct practice_boxes *b, int64_t now, uint64_t *r)
{
	const struct practice_box *x = practice_boxes_get(b, it->key);
	c->item = i;
	c->shuffle = mix_next(r);
	c->box = x ? x->box : 0;
	c->due = x ? x->due : 0;
	c->group = !x ? 1 : x->due <= now ? 0 : 2;
}

int practice_run_plan(struct practice_run *run, const struct practice_items *items,
		      const struct practice_boxes *b, size_t n, int64_t now,
		      uint64_t seed)
{
	*run = (struct practice_run){0};
	if (items->n == 0 || n == 0)
		return -1;
	uint64_t r = seed;
	struct cand *c = xcalloc(items->n, sizeof *c);
	for (size_t i = 0; i < items->n; i++)
		cand_fill(&c[i], i, &items->v[i], b, now, &r);
	qsort(c, items->n, sizeof *c, cand_cmp);
	run->n = n < items->n ? n : items->n;
	run->cap = run->n;
	run->queue = xcalloc(run->cap, sizeof *run->queue);
	for (size_t i = 0; i < run->n; i++)
		run->queue[i] = c[i].item;
	run->n_items = items->n;
	run->retries = xcalloc(items->n, sizeof *run->retries);
	free(c);
	return 0;
}

long practice_run_current(const struct practice_run *run)
{
	return run->pos < run->n ? (long)run->queue[run->pos] : -1;
}

static void run_insert(struct practice_run *run, size_t at, size_t item)
{
	xgrow((void **)&run->queue, &run->cap, run->n + 1, sizeof *run->queue);
	memmove(&run->queue[at + 1], &run->queue[at],
		(run->n - at) * sizeof *run->queue);
	run->queue[at] = item;
	run->n++;
}

void practice_run_answer(struct practice_run *run, bool right)
{
	if (run->pos >= run->n)
		return;
	size_t item = run->queue[run->pos++];
	if (right || run->retries[item] >= PRACTICE_MAX_RETRIES)
		return;
	run->retries[item]++;
	size_t at = run->pos + PRACTICE_REQUEUE_GAP;
	run_insert(run, at < run->n ? at : run->n, item);
}

size_t practice_run_left(const struct practice_run *run)
{
	return run->n - run->pos;
}

void practice_run_free(struct practice_run *run)
{
	free(run->queue);
	free(run->retries);
	*run = (struct practice_run){0};
}
