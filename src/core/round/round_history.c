/* Earlier rounds' groups and presenters: see round_history.h. */
#include "core/round/round_history.h"

#include <dirent.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cJSON.h>

#include "core/base/fileio.h"
#include "core/base/xalloc.h"

/* One journal as far as the history needs it. */
struct hist_round {
	int64_t at;
	char *flow;
	struct strv people;
	long presenter; /* the role index of "presenter", or -1 */
};

static const char *hist_str(const cJSON *o, const char *k)
{
	const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, k);
	return cJSON_IsString(v) ? v->valuestring : NULL;
}

static void hist_start(struct hist_round *r, const cJSON *rec)
{
	const cJSON *v = cJSON_GetObjectItemCaseSensitive(rec, "at"), *it;
	r->at = cJSON_IsNumber(v) ? (int64_t)v->valuedouble : 0;
	r->flow = xstrdup(hist_str(rec, "flow") ? hist_str(rec, "flow") : "");
	cJSON_ArrayForEach(it, cJSON_GetObjectItemCaseSensitive(rec, "people"))
		if (cJSON_IsString(it))
			strv_push(&r->people, it->valuestring);
	long i = 0;
	cJSON_ArrayForEach(it, cJSON_GetObjectItemCaseSensitive(rec, "roles"))
	{
		if (cJSON_IsString(it) && !strcmp(it->valuestring, "presenter"))
			r->presenter = i;
		i++;
	}
}

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

/* Whoever a seats record puts in the presenter's role presented then. */
static void hist_seats(struct history *h, const struct hist_round *r, const cJSON *rec)
{
	size_t p = 0;
	const cJSON *it;
	cJSON_ArrayForEach(it, cJSON_GetObjectItemCaseSensitive(rec, "seats"))
	{
		if (p < r->people.n && cJSON_IsNumber(it) && (long)it->valuedouble == r->presenter)
			hist_presented(h, r->people.v[p], r->at);
		p++;
	}
}

/* Reads one journal's start and seats records; false when it has no start. */
static bool hist_read(struct history *h, const char *path, struct hist_round *r)
{
	FILE *f = fileio_fopen(path, FILEIO_READ, "r");
	char *line = NULL;
	size_t cap = 0;
	bool started = false;
	*r = (struct hist_round){.presenter = -1};
	while (f && getline(&line, &cap, f) >= 0) {
		if (!strstr(line, started ? "\"seats\"" : "\"start\"") &&
		    !(started && strstr(line, "\"join\"")))
			continue; /* the others are not needed: not parsed */
		cJSON *rec = cJSON_Parse(line);
		const char *t = hist_str(rec, "t"), *name = hist_str(rec, "name");
		if (t && !started && !strcmp(t, "start"))
			hist_start(r, rec), started = true;
		else if (t && started && !strcmp(t, "join") && name)
			strv_push(&r->people, name); /* a late arrival is of the group too */
		else if (t && started && !strcmp(t, "seats") && r->presenter >= 0)
			hist_seats(h, r, rec);
		cJSON_Delete(rec);
	}
	free(line);
	if (f)
		fclose(f);
	return started && r->people.n;
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
	DIR *dp = dir ? opendir(dir) : NULL;
	struct dirent *e;
	while (dp && (e = readdir(dp))) {
		size_t len = strlen(e->d_name);
		if (len < 7 || strcmp(e->d_name + len - 6, ".jsonl") != 0)
			continue;
		char *path = xasprintf("%s/%s", dir, e->d_name);
		struct hist_round r;
		if (hist_read(h, path, &r))
			hist_keep_group(h, &r);
		free(r.flow);
		strv_free(&r.people);
		free(path);
	}
	if (dp)
		closedir(dp);
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
