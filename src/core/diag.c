#include "diag.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include <cJSON.h>

#include "json_out.h"
#include "utf8.h"
#include "xalloc.h"

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
static size_t file_rank(const struct diags *d, const char *file)
{
	for (size_t i = 0; i < d->n; i++)
		if (strcmp(d->v[i].file, file) == 0)
			return i;
	return d->n;
}

static bool diag_before(const struct diags *d, const struct diag *a, const struct diag *b)
{
	size_t ra = file_rank(d, a->file), rb = file_rank(d, b->file);
	if (ra != rb)
		return ra < rb;
	if (a->line != b->line)
		return a->line < b->line;
	return a->col < b->col;
}

void diags_sort(struct diags *d)
{
	struct diags ranks = { .v = xmalloc((d->n ? d->n : 1) * sizeof *d->v), .n = d->n };
	memcpy(ranks.v, d->v, d->n * sizeof *d->v);
	for (size_t i = 1; i < d->n; i++) {
		struct diag g = d->v[i];
		size_t j = i;
		while (j > 0 && diag_before(&ranks, &g, &d->v[j - 1])) {
			d->v[j] = d->v[j - 1];
			j--;
		}
		d->v[j] = g;
	}
	free(ranks.v);
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
	char *file = utf8_visible(g->file, false), *msg = utf8_visible(g->message, false);
	if (g->line > 0)
		fprintf(out, "%s:%d:%d: %s: %s\n", file, g->line, g->col,
			diag_severity_name(g->severity), msg);
	else
		fprintf(out, "%s: %s: %s\n", file, diag_severity_name(g->severity), msg);
	free(file);
	free(msg);
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
