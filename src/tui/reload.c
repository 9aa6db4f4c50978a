#include "reload.h"

#include <stdlib.h>
#include <string.h>

#include "core/base/utf8.h"
#include "core/base/xalloc.h"

/* file's name without its folder, control characters made visible. */
static char *reload_base(const char *file)
{
	const char *slash = strrchr(file, '/');
	return utf8_visible(slash ? slash + 1 : file, false);
}

/*
 * Which files have errors, for a champion who cannot lint a file without
 * its name: "bells.json", "bells.json and graces.json", or "bells.json and
 * 3 more files".
 */
static char *reload_bad_files(const struct diags *d)
{
	struct strv names = {0};
	char *s;

	for (size_t i = 0; i < d->n; i++) {
		if (d->v[i].severity != DIAG_ERROR || !d->v[i].file)
			continue;
		char *base = reload_base(d->v[i].file);
		if (strv_find(&names, base) < 0)
			strv_push_owned(&names, base);
		else
			free(base);
	}
	if (names.n == 1)
		s = xasprintf("in %s", names.v[0]);
	else if (names.n == 2)
		s = xasprintf("in %s and %s", names.v[0], names.v[1]);
	else if (names.n > 2) /* the line must keep room for the command */
		s = xasprintf("in %s and %zu more files", names.v[0], names.n - 1);
	else
		s = xstrdup("in deck files");
	strv_free(&names);
	return s;
}

/* The problems part of the status line: files that failed to load, and
 * folders named by --decks or RUCKSACK_PATH that are missing (both: counted
 * together, to fit a line; `rucksack list` reports each). */
static char *reload_problems(const struct diags *d, size_t bad, size_t missing)
{
	if (!missing) {
		char *files = reload_bad_files(d);
		char *s = xasprintf("%zu problem%s %s (see rucksack list)", bad,
				    bad == 1 ? "" : "s", files);
		free(files);
		return s;
	}
	if (!bad)
		return xasprintf("%zu folder%s you named %s missing (rucksack list says which)",
				 missing, missing == 1 ? "" : "s", missing == 1 ? "is" : "are");
	return xasprintf("%zu problems (rucksack list says which)", bad + missing);
}

char *reload_status(const struct app *a, enum pal *p)
{
	const struct catalog *c = a->opts->cat;
	size_t decks = 0, bad = a->opts->problems ? diags_count_errors(a->opts->problems, false) : 0;
	size_t missing = c->missing.n;
	for (size_t i = 0; i < c->n; i++)
		decks += c->v[i].doc->kind == DOC_DECK && !c->v[i].shadowed;
	*p = bad || missing ? PAL_WARN : PAL_DIM;
	if (bad || missing) {
		char *problems = reload_problems(a->opts->problems, bad, missing);
		char *s = xasprintf("%zu deck%s found; %s.", decks, decks == 1 ? "" : "s", problems);
		free(problems);
		return s;
	}
	if (decks == 0)
		return xstrdup("No decks found: see `rucksack --help` for where they are looked for.");
	return xasprintf("%zu deck%s found.", decks, decks == 1 ? "" : "s");
}

/* The first view on the stack that would keep pointers into the old catalog, or NULL. */
static const struct view *reload_holder(const struct app *a)
{
	for (size_t i = 0; i < a->n; i++)
		if (!a->stack[i]->ops->reloaded)
			return a->stack[i];
	return NULL;
}

int reload_decks(struct app *a, char **msg)
{
	const struct view *holder = reload_holder(a);
	if (msg)
		*msg = NULL;
	if (!a->opts->reload || holder) {
		if (msg)
			*msg = !a->opts->reload ? xstrdup("The decks cannot be read again here.")
					       : xasprintf("Not while %s is open.", holder->ops->name);
		return 0;
	}
	a->opts->reload(a->opts->reload_data);
	for (size_t i = 0; i < a->n; i++)
		a->stack[i]->ops->reloaded(a->stack[i]);
	a->dirty = true;
	if (msg) { /* the problems counted even when there are none: a file mended shows so */
		enum pal p;
		char *status = reload_status(a, &p);
		size_t n = strlen(status);
		bool clean = p != PAL_WARN && a->opts->cat->n && n && status[n - 1] == '.';
		*msg = xasprintf("Reloaded: %.*s%s", (int)(clean ? n - 1 : n), status,
				 clean ? "; no problems." : "");
		free(status);
	}
	return 1;
}
