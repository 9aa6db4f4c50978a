#include "core/practice/practice_facets.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "core/base/xalloc.h"

static const char *title_of(const struct suit *s)
{
	return s->title ? s->title : s->id;
}

/* Appends piece to *acc, separated by sep; takes piece. */
static void join(char **acc, const char *sep, char *piece)
{
	if (!*acc) {
		*acc = piece;
		return;
	}
	char *s = xasprintf("%s%s%s", *acc, sep, piece);
	free(*acc);
	free(piece);
	*acc = s;
}

/* The facets of a that b names too, split into the same and the different. */
static void compare(const struct suit *a, const struct suit *b, char **same, char **differ)
{
	for (size_t i = 0; i < a->n_facets; i++) {
		const struct facet *f = &a->facets[i];
		const char *other = suit_facet(b, f->name);
		if (!other)
			continue;
		if (strcmp(f->value, other) == 0)
			join(same, ", same ", xasprintf("%s (%s)", f->name, f->value));
		else
			join(differ, "; ", xasprintf("on %s, %s is %s and %s is %s", f->name,
						     title_of(a), f->value, title_of(b), other));
	}
}

char *practice_facet_contrast(const struct deck *deck, size_t right, size_t given)
{
	char *same = NULL, *differ = NULL, *line;
	if (right >= deck->n_suits || given >= deck->n_suits || right == given)
		return NULL;
	compare(&deck->suits[right], &deck->suits[given], &same, &differ);
	if (!differ) {
		free(same);
		return NULL;
	}
	line = same ? xasprintf("Same %s; %s.", same, differ) : xasprintf("%s.", differ);
	/* Facet names are slugs, so the first byte is ASCII. */
	line[0] = (char)toupper((unsigned char)line[0]);
	free(same);
	free(differ);
	return line;
}

char *practice_facet_apart(const struct deck *deck, size_t a, size_t b)
{
	char *out = NULL;
	if (a >= deck->n_suits || b >= deck->n_suits || a == b)
		return NULL;
	const struct suit *sa = &deck->suits[a], *sb = &deck->suits[b];
	for (size_t i = 0; i < sa->n_facets; i++) {
		const struct facet *f = &sa->facets[i];
		const char *other = suit_facet(sb, f->name);
		if (other && strcmp(f->value, other) != 0)
			join(&out, "; ", xasprintf("%s (%s: %s, %s: %s)", f->name, title_of(sa),
						   f->value, title_of(sb), other));
	}
	return out;
}
