/*
 * The summaries a listing keeps beside the journals (session_summary.h).
 * One line a journal, its fields apart by tabs, text escaped (\\ \t \n \r):
 * read back with no JSON parser, since reading them is all a listing of
 * years of rounds does.
 */
#include "core/round/session_summary.h"

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/base/atomicfile.h"
#include "core/base/fileio.h"
#include "core/base/xalloc.h"

/* The first line; a file that starts otherwise (another version) is not
 * read, and the journals are read again once.  2: who presented is kept. */
#define SUMMARY_HEADER "rucksack summaries 2"

/* The numbers after a journal's name and flow, in this order. */
enum {
	SN_INO, SN_SIZE, SN_MTIME_S, SN_MTIME_NS, SN_STARTED, SN_LAST, SN_ENDED, SN_TORN,
	SN_REFLECTIONS, SN_NOTES, SN_EVENTS, SN_ROUND, SN_PHASE, SN_PHASES, SN_ROUNDS, SN_PEOPLE,
	SN_COUNT
};

struct summary {
	char *name; /* the journal's file name */
	char *line; /* the whole line as kept (owned) */
	bool used;  /* its journal was listed this time */
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

/* The field at *s (up to a tab or the end), unescaped; *s moves past it and
 * its tab.  NULL at the end of the line or on an escape that is none. */
static char *summary_field(const char **s)
{
	if (!*s)
		return NULL;
	size_t len = strcspn(*s, "\t");
	char *out = xcalloc(len + 1, 1), *o = out;
	for (const char *p = *s; p < *s + len; p++) {
		if (*p != '\\') {
			*o++ = *p;
			continue;
		}
		const char *e = strchr("\\\\t\tn\nr\r", p[1]);
		if (!p[1] || !e || (e - "\\\\t\tn\nr\r") % 2) {
			free(out);
			return NULL;
		}
		*o++ = e[1];
		p++;
	}
	*s = (*s)[len] == '\t' ? *s + len + 1 : NULL;
	return out;
}

/* A whole number from 0 up, or -1. */
static long long summary_number(const char *text)
{
	char *end;
	if (!text || *text < '0' || *text > '9')
		return -1;
	unsigned long long v = strtoull(text, &end, 10);
	return *end || v > INT64_MAX ? -1 : (long long)v;
}

struct summaries *summaries_load(const char *dir)
{
	struct summaries *sm = xcalloc(1, sizeof *sm);
	sm->path = xasprintf("%s/%s", dir, SESSION_SUMMARIES);
	char *text = fileio_slurp(sm->path, NULL);
	size_t head = strlen(SUMMARY_HEADER);
	if (text && !strncmp(text, SUMMARY_HEADER, head) && text[head] == '\n') {
		for (char *line = text + head + 1, *next; *line; line = next) {
			next = strchr(line, '\n');
			*(next ? next++ : (next = line + strlen(line))) = '\0';
			const char *at = line;
			char *name = summary_field(&at);
			if (!name)
				continue; /* one unreadable line costs its journal a replay, nothing more */
			xgrow((void **)&sm->v, &sm->cap, sm->n + 1, sizeof *sm->v);
			sm->v[sm->n++] = (struct summary){.name = name, .line = xstrdup(line)};
		}
	}
	free(text);
	if (sm->n)
		qsort(sm->v, sm->n, sizeof *sm->v, summary_cmp);
	sm->n_sorted = sm->n_loaded = sm->n;
	return sm;
}

static struct summary *summary_find(struct summaries *sm, const char *name)
{
	struct summary key = {.name = (char *)name};
	return sm->n_sorted ? bsearch(&key, sm->v, sm->n_sorted, sizeof *sm->v, summary_cmp) : NULL;
}

/* Reads line's numbers into num and its flow and people into si; false when
 * a field is missing or not what it should be (si then holds nothing). */
static bool summary_parse(const char *line, long long num[SN_COUNT], struct session_info *si)
{
	const char *at = line;
	char *name = summary_field(&at), *flow = summary_field(&at);
	bool ok = name && flow;
	for (int i = 0; ok && i < SN_COUNT; i++) {
		char *f = summary_field(&at);
		ok = (num[i] = summary_number(f)) >= 0;
		free(f);
	}
	ok = ok && num[SN_ENDED] <= 1 && num[SN_TORN] <= 1;
	for (long long i = 0; ok && at; i++) { /* the people, then who presented */
		char *person = summary_field(&at);
		if (person)
			strv_push_owned(i < num[SN_PEOPLE] ? &si->people : &si->presenters, person);
		ok = person != NULL;
	}
	ok = ok && si->people.n == (size_t)num[SN_PEOPLE];
	free(name);
	if (!ok) {
		free(flow);
		strv_free(&si->people);
		strv_free(&si->presenters);
		return false;
	}
	si->flow_id = flow;
	return true;
}

bool summaries_take(struct summaries *sm, const char *name, const struct stat *st,
		    struct session_info *si)
{
	struct summary *s = summary_find(sm, name);
	long long num[SN_COUNT];
	if (!s || !summary_parse(s->line, num, si))
		return false;
	if ((uintmax_t)num[SN_INO] != (uintmax_t)st->st_ino || num[SN_SIZE] != (long long)st->st_size ||
	    num[SN_MTIME_S] != (long long)st->st_mtim.tv_sec ||
	    num[SN_MTIME_NS] != (long long)st->st_mtim.tv_nsec) {
		free(si->flow_id); /* stale: the journal is not what it was made from */
		si->flow_id = NULL;
		strv_free(&si->people);
		strv_free(&si->presenters);
		return false;
	}
	si->started_at = num[SN_STARTED], si->last_at = num[SN_LAST];
	si->ended = num[SN_ENDED], si->torn = num[SN_TORN];
	si->n_reflections = (size_t)num[SN_REFLECTIONS], si->n_notes = (size_t)num[SN_NOTES];
	si->n_events = (size_t)num[SN_EVENTS];
	si->round = (size_t)num[SN_ROUND], si->phase = (size_t)num[SN_PHASE];
	si->n_phases = (size_t)num[SN_PHASES], si->rounds = (unsigned)num[SN_ROUNDS];
	s->used = true;
	return true;
}

/* Appends text to f escaped, then a tab (none after the last field: end). */
static void summary_put_text(FILE *f, const char *text, bool end)
{
	for (const char *p = text; *p; p++) {
		const char *e = strchr("\\\\\tt\nn\rr", *p);
		if (e && (e - "\\\\\tt\nn\rr") % 2 == 0)
			fprintf(f, "\\%c", e[1]);
		else
			fputc(*p, f);
	}
	if (!end)
		fputc('\t', f);
}

static char *summary_line(const char *name, const struct stat *st, const struct session_info *si)
{
	char *line = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&line, &len);
	if (!f)
		return NULL;
	summary_put_text(f, name, false);
	summary_put_text(f, si->flow_id, false);
	fprintf(f, "%" PRIuMAX "\t%lld\t%lld\t%ld\t%" PRId64 "\t%" PRId64 "\t%d\t%d\t%zu\t%zu\t%zu"
		   "\t%zu\t%zu\t%zu\t%u\t%zu",
		(uintmax_t)st->st_ino, (long long)st->st_size, (long long)st->st_mtim.tv_sec,
		(long)st->st_mtim.tv_nsec, si->started_at, si->last_at, si->ended, si->torn,
		si->n_reflections, si->n_notes, si->n_events, si->round, si->phase, si->n_phases,
		si->rounds, si->people.n);
	for (size_t i = 0; i < si->people.n + si->presenters.n; i++) {
		fputc('\t', f);
		summary_put_text(f, i < si->people.n ? si->people.v[i]
						      : si->presenters.v[i - si->people.n], true);
	}
	return fclose(f) == 0 ? line : (free(line), NULL);
}

void summaries_put(struct summaries *sm, const char *name, const struct stat *st,
		   const struct session_info *si)
{
	if (si->started_at < 0 || si->last_at < 0)
		return; /* a time a summary cannot hold: the journal is read each time */
	char *line = summary_line(name, st, si);
	if (!line)
		return;
	struct summary *s = summary_find(sm, name);
	if (!s) {
		xgrow((void **)&sm->v, &sm->cap, sm->n + 1, sizeof *sm->v);
		s = &sm->v[sm->n++];
		*s = (struct summary){.name = xstrdup(name)};
	}
	free(s->line);
	s->line = line;
	s->used = true;
	sm->changed = true;
}

static int summary_write(FILE *f, void *data)
{
	const struct summaries *sm = data;
	fputs(SUMMARY_HEADER "\n", f);
	for (size_t i = 0; i < sm->n; i++)
		if (sm->v[i].used)
			fprintf(f, "%s\n", sm->v[i].line);
	return ferror(f) ? -1 : 0;
}

void summaries_save(struct summaries *sm)
{
	for (size_t i = 0; i < sm->n_loaded && !sm->changed; i++)
		sm->changed = !sm->v[i].used; /* its journal is gone, or changed and damaged now */
	if (sm->changed) {
		struct diags quiet = {0}; /* a folder that cannot take it: slower next time, no more */
		atomic_write(sm->path, "the rounds' summaries", summary_write, sm, &quiet);
		diags_free(&quiet);
	}
	for (size_t i = 0; i < sm->n; i++) {
		free(sm->v[i].name);
		free(sm->v[i].line);
	}
	free(sm->v);
	free(sm->path);
	free(sm);
}
