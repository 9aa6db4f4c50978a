#include "core/base/diag.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include <cJSON.h>

#include "core/base/json_out.h"
#include "core/base/utf8.h"
#include "core/base/xalloc.h"

void diags_add(struct diags *d, const char *file, int line, int col,
	       enum diag_severity sev, enum diag_kind kind, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	char *msg = xmalloc(n > 0 ? (size_t)n + 1 : 1);
	va_start(ap, fmt);
	vsnprintf(msg, n > 0 ? (size_t)n + 1 : 1, fmt, ap);
	va_end(ap);

	xgrow((void **)&d->v, &d->cap, d->n + 1, sizeof *d->v);
	d->v[d->n++] = (struct diag){
		.file = xstrdup(file ? file : "-"),
		.line = line,
		.col = col,
		.severity = sev,
		.kind = kind,
		.message = msg,
	};
}

void diags_set_errnum(struct diags *d, int e)
{
	if (d->n)
		d->v[d->n - 1].errnum = e;
}

void diags_move(struct diags *dst, struct diags *src)
{
	xgrow((void **)&dst->v, &dst->cap, dst->n + src->n, sizeof *dst->v);
	if (src->n)
		memcpy(dst->v + dst->n, src->v, src->n * sizeof *src->v);
	dst->n += src->n;
	free(src->v);
	*src = (struct diags){0};
}

size_t diags_count_errors(const struct diags *d, bool werror)
{
	size_t n = 0;
	for (size_t i = 0; i < d->n; i++)
		if (d->v[i].severity == DIAG_ERROR || werror)
			n++;
	return n;
}

size_t diags_count_for_file(const struct diags *d, const char *file)
{
	size_t n = 0;
	for (size_t i = 0; i < d->n; i++)
		if (strcmp(d->v[i].file, file) == 0)
			n++;
	return n;
}

/* Insertion sort: lists are short, and stability keeps same-place messages in order. */
/* A diagnostic with what it sorts by: its file's first appearance, then its own place. */
struct diag_key {
	size_t file_rank, at;
	struct diag d;
};

static int diag_key_cmp(const void *pa, const void *pb)
{
	const struct diag_key *a = pa, *b = pb;
	if (a->file_rank != b->file_rank)
		return a->file_rank < b->file_rank ? -1 : 1;
	if (a->d.line != b->d.line)
		return a->d.line < b->d.line ? -1 : 1;
	if (a->d.col != b->d.col)
		return a->d.col < b->d.col ? -1 : 1;
	return a->at < b->at ? -1 : a->at > b->at; /* stable: equal places keep their order */
}

/* Each file ranked once, by where it first appears (a lint of thousands of
 * problems must not compare file names at every step of the sort). */
static void diag_rank_files(const struct diags *d, struct diag_key *k)
{
	size_t *first = xmalloc((d->n ? d->n : 1) * sizeof *first), n_files = 0;
	for (size_t i = 0; i < d->n; i++) {
		size_t f = 0;
		while (f < n_files && strcmp(d->v[first[f]].file, d->v[i].file) != 0)
			f++;
		if (f == n_files)
			first[n_files++] = i;
		k[i] = (struct diag_key){first[f], i, d->v[i]};
	}
	free(first);
}

void diags_sort(struct diags *d)
{
	struct diag_key *k = xmalloc((d->n ? d->n : 1) * sizeof *k);
	diag_rank_files(d, k);
	qsort(k, d->n, sizeof *k, diag_key_cmp);
	for (size_t i = 0; i < d->n; i++)
		d->v[i] = k[i].d;
	free(k);
}

void diags_free(struct diags *d)
{
	for (size_t i = 0; i < d->n; i++) {
		free(d->v[i].file);
		free(d->v[i].message);
	}
	free(d->v);
	*d = (struct diags){0};
}

const char *diag_kind_name(enum diag_kind k)
{
	static const char *const names[] = {
		[DIAG_IO] = "io",	      [DIAG_SYNTAX] = "syntax",
		[DIAG_ENCODING] = "encoding", [DIAG_LIMIT] = "limit",
		[DIAG_SCHEMA] = "schema",     [DIAG_REFERENCE] = "reference",
	};
	return names[k];
}

const char *diag_severity_name(enum diag_severity s)
{
	return s == DIAG_ERROR ? "error" : "warning";
}

/* The file's name and the message (which can quote a file's content) are
 * printed with control characters made visible: a deck's name in a shared
 * folder must not be able to retitle or recolour the terminal. */
void diag_print_text(FILE *out, const struct diag *g)
{
	/* a problem of no file is the program's, as compilers say "cc1: error:" */
	char *file = utf8_visible(g->file && *g->file ? g->file : "rucksack", false);
	char *msg = utf8_visible(g->message, false);
	if (g->line > 0)
		fprintf(out, "%s:%d:%d: %s: %s\n", file, g->line, g->col,
			diag_severity_name(g->severity), msg);
	else
		fprintf(out, "%s: %s: %s\n", file, diag_severity_name(g->severity), msg);
	free(file);
	free(msg);
}

void diags_print_text(FILE *out, const struct diags *d)
{
	for (size_t i = 0; i < d->n; i++)
		diag_print_text(out, &d->v[i]);
}

void diags_print_json(FILE *out, const struct diags *d)
{
	cJSON *arr = cJSON_CreateArray();
	for (size_t i = 0; i < d->n; i++) {
		const struct diag *g = &d->v[i];
		cJSON *o = cJSON_CreateObject();
		cJSON_AddStringToObject(o, "file", g->file);
		if (g->line > 0) {
			cJSON_AddNumberToObject(o, "line", g->line);
			cJSON_AddNumberToObject(o, "column", g->col);
		} else { /* the file as a whole: there is no place to point at */
			cJSON_AddNullToObject(o, "line");
			cJSON_AddNullToObject(o, "column");
		}
		cJSON_AddStringToObject(o, "severity", diag_severity_name(g->severity));
		cJSON_AddStringToObject(o, "kind", diag_kind_name(g->kind));
		cJSON_AddStringToObject(o, "message", g->message);
		cJSON_AddItemToArray(arr, o);
	}
	char *s = json_out_print(arr, true);
	fprintf(out, "%s\n", s);
	free(s);
	cJSON_Delete(arr);
}
