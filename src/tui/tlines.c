#include "tlines.h"

#include <stdlib.h>
#include <string.h>

#include "core/utf8.h"
#include "core/xalloc.h"

static void tlines_push(struct tlines *t, char *text, enum tl_style style)
{
	xgrow((void **)&t->v, &t->cap, t->n + 1, sizeof *t->v);
	t->v[t->n++] = (struct tline){text, style};
}

size_t tlines_add(struct tlines *t, const char *text, size_t cols, enum tl_style style,
		  const char *first)
{
	size_t fw = first ? utf8_width(first) : 0;
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
