/*
 * Starting a round: checking the flow and people, naming the journal, and
 * writing the start and seats records before entering the first phase.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "core/base/clock.h"
#include "core/deck/dealer.h"
#include "core/base/fileio.h"
#include "core/base/journal.h"
#include "core/base/paths.h"
#include "core/base/rng.h"
#include "core/deck/seating.h"
#include "core/round/session_int.h"
#include "core/base/xalloc.h"

/* YYYYMMDD-HHMMSS-xxxx in local time; the hex part avoids clashes within a second. */
static char *start_new_id(const char *dir, char **path_out)
{
	time_t t = (time_t)now_wall_s();
	struct tm tm;
	localtime_r(&t, &tm);
	char stamp[32];
	strftime(stamp, sizeof stamp, "%Y%m%d-%H%M%S", &tm);
	struct rng r;
	rng_seed(&r, rng_fresh_seed());
	for (;;) {
		char *id = xasprintf("%s-%04x", stamp, (unsigned)(rng_next(&r) & 0xffff));
		char *path = xasprintf("%s/%s.jsonl", dir, id);
		if (access(path, F_OK) != 0) {
			*path_out = path;
			return id;
		}
		free(id);
		free(path);
	}
}

static void start_add_decks(cJSON *rec, const struct catalog *c, const struct flow *f)
{
	cJSON *decks = cJSON_AddObjectToObject(rec, "decks");
	for (size_t p = 0; p < f->n_phases; p++)
		for (size_t k = 0; k < f->phases[p].n_deals; k++) {
			const char *id = f->phases[p].deals[k].deck;
			if (cJSON_GetObjectItemCaseSensitive(decks, id))
				continue;
			const struct doc *dk = catalog_find_kind(c, id, DOC_DECK);
			cJSON_AddStringToObject(decks, id, dk && dk->version ? dk->version : "");
		}
}

static cJSON *start_record(const struct doc *flow, const struct catalog *c,
			   const struct session_opts *o, const char *id, uint64_t seed)
{
	cJSON *rec = session_rec_new("start");
	cJSON_AddNumberToObject(rec, "v", 1);
	cJSON_AddStringToObject(rec, "id", id);
	cJSON_AddStringToObject(rec, "flow", flow->id);
	cJSON_AddStringToObject(rec, "flow_title", flow->title ? flow->title : flow->id);
	cJSON_AddStringToObject(rec, "flow_version", flow->version ? flow->version : "");
	char buf[24];
	snprintf(buf, sizeof buf, "%llu", (unsigned long long)seed);
	cJSON_AddStringToObject(rec, "seed", buf);
	cJSON_AddNumberToObject(rec, "rounds", o->rounds ? o->rounds : flow->flow.rounds);
	if (o->facilitator)
		cJSON_AddStringToObject(rec, "facilitator", o->facilitator);
	cJSON *people = cJSON_AddArrayToObject(rec, "people");
	for (size_t i = 0; i < o->people->n; i++)
		cJSON_AddItemToArray(people, cJSON_CreateString(o->people->v[i]));
	if (o->apologies && o->apologies->n) { /* left out when none: as journals before it */
		cJSON *absent = cJSON_AddArrayToObject(rec, "apologies");
		for (size_t i = 0; i < o->apologies->n; i++)
			cJSON_AddItemToArray(absent, cJSON_CreateString(o->apologies->v[i]));
	}
	start_add_decks(rec, c, &flow->flow);
	cJSON *min = cJSON_AddArrayToObject(rec, "minutes");
	for (size_t i = 0; i < flow->flow.n_phases; i++)
		cJSON_AddItemToArray(min, cJSON_CreateNumber(o->minutes ? (double)o->minutes[i]
									 : flow->flow.phases[i].minutes));
	cJSON *ph = cJSON_AddArrayToObject(rec, "phases");
	for (size_t i = 0; i < flow->flow.n_phases; i++)
		cJSON_AddItemToArray(ph, cJSON_CreateString(flow->flow.phases[i].id));
	cJSON *ro = cJSON_AddArrayToObject(rec, "roles");
	for (size_t i = 0; i < flow->flow.n_roles; i++)
		cJSON_AddItemToArray(ro, cJSON_CreateString(flow->flow.roles[i].id));
	return rec;
}

cJSON *session_seats_record(size_t round, const int *seats, size_t n)
{
	cJSON *rec = session_rec_new("seats");
	cJSON_AddNumberToObject(rec, "round", (double)round);
	cJSON *arr = cJSON_AddArrayToObject(rec, "seats");
	for (size_t i = 0; i < n; i++)
		cJSON_AddItemToArray(arr, cJSON_CreateNumber(seats[i]));
	return rec;
}

/* Names must be there to tell people apart in the transcript. */
static bool start_people_ok(const struct strv *people, const char *flow_path, struct diags *d)
{
	if (!people || people->n == 0) {
		diags_error(d, flow_path, 0, 0, DIAG_SCHEMA, "a round needs at least one person");
		return false;
	}
	for (size_t i = 0; i < people->n; i++) {
		if (!*people->v[i] || strv_find(people, people->v[i]) != (long)i) {
			diags_error(d, flow_path, 0, 0, DIAG_SCHEMA,
				    "person %zu has %s name; each needs their own", i + 1,
				    *people->v[i] ? "the same" : "an empty");
			return false;
		}
	}
	return true;
}

/* Apologies name someone, each once, and no one present. */
static bool start_apologies_ok(const struct session_opts *o, const char *flow_path, struct diags *d)
{
	const struct strv *absent = o->apologies;
	for (size_t i = 0; absent && i < absent->n; i++)
		if (!*absent->v[i] || strv_find(absent, absent->v[i]) != (long)i ||
		    strv_find(o->people, absent->v[i]) >= 0) {
			diags_error(d, flow_path, 0, 0, DIAG_SCHEMA,
				    "apology %zu is empty, given twice or from someone present", i + 1);
			return false;
		}
	return true;
}

/* An explicit seating from setup: one role index (or -1) per person. */
static bool start_seats_ok(const struct doc *flow, const int *seats, size_t n, struct diags *d)
{
	for (size_t i = 0; i < n; i++)
		if (seats[i] < -1 || seats[i] >= (int)flow->flow.n_roles) {
			diags_error(d, flow->path, 0, 0, DIAG_SCHEMA,
				    "person %zu is seated in role %d, which flow \"%s\" does not have",
				    i + 1, seats[i], flow->id);
			return false;
		}
	return true;
}

/* The flow, its references and the people must all be right before anything is written. */
static const struct doc *start_check(const struct catalog *c, const struct session_opts *o,
				     int *seats, struct diags *d)
{
	const struct doc *flow = catalog_find_kind(c, o->flow_id, DOC_FLOW);
	if (!flow) {
		diags_error(d, "", 0, 0, DIAG_REFERENCE, "no flow \"%s\" on the search path",
			    o->flow_id);
		return NULL;
	}
	if (!start_people_ok(o->people, flow->path, d) || !start_apologies_ok(o, flow->path, d))
		return NULL;
	if (o->rounds > SESSION_MAX_ROUNDS) {
		diags_error(d, flow->path, 0, 0, DIAG_SCHEMA, "at most %d rounds, not %u",
			    SESSION_MAX_ROUNDS, o->rounds);
		return NULL;
	}
	if (catalog_check_flow_refs(c, flow, d) > 0)
		return NULL;
	if (o->seats) {
		memcpy(seats, o->seats, o->people->n * sizeof *seats);
		return start_seats_ok(flow, seats, o->people->n, d) ? flow : NULL;
	}
	return seating_assign(flow, o->people->n, seats, d) == 0 ? flow : NULL;
}

/* The sessions folder: the one given, or the default under XDG_DATA_HOME;
 * made 0700 when missing.  NULL when there is no home to put it in, or the
 * default belongs to another user (paths_private_dir). */
static char *start_dir(const struct session_opts *o, struct diags *d)
{
	char *dir = o->dir ? xstrdup(o->dir) : paths_private_dir(o->env, "sessions", 0, d);
	/* A folder that cannot be made is no reason to refuse the round: it runs
	 * in memory, unsaved, and can be saved elsewhere. */
	if (dir && paths_mkdirs(dir, 0700) != 0) {
		int e = errno;
		diags_error(d, dir, 0, 0, DIAG_IO, "cannot create the sessions folder: %s",
			    fileio_why(e));
		diags_set_errnum(d, e);
	}
	return dir;
}

int session_start(struct session **out, const struct catalog *c, const struct session_opts *o,
		  struct diags *d)
{
	*out = NULL;
	int *seats = xcalloc(o->people && o->people->n ? o->people->n : 1, sizeof *seats);
	const struct doc *flow = start_check(c, o, seats, d);
	char *dir = flow ? start_dir(o, d) : NULL;
	if (!dir) {
		free(seats);
		return SESSION_INVALID;
	}
	struct session *s = xcalloc(1, sizeof *s);
	s->catalog = c;
	char *id = start_new_id(dir, &s->journal_path);
	uint64_t seed = o->has_seed ? o->seed : rng_fresh_seed();
	/* The first commit opens the journal; if it cannot, all stays pending. */
	int st = session_commit(s, start_record(flow, c, o, id, seed), d);
	st = session_worst(st, session_commit(s, session_seats_record(0, seats, o->people->n), d));
	if (o->case_ref || o->question)
		st = session_worst(st, session_set_case(s, o->case_ref, o->question, d));
	st = session_worst(st, session_goto(s, 0, 0, d));
	free(id);
	free(dir);
	free(seats);
	*out = s;
	return st;
}
