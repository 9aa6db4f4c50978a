#include "view_flows.h"

#include <stdlib.h>

#include "core/deck/seating.h"
#include "core/base/xalloc.h"
#include "core/round/round_setup.h"
#include "scroll.h"
#include "tlines.h"
#include "view_setup.h"

struct flows {
	struct view v;
	const struct doc **flows;
	size_t n;
	struct scroll sc;
	struct tlines about; /* the selected flow's description, wrapped */
	int list_rows;
};

static const enum action flows_keys[] = {ACT_UP,  ACT_DOWN,   ACT_ED_PGUP, ACT_ED_PGDN,
					 ACT_TOP, ACT_BOTTOM, ACT_OPEN,    ACT_BACK,
					 ACT_HELP, ACT_NONE};
static const enum action flows_bar[] = {ACT_OPEN, ACT_BACK, ACT_HELP, ACT_NONE};

static void flows_layout(struct view *v)
{
	struct flows *f = (struct flows *)v;
	int h = v->area.h - 3;
	f->list_rows = (int)f->n < h / 2 ? (int)f->n : h / 2;
	if (f->list_rows < 1)
		f->list_rows = 1;
	scroll_set(&f->sc, f->n, (size_t)f->list_rows);
	tlines_free(&f->about);
	size_t w = v->area.w > 6 ? (size_t)v->area.w - 4 : 2;
	if (f->n && f->flows[f->sc.sel]->description)
		tlines_add(&f->about, f->flows[f->sc.sel]->description, w < DRAW_MEASURE ? w : DRAW_MEASURE,
			   TL_NORMAL, NULL);
}

/* "Bells that Ring · 52 min · 7 phases" (or "· 2 rounds of 3 phases"), and
 * "· for one person" for a flow whose roles seat one (a facilitator may
 * still run it, but should not take it for a group round); caller frees. */
static char *flows_line(const struct doc *d)
{
	double m = rsetup_flow_minutes(&d->flow, 0);
	unsigned r = d->flow.rounds ? d->flow.rounds : 1;
	char *len = m > 0 ? xasprintf("%.0f min", m) : xstrdup("untimed");
	char *rounds = r > 1 ? xasprintf("%u rounds of ", r) : xstrdup("");
	char *s = xasprintf("%s · %s · %s%zu phases%s", d->title ? d->title : d->id, len, rounds,
			    d->flow.n_phases,
			    seating_max_people(&d->flow) == 1 ? " · for one person" : "");
	free(rounds);
	free(len);
	return s;
}

static void flows_draw(struct view *v)
{
	struct flows *f = (struct flows *)v;
	struct rect a = v->area;
	int y = a.y + 1;
	if (!f->n)
		draw_text(y, a.x + 2, a.w - 4, "No flow found: see `rucksack --help` for where they are looked for.",
			  PAL_WARN);
	for (size_t i = f->sc.top; i < f->n && i < f->sc.top + f->sc.rows; i++, y++) {
		char *line = flows_line(f->flows[i]);
		draw_line(y, a.x + 2, a.w - 4, line, i == f->sc.sel ? PAL_SELECT : PAL_NORMAL);
		free(line);
	}
	draw_more(y++, a.x + 2, a.w - 4, f->sc.top > 0, f->sc.top + f->sc.rows < f->n);
	for (size_t i = 0; i < f->about.n && y < a.y + a.h; i++, y++) {
		/* a description cut short says so on its last line shown */
		bool cut = y == a.y + a.h - 1 && i + 1 < f->about.n;
		char *line = xasprintf("%s%s", f->about.v[i].text, cut ? " …" : "");
		draw_text(y, a.x + 2, a.w - 4, line, PAL_DIM);
		free(line);
	}
}

static int flows_select(struct flows *f, size_t i)
{
	if (!scroll_select(&f->sc, i))
		return R_NONE;
	flows_layout(&f->v);
	return R_REDRAW;
}

static int flows_key(struct view *v, int key, enum action act)
{
	struct flows *f = (struct flows *)v;
	size_t sel = f->sc.sel, page = f->sc.rows > 1 ? f->sc.rows - 1 : 1;
	(void)key;
	switch (act) {
	case ACT_UP: return flows_select(f, sel ? sel - 1 : 0);
	case ACT_DOWN: return flows_select(f, sel + 1);
	case ACT_ED_PGUP: return flows_select(f, sel > page ? sel - page : 0);
	case ACT_ED_PGDN: return flows_select(f, sel + page);
	case ACT_TOP: return flows_select(f, 0);
	case ACT_BOTTOM: return flows_select(f, f->n);
	case ACT_OPEN: {
		if (!f->n)
			return R_NONE;
		/* setup goes on top: going back from it returns here */
		app_push(v->app, setup_open(v->app, f->flows[sel], v));
		return R_REDRAW;
	}
	case ACT_BACK: return R_CLOSE;
	default: return R_PASS;
	}
}

static void flows_close(struct view *v)
{
	struct flows *f = (struct flows *)v;
	tlines_free(&f->about);
	free(f->flows);
	free(f);
}

static const struct view_ops flows_ops = {
	.name = "Start a round",
	.keys = flows_keys,
	.bar = flows_bar,
	.draw = flows_draw,
	.key = flows_key,
	.layout = flows_layout,
	.close = flows_close,
};

bool flows_offered(const struct app *a)
{
	const struct catalog *c = a->opts->cat;
	for (size_t i = 0; i < c->n; i++)
		if (c->v[i].doc->kind == DOC_FLOW && !c->v[i].shadowed)
			return true;
	return false;
}

struct view *flows_open(struct app *a)
{
	struct flows *f = xcalloc(1, sizeof *f);
	const struct catalog *c = a->opts->cat;
	f->v.ops = &flows_ops;
	f->flows = xcalloc(c->n ? c->n : 1, sizeof *f->flows);
	for (size_t i = 0; i < c->n; i++)
		if (c->v[i].doc->kind == DOC_FLOW && !c->v[i].shadowed)
			f->flows[f->n++] = c->v[i].doc;
	return &f->v;
}
