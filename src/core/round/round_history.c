/* Earlier rounds' groups and presenters: see round_history.h. */
#include "core/round/round_history.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "core/base/xalloc.h"
#include "core/round/session.h"

/* One round as far as the history needs it. */
struct hist_round {
	int64_t at;
	char *flow;
	struct strv people;
};

static void hist_presented(struct history *h, const char *name, int64_t at)
{
	long k = strv_find(&h->presenters, name);
	if (k < 0) {
		strv_push(&h->presenters, name);
		h->presented_at = xrealloc(h->presented_at, h->presenters.n * sizeof *h->presented_at);
		k = (long)h->presenters.n - 1;
		h->presented_at[k] = 0;
	}
	if (at > h->presented_at[k])
		h->presented_at[k] = at;
}

static bool hist_same_people(const struct strv *a, const struct strv *b)
{
	if (a->n != b->n)
		return false;
	for (size_t i = 0; i < a->n; i++)
		if (strv_find(b, a->v[i]) < 0)
			return false;
	return true;
}

/* Keeps r's group (taking its fields) unless the same people are kept already. */
static void hist_keep_group(struct history *h, struct hist_round *r)
{
	for (size_t g = 0; g < h->n_groups; g++)
		if (hist_same_people(&h->groups[g].people, &r->people)) {
			if (r->at <= h->groups[g].started_at)
				return;
			free(h->groups[g].flow_id);
			strv_free(&h->groups[g].people);
			h->groups[g] = (struct history_group){r->at, r->flow, r->people};
			r->flow = NULL, r->people = (struct strv){0};
			return;
		}
	h->groups = xrealloc(h->groups, (h->n_groups + 1) * sizeof *h->groups);
	h->groups[h->n_groups++] = (struct history_group){r->at, r->flow, r->people};
	r->flow = NULL, r->people = (struct strv){0};
}

static int hist_newest_first(const void *a, const void *b)
{
	const struct history_group *x = a, *y = b;
	return (x->started_at < y->started_at) - (x->started_at > y->started_at);
}

void history_load(struct history *h, const char *dir)
{
	memset(h, 0, sizeof *h);
	struct session_info *v = NULL;
	size_t n = 0;
	struct diags quiet = {0}; /* a journal that cannot be read is passed over */
	if (dir)
		session_list(dir, NULL, &v, &n, &quiet);
	for (size_t i = 0; i < n; i++) {
		for (size_t p = 0; p < v[i].presenters.n; p++)
			hist_presented(h, v[i].presenters.v[p], v[i].started_at);
		if (!v[i].people.n)
			continue;
		struct hist_round r = {v[i].started_at, v[i].flow_id, v[i].people};
		v[i].flow_id = NULL, v[i].people = (struct strv){0};
		hist_keep_group(h, &r);
		free(r.flow);
		strv_free(&r.people);
	}
	session_info_free(v, n);
	diags_free(&quiet);
	if (h->n_groups)
		qsort(h->groups, h->n_groups, sizeof *h->groups, hist_newest_first);
}

void history_free(struct history *h)
{
	for (size_t g = 0; g < h->n_groups; g++) {
		free(h->groups[g].flow_id);
		strv_free(&h->groups[g].people);
	}
	free(h->groups);
	strv_free(&h->presenters);
	free(h->presented_at);
	memset(h, 0, sizeof *h);
}

int64_t history_presented_at(const struct history *h, const char *name)
{
	long k = strv_find(&h->presenters, name);
	return k < 0 ? 0 : h->presented_at[k];
}

long history_propose_presenter(const struct history *h, const struct strv *people)
{
	long best = -1;
	for (size_t p = 0; p < people->n; p++)
		if (best < 0 || history_presented_at(h, people->v[p]) <
				    history_presented_at(h, people->v[best]))
			best = (long)p;
	return best;
}
