/*
 * The summaries a listing keeps beside the journals (session_summary.h).
 */
#include "core/round/session_summary.h"

#include <cjson/cJSON.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/base/atomicfile.h"
#include "core/base/xalloc.h"

/* Bumped when a field's meaning changes: summaries of another version are ignored. */
#define SUMMARY_VERSION 1

struct summary {
	char *name;   /* the journal's file name (borrowed from obj) */
	cJSON *obj;   /* the line as kept */
	bool used;    /* its journal was listed this time */
};

struct summaries {
	char *path;
	struct summary *v;
	size_t n, cap;
	size_t n_sorted; /* v[0..n_sorted) is sorted by name (loaded); puts of new names follow */
	size_t n_loaded;
	bool changed;
};

static int summary_cmp(const void *a, const void *b)
{
	return strcmp(((const struct summary *)a)->name, ((const struct summary *)b)->name);
}

static char *summary_slurp(const char *path)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		return NULL;
	size_t n = 0, cap = 0;
	char *buf = NULL;
	for (;;) {
		xgrow((void **)&buf, &cap, n + 65536 + 1, 1);
		size_t got = fread(buf + n, 1, cap - n - 1, f);
		n += got;
		if (got == 0)
			break;
	}
	bool bad = ferror(f);
	fclose(f);
	if (bad) {
		free(buf);
		return NULL;
	}
	buf[n] = '\0';
	return buf;
}

/* Keeps one line: a summary with a name, or the header (whose version must be ours). */
static bool summary_line(struct summaries *sm, const char *line, bool first)
{
	cJSON *o = cJSON_Parse(line);
	if (first) {
		const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, "v");
		bool ours = cJSON_IsNumber(v) && v->valuedouble == SUMMARY_VERSION;
		cJSON_Delete(o);
		return ours;
	}
	const cJSON *name = cJSON_GetObjectItemCaseSensitive(o, "name");
	if (!cJSON_IsObject(o) || !cJSON_IsString(name)) {
		cJSON_Delete(o);
		return true; /* one unreadable line costs its journal a replay, nothing more */
	}
	xgrow((void **)&sm->v, &sm->cap, sm->n + 1, sizeof *sm->v);
	sm->v[sm->n++] = (struct summary){.name = name->valuestring, .obj = o};
	return true;
}

struct summaries *summaries_load(const char *dir)
{
	struct summaries *sm = xcalloc(1, sizeof *sm);
	sm->path = xasprintf("%s/%s", dir, SESSION_SUMMARIES);
	char *text = summary_slurp(sm->path);
	bool first = true;
	for (char *line = text, *next; line && *line; line = next) {
		next = strchr(line, '\n');
		if (next)
			*next++ = '\0';
		else
			next = line + strlen(line);
		if (!summary_line(sm, line, first))
			break;
		first = false;
	}
	free(text);
	qsort(sm->v, sm->n, sizeof *sm->v, summary_cmp);
	sm->n_sorted = sm->n_loaded = sm->n;
	return sm;
}

static struct summary *summary_find(struct summaries *sm, const char *name)
{
	struct summary key = {.name = (char *)name};
	return sm->n_sorted ? bsearch(&key, sm->v, sm->n_sorted, sizeof *sm->v, summary_cmp) : NULL;
}

static double summary_num(const cJSON *o, const char *key)
{
	const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, key);
	return cJSON_IsNumber(v) ? v->valuedouble : -1;
}

/* Whether the summary was made from the journal as st finds it now. */
static bool summary_fresh(const cJSON *o, const struct stat *st)
{
	char ino[32];
	snprintf(ino, sizeof ino, "%" PRIuMAX, (uintmax_t)st->st_ino);
	const cJSON *i = cJSON_GetObjectItemCaseSensitive(o, "ino");
	return cJSON_IsString(i) && !strcmp(i->valuestring, ino) &&
	       summary_num(o, "size") == (double)st->st_size &&
	       summary_num(o, "mtime_s") == (double)st->st_mtim.tv_sec &&
	       summary_num(o, "mtime_ns") == (double)st->st_mtim.tv_nsec;
}

/* A count kept: a whole number from 0 up, or -1. */
static long long summary_count(const cJSON *o, const char *key)
{
	double v = summary_num(o, key);
	return v >= 0 && v < 9007199254740992.0 && v == (double)(long long)v ? (long long)v : -1;
}

/* Fills si from o; false when a field is missing or not what it should be. */
static bool summary_fill(const cJSON *o, struct session_info *si)
{
	static const char *const counts[] = {"started_at", "last_at", "reflections", "notes", "events",
					     "round", "phase", "n_phases", "rounds"};
	long long c[sizeof counts / sizeof counts[0]];
	for (size_t i = 0; i < sizeof counts / sizeof counts[0]; i++)
		if ((c[i] = summary_count(o, counts[i])) < 0)
			return false;
	const cJSON *flow = cJSON_GetObjectItemCaseSensitive(o, "flow");
	const cJSON *people = cJSON_GetObjectItemCaseSensitive(o, "people");
	const cJSON *ended = cJSON_GetObjectItemCaseSensitive(o, "ended");
	const cJSON *torn = cJSON_GetObjectItemCaseSensitive(o, "torn");
	if (!cJSON_IsString(flow) || !cJSON_IsArray(people) || !cJSON_IsBool(ended) ||
	    !cJSON_IsBool(torn))
		return false;
	const cJSON *p;
	cJSON_ArrayForEach(p, people)
		if (!cJSON_IsString(p))
			return false;
	si->flow_id = xstrdup(flow->valuestring);
	cJSON_ArrayForEach(p, people)
		strv_push(&si->people, p->valuestring);
	si->started_at = c[0], si->last_at = c[1];
	si->n_reflections = (size_t)c[2], si->n_notes = (size_t)c[3], si->n_events = (size_t)c[4];
	si->round = (size_t)c[5], si->phase = (size_t)c[6], si->n_phases = (size_t)c[7];
	si->rounds = (unsigned)c[8];
	si->ended = cJSON_IsTrue(ended), si->torn = cJSON_IsTrue(torn);
	return true;
}

bool summaries_take(struct summaries *sm, const char *name, const struct stat *st,
		    struct session_info *si)
{
	struct summary *s = summary_find(sm, name);
	if (!s || !summary_fresh(s->obj, st) || !summary_fill(s->obj, si))
		return false;
	s->used = true;
	return true;
}

static cJSON *summary_new(const char *name, const struct stat *st, const struct session_info *si)
{
	char ino[32];
	snprintf(ino, sizeof ino, "%" PRIuMAX, (uintmax_t)st->st_ino);
	cJSON *o = cJSON_CreateObject();
	cJSON_AddStringToObject(o, "name", name);
	cJSON_AddStringToObject(o, "ino", ino);
	cJSON_AddNumberToObject(o, "size", (double)st->st_size);
	cJSON_AddNumberToObject(o, "mtime_s", (double)st->st_mtim.tv_sec);
	cJSON_AddNumberToObject(o, "mtime_ns", (double)st->st_mtim.tv_nsec);
	cJSON_AddStringToObject(o, "flow", si->flow_id);
	cJSON *people = cJSON_AddArrayToObject(o, "people");
	for (size_t i = 0; i < si->people.n; i++)
		cJSON_AddItemToArray(people, cJSON_CreateString(si->people.v[i]));
	cJSON_AddNumberToObject(o, "started_at", (double)si->started_at);
	cJSON_AddNumberToObject(o, "last_at", (double)si->last_at);
	cJSON_AddBoolToObject(o, "ended", si->ended);
	cJSON_AddBoolToObject(o, "torn", si->torn);
	cJSON_AddNumberToObject(o, "reflections", (double)si->n_reflections);
	cJSON_AddNumberToObject(o, "notes", (double)si->n_notes);
	cJSON_AddNumberToObject(o, "events", (double)si->n_events);
	cJSON_AddNumberToObject(o, "round", (double)si->round);
	cJSON_AddNumberToObject(o, "phase", (double)si->phase);
	cJSON_AddNumberToObject(o, "n_phases", (double)si->n_phases);
	cJSON_AddNumberToObject(o, "rounds", (double)si->rounds);
	return o;
}

void summaries_put(struct summaries *sm, const char *name, const struct stat *st,
		   const struct session_info *si)
{
	cJSON *o = summary_new(name, st, si);
	const char *kept = cJSON_GetObjectItemCaseSensitive(o, "name")->valuestring;
	struct summary *s = summary_find(sm, name);
	if (s) {
		cJSON_Delete(s->obj);
		*s = (struct summary){.name = (char *)kept, .obj = o, .used = true};
	} else {
		xgrow((void **)&sm->v, &sm->cap, sm->n + 1, sizeof *sm->v);
		sm->v[sm->n++] = (struct summary){.name = (char *)kept, .obj = o, .used = true};
	}
	sm->changed = true;
}

static int summary_write(FILE *f, void *data)
{
	const struct summaries *sm = data;
	fprintf(f, "{\"v\":%d}\n", SUMMARY_VERSION);
	for (size_t i = 0; i < sm->n; i++) {
		if (!sm->v[i].used)
			continue;
		char *line = cJSON_PrintUnformatted(sm->v[i].obj);
		fprintf(f, "%s\n", line);
		free(line);
	}
	return ferror(f) ? -1 : 0;
}

void summaries_save(struct summaries *sm)
{
	for (size_t i = 0; i < sm->n_loaded && !sm->changed; i++)
		sm->changed = !sm->v[i].used; /* its journal is gone */
	if (sm->changed) {
		struct diags quiet = {0}; /* a folder that cannot take it: slower next time, no more */
		atomic_write(sm->path, "the rounds' summaries", summary_write, sm, &quiet);
		diags_free(&quiet);
	}
	for (size_t i = 0; i < sm->n; i++)
		cJSON_Delete(sm->v[i].obj);
	free(sm->v);
	free(sm->path);
	free(sm);
}
