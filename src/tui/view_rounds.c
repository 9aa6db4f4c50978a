#include "view_rounds.h"

#include <stdlib.h>
#include <time.h>

#include "core/paths.h"
#include "core/session.h"
#include "core/xalloc.h"
#include "round_save.h"
#include "scroll.h"
#include "view_round.h"

struct rounds {
	struct view v;
	struct session_info *all;
	size_t n_all;
	size_t *open; /* indexes into all of the unfinished rounds */
	size_t n;
	int row_h; /* lines a round takes: 3 when one lives away from home (where, on the third) */
	struct scroll sc;
};

static const enum action rounds_keys[] = {ACT_UP,  ACT_DOWN,   ACT_ED_PGUP, ACT_ED_PGDN,
					  ACT_TOP, ACT_BOTTOM, ACT_OPEN,    ACT_CLOSE,
					  ACT_HELP, ACT_NONE};
static const enum action rounds_bar[] = {ACT_OPEN, ACT_CLOSE, ACT_HELP, ACT_NONE};

/* The rounds in the sessions folder (newest first); *n 0 when there is none. */
static struct session_info *rounds_list(const struct app *a, size_t *n)
{
	struct diags d = {0};
	struct session_info *v = NULL;
	*n = 0;
	char *dir = paths_private_dir(a->opts ? a->opts->env : NULL, "sessions", 0, &d);
	if (dir)
		session_list(dir, NULL, &v, n, &d);
	free(dir);
	diags_free(&d);
	return v;
}

bool rounds_offered(const struct app *a)
{
	size_t n;
	struct session_info *v = rounds_list(a, &n);
	bool any = false;
	for (size_t i = 0; i < n; i++)
		any = any || !v[i].ended;
	session_info_free(v, n);
	return any;
}

static void rounds_layout(struct view *v)
{
	struct rounds *r = (struct rounds *)v;
	size_t rows = v->area.h > 4 ? (size_t)(v->area.h - 4) / (size_t)r->row_h : 1;
	scroll_set(&r->sc, r->n, rows ? rows : 1);
}

/* "24 Nov 2026 09:30 · bells-that-ring" and "Ana, Zoë · 3 reflections, 1 note"; caller frees. */
static void rounds_row(const struct session_info *s, char **first, char **second)
{
	time_t t = (time_t)(s->started_at / 1000);
	struct tm tm;
	char when[40];
	localtime_r(&t, &tm);
	strftime(when, sizeof when, "%d %b %Y %H:%M", &tm);
	*first = xasprintf("%s · %s%s", when, s->flow_id, s->torn ? " · last line torn" : "");
	char *names = xstrdup("");
	for (size_t i = 0; i < s->people.n; i++) {
		char *x = xasprintf("%s%s%s", names, i ? ", " : "", s->people.v[i]);
		free(names);
		names = x;
	}
	*second = xasprintf("  %s · %zu reflection%s, %zu note%s", names, s->n_reflections,
			    s->n_reflections == 1 ? "" : "s", s->n_notes, s->n_notes == 1 ? "" : "s");
	free(names);
}

static void rounds_draw(struct view *v)
{
	struct rounds *r = (struct rounds *)v;
	struct rect a = v->area;
	draw_text(a.y + 1, a.x + 2, a.w - 4,
		  r->n ? "Unfinished rounds, newest first. Enter resumes where it was left."
		       : "No unfinished round.", PAL_DIM);
	for (size_t i = r->sc.top; i < r->n && i < r->sc.top + r->sc.rows; i++) {
		int y = a.y + 3 + r->row_h * (int)(i - r->sc.top);
		char *one, *two, *where = rsave_where(&r->all[r->open[i]]);
		rounds_row(&r->all[r->open[i]], &one, &two);
		draw_line(y, a.x + 2, a.w - 4, one, i == r->sc.sel ? PAL_SELECT : PAL_NORMAL);
		draw_text(y + 1, a.x + 2, a.w - 4, two, PAL_DIM);
		if (where)
			draw_text(y + 2, a.x + 4, a.w - 6, where,
				  r->all[r->open[i]].missing ? PAL_WARN : PAL_DIM);
		free(one);
		free(two);
		free(where);
	}
	draw_more(a.y + a.h - 1, a.x + 2, a.w - 4, r->sc.top > 0, r->sc.top + r->sc.rows < r->n);
}

static int rounds_key(struct view *v, int key, enum action act)
{
	struct rounds *r = (struct rounds *)v;
	size_t page = r->sc.rows > 1 ? r->sc.rows - 1 : 1, sel = r->sc.sel;
	(void)key;
	switch (act) {
	case ACT_UP: return scroll_select(&r->sc, sel ? sel - 1 : 0) ? R_REDRAW : R_NONE;
	case ACT_DOWN: return scroll_select(&r->sc, sel + 1) ? R_REDRAW : R_NONE;
	case ACT_ED_PGUP: return scroll_select(&r->sc, sel > page ? sel - page : 0) ? R_REDRAW : R_NONE;
	case ACT_ED_PGDN: return scroll_select(&r->sc, sel + page) ? R_REDRAW : R_NONE;
	case ACT_TOP: return scroll_select(&r->sc, 0) ? R_REDRAW : R_NONE;
	case ACT_BOTTOM: return scroll_select(&r->sc, r->n) ? R_REDRAW : R_NONE;
	case ACT_OPEN: {
		if (!r->n)
			return R_NONE;
		struct app *a = v->app;
		const struct session_info *si = &r->all[r->open[sel]];
		if (si->missing) { /* resuming the older copy would fork the round */
			app_message(a, PAL_WARN, "Its live copy is not there: plug the drive in "
				    "(rucksack resume PATH opens this older copy)");
			return R_REDRAW;
		}
		char *path = xstrdup(si->path);
		app_close(a, v); /* this list goes; the round takes its place */
		round_resume(a, path);
		free(path);
		return R_REDRAW;
	}
	case ACT_CLOSE: return R_CLOSE;
	default: return R_PASS;
	}
}

static void rounds_close(struct view *v)
{
	struct rounds *r = (struct rounds *)v;
	session_info_free(r->all, r->n_all);
	free(r->open);
	free(r);
}

static const struct view_ops rounds_ops = {
	.name = "Resume a round",
	.keys = rounds_keys,
	.bar = rounds_bar,
	.draw = rounds_draw,
	.key = rounds_key,
	.layout = rounds_layout,
	.close = rounds_close,
};

struct view *rounds_open(struct app *a)
{
	struct rounds *r = xcalloc(1, sizeof *r);
	r->v.ops = &rounds_ops;
	r->all = rounds_list(a, &r->n_all);
	r->open = xcalloc(r->n_all ? r->n_all : 1, sizeof *r->open);
	r->row_h = 2;
	for (size_t i = 0; i < r->n_all; i++)
		if (!r->all[i].ended) {
			r->open[r->n++] = i;
			if (r->all[i].moved || r->all[i].rescued || r->all[i].missing)
				r->row_h = 3;
		}
	return &r->v;
}
