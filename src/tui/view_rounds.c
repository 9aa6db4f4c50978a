#include "view_rounds.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "core/deck/catalog.h"
#include "core/base/paths.h"
#include "core/round/session.h"
#include "core/base/xalloc.h"
#include "round_save.h"
#include "scroll.h"
#include "view_round.h"

struct rounds {
	struct view v;
	struct session_info *all;
	size_t n_all;
	char **why;   /* why[i]: why all[i] cannot be resumed ("FILE:LINE: ..."), or NULL */
	int *line;    /* line[i]: all[i]'s damaged line, or 0 */
	size_t *open; /* indexes into all of the unfinished rounds */
	size_t n;
	int row_h; /* lines a round takes: 3 when one lives away from home (where, on the third) */
	struct scroll sc;
	int detail;   /* rows under the list for why the selected round cannot be resumed */
};

static const enum action rounds_keys[] = {ACT_UP,  ACT_DOWN,   ACT_ED_PGUP, ACT_ED_PGDN,
					  ACT_TOP, ACT_BOTTOM, ACT_OPEN,    ACT_CLOSE,
					  ACT_HELP, ACT_NONE};
static const enum action rounds_bar[] = {ACT_OPEN, ACT_CLOSE, ACT_HELP, ACT_NONE};

/* The rounds in the sessions folder and the rescue folders (newest first); *n 0 when there is none.
 * The listing's warnings about them go to d (may be NULL). */
static struct session_info *rounds_list(const struct app *a, size_t *n, struct diags *d)
{
	struct diags local = {0};
	struct session_info *v = NULL;
	*n = 0;
	char *dir = paths_private_dir(a->opts ? a->opts->env : NULL, "sessions", 0, &local);
	struct strv rescue = {0};
	session_rescue_dirs(a->opts ? a->opts->env : NULL, &rescue);
	if (dir)
		session_list(dir, &rescue, &v, n, d ? d : &local);
	strv_free(&rescue);
	free(dir);
	diags_free(&local);
	return v;
}

/* Why si cannot be resumed, or NULL when it can: a damaged line (named
 * FILE:LINE, from the listing's warnings d; *line set), its live copy not
 * there (a drive unplugged), another window has it open, or a flow not on
 * the search path. */
static char *rounds_why(const struct app *a, const struct session_info *si, const struct diags *d,
			int *line)
{
	*line = 0;
	if (si->damaged) {
		for (size_t i = 0; i < d->n; i++)
			if (d->v[i].file && !strcmp(d->v[i].file, si->path) && d->v[i].line > 0) {
				*line = d->v[i].line;
				return xasprintf("%s:%d: %s", si->path, d->v[i].line, d->v[i].message);
			}
		return xasprintf("%s: a line of the journal cannot be read", si->path);
	}
	if (si->missing) /* resuming the older copy would fork the round */
		return xasprintf("it was saved elsewhere, in %s, which is not there now", si->missing);
	if (si->open_elsewhere && si->open_pid > 0)
		return xasprintf("it is open in another window (pid %ld)", si->open_pid);
	if (si->open_elsewhere)
		return xstrdup("it is open in another window");
	if (a->opts && a->opts->cat && !catalog_find_kind(a->opts->cat, si->flow_id, DOC_FLOW))
		return xasprintf("%s: its flow \"%s\" is not on the search path", si->path, si->flow_id);
	return NULL;
}

bool rounds_offered(const struct app *a)
{
	size_t n;
	struct session_info *v = rounds_list(a, &n, NULL);
	bool any = false;
	for (size_t i = 0; i < n; i++)
		any = any || !v[i].ended;
	session_info_free(v, n);
	return any;
}

bool rounds_resumable(const struct app *a)
{
	size_t n;
	struct diags d = {0};
	struct session_info *v = rounds_list(a, &n, &d);
	bool any = false;
	for (size_t i = 0; i < n && !any; i++) {
		int line;
		char *why = v[i].ended ? NULL : rounds_why(a, &v[i], &d, &line);
		any = !v[i].ended && !why;
		free(why);
	}
	diags_free(&d);
	session_info_free(v, n);
	return any;
}

static void rounds_layout(struct view *v)
{
	struct rounds *r = (struct rounds *)v;
	bool any = false;
	for (size_t i = 0; i < r->n; i++)
		any = any || r->why[r->open[i]];
	r->detail = any ? 4 : 0; /* room to say why one cannot be resumed */
	int h = v->area.h - 4 - r->detail;
	size_t rows = h >= r->row_h ? (size_t)(h / r->row_h) : 1;
	scroll_set(&r->sc, r->n, rows);
}

/* "24 Nov 2026 09:30 · bells-that-ring" and "Ana, Zoë · 3 reflections, 1 note" (a round that
 * cannot be resumed: "DAMAGED · …" and "Ana, Zoë · line 3 is damaged"); caller frees. */
static void rounds_row(const struct session_info *s, const char *why, int line, char **first,
		       char **second)
{
	time_t t = (time_t)(s->started_at / 1000);
	struct tm tm;
	char when[40];
	localtime_r(&t, &tm);
	strftime(when, sizeof when, "%d %b %Y %H:%M", &tm);
	*first = xasprintf("%s%s · %s%s", s->damaged ? "DAMAGED · " : s->missing ? "OLDER COPY · "
					  : s->open_elsewhere ? "OPEN ELSEWHERE · "
					  : why ? "FLOW NOT FOUND · " : "",
			   when, s->flow_id, s->torn && !why ? " · last line torn" : "");
	char *names = xstrdup("");
	for (size_t i = 0; i < s->people.n; i++) {
		char *x = xasprintf("%s%s%s", names, i ? ", " : "", s->people.v[i]);
		free(names);
		names = x;
	}
	/* a damaged journal's counts stop at the damage: say where it is instead */
	if (s->damaged && line > 0)
		*second = xasprintf("  %s · line %d is damaged", names, line);
	else
		*second = xasprintf("  %s · %zu reflection%s, %zu note%s", names, s->n_reflections,
				    s->n_reflections == 1 ? "" : "s", s->n_notes,
				    s->n_notes == 1 ? "" : "s");
	free(names);
}

/* What to do about a round that cannot be resumed, after why. */
static char *rounds_advice(const struct session_info *s, const char *why)
{
	if (s->missing)
		return xasprintf("Cannot be resumed: %s. Plug the drive in, or open this older copy "
				 "with rucksack resume %s", why, s->path);
	if (s->open_elsewhere && !s->damaged)
		return xasprintf("Cannot be resumed here: %s. Carry on there, or close it there "
				 "first.", why);
	return s->damaged ? xasprintf("Cannot be resumed: %s. Mend or delete that line in a text "
				      "editor, then resume it.", why)
			  : xasprintf("Cannot be resumed: %s (--decks names where to look).", why);
}

static void rounds_draw(struct view *v)
{
	struct rounds *r = (struct rounds *)v;
	struct rect a = v->area;
	draw_text(a.y + 1, a.x + 2, a.w - 4,
		  r->n ? "Unfinished rounds, newest first. Enter resumes where it was left."
		       : "No unfinished round.", PAL_DIM);
	int y = a.y + 3;
	for (size_t i = r->sc.top; i < r->n && i < r->sc.top + r->sc.rows; i++, y += r->row_h) {
		const char *why = r->why[r->open[i]];
		char *one, *two, *where = rsave_where(&r->all[r->open[i]]);
		rounds_row(&r->all[r->open[i]], why, r->line[r->open[i]], &one, &two);
		draw_line(y, a.x + 2, a.w - 4, one, i == r->sc.sel ? PAL_SELECT : why ? PAL_WARN : PAL_NORMAL);
		draw_text(y + 1, a.x + 2, a.w - 4, two, PAL_DIM);
		if (where)
			draw_text(y + 2, a.x + 4, a.w - 6, where,
				  r->all[r->open[i]].missing ? PAL_WARN : PAL_DIM);
		free(one);
		free(two);
		free(where);
	}
	y = a.y + 3 + r->row_h * (int)r->sc.rows;
	draw_more(y, a.x + 2, a.w - 4, r->sc.top > 0, r->sc.top + r->sc.rows < r->n);
	const char *why = r->n ? r->why[r->open[r->sc.sel]] : NULL;
	if (why && r->detail) {
		char *advice = rounds_advice(&r->all[r->open[r->sc.sel]], why);
		draw_wrap_cut((struct rect){a.y + a.h - r->detail, a.x + 2, r->detail, a.w - 4}, advice,
			      PAL_WARN);
		free(advice);
	}
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
		const char *why = r->why[r->open[sel]];
		if (why) {
			char *advice = rounds_advice(&r->all[r->open[sel]], why);
			app_message(a, PAL_WARN, "%s", advice);
			free(advice);
			return R_REDRAW;
		}
		char *path = xstrdup(r->all[r->open[sel]].path);
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
	for (size_t i = 0; i < r->n_all; i++)
		free(r->why[i]);
	free(r->why);
	free(r->line);
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
	struct diags d = {0};
	r->all = rounds_list(a, &r->n_all, &d);
	r->why = xcalloc(r->n_all ? r->n_all : 1, sizeof *r->why);
	r->line = xcalloc(r->n_all ? r->n_all : 1, sizeof *r->line);
	r->open = xcalloc(r->n_all ? r->n_all : 1, sizeof *r->open);
	r->row_h = 2;
	for (size_t i = 0; i < r->n_all; i++)
		if (!r->all[i].ended) {
			r->why[i] = rounds_why(a, &r->all[i], &d, &r->line[i]);
			r->open[r->n++] = i;
			if (r->all[i].moved || r->all[i].rescued || r->all[i].missing)
				r->row_h = 3;
		}
	diags_free(&d);
	return &r->v;
}
