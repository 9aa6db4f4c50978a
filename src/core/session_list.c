/*
 * Listing the rounds in a sessions folder from their journals alone (no
 * catalog needed), newest first.
 */
#include <cjson/cJSON.h>
#include <dirent.h>
#include <stdlib.h>
#include <string.h>

#include "journal.h"
#include "session.h"
#include "xalloc.h"

/* Which entry ids are notes, while reading one journal. */
struct list_notes {
	bool *is_note;
	size_t cap;
};

static void list_clear(struct session_info *si)
{
	free(si->id);
	free(si->path);
	free(si->flow_id);
	strv_free(&si->people);
}

static long long list_int(const cJSON *o, const char *key)
{
	const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, key);
	return cJSON_IsNumber(v) ? (long long)v->valuedouble : 0;
}

static void list_take_start(struct session_info *si, const cJSON *rec)
{
	const cJSON *flow = cJSON_GetObjectItemCaseSensitive(rec, "flow");
	si->flow_id = xstrdup(cJSON_IsString(flow) ? flow->valuestring : "?");
	si->started_at = list_int(rec, "at");
	const cJSON *it;
	cJSON_ArrayForEach(it, cJSON_GetObjectItemCaseSensitive(rec, "people"))
		if (cJSON_IsString(it))
			strv_push(&si->people, it->valuestring);
}

static void list_count(struct session_info *si, struct list_notes *ln, const cJSON *rec, int dir)
{
	long long id = list_int(rec, "id");
	bool note;
	if (dir > 0) {
		note = cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(rec, "note"));
		if (id > 0 && id < 10000000) {
			size_t old = ln->cap;
			xgrow((void **)&ln->is_note, &ln->cap, (size_t)id + 1, sizeof *ln->is_note);
			memset(ln->is_note + old, 0, (ln->cap - old) * sizeof *ln->is_note);
			ln->is_note[id] = note;
		}
	} else {
		note = id > 0 && (size_t)id < ln->cap && ln->is_note[id];
	}
	size_t *n = note ? &si->n_notes : &si->n_reflections;
	if (dir > 0)
		(*n)++;
	else if (*n > 0)
		(*n)--;
}

static void list_take(struct session_info *si, struct list_notes *ln, const cJSON *rec)
{
	const cJSON *t = cJSON_GetObjectItemCaseSensitive(rec, "t");
	const char *type = cJSON_IsString(t) ? t->valuestring : "";
	long long at = list_int(rec, "at");
	if (at > si->last_at)
		si->last_at = at;
	if (!strcmp(type, "start") && !si->flow_id)
		list_take_start(si, rec);
	else if (!strcmp(type, "entry"))
		list_count(si, ln, rec, 1);
	else if (!strcmp(type, "delete"))
		list_count(si, ln, rec, -1);
	else if (!strcmp(type, "end"))
		si->ended = true;
}

/* Reads one journal; false (with a warning) when it holds no round.  One
 * damaged after its start is listed (marked damaged, the damage warned of).  The id
 * shown is the file's name, which is what export and resume look for (it is
 * the start record's id unless the file was renamed). */
static bool list_one(const char *dir, const char *name, struct session_info *si, struct diags *d)
{
	memset(si, 0, sizeof *si);
	si->path = xasprintf("%s/%s", dir, name);
	si->id = xstrndup(name, strlen(name) - strlen(".jsonl"));
	struct strv lines = {0};
	struct diags local = {0};
	struct list_notes ln = {0};
	int rc = journal_read(si->path, &lines, &si->torn, &local);
	for (size_t i = 0; i < lines.n; i++) {
		cJSON *rec = cJSON_Parse(lines.v[i]);
		list_take(si, &ln, rec);
		cJSON_Delete(rec);
	}
	free(ln.is_note);
	strv_free(&lines);
	if (rc != 0) {
		/* what is damaged (file:line) is worth a warning here, not an error */
		for (size_t i = 0; i < local.n; i++)
			local.v[i].severity = DIAG_WARNING;
		diags_move(d, &local);
		si->damaged = true;
	}
	bool round = si->flow_id != NULL;
	if (!round) {
		diags_warn(d, si->path, rc != 0 ? 0 : 1, rc != 0 ? 0 : 1, DIAG_SCHEMA,
			   rc != 0 ? "not a readable round journal; skipped"
				   : "no round starts here (no \"start\" record); skipped");
		list_clear(si);
	}
	diags_free(&local);
	return round;
}

static int list_cmp(const void *a, const void *b)
{
	const struct session_info *x = a, *y = b;
	if (x->started_at != y->started_at)
		return x->started_at > y->started_at ? -1 : 1;
	return strcmp(y->id, x->id);
}

static bool list_is_journal(const char *name)
{
	size_t n = strlen(name);
	return n > 6 && name[0] != '.' && !strcmp(name + n - 6, ".jsonl");
}

int session_list(const char *dir, struct session_info **out, size_t *n, struct diags *d)
{
	*out = NULL;
	*n = 0;
	DIR *dh = opendir(dir);
	if (!dh)
		return 0; /* no folder yet: no rounds */
	size_t cap = 0;
	struct dirent *de;
	while ((de = readdir(dh)) != NULL) {
		if (!list_is_journal(de->d_name))
			continue;
		xgrow((void **)out, &cap, *n + 1, sizeof **out);
		if (list_one(dir, de->d_name, &(*out)[*n], d))
			(*n)++;
	}
	closedir(dh);
	if (*n)
		qsort(*out, *n, sizeof **out, list_cmp);
	return 0;
}

void session_info_free(struct session_info *v, size_t n)
{
	for (size_t i = 0; i < n; i++)
		list_clear(&v[i]);
	free(v);
}
