#include "tlines.h"

#include <stdlib.h>
#include <string.h>

#include "core/base/utf8.h"
#include "core/base/xalloc.h"

static void tlines_push(struct tlines *t, char *text, enum tl_style style)
{
	xgrow((void **)&t->v, &t->cap, t->n + 1, sizeof *t->v);
	t->v[t->n++] = (struct tline){text, style};
}

/* Appends s wrapped to w columns, each line after indent spaces. */
static size_t tlines_wrapped(struct tlines *t, const char *s, size_t w, size_t indent,
			     enum tl_style style)
{
	size_t *starts, *lens;
	size_t n = utf8_wrap(s, w, &starts, &lens);
	for (size_t i = 0; i < n; i++)
		tlines_push(t, xasprintf("%*s%.*s", (int)indent, "", (int)lens[i], s + starts[i]),
			    style);
	free(starts);
	free(lens);
	return n;
}

/* A label too wide to hang text beside: the label on its own lines, the text below it. */
static size_t tlines_add_below(struct tlines *t, const char *text, size_t cols,
			       enum tl_style style, const char *first)
{
	size_t lead = strspn(first, " ");
	size_t indent = lead + 2 < cols / 2 ? lead + 2 : 0;
	size_t len = strlen(first + lead);
	while (len && first[lead + len - 1] == ' ')
		len--; /* the space that would have led into the text */
	char *label = xstrndup(first + lead, len);
	size_t n = tlines_wrapped(t, label, cols > lead ? cols - lead : 1, lead, style);
	free(label);
	char *pad = xasprintf("%*s", (int)indent, "");
	n += tlines_add(t, text, cols, style, pad);
	free(pad);
	return n;
}

size_t tlines_add(struct tlines *t, const char *text, size_t cols, enum tl_style style,
		  const char *first)
{
	size_t fw = first ? utf8_width(first) : 0;
	if (fw > cols / 2 && fw > 2)
		return tlines_add_below(t, text, cols, style, first);
	size_t w = cols > fw + 1 ? cols - fw : 1;
	char *s = xstrdup(text);
	for (char *p = s; *p; p++)
		if (*p == '\t')
			*p = ' ';
	size_t *starts, *lens;
	size_t n = utf8_wrap(s, w, &starts, &lens);
	for (size_t i = 0; i < n; i++) {
		char *line = xstrndup(s + starts[i], lens[i]);
		char *full = i == 0 && first ? xasprintf("%s%s", first, line)
					     : xasprintf("%*s%s", (int)fw, "", line);
		free(line);
		tlines_push(t, full, style);
	}
	free(starts);
	free(lens);
	free(s);
	return n;
}

void tlines_gap(struct tlines *t)
{
	if (t->n && t->v[t->n - 1].text[0])
		tlines_push(t, xstrdup(""), TL_NORMAL);
}

void tlines_free(struct tlines *t)
{
	for (size_t i = 0; i < t->n; i++)
		free(t->v[i].text);
	free(t->v);
	memset(t, 0, sizeof *t);
}
