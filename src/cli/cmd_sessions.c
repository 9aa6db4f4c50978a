/* rucksack sessions: the rounds in the sessions folder, newest first. */
#include <cjson/cJSON.h>
#include <dirent.h>
#include <getopt.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "cli/cmd_session.h"
#include "core/paths.h"
#include "core/session.h"
#include "core/utf8.h"
#include "core/xalloc.h"

static void sessions_usage(FILE *out)
{
	fputs("usage: rucksack sessions [--format=text|json]\n"
	      "Lists the supervision rounds kept under $XDG_DATA_HOME/rucksack/sessions,\n"
	      "newest first: id, flow, date, people, reflections; unfinished ones marked.\n"
	      "Resume one with `rucksack resume ID`, export it with `rucksack export ID`.\n",
	      out);
}

/* 1 after --help, 0 to go on, 2 on bad usage. */
static int sessions_parse(int argc, char **argv, bool *json, FILE *out, FILE *err)
{
	static const struct option longs[] = {
		{"format", required_argument, NULL, 'f'},
		{"help", no_argument, NULL, 'h'},
		{NULL, 0, NULL, 0},
	};
	opterr = 0;
	optind = 0; /* glibc: restart the scan completely (tests call us repeatedly) */
	for (int c; (c = getopt_long(argc, argv, ":h", longs, NULL)) != -1;) {
		if (c == 'h') {
			sessions_usage(out);
			return 1;
		}
		if (c == 'f' && (!strcmp(optarg, "text") || !strcmp(optarg, "json"))) {
			*json = !strcmp(optarg, "json");
			continue;
		}
		fprintf(err, "rucksack sessions: %s\n",
			c == 'f' ? "--format must be text or json" : "unknown option or missing argument");
		sessions_usage(err);
		return 2;
	}
	if (optind < argc) {
		fprintf(err, "rucksack sessions: unexpected argument '%s'\n", argv[optind]);
		return 2;
	}
	return 0;
}

static const char *sessions_when(int64_t ms, char *buf, size_t n)
{
	time_t t = (time_t)(ms / 1000);
	struct tm tm;
	localtime_r(&t, &tm);
	strftime(buf, n, "%Y-%m-%d %H:%M", &tm);
	return buf;
}

/* "3 reflections, 1 note" */
static void sessions_counts(FILE *out, const struct session_info *si)
{
	char buf[64];
	int n = snprintf(buf, sizeof buf, "%zu reflection%s", si->n_reflections,
			 si->n_reflections == 1 ? "" : "s");
	if (si->n_notes)
		snprintf(buf + n, sizeof buf - (size_t)n, ", %zu note%s", si->n_notes,
			 si->n_notes == 1 ? "" : "s");
	fprintf(out, "%-27s", buf);
}

static void sessions_people(FILE *out, const struct strv *people)
{
	for (size_t p = 0; p < people->n; p++) {
		char *name = utf8_visible(people->v[p], false);
		fprintf(out, "%s%s", p ? ", " : "", name);
		free(name);
	}
}

static void sessions_text(FILE *out, const struct session_info *v, size_t n)
{
	if (n == 0) {
		fputs("No rounds yet.\n", out);
		return;
	}
	for (size_t i = 0; i < n; i++) {
		char when[32];
		char *flow = utf8_visible(v[i].flow_id, false);
		fprintf(out, "%s  %-20s  %s  %s  ", v[i].id, flow,
			sessions_when(v[i].started_at, when, sizeof when),
			v[i].ended ? "ended     " : "UNFINISHED");
		sessions_counts(out, &v[i]);
		sessions_people(out, &v[i].people);
		fputs(v[i].torn ? "  (last line torn: resumes up to the event before it)\n" : "\n", out);
		free(flow);
	}
}

static void sessions_json(FILE *out, const struct session_info *v, size_t n)
{
	cJSON *arr = cJSON_CreateArray();
	for (size_t i = 0; i < n; i++) {
		char when[32];
		cJSON *o = cJSON_CreateObject();
		cJSON_AddStringToObject(o, "id", v[i].id);
		cJSON_AddStringToObject(o, "path", v[i].path);
		cJSON_AddStringToObject(o, "flow", v[i].flow_id);
		cJSON_AddStringToObject(o, "date", sessions_when(v[i].started_at, when, sizeof when));
		cJSON_AddNumberToObject(o, "started_at", (double)v[i].started_at);
		cJSON_AddNumberToObject(o, "last_at", (double)v[i].last_at);
		cJSON *people = cJSON_AddArrayToObject(o, "people");
		for (size_t p = 0; p < v[i].people.n; p++)
			cJSON_AddItemToArray(people, cJSON_CreateString(v[i].people.v[p]));
		cJSON_AddNumberToObject(o, "reflections", (double)v[i].n_reflections);
		cJSON_AddNumberToObject(o, "notes", (double)v[i].n_notes);
		cJSON_AddBoolToObject(o, "ended", v[i].ended);
		cJSON_AddBoolToObject(o, "torn", v[i].torn);
		cJSON_AddItemToArray(arr, o);
	}
	char *s = cJSON_Print(arr);
	fprintf(out, "%s\n", s);
	cJSON_free(s);
	cJSON_Delete(arr);
}

int cmd_sessions_run(int argc, char **argv, env_fn env, FILE *out, FILE *err)
{
	bool json = false;
	int rc = sessions_parse(argc, argv, &json, out, err);
	if (rc)
		return rc == 1 ? 0 : rc;
	struct diags d = {0};
	char *dir = paths_private_dir(env, "sessions", 0, &d);
	struct session_info *v = NULL;
	size_t n = 0;
	if (dir)
		session_list(dir, &v, &n, &d);
	if (json)
		sessions_json(out, v, n);
	else
		sessions_text(out, v, n);
	for (size_t i = 0; i < d.n; i++)
		diag_print_text(err, &d.v[i]);
	rc = dir ? 0 : 1;
	session_info_free(v, n);
	diags_free(&d);
	free(dir);
	return rc;
}

static bool find_is_path(const char *id)
{
	size_t n = strlen(id);
	return strchr(id, '/') || (n > 6 && !strcmp(id + n - 6, ".jsonl"));
}

char *cmd_session_find(const char *dir, const char *id, FILE *err)
{
	if (find_is_path(id))
		return xstrdup(id);
	DIR *dh = dir ? opendir(dir) : NULL;
	struct strv hits = {0};
	size_t idlen = strlen(id);
	for (struct dirent *de; dh && (de = readdir(dh)) != NULL;) {
		size_t n = strlen(de->d_name);
		if (n <= 6 || strcmp(de->d_name + n - 6, ".jsonl") || strncmp(de->d_name, id, idlen))
			continue;
		if (n - 6 == idlen) { /* an exact id beats any prefix */
			strv_free(&hits);
			strv_push(&hits, de->d_name);
			break;
		}
		strv_push(&hits, de->d_name);
	}
	if (dh)
		closedir(dh);
	char *path = hits.n == 1 ? xasprintf("%s/%s", dir, hits.v[0]) : NULL;
	if (hits.n == 0)
		fprintf(err, "rucksack: no round with id '%s' (see `rucksack sessions`)\n", id);
	else if (hits.n > 1)
		fprintf(err, "rucksack: '%s' matches %zu rounds; give more of the id\n", id, hits.n);
	strv_free(&hits);
	return path;
}
