#include "view_decks.h"

#include <stdlib.h>
#include <string.h>

#include "core/base/utf8.h"
#include "core/base/xalloc.h"
#include "reload.h"
#include "scroll.h"
#include "view_deck.h"

#define DECKS_ABOUT 4 /* rows under the list for the description, when there is room */

struct decks {
	struct view v;
	const struct doc **docs; /* borrowed from the catalog: taken again on a reload */
	size_t n;
	struct scroll sc;
	bool about; /* room for the description */
	char *keep; /* the selected deck's id across a reload, to select it again */
};

static const enum action decks_keys[] = {ACT_UP,     ACT_DOWN, ACT_PGUP,   ACT_PGDN,
					 ACT_TOP,    ACT_BOTTOM, ACT_OPEN, ACT_RELOAD,
					 ACT_BACK,   ACT_HELP, ACT_NONE};
static const enum action decks_bar[] = {ACT_OPEN, ACT_BACK, ACT_HELP, ACT_RELOAD, ACT_NONE};

/* The decks of the catalog (not shadowed), in its order. */
static void decks_fill(struct decks *d, const struct catalog *c)
{
	free(d->docs);
	d->n = 0;
	d->docs = xcalloc(c->n ? c->n : 1, sizeof *d->docs);
	for (size_t i = 0; i < c->n; i++)
		if (c->v[i].doc->kind == DOC_DECK && !c->v[i].shadowed)
			d->docs[d->n++] = c->v[i].doc;
}

static void decks_layout(struct view *v)
{
	struct decks *d = (struct decks *)v;
	d->about = v->area.h >= 12;
	int rows = v->area.h - 2 - (d->about ? DECKS_ABOUT : 0);
	scroll_set(&d->sc, d->n, rows > 1 ? (size_t)rows : 1);
}

/* "title ........ id · 12 cards": the right part only when it fits beside the title. */
static void decks_row(const struct doc *doc, int y, int x, int w, bool sel)
{
	enum pal p = sel ? PAL_SELECT : PAL_NORMAL;
	char *right = xasprintf("%s · %zu card%s", doc->id, doc->deck.n_cards,
				doc->deck.n_cards == 1 ? "" : "s");
	int rw = (int)utf8_width(right);
	draw_fill(y, x, w, p);
	int used = draw_text(y, x + 1, w - 2, doc->title, p);
	if (used + rw + 4 <= w)
		draw_text(y, x + w - rw - 1, rw, right, sel ? PAL_SELECT : PAL_DIM);
	free(right);
}

static void decks_draw(struct view *v)
{
	struct decks *d = (struct decks *)v;
	struct rect r = v->area;
	if (d->n == 0) {
		draw_wrap((struct rect){r.y + 1, r.x + 2, r.h - 2, r.w - 4}, 0,
			  "No decks found.\n\nrucksack looks in each --decks folder, then "
			  "$RUCKSACK_PATH, ~/.local/share/rucksack/decks and the stock decks. "
			  "`rucksack list` shows what it finds.",
			  PAL_NORMAL);
		return;
	}
	int y = r.y + 1;
	for (size_t i = d->sc.top; i < d->n && i < d->sc.top + d->sc.rows; i++, y++)
		decks_row(d->docs[i], y, r.x + 1, r.w - 2, i == d->sc.sel);
	if (d->about && d->docs[d->sc.sel]->description) {
		struct rect a = {r.y + r.h - DECKS_ABOUT, r.x + 2, DECKS_ABOUT,
				 r.w - 4 < DRAW_MEASURE ? r.w - 4 : DRAW_MEASURE};
		size_t n = draw_wrap(a, 0, d->docs[d->sc.sel]->description, PAL_DIM);
		if (n > DECKS_ABOUT)
			draw_text(a.y + a.h - 1, a.x + a.w - 1, 1, "…", PAL_DIM);
	}
}

static int decks_key(struct view *v, int key, enum action act)
{
	struct decks *d = (struct decks *)v;
	size_t page = d->sc.rows > 1 ? d->sc.rows - 1 : 1, sel = d->sc.sel;
	(void)key;
	switch (act) {
	case ACT_UP:
		return scroll_select(&d->sc, sel ? sel - 1 : 0) ? R_REDRAW : R_NONE;
	case ACT_DOWN:
		return scroll_select(&d->sc, sel + 1) ? R_REDRAW : R_NONE;
	case ACT_PGUP:
		return scroll_select(&d->sc, sel > page ? sel - page : 0) ? R_REDRAW : R_NONE;
	case ACT_PGDN:
		return scroll_select(&d->sc, sel + page) ? R_REDRAW : R_NONE;
	case ACT_TOP:
		return scroll_select(&d->sc, 0) ? R_REDRAW : R_NONE;
	case ACT_BOTTOM:
		return scroll_select(&d->sc, d->n) ? R_REDRAW : R_NONE;
	case ACT_OPEN:
		if (d->n)
			app_push(v->app, deck_open(v->app, d->docs[sel]));
		return R_REDRAW;
	case ACT_RELOAD: {
		char *msg;
		d->keep = d->n ? xstrdup(d->docs[sel]->id) : NULL;
		reload_decks(v->app, &msg); /* d->docs are the new catalog's after it */
		free(d->keep);
		d->keep = NULL;
		app_message(v->app, PAL_NORMAL, "%s", msg);
		free(msg);
		return R_REDRAW;
	}
	case ACT_BACK:
		return R_CLOSE;
	default:
		return R_PASS;
	}
}

static void decks_close(struct view *v)
{
	struct decks *d = (struct decks *)v;
	free(d->docs);
	free(d);
}

/* The decks again from the new catalog; the deck selected before stays
 * selected when it is still there. */
static void decks_reloaded(struct view *v)
{
	struct decks *d = (struct decks *)v;
	decks_fill(d, v->app->opts->cat);
	size_t sel = 0;
	for (size_t i = 0; d->keep && i < d->n; i++)
		if (!strcmp(d->docs[i]->id, d->keep))
			sel = i;
	decks_layout(v);
	scroll_select(&d->sc, sel);
}

static const struct view_ops decks_ops = {
	.name = "Browse decks",
	.keys = decks_keys,
	.bar = decks_bar,
	.draw = decks_draw,
	.key = decks_key,
	.layout = decks_layout,
	.close = decks_close,
	.reloaded = decks_reloaded,
};

struct view *decks_open(struct app *a)
{
	struct decks *d = xcalloc(1, sizeof *d);
	d->v.ops = &decks_ops;
	d->v.app = a;
	decks_fill(d, a->opts->cat);
	return &d->v;
}
