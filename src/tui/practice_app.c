#include "practice_app.h"

#include <stdlib.h>

static env_fn papp_env(const struct app *a)
{
	return a->opts ? a->opts->env : NULL;
}

bool papp_say(struct app *a, const struct diags *d)
{
	const struct diag *g = NULL;
	for (size_t i = 0; i < d->n && !g; i++)
		if (d->v[i].severity == DIAG_ERROR)
			g = &d->v[i];
	if (!g && d->n)
		g = &d->v[0];
	if (!g)
		return false;
	app_message(a, g->severity == DIAG_ERROR ? PAL_WARN : PAL_DIM, "%s%s%s",
		    g->file && *g->file && g->severity == DIAG_ERROR ? g->file : "",
		    g->file && *g->file && g->severity == DIAG_ERROR ? ": " : "", g->message);
	return true;
}

int papp_store_open(struct app *a, struct practice_store *s)
{
	struct diags d = {0};
	char *path = practice_journal_path(papp_env(a), 1, &d);
	int rc = path ? practice_store_open(s, path, &d) : -1;
	papp_say(a, &d);
	diags_free(&d);
	free(path);
	return rc;
}

int papp_log_load(struct app *a, struct practice_log *log)
{
	struct diags d = {0};
	bool torn;
	char *path = practice_journal_path(papp_env(a), 0, &d);
	int rc = path ? practice_log_load(log, path, &torn, &d) : -1;
	papp_say(a, &d);
	diags_free(&d);
	free(path);
	return rc;
}

void papp_draw_lines(const struct tlines *t, const struct scroll *sc, struct rect r,
		     size_t hl_from, size_t hl_to, enum pal hl)
{
	static const enum pal style[] = {PAL_NORMAL, PAL_HEADING, PAL_HEADING, PAL_DIM};
	for (size_t i = sc->top; i < t->n && i < sc->top + sc->rows; i++)
		draw_text(r.y + (int)(i - sc->top), r.x, r.w, t->v[i].text,
			  i >= hl_from && i < hl_to ? hl : style[t->v[i].style]);
}
